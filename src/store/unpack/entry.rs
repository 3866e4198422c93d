//! Pure rules for tar entry names: cleaning paths and recognising whiteouts.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use super::UnpackError;

/// Cleans a tar entry name into a relative path: leading `/` and `./` are dropped, `.`
/// components skipped. `..` anywhere refuses the whole layer: no legitimate layer needs it.
/// `Ok(None)` is the layer root itself (`./`).
pub fn clean_path(raw: &[u8]) -> Result<Option<PathBuf>, UnpackError> {
    let mut out = PathBuf::new();
    for comp in raw.split(|&b| b == b'/') {
        match comp {
            b"" | b"." => {}
            b".." => {
                return Err(UnpackError::Escape(
                    String::from_utf8_lossy(raw).into_owned(),
                ));
            }
            c if c.contains(&0) => {
                return Err(UnpackError::Escape(
                    String::from_utf8_lossy(raw).into_owned(),
                ));
            }
            c => out.push(OsStr::from_bytes(c)),
        }
    }
    Ok(if out.as_os_str().is_empty() {
        None
    } else {
        Some(out)
    })
}

#[derive(Debug, PartialEq, Eq)]
pub enum Whiteout<'a> {
    /// `.wh..wh..opq`: the parent directory hides everything below it in lower layers.
    Opaque,
    /// `.wh.NAME`: NAME is deleted.
    Remove(&'a OsStr),
    /// Other `.wh..wh.*` AUFS bookkeeping entries, ignored.
    AufsMeta,
    None,
}

pub const OPAQUE: &[u8] = b".wh..wh..opq";
const PREFIX: &[u8] = b".wh.";

pub fn classify(name: &OsStr) -> Whiteout<'_> {
    let b = name.as_bytes();
    if b == OPAQUE {
        Whiteout::Opaque
    } else if b.starts_with(b".wh..wh.") {
        Whiteout::AufsMeta
    } else if let Some(target) = b.strip_prefix(PREFIX) {
        if target.is_empty() {
            Whiteout::AufsMeta
        } else {
            Whiteout::Remove(OsStr::from_bytes(target))
        }
    } else {
        Whiteout::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn cleans_paths() {
        let c = |s: &str| clean_path(s.as_bytes()).unwrap();
        assert_eq!(
            c("./etc/passwd"),
            Some(Path::new("etc/passwd").to_path_buf())
        );
        assert_eq!(c("/abs/./x/"), Some(Path::new("abs/x").to_path_buf()));
        assert_eq!(c("./"), None);
        assert!(clean_path(b"a/../../etc").is_err());
        assert!(clean_path(b"..").is_err());
    }

    #[test]
    fn classifies_whiteouts() {
        assert_eq!(classify(OsStr::new(".wh..wh..opq")), Whiteout::Opaque);
        assert_eq!(
            classify(OsStr::new(".wh.foo")),
            Whiteout::Remove(OsStr::new("foo"))
        );
        assert_eq!(classify(OsStr::new(".wh..wh.plnk")), Whiteout::AufsMeta);
        assert_eq!(classify(OsStr::new("foo.wh.")), Whiteout::None);
    }
}
