//! What can go wrong talking to a registry, in the words a user needs.

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{registry}: {message}")]
    Unauthorized { registry: String, message: String },
    #[error("{what} not found: {message}")]
    NotFound { what: String, message: String },
    #[error("cannot reach registry {registry}: {message}")]
    Unreachable { registry: String, message: String },
    #[error("registry {registry} answered {status}: {message}")]
    Status {
        registry: String,
        status: u16,
        message: String,
    },
    #[error("{0}")]
    Protocol(String),
    #[error("{what} from {registry} does not match its digest {expected} (got {actual})")]
    DigestMismatch {
        what: String,
        registry: String,
        expected: String,
        actual: String,
    },
    #[error(transparent)]
    Tls(#[from] super::tls::TlsSetupError),
    #[error(transparent)]
    Credentials(#[from] super::credentials::CredentialsError),
}

/// The first `message` of a registry's JSON error body (`{"errors":[{"code","message"}]}`),
/// else the body's first line.
pub fn error_body_message(body: &[u8]) -> String {
    #[derive(serde::Deserialize)]
    struct Errs {
        errors: Vec<E>,
    }
    #[derive(serde::Deserialize)]
    struct E {
        #[serde(default)]
        code: String,
        #[serde(default)]
        message: String,
    }
    if let Ok(e) = serde_json::from_slice::<Errs>(body)
        && let Some(first) = e.errors.first()
    {
        return if first.message.is_empty() {
            first.code.to_lowercase().replace('_', " ")
        } else {
            first.message.clone()
        };
    }
    String::from_utf8_lossy(body)
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_registry_errors() {
        let b =
            br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}"#;
        assert_eq!(error_body_message(b), "manifest unknown");
        assert_eq!(
            error_body_message(br#"{"errors":[{"code":"NAME_UNKNOWN"}]}"#),
            "name unknown"
        );
        assert_eq!(
            error_body_message(b"404 page not found\nmore"),
            "404 page not found"
        );
    }
}
