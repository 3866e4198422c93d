//! L1: container networking (issue 5, in progress). Built so far: address management
//! (`ipam`) and links, addresses and routes over rtnetlink (`link`). Still to come: the
//! bridge network records and their lifecycle, the firewall (nftables/iptables), port
//! publishing, name resolution, and the engine/CLI wiring (`--network NAME`, `network …`).

pub mod ipam;
pub mod link;
