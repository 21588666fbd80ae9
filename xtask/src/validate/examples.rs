//! Check 3: every example of a request or response body validates against its media type's schema.

use jsonschema::{Draft, Registry, Validator};
use serde_json::{Map, Value, json};

use super::Problem;
use crate::spec::{self, Spec};

/// Errors listed per example; the first few say what is wrong, the rest is noise.
const MAX_ERRORS: usize = 5;

/// Check 3: validates each example (`example`, and `value` of each entry of `examples`) of every
/// media type under request bodies and responses of operations (paths and webhooks) and of
/// `components`, against that media type's `schema`. Returns how many examples were validated, and
/// the problems.
///
/// The document itself is registered as a JSON Schema resource (`urn:groupkit:spec:<name>`), so
/// the schema's `$ref`s resolve against the whole document. Formats are annotations only, as in
/// OpenAPI 3.1's default dialect.
pub fn check_examples(spec: &Spec) -> (usize, Vec<Problem>) {
    let (base, registry) = match document_registry(spec) {
        Ok(loaded) => loaded,
        Err(message) => return (0, vec![Problem::new(spec, "", message)]),
    };
    let mut checked = 0;
    let mut problems = Vec::new();
    for media in media_types(spec) {
        let examples = examples_of(spec, &media);
        if examples.is_empty() {
            continue;
        }
        let Some(schema) = media.object.get("schema") else {
            let at = spec::pointer_push(&media.pointer, "schema");
            problems.push(Problem::new(
                spec,
                at,
                "media type has examples but no schema",
            ));
            continue;
        };
        // A boolean schema cannot be a `$ref` target with a fragment we can build; validate inline.
        let target = match schema {
            Value::Bool(_) => schema.clone(),
            _ => json!({ "$ref": format!("{base}#{}", fragment(&media.pointer) + "/schema") }),
        };
        let validator = match validator_for(&registry, &target) {
            Ok(validator) => validator,
            Err(err) => {
                let at = spec::pointer_push(&media.pointer, "schema");
                problems.push(Problem::new(
                    spec,
                    at,
                    format!("schema does not compile: {err}"),
                ));
                continue;
            }
        };
        for (pointer, value) in examples {
            checked += 1;
            let errors: Vec<String> = validator
                .iter_errors(value)
                .take(MAX_ERRORS)
                .map(|err| format!("at `{}`: {err}", err.instance_path()))
                .collect();
            if !errors.is_empty() {
                let message = format!("example does not match its schema: {}", errors.join("; "));
                problems.push(Problem::new(spec, pointer, message));
            }
        }
    }
    (checked, problems)
}

/// The document registered as a JSON Schema resource, and the base URI it is registered under
/// (`urn:groupkit:spec:<name>`): a schema `{"$ref": "<base>#<pointer>"}` then resolves every `$ref`
/// against the whole document.
pub(super) fn document_registry(spec: &Spec) -> Result<(String, Registry<'_>), String> {
    let base = format!("urn:groupkit:spec:{}", spec.name);
    Registry::new()
        .add(&base, Draft::Draft202012.create_resource_ref(&spec.doc))
        .and_then(|builder| builder.prepare())
        .map(|registry| (base, registry))
        .map_err(|err| format!("cannot load the document as a JSON Schema resource: {err}"))
}

/// A validator for `schema` (usually a `$ref` into the registered document): draft 2020-12,
/// offline, formats as annotations only (OpenAPI 3.1's default dialect).
pub(super) fn validator_for(registry: &Registry<'_>, schema: &Value) -> Result<Validator, String> {
    jsonschema::options()
        .with_draft(Draft::Draft202012)
        .with_registry(registry)
        .offline()
        .should_validate_formats(false)
        .build(schema)
        .map_err(|err| err.to_string())
}

/// A Media Type Object and where it is.
struct MediaType<'a> {
    object: &'a Map<String, Value>,
    pointer: String,
}

/// Every Media Type Object under request bodies and responses, each once: bodies and responses
/// given as `$ref` are skipped where referenced and visited where defined (`components`).
fn media_types(spec: &Spec) -> Vec<MediaType<'_>> {
    let mut holders: Vec<(&Value, String)> = Vec::new();
    for op in spec
        .operations()
        .into_iter()
        .chain(spec.webhook_operations())
    {
        if let Some(body) = op.get("requestBody") {
            holders.push((body, spec::pointer_push(&op.pointer, "requestBody")));
        }
        if let Some(responses) = op.get("responses").and_then(Value::as_object) {
            let base = spec::pointer_push(&op.pointer, "responses");
            for (status, response) in responses {
                holders.push((response, spec::pointer_push(&base, status)));
            }
        }
    }
    for kind in ["requestBodies", "responses"] {
        let base = spec::pointer_of(&["components", kind]);
        if let Some(map) = spec.doc.pointer(&base).and_then(Value::as_object) {
            for (name, holder) in map {
                holders.push((holder, spec::pointer_push(&base, name)));
            }
        }
    }
    let mut found = Vec::new();
    for (holder, pointer) in holders {
        if holder.get("$ref").is_some() {
            continue;
        }
        let Some(content) = holder.get("content").and_then(Value::as_object) else {
            continue;
        };
        let base = spec::pointer_push(&pointer, "content");
        for (media_type, object) in content {
            if let Some(object) = object.as_object() {
                let pointer = spec::pointer_push(&base, media_type);
                found.push(MediaType { object, pointer });
            }
        }
    }
    found
}

/// The example values of a media type with their pointers. Example Objects given as `$ref` are
/// followed (a broken one is the `$ref` check's to report); `externalValue` ones are skipped.
fn examples_of<'a>(spec: &'a Spec, media: &MediaType<'a>) -> Vec<(String, &'a Value)> {
    let mut found = Vec::new();
    if let Some(value) = media.object.get("example") {
        found.push((spec::pointer_push(&media.pointer, "example"), value));
    }
    if let Some(examples) = media.object.get("examples").and_then(Value::as_object) {
        let base = spec::pointer_push(&media.pointer, "examples");
        for (name, example) in examples {
            let at = spec::pointer_push(&base, name);
            // A referenced example is reported where it is used: that names the schema it broke.
            let at = match example.get("$ref") {
                Some(_) => at,
                None => spec::pointer_push(&at, "value"),
            };
            let Ok(example) = spec.deref(example) else {
                continue;
            };
            if let Some(value) = example.get("value") {
                found.push((at, value));
            }
        }
    }
    found
}

/// A JSON Pointer as a URI fragment: characters a fragment may not hold (`{`, `}`, space, `%`,
/// non-ASCII) are percent-encoded; the resolver decodes them again.
pub(super) fn fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for byte in pointer.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte);
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
