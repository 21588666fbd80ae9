//! `cargo xtask codegen [--check]`: writes `crates/<provider>/src/generated/` from `specs/`.
//!
//! Output is deterministic (sorted, formatted by `prettyplease`, stamped) and written only when it
//! differs, so an unchanged spec leaves file times alone. Generated files whose spec is gone
//! are deleted. `--check` writes nothing and fails, with a diff and the command to run, when
//! anything is stale; a `#[test]` in `tests/codegen.rs` runs the same check.

mod builders;
mod client;
mod examples;
mod ids;
mod inputs;
mod listing;
mod models;
mod naming;
mod operations;
mod rust;
mod rustdoc;
mod types;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::spec::{Spec, spec_files, workspace_root};
use types::Types;

/// The generated files of every spec: path (relative to the workspace) → contents.
pub fn generate_all(root: &Path) -> Result<BTreeMap<PathBuf, String>, String> {
    let mut files = BTreeMap::new();
    let specs = spec_files(&root.join("specs")).map_err(|e| format!("cannot list specs: {e}"))?;
    for path in specs {
        let spec = Spec::load(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (name, text) in generate(&spec)? {
            files.insert(
                PathBuf::from(format!("crates/{}/src/generated/{name}", spec.name)),
                text,
            );
        }
    }
    Ok(files)
}

/// The generated files of one spec: file name → contents.
pub fn generate(spec: &Spec) -> Result<Vec<(&'static str, String)>, String> {
    let crate_name = format!("groupkit_{}", spec.name);
    let mut types = Types::new(spec);
    let (operations, selectors) = operations::emit(&mut types, &crate_name)?;
    let models = models::emit(&types, &crate_name);
    let ids = ids::emit(&types, &selectors);
    let client = client::emit(spec)?;
    let stamp = rust::stamp(&spec.file);
    let finish = |body: String| -> Result<String, String> {
        Ok(format!("{stamp}\n{}", rust::format(&body)?))
    };
    let (prelude, module) = module(spec, !types.entities.is_empty() || !selectors.is_empty());
    Ok(vec![
        (
            "mod.rs",
            format!("{stamp}\n{prelude}\n{}", rust::format(&module)?),
        ),
        ("client.rs", finish(client)?),
        ("ids.rs", finish(ids)?),
        ("models.rs", finish(models)?),
        ("operations.rs", finish(operations)?),
    ])
}

/// `generated/mod.rs`: the submodules and the spec's facts as constants. Returns the file's
/// head (its docs and lint attributes, written as they are printed, with a plain comment that
/// formatting would drop) and the rest, to format.
fn module(spec: &Spec, has_ids: bool) -> (String, String) {
    let doc = &spec.doc;
    let retry = retry_hints(doc.get("x-groupkit-retry"));
    let mut ops: Vec<(String, String, String)> = spec
        .operations()
        .iter()
        .map(|op| {
            (
                op.name().unwrap_or_default().to_owned(),
                op.method.to_uppercase(),
                op.path.to_owned(),
            )
        })
        .collect();
    ops.sort();
    let ops: Vec<String> = ops
        .iter()
        .map(|(n, m, p)| format!("({n:?}, {m:?}, {p:?})"))
        .collect();
    let prelude = format!(
        r#"//! Code generated from `specs/{file}`: models, operations and the spec's facts.
//!
//! Descriptions come from the provider's document, cleaned into rustdoc by the generator.
// Method names are the API's (`add`, ...); form and multipart bodies are built field by field.
#![allow(clippy::should_implement_trait, clippy::vec_init_then_push)]
"#,
        file = spec.file,
    );
    let body = format!(
        r#"mod client;
pub mod ids;
pub mod models;
pub mod operations;

pub use client::{{Client, ClientBuilder, PROVIDER}};{ids}
pub use groupkit_core::model::{{Id, Timestamp}};
pub use groupkit_core::{{
    ApiError, DecodeError, Error, ItemStream, Missing, Page, PageSizeLimits, PageStream, PaginationError, Paginator, Position, PositionedItemStream, Result,
    RetryBudget, RetryPolicy, Secret, Timeouts, UnavailableError, Upload,
}};

/// How this provider asks to be backed off (`x-groupkit-retry`).
pub const RETRY: groupkit_core::RetryHints = {retry};

/// Every operation as `(Rust name, method, path)`, sorted by name.
pub const OPERATIONS: &[(&str, &str, &str)] = &[{ops}];
"#,
        ids = if has_ids { "\npub use ids::*;" } else { "" },
        retry = retry,
        ops = ops.join(", "),
    );
    (prelude, body)
}

/// `x-groupkit-retry` as a `RetryHints` expression.
fn retry_hints(retry: Option<&Value>) -> String {
    let statuses = |key: &str| -> String {
        let list: Vec<String> = retry
            .and_then(|r| r.get(key))
            .and_then(Value::as_array)
            .map(|s| {
                s.iter()
                    .filter_map(Value::as_u64)
                    .map(|n| n.to_string())
                    .collect()
            })
            .unwrap_or_default();
        format!("&[{}]", list.join(", "))
    };
    let wait = retry.and_then(|r| r.get("wait_in_body")).map_or_else(
        || "None".to_owned(),
        |wait| {
            let pointer = wait.get("pointer").and_then(Value::as_str).unwrap_or_default();
            let format = match wait.get("format").and_then(Value::as_str) {
                Some("clock") => "Clock",
                _ => "Seconds",
            };
            format!(
                "Some(groupkit_core::retry::BodyWait {{ pointer: {pointer:?}, format: groupkit_core::retry::WaitFormat::{format} }})"
            )
        },
    );
    format!(
        "groupkit_core::RetryHints {{ statuses: {}, quota_statuses: {}, wait_in_body: {wait} }}",
        statuses("statuses"),
        statuses("quota_statuses"),
    )
}

/// What `codegen` found or did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Files that differ from what is on disk (written unless checking).
    pub changed: Vec<(PathBuf, String)>,
    /// Generated files that no longer have a spec (deleted unless checking).
    pub stale: Vec<PathBuf>,
}

/// Generates everything and writes it (or, with `check`, only compares).
pub fn run(check: bool) -> Result<Outcome, String> {
    let root = workspace_root();
    let files = generate_all(&root)?;
    let mut outcome = Outcome::default();
    for (path, text) in &files {
        let full = root.join(path);
        let current = fs::read_to_string(&full).unwrap_or_default();
        if current != *text {
            outcome.changed.push((path.clone(), diff(&current, text)));
            if !check {
                if let Some(dir) = full.parent() {
                    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                fs::write(&full, text).map_err(|e| format!("{}: {e}", full.display()))?;
            }
        }
    }
    for existing in existing_generated(&root) {
        if !files.contains_key(&existing) {
            outcome.stale.push(existing.clone());
            if !check {
                fs::remove_file(root.join(&existing))
                    .map_err(|e| format!("{}: {e}", existing.display()))?;
            }
        }
    }
    Ok(outcome)
}

/// Every file under `crates/*/src/generated/` now.
fn existing_generated(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(crates) = fs::read_dir(root.join("crates")) else {
        return found;
    };
    for entry in crates.flatten() {
        let dir = entry.path().join("src/generated");
        let Ok(files) = fs::read_dir(&dir) else {
            continue;
        };
        for file in files.flatten() {
            if let Ok(relative) = file.path().strip_prefix(root) {
                found.push(relative.to_path_buf());
            }
        }
    }
    found.sort();
    found
}

/// The first differing lines of two texts, enough to see what changed.
fn diff(old: &str, new: &str) -> String {
    let old: Vec<&str> = old.lines().collect();
    let new: Vec<&str> = new.lines().collect();
    let first = old
        .iter()
        .zip(&new)
        .position(|(a, b)| a != b)
        .unwrap_or(old.len().min(new.len()));
    let mut out = format!("first difference at line {}:\n", first + 1);
    for line in old.iter().skip(first).take(5) {
        out.push_str(&format!("-{line}\n"));
    }
    for line in new.iter().skip(first).take(5) {
        out.push_str(&format!("+{line}\n"));
    }
    out
}
