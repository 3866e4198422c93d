//! End-to-end tests of the real `skiff` binary. One test binary (one link step); each test
//! has its own temporary store and starts (and stops) the registries it needs.

mod support;

mod archive;
mod build;
mod build_flags;
mod build_outputs;
mod cli;
mod compose;
mod cp;
mod detached;
mod dropin;
mod flags;
mod hardening;
mod images;
mod interop;
mod ipv6;
mod kube;
mod kube_play;
mod layers;
mod lifecycle;
mod network;
mod network_opts;
mod platforms;
mod podman_ext;
mod podman_image;
mod podman_run;
mod pods;
mod pull;
mod pull_faults;
mod push;
mod rootless;
mod run;
mod save_load;
mod store;
mod transport;
mod userns;
