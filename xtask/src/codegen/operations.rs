//! The operations module: a request builder per operation and a method per operation on the
//! provider's `Client`.
//!
//! Every input of an operation (path and query parameters, form and multipart fields, and the
//! top-level fields of a JSON body) becomes an argument of the client method when required and
//! a setter on the builder when optional. `into_request` turns the builder into core's
//! `RequestBuilder`; `send` decodes the response; list operations add `paginator`, `pages`
//! and `items`.

use std::fmt::Write;

use serde_json::Value;

use super::listing;
use super::naming::{bare, field, pascal, snake};
use super::rust::doc;
use super::types::{Def, Ty, Types, doc_of};
use crate::spec::{Operation, Spec};

/// Where an input goes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Location {
    Path,
    Query {
        explode: bool,
    },
    Form,
    Multipart,
    /// A top-level field of the JSON body struct.
    JsonField,
    /// The whole JSON body.
    JsonBody,
}

#[derive(Clone, Debug)]
struct Input {
    json: String,
    ident: String,
    /// The value's type, without the `Option` of an optional input.
    ty: Ty,
    required: bool,
    location: Location,
    doc: String,
}

/// What `send` returns.
enum Output {
    Json(Ty),
    Empty,
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
];

/// The source of `operations.rs`.
pub fn emit(types: &mut Types<'_>, crate_name: &str) -> Result<String, String> {
    let spec = types.spec();
    let mut ops = spec.operations();
    ops.sort_by_key(|op| op.name().unwrap_or_default().to_owned());
    let mut out = String::from("//! Operations: one request builder per endpoint.\n\n");
    let mut methods = String::new();
    for op in &ops {
        emit_operation(types, spec, op, crate_name, &mut out, &mut methods)?;
    }
    let _ = writeln!(out, "impl crate::Client {{\n{methods}}}");
    Ok(out)
}

fn emit_operation(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    crate_name: &str,
    out: &mut String,
    methods: &mut String,
) -> Result<(), String> {
    let name = op
        .name()
        .ok_or_else(|| format!("{} has no x-groupkit-name", op.pointer))?;
    let type_name = pascal(name);
    let (mut inputs, json_struct) = inputs(types, spec, op, &type_name);
    let output = output(types, spec, op, &type_name);
    let pagination = pagination(types, spec, op, &type_name);
    // The paginator sets the page size and where the listing starts: no setters for them.
    if let Some(p) = &pagination {
        inputs.retain(|i| {
            !matches!(i.location, Location::Query { .. }) || !p.owned.contains(&i.json)
        });
    }
    let method = op.method.to_uppercase();
    let summary = doc_of(&Value::Object(op.op.clone()), name);
    let description = op
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    let signature = format!("`{method} {}`", op.path);

    // The operation constant.
    let constructor = op.method;
    let mut operation = format!(
        "groupkit_core::Operation::{constructor}({name:?}, {:?})",
        op.path
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
    let konst = snake(name).to_uppercase();

    // The builder struct.
    let _ = writeln!(
        out,
        "const {konst}: groupkit_core::Operation = {operation};\n"
    );
    if let Some(p) = &pagination {
        let _ = writeln!(
            out,
            "const {konst}_PAGINATION: groupkit_core::Style = {};\n",
            p.style
        );
    }
    out.push_str(&doc(
        &format!("{summary}\n\n{signature}; built by [`crate::Client::{name}`]."),
        "",
    ));
    let _ = writeln!(
        out,
        "#[derive(Clone, Debug)]\n#[must_use = \"a request does nothing until it is sent\"]"
    );
    let _ = writeln!(out, "pub struct {type_name} {{\n    client: crate::Client,");
    for input in &inputs {
        let ty = if input.required {
            input.ty.clone()
        } else {
            input.ty.clone().optional()
        };
        let _ = writeln!(out, "    {}: {},", input.ident, ty.render());
    }
    out.push_str("}\n\n");

    let _ = writeln!(out, "impl {type_name} {{");
    for input in inputs.iter().filter(|i| !i.required) {
        let setter = if RESERVED.contains(&bare(&input.ident)) {
            format!("set_{}", bare(&input.ident))
        } else {
            input.ident.clone()
        };
        out.push_str(&doc(&input.doc, "    "));
        let (arg, conv) = argument(&input.ty);
        let _ = writeln!(
            out,
            "    pub fn {setter}(mut self, value: {arg}) -> Self {{\n        self.{} = Some(value{conv});\n        self\n    }}\n",
            input.ident
        );
    }
    emit_into_request(out, types, op, &konst, &inputs, json_struct.as_deref());
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
    if !description.is_empty() && description != summary {
        text.push_str("\n\n");
        text.push_str(description);
    }
    let _ = write!(text, "\n\n{signature}");
    if let Some(source) = op.source().filter(|s| *s != "document") {
        let _ = write!(text, " (from `{source}`: not in the provider's document)");
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
    let required: Vec<&Input> = inputs.iter().filter(|i| i.required).collect();
    if required.len() > 7 {
        methods.push_str("    #[allow(clippy::too_many_arguments)]\n");
    }
    let args: Vec<String> = required
        .iter()
        .map(|i| format!("{}: {}", i.ident, argument(&i.ty).0))
        .collect();
    let _ = writeln!(
        methods,
        "    pub fn {name}(&self, {}) -> {type_name} {{",
        args.join(", ")
    );
    let _ = writeln!(
        methods,
        "        {type_name} {{\n            client: self.clone(),"
    );
    for input in &inputs {
        if input.required {
            match argument(&input.ty).1 {
                "" => {
                    let _ = writeln!(methods, "            {},", input.ident);
                }
                conv => {
                    let _ = writeln!(
                        methods,
                        "            {}: {}{conv},",
                        input.ident, input.ident
                    );
                }
            }
        } else {
            let _ = writeln!(methods, "            {}: None,", input.ident);
        }
    }
    methods.push_str("        }\n    }\n\n");
    Ok(())
}

/// How an argument of this type is taken, and the conversion applied to it.
fn argument(ty: &Ty) -> (String, &'static str) {
    match ty {
        Ty::Str | Ty::Id | Ty::Secret | Ty::Named(_) => {
            (format!("impl Into<{}>", ty.render()), ".into()")
        }
        other => (other.render(), ""),
    }
}

/// The inputs of an operation, in a stable order: path, query, then body.
/// Also returns the JSON body's struct, when the body is one.
fn inputs(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    type_name: &str,
) -> (Vec<Input>, Option<String>) {
    let mut inputs: Vec<Input> = Vec::new();
    for param in op.parameters(spec) {
        let location = match param.location {
            "path" => Location::Path,
            "query" => Location::Query {
                explode: param
                    .object
                    .get("explode")
                    .and_then(Value::as_bool)
                    .unwrap_or(true),
            },
            _ => continue,
        };
        let schema = param.object.get("schema").cloned().unwrap_or(Value::Null);
        let ty = types.resolve(&schema, &format!("{type_name}{}", pascal(param.name)));
        let required = location == Location::Path
            || param
                .object
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false);
        push(
            &mut inputs,
            Input {
                json: param.name.to_owned(),
                ident: field(param.name),
                ty: ty.required().clone(),
                required,
                location,
                doc: doc_of(
                    &Value::Object(param.object.clone()),
                    &format!("`{}`.", param.name),
                ),
            },
        );
    }
    let Some(body) = op.get("requestBody").map(|b| spec.deref(b).unwrap_or(b)) else {
        return (inputs, None);
    };
    let body_required = body
        .get("required")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let Some((media, media_object)) = body
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.iter().next())
    else {
        return (inputs, None);
    };
    let schema = media_object.get("schema").cloned().unwrap_or(Value::Null);
    let location = match media.as_str() {
        "application/x-www-form-urlencoded" => Location::Form,
        "multipart/form-data" => Location::Multipart,
        _ => Location::JsonField,
    };
    if location == Location::JsonField {
        let ty = types.resolve(&schema, &format!("{type_name}Body"));
        let is_struct = matches!(&ty, Ty::Named(n) if matches!(types.def(n).map(|d| &d.def), Some(Def::Struct(_))));
        if !is_struct {
            push(
                &mut inputs,
                Input {
                    json: "body".into(),
                    ident: "body".into(),
                    ty: ty.required().clone(),
                    required: body_required,
                    location: Location::JsonBody,
                    doc: doc_of(body, "The request body."),
                },
            );
            return (inputs, None);
        }
        let Ty::Named(struct_name) = &ty else {
            return (inputs, None);
        };
        let Some(Def::Struct(fields)) = types.def(struct_name).map(|d| d.def.clone()) else {
            return (inputs, None);
        };
        for f in fields.into_iter().filter(|f| !f.flatten) {
            push(
                &mut inputs,
                Input {
                    json: f.json.clone(),
                    ident: f.ident.clone(),
                    ty: if f.required {
                        f.ty.clone()
                    } else {
                        f.ty.required().clone()
                    },
                    required: f.required,
                    location: Location::JsonField,
                    doc: f.doc.clone(),
                },
            );
        }
        return (inputs, Some(ty.render()));
    }
    let (properties, required) = types.merged_properties(&schema);
    for (json, prop) in properties {
        let ty = types.resolve(&prop, &format!("{type_name}{}", pascal(&json)));
        push(
            &mut inputs,
            Input {
                ident: field(&json),
                ty: ty.required().clone(),
                required: required.contains(&json),
                location,
                doc: doc_of(&prop, &format!("`{json}`.")),
                json,
            },
        );
    }
    (inputs, None)
}

/// Adds an input, renaming it if a path or query parameter already took its Rust name.
fn push(inputs: &mut Vec<Input>, mut input: Input) {
    if inputs.iter().any(|i| i.ident == input.ident) {
        input.ident = format!("body_{}", bare(&input.ident));
    }
    inputs.push(input);
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

/// Code that turns a value expression of type `ty` into the text sent in a query or form:
/// scalars, open enums, ids and timestamps display as their wire value; anything else is sent
/// as JSON.
fn text(types: &Types<'_>, expr: &str, ty: &Ty) -> String {
    let scalar = match ty {
        Ty::Str | Ty::Bool | Ty::I64 | Ty::U64 | Ty::F64 | Ty::Id | Ty::Timestamp | Ty::Json => {
            true
        }
        Ty::Named(n) => matches!(
            types.def(n).map(|d| &d.def),
            Some(Def::StrEnum(_) | Def::IntEnum(_))
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

fn emit_into_request(
    out: &mut String,
    types: &Types<'_>,
    op: &Operation<'_>,
    konst: &str,
    inputs: &[Input],
    json_struct: Option<&str>,
) {
    let name = op.name().unwrap_or_default();
    out.push_str("    /// The request as core's builder: the escape hatch to add headers, change timeouts or\n    /// the retry policy, or read the raw response.\n");
    let _ = writeln!(
        out,
        "    pub fn into_request(self) -> groupkit_core::RequestBuilder {{"
    );
    let one_of: Vec<Vec<String>> = op
        .get("x-groupkit-one-of")
        .and_then(Value::as_array)
        .map(|groups| {
            groups
                .iter()
                .filter_map(Value::as_array)
                .map(|g| {
                    g.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "        #[allow(unused_mut)]\n        let mut request = self.client.core().request({konst});"
    );
    for group in &one_of {
        let checks: Vec<String> = group
            .iter()
            .filter_map(|json| inputs.iter().find(|i| &i.json == json))
            .map(|i| {
                let given = if i.required {
                    "true".to_owned()
                } else {
                    format!("self.{}.is_some()", i.ident)
                };
                format!("({:?}, {given})", i.json)
            })
            .collect();
        let _ = writeln!(
            out,
            "        request = request.check(groupkit_core::request::exactly_one({name:?}, &[{}]));",
            checks.join(", ")
        );
    }
    let has = |l: fn(&Location) -> bool| inputs.iter().any(|i| l(&i.location));
    if has(|l| *l == Location::Form) {
        out.push_str("        let mut form: Vec<(String, String)> = Vec::new();\n");
    }
    if has(|l| *l == Location::Multipart) {
        out.push_str("        let mut parts: Vec<groupkit_core::Part> = Vec::new();\n");
    }
    for input in inputs {
        let json = &input.json;
        let id = &input.ident;
        let value = |expr: &str, ty: &Ty| -> String {
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
        };
        if matches!(input.location, Location::JsonField | Location::JsonBody) {
            continue;
        }
        let (binding, is_option) = match (input.required, &input.ty) {
            (true, Ty::Vec(_)) => (format!("&self.{id}"), false),
            (true, _) => (format!("self.{id}"), false),
            (false, _) => ("value".to_owned(), true),
        };
        let line = match (&input.ty, input.location) {
            (Ty::Vec(inner), Location::Query { explode: false }) => format!(
                "request = request.query({json:?}, {binding}.iter().map(|v| {}).collect::<Vec<_>>().join(\",\"));",
                text(types, "v", inner)
            ),
            (Ty::Vec(inner), _) => format!("for v in {binding} {{ {} }}", value("v", inner)),
            (ty, _) => value(&binding, ty),
        };
        if is_option {
            let _ = writeln!(out, "        if let Some(value) = &self.{id} {{ {line} }}");
        } else {
            let _ = writeln!(out, "        {line}");
        }
    }
    if has(|l| *l == Location::Form) {
        out.push_str("        request = request.form(form);\n");
    }
    if has(|l| *l == Location::Multipart) {
        out.push_str("        request = request.multipart(parts);\n");
    }
    if let Some(body) = inputs.iter().find(|i| i.location == Location::JsonBody) {
        if body.required {
            let _ = writeln!(out, "        request = request.json(&self.{});", body.ident);
        } else {
            let _ = writeln!(
                out,
                "        if let Some(body) = &self.{} {{ request = request.json(body); }}",
                body.ident
            );
        }
    }
    let fields: Vec<&Input> = inputs
        .iter()
        .filter(|i| i.location == Location::JsonField)
        .collect();
    if let Some(struct_name) = json_struct {
        let args: Vec<String> = fields
            .iter()
            .filter(|f| f.required)
            .map(|f| format!("self.{}", f.ident))
            .collect();
        let _ = writeln!(
            out,
            "        #[allow(unused_mut)]\n        let mut body = {struct_name}::new({});",
            args.join(", ")
        );
        for f in fields.iter().filter(|f| !f.required) {
            let _ = writeln!(out, "        body.{} = self.{};", field_of(f), f.ident);
        }
        out.push_str("        request = request.json(&body);\n");
    }
    out.push_str("        request\n    }\n\n");
}

/// The struct field an input came from (inputs may have been renamed `body_*`).
fn field_of(input: &Input) -> String {
    field(&input.json)
}

fn emit_send(out: &mut String, output: &Output) {
    match output {
        Output::Json(ty) => {
            let _ = writeln!(
                out,
                "    /// Sends the request and decodes the response.\n    pub async fn send(self) -> groupkit_core::Result<{}> {{\n        self.into_request().send_json().await\n    }}\n",
                ty.render()
            );
        }
        Output::Empty => out.push_str(
            "    /// Sends the request; the response has no body worth decoding.\n    pub async fn send(self) -> groupkit_core::Result<()> {\n        self.into_request().send().await.map(|_| ())\n    }\n\n",
        ),
        Output::Stream => out.push_str(
            "    /// Sends the request and returns the body as a stream (copy it with\n    /// [`groupkit_core::StreamingResponse::copy_to`]); it is never held in memory whole.\n    pub async fn send(self) -> groupkit_core::Result<groupkit_core::StreamingResponse> {\n        self.into_request().send_streaming().await\n    }\n\n",
        ),
    }
}

/// A compiling example for the client method's rustdoc.
fn example(
    types: &Types<'_>,
    crate_name: &str,
    name: &str,
    inputs: &[Input],
    output: &Output,
    paginated: bool,
) -> String {
    let args: Vec<String> = inputs
        .iter()
        .filter(|i| i.required)
        .map(|i| placeholder(types, crate_name, &i.ty, 0, false))
        .collect();
    let call = format!("client.{name}({})", args.join(", "));
    let body = if paginated {
        format!(
            "use futures::TryStreamExt;\nlet items: Vec<_> = {call}.items().try_collect().await?;\nprintln!(\"{{}} items\", items.len());"
        )
    } else {
        match output {
            Output::Json(_) => {
                format!("let response = {call}.send().await?;\nprintln!(\"{{response:?}}\");")
            }
            Output::Empty => format!("{call}.send().await?;"),
            Output::Stream => format!(
                "let mut file = tokio::fs::File::create(\"download.bin\").await?;\nlet bytes = {call}.send().await?.copy_to(&mut file).await?;\nprintln!(\"{{bytes}} bytes\");"
            ),
        }
    };
    format!(
        "```no_run\n# async fn example(client: {crate_name}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n{body}\n# Ok(())\n# }}\n```"
    )
}

/// An expression for examples: convertible into `ty` for a method argument (`into` false), of
/// type `ty` exactly for a model constructor argument (`into` true adds the conversion).
fn placeholder(types: &Types<'_>, crate_name: &str, ty: &Ty, depth: u32, into: bool) -> String {
    let expr = placeholder_expr(types, crate_name, ty, depth);
    let converts = matches!(ty, Ty::Str | Ty::Id | Ty::Secret)
        || matches!(ty, Ty::Named(n) if matches!(types.def(n).map(|d| &d.def), Some(Def::StrEnum(_) | Def::IntEnum(_))));
    if into && converts {
        format!("{expr}.into()")
    } else {
        expr
    }
}

fn placeholder_expr(types: &Types<'_>, crate_name: &str, ty: &Ty, depth: u32) -> String {
    let qualified = |t: &Ty| t.render().replace("crate::", &format!("{crate_name}::"));
    match ty {
        Ty::Str => "\"value\"".into(),
        Ty::Bool => "true".into(),
        Ty::I64 | Ty::U64 => "1".into(),
        Ty::F64 => "1.0".into(),
        Ty::Id => "1u64".into(),
        Ty::Timestamp => {
            "\"2024-01-01T00:00:00Z\".parse::<groupkit_core::model::Timestamp>()?".into()
        }
        Ty::Json => "serde_json::json!({})".into(),
        Ty::Binary => "groupkit_core::Upload::new(\"notes.txt\", \"text/plain\", \"hello\")".into(),
        Ty::Secret => "\"secret\"".into(),
        Ty::Vec(_) => "vec![]".into(),
        Ty::Map(_) => "Default::default()".into(),
        Ty::Option(_) => "None".into(),
        Ty::Named(n) => match types.def(n).map(|d| &d.def) {
            Some(Def::StrEnum(_)) | Some(Def::IntEnum(_)) => types
                .enum_example(n)
                .unwrap_or_else(|| "Default::default()".into()),
            Some(Def::Alias(inner)) => placeholder_expr(types, crate_name, inner, depth + 1),
            Some(Def::Struct(fields)) if depth < 4 => {
                let args: Vec<String> = fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| placeholder(types, crate_name, &f.ty, depth + 1, true))
                    .collect();
                format!("{}::new({})", qualified(ty), args.join(", "))
            }
            _ => "Default::default()".into(),
        },
    }
}
