//! `secret create|ls|inspect|rm|exists` (podman's; docker's `secret` is swarm's): secrets
//! a container gets with `run --secret`.

use std::io::{Read, Write};

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::format::{Format, render, render_documents};
use crate::engine::{Engine, EngineError};

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Create a secret from a file or - (stdin)
    Create(CreateArgs),
    /// Exit 0 when the secret exists, 1 when not
    Exists(crate::cli::ExistsArgs),
    /// List secrets
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on secrets
    Inspect(InspectArgs),
    /// Remove secrets
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The driver (only "file")
    #[arg(short, long, default_value = "file")]
    driver: String,
    /// Read the secret from this environment variable instead of a file
    #[arg(long)]
    env: bool,
    /// Set metadata (KEY=VALUE)
    #[arg(short, long = "label", value_name = "KEY=VALUE")]
    labels: Vec<String>,
    /// Replace a secret of the same name
    #[arg(long)]
    replace: bool,
    name: String,
    /// A file, - for stdin, or with --env a variable's name
    #[arg(value_name = "FILE")]
    source: String,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Only display IDs
    #[arg(short, long)]
    quiet: bool,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Leave the header line out
    #[arg(long)]
    noheading: bool,
    /// Only those that match: name=, id= (prefixes), label=KEY[=VALUE]
    #[arg(short, long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    /// Include the secret's value (SecretData)
    #[arg(long)]
    showsecret: bool,
    /// Print in a human-friendly format
    #[arg(long)]
    pretty: bool,
    #[arg(required = true)]
    names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Remove every secret
    #[arg(short, long, conflicts_with = "names")]
    all: bool,
    /// No error for a secret that does not exist
    #[arg(short, long)]
    ignore: bool,
    #[arg(required_unless_present = "all")]
    names: Vec<String>,
}

/// "3 minutes ago" for an RFC 3339 time.
fn ago(t: &str) -> String {
    crate::util::time::parse_rfc3339(t).map_or_else(String::new, |t| {
        format!(
            "{} ago",
            crate::util::human::duration(crate::util::time::since(t))
        )
    })
}

fn document(r: &crate::engine::records::SecretRecord, data: Option<&[u8]>) -> Value {
    let mut d = json!({
        "ID": r.id,
        "CreatedAt": r.created_at,
        "UpdatedAt": r.updated_at,
        "Spec": {
            "Name": r.name,
            "Driver": {"Name": r.driver, "Options": {}},
            "Labels": r.labels,
        },
    });
    if let Some(data) = data {
        d["SecretData"] = json!(String::from_utf8_lossy(data));
    }
    d
}

pub fn dispatch(engine: &Engine, c: SecretCommand) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    match c {
        SecretCommand::Create(a) => {
            if a.driver != "file" {
                anyhow::bail!("unsupported secret driver {:?}: only file", a.driver);
            }
            let data = if a.env {
                std::env::var_os(&a.source)
                    .ok_or_else(|| anyhow::anyhow!("environment variable {} is not set", a.source))?
                    .into_encoded_bytes()
            } else if a.source == "-" {
                let mut v = Vec::new();
                std::io::stdin()
                    .take(crate::engine::records::SECRET_MAX_SIZE as u64 + 1)
                    .read_to_end(&mut v)?;
                v
            } else {
                std::fs::read(&a.source)
                    .map_err(|e| anyhow::anyhow!("reading {}: {e}", a.source))?
            };
            let mut labels = std::collections::BTreeMap::new();
            for l in &a.labels {
                let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
                labels.insert(k.to_string(), v.to_string());
            }
            let r = engine.create_secret(&a.name, &data, labels, a.replace)?;
            writeln!(out, "{}", r.id)?;
        }
        SecretCommand::Exists(a) => {
            return crate::cli::exists_status(match engine.secret(&a.name, false) {
                Ok(_) => Ok(true),
                Err(EngineError::Secret(crate::engine::records::SecretError::NotFound(_))) => {
                    Ok(false)
                }
                Err(e) => Err(e),
            });
        }
        SecretCommand::Ls(a) => {
            let crate::engine::prune_filter::ListFilter { plain, labels } =
                crate::engine::prune_filter::list_filters(&a.filter, &["name", "id"])?;
            let mut list = engine.list_secrets()?;
            list.retain(|r| {
                labels.iter().all(|t| t.admits(&r.labels))
                    && plain.iter().all(|(k, v)| match k.as_str() {
                        "name" => r.name.starts_with(v.as_str()),
                        _ => r.id.starts_with(v.as_str()),
                    })
            });
            if a.quiet {
                for r in &list {
                    writeln!(out, "{}", r.id)?;
                }
                return Ok(0);
            }
            let docs: Vec<Value> = list
                .iter()
                .map(|r| {
                    json!({
                        "ID": r.id, "Name": r.name, "Driver": r.driver,
                        "CreatedAt": ago(&r.created_at),
                        "UpdatedAt": ago(&r.updated_at),
                    })
                })
                .collect();
            let f = Format::parse(
                a.format.as_deref(),
                "{{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}",
            );
            let mut text = render(
                &f,
                &[
                    ("ID", "ID"),
                    ("Name", "NAME"),
                    ("Driver", "DRIVER"),
                    ("CreatedAt", "CREATED"),
                    ("UpdatedAt", "UPDATED"),
                ],
                &docs,
            )?;
            if a.noheading {
                text = crate::cli::format::drop_header(&f, text);
            }
            out.write_all(text.as_bytes())?;
        }
        SecretCommand::Inspect(a) => {
            let mut docs = Vec::new();
            let mut failed = false;
            for n in &a.names {
                match engine.secret(n, a.showsecret) {
                    Ok((r, data)) => docs.push(document(&r, data.as_deref())),
                    Err(e) => {
                        crate::cli::error_line(&e);
                        failed = true;
                    }
                }
            }
            if a.pretty && a.format.is_none() {
                for d in &docs {
                    let line = |k: &str, v: &Value| format!("{k}:\t{}\n", v.as_str().unwrap_or(""));
                    out.write_all(line("ID", &d["ID"]).as_bytes())?;
                    out.write_all(line("Name", &d["Spec"]["Name"]).as_bytes())?;
                    out.write_all(line("Driver", &d["Spec"]["Driver"]["Name"]).as_bytes())?;
                    out.write_all(line("Created at", &d["CreatedAt"]).as_bytes())?;
                    out.write_all(line("Updated at", &d["UpdatedAt"]).as_bytes())?;
                }
            } else {
                out.write_all(render_documents(a.format.as_deref(), &docs)?.as_bytes())?;
            }
            return Ok(if failed { super::EXIT_ENGINE } else { 0 });
        }
        SecretCommand::Rm(a) => {
            let names = if a.all {
                engine.list_secrets()?.into_iter().map(|r| r.id).collect()
            } else {
                a.names.clone()
            };
            let mut failed = false;
            for n in &names {
                match engine.remove_secret(n) {
                    Ok(r) => writeln!(out, "{}", r.id)?,
                    Err(EngineError::Secret(crate::engine::records::SecretError::NotFound(_)))
                        if a.ignore => {}
                    Err(e) => {
                        crate::cli::error_line(&e);
                        failed = true;
                    }
                }
            }
            return Ok(if failed { super::EXIT_ENGINE } else { 0 });
        }
    }
    Ok(0)
}
