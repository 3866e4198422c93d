//! Manifest lists kept in the store (`manifest create`, multi-platform builds): each a
//! name and the local images it holds, with the platform and annotations each entry has
//! in the index a push makes. One JSON file, written under the store lock.

use std::collections::BTreeMap;
use std::io;

use serde::{Deserialize, Serialize};

use super::{Store, StoreLock};
use crate::oci::{Digest, Platform};
use crate::util::fs::{read_json, write_json_atomic};

const LISTS: &str = "manifest-lists.json";

/// One entry of a list: a local image and what the index says about it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ListEntry {
    pub image: Digest,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestList {
    /// The list's full name (`registry/repo:tag`).
    pub name: String,
    #[serde(default)]
    pub entries: Vec<ListEntry>,
    /// The index's own annotations.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
}

/// Every list, by name.
pub type Lists = BTreeMap<String, ManifestList>;

impl Store {
    pub fn lists(&self) -> io::Result<Lists> {
        Ok(read_json(&self.root.join(LISTS))?.unwrap_or_default())
    }

    pub fn save_lists(&self, lists: &Lists, _lock: &StoreLock) -> io::Result<()> {
        write_json_atomic(&self.root.join(LISTS), lists)
    }
}
