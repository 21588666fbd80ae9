//! The operations module: a request builder per operation and a method per operation on the
//! provider's `Client`.
//!
//! How each input is given (positional, named, optional) is decided in `inputs.rs`. The
//! builder holds the values; a builder with named required values carries one type parameter
//! per value, `groupkit_core::Missing` until its setter is called, and only the complete
//! builder has `into_request`, `send` and, for lists, `paginator`, `pages` and `items`.
//!
//! Every generated function is `#[inline]`: rustc then compiles it in the crate that calls it,
//! and only if it is called, so a user of three operations does not wait for the other
//! seventy to be compiled (`cargo xtask build-cost` measures it).

use std::fmt::Write;

use serde_json::Value;

use super::examples::example;
use super::inputs::{self, Input, Inputs, Location, Selector, Shape};
use super::listing;
use super::naming::{bare, pascal, snake};
use super::rust::doc;
use super::types::{Def, Ty, Types, doc_of};
use crate::spec::{Operation, Spec};

/// What `send` returns.
pub enum Output {
    /// A decoded JSON body.
    Json(Ty),
    /// Nothing worth decoding.
    Empty,
    /// A streamed binary body.
    Stream,
}

struct Pagination {
    style: String,
    item: Ty,
    /// The response model (`()` for a bare array), and the parameters the paginator sets.
    envelope: String,
    owned: Vec<String>,
}

/// Builder method names an input must not take.
const RESERVED: &[&str] = &[
    "send",
    "pages",
    "items",
    "paginator",
    "items_with_position",
    "into_request",
    "client",
    "body",
];

/// Type parameter names that would hide a type or trait the builder's code names.
const HIDDEN: &[&str] = &[
    "String",
    "Vec",
    "Option",
    "Self",
    "Some",
    "Result",
    "Box",
    "Into",
    "IntoIterator",
    "Default",
];

/// The fields of a typestate builder moved into its next state by the setter of field `n`:
/// that one takes the setter's `value` (converted by `conv`), the others are carried over.
pub fn moved_fields<'a>(
    idents: impl Iterator<Item = &'a str>,
    n: usize,
    conv: &str,
) -> Vec<String> {
    idents
        .enumerate()
        .map(|(m, ident)| {
            if m == n {
                format!("{ident}: value{conv}")
            } else {
                format!("{ident}: self.{ident}")
            }
        })
        .collect()
}

/// The type parameter that tracks the required value `ident` in a typestate builder
/// (`headline` → `Headline`), kept clear of the types the builder's code names (`taken`: the
/// builder's own).
pub fn type_param(ident: &str, taken: &[&str]) -> String {
    let mut param = pascal(bare(ident));
    if HIDDEN.contains(&param.as_str()) || taken.contains(&param.as_str()) {
        param.push_str("Value");
    }
    param
}

/// The source of `operations.rs`, and the one-of selectors its operations take.
pub fn emit(types: &mut Types<'_>, crate_name: &str) -> Result<(String, Vec<Selector>), String> {
    let spec = types.spec();
    let mut ops = spec.operations();
    ops.sort_by_key(|op| op.name().unwrap_or_default().to_owned());
    let mut out = String::from(
        "//! Operations: one request builder per endpoint.\n//!\n//! Every function is `#[inline]`, so that it is compiled only in a crate that calls it.\n\n",
    );
    let mut methods = String::new();
    let mut selectors: Vec<Selector> = Vec::new();
    for op in &ops {
        let found = emit_operation(types, spec, op, crate_name, &mut out, &mut methods)?;
        for selector in found {
            let shape = |s: &Selector| -> Vec<(String, String)> {
                s.variants
                    .iter()
                    .map(|(v, i)| (v.clone(), i.ty.render()))
                    .collect()
            };
            match selectors.iter().find(|s| s.type_name == selector.type_name) {
                Some(known) if shape(known) != shape(&selector) => {
                    return Err(format!(
                        "{}: one-of `{}` has other variants than elsewhere",
                        op.pointer, selector.type_name
                    ));
                }
                Some(_) => {}
                None => selectors.push(selector),
            }
        }
    }
    let _ = writeln!(out, "impl crate::Client {{\n{methods}}}");
    selectors.sort_by(|a, b| a.type_name.cmp(&b.type_name));
    Ok((out, selectors))
}

/// The parts of one builder, as text, shared by the emitting functions.
struct Builder<'a> {
    /// `CreatePost`.
    name: String,
    inputs: &'a Inputs,
    /// The named required inputs with their type parameter names.
    named: Vec<(&'a Input, String)>,
    /// How code reaches a stored (non-named) value: `self.inputs` or `self`.
    store: &'static str,
}

impl Builder<'_> {
    fn typestate(&self) -> bool {
        !self.named.is_empty()
    }

    /// The optional JSON body fields a caller may clear (their schema allows `null`): each has
    /// a `clear_` setter, and the builder keeps which were cleared in `nulls`.
    fn clearable(&self) -> impl Iterator<Item = &Input> {
        self.inputs
            .shaped(Shape::Optional)
            .filter(|i| i.location == Location::JsonField && i.nullable)
    }

    /// `CreatePost<A, B>` with `pick` choosing each named value's type.
    fn with(&self, pick: impl Fn(usize, &Input, &str) -> String) -> String {
        if self.named.is_empty() {
            return self.name.clone();
        }
        let args: Vec<String> = self
            .named
            .iter()
            .enumerate()
            .map(|(n, (input, param))| pick(n, input, param))
            .collect();
        format!("{}<{}>", self.name, args.join(", "))
    }

    /// The builder with every named value given.
    fn complete(&self) -> String {
        self.with(|_, input, _| input.ty.render())
    }

    /// The builder generic over every named value's state.
    fn generic(&self) -> String {
        self.with(|_, _, param| param.to_owned())
    }

    /// `impl<A, B>` for the generic builder, without the one at `skip`.
    fn impl_generics(&self, skip: Option<usize>) -> String {
        let params: Vec<&str> = self
            .named
            .iter()
            .enumerate()
            .filter(|(n, _)| Some(*n) != skip)
            .map(|(_, (_, p))| p.as_str())
            .collect();
        if params.is_empty() {
            String::new()
        } else {
            format!("<{}>", params.join(", "))
        }
    }

    /// The expression of a stored or named value inside a `self` method.
    fn value(&self, input: &Input) -> String {
        if input.shape == Shape::Named {
            format!("self.{}", input.ident)
        } else {
            format!("{}.{}", self.store, input.ident)
        }
    }
}

fn emit_operation(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    crate_name: &str,
    out: &mut String,
    methods: &mut String,
) -> Result<Vec<Selector>, String> {
    let name = op
        .name()
        .ok_or_else(|| format!("{} has no x-groupkit-name", op.pointer))?;
    let type_name = pascal(name);
    let pagination = pagination(types, spec, op, &type_name);
    // The paginator sets the page size and where the listing starts: no setters for them.
    let owned = pagination
        .as_ref()
        .map(|p| p.owned.clone())
        .unwrap_or_default();
    let inputs = inputs::collect(types, spec, op, &type_name, &owned)?;
    let output = output(types, spec, op, &type_name);
    let chosen = inputs
        .selectors
        .iter()
        .flat_map(|s| s.variants.iter().map(|(_, i)| i));
    let sent: Vec<Ty> = inputs
        .list
        .iter()
        .chain(chosen)
        .map(|i| i.ty.clone())
        .collect();
    for ty in sent
        .iter()
        .chain(inputs.json_struct.as_ref().map(|j| &j.ty))
    {
        types.mark_sent(ty);
    }
    if let Some(Ty::Named(request)) = inputs.json_struct.as_ref().map(|j| &j.ty)
        && let Some(Ty::Named(read)) = read_model(types, spec, op)
    {
        types.conversions.insert((request.clone(), read));
    }
    let method = op.method.to_uppercase();
    let summary = doc_of(&Value::Object(op.op.clone()), name);
    let signature = format!("`{method} {}`", op.path);
    let konst = snake(name).to_uppercase();

    let named: Vec<(&Input, String)> = inputs
        .shaped(Shape::Named)
        .map(|input| (input, type_param(&input.ident, &[&type_name])))
        .collect();
    let builder = Builder {
        store: if named.is_empty() {
            "self"
        } else {
            "self.inputs"
        },
        name: type_name.clone(),
        inputs: &inputs,
        named,
    };

    emit_constants(out, op, name, &konst, pagination.as_ref());
    emit_struct(out, &builder, &summary, &signature, name);
    emit_setters(out, &builder);
    // The complete builder: into_request, send, and the listing.
    let complete = builder.complete();
    if builder.typestate() {
        let _ = writeln!(out, "impl {complete} {{");
    }
    emit_into_request(out, types, &builder, &konst);
    emit_send(out, &output);
    if let Some(p) = &pagination {
        out.push_str(&listing::methods(
            &format!("{konst}_PAGINATION"),
            &p.item.render(),
            &p.envelope,
        ));
    }
    out.push_str("}\n\n");

    // The client method.
    let mut text = summary.clone();
    let description = op
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    if !description.is_empty() && description != summary {
        text.push_str("\n\n");
        text.push_str(description);
    }
    let _ = write!(text, "\n\n{signature}");
    match op.source() {
        Some("document") | None => {}
        Some("vendor-document") => {
            let _ = write!(
                text,
                " (from the provider's own API document, beyond the source document)"
            );
        }
        Some(source) => {
            let _ = write!(text, " (from `{source}`: not in the provider's document)");
        }
    }
    if builder.typestate() {
        let setters: Vec<String> = builder
            .named
            .iter()
            .map(|(i, _)| format!("`{}`", bare(&i.ident)))
            .collect();
        let _ = write!(
            text,
            "\n\nSet {} on the builder before sending: the request cannot be sent without them.",
            setters.join(", ")
        );
    }
    methods.push_str(&doc(&text, "    "));
    methods.push_str("    ///\n");
    methods.push_str(&doc(
        &example(
            types,
            crate_name,
            name,
            &inputs,
            &output,
            pagination.is_some(),
        ),
        "    ",
    ));
    emit_method(methods, &builder, name);
    Ok(inputs.selectors.clone())
}

fn emit_constants(
    out: &mut String,
    op: &Operation<'_>,
    name: &str,
    konst: &str,
    pagination: Option<&Pagination>,
) {
    let mut operation = format!(
        "groupkit_core::Operation::{}({name:?}, {:?})",
        op.method, op.path
    );
    if let Some(idempotent) = op.get("x-groupkit-idempotent").and_then(Value::as_bool) {
        let _ = write!(operation, ".idempotent({idempotent})");
    }
    let csrf = op
        .get("x-groupkit-csrf")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let _ = write!(operation, ".csrf({csrf})");
    if op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty)
    {
        operation.push_str(".without_auth()");
    }
    let _ = writeln!(
        out,
        "const {konst}: groupkit_core::Operation = {operation};\n"
    );
    if let Some(p) = pagination {
        let _ = writeln!(
            out,
            "const {konst}_PAGINATION: groupkit_core::Style = {};\n",
            p.style
        );
    }
}

/// The fields a builder stores (everything but the named values).
fn stored_fields(builder: &Builder<'_>) -> Vec<(String, String)> {
    let inputs = builder.inputs;
    let mut fields = vec![("client".to_owned(), "crate::Client".to_owned())];
    for selector in &inputs.selectors {
        let ty = format!("crate::ids::{}", selector.type_name);
        let ty = if selector.required {
            ty
        } else {
            format!("Option<{ty}>")
        };
        fields.push((selector.ident.clone(), ty));
    }
    for input in &inputs.list {
        match input.shape {
            Shape::Positional => fields.push((input.ident.clone(), input.ty.render())),
            Shape::Optional => {
                fields.push((input.ident.clone(), input.ty.clone().optional().render()))
            }
            Shape::Named | Shape::FromPath => {}
        }
    }
    for f in flattened(inputs) {
        fields.push((f.ident.clone(), f.ty.render()));
    }
    if builder.clearable().next().is_some() {
        fields.push(("nulls".to_owned(), "Vec<&'static str>".to_owned()));
    }
    fields
}

/// The JSON body's flattened fields: not set one by one, but kept from `.body(model)`.
fn flattened(inputs: &Inputs) -> impl Iterator<Item = &super::types::Field> {
    inputs
        .json_struct
        .iter()
        .flat_map(|s| s.fields.iter().filter(|f| f.flatten))
}

fn emit_struct(
    out: &mut String,
    builder: &Builder<'_>,
    summary: &str,
    signature: &str,
    name: &str,
) {
    let mut text = format!("{summary}\n\n{signature}; built by [`crate::Client::{name}`].");
    if builder.typestate() {
        text.push_str(
            "\n\nEach type parameter is a required value set by name: `groupkit_core::Missing` until its setter is called, then the value's type. `send` needs them all, so a forgotten one is a compile error that shows which (`no method named send found for ...<String, Missing>`).",
        );
    }
    out.push_str(&doc(&text, ""));
    let _ = writeln!(
        out,
        "#[derive(Clone, Debug)]\n#[must_use = \"a request does nothing until it is sent\"]"
    );
    let stored = stored_fields(builder);
    if !builder.typestate() {
        let _ = writeln!(out, "pub struct {} {{", builder.name);
        for (ident, ty) in &stored {
            let _ = writeln!(out, "    {ident}: {ty},");
        }
        out.push_str("}\n\n");
        return;
    }
    // No defaults on the parameters: rustc would leave default-valued ones out of its
    // messages, and a message about a forgotten value must show every `Missing`.
    let params = builder.generic();
    let _ = writeln!(
        out,
        "pub struct {params} {{\n    inputs: {}Inputs,",
        builder.name
    );
    for (input, param) in &builder.named {
        let _ = writeln!(out, "    {}: {param},", input.ident);
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "/// What a [`{}`] holds besides its named required values.\n#[derive(Clone, Debug)]\nstruct {}Inputs {{",
        builder.name, builder.name
    );
    for (ident, ty) in &stored {
        let _ = writeln!(out, "    {ident}: {ty},");
    }
    out.push_str("}\n\n");
}

/// How an argument of this type is taken, and the conversion applied to it.
pub fn argument(ty: &Ty) -> (String, &'static str) {
    let converts = |ty: &Ty| {
        matches!(
            ty,
            Ty::Str | Ty::Id | Ty::Secret | Ty::Named(_) | Ty::Entity(_)
        )
    };
    match ty {
        ty if converts(ty) => (format!("impl Into<{}>", ty.render()), ".into()"),
        // A list takes anything iterable of what converts: `.add([1, 2])`, `.authors(["a"])`.
        Ty::Vec(inner) if converts(inner) => (
            format!("impl IntoIterator<Item = impl Into<{}>>", inner.render()),
            ".into_iter().map(Into::into).collect()",
        ),
        other => (other.render(), ""),
    }
}

/// The name of the setter for an input; `body` is taken only where `.body(model)` exists.
pub fn setter(input: &Input, inputs: &Inputs) -> String {
    let reserved = RESERVED.contains(&bare(&input.ident))
        && (bare(&input.ident) != "body" || inputs.json_struct.is_some());
    if reserved {
        format!("set_{}", bare(&input.ident))
    } else {
        input.ident.clone()
    }
}

fn emit_setters(out: &mut String, builder: &Builder<'_>) {
    // Named required values: each setter moves the builder to the state where it is given.
    for (n, (input, _)) in builder.named.iter().enumerate() {
        let from = builder.with(|m, _, param| {
            if m == n {
                "groupkit_core::Missing".to_owned()
            } else {
                param.to_owned()
            }
        });
        let to = builder.with(|m, input, param| {
            if m == n {
                input.ty.render()
            } else {
                param.to_owned()
            }
        });
        let (arg, conv) = argument(&input.ty);
        let fields = moved_fields(builder.named.iter().map(|(f, _)| f.ident.as_str()), n, conv);
        let _ = writeln!(out, "impl{} {from} {{", builder.impl_generics(Some(n)));
        out.push_str(&doc(&input.doc, "    "));
        let _ = writeln!(
            out,
            "    #[inline]\n    pub fn {}(self, value: {arg}) -> {to} {{\n        {} {{ inputs: self.inputs, {} }}\n    }}\n}}\n",
            setter(input, builder.inputs),
            builder.name,
            fields.join(", ")
        );
    }
    // Optional values and the body model: on the builder in any state.
    let header = if builder.typestate() {
        format!(
            "impl{} {} {{",
            builder.impl_generics(None),
            builder.generic()
        )
    } else {
        format!("impl {} {{", builder.name)
    };
    out.push_str(&header);
    out.push('\n');
    for selector in builder.inputs.selectors.iter().filter(|s| !s.required) {
        let choices: Vec<String> = selector
            .variants
            .iter()
            .map(|(_, input)| format!("`{}`", input.json))
            .collect();
        out.push_str(&doc(
            &format!(
                "At most one of {}: the one the value names.",
                choices.join(" or ")
            ),
            "    ",
        ));
        let _ = writeln!(
            out,
            "    #[inline]\n    pub fn {}(mut self, value: impl Into<crate::ids::{}>) -> Self {{\n        {}.{} = Some(value.into());\n        self\n    }}\n",
            selector.ident, selector.type_name, builder.store, selector.ident
        );
    }
    let store = builder.store;
    for input in builder.inputs.shaped(Shape::Optional) {
        out.push_str(&doc(&input.doc, "    "));
        let (arg, conv) = argument(&input.ty);
        let clearable = input.location == Location::JsonField && input.nullable;
        // A value given after `clear_` wins: the field is no longer sent as `null`.
        let unclear = if clearable {
            format!(
                "        {store}.nulls.retain(|field| *field != {:?});\n",
                input.json
            )
        } else {
            String::new()
        };
        let name = setter(input, builder.inputs);
        let _ = writeln!(
            out,
            "    #[inline]\n    pub fn {name}(mut self, value: {arg}) -> Self {{\n        {store}.{} = Some(value{conv});\n{unclear}        self\n    }}\n",
            input.ident
        );
        if clearable {
            out.push_str(&doc(
                &format!(
                    "Sends `{}` as `null`, which clears it; a value given to [`Self::{name}`] after this wins.",
                    input.json
                ),
                "    ",
            ));
            let _ = writeln!(
                out,
                "    #[inline]\n    pub fn clear_{}(mut self) -> Self {{\n        {store}.{} = None;\n        {store}.nulls.retain(|field| *field != {json:?});\n        {store}.nulls.push({json:?});\n        self\n    }}\n",
                bare(&name),
                input.ident,
                json = input.json
            );
        }
    }
    emit_body_model(out, builder);
    if builder.typestate() {
        out.push_str("}\n\n");
    }
}

/// `.body(model)`: every body value at once, from the body's generated model.
fn emit_body_model(out: &mut String, builder: &Builder<'_>) {
    let inputs = builder.inputs;
    let Some(json) = &inputs.json_struct else {
        return;
    };
    let model = json.ty.render();
    let mut bindings = Vec::new();
    let mut stored = Vec::new();
    let mut from_path = Vec::new();
    for f in &json.fields {
        let input = inputs
            .list
            .iter()
            .find(|i| i.location == Location::JsonField && i.json == f.json && !f.flatten);
        match input.map(|i| i.shape) {
            Some(Shape::FromPath) => {
                bindings.push(format!("{}: _", f.ident));
                from_path.push(format!("`{}`", f.json));
            }
            shape => {
                let ident = input.map_or(f.ident.clone(), |i| i.ident.clone());
                bindings.push(if ident == f.ident {
                    ident.clone()
                } else {
                    format!("{}: {ident}", f.ident)
                });
                if shape != Some(Shape::Named) {
                    stored.push(ident);
                }
            }
        }
    }
    let mut text = format!(
        "Sets every body value at once from a [`{}`] (or anything that converts into one, such as a reference to the model a GET on this path returns: get, change, write back).",
        model.trim_start_matches("crate::models::")
    );
    if !from_path.is_empty() {
        let _ = write!(
            text,
            " Its {} is not used: the SDK sends the path's.",
            from_path.join(", ")
        );
    }
    out.push_str(&doc(&text, "    "));
    let target = if builder.typestate() {
        builder.complete()
    } else {
        "Self".to_owned()
    };
    let _ = writeln!(
        out,
        "    #[inline]\n    pub fn body(self, body: impl Into<{model}>) -> {target} {{\n        let {model} {{ {} }} = body.into();",
        bindings.join(", ")
    );
    // The model sets every value, so nothing stays cleared.
    if builder.clearable().next().is_some() {
        stored.push("nulls: Vec::new()".to_owned());
    }
    // The values the model does not carry are kept: `..self`.
    let update = |base: &str, ty: String| -> String {
        if stored.is_empty() {
            base.to_owned()
        } else {
            format!("{ty} {{ {}, ..{base} }}", stored.join(", "))
        }
    };
    if builder.typestate() {
        let named: Vec<String> = builder.named.iter().map(|(i, _)| i.ident.clone()).collect();
        let _ = writeln!(
            out,
            "        {} {{\n            inputs: {},\n            {},\n        }}\n    }}\n",
            builder.name,
            update("self.inputs", format!("{}Inputs", builder.name)),
            named.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "        {}\n    }}\n",
            update("self", builder.name.clone())
        );
    }
}

fn emit_method(methods: &mut String, builder: &Builder<'_>, name: &str) {
    let inputs = builder.inputs;
    let mut args = Vec::new();
    for arg in &inputs.positional {
        match arg {
            Ok(n) => {
                let input = &inputs.list[*n];
                args.push(format!("{}: {}", input.ident, argument(&input.ty).0));
            }
            Err(s) => {
                let selector = &inputs.selectors[*s];
                args.push(format!(
                    "{}: impl Into<crate::ids::{}>",
                    selector.ident, selector.type_name
                ));
            }
        }
    }
    let mut sig_args = vec!["&self".to_owned()];
    sig_args.extend(args);
    let _ = writeln!(
        methods,
        "    #[inline]\n    pub fn {name}({}) -> {} {{",
        sig_args.join(", "),
        builder.with(|_, _, _| "groupkit_core::Missing".to_owned())
    );
    let mut stored = vec!["client: self.clone()".to_owned()];
    for selector in &inputs.selectors {
        let ident = &selector.ident;
        stored.push(if selector.required {
            format!("{ident}: {ident}.into()")
        } else {
            format!("{ident}: None")
        });
    }
    for input in &inputs.list {
        match input.shape {
            Shape::Positional => match argument(&input.ty).1 {
                "" => stored.push(input.ident.clone()),
                conv => stored.push(format!("{0}: {0}{conv}", input.ident)),
            },
            Shape::Optional => stored.push(format!("{}: None", input.ident)),
            Shape::Named | Shape::FromPath => {}
        }
    }
    for f in flattened(inputs) {
        stored.push(format!("{}: Default::default()", f.ident));
    }
    if builder.clearable().next().is_some() {
        stored.push("nulls: Vec::new()".to_owned());
    }
    if builder.typestate() {
        let named: Vec<String> = builder
            .named
            .iter()
            .map(|(i, _)| format!("{}: groupkit_core::Missing", i.ident))
            .collect();
        let _ = writeln!(
            methods,
            "        {} {{\n            inputs: {}Inputs {{ {} }},\n            {},\n        }}\n    }}\n",
            builder.name,
            builder.name,
            stored.join(", "),
            named.join(", ")
        );
    } else {
        let _ = writeln!(
            methods,
            "        {} {{ {} }}\n    }}\n",
            builder.name,
            stored.join(", ")
        );
    }
}

/// Code that turns a value expression of type `ty` into the text sent in a query or form:
/// scalars, open enums, ids and timestamps display as their wire value; anything else is sent
/// as JSON.
fn text(types: &Types<'_>, expr: &str, ty: &Ty) -> String {
    let scalar = match ty {
        Ty::Str
        | Ty::Bool
        | Ty::I64
        | Ty::U64
        | Ty::F64
        | Ty::Id
        | Ty::Entity(_)
        | Ty::Timestamp
        | Ty::Json => true,
        Ty::Named(n) => matches!(
            types.def(n).map(|d| &d.def),
            Some(Def::StrEnum(..) | Def::IntEnum(_))
        ),
        _ => false,
    };
    if *ty == Ty::Secret {
        // A secret displays as `[redacted]`: the wire needs its value.
        format!("{expr}.expose().to_owned()")
    } else if scalar {
        format!("{expr}.to_string()")
    } else {
        format!("serde_json::to_string({expr}).unwrap_or_default()")
    }
}

/// The statement that sends one value of `input` (bound to `expr`, a reference or a place).
fn send_value(types: &Types<'_>, input: &Input, expr: &str, ty: &Ty) -> String {
    let json = &input.json;
    match input.location {
        Location::Path => format!(
            "request = request.path_param({json:?}, {});",
            text(types, expr, ty)
        ),
        Location::Query { .. } => format!(
            "request = request.query({json:?}, {});",
            text(types, expr, ty)
        ),
        Location::Form => format!(
            "form.push(({json:?}.to_owned(), {}));",
            text(types, expr, ty)
        ),
        Location::Multipart => match ty {
            Ty::Binary => format!("parts.push({expr}.clone().into_part({json:?}));"),
            _ => format!(
                "parts.push(groupkit_core::Part::text({json:?}, {}));",
                text(types, expr, ty)
            ),
        },
        Location::JsonField | Location::JsonBody => String::new(),
    }
}

/// The statement that sends `input`, whose value is at `place`; `None` for JSON bodies.
fn send_input(types: &Types<'_>, input: &Input, place: &str, optional: bool) -> Option<String> {
    if matches!(input.location, Location::JsonField | Location::JsonBody) {
        return None;
    }
    let binding = match (optional, &input.ty) {
        (false, Ty::Vec(_)) => format!("&{place}"),
        (false, _) => place.to_owned(),
        (true, _) => "value".to_owned(),
    };
    let line = match (&input.ty, input.location) {
        (Ty::Vec(inner), Location::Query { explode: false }) => format!(
            "request = request.query({:?}, {binding}.iter().map(|v| {}).collect::<Vec<_>>().join(\",\"));",
            input.json,
            text(types, "v", inner)
        ),
        (Ty::Vec(inner), _) => format!(
            "for v in {binding} {{ {} }}",
            send_value(types, input, "v", inner)
        ),
        (ty, _) => send_value(types, input, &binding, ty),
    };
    Some(if optional {
        format!("if let Some(value) = &{place} {{ {line} }}")
    } else {
        line
    })
}

fn emit_into_request(out: &mut String, types: &Types<'_>, builder: &Builder<'_>, konst: &str) {
    let inputs = builder.inputs;
    let store = builder.store;
    // Each selector's line, sent where its parameters stand in the document.
    let mut chosen: Vec<(usize, String)> = Vec::new();
    for selector in &inputs.selectors {
        let arms: Vec<String> = selector
            .variants
            .iter()
            .filter_map(|(variant, input)| {
                let line = send_input(types, input, "value", false)?;
                let line = line.replace("&value", "value");
                Some(format!(
                    "crate::ids::{}::{variant}(value) => {{ {line} }}",
                    selector.type_name
                ))
            })
            .collect();
        let place = format!("{store}.{}", selector.ident);
        let line = if selector.required {
            format!("match &{place} {{ {} }}", arms.join(" "))
        } else {
            format!(
                "if let Some(value) = &{place} {{ match value {{ {} }} }}",
                arms.join(" ")
            )
        };
        chosen.push((selector.position, line));
    }
    // The call's arguments go first, in call order (they name the target); then the rest,
    // in document order.
    let mut lines: Vec<String> = Vec::new();
    for arg in &inputs.positional {
        match arg {
            Err(s) => lines.push(chosen[*s].1.clone()),
            Ok(n) => {
                let input = &inputs.list[*n];
                lines.extend(send_input(types, input, &builder.value(input), false));
            }
        }
    }
    let later = |at: &usize| {
        !inputs
            .positional
            .iter()
            .any(|arg| arg.as_ref().err() == Some(at))
    };
    let chosen: Vec<(usize, String)> = chosen
        .into_iter()
        .enumerate()
        .filter(|(s, _)| later(s))
        .map(|(_, c)| c)
        .collect();
    for (n, input) in inputs.list.iter().enumerate() {
        lines.extend(
            chosen
                .iter()
                .filter(|(at, _)| *at == n)
                .map(|(_, l)| l.clone()),
        );
        if input.shape == Shape::Positional {
            continue;
        }
        let optional = input.shape == Shape::Optional;
        if let Some(line) = send_input(types, input, &builder.value(input), optional) {
            lines.push(line);
        }
    }
    let end = inputs.list.len();
    lines.extend(
        chosen
            .iter()
            .filter(|(at, _)| *at >= end)
            .map(|(_, l)| l.clone()),
    );
    let has = |location: Location| {
        let chosen = inputs
            .selectors
            .iter()
            .flat_map(|s| s.variants.iter().map(|(_, i)| i));
        inputs
            .list
            .iter()
            .chain(chosen)
            .any(|i| i.location == location)
    };
    let mut prelude = Vec::new();
    if has(Location::Form) {
        prelude.push("let mut form: Vec<(String, String)> = Vec::new();".to_owned());
        lines.push("request = request.form(form);".to_owned());
    }
    if has(Location::Multipart) {
        prelude.push("let mut parts: Vec<groupkit_core::Part> = Vec::new();".to_owned());
        lines.push("request = request.multipart(parts);".to_owned());
    }
    if let Some(body) = inputs
        .list
        .iter()
        .find(|i| i.location == Location::JsonBody)
    {
        let place = builder.value(body);
        lines.push(if body.shape == Shape::Optional {
            format!("if let Some(body) = &{place} {{ request = request.json(body); }}")
        } else {
            format!("request = request.json(&{place});")
        });
    }
    if let Some(json) = &inputs.json_struct {
        let fields: Vec<String> = json
            .fields
            .iter()
            .map(|f| format!("{}: {}", f.ident, body_field(builder, f)))
            .collect();
        lines.push(format!(
            "let body = {} {{ {} }};",
            json.ty.render(),
            fields.join(", ")
        ));
        lines.push(if builder.clearable().next().is_some() {
            format!(
                "request = request.json_with_nulls(&body, &{}.nulls);",
                builder.store
            )
        } else {
            "request = request.json(&body);".to_owned()
        });
    }
    out.push_str("    /// The request as core's builder: the escape hatch to add headers, change timeouts or\n    /// the retry policy, or read the raw response.\n");
    out.push_str(
        "    #[inline]\n    pub fn into_request(self) -> groupkit_core::RequestBuilder {\n",
    );
    for line in &prelude {
        let _ = writeln!(out, "        {line}");
    }
    let start = format!("{store}.client.core().request({konst})");
    if lines.is_empty() {
        let _ = writeln!(out, "        {start}\n    }}\n");
        return;
    }
    let _ = writeln!(out, "        let mut request = {start};");
    for line in &lines {
        let _ = writeln!(out, "        {line}");
    }
    out.push_str("        request\n    }\n\n");
}

/// The value of one JSON body struct field, from the builder.
fn body_field(builder: &Builder<'_>, f: &super::types::Field) -> String {
    let inputs = builder.inputs;
    if f.flatten {
        return format!("{}.{}", builder.store, f.ident);
    }
    let Some(input) = inputs
        .list
        .iter()
        .find(|i| i.location == Location::JsonField && i.json == f.json)
    else {
        return "Default::default()".to_owned();
    };
    if input.shape != Shape::FromPath {
        return builder.value(input);
    }
    let Some(path) = inputs
        .list
        .iter()
        .find(|i| i.location == Location::Path && i.json == f.json)
    else {
        return "Default::default()".to_owned();
    };
    let place = builder.value(path);
    let value = if path.ty.render() == f.ty.required().render() {
        format!("{place}.clone()")
    } else {
        format!("{place}.to_string().into()")
    };
    if matches!(f.ty, Ty::Option(_)) {
        format!("Some({value})")
    } else {
        value
    }
}
/// The model a GET on the same path returns: what a caller reads, changes and writes back.
fn read_model(types: &mut Types<'_>, spec: &Spec, write: &Operation<'_>) -> Option<Ty> {
    let read = spec
        .operations()
        .into_iter()
        .find(|op| op.path == write.path && op.method == "get")?;
    let name = pascal(read.name()?);
    match output(types, spec, &read, &name) {
        Output::Json(ty) => Some(ty),
        _ => None,
    }
}

/// The successful response's body: the first 2xx with content decides.
fn output(types: &mut Types<'_>, spec: &Spec, op: &Operation<'_>, type_name: &str) -> Output {
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        return Output::Empty;
    };
    for (status, response) in responses {
        if !status.starts_with('2') {
            continue;
        }
        let response = spec.deref(response).unwrap_or(response);
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            continue;
        };
        if let Some(json) = content.get("application/json") {
            let schema = json.get("schema").cloned().unwrap_or(Value::Null);
            return Output::Json(types.resolve(&schema, &format!("{type_name}Response")));
        }
        if !content.is_empty() {
            return Output::Stream;
        }
    }
    Output::Empty
}

fn pagination(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    type_name: &str,
) -> Option<Pagination> {
    let p = op.get("x-groupkit-pagination")?;
    let size_schema = listing::size_parameter(p).and_then(|name| {
        let param = op.parameters(spec).into_iter().find(|q| q.name == name)?;
        spec.deref(param.object.get("schema")?).ok()
    });
    let style = listing::style(p, size_schema)?;
    let s = |key: &str| p.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
    // The item type: the array at the `items` pointer of the success response's schema.
    let responses = op.get("responses")?.as_object()?;
    let schema = responses
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .find_map(|(_, r)| {
            spec.deref(r)
                .ok()?
                .pointer("/content/application~1json/schema")
                .cloned()
        })?;
    let items = s("items");
    let array = match items.strip_prefix('/') {
        None => spec.deref(&schema).ok()?.clone(),
        Some(key) => {
            let prop = types.property(&schema, key)?;
            spec.deref(&prop).ok()?.clone()
        }
    };
    let item_schema = array.get("items")?;
    let item = types.resolve(item_schema, &format!("{type_name}Item"));
    let envelope = if listing::is_bare(p) {
        "()".to_owned()
    } else {
        types
            .resolve(&schema, &format!("{type_name}Response"))
            .render()
    };
    Some(Pagination {
        style,
        item,
        envelope,
        owned: listing::owned_parameters(p),
    })
}

fn emit_send(out: &mut String, output: &Output) {
    match output {
        Output::Json(ty) => {
            let _ = writeln!(
                out,
                "    /// Sends the request and decodes the response.\n    #[inline]\n    pub async fn send(self) -> groupkit_core::Result<{}> {{\n        self.into_request().send_json().await\n    }}\n",
                ty.render()
            );
        }
        Output::Empty => out.push_str(
            "    /// Sends the request; the response has no body worth decoding.\n    #[inline]\n    pub async fn send(self) -> groupkit_core::Result<()> {\n        self.into_request().send().await.map(|_| ())\n    }\n\n",
        ),
        Output::Stream => out.push_str(
            "    /// Sends the request and returns the body as a stream (copy it with\n    /// [`groupkit_core::StreamingResponse::copy_to`]); it is never held in memory whole.\n    #[inline]\n    pub async fn send(self) -> groupkit_core::Result<groupkit_core::StreamingResponse> {\n        self.into_request().send_streaming().await\n    }\n\n",
        ),
    }
}
