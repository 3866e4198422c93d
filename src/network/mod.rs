//! L1: container networking. Address management (`ipam`), links, addresses and routes over
//! rtnetlink (`link`), network records and the choice of subnets clear of the host's routes
//! (`store`), bridge driver options (`options`), the firewall as data applied through nftables or iptables (`firewall`), host
//! port reservations (`ports`) and their user-space relay for rootless bridges
//! (`forward`), resolv.conf / hosts files (`dns`) and docker's legacy link variables
//! (`legacy_links`). The engine combines them (engine/network).

pub mod dns;
pub mod firewall;
pub mod forward;
pub mod ipam;
pub mod legacy_links;
pub mod link;
pub mod options;
pub mod ports;
pub mod store;
pub mod usermode;
