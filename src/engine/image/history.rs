//! `history`: the config's history, newest first, with each step's layer size.

use std::time::SystemTime;

use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::util::time::parse_rfc3339;

#[derive(Debug, Clone)]
pub struct HistoryRow {
    /// The image ID on the newest row; `None` (`<missing>`) on the others.
    pub id: Option<Digest>,
    pub created: Option<SystemTime>,
    pub created_raw: Option<String>,
    pub created_by: String,
    pub size: u64,
    pub comment: String,
    pub tags: Vec<String>,
}

impl Engine {
    pub fn image_history(&self, input: &str) -> Result<Vec<HistoryRow>, EngineError> {
        let store = self.store()?;
        let db = store.images()?;
        let id = self.resolve_image(&db, input)?.id;
        let config = crate::oci::image::ImageConfig::parse(&store.read_blob(&id)?)
            .map_err(|e| EngineError::Store(format!("image {id}: malformed config: {e}")))?;
        let layer_size = |i: usize| -> u64 {
            config
                .rootfs
                .diff_ids
                .get(i)
                .and_then(|d| store.layer(d).ok().flatten())
                .map_or(0, |l| l.size)
        };
        let mut rows = Vec::new();
        if config.history.is_empty() {
            for i in 0..config.rootfs.diff_ids.len() {
                rows.push(HistoryRow {
                    id: None,
                    created: None,
                    created_raw: None,
                    created_by: String::new(),
                    size: layer_size(i),
                    comment: String::new(),
                    tags: Vec::new(),
                });
            }
        } else {
            let mut layer = 0;
            for h in &config.history {
                let size = if h.empty_layer {
                    0
                } else {
                    layer += 1;
                    layer_size(layer - 1)
                };
                rows.push(HistoryRow {
                    id: None,
                    created: h.created.as_deref().and_then(parse_rfc3339),
                    created_raw: h.created.clone(),
                    created_by: h.created_by.clone().unwrap_or_default(),
                    size,
                    comment: h.comment.clone().unwrap_or_default(),
                    tags: Vec::new(),
                });
            }
        }
        rows.reverse();
        if let Some(top) = rows.first_mut() {
            top.id = Some(id.clone());
            top.tags = db.tags_of(&id).iter().map(|t| t.familiar()).collect();
        }
        Ok(rows)
    }
}

/// One layer of `image tree`: its place, its diff ID and size, and the other images
/// (by name, or short ID) that have it too.
#[derive(Clone, Debug)]
pub struct TreeLayer {
    pub diff_id: Digest,
    pub size: u64,
    pub shared_with: Vec<String>,
}

impl Engine {
    /// `image tree`: the image's layers, bottom first, and which images share each.
    pub fn image_tree(&self, input: &str) -> Result<(Digest, Vec<TreeLayer>), EngineError> {
        let store = self.store()?;
        let db = store.images()?;
        let id = self.resolve_image(&db, input)?.id;
        let record = db
            .images
            .get(&id)
            .ok_or_else(|| EngineError::NoSuchImage(input.to_string()))?;
        let mut out = Vec::new();
        for d in &record.layers {
            let size = store.layer(d)?.map_or(0, |l| l.size);
            let mut shared_with: Vec<String> = db
                .images
                .values()
                .filter(|o| o.id != id && !o.intermediate && o.layers.contains(d))
                .map(|o| {
                    db.tags_of(&o.id)
                        .first()
                        .map(|r| r.familiar())
                        .unwrap_or_else(|| o.id.short().to_string())
                })
                .collect();
            shared_with.sort();
            out.push(TreeLayer {
                diff_id: d.clone(),
                size,
                shared_with,
            });
        }
        Ok((id, out))
    }
}
