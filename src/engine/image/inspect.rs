//! `image inspect`: the docker-compatible JSON document of an image.

use serde_json::{Value, json};

use crate::engine::{Engine, EngineError};

impl Engine {
    pub fn inspect_image(&self, input: &str) -> Result<Value, EngineError> {
        let store = self.store()?;
        let db = store.images()?;
        let id = self.resolve_image(&db, input)?.id;
        let rec = db
            .images
            .get(&id)
            .ok_or_else(|| EngineError::NoSuchImage(input.to_string()))?;
        let raw: Value = serde_json::from_slice(&store.read_blob(&id)?)
            .map_err(|e| EngineError::Store(format!("image {id}: malformed config: {e}")))?;
        let s = |k: &str| raw.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let lower: Vec<String> = rec
            .layers
            .iter()
            .rev()
            .map(|d| store.layer_diff_dir(d).display().to_string())
            .collect();
        let mut doc = json!({
            "Id": id.to_string(),
            "RepoTags": db.tags_of(&id).iter().map(|t| t.familiar()).collect::<Vec<_>>(),
            "RepoDigests": db.digests_of(&id).iter().map(|d| d.familiar()).collect::<Vec<_>>(),
            "Parent": "",
            "Comment": s("comment"),
            "Created": rec.created.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
            "DockerVersion": s("docker_version"),
            "Author": s("author"),
            "Config": raw.get("config").cloned().unwrap_or(Value::Null),
            "Architecture": rec.architecture,
            "Os": rec.os,
            "Size": rec.size,
            "GraphDriver": {
                "Name": "overlay",
                "Data": { "LowerDir": lower.join(":") }
            },
            "RootFS": {
                "Type": "layers",
                "Layers": rec.layers.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
            },
            "Metadata": {
                "LastTagTime": rec.last_tag_time.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
            },
        });
        // podman's: every name it has had, and the manifest format it has (or push makes)
        doc["NamesHistory"] = json!(rec.names_history);
        doc["ManifestType"] = json!(match (&rec.manifest, rec.format.as_deref()) {
            (Some(m), _) => m.media_type.as_str(),
            (None, Some("oci")) => "application/vnd.oci.image.manifest.v1+json",
            (None, _) => "application/vnd.docker.distribution.manifest.v2+json",
        });
        if let (Some(v), Some(obj)) = (&rec.variant, doc.as_object_mut()) {
            obj.insert("Variant".into(), Value::String(v.clone()));
        }
        Ok(doc)
    }
}
