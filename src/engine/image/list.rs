//! `images`: one row per repository:tag (or per digest for untagged images, or one
//! `<none>` row for dangling ones), newest first.

use std::collections::BTreeMap;
use std::time::SystemTime;

use super::filter::{ImageFilter, glob_match, parse_until};
use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::store::{ImageDb, ImageRecord};
use crate::util::time::parse_rfc3339;

#[derive(Debug, Clone)]
pub struct ImageRow {
    pub id: Digest,
    /// Familiar repository name; `None` shows as `<none>`.
    pub repository: Option<String>,
    pub tag: Option<String>,
    /// The repository digest, when the image was pulled by or recorded with one.
    pub digest: Option<Digest>,
    pub created: Option<SystemTime>,
    pub created_raw: Option<String>,
    pub size: u64,
    pub labels: BTreeMap<String, String>,
    /// Every name the image has had, latest first, familiar (`images --history`).
    pub history: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ListOptions {
    /// Also intermediate images (build steps').
    pub all: bool,
    pub filters: Vec<ImageFilter>,
}

impl Engine {
    pub fn list_images(&self, opts: &ListOptions) -> Result<Vec<ImageRow>, EngineError> {
        let db = self.store()?.images()?;
        let mut bounds = Vec::new();
        for f in &opts.filters {
            match f {
                ImageFilter::Before(x) | ImageFilter::Since(x) => {
                    let r = self.resolve_image(&db, x)?;
                    let t = db.images.get(&r.id).and_then(created_of);
                    bounds.push((f.clone(), t));
                }
                ImageFilter::Until(v) => bounds.push((f.clone(), Some(parse_until(v)?))),
                _ => {}
            }
        }
        let mut rows = Vec::new();
        for img in db.images.values() {
            if (img.intermediate && !opts.all) || !image_matches(&db, img, &opts.filters, &bounds) {
                continue;
            }
            rows.extend(rows_of(&db, img));
        }
        let patterns: Vec<&str> = opts
            .filters
            .iter()
            .filter_map(|f| match f {
                ImageFilter::Reference(p) => Some(p.as_str()),
                _ => None,
            })
            .collect();
        if !patterns.is_empty() {
            rows.retain(|r| {
                let Some(repo) = &r.repository else {
                    return false;
                };
                let full = format!("{repo}:{}", r.tag.as_deref().unwrap_or("<none>"));
                patterns
                    .iter()
                    .any(|p| glob_match(p, repo) || glob_match(p, &full))
            });
        }
        rows.sort_by(|a, b| {
            b.created
                .cmp(&a.created)
                .then_with(|| a.repository.cmp(&b.repository))
                .then_with(|| a.tag.cmp(&b.tag))
        });
        Ok(rows)
    }
}

pub(crate) fn created_of(img: &ImageRecord) -> Option<SystemTime> {
    img.created.as_deref().and_then(parse_rfc3339)
}

fn image_matches(
    db: &ImageDb,
    img: &ImageRecord,
    filters: &[ImageFilter],
    bounds: &[(ImageFilter, Option<SystemTime>)],
) -> bool {
    let created = created_of(img);
    let dangling = db.is_dangling(&img.id);
    filters.iter().all(|f| match f {
        ImageFilter::Dangling(want) => dangling == *want,
        ImageFilter::Label(k, v) => match (img.labels.get(k), v) {
            (Some(have), Some(want)) => have == want,
            (Some(_), None) => true,
            (None, _) => false,
        },
        _ => true,
    }) && bounds.iter().all(|(f, t)| match (f, t, created) {
        (ImageFilter::Before(_), Some(t), Some(c)) => c < *t,
        (ImageFilter::Since(_), Some(t), Some(c)) => c > *t,
        (ImageFilter::Until(_), Some(t), Some(c)) => c <= *t,
        (_, _, None) => false,
        _ => true,
    })
}

fn rows_of(db: &ImageDb, img: &ImageRecord) -> Vec<ImageRow> {
    let base = ImageRow {
        id: img.id.clone(),
        repository: None,
        tag: None,
        digest: None,
        created: created_of(img),
        created_raw: img.created.clone(),
        size: img.size,
        labels: img.labels.clone(),
        history: img
            .names_history
            .iter()
            .map(|n| {
                crate::oci::reference::Reference::parse(n, "docker.io")
                    .map_or_else(|_| n.clone(), |r| r.familiar())
            })
            .collect(),
    };
    let digests = db.digests_of(&img.id);
    let digest_for = |repo: &str| {
        digests
            .iter()
            .find(|d| d.familiar_name() == repo)
            .and_then(|d| d.digest().cloned())
    };
    let tags = db.tags_of(&img.id);
    if !tags.is_empty() {
        return tags
            .iter()
            .map(|t| ImageRow {
                repository: Some(t.familiar_name()),
                tag: t.tag().map(str::to_string),
                digest: digest_for(&t.familiar_name()),
                ..base.clone()
            })
            .collect();
    }
    if !digests.is_empty() {
        return digests
            .iter()
            .map(|d| ImageRow {
                repository: Some(d.familiar_name()),
                digest: d.digest().cloned(),
                ..base.clone()
            })
            .collect();
    }
    vec![base]
}
