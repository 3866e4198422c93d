//! skiff: a daemonless, Docker-compatible container engine in one static binary.
//!
//! Layers (imports point down only): `cli` → `engine` → `registry`, `store`, `state`,
//! `spec`, `runtime`, `monitor`, `volume` → `oci`, `config`, `sys`, `util`. Only `sys` may use `unsafe`.
#![deny(unsafe_code)]

pub mod build;
pub mod cli;
pub mod compose;
pub mod config;
pub mod engine;
#[cfg(test)]
mod fuzz;
pub mod kube;
pub mod monitor;
pub mod network;
pub mod oci;
pub mod registry;
pub mod runtime;
pub mod secret;
pub mod spec;
pub mod state;
pub mod store;
#[allow(unsafe_code)]
pub mod sys;
pub mod util;
pub mod volume;
