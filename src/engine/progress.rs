//! How long operations report progress to whoever prints (the CLI), without printing.

use crate::oci::{Digest, Reference};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PullStatus {
    /// New content was fetched.
    Downloaded,
    /// Everything was already in the store.
    UpToDate,
}

#[derive(Debug)]
pub enum PullEvent<'a> {
    /// About to ask the registry for the manifest.
    Resolving { reference: &'a Reference },
    /// A layer the store already has.
    LayerExists { digest: &'a Digest },
    /// A layer about to be fetched, with its compressed size.
    LayerWaiting { digest: &'a Digest, size: u64 },
    /// Bytes fetched (and unpacked as they arrive) so far.
    LayerProgress {
        digest: &'a Digest,
        done: u64,
        total: u64,
    },
    /// Fetched, verified and committed.
    LayerDone { digest: &'a Digest },
    /// All layers are in; `digest` is the digest of what the tag pointed at.
    Finished {
        digest: &'a Digest,
        status: PullStatus,
    },
}

pub trait PullProgress: Sync {
    fn event(&self, event: PullEvent<'_>);
}

/// For callers that do not show progress.
pub struct NoProgress;

impl PullProgress for NoProgress {
    fn event(&self, _: PullEvent<'_>) {}
}

/// How a pushed blob got to the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushedHow {
    /// The repository had it already.
    Exists,
    /// Mounted from another repository of the registry.
    Mounted(String),
    /// Uploaded.
    Uploaded,
}

#[derive(Debug)]
pub enum PushEvent<'a> {
    /// About to push to `repository` (`host/path`).
    Preparing {
        repository: &'a str,
    },
    /// A layer (by diff ID) about to be checked, compressed or sent; `size` is its tar size.
    LayerStart {
        id: &'a Digest,
        size: u64,
    },
    /// Bytes sent so far of `total`.
    LayerProgress {
        id: &'a Digest,
        done: u64,
        total: u64,
    },
    LayerDone {
        id: &'a Digest,
        how: &'a PushedHow,
    },
    /// The manifest is in: the tag, its digest and size.
    Finished {
        tag: &'a str,
        digest: &'a Digest,
        size: usize,
    },
}

pub trait PushProgress: Sync {
    fn event(&self, event: PushEvent<'_>);
}

impl PushProgress for NoProgress {
    fn event(&self, _: PushEvent<'_>) {}
}
