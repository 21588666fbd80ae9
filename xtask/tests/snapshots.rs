//! Snapshots of the generated code for `tests/fixtures/shapes.yaml`, a small document with every
//! shape the generator knows: any change to the generated Rust shows here as a diff to review.
//!
//! After a deliberate change, review and accept the new snapshots with `cargo insta review`, or
//! write them with `INSTA_UPDATE=always cargo test -p xtask --test snapshots` and read the diff.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use serde_json::json;
use xtask::codegen;
use xtask::spec::Spec;
use xtask::validate::{self, OasValidator};

fn fixture() -> Spec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shapes.yaml");
    Spec::load(&path).unwrap()
}

fn generated(spec: &Spec, name: &str) -> String {
    let files = codegen::generate(spec).unwrap_or_else(|e| panic!("{e}"));
    files.into_iter().find(|(n, _)| *n == name).unwrap().1
}

#[test]
fn mod_rs() {
    insta::assert_snapshot!("mod.rs", generated(&fixture(), "mod.rs"));
}

#[test]
fn client_rs() {
    insta::assert_snapshot!("client.rs", generated(&fixture(), "client.rs"));
}

/// `bearer` makes the builder method `raw_key` makes (`api_key`), so it has a document of its own:
/// the fixture with only that scheme.
#[test]
fn client_rs_with_bearer() {
    let mut spec = fixture();
    spec.doc["x-groupkit-auth"] = json!([{ "scheme": "bearer" }]);
    insta::assert_snapshot!("client_bearer.rs", generated(&spec, "client.rs"));
}

#[test]
fn ids_rs() {
    insta::assert_snapshot!("ids.rs", generated(&fixture(), "ids.rs"));
}

#[test]
fn models_rs() {
    insta::assert_snapshot!("models.rs", generated(&fixture(), "models.rs"));
}

#[test]
fn operations_rs() {
    insta::assert_snapshot!("operations.rs", generated(&fixture(), "operations.rs"));
}

#[test]
fn snapshots_are_deterministic() {
    let spec = fixture();
    assert_eq!(
        codegen::generate(&spec).unwrap(),
        codegen::generate(&fixture()).unwrap()
    );
}

/// The fixture follows the house conventions: every check of `validate-specs` passes but the
/// operation count (the fixture is no provider).
#[test]
fn fixture_passes_the_validator() {
    let spec = fixture();
    let oas = OasValidator::new().unwrap();
    let mut problems = oas.check(&spec);
    problems.extend(validate::check_refs(&spec));
    let (examples, example_problems) = validate::check_examples(&spec);
    problems.extend(example_problems);
    problems.extend(validate::check_names(&spec));
    problems.extend(validate::check_pagination(&spec));
    problems.extend(validate::check_root(&spec));
    problems.extend(validate::check_conventions(&spec));
    problems.extend(validate::check_sandbox(&spec));
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(examples, 0);
}
