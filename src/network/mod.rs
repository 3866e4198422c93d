//! L1: container networking (issue 5, in progress). Built so far: address management
//! (`ipam`), links, addresses and routes over rtnetlink (`link`), and network records with
//! the choice of a subnet clear of the host's routes (`store`). Still to come: joining
//! containers, the firewall (nftables/iptables), port publishing, name resolution, and the
//! engine/CLI wiring (`--network NAME`, `network …`).

pub mod ipam;
pub mod link;
pub mod store;
