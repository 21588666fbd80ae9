//! `cargo xtask validate-specs`: the checks every `specs/*.yaml` must pass.
//!
//! Each check takes one [`Spec`] and returns the [`Problem`]s it finds (an empty list when the
//! document passes), so a test can run one check on a small inline document.

mod conventions;
mod examples;
mod filters;
mod names;
mod oas;
mod one_of;
mod pagination;
mod refs;
mod root;
mod sandbox;
mod webhooks;

use std::{fmt, path::Path};

use crate::spec::{self, Spec};

pub use conventions::check_conventions;
pub use examples::check_examples;
pub use filters::check_filters;
pub use names::check_names;
pub use oas::OasValidator;
pub use pagination::check_pagination;
pub use refs::check_refs;
pub use root::check_root;
pub use sandbox::{check_sandbox, render_error_body};
pub use webhooks::check_webhooks;

/// How many operations each provider's document must have, by `x-groupkit-source`.
///
/// These come from counting the endpoints of each source document (`specs/README.md` lists them);
/// a change here is a change to the SDK's surface, so it is made on purpose, never to silence a test.
pub const EXPECTED_OPERATIONS: &[ExpectedOperations] = &[
    ExpectedOperations {
        provider: "groupboss",
        document: 11,
        provider_reality: 0,
        vendor_document: 0,
    },
    ExpectedOperations {
        provider: "groupsio",
        document: 63,
        provider_reality: 25,
        vendor_document: 0,
    },
    ExpectedOperations {
        provider: "sendhub",
        document: 7,
        provider_reality: 0,
        vendor_document: 21,
    },
    ExpectedOperations {
        provider: "habitate",
        document: 28,
        provider_reality: 0,
        vendor_document: 0,
    },
];

/// A row of [`EXPECTED_OPERATIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedOperations {
    /// The provider's short name, also the document's file stem.
    pub provider: &'static str,
    /// Operations with `x-groupkit-source` absent or `document`.
    pub document: usize,
    /// Operations with `x-groupkit-source: provider-reality`.
    pub provider_reality: usize,
    /// Operations with `x-groupkit-source: vendor-document`: from the provider's own, wider API
    /// document rather than the source document (SendHub's OpenAPI document).
    pub vendor_document: usize,
}

/// One thing wrong with a document: where (file and JSON Pointer) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The document's file name (`groupsio.yaml`).
    pub file: String,
    /// JSON Pointer to the offending value (`""` for the document itself).
    pub pointer: String,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Problem {
    /// A problem in `spec` at `pointer`.
    pub fn new(spec: &Spec, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: spec.file.clone(),
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}: {}", self.file, self.pointer, self.message)
    }
}

/// What one document holds and how many problems it has, for the one-line summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The document's file name.
    pub file: String,
    /// Operations under `paths`.
    pub operations: usize,
    /// Of [`Summary::operations`], those with `x-groupkit-source: provider-reality`.
    pub provider_reality: usize,
    /// Of [`Summary::operations`], those with `x-groupkit-source: vendor-document`.
    pub vendor_document: usize,
    /// Operations under `webhooks`.
    pub webhooks: usize,
    /// Examples validated against their schemas.
    pub examples: usize,
    /// Problems found in this document.
    pub problems: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} operations ({} provider-reality, {} vendor-document), {} webhooks, {} examples: ",
            self.file,
            self.operations,
            self.provider_reality,
            self.vendor_document,
            self.webhooks,
            self.examples
        )?;
        match self.problems {
            0 => f.write_str("ok"),
            1 => f.write_str("1 problem"),
            n => write!(f, "{n} problems"),
        }
    }
}

/// The outcome of validating a directory of specs.
#[derive(Debug, Default)]
pub struct Report {
    /// One summary per document that could be parsed, in file-name order.
    pub summaries: Vec<Summary>,
    /// Every problem found, document by document.
    pub problems: Vec<Problem>,
}

/// Validates every `*.yaml` in `dir` and reports missing or unexpected documents.
///
/// Fails only if `dir` cannot be listed or the vendored schemas do not compile; everything wrong
/// with the documents themselves is in the report.
pub fn validate_dir(dir: &Path) -> Result<Report, String> {
    let oas = OasValidator::new()?;
    let files =
        spec::spec_files(dir).map_err(|err| format!("cannot list {}: {err}", dir.display()))?;
    let mut report = Report::default();
    for expected in EXPECTED_OPERATIONS {
        let file = format!("{}.yaml", expected.provider);
        if !files.iter().any(|path| path.ends_with(&file)) {
            report.problems.push(Problem {
                file,
                pointer: String::new(),
                message: format!("missing: expected in {}", dir.display()),
            });
        }
    }
    for path in files {
        let file = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        match Spec::load(&path) {
            Ok(spec) => {
                let (summary, problems) = validate_spec(&spec, &oas);
                report.summaries.push(summary);
                report.problems.extend(problems);
            }
            Err(err) => report.problems.push(Problem {
                file,
                pointer: String::new(),
                message: err.to_string(),
            }),
        }
    }
    Ok(report)
}

/// Runs every check on one document.
pub fn validate_spec(spec: &Spec, oas: &OasValidator) -> (Summary, Vec<Problem>) {
    let mut problems = oas.check(spec);
    problems.extend(check_refs(spec));
    let (examples, example_problems) = check_examples(spec);
    problems.extend(example_problems);
    problems.extend(check_names(spec));
    problems.extend(check_pagination(spec));
    problems.extend(check_counts(spec, EXPECTED_OPERATIONS));
    problems.extend(check_root(spec));
    problems.extend(check_conventions(spec));
    problems.extend(check_sandbox(spec));
    problems.extend(check_webhooks(spec));
    problems.extend(check_filters(spec));
    let operations = spec.operations();
    let summary = Summary {
        file: spec.file.clone(),
        operations: operations.len(),
        provider_reality: operations
            .iter()
            .filter(|op| op.source() == Some("provider-reality"))
            .count(),
        vendor_document: operations
            .iter()
            .filter(|op| op.source() == Some("vendor-document"))
            .count(),
        webhooks: spec.webhook_operations().len(),
        examples,
        problems: problems.len(),
    };
    (summary, problems)
}

/// Check 6: the document has exactly the operations `expected` lists for it, per
/// `x-groupkit-source`, and no operation has another source.
pub fn check_counts(spec: &Spec, expected: &[ExpectedOperations]) -> Vec<Problem> {
    let Some(row) = expected.iter().find(|row| row.provider == spec.name) else {
        return vec![Problem::new(
            spec,
            "",
            "not a known provider: add it to EXPECTED_OPERATIONS in xtask/src/validate.rs",
        )];
    };
    let mut problems = Vec::new();
    let (mut document, mut reality, mut vendor) = (0, 0, 0);
    for op in spec.operations() {
        match op.source() {
            Some("document") => document += 1,
            Some("provider-reality") => reality += 1,
            Some("vendor-document") => vendor += 1,
            _ => problems.push(Problem::new(
                spec,
                spec::pointer_push(&op.pointer, "x-groupkit-source"),
                "x-groupkit-source must be `document`, `provider-reality` or `vendor-document`",
            )),
        }
    }
    for (what, found, want) in [
        ("document", document, row.document),
        ("provider-reality", reality, row.provider_reality),
        ("vendor-document", vendor, row.vendor_document),
    ] {
        if found != want {
            problems.push(Problem::new(
                spec,
                "/paths",
                format!("{found} operations with x-groupkit-source `{what}`, expected {want}"),
            ));
        }
    }
    problems
}
