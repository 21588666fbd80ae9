//! A collection's definition in the spec (`x-groupkit-sandbox.collections.<name>`), read once
//! when the sandbox starts, and where its seeded items sit relative to their owners.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::spec::{ProviderSpec, properties};

/// The seeded size of a collection whose spec gives none.
const DEFAULT_SIZE: u64 = 25;

/// What the sandbox knows of one collection.
#[derive(Debug)]
pub struct Meta {
    /// The collection's name (`members`).
    pub name: String,
    /// How many items are seeded.
    pub size: u64,
    /// The item schema (a `$ref`).
    pub schema: Value,
    /// The field holding an item's id.
    pub id_field: String,
    /// The form ids take, read off the id field's schema.
    pub id_form: IdForm,
    /// The item schema's properties.
    pub props: Map<String, Value>,
    /// The collection whose items own this one's (`owner:`), if any.
    pub owner: Option<Owner>,
    /// Where seeded items sit under their owners; `None` without an owner.
    pub layout: Option<Layout>,
    /// The field a lookup by name matches (`name_field:`).
    pub name_field: Option<String>,
    /// The names of the first seeded items (`names:`), in index order.
    pub names: Vec<String>,
    /// Values seeded items take in turn (`cycle: {user_status: [10, 10, 4]}`: item `i` gets
    /// the `i % len`th), where a uniform draw would be unlike real data.
    pub cycle: Vec<(String, Vec<Value>)>,
    /// The field that holds the calling user's id on the last seeded item of each owner
    /// (`mine: user_id`): the caller's own record there (a Groups.io subscription).
    pub mine: Option<String>,
}

/// A collection-level `owner: {collection, field, roots, none, inherit, open}`.
#[derive(Debug)]
pub struct Owner {
    /// The owning collection (this one's own name for a tree: Groups.io subgroups).
    pub collection: String,
    /// The field holding the owner's id; `None` when the items do not say (Groupboss, SendHub:
    /// the URL names the owner).
    pub field: Option<String>,
    /// The first `roots` seeded items have no owner (the top of a tree).
    pub roots: u64,
    /// What `field` holds on an item without an owner (`0` for a top-level Groups.io group).
    pub none: Option<Value>,
    /// Fields copied from the owner (`this field: owner's field`), such as a message's
    /// `group_id` from its topic.
    pub inherit: Vec<(String, String)>,
    /// A created item whose `field` names no existing owner opens one, with these fields
    /// (`owner's field: this item's field`) copied from it: a SendHub message sent opens its
    /// inbox thread.
    pub open: Vec<(String, String)>,
}

/// The id forms of `Provider::id_value`, so that an id can be read back into its index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdForm {
    /// A UUID whose last group is the index.
    Uuid,
    /// `index + 1` as a JSON integer.
    Integer,
    /// `10^17 + index + 1` as text (an id that may be a string or an integer).
    NumericText,
    /// `<collection>-<index + 1>`.
    Prefixed,
}

/// Where seeded items sit under their owners: items `start..start + children` are spread in
/// contiguous blocks over the owner's first `parents` seeded items, in order. Blocks keep a
/// parent's items one range of indices, so a page of them is cut by arithmetic, and blocks of
/// blocks (messages of the topics of a group) are one range too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The first owned item (the items before it have no owner).
    pub start: u64,
    /// How many items are owned.
    pub children: u64,
    /// How many owner items share them.
    pub parents: u64,
}

impl Layout {
    /// The owner index of seeded item `index`; `None` for an item without one.
    pub fn parent(&self, index: u64) -> Option<u64> {
        if index < self.start || self.parents == 0 || index >= self.start + self.children {
            return None;
        }
        let j = u128::from(index - self.start);
        u64::try_from(j * u128::from(self.parents) / u128::from(self.children)).ok()
    }

    /// Where the items of owner `parent` begin: `ceil(parent × children / parents)` after
    /// `start`, so that `lo(p)..lo(p + 1)` is exactly the items whose [`Layout::parent`] is `p`.
    pub fn lo(&self, parent: u64) -> u64 {
        if self.parents == 0 || parent >= self.parents {
            return self.start + self.children;
        }
        let (p, c, n) = (
            u128::from(parent),
            u128::from(self.children),
            u128::from(self.parents),
        );
        self.start + u64::try_from((p * c).div_ceil(n)).unwrap_or(self.children)
    }
}

/// Reads every collection of `spec`, with `sizes` overriding the spec's sizes.
pub fn read_all(spec: &ProviderSpec, sizes: &BTreeMap<String, usize>) -> BTreeMap<String, Meta> {
    let definitions = spec
        .sandbox()
        .get("collections")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut metas: BTreeMap<String, Meta> = definitions
        .iter()
        .map(|(name, definition)| (name.clone(), read(spec, name, definition, sizes)))
        .collect();
    // Layouts need the owners' sizes, known once every collection is read.
    let owner_sizes: BTreeMap<String, u64> =
        metas.iter().map(|(n, m)| (n.clone(), m.size)).collect();
    for meta in metas.values_mut() {
        meta.layout = meta.owner.as_ref().map(|owner| {
            let start = owner.roots.min(meta.size);
            let parents = if owner.collection == meta.name {
                start
            } else {
                owner_sizes.get(&owner.collection).copied().unwrap_or(0)
            };
            Layout {
                start,
                children: meta.size - start,
                parents,
            }
        });
    }
    metas
}

fn read(
    spec: &ProviderSpec,
    name: &str,
    definition: &Value,
    sizes: &BTreeMap<String, usize>,
) -> Meta {
    let text = |key: &str| {
        definition
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let size = sizes.get(name).map_or_else(
        || {
            definition
                .get("size")
                .and_then(Value::as_u64)
                .unwrap_or(DEFAULT_SIZE)
        },
        |n| *n as u64,
    );
    let schema = definition.get("schema").cloned().unwrap_or(Value::Null);
    let (props, _) = properties(spec, &schema);
    let id_field = text("id_field").unwrap_or_else(|| "id".to_owned());
    let id_form = id_form(spec, props.get(&id_field));
    let owner = definition.get("owner").map(|owner| Owner {
        collection: owner
            .get("collection")
            .and_then(Value::as_str)
            .unwrap_or(name)
            .to_owned(),
        field: owner
            .get("field")
            .and_then(Value::as_str)
            .map(str::to_owned),
        roots: owner.get("roots").and_then(Value::as_u64).unwrap_or(0),
        none: owner.get("none").cloned(),
        inherit: pairs(owner.get("inherit")),
        open: pairs(owner.get("open")),
    });
    let names = definition
        .get("names")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|n| n.as_str().map(str::to_owned))
        .collect();
    let cycle = definition
        .get("cycle")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(field, values)| Some((field.clone(), values.as_array()?.clone())))
        .filter(|(_, values)| !values.is_empty())
        .collect();
    Meta {
        name: name.to_owned(),
        size,
        schema,
        id_field,
        id_form,
        props,
        owner,
        layout: None,
        name_field: text("name_field"),
        names,
        cycle,
        mine: text("mine"),
    }
}

/// The id form for an id field's schema.
fn id_form(spec: &ProviderSpec, schema: Option<&Value>) -> IdForm {
    let schema = schema.map_or(&Value::Null, |s| spec.deref(s));
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if schema.get("format").and_then(Value::as_str) == Some("uuid") {
        return IdForm::Uuid;
    }
    match (types.contains(&"integer"), types.contains(&"string")) {
        (true, true) => IdForm::NumericText,
        (true, false) => IdForm::Integer,
        _ => IdForm::Prefixed,
    }
}

/// A `{key: field}` mapping as pairs, in order.
fn pairs(mapping: Option<&Value>) -> Vec<(String, String)> {
    mapping
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_every_child_once_in_order() {
        for (children, parents) in [(60, 30), (7, 3), (3, 7), (1_000_000, 30), (10, 1)] {
            let layout = Layout {
                start: 4,
                children,
                parents,
            };
            let mut next = 4;
            for p in 0..parents {
                let (lo, hi) = (layout.lo(p), layout.lo(p + 1));
                assert_eq!(lo, next);
                for i in lo..hi.min(lo + 50) {
                    assert_eq!(layout.parent(i), Some(p), "{children}/{parents}: {i}");
                }
                next = hi;
            }
            assert_eq!(next, 4 + children);
            assert_eq!(layout.parent(3), None);
        }
    }
}
