//! The generator against the real specs: every value it makes for a component schema or a
//! request/response body validates against that schema (checked with `jsonschema`, formats as
//! annotations, as in OpenAPI 3.1), and generation is deterministic.

#![allow(clippy::unwrap_used)]

use groupkit_sandbox::data::Generator;
use groupkit_sandbox::rng::Rng;
use groupkit_spec::{escape_token, pointer_of};
use serde_json::{Map, Value, json};
use support::{Spec, specs};

mod support;

/// Values generated per schema.
const SEEDS: u64 = 20;

impl Spec {
    /// Pointers to the schema of every success response and every request body of every
    /// operation (paths and webhooks), `$ref`'d responses and bodies followed.
    fn body_schemas(&self) -> Vec<String> {
        let mut found = Vec::new();
        let ops = groupkit_spec::operations(&self.doc);
        for op in ops
            .iter()
            .chain(&groupkit_spec::webhook_operations(&self.doc))
        {
            let op_pointer = &op.pointer;
            let mut holders = Vec::new();
            if let Some(body) = op.get("requestBody") {
                holders.push(self.deref(body, format!("{op_pointer}/requestBody")));
            }
            for (status, response) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if status.starts_with('2') {
                    let at = format!("{op_pointer}/responses/{}", escape_token(status));
                    holders.push(self.deref(response, at));
                }
            }
            for (holder, at) in holders {
                for (media, object) in holder
                    .get("content")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    if object.get("schema").is_some() {
                        found.push(format!("{at}/content/{}/schema", escape_token(media)));
                    }
                }
            }
        }
        found.sort();
        found.dedup();
        found
    }
}

/// Generates [`SEEDS`] values for the schema at each pointer and validates them; returns the
/// failures, described.
fn check(spec: &Spec, pointers: &[String], object: bool) -> Vec<String> {
    let registry = spec.registry();
    let generator = Generator::new(&spec.doc);
    let mut failures = Vec::new();
    for at in pointers {
        let validator = spec.validator(&registry, at);
        let schema = json!({ "$ref": format!("#{at}") });
        for seed in 0..SEEDS {
            let mut rng = Rng::new(seed).derive(at);
            let value = if object {
                generator.object(&schema, &mut rng, &Map::new())
            } else {
                generator.value(&schema, &mut rng, None)
            };
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .take(3)
                .map(|err| format!("at `{}`: {err}", err.instance_path()))
                .collect();
            if !errors.is_empty() {
                failures.push(format!(
                    "{}: {at} (seed {seed}): {}\n  value: {value}",
                    spec.name,
                    errors.join("; ")
                ));
            }
        }
    }
    failures
}

fn component_schemas(spec: &Spec) -> Vec<String> {
    let schemas = spec
        .doc
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    schemas
        .into_iter()
        .flatten()
        .map(|(name, _)| pointer_of(&["components", "schemas", name]))
        .collect()
}

fn assert_none(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} generated values do not validate:\n{}",
        failures.len(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_component_schema_gets_valid_values() {
    let mut failures = Vec::new();
    let mut total = 0;
    for spec in specs() {
        let pointers = component_schemas(&spec);
        total += pointers.len();
        failures.extend(check(&spec, &pointers, false));
    }
    eprintln!("component schemas checked: {total} (x{SEEDS} seeds)");
    assert!(total > 100, "only {total} component schemas found");
    assert_none(&failures);
}

#[test]
fn every_object_component_schema_gets_valid_objects() {
    let mut failures = Vec::new();
    let mut total = 0;
    for spec in specs() {
        let generator = Generator::new(&spec.doc);
        // The object schemas: the ones whose generated values are objects.
        let pointers: Vec<String> = component_schemas(&spec)
            .into_iter()
            .filter(|at| {
                let schema = json!({ "$ref": format!("#{at}") });
                (0..5).all(|seed| {
                    generator
                        .value(&schema, &mut Rng::new(seed), None)
                        .is_object()
                })
            })
            .collect();
        total += pointers.len();
        failures.extend(check(&spec, &pointers, true));
    }
    eprintln!("object component schemas checked with `object`: {total} (x{SEEDS} seeds)");
    assert_none(&failures);
}

#[test]
fn every_request_and_success_response_body_gets_valid_values() {
    let mut failures = Vec::new();
    let mut total = 0;
    for spec in specs() {
        let pointers = spec.body_schemas();
        total += pointers.len();
        failures.extend(check(&spec, &pointers, false));
    }
    eprintln!("request and success response body schemas checked: {total} (x{SEEDS} seeds)");
    assert!(total > 100, "only {total} body schemas found");
    assert_none(&failures);
}

#[test]
fn same_seed_same_values_and_different_seeds_differ() {
    for spec in specs() {
        let generator = Generator::new(&spec.doc);
        for at in component_schemas(&spec) {
            let schema = json!({ "$ref": format!("#{at}") });
            let make = |seed: u64| {
                generator
                    .value(&schema, &mut Rng::new(seed), None)
                    .to_string()
            };
            assert_eq!(make(7), make(7), "{}: {at}", spec.name);
            // Only a schema with a single possible value (a one-value enum) may not vary.
            let resolved = spec.doc.pointer(&at).expect("the schema exists");
            let single = resolved
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|e| e.len() == 1);
            let varies = (1..10).any(|seed| make(seed) != make(0));
            assert!(
                varies || single,
                "{}: {at} gives the same value for every seed",
                spec.name
            );
        }
    }
}

#[test]
fn the_validators_do_reject_wrong_values() {
    let spec = specs()
        .into_iter()
        .find(|s| s.name == "groupsio")
        .expect("groupsio.yaml");
    let registry = spec.registry();
    let validator = spec.validator(&registry, "/components/schemas/ListEnvelope");
    let generator = Generator::new(&spec.doc);
    let good = generator.value(
        &json!({ "$ref": "#/components/schemas/ListEnvelope" }),
        &mut Rng::new(1),
        None,
    );
    assert!(validator.is_valid(&good));
    let mut missing = good.clone();
    missing
        .as_object_mut()
        .expect("an object")
        .remove("has_more");
    assert!(!validator.is_valid(&missing));
    assert!(!validator.is_valid(&json!(1)));
    let mut wrong = good;
    wrong["total_count"] = json!("many");
    assert!(!validator.is_valid(&wrong));
}

#[test]
fn derived_streams_do_not_depend_on_what_came_before() {
    let spec = specs()
        .into_iter()
        .find(|s| s.name == "groupsio")
        .expect("groupsio.yaml");
    let generator = Generator::new(&spec.doc);
    let schema = json!({ "$ref": "#/components/schemas/Group" });
    let root = Rng::new(3).derive("groups");
    let item = |n: u64| generator.value(&schema, &mut root.derive(&n.to_string()), None);
    let alone = item(5);
    let in_order: Vec<Value> = (0..10).map(item).collect();
    assert_eq!(in_order[5], alone);
    assert_ne!(in_order[4], alone);
}

#[test]
fn overrides_are_set_as_given() {
    let spec = specs()
        .into_iter()
        .find(|s| s.name == "groupsio")
        .expect("groupsio.yaml");
    let generator = Generator::new(&spec.doc);
    let schema = json!({ "$ref": "#/components/schemas/Group" });
    let mut overrides = Map::new();
    overrides.insert("id".to_owned(), json!(42));
    overrides.insert("not_in_schema".to_owned(), json!("kept"));
    for seed in 0..10 {
        let group = generator.object(&schema, &mut Rng::new(seed), &overrides);
        assert_eq!(group["id"], 42);
        assert_eq!(group["not_in_schema"], "kept");
    }
}

/// [`SEEDS`]×10 values of `schema` (an inline schema, no document) for seeds `0..`.
fn sample(schema: Value, hint: Option<&str>) -> Vec<Value> {
    let doc = json!({});
    let generator = Generator::new(&doc);
    (0..SEEDS * 10)
        .map(|seed| generator.value(&schema, &mut Rng::new(seed), hint))
        .collect()
}

#[test]
fn realistic_values_by_hint_and_format() {
    for value in sample(json!({"type": "string"}), Some("email")) {
        let text = value.as_str().expect("a string");
        assert!(
            text.ends_with("@example.com") && text.contains('.'),
            "{text}"
        );
    }
    for value in sample(
        json!({"type": "string", "format": "date-time"}),
        Some("created"),
    ) {
        let text = value.as_str().expect("a string");
        let year: i32 = text[..4].parse().expect("a year");
        assert!((2018..=2025).contains(&year), "{text}");
        assert_eq!(text.len(), 20, "{text}");
        assert!(text.ends_with('Z') && &text[10..11] == "T", "{text}");
    }
    for value in sample(
        json!({"type": "string", "format": "uri"}),
        Some("profile_url"),
    ) {
        assert!(
            value
                .as_str()
                .expect("a string")
                .starts_with("https://example.com/")
        );
    }
    for value in sample(json!({"type": "integer"}), Some("group_id")) {
        assert!((1..=100_000).contains(&value.as_i64().expect("an integer")));
    }
    let names = sample(json!({"type": "string"}), Some("full_name"));
    assert!(
        names
            .iter()
            .all(|n| n.as_str().expect("a string").contains(' '))
    );
}

#[test]
fn uint64_sometimes_exceeds_two_to_the_53() {
    let values = sample(
        json!({"type": "integer", "format": "uint64", "minimum": 0}),
        None,
    );
    let big = values
        .iter()
        .filter(|v| v.as_u64().is_some_and(|n| n > 1 << 53))
        .count();
    assert!(big > 0 && big < values.len(), "{big} of {}", values.len());
    assert!(values.iter().all(|v| v.as_u64().is_some()));
}

#[test]
fn nullable_and_optional_frequencies() {
    let values = sample(json!({"type": ["string", "null"]}), None);
    let nulls = values.iter().filter(|v| v.is_null()).count();
    assert!(
        (5..=40).contains(&nulls),
        "{nulls} nulls of {}",
        values.len()
    );
    let schema = json!({
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}
    });
    let values = sample(schema, None);
    assert!(values.iter().all(|v| v.get("a").is_some()));
    let with_b = values.iter().filter(|v| v.get("b").is_some()).count();
    assert!(
        (130..=190).contains(&with_b),
        "{with_b} of {}",
        values.len()
    );
}

#[test]
fn string_and_array_limits() {
    let schema = json!({"type": "string", "minLength": 5, "maxLength": 8});
    for value in sample(schema, Some("description")) {
        let len = value.as_str().expect("a string").chars().count();
        assert!((5..=8).contains(&len), "{value}");
    }
    let schema =
        json!({"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "boolean"}});
    for value in sample(schema, None) {
        assert!(
            (2..=3).contains(&value.as_array().expect("an array").len()),
            "{value}"
        );
    }
    let schema = json!({"type": "string", "pattern": r"^\d+:[0-5]\d:[0-5]\d$"});
    for value in sample(schema, Some("timeLeft")) {
        let text = value.as_str().expect("a string");
        let parts: Vec<&str> = text.split(':').collect();
        assert_eq!(parts.len(), 3, "{text}");
        assert!(
            parts[1] < "60" && parts[2] < "60" && parts[1].len() == 2,
            "{text}"
        );
    }
}
