//! Check 1: the document is valid OpenAPI 3.1, against the OpenAPI Initiative's published schema,
//! with every Schema Object also checked against the OAS 3.1 base dialect.

use jsonschema::{Draft, Registry, Validator};
use serde_json::Value;

use super::Problem;
use crate::spec::Spec;

/// The vendored schemas (see `xtask/schemas/README.md`), with the `$id` each is registered under.
const VENDORED: [(&str, &str); 4] = [
    (
        "https://spec.openapis.org/oas/3.1/schema/2022-10-07",
        include_str!("../../schemas/oas-3.1-schema-2022-10-07.json"),
    ),
    (
        "https://spec.openapis.org/oas/3.1/dialect/base",
        include_str!("../../schemas/oas-3.1-dialect-base.json"),
    ),
    (
        "https://spec.openapis.org/oas/3.1/meta/base",
        include_str!("../../schemas/oas-3.1-meta-base.json"),
    ),
    (
        SCHEMA_BASE,
        include_str!("../../schemas/groupkit-schema-base.json"),
    ),
];

/// The schema a whole document is validated against: the official one plus the dialect.
const SCHEMA_BASE: &str = "urn:groupkit:oas-3.1-schema-base";

/// Longest rendering of an offending value kept in a problem; whole Path Items are unreadable.
const MAX_MESSAGE: usize = 300;

/// A compiled validator for OpenAPI 3.1 documents. Compiling takes a moment, so build it once and
/// check every document with it.
pub struct OasValidator {
    validator: Validator,
}

impl OasValidator {
    /// Compiles the vendored schemas. Fails only if they are broken, which is a bug in this crate.
    pub fn new() -> Result<Self, String> {
        let mut resources = Vec::new();
        for (id, text) in VENDORED {
            let schema: Value = serde_json::from_str(text)
                .map_err(|err| format!("vendored schema {id} is not JSON: {err}"))?;
            resources.push((id, Draft::Draft202012.create_resource(schema)));
        }
        let registry = Registry::new()
            .extend(resources)
            .and_then(|builder| builder.prepare())
            .map_err(|err| format!("cannot register the vendored schemas: {err}"))?;
        let validator = jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&registry)
            .offline()
            .should_validate_formats(false)
            .build(&serde_json::json!({ "$ref": SCHEMA_BASE }))
            .map_err(|err| format!("cannot compile the OpenAPI 3.1 schema: {err}"))?;
        Ok(Self { validator })
    }

    /// Check 1: every place where `spec` does not match the OpenAPI 3.1 schema.
    pub fn check(&self, spec: &Spec) -> Vec<Problem> {
        self.validator
            .iter_errors(&spec.doc)
            .map(|err| {
                let mut message = err.to_string();
                if message.len() > MAX_MESSAGE {
                    let cut = (0..=MAX_MESSAGE)
                        .rev()
                        .find(|&i| message.is_char_boundary(i))
                        .unwrap_or(0);
                    message.truncate(cut);
                    message.push_str("...");
                }
                Problem::new(
                    spec,
                    err.instance_path().as_str(),
                    format!("not valid OpenAPI 3.1: {message}"),
                )
            })
            .collect()
    }
}
