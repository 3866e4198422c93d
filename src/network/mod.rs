//! L1: container networking. Today: address management (`ipam`); bridges, veth pairs,
//! routes (netlink) and the firewall come with issue 5.

pub mod ipam;
