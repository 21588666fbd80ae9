//! The sandbox's ownership and naming annotations: a collection's `owner`, `name_field` and
//! `names`, and an operation's `parent`, which must reach the items' owner through them
//! (`specs/README.md`, "The sandbox's extensions").

use serde_json::{Map, Value};

use super::{item_schema, properties};
use crate::spec::{self, Spec};
use crate::validate::Problem;

/// Keys of a collection's `owner`.
const OWNER_KEYS: &[&str] = &["collection", "field", "roots", "none", "inherit", "open"];

/// How deep owners of owners are followed (the sandbox's own limit).
const MAX_DEPTH: usize = 8;

/// Checks a collection's `owner` (an existing `collection`; `field` and each `inherit` key a
/// property of the items, each `inherit` value one of the owner's; `roots`, needed by a
/// collection that owns itself, a positive integer; `none` only with a `field`), its
/// `name_field` (a property) and its `names` (strings, with a `name_field`, at most `size`).
pub fn check_collection(
    spec: &Spec,
    collections: &Map<String, Value>,
    name: &str,
    definition: &Map<String, Value>,
    def_at: &str,
    problems: &mut Vec<Problem>,
) {
    let mut report = |pointer: String, message: String| {
        problems.push(Problem::new(spec, pointer, message));
    };
    let own: Vec<&str> = item_schema(spec, definition)
        .map(|schema| properties(spec, schema))
        .unwrap_or_default();
    let is_own = |field: &str| own.is_empty() || own.contains(&field);
    if let Some(owner) = definition.get("owner") {
        let at = spec::pointer_push(def_at, "owner");
        check_owner(spec, collections, name, owner, &at, &is_own, &mut report);
    }
    let name_field = definition.get("name_field");
    if let Some(field) = name_field {
        match field.as_str() {
            Some(field) if is_own(field) => {}
            _ => report(
                spec::pointer_push(def_at, "name_field"),
                "`name_field` must name a property of the item schema".to_owned(),
            ),
        }
    }
    if let Some(names) = definition.get("names") {
        let at = spec::pointer_push(def_at, "names");
        let size = definition.get("size").and_then(Value::as_u64).unwrap_or(0);
        match names.as_array() {
            Some(list) if list.iter().all(Value::is_string) => {
                if name_field.is_none() {
                    report(at.clone(), "`names` needs a `name_field`".to_owned());
                }
                if list.len() as u64 > size {
                    report(at, format!("{} names for {size} items", list.len()));
                }
            }
            _ => report(at, "`names` must be a list of strings".to_owned()),
        }
    }
}

fn check_owner(
    spec: &Spec,
    collections: &Map<String, Value>,
    name: &str,
    owner: &Value,
    at: &str,
    is_own: &dyn Fn(&str) -> bool,
    report: &mut dyn FnMut(String, String),
) {
    let Some(owner) = owner.as_object() else {
        report(
            at.to_owned(),
            "must be a mapping {collection, field, ...}".to_owned(),
        );
        return;
    };
    for key in owner.keys() {
        if !OWNER_KEYS.contains(&key.as_str()) {
            let message = format!("unknown key `{key}` (expected {})", OWNER_KEYS.join(", "));
            report(spec::pointer_push(at, key), message);
        }
    }
    let key_at = |key: &str| spec::pointer_push(at, key);
    let Some(up) = owner.get("collection").and_then(Value::as_str) else {
        report(
            key_at("collection"),
            "must name the owning collection".to_owned(),
        );
        return;
    };
    let Some(up_definition) = collections.get(up).and_then(Value::as_object) else {
        let message = format!("`{up}` is not a collection of x-groupkit-sandbox");
        report(key_at("collection"), message);
        return;
    };
    let field = owner.get("field");
    if let Some(field) = field
        && !field.as_str().is_some_and(is_own)
    {
        let message = "`field` must name a property of the item schema".to_owned();
        report(key_at("field"), message);
    }
    match (owner.get("roots"), up == name) {
        (Some(roots), _) if roots.as_u64().is_none() => {
            report(key_at("roots"), "must be a non-negative integer".to_owned());
        }
        (Some(roots), true) if roots.as_u64() == Some(0) => {
            report(key_at("roots"), "a tree needs at least one root".to_owned());
        }
        (None, true) => report(
            key_at("roots"),
            "a collection that owns itself needs `roots`: how many items are at the top".to_owned(),
        ),
        _ => {}
    }
    if owner.get("none").is_some() && field.is_none() {
        report(
            key_at("none"),
            "`none` is the `field`'s value: it needs a `field`".to_owned(),
        );
    }
    let up_props: Vec<&str> = item_schema(spec, up_definition)
        .map(|schema| properties(spec, schema))
        .unwrap_or_default();
    if let Some(open) = owner.get("open") {
        // `{owner's field: item field}`: what a new owner is made of.
        if field.is_none() {
            let message = "`open` sets the new owner's id in `field`: it needs a `field`";
            report(key_at("open"), message.to_owned());
        }
        for (theirs, mine) in open.as_object().into_iter().flatten() {
            let entry = spec::pointer_push(&key_at("open"), theirs);
            if !up_props.is_empty() && !up_props.contains(&theirs.as_str()) {
                report(
                    entry.clone(),
                    format!("`{theirs}` is not a property of `{up}`'s items"),
                );
            }
            if !mine.as_str().is_some_and(is_own) {
                report(entry, "must name a property of the items".to_owned());
            }
        }
        if !open.is_object() {
            report(
                key_at("open"),
                "must map the owner's fields to the items' fields".to_owned(),
            );
        }
    }
    if let Some(inherit) = owner.get("inherit") {
        let Some(inherit) = inherit.as_object() else {
            report(
                key_at("inherit"),
                "must map fields to the owner's fields".to_owned(),
            );
            return;
        };
        for (mine, theirs) in inherit {
            let entry = spec::pointer_push(&key_at("inherit"), mine);
            if !is_own(mine) {
                report(
                    entry.clone(),
                    format!("`{mine}` is not a property of the items"),
                );
            }
            match theirs.as_str() {
                Some(theirs) if up_props.is_empty() || up_props.contains(&theirs) => {}
                _ => report(entry, format!("must name a property of `{up}`'s items")),
            }
        }
    }
}

/// Checks an operation's `parent: {param, field}`: `field` (or, without it, the direct owner)
/// must lead from `collection` to an owner through `owner.field` and `owner.inherit`.
/// Returns what is wrong, if anything.
pub fn check_parent(
    collections: Option<&Map<String, Value>>,
    collection: Option<&str>,
    field: Option<&str>,
) -> Option<String> {
    let (Some(collections), Some(collection)) = (collections, collection) else {
        return None;
    };
    ancestor(collections, collection, field, 0).err()
}

/// The collection a `parent` with `field` names items of, if it reaches one.
pub fn ancestor_of(
    collections: Option<&Map<String, Value>>,
    collection: Option<&str>,
    field: Option<&str>,
) -> Option<String> {
    ancestor(collections?, collection?, field, 0).ok()
}

/// The collection whose ids `collection`'s items hold in `field`.
fn ancestor(
    collections: &Map<String, Value>,
    collection: &str,
    field: Option<&str>,
    depth: usize,
) -> Result<String, String> {
    if depth > MAX_DEPTH {
        return Err(format!("owners nest deeper than {MAX_DEPTH}: a cycle?"));
    }
    let owner = collections
        .get(collection)
        .and_then(|c| c.get("owner"))
        .ok_or_else(|| format!("`{collection}` declares no `owner` for a parent to name"))?;
    let up = owner
        .get("collection")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("`{collection}`'s owner names no collection"))?;
    let own_field = owner.get("field").and_then(Value::as_str);
    match field {
        None => Ok(up.to_owned()),
        Some(field) if own_field == Some(field) => Ok(up.to_owned()),
        Some(field) => {
            let from = owner
                .get("inherit")
                .and_then(|i| i.get(field))
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    format!(
                        "`{field}` is neither `{collection}`'s owner field nor inherited from its owner"
                    )
                })?;
            ancestor(collections, up, Some(from), depth + 1)
        }
    }
}
