//! What an operation takes, and how each value is given at the call site.
//!
//! Every input of an operation (path and query parameters, form and multipart fields, the
//! fields of a JSON body) gets one of three shapes, the same rules for every operation:
//!
//! - **Positional** arguments of the client method: the path parameters, in URL order; or,
//!   when there are none, the one value that names the target: a one-of selector (`GroupRef`:
//!   a group by id or by name), else the first required entity id sent in the query or a form
//!   (`TopicId`). An integer converts into any id, so two ids side by side could be swapped
//!   unnoticed: only the URL's own parameters stand together, ordered by the URL.
//! - **Named required** values: every other required value is set by a setter of its own name,
//!   and the builder's type tracks which are still `Missing` (`send` needs none).
//! - **Optional** values: setters on the builder.
//!
//! A body field that must equal a path parameter (it has the path parameter's name) is filled
//! by the SDK from the path and is not an input.

use serde_json::Value;

use super::naming::{bare, field, pascal, snake};
use super::types::{Def, Field, Ty, Types, doc_of};
use crate::spec::{Operation, Spec};

/// Where an input goes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// A path segment.
    Path,
    /// A query parameter; `explode: false` arrays are sent comma-separated.
    Query { explode: bool },
    /// A form field.
    Form,
    /// A multipart part.
    Multipart,
    /// A top-level field of the JSON body struct.
    JsonField,
    /// The whole JSON body.
    JsonBody,
}

/// How an input is given at the call site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An argument of the client method.
    Positional,
    /// A required setter, tracked by the builder's type.
    Named,
    /// An optional setter.
    Optional,
    /// Not given by the caller: a JSON body field filled from the path parameter `from`.
    FromPath,
}

/// One value an operation takes.
#[derive(Clone, Debug)]
pub struct Input {
    /// The name on the wire.
    pub json: String,
    /// The Rust name (field of the builder, setter, argument).
    pub ident: String,
    /// The value's type, without the `Option` of an optional input.
    pub ty: Ty,
    /// Required by the API.
    pub required: bool,
    /// Where it is sent.
    pub location: Location,
    /// Rustdoc.
    pub doc: String,
    /// How the caller gives it.
    pub shape: Shape,
    /// A JSON body field whose schema allows `null`: an optional one gets a `clear_` setter
    /// that sends `null`.
    pub nullable: bool,
}

/// A choice of exactly one of several inputs (`x-groupkit-one-of`), taken as one argument.
#[derive(Clone, Debug)]
pub struct Selector {
    /// The enum's Rust name (`GroupRef`).
    pub type_name: String,
    /// The argument and builder field name (`group`).
    pub ident: String,
    /// One variant per input: its name (`Id`) and the input it stands for.
    pub variants: Vec<(String, Input)>,
    /// Whether one must be given (`required: false` in the spec: at most one).
    pub required: bool,
    /// Where its first parameter stood among the inputs: it is sent there, in document order.
    pub position: usize,
}

/// The JSON body struct, when the body is one.
#[derive(Clone, Debug)]
pub struct JsonStruct {
    /// Its type (`crate::models::NewPost`).
    pub ty: Ty,
    /// Every field of the struct, flattened maps included.
    pub fields: Vec<Field>,
}

/// Everything an operation takes.
#[derive(Clone, Debug, Default)]
pub struct Inputs {
    /// The inputs other than selectors, in document order: parameters, then body fields.
    pub list: Vec<Input>,
    /// The one-of selectors.
    pub selectors: Vec<Selector>,
    /// The positional arguments, in call order: `Ok` an input's index in `list`, `Err` a
    /// selector's index.
    pub positional: Vec<Result<usize, usize>>,
    /// The JSON body struct.
    pub json_struct: Option<JsonStruct>,
}

impl Inputs {
    /// The inputs with this shape, in order.
    pub fn shaped(&self, shape: Shape) -> impl Iterator<Item = &Input> {
        self.list.iter().filter(move |i| i.shape == shape)
    }
}

/// The inputs of an operation and their shapes.
pub fn collect(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    type_name: &str,
    paginator_owns: &[String],
) -> Result<Inputs, String> {
    let mut inputs = Inputs::default();
    parameters(types, spec, op, type_name, &mut inputs.list);
    // A listing's page size and start belong to its paginator (`listing.rs`).
    inputs.list.retain(|i| {
        !matches!(i.location, Location::Query { .. }) || !paginator_owns.contains(&i.json)
    });
    let params = inputs.list.len();
    inputs.json_struct = body(types, spec, op, type_name, &mut inputs.list);
    // Body fields in the document's order of `required` (the schema's properties come
    // sorted), so named values read as the provider lists them.
    let order = required_order(spec, op);
    inputs.list[params..].sort_by_key(|i| {
        order
            .iter()
            .position(|r| *r == i.json)
            .unwrap_or(usize::MAX)
    });
    inputs.selectors = selectors(op, &mut inputs.list)?;
    for input in &mut inputs.list {
        input.shape = if input.required {
            Shape::Named
        } else {
            Shape::Optional
        };
    }
    fill_from_path(&mut inputs.list);
    inputs.positional = positional(op, &mut inputs);
    for (n, selector) in inputs.selectors.iter().enumerate() {
        if selector.required && !inputs.positional.contains(&Err(n)) {
            return Err(format!(
                "{}: one-of `{}` is required but cannot be the call's argument (the path names the target, or another choice does)",
                op.pointer, selector.type_name
            ));
        }
    }
    Ok(inputs)
}

fn parameters(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    type_name: &str,
    list: &mut Vec<Input>,
) {
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
            list,
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
                shape: Shape::Optional,
                nullable: false,
            },
        );
    }
}

/// Adds the body's inputs; returns the JSON body struct when the body is one.
fn body(
    types: &mut Types<'_>,
    spec: &Spec,
    op: &Operation<'_>,
    type_name: &str,
    list: &mut Vec<Input>,
) -> Option<JsonStruct> {
    let body = op.get("requestBody").map(|b| spec.deref(b).unwrap_or(b))?;
    let body_required = body
        .get("required")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let (media, media_object) = body
        .get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.iter().next())?;
    let schema = media_object.get("schema").cloned().unwrap_or(Value::Null);
    let location = match media.as_str() {
        "application/x-www-form-urlencoded" => Location::Form,
        "multipart/form-data" => Location::Multipart,
        _ => Location::JsonField,
    };
    if location != Location::JsonField {
        let (properties, required) = types.merged_properties(&schema);
        for (json, prop) in properties {
            let ty = types.resolve(&prop, &format!("{type_name}{}", pascal(&json)));
            push(
                list,
                Input {
                    ident: field(&json),
                    ty: ty.required().clone(),
                    required: required.contains(&json),
                    location,
                    doc: doc_of(&prop, &format!("`{json}`.")),
                    json,
                    shape: Shape::Optional,
                    nullable: false,
                },
            );
        }
        return None;
    }
    let ty = types.resolve(&schema, &format!("{type_name}Body"));
    let fields = match &ty {
        Ty::Named(n) => match types.def(n).map(|d| &d.def) {
            Some(Def::Struct(fields)) => Some(fields.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(fields) = fields else {
        push(
            list,
            Input {
                json: "body".into(),
                ident: "body".into(),
                ty: ty.required().clone(),
                required: body_required,
                location: Location::JsonBody,
                doc: doc_of(body, "The request body."),
                shape: Shape::Optional,
                nullable: false,
            },
        );
        return None;
    };
    for f in fields.iter().filter(|f| !f.flatten) {
        push(
            list,
            Input {
                json: f.json.clone(),
                ident: f.ident.clone(),
                ty: f.ty.required().clone(),
                required: f.required,
                location: Location::JsonField,
                doc: f.doc.clone(),
                shape: Shape::Optional,
                nullable: f.nullable,
            },
        );
    }
    Some(JsonStruct { ty, fields })
}

/// The names in the body schema's `required` lists, in document order (`allOf` parts in turn).
fn required_order(spec: &Spec, op: &Operation<'_>) -> Vec<String> {
    fn walk(spec: &Spec, schema: &Value, out: &mut Vec<String>, depth: u32) {
        let schema = spec.deref(schema).unwrap_or(schema);
        if depth > 16 {
            return;
        }
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk(spec, part, out, depth + 1);
        }
        let names = schema.get("required").and_then(Value::as_array);
        out.extend(
            names
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned),
        );
    }
    let mut out = Vec::new();
    let body = op.get("requestBody").map(|b| spec.deref(b).unwrap_or(b));
    let media = body
        .and_then(|b| b.get("content"))
        .and_then(Value::as_object)
        .and_then(|c| c.values().next());
    if let Some(schema) = media.and_then(|m| m.get("schema")) {
        walk(spec, schema, &mut out, 0);
    }
    out
}

/// Adds an input, renaming it if a parameter already took its Rust name.
fn push(list: &mut Vec<Input>, mut input: Input) {
    if list.iter().any(|i| i.ident == input.ident) {
        input.ident = format!("body_{}", bare(&input.ident));
    }
    list.push(input);
}

/// Takes the inputs of each `x-groupkit-one-of` group out of `list` into a selector.
fn selectors(op: &Operation<'_>, list: &mut Vec<Input>) -> Result<Vec<Selector>, String> {
    let Some(groups) = op.get("x-groupkit-one-of").and_then(Value::as_array) else {
        return Ok(Vec::new());
    };
    let mut selectors = Vec::new();
    for group in groups {
        let type_name = group
            .get("name")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{}: a one-of group needs a `name`", op.pointer))?;
        let params: Vec<&str> = group
            .get("params")
            .and_then(Value::as_array)
            .map(|p| p.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let prefix = common_prefix(&params);
        let position = list
            .iter()
            .position(|i| params.contains(&i.json.as_str()))
            .unwrap_or(list.len());
        let mut variants = Vec::new();
        for param in &params {
            let index = list
                .iter()
                .position(|i| i.json == *param)
                .ok_or_else(|| format!("{}: one-of names unknown `{param}`", op.pointer))?;
            let mut input = list.remove(index);
            input.required = true;
            variants.push((pascal(&param[prefix..]), input));
        }
        let base = snake(type_name);
        let ident = base.strip_suffix("_ref").unwrap_or(&base).to_owned();
        selectors.push(Selector {
            type_name: type_name.to_owned(),
            ident: field(&ident),
            variants,
            required: group.get("required").and_then(Value::as_bool) != Some(false),
            position,
        });
    }
    Ok(selectors)
}

/// The length of the `_`-ended prefix the names share (`group_` of `group_id`, `group_name`).
fn common_prefix(names: &[&str]) -> usize {
    let Some(first) = names.first() else {
        return 0;
    };
    let mut len = first.len();
    for name in &names[1..] {
        len = first
            .bytes()
            .zip(name.bytes())
            .take(len)
            .take_while(|(a, b)| a == b)
            .count();
    }
    first[..len].rfind('_').map_or(0, |i| i + 1)
}

/// A JSON body field with a path parameter's name carries the path's value.
fn fill_from_path(list: &mut [Input]) {
    let paths: Vec<String> = list
        .iter()
        .filter(|i| i.location == Location::Path)
        .map(|i| i.json.clone())
        .collect();
    for input in list.iter_mut() {
        if input.location == Location::JsonField && paths.contains(&input.json) {
            input.shape = Shape::FromPath;
        }
    }
}

/// Chooses the positional arguments and returns them in call order: the path parameters, in
/// URL order; or, when there are none, the one value that names the target (a required
/// selector, else the first required id). An integer or a string converts into any id or
/// selector, so two such arguments side by side could be swapped unnoticed; only the URL's
/// own parameters may stand together, since the URL orders them.
fn positional(op: &Operation<'_>, inputs: &mut Inputs) -> Vec<Result<usize, usize>> {
    let mut path: Vec<usize> = inputs
        .list
        .iter()
        .enumerate()
        .filter(|(_, i)| i.location == Location::Path)
        .map(|(n, _)| n)
        .collect();
    path.sort_by_key(|&n| op.path.find(&format!("{{{}}}", inputs.list[n].json)));
    let mut order: Vec<Result<usize, usize>> = path.into_iter().map(Ok).collect();
    if order.is_empty() {
        let selector = inputs.selectors.iter().position(|s| s.required);
        let id = inputs.list.iter().position(|i| {
            let sent_alone = matches!(
                i.location,
                Location::Query { .. } | Location::Form | Location::Multipart
            );
            i.required && sent_alone && matches!(i.ty, Ty::Entity(_))
        });
        order.extend(selector.map(Err).or(id.map(Ok)));
    }
    for n in order.iter().flatten() {
        inputs.list[*n].shape = Shape::Positional;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{Spec, spec_files, specs_dir};

    /// The rule the call shapes promise, over every operation of every spec: no two
    /// neighbouring positional arguments share a type, unless both are path parameters, and
    /// a value that is not a path parameter is the only argument.
    #[test]
    fn positional_neighbours_never_share_a_type() {
        for path in spec_files(&specs_dir()).expect("specs") {
            let spec = Spec::load(&path).expect("spec loads");
            let mut types = Types::new(&spec);
            for op in spec.operations() {
                let name = pascal(op.name().unwrap_or_default());
                let inputs = collect(&mut types, &spec, &op, &name, &[]).expect("inputs");
                let args: Vec<(String, bool)> = inputs
                    .positional
                    .iter()
                    .map(|arg| match arg {
                        Ok(n) => {
                            let input = &inputs.list[*n];
                            (input.ty.render(), input.location == Location::Path)
                        }
                        Err(s) => (inputs.selectors[*s].type_name.clone(), false),
                    })
                    .collect();
                let paths = args.iter().filter(|(_, path)| *path).count();
                assert!(
                    paths == args.len() || args.len() == 1,
                    "{}: {} arguments, not all path parameters",
                    op.pointer,
                    args.len()
                );
                for pair in args.windows(2) {
                    let both_path = pair[0].1 && pair[1].1;
                    assert!(
                        pair[0].0 != pair[1].0 || both_path,
                        "{}: two neighbouring arguments of type {}",
                        op.pointer,
                        pair[0].0
                    );
                }
            }
        }
    }
}
