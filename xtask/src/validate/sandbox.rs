//! Check 9: the sandbox's `x-groupkit-sandbox` extensions (`specs/README.md`, "The sandbox's
//! extensions"): the seeded collections and the error table at the root, and what each operation
//! does to the state.

mod effects;
mod owners;

use serde_json::{Map, Value, json};

use super::{Problem, conventions, examples, pagination};
use crate::spec::{self, Operation, Spec};

/// Where the root extension lives.
const ROOT: &str = "/x-groupkit-sandbox";

/// Keys of a collection definition.
const COLLECTION_KEYS: &[&str] = &[
    "schema",
    "size",
    "id_field",
    "owner",
    "name_field",
    "names",
    "new",
    "cycle",
    "mine",
];

/// The failure kinds of `errors`, and whether every document must have it. `bad_csrf` is needed
/// only by a document whose auth has a session with a csrf field (see [`needs_csrf`]).
const KINDS: &[(&str, bool)] = &[
    ("unauthorized", true),
    ("invalid", true),
    ("not_found", true),
    ("rate_limited", true),
    ("bad_csrf", false),
    ("server_error", true),
];

/// Keys of a failure kind.
const KIND_KEYS: &[&str] = &["status", "code", "empty"];

/// The placeholders an error body template may use.
const PLACEHOLDERS: &[&str] = &["status", "code", "message", "time", "id"];

/// Keys of an operation's `x-groupkit-sandbox`.
const OPERATION_KEYS: &[&str] = &[
    "collection",
    "action",
    "id",
    "parent",
    "to",
    "where",
    "set",
    "requires",
    "unique",
    "reply",
    "items",
];

/// The actions of `specs/README.md`, with what each needs.
const ACTIONS: &[Action] = &[
    Action::new("list").parent(),
    Action::new("get").id().parent(),
    Action::new("create").parent(),
    Action::new("update").id().parent(),
    Action::new("delete").id().parent(),
    Action::new("move").id().to(),
    Action::new("upsert").items(),
    Action::new("login").without_collection(),
    Action::new("logout").without_collection(),
];

/// An action and the keys it takes.
struct Action {
    name: &'static str,
    /// Works on a collection (`collection` required); `login` and `logout` work on the session.
    collection: bool,
    /// Names an item (`id` required; not allowed otherwise).
    id: bool,
    /// Creates an item in another collection (`to` required; not allowed otherwise).
    to: bool,
    /// May name a parent (`parent` allowed).
    parent: bool,
    /// Writes each object of a list in the request body (`items` required; not allowed
    /// otherwise).
    items: bool,
}

impl Action {
    const fn new(name: &'static str) -> Self {
        Self {
            name,
            collection: true,
            id: false,
            to: false,
            parent: false,
            items: false,
        }
    }
    const fn items(self) -> Self {
        Self {
            items: true,
            ..self
        }
    }
    const fn id(self) -> Self {
        Self { id: true, ..self }
    }
    const fn to(self) -> Self {
        Self { to: true, ..self }
    }
    const fn parent(self) -> Self {
        Self {
            parent: true,
            ..self
        }
    }
    const fn without_collection(self) -> Self {
        Self {
            collection: false,
            ..self
        }
    }
}

/// Sample values the error body templates are rendered with before validation.
const SAMPLE_MESSAGE: &str = "sandbox: sample message";
const SAMPLE_TIME: &str = "2024-01-02T03:04:05.678Z";
const SAMPLE_ID: &str = "sandbox-0123456789abcdef";

/// Check 9: the root `x-groupkit-sandbox` has `collections` (each a `schema: {$ref}` to an object
/// schema with the `id_field` property, and a positive `size`) and `errors` (a `body` template
/// using only known placeholders, and each failure kind with an HTTP `status`, a `code`, and, unless
/// `empty`, a rendered body that validates against `x-groupkit-error.schema`). On operations,
/// `x-groupkit-sandbox` has a known `action`, an existing `collection` whose schema is what the
/// operation answers with, an `id` (get, update, delete, move) and `parent.param` naming a
/// parameter or top-level request body field, `parent.field` a property of the items, `to` a
/// collection (move), and `list` only where `x-groupkit-pagination` is.
pub fn check_sandbox(spec: &Spec) -> Vec<Problem> {
    let mut problems = Vec::new();
    let collections = match spec.doc.get("x-groupkit-sandbox") {
        Some(Value::Object(root)) => {
            for key in root.keys() {
                if !["collections", "errors", "webhooks", "me"].contains(&key.as_str()) {
                    let message =
                        format!("unknown key `{key}` (expected collections, errors, webhooks, me)");
                    problems.push(Problem::new(spec, spec::pointer_push(ROOT, key), message));
                }
            }
            check_errors(spec, root.get("errors"), &mut problems);
            effects::check_root(spec, root, &mut problems);
            check_collections(spec, root.get("collections"), &mut problems)
        }
        Some(_) => {
            problems.push(Problem::new(spec, ROOT, "must be a mapping"));
            None
        }
        None => {
            problems.push(Problem::new(spec, "", "missing x-groupkit-sandbox"));
            None
        }
    };
    let has_me = spec.doc.pointer("/x-groupkit-sandbox/me").is_some();
    for op in spec.operations() {
        check_operation(spec, &op, collections, has_me, &mut problems);
    }
    for op in spec.webhook_operations() {
        if op.get("x-groupkit-sandbox").is_some() {
            let at = spec::pointer_push(&op.pointer, "x-groupkit-sandbox");
            let message =
                "webhooks are sent by the provider, not served: no x-groupkit-sandbox here";
            problems.push(Problem::new(spec, at, message));
        }
    }
    problems
}

/// Checks `collections` and returns it when it is a mapping (operations are checked against it).
fn check_collections<'a>(
    spec: &'a Spec,
    collections: Option<&'a Value>,
    problems: &mut Vec<Problem>,
) -> Option<&'a Map<String, Value>> {
    let at = format!("{ROOT}/collections");
    let Some(collections) = collections.and_then(Value::as_object) else {
        let message = "needs `collections`: a mapping of collection names to definitions";
        problems.push(Problem::new(spec, ROOT, message));
        return None;
    };
    if collections.is_empty() {
        problems.push(Problem::new(spec, at.clone(), "must not be empty"));
    }
    for (name, definition) in collections {
        let def_at = spec::pointer_push(&at, name);
        let mut report = |pointer: String, message: String| {
            problems.push(Problem::new(spec, pointer, message));
        };
        let Some(definition) = definition.as_object() else {
            report(
                def_at,
                "must be a mapping {schema, size, id_field}".to_owned(),
            );
            continue;
        };
        for key in definition.keys() {
            if !COLLECTION_KEYS.contains(&key.as_str()) {
                let message = format!(
                    "unknown key `{key}` (expected {})",
                    COLLECTION_KEYS.join(", ")
                );
                report(spec::pointer_push(&def_at, key), message);
            }
        }
        if definition
            .get("size")
            .and_then(Value::as_u64)
            .is_none_or(|size| size == 0)
        {
            let message = "`size` must be a positive integer".to_owned();
            report(spec::pointer_push(&def_at, "size"), message);
        }
        let id_field = definition
            .get("id_field")
            .and_then(Value::as_str)
            .filter(|f| !f.is_empty());
        if id_field.is_none() {
            let message = "`id_field` must name the items' id property".to_owned();
            report(spec::pointer_push(&def_at, "id_field"), message);
        }
        let schema_at = spec::pointer_push(&def_at, "schema");
        match item_schema(spec, definition) {
            Err(message) => report(schema_at, message),
            Ok(schema) => {
                if !is_object_schema(schema) {
                    report(schema_at, "must be an object schema".to_owned());
                } else if let Some(field) = id_field
                    && !properties(spec, schema).contains(&field)
                {
                    let message = format!("`{field}` is not a property of the item schema");
                    report(spec::pointer_push(&def_at, "id_field"), message);
                }
                // `new` and `cycle` set item fields: each must be one.
                let props = properties(spec, schema);
                for key in ["new", "cycle"] {
                    let set = definition.get(key).and_then(Value::as_object);
                    for field in set.into_iter().flatten().map(|(f, _)| f.as_str()) {
                        if !props.contains(&field) {
                            let message = format!("`{field}` is not a property of the item schema");
                            report(spec::pointer_push(&def_at, key), message);
                        }
                    }
                }
            }
        }
        owners::check_collection(spec, collections, name, definition, &def_at, problems);
    }
    Some(collections)
}

/// The schema a collection definition's `schema: {$ref: ...}` resolves to.
fn item_schema<'a>(
    spec: &'a Spec,
    definition: &'a Map<String, Value>,
) -> Result<&'a Value, String> {
    let reference = definition
        .get("schema")
        .and_then(|schema| schema.get("$ref"))
        .and_then(Value::as_str)
        .ok_or("`schema` must be `{$ref: '#/components/schemas/...'}`")?;
    let target = spec
        .lookup(reference)
        .ok_or_else(|| format!("$ref `{reference}` does not resolve"))?;
    spec.deref(target)
}

fn is_object_schema(schema: &Value) -> bool {
    let typed = match schema.get("type") {
        Some(Value::String(t)) => t == "object",
        Some(Value::Array(types)) => types.iter().any(|t| t == "object"),
        _ => false,
    };
    typed || schema.get("properties").is_some()
}

/// Top-level property names of `schema` (`$ref` and `allOf` followed).
fn properties<'a>(spec: &'a Spec, schema: &'a Value) -> Vec<&'a str> {
    let mut names = Vec::new();
    conventions::collect_properties(spec, schema, 0, &mut names);
    names
}

fn check_errors(spec: &Spec, errors: Option<&Value>, problems: &mut Vec<Problem>) {
    let at = format!("{ROOT}/errors");
    let Some(errors) = errors.and_then(Value::as_object) else {
        let message = "needs `errors`: the body template and the failure kinds";
        problems.push(Problem::new(spec, ROOT, message));
        return;
    };
    let body = errors.get("body");
    match body {
        Some(Value::Object(_)) => {
            let mut unknown = Vec::new();
            unknown_placeholders(body.unwrap_or(&Value::Null), &mut unknown);
            for name in unknown {
                let known: Vec<_> = PLACEHOLDERS.iter().map(|p| format!("{{{p}}}")).collect();
                let known = known.join(", ");
                let message = format!("unknown placeholder `{{{name}}}` (known: {known})");
                problems.push(Problem::new(spec, format!("{at}/body"), message));
            }
        }
        _ => {
            let message = "`body` must be a mapping: the error body template";
            problems.push(Problem::new(spec, format!("{at}/body"), message));
        }
    }
    for key in errors.keys() {
        if key != "body" && !KINDS.iter().any(|(kind, _)| kind == key) {
            let known: Vec<_> = KINDS.iter().map(|(kind, _)| *kind).collect();
            let message = format!("unknown failure kind `{key}` (known: {})", known.join(", "));
            problems.push(Problem::new(spec, spec::pointer_push(&at, key), message));
        }
    }
    let csrf = needs_csrf(spec);
    let mut renders = Vec::new();
    for (kind, required) in KINDS {
        let kind_at = spec::pointer_push(&at, kind);
        let Some(definition) = errors.get(*kind) else {
            if *required || (*kind == "bad_csrf" && csrf) {
                let message = format!("needs the failure kind `{kind}`");
                problems.push(Problem::new(spec, at.clone(), message));
            }
            continue;
        };
        let Some(definition) = definition.as_object() else {
            let message = "must be a mapping {status, code} (and `empty: true` for no body)";
            problems.push(Problem::new(spec, kind_at, message));
            continue;
        };
        for key in definition.keys() {
            if !KIND_KEYS.contains(&key.as_str()) {
                let message = format!("unknown key `{key}` (expected status, code, empty)");
                problems.push(Problem::new(
                    spec,
                    spec::pointer_push(&kind_at, key),
                    message,
                ));
            }
        }
        let status = definition
            .get("status")
            .and_then(Value::as_u64)
            .filter(|s| (100..=599).contains(s));
        if status.is_none() {
            let message = "`status` must be an HTTP status (an integer 100..599)";
            problems.push(Problem::new(
                spec,
                spec::pointer_push(&kind_at, "status"),
                message,
            ));
        }
        let code = definition
            .get("code")
            .and_then(Value::as_str)
            .filter(|c| !c.is_empty());
        if code.is_none() {
            let message = "`code` must be the provider's error code (a non-empty string)";
            problems.push(Problem::new(
                spec,
                spec::pointer_push(&kind_at, "code"),
                message,
            ));
        }
        let empty = match definition.get("empty") {
            None => false,
            Some(Value::Bool(empty)) => *empty,
            Some(_) => {
                let message = "`empty` must be true or false";
                problems.push(Problem::new(
                    spec,
                    spec::pointer_push(&kind_at, "empty"),
                    message,
                ));
                continue;
            }
        };
        if let (false, Some(body @ Value::Object(_)), Some(status), Some(code)) =
            (empty, body, status, code)
        {
            renders.push((kind_at, render_error_body(body, status, code)));
        }
    }
    check_rendered(spec, &renders, problems);
}

/// Whether the document's auth has a session whose writes carry a csrf field (then the sandbox
/// must be able to answer `bad_csrf`).
fn needs_csrf(spec: &Spec) -> bool {
    spec.doc
        .get("x-groupkit-auth")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .any(|scheme| {
            scheme.get("scheme").and_then(Value::as_str) == Some("session")
                && scheme.get("csrf_field").is_some()
        })
}

/// Collects the `{name}`s in the strings of `template` that are not known placeholders.
fn unknown_placeholders(template: &Value, out: &mut Vec<String>) {
    match template {
        Value::String(text) => {
            let mut rest = text.as_str();
            while let Some(start) = rest.find('{') {
                rest = &rest[start + 1..];
                let Some(end) = rest.find('}') else { break };
                let name = &rest[..end];
                let looks_like_one =
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if looks_like_one && !PLACEHOLDERS.contains(&name) && !out.iter().any(|n| n == name)
                {
                    out.push(name.to_owned());
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| unknown_placeholders(v, out)),
        Value::Object(map) => map.values().for_each(|v| unknown_placeholders(v, out)),
        _ => {}
    }
}

/// The body the sandbox would send, as `specs/README.md` describes: a string that is exactly
/// `{status}` becomes the status as a number; placeholders inside other strings are replaced.
pub fn render_error_body(template: &Value, status: u64, code: &str) -> Value {
    match template {
        Value::String(text) if text == "{status}" => json!(status),
        Value::String(text) => Value::String(
            text.replace("{status}", &status.to_string())
                .replace("{code}", code)
                .replace("{message}", SAMPLE_MESSAGE)
                .replace("{time}", SAMPLE_TIME)
                .replace("{id}", SAMPLE_ID),
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| render_error_body(v, status, code))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, value)| (key.clone(), render_error_body(value, status, code)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Validates each rendered body against `x-groupkit-error.schema` (if it names one: the root check
/// reports it otherwise).
fn check_rendered(spec: &Spec, renders: &[(String, Value)], problems: &mut Vec<Problem>) {
    let schema_at = "/x-groupkit-error/schema";
    if renders.is_empty() || spec.doc.pointer(schema_at).is_none() {
        return;
    }
    let validator = examples::document_registry(spec).and_then(|(base, registry)| {
        let target = json!({ "$ref": format!("{base}#{}", examples::fragment(schema_at)) });
        examples::validator_for(&registry, &target)
    });
    let validator = match validator {
        Ok(validator) => validator,
        Err(err) => {
            let message = format!("x-groupkit-error.schema does not compile: {err}");
            problems.push(Problem::new(spec, schema_at, message));
            return;
        }
    };
    for (at, body) in renders {
        let errors: Vec<String> = validator
            .iter_errors(body)
            .take(3)
            .map(|err| format!("at `{}`: {err}", err.instance_path()))
            .collect();
        if !errors.is_empty() {
            let message = format!(
                "the rendered body {body} does not match x-groupkit-error.schema: {}",
                errors.join("; ")
            );
            problems.push(Problem::new(spec, at.clone(), message));
        }
    }
}

fn check_operation(
    spec: &Spec,
    op: &Operation<'_>,
    collections: Option<&Map<String, Value>>,
    has_me: bool,
    problems: &mut Vec<Problem>,
) {
    let Some(block) = op.get("x-groupkit-sandbox") else {
        return;
    };
    let at = spec::pointer_push(&op.pointer, "x-groupkit-sandbox");
    let mut report = |pointer: String, message: String| {
        problems.push(Problem::new(spec, pointer, message));
    };
    let Some(block) = block.as_object() else {
        report(at, "must be a mapping {collection, action, ...}".to_owned());
        return;
    };
    for key in block.keys() {
        if !OPERATION_KEYS.contains(&key.as_str()) {
            let message = format!(
                "unknown key `{key}` (expected {})",
                OPERATION_KEYS.join(", ")
            );
            report(spec::pointer_push(&at, key), message);
        }
    }
    let name = block
        .get("action")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let params = op.parameters(spec);
    let fields = conventions::body_fields(spec, op);
    let is_input = |name: &str| params.iter().any(|p| p.name == name) || fields.contains(&name);
    // Without an action, the operation only answers with its `reply` template.
    if name.is_empty() && block.contains_key("reply") && !block.contains_key("collection") {
        let cx = effects::Context {
            block,
            at: &at,
            action: "",
            props: Vec::new(),
            is_input: &is_input,
            has_me,
        };
        effects::check_operation(spec, &cx, problems);
        return;
    }
    let Some(action) = ACTIONS.iter().find(|a| a.name == name) else {
        let known: Vec<_> = ACTIONS.iter().map(|a| a.name).collect();
        let message = format!("action must be one of {}", known.join(", "));
        report(spec::pointer_push(&at, "action"), message);
        return;
    };
    let key_at = |key: &str| spec::pointer_push(&at, key);
    let collection = block.get("collection");
    // The collection's definition, once it is known to exist.
    let mut definition = None;
    match (collection, action.collection) {
        (None, true) => report(at.clone(), format!("action `{name}` needs `collection`")),
        (None, false) => {}
        // Without a root extension there is nothing to check names against (reported there).
        (Some(Value::String(collection)), _) => {
            if let Some(known) = collections {
                match known.get(collection).and_then(Value::as_object) {
                    Some(found) => definition = Some(found),
                    None => {
                        let message =
                            format!("`{collection}` is not a collection of x-groupkit-sandbox");
                        report(key_at("collection"), message);
                    }
                }
            }
        }
        (Some(_), _) => report(key_at("collection"), "must be a collection name".to_owned()),
    }
    // `where` names the item by its fields, in place of an `id`.
    let named_by_fields = block.contains_key("where");
    match (block.get("id"), action.id) {
        (None, true) if named_by_fields => {}
        (Some(_), _) if named_by_fields => report(
            key_at("id"),
            "an item is named by `id` or by `where`, not both".to_owned(),
        ),
        (None, true) => report(at.clone(), format!("action `{name}` needs `id`")),
        (Some(_), false) => report(
            key_at("id"),
            format!("action `{name}` names no item: no `id`"),
        ),
        (Some(id), true) => match id.as_str() {
            Some(id) if is_input(id) => {}
            Some(id) => report(
                key_at("id"),
                format!("`{id}` is neither a parameter nor a top-level request body field"),
            ),
            None => report(key_at("id"), "must be a parameter name".to_owned()),
        },
        (None, false) => {}
    }
    match (block.get("to"), action.to) {
        (None, true) => report(at.clone(), format!("action `{name}` needs `to`")),
        (Some(_), false) => report(
            key_at("to"),
            format!("only `move` takes `to`, not `{name}`"),
        ),
        (Some(to), true) => match to.as_str() {
            Some(to) if collections.is_none_or(|c| c.contains_key(to)) => {}
            Some(to) => {
                let message = format!("`{to}` is not a collection of x-groupkit-sandbox");
                report(key_at("to"), message);
            }
            None => report(key_at("to"), "must be a collection name".to_owned()),
        },
        (None, false) => {}
    }
    match (block.get("items"), action.items) {
        (None, true) => report(at.clone(), format!("action `{name}` needs `items`")),
        (Some(_), false) => report(
            key_at("items"),
            format!("only `upsert` takes `items`, not `{name}`"),
        ),
        (Some(items), true) => {
            // `/objects`: a top-level request body field holding the list.
            let field = items.as_str().and_then(|p| p.strip_prefix('/'));
            if !field.is_some_and(|field| !field.contains('/') && fields.contains(&field)) {
                let message = "must point at a top-level request body field (`/objects`)";
                report(key_at("items"), message.to_owned());
            }
        }
        (None, false) => {}
    }
    if let Some(parent) = block.get("parent") {
        let parent_at = key_at("parent");
        if !action.parent {
            let message =
                format!("`parent` applies to list, get, create, update and delete, not `{name}`");
            report(parent_at.clone(), message);
        }
        let param = parent.get("param").and_then(Value::as_str);
        let field = parent.get("field");
        match (param, field.map(Value::as_str)) {
            (Some(param), None | Some(Some(_))) => {
                if !is_input(param) {
                    let message = format!(
                        "`{param}` is neither a parameter nor a top-level request body field"
                    );
                    report(spec::pointer_push(&parent_at, "param"), message);
                }
                let field = field.and_then(Value::as_str);
                let schema = definition.and_then(|d| item_schema(spec, d).ok());
                let unknown_field = field.filter(|field| {
                    schema.is_some_and(|schema| !properties(spec, schema).contains(field))
                });
                if let Some(field) = unknown_field {
                    let message = format!("`{field}` is not a property of the collection's items");
                    report(spec::pointer_push(&parent_at, "field"), message);
                }
                // Whether it reaches an owner, once the collection and the field are known.
                let collection = block.get("collection").and_then(Value::as_str);
                if definition.is_some()
                    && unknown_field.is_none()
                    && let Some(message) = owners::check_parent(collections, collection, field)
                {
                    report(parent_at.clone(), message);
                }
                // The owner's owner, named too (`parent.parent`): the same rules, one level up.
                if let Some(outer) = parent.get("parent") {
                    let outer_at = spec::pointer_push(&parent_at, "parent");
                    let owner = owners::ancestor_of(collections, collection, field);
                    let outer_param = outer.get("param").and_then(Value::as_str);
                    let outer_field = outer.get("field").and_then(Value::as_str);
                    match outer_param {
                        Some(param) if is_input(param) => {}
                        _ => report(
                            outer_at.clone(),
                            "`param` must name a parameter or top-level request body field"
                                .to_owned(),
                        ),
                    }
                    if let Some(message) =
                        owners::check_parent(collections, owner.as_deref(), outer_field)
                    {
                        report(outer_at, message);
                    }
                }
            }
            _ => report(parent_at, "must be a mapping {param, field}".to_owned()),
        }
    }
    if name == "list" && op.get("x-groupkit-pagination").is_none() {
        let message = "`list` is for operations with x-groupkit-pagination".to_owned();
        report(key_at("action"), message);
    }
    // A `reply` template says what the answer holds: the item need not be it.
    if let Some(definition) = definition
        && !block.contains_key("reply")
        && let Some(message) = check_answer(spec, op, name, definition)
    {
        report(key_at("collection"), message);
    }
    let props = definition
        .and_then(|d| item_schema(spec, d).ok())
        .map(|schema| properties(spec, schema))
        .unwrap_or_default();
    let cx = effects::Context {
        block,
        at: &at,
        action: name,
        props,
        is_input: &is_input,
        has_me,
    };
    effects::check_operation(spec, &cx, problems);
}

/// Whether the operation answers with the collection's items: a list's `items` array holds them; a
/// get, create or update returns one. Only `$ref`s are compared; inline schemas are not judged.
fn check_answer(
    spec: &Spec,
    op: &Operation<'_>,
    action: &str,
    definition: &Map<String, Value>,
) -> Option<String> {
    let collection = item_schema(spec, definition).ok()?;
    let reference = definition.get("schema")?.get("$ref")?.as_str()?;
    let response = pagination::success_response(spec, op);
    let schema = response.and_then(pagination::json_schema)?;
    let answered: Vec<&Value> = match action {
        "list" => {
            let pointer = op
                .get("x-groupkit-pagination")?
                .get("items")?
                .as_str()?
                .to_owned();
            let tokens: Vec<String> = pointer
                .split('/')
                .skip(1)
                .map(|t| t.replace("~1", "/").replace("~0", "~"))
                .collect();
            let mut arrays = Vec::new();
            pagination::schemas_at(spec, schema, &tokens, 0, &mut arrays);
            arrays
                .iter()
                .filter_map(|array| array.get("items"))
                .collect()
        }
        "get" | "create" | "update" => vec![schema],
        _ => return None,
    };
    let references: Vec<&str> = answered
        .iter()
        .filter_map(|s| s.get("$ref").and_then(Value::as_str))
        .collect();
    if references.is_empty() {
        return None;
    }
    let same = answered
        .iter()
        .any(|s| spec.deref(s).is_ok_and(|s| std::ptr::eq(s, collection)));
    (!same).then(|| {
        format!(
            "the collection holds `{reference}` but the operation answers with `{}`",
            references.join("`, `")
        )
    })
}
