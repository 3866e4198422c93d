//! Docker's legacy links as environment variables: `--link db:alias` gives the container
//! `ALIAS_NAME`, `ALIAS_PORT…` for each port the linked container exposes and `ALIAS_ENV_…`
//! for its environment, computed from the linked container's address when it starts.

/// The variables for a link to a container with address `ip`, exposing `exposed`
/// (`PORT/PROTO` items) and with environment `env`, seen as `alias` from the container
/// named `me`.
pub fn link_env(
    alias: &str,
    me: &str,
    ip: &str,
    exposed: &[String],
    env: &[String],
) -> Vec<String> {
    let prefix: String = alias
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    let mut out = vec![format!(
        "{prefix}_NAME=/{}/{alias}",
        me.trim_start_matches('/')
    )];
    let mut ports: Vec<(u16, String)> = exposed
        .iter()
        .filter_map(|p| {
            let (port, proto) = p.split_once('/').unwrap_or((p, "tcp"));
            Some((port.parse().ok()?, proto.to_ascii_lowercase()))
        })
        .collect();
    ports.sort();
    ports.dedup();
    if let Some((port, proto)) = ports.first() {
        out.push(format!("{prefix}_PORT={proto}://{ip}:{port}"));
    }
    for (port, proto) in &ports {
        let p = format!("{prefix}_PORT_{port}_{}", proto.to_ascii_uppercase());
        out.push(format!("{p}={proto}://{ip}:{port}"));
        out.push(format!("{p}_ADDR={ip}"));
        out.push(format!("{p}_PORT={port}"));
        out.push(format!("{p}_PROTO={proto}"));
    }
    for e in env {
        // as docker: what a build leaves in every image is not worth passing on
        if let Some((k, v)) = e.split_once('=')
            && k != "HOME"
            && k != "PATH"
        {
            out.push(format!("{prefix}_ENV_{k}={v}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_link_variables_follow_docker() {
        let v = link_env(
            "db-1",
            "web",
            "172.17.0.5",
            &["6379/tcp".into(), "5432/tcp".into(), "53/udp".into()],
            &["PATH=/bin".into(), "PGDATA=/var/lib/pg".into()],
        );
        assert_eq!(
            v,
            [
                "DB_1_NAME=/web/db-1",
                "DB_1_PORT=udp://172.17.0.5:53",
                "DB_1_PORT_53_UDP=udp://172.17.0.5:53",
                "DB_1_PORT_53_UDP_ADDR=172.17.0.5",
                "DB_1_PORT_53_UDP_PORT=53",
                "DB_1_PORT_53_UDP_PROTO=udp",
                "DB_1_PORT_5432_TCP=tcp://172.17.0.5:5432",
                "DB_1_PORT_5432_TCP_ADDR=172.17.0.5",
                "DB_1_PORT_5432_TCP_PORT=5432",
                "DB_1_PORT_5432_TCP_PROTO=tcp",
                "DB_1_PORT_6379_TCP=tcp://172.17.0.5:6379",
                "DB_1_PORT_6379_TCP_ADDR=172.17.0.5",
                "DB_1_PORT_6379_TCP_PORT=6379",
                "DB_1_PORT_6379_TCP_PROTO=tcp",
                "DB_1_ENV_PGDATA=/var/lib/pg",
            ]
        );
        assert_eq!(link_env("c", "/me", "10.0.0.2", &[], &[]), ["C_NAME=/me/c"]);
    }
}
