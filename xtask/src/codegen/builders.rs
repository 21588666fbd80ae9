//! Builders of request models: `ContactUpsertRequest::builder().name("Bob").number("+1...")
//! .build()`.
//!
//! A model a request sends (a JSON body, an item of a body's list, the model of `.body(model)`)
//! is `#[non_exhaustive]`, so users build it with `new(required...)`, which it gets only when its
//! arguments cannot be swapped ([`super::models::has_new`]). The others get a typestate builder
//! shaped like the request builders (`operations.rs`): one type parameter per required field,
//! `groupkit_core::Missing` until its setter is called, and `build` only when none is missing,
//! so a forgotten field does not compile and two fields of one type cannot be swapped. Optional
//! fields are setters on the builder in any state; the map of properties the spec does not name
//! takes one property per call.

use std::fmt::Write;

use super::examples::setter_calls;
use super::models::has_new;
use super::naming::bare;
use super::operations::{argument, moved_fields, type_param};
use super::rust::doc;
use super::types::{Def, Field, Ty, Types};

/// Builder method names a field's setter must not take.
const RESERVED: &[&str] = &["build", "clone", "fmt"];

/// Whether the model `name` gets a builder: requests send it, and it has no `new`.
pub fn has_builder(types: &Types<'_>, name: &str) -> bool {
    types.sent.contains(name)
        && matches!(types.def(name).map(|d| &d.def), Some(Def::Struct(fields)) if !has_new(fields))
}

/// The name of a field's setter on a model builder (`set_build` for a field named `build`).
pub fn setter(field: &Field) -> String {
    if RESERVED.contains(&bare(&field.ident)) {
        format!("set_{}", bare(&field.ident))
    } else {
        field.ident.clone()
    }
}

/// A name in the models module that no model takes: `base`, else `base2`, ...
fn free_name(types: &Types<'_>, base: String) -> String {
    let mut name = base.clone();
    let mut n = 2;
    while types.def(&name).is_some() {
        name = format!("{base}{n}");
        n += 1;
    }
    name
}

/// `a`, `a and b`, `a, b and c`.
fn listed(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `Model::builder()` and the builder of model `model`, whose fields are `fields`.
pub fn emit(out: &mut String, types: &Types<'_>, crate_name: &str, model: &str, fields: &[Field]) {
    let builder = free_name(types, format!("{model}Builder"));
    let optional_name = free_name(types, format!("{builder}Optional"));
    let required: Vec<(&Field, String)> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| (f, type_param(&f.ident, &[model, &builder, &optional_name])))
        .collect();
    let optional: Vec<&Field> = fields.iter().filter(|f| !f.required).collect();
    // `Builder<A, B>` with `pick` choosing each required field's type.
    let with = |pick: &dyn Fn(usize, &Field, &str) -> String| -> String {
        let args: Vec<String> = required
            .iter()
            .enumerate()
            .map(|(n, (f, param))| pick(n, f, param))
            .collect();
        format!("{builder}<{}>", args.join(", "))
    };
    let generic = with(&|_, _, param| param.to_owned());
    let params: Vec<&str> = required.iter().map(|(_, p)| p.as_str()).collect();
    let names: Vec<String> = required
        .iter()
        .map(|(f, _)| format!("`{}`", bare(&setter(f))))
        .collect();
    let path = format!("{crate_name}::models::{model}");
    let calls = setter_calls(types, crate_name, fields, 0);
    let example = |calls: &[String]| {
        format!(
            "# fn main() -> Result<(), Box<dyn std::error::Error>> {{\nlet value = {path}::builder()\n    {}\n    .build();\nprintln!(\"{{value:?}}\");\n# Ok(())\n# }}",
            calls.join("\n    ")
        )
    };

    // `Model::builder()`, with an example that runs.
    let _ = writeln!(out, "impl {model} {{");
    out.push_str(&doc(
        &format!(
            "A builder of a `{model}`: set {} by name, then `build`; optional fields are setters too.\n\n```rust\n{}\n```",
            listed(&names),
            example(&calls)
        ),
        "    ",
    ));
    let missing = with(&|_, _, _| "groupkit_core::Missing".to_owned());
    let mut start: Vec<String> = required
        .iter()
        .map(|(f, _)| format!("{}: groupkit_core::Missing", f.ident))
        .collect();
    if !optional.is_empty() {
        start.push("optional: Default::default()".to_owned());
    }
    let _ = writeln!(
        out,
        "    #[inline]\n    pub fn builder() -> {missing} {{\n        {builder} {{ {} }}\n    }}\n}}\n",
        start.join(", ")
    );

    // The builder, and what it holds besides the required fields.
    let mut text = format!(
        "Builds a [`crate::models::{model}`]; made by [`crate::models::{model}::builder`].\n\nEach type parameter is a required field set by name: `groupkit_core::Missing` until its setter is called, then the field's type. `build` needs them all, so a forgotten one is a compile error that shows which; leaving out {} does not compile:",
        names.last().map_or("", String::as_str)
    );
    // The failing example is the running one without its last setter, so it fails for that
    // reason only (stable rustdoc does not check a `compile_fail` block's error code).
    let _ = write!(
        text,
        "\n\n```compile_fail\n{}\n```",
        example(&calls[..calls.len().saturating_sub(1)])
    );
    out.push_str(&doc(&text, ""));
    // No defaults on the parameters, as for the request builders: rustc's message about a
    // forgotten field then shows every `Missing`.
    let _ = writeln!(
        out,
        "#[derive(Clone, Debug)]\n#[must_use = \"a builder does nothing until it is built\"]\npub struct {generic} {{"
    );
    for (f, param) in &required {
        let _ = writeln!(out, "    {}: {param},", f.ident);
    }
    if !optional.is_empty() {
        let _ = writeln!(out, "    optional: {optional_name},");
    }
    out.push_str("}\n\n");
    if !optional.is_empty() {
        let _ = writeln!(
            out,
            "/// The optional fields a [`{builder}`] holds.\n#[derive(Clone, Debug, Default)]\nstruct {optional_name} {{"
        );
        for f in &optional {
            let _ = writeln!(out, "    {}: {},", f.ident, f.ty.render());
        }
        out.push_str("}\n\n");
    }

    // Required fields: each setter moves the builder to the state where its field is set.
    for (n, (f, _)) in required.iter().enumerate() {
        let from = with(&|m, _, param| {
            if m == n {
                "groupkit_core::Missing".to_owned()
            } else {
                param.to_owned()
            }
        });
        let to = with(&|m, f, param| {
            if m == n {
                f.ty.render()
            } else {
                param.to_owned()
            }
        });
        let (arg, conv) = argument(&f.ty);
        let mut moved = moved_fields(required.iter().map(|(f, _)| f.ident.as_str()), n, conv);
        if !optional.is_empty() {
            moved.push("optional: self.optional".to_owned());
        }
        let others: Vec<&str> = params
            .iter()
            .enumerate()
            .filter(|(m, _)| *m != n)
            .map(|(_, p)| *p)
            .collect();
        let generics = if others.is_empty() {
            String::new()
        } else {
            format!("<{}>", others.join(", "))
        };
        let _ = writeln!(out, "impl{generics} {from} {{");
        out.push_str(&doc(&f.doc, "    "));
        let _ = writeln!(
            out,
            "    #[inline]\n    pub fn {}(self, value: {arg}) -> {to} {{\n        {builder} {{ {} }}\n    }}\n}}\n",
            setter(f),
            moved.join(", ")
        );
    }

    // Optional fields, in any state; the complete builder's `build`.
    let generics = format!("<{}>", params.join(", "));
    if !optional.is_empty() {
        let _ = writeln!(out, "impl{generics} {generic} {{");
        for f in &optional {
            if f.flatten {
                out.push_str(&doc(
                    "Adds a property the spec does not name, sent as given; a key set twice keeps the last value.",
                    "    ",
                ));
                let value = match &f.ty {
                    Ty::Map(inner) => inner.render(),
                    other => other.render(),
                };
                let _ = writeln!(
                    out,
                    "    #[inline]\n    pub fn {}(mut self, key: impl Into<String>, value: impl Into<{value}>) -> Self {{\n        self.optional.{}.insert(key.into(), value.into());\n        self\n    }}\n",
                    setter(f),
                    f.ident
                );
            } else {
                out.push_str(&doc(&f.doc, "    "));
                let (arg, conv) = argument(f.ty.required());
                let _ = writeln!(
                    out,
                    "    #[inline]\n    pub fn {}(mut self, value: {arg}) -> Self {{\n        self.optional.{} = Some(value{conv});\n        self\n    }}\n",
                    setter(f),
                    f.ident
                );
            }
        }
        out.push_str("}\n\n");
    }
    let complete = with(&|_, f, _| f.ty.render());
    let values: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.required {
                format!("{0}: self.{0}", f.ident)
            } else {
                format!("{0}: self.optional.{0}", f.ident)
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "impl {complete} {{\n    /// The `{model}`, every required field set.\n    #[inline]\n    pub fn build(self) -> {model} {{\n        {model} {{ {} }}\n    }}\n}}\n",
        values.join(", ")
    );
}
