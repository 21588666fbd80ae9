//! The workspace's own specs through this crate: each loads, with the operations the SDK covers.

use groupkit_spec::{PROVIDERS, deref, operations, read, specs_dir};
use serde_json::Value;

/// Operations (under `paths`) per provider.
const EXPECTED: [(&str, usize); 4] = [
    ("groupboss", 11),
    ("groupsio", 88),
    ("sendhub", 28),
    ("habitate", 28),
];

fn load(provider: &str) -> Value {
    let path = specs_dir().join(format!("{provider}.yaml"));
    read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn every_spec_loads_with_its_operation_count() {
    let counts: Vec<(&str, usize)> = PROVIDERS
        .iter()
        .map(|&provider| (provider, operations(&load(provider)).len()))
        .collect();
    assert_eq!(counts, EXPECTED);
}

#[test]
fn every_operation_pointer_and_parameter_resolves() {
    for provider in PROVIDERS {
        let doc = load(provider);
        for op in operations(&doc) {
            let at = doc.pointer(&op.pointer).and_then(Value::as_object);
            assert_eq!(at, Some(op.op), "{provider}: {}", op.pointer);
            for param in op.parameters(&doc) {
                let listed = doc.pointer(&param.pointer).expect("listed");
                let resolved = deref(&doc, listed).ok().and_then(Value::as_object);
                assert_eq!(
                    resolved,
                    Some(param.object),
                    "{provider}: {}",
                    param.pointer
                );
            }
        }
    }
}

#[cfg(feature = "embedded")]
#[test]
fn the_embedded_specs_are_the_files() {
    for ((name, source), provider) in groupkit_spec::EMBEDDED.iter().zip(PROVIDERS) {
        assert_eq!(*name, provider);
        let file = std::fs::read_to_string(specs_dir().join(format!("{name}.yaml")));
        assert_eq!(file.ok().as_deref(), Some(*source), "{name}");
    }
}
