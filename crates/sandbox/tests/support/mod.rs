//! What the sandbox's tests share: the specs as JSON, and validators for their schemas
//! (jsonschema with the spec registered as a resource, formats as annotations as in OpenAPI 3.1).

#![allow(dead_code)]

use jsonschema::{Draft, Registry, Validator};
use serde_json::{Value, json};

/// One spec, loaded from `specs/<name>.yaml`.
pub struct Spec {
    /// The provider's name (`groupsio`).
    pub name: &'static str,
    /// The document as JSON.
    pub doc: Value,
}

/// The four specs, in the sandbox's provider order, read from `specs/`.
pub fn specs() -> Vec<Spec> {
    let dir = groupkit_spec::specs_dir();
    groupkit_sandbox::PROVIDERS
        .iter()
        .map(|name| {
            let path = dir.join(format!("{name}.yaml"));
            let doc =
                groupkit_spec::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Spec { name, doc }
        })
        .collect()
}

impl Spec {
    fn base(&self) -> String {
        format!("urn:groupkit:spec:{}", self.name)
    }

    /// The spec as a JSON Schema resource, for [`Spec::validator`].
    pub fn registry(&self) -> Registry<'_> {
        Registry::new()
            .add(
                self.base(),
                Draft::Draft202012.create_resource_ref(&self.doc),
            )
            .and_then(|builder| builder.prepare())
            .expect("the spec is a JSON Schema resource")
    }

    /// A validator for the schema at `pointer` in the document.
    pub fn validator(&self, registry: &Registry<'_>, pointer: &str) -> Validator {
        let target = json!({ "$ref": format!("{}#{}", self.base(), fragment(pointer)) });
        jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(registry)
            .offline()
            .should_validate_formats(false)
            .build(&target)
            .unwrap_or_else(|e| panic!("{}: {pointer} does not compile: {e}", self.name))
    }

    /// `value`, or what its `$ref` chain points to, with the pointer of what is returned.
    pub fn deref<'a>(&'a self, value: &'a Value, pointer: String) -> (&'a Value, String) {
        groupkit_spec::follow(&self.doc, value, pointer)
            .unwrap_or_else(|e| panic!("{}: {e}", self.name))
    }

    /// `value`, or what its `$ref` chain points to.
    pub fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        self.deref(value, String::new()).0
    }
}

/// A JSON Pointer as a URI fragment (percent-encoding what a fragment may not hold).
pub fn fragment(pointer: &str) -> String {
    let mut out = String::new();
    for byte in pointer.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
