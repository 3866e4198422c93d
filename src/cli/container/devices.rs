//! `--device` and `--gpus` of `run`/`create`: host device nodes (stat-ed now, as docker's
//! client does) and CDI device names, which the engine resolves from the vendors' specs.

use anyhow::{Context as _, bail};

use crate::oci::runtime::Device;

/// The host devices named, and the CDI names (`VENDOR/CLASS=NAME`, and `--gpus` as
/// NVIDIA's).
pub(super) fn devices(
    given: &[String],
    gpus: &[String],
) -> anyhow::Result<(Vec<Device>, Vec<String>)> {
    let (cdi, paths): (Vec<&String>, Vec<&String>) = given
        .iter()
        .partition(|d| crate::config::cdi::is_cdi_name(d));
    let devices = paths
        .into_iter()
        .map(|d| device(d))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut names: Vec<String> = cdi.into_iter().cloned().collect();
    for g in gpus {
        names.extend(crate::config::cdi::gpus(g).map_err(|e| anyhow::anyhow!(e))?);
    }
    Ok((devices, names))
}

fn device(s: &str) -> anyhow::Result<Device> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let parts: Vec<&str> = s.split(':').collect();
    let (host, inside, access) = match parts.as_slice() {
        [h] => (*h, *h, "rwm"),
        [h, c] if c.chars().all(|x| "rwm".contains(x)) => (*h, *h, *c),
        [h, c] => (*h, *c, "rwm"),
        [h, c, a] => (*h, *c, *a),
        _ => bail!("invalid device {s:?}"),
    };
    let meta = std::fs::metadata(host)
        .with_context(|| format!("error gathering device information for {host:?}"))?;
    let kind = if meta.file_type().is_char_device() {
        "c"
    } else if meta.file_type().is_block_device() {
        "b"
    } else {
        bail!("{host} is not a device");
    };
    let rdev = meta.rdev();
    Ok(Device {
        path: inside.to_string(),
        kind: kind.into(),
        major: rustix::fs::major(rdev),
        minor: rustix::fs::minor(rdev),
        file_mode: meta.mode() & 0o777,
        access: access.to_string(),
        host_path: Some(host.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_stat_ed() {
        let d = device("/dev/null").unwrap();
        assert_eq!((d.kind.as_str(), d.major, d.minor), ("c", 1, 3));
        let d = device("/dev/null:/dev/mynull:r").unwrap();
        assert_eq!((d.path.as_str(), d.access.as_str()), ("/dev/mynull", "r"));
        assert!(device("/no/such").is_err());
        assert!(device("/etc/passwd").is_err());
    }

    #[test]
    fn cdi_names_and_gpus_are_set_apart() {
        let (d, names) = devices(
            &["/dev/null".into(), "vendor.example/acc=a0".into()],
            &["all".into()],
        )
        .unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(names, ["vendor.example/acc=a0", "nvidia.com/gpu=all"]);
        assert!(devices(&[], &["3".into()]).is_err());
    }
}
