//! skiff: a daemonless, Docker-compatible container engine in one static binary.
//!
//! Layers (imports point down only): `cli` → `engine` → `registry`, `store` → `oci`,
//! `config`, `sys`, `util`. Only `sys` may use `unsafe`.
#![deny(unsafe_code)]

pub mod cli;
pub mod config;
pub mod engine;
pub mod oci;
pub mod registry;
pub mod store;
pub mod sys;
pub mod util;
