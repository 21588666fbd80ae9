//! Test support for groupkit's crates: each operation's documented examples, read from
//! `specs/<provider>.yaml`, so that tests serve exactly what the specs promise.

use serde_json::Value;

/// One provider's spec as JSON.
#[derive(Debug, Clone)]
pub struct Spec {
    doc: Value,
}

/// A documented response: its status and body.
#[derive(Debug, Clone)]
pub struct Example {
    /// The HTTP status it illustrates.
    pub status: u16,
    /// The example's name in the spec.
    pub name: String,
    /// The body.
    pub body: Value,
}

impl Spec {
    /// Loads `specs/<provider>.yaml` from the workspace.
    pub fn load(provider: &str) -> Spec {
        let path = groupkit_spec::specs_dir().join(format!("{provider}.yaml"));
        let doc = groupkit_spec::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Spec { doc }
    }

    /// The operation whose `x-groupkit-name` is `name`: `(method, path, operation object)`.
    pub fn operation(&self, name: &str) -> (String, String, &Value) {
        groupkit_spec::operations(&self.doc)
            .into_iter()
            .find(|op| op.name() == Some(name))
            .and_then(|op| {
                let object = self.doc.pointer(&op.pointer)?;
                Some((op.method.to_uppercase(), op.path.to_owned(), object))
            })
            .unwrap_or_else(|| panic!("no operation named {name}"))
    }

    /// Every example of the operation's responses, success first, in status order.
    pub fn response_examples(&self, name: &str) -> Vec<Example> {
        let (_, _, op) = self.operation(name);
        let mut examples = Vec::new();
        for (status, response) in op["responses"].as_object().into_iter().flatten() {
            let response = self.deref(response);
            for media in response
                .get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(_, m)| m)
            {
                for (example_name, example) in media
                    .get("examples")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let example = self.deref(example);
                    // `default` (any other status) is never a success.
                    let status = status.parse().unwrap_or(0);
                    examples.push(Example {
                        status,
                        name: example_name.clone(),
                        body: example.get("value").cloned().unwrap_or(Value::Null),
                    });
                }
            }
        }
        examples
    }

    /// The first success example of the operation, if the spec has one.
    pub fn success_example(&self, name: &str) -> Option<Example> {
        self.response_examples(name)
            .into_iter()
            .find(|e| (200..300).contains(&e.status))
    }

    /// Every example of a component schema's webhook or request body, by `$ref`-free pointer.
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        self.doc.pointer(pointer)
    }

    fn deref<'a>(&'a self, value: &'a Value) -> &'a Value {
        groupkit_spec::deref_lenient(&self.doc, value)
    }
}
