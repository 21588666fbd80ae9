//! The sandbox's state: per provider, seeded collections and login sessions.
//!
//! A collection is its seeded items, generated on demand from (seed, provider, collection,
//! index) and cached within a bound, plus what requests changed, kept exactly
//! ([`store::Collection`]). Children are spread over their owners in contiguous blocks
//! ([`meta::Layout`]), so the items of one owner are a range and a page of them costs O(page).

pub mod ids;
mod meta;
mod store;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use crate::auth::Sessions;
use crate::data::Generator;
use crate::rng::Rng;
use crate::spec::ProviderSpec;

pub use meta::Meta;
pub use store::{Collection, Extra, Scope, Under};

/// Generated seeded items a provider keeps at most; past it the cache starts over (the items
/// are regenerated identically when asked for again). Kept as JSON text, up to about 4 KB
/// each (a Groups.io member): some 200 MB at most.
const CACHE_CAP: usize = 50_000;

/// How deep owners of owners are followed (a cycle in a spec stops here).
const MAX_DEPTH: usize = 8;

/// One provider: its spec and its mutable data.
#[derive(Debug)]
pub struct Provider {
    /// The spec.
    pub spec: ProviderSpec,
    /// Collections and sessions.
    pub data: Mutex<Data>,
    seed: u64,
    metas: BTreeMap<String, Meta>,
    /// Page envelopes by operation name: generated once, as they are the same for every page.
    envelopes: Mutex<BTreeMap<String, Value>>,
}

/// A provider's mutable data.
#[derive(Debug, Default)]
pub struct Data {
    collections: BTreeMap<String, Collection>,
    /// Seeded items in the caches of all collections.
    cached: usize,
    /// Logged-in sessions by cookie value.
    pub sessions: Sessions,
    /// Counter for session cookies and tokens.
    pub logins: u64,
    /// What happened to items since the server last looked: the webhooks' source.
    pub events: Vec<Event>,
}

/// Something that happened to an item of a collection.
#[derive(Clone, Debug)]
pub struct Event {
    /// The collection (`groups`).
    pub collection: String,
    /// What happened.
    pub change: Change,
    /// The item after the change (before it, for a deletion).
    pub item: Value,
    /// For an update, the item before it: what a rule's `was` tests (SendHub's block is a
    /// contact that was not blocked and now is).
    pub before: Option<Value>,
}

/// What happened to an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// It was created.
    Created,
    /// Its fields changed.
    Updated,
    /// It was deleted.
    Deleted,
}

/// An item as the store keeps it.
enum Stored {
    /// Its value (changed items, and seeded ones just generated).
    Value(Arc<Value>),
    /// Its JSON text (seeded items from the cache).
    Text(Arc<str>),
}

/// How the items of an ancestor are reached: the ancestor's collection, and the collections
/// from just below it down to the one listed (a group's messages: `groups` → topics, messages).
#[derive(Debug, Clone)]
pub struct Lineage {
    /// The ancestor's collection.
    pub ancestor: String,
    /// Each owned collection, top down; the last is the listed one.
    chain: Vec<String>,
}

impl Provider {
    /// A provider with `seed` and collection size overrides (`collection → size`).
    pub fn new(spec: ProviderSpec, seed: u64, sizes: BTreeMap<String, usize>) -> Provider {
        let metas = meta::read_all(&spec, &sizes);
        Provider {
            spec,
            data: Mutex::new(Data::default()),
            seed,
            metas,
            envelopes: Mutex::default(),
        }
    }

    /// The page envelope of operation `name`, made by `make` the first time.
    pub fn envelope(&self, name: &str, make: impl FnOnce() -> Value) -> Value {
        let Ok(mut envelopes) = self.envelopes.lock() else {
            return make();
        };
        envelopes
            .entry(name.to_owned())
            .or_insert_with(make)
            .clone()
    }

    /// What the spec says of a collection.
    pub fn meta(&self, name: &str) -> Option<&Meta> {
        self.metas.get(name)
    }

    /// The collection's state, created unchanged on first use.
    pub fn collection<'a>(&self, data: &'a mut Data, name: &str) -> &'a mut Collection {
        let size = self.meta(name).map_or(0, |m| m.size);
        data.collections
            .entry(name.to_owned())
            .or_insert_with(|| Collection::new(size))
    }

    fn root(&self, name: &str) -> Rng {
        Rng::new(self.seed).derive(self.spec.name).derive(name)
    }

    /// The id of item `index` (ids never change).
    pub fn id_of(&self, name: &str, index: u64) -> Value {
        let Some(meta) = self.meta(name) else {
            return Value::Null;
        };
        let mut rng = if index < meta.size {
            self.root(name).derive(&index.to_string())
        } else {
            self.root(name).derive(&format!("new{index}"))
        };
        ids::id_value(meta, index, &mut rng)
    }

    /// The current value of item `index`, if it exists.
    pub fn item(&self, data: &mut Data, name: &str, index: u64) -> Option<Arc<Value>> {
        match self.stored(data, name, index)? {
            Stored::Value(value) => Some(value),
            Stored::Text(text) => Some(Arc::new(serde_json::from_str(&text).ok()?)),
        }
    }

    /// Item `index` as JSON text, if it exists: what a page is made of.
    pub fn item_json(&self, data: &mut Data, name: &str, index: u64) -> Option<Arc<str>> {
        match self.stored(data, name, index)? {
            Stored::Value(value) => Some(Arc::from(value.to_string())),
            Stored::Text(text) => Some(text),
        }
    }

    /// Item `index` as kept: a changed item's value, or a seeded one's text (generated and
    /// cached on a miss).
    fn stored(&self, data: &mut Data, name: &str, index: u64) -> Option<Stored> {
        let size = self.meta(name)?.size;
        let collection = self.collection(data, name);
        if let Some(value) = collection.changed.get(&index) {
            return Some(Stored::Value(value.clone()));
        }
        if index >= size || collection.removed.contains(&index) {
            return None;
        }
        if let Some(text) = collection.cache.get(&index) {
            return Some(Stored::Text(text.clone()));
        }
        let value = self.generate(data, name, index);
        let text: Arc<str> = Arc::from(value.to_string());
        if data.cached >= CACHE_CAP {
            for collection in data.collections.values_mut() {
                collection.cache.clear();
            }
            data.cached = 0;
        }
        data.cached += 1;
        self.collection(data, name).cache.insert(index, text);
        Some(Stored::Value(Arc::new(value)))
    }

    /// Seeded item `index`, generated: its id, its owner's id (and the fields it inherits),
    /// its documented name.
    fn generate(&self, data: &mut Data, name: &str, index: u64) -> Value {
        let Some(meta) = self.meta(name) else {
            return Value::Null;
        };
        let mut rng = self.root(name).derive(&index.to_string());
        let mut overrides = Map::new();
        overrides.insert(meta.id_field.clone(), ids::id_value(meta, index, &mut rng));
        let mut parent = None;
        if let (Some(owner), Some(layout)) = (&meta.owner, &meta.layout) {
            parent = layout.parent(index);
            match parent {
                Some(p) => {
                    if let Some(field) = &owner.field {
                        let id = self.id_of(&owner.collection, p);
                        overrides.insert(field.clone(), self.retype(meta, field, id));
                    }
                    for (field, from) in &owner.inherit {
                        let value = self.field_of(data, &owner.collection, p, from);
                        overrides.insert(field.clone(), self.retype(meta, field, value));
                    }
                }
                None => {
                    if let (Some(field), Some(none)) = (&owner.field, &owner.none) {
                        overrides.insert(field.clone(), none.clone());
                    }
                }
            }
        }
        // The caller's own record: the last seeded item of each owner (`mine`), so that the
        // first ones, which examples and tests pick, stay other people's.
        if let (Some(field), Some(p), Some(layout)) = (&meta.mine, parent, &meta.layout)
            && index + 1 == layout.lo(p + 1)
            && let Some(me) = self.spec.sandbox().get("me").and_then(Value::as_str)
        {
            let id = self.id_of(me, 0);
            overrides.insert(field.clone(), self.retype(meta, field, id));
        }
        for (field, values) in &meta.cycle {
            let turn = usize::try_from(index).unwrap_or(0) % values.len();
            overrides.insert(field.clone(), values[turn].clone());
        }
        let listed = usize::try_from(index).ok().and_then(|i| meta.names.get(i));
        if let (Some(field), Some(listed)) = (&meta.name_field, listed) {
            overrides.insert(field.clone(), Value::String(listed.clone()));
        }
        let mut value = Generator::new(&self.spec.doc).object(&meta.schema, &mut rng, &overrides);
        // In a tree, a child is named after its parent (Groups.io: `beta+api`).
        if let (Some(field), Some(p), Some(owner)) = (&meta.name_field, parent, &meta.owner)
            && owner.collection == name
        {
            let parent_name = self.field_of(data, name, p, field);
            if let (Some(parent_name), Some(own)) = (
                parent_name.as_str(),
                value.get(field).and_then(Value::as_str),
            ) {
                value[field.as_str()] = Value::String(format!("{parent_name}+{own}"));
            }
        }
        value
    }

    /// One field of item `index`; its id and its owner's id without generating it.
    pub fn field_of(&self, data: &mut Data, name: &str, index: u64, field: &str) -> Value {
        let Some(meta) = self.meta(name) else {
            return Value::Null;
        };
        if field == meta.id_field {
            return self.id_of(name, index);
        }
        if let (Some(owner), Some(layout)) = (&meta.owner, &meta.layout)
            && owner.field.as_deref() == Some(field)
            && index < meta.size
            && !self.collection(data, name).changed.contains_key(&index)
        {
            return match layout.parent(index) {
                Some(p) => self.retype(meta, field, self.id_of(&owner.collection, p)),
                None => owner.none.clone().unwrap_or(Value::Null),
            };
        }
        self.item(data, name, index)
            .and_then(|item| item.get(field).cloned())
            .unwrap_or(Value::Null)
    }

    /// An id in the JSON type the item schema gives `field`.
    fn retype(&self, meta: &Meta, field: &str, value: Value) -> Value {
        match (meta.props.get(field), ids::text(&value)) {
            (Some(schema), Some(text)) => typed(&self.spec, schema, &Value::String(text)),
            _ => value,
        }
    }

    /// The index of the live item whose id reads as `id`: O(1), the id is read back into it.
    pub fn find(&self, data: &mut Data, name: &str, id: &str) -> Option<u64> {
        let meta = self.meta(name)?;
        let index = ids::index_of(meta, id)?;
        let collection = self.collection(data, name);
        let live = collection.changed.contains_key(&index)
            || (index < meta.size && !collection.removed.contains(&index));
        (live && same_id(&self.id_of(name, index), id)).then_some(index)
    }

    /// The index of the first live item whose `name_field` is `text`: a scan (names are not
    /// indexed; the collections looked up by name are small).
    pub fn find_by_name(&self, data: &mut Data, name: &str, text: &str) -> Option<u64> {
        let field = self.meta(name)?.name_field.clone()?;
        let everything = self.everything(name);
        let indices = self.collection(data, name).window(&everything, 0, u64::MAX);
        indices
            .into_iter()
            .find(|&index| self.field_of(data, name, index, &field).as_str() == Some(text))
    }

    /// How the items of `name` are reached from the owner whose id they hold in `field` (the
    /// direct owner when `field` is `None`); `None` when the spec declares no such owner.
    pub fn lineage(&self, name: &str, field: Option<&str>) -> Option<Lineage> {
        self.lineage_at(name, field, 0)
    }

    fn lineage_at(&self, name: &str, field: Option<&str>, depth: usize) -> Option<Lineage> {
        let owner = self.meta(name)?.owner.as_ref()?;
        if depth > MAX_DEPTH {
            return None;
        }
        let mut lineage = match field {
            None => Lineage {
                ancestor: owner.collection.clone(),
                chain: Vec::new(),
            },
            Some(field) if owner.field.as_deref() == Some(field) => Lineage {
                ancestor: owner.collection.clone(),
                chain: Vec::new(),
            },
            Some(field) => {
                let (_, from) = owner.inherit.iter().find(|(f, _)| f == field)?;
                self.lineage_at(&owner.collection, Some(from), depth + 1)?
            }
        };
        lineage.chain.push(name.to_owned());
        Some(lineage)
    }

    /// The whole collection: every seeded item, then every created one.
    pub fn everything(&self, name: &str) -> Scope {
        Scope {
            seeded: 0..self.meta(name).map_or(0, |m| m.size),
            under: None,
        }
    }

    /// The items of ancestor `index` (of `lineage.ancestor`) that hold its id in `field`.
    pub fn under(&self, lineage: &Lineage, index: u64, field: Option<&str>) -> Scope {
        let top = self.meta(&lineage.ancestor).map_or(0, |m| m.size);
        let mut range = index.min(top)..index.saturating_add(1).min(top);
        for name in &lineage.chain {
            let Some(layout) = self.meta(name).and_then(|m| m.layout) else {
                range = 0..0;
                break;
            };
            range = layout.lo(range.start)..layout.lo(range.end);
        }
        let field = field.map(str::to_owned).or_else(|| {
            let listed = lineage.chain.last()?;
            self.meta(listed)?.owner.as_ref()?.field.clone()
        });
        let key = ids::text(&self.id_of(&lineage.ancestor, index)).unwrap_or_default();
        Scope {
            seeded: range,
            under: Some(Under { field, key }),
        }
    }

    /// How many items the scope has: O(removed + created items).
    pub fn count(&self, data: &mut Data, name: &str, scope: &Scope) -> u64 {
        self.collection(data, name).count(scope)
    }

    /// Items `start..end` of the scope as JSON text: O(end - start), plus the removed and
    /// created items.
    pub fn window(
        &self,
        data: &mut Data,
        name: &str,
        scope: &Scope,
        start: u64,
        end: u64,
    ) -> Vec<Arc<str>> {
        let indices = self.collection(data, name).window(scope, start, end);
        indices
            .into_iter()
            .filter_map(|index| self.item_json(data, name, index))
            .collect()
    }

    /// Every item of the scope, in order: O(scope).
    pub fn items(&self, data: &mut Data, name: &str, scope: &Scope) -> Vec<Arc<Value>> {
        let indices = self.collection(data, name).window(scope, 0, u64::MAX);
        indices
            .into_iter()
            .filter_map(|index| self.item(data, name, index))
            .collect()
    }

    /// Whether item `index` is in the scope.
    pub fn contains(&self, data: &mut Data, name: &str, scope: &Scope, index: u64) -> bool {
        self.collection(data, name).contains(scope, index)
    }

    /// A new item for `name`, built from the schema with `fields` set over it.
    pub fn new_item(&self, data: &mut Data, name: &str, fields: &Map<String, Value>) -> Value {
        self.new_child(data, name, fields, None)
    }

    /// A new item for `name` under the owner whose id is `owner` (kept for items whose schema
    /// does not hold it), built from the schema with `fields` set over it.
    pub fn new_child(
        &self,
        data: &mut Data,
        name: &str,
        fields: &Map<String, Value>,
        owner: Option<String>,
    ) -> Value {
        let Some(meta) = self.meta(name) else {
            return Value::Null;
        };
        let index = self.collection(data, name).next;
        let mut rng = self.root(name).derive(&format!("new{index}"));
        // What the provider sets on every new item (`new: {is_active: true}`), then the request's.
        let preset = self
            .spec
            .sandbox()
            .pointer(&format!("/collections/{name}/new"))
            .and_then(Value::as_object);
        let mut overrides: Map<String, Value> = preset
            .into_iter()
            .flatten()
            .chain(fields)
            .filter(|(k, _)| meta.props.contains_key(*k) && **k != meta.id_field)
            .map(|(k, v)| (k.clone(), typed(&self.spec, &meta.props[k], v)))
            .filter(|(k, v)| fits(&self.spec, &meta.props[k], v))
            .collect();
        overrides.insert(meta.id_field.clone(), ids::id_value(meta, index, &mut rng));
        let mut value = Generator::new(&self.spec.doc).object(&meta.schema, &mut rng, &overrides);
        self.open_owner(data, meta, &mut value);
        let collection = self.collection(data, name);
        collection.next += 1;
        collection.changed.insert(index, Arc::new(value.clone()));
        collection.extras.push(Extra { index, owner });
        data.events.push(Event {
            collection: name.to_owned(),
            change: Change::Created,
            item: value.clone(),
            before: None,
        });
        value
    }

    /// When the new `item` names no existing owner and its collection's owner says `open`, a
    /// new owner made from the item's fields, which the item then names.
    fn open_owner(&self, data: &mut Data, meta: &Meta, item: &mut Value) {
        let Some(owner) = meta.owner.as_ref().filter(|owner| !owner.open.is_empty()) else {
            return;
        };
        let Some(field) = owner.field.as_deref() else {
            return;
        };
        let named = item.get(field).and_then(ids::text);
        if named.is_some_and(|id| self.find(data, &owner.collection, &id).is_some()) {
            return;
        }
        let fields: Map<String, Value> = owner
            .open
            .iter()
            .filter_map(|(theirs, mine)| Some((theirs.clone(), item.get(mine)?.clone())))
            .collect();
        let opened = self.new_item(data, &owner.collection, &fields);
        let id = self
            .meta(&owner.collection)
            .and_then(|up| opened.get(&up.id_field))
            .cloned();
        if let Some(id) = id {
            item[field] = id;
        }
    }

    /// Sets `fields` (those the item schema has, except the id) on item `index`, and returns
    /// it. A seeded item given another owner leaves its owner's block for the end of the list.
    pub fn update_item(
        &self,
        data: &mut Data,
        name: &str,
        index: u64,
        fields: &Map<String, Value>,
    ) -> Value {
        let (Some(meta), Some(current)) = (self.meta(name), self.item(data, name, index)) else {
            return Value::Null;
        };
        let mut item = (*current).clone();
        for (key, value) in fields {
            if meta.props.contains_key(key) && *key != meta.id_field {
                let value = typed(&self.spec, &meta.props[key], value);
                if fits(&self.spec, &meta.props[key], &value) {
                    item[key.as_str()] = value;
                }
            }
        }
        let owned_by = |value: &Value| -> Vec<Value> {
            meta.owner
                .iter()
                .flat_map(|owner| {
                    owner
                        .field
                        .iter()
                        .chain(owner.inherit.iter().map(|(field, _)| field))
                        .map(|field| value.get(field.as_str()).cloned().unwrap_or(Value::Null))
                })
                .collect()
        };
        let moved = owned_by(&current) != owned_by(&item);
        let collection = self.collection(data, name);
        if moved && index < meta.size && collection.removed.insert(index) {
            collection.extras.push(Extra { index, owner: None });
        }
        collection.changed.insert(index, Arc::new(item.clone()));
        data.events.push(Event {
            collection: name.to_owned(),
            change: Change::Updated,
            item: item.clone(),
            before: Some((*current).clone()),
        });
        item
    }

    /// Removes item `index` and returns it, with everything it owns, as the provider deletes
    /// them with it (a Groups.io group's subgroups, members, topics and their messages). Only
    /// the item's own deletion is an event: what goes with it fires no webhook.
    pub fn delete_item(&self, data: &mut Data, name: &str, index: u64) -> Value {
        let item = self.remove(data, name, index);
        data.events.push(Event {
            collection: name.to_owned(),
            change: Change::Deleted,
            item: item.clone(),
            before: None,
        });
        item
    }

    /// Removes item `index`, then what it owns, and returns it. The item goes first, so that
    /// owners made into a cycle by updates end the walk.
    fn remove(&self, data: &mut Data, name: &str, index: u64) -> Value {
        let size = self.meta(name).map_or(0, |m| m.size);
        let item = self
            .item(data, name, index)
            .map_or(Value::Null, |item| (*item).clone());
        let collection = self.collection(data, name);
        collection.changed.remove(&index);
        if collection.cache.remove(&index).is_some() {
            data.cached = data.cached.saturating_sub(1);
        }
        let collection = self.collection(data, name);
        if index < size {
            collection.removed.insert(index);
        }
        collection.extras.retain(|extra| extra.index != index);
        let owned: Vec<&str> = self
            .metas
            .iter()
            .filter(|(_, meta)| meta.owner.as_ref().is_some_and(|o| o.collection == name))
            .map(|(owned, _)| owned.as_str())
            .collect();
        for owned in owned {
            let lineage = Lineage {
                ancestor: name.to_owned(),
                chain: vec![owned.to_owned()],
            };
            let scope = self.under(&lineage, index, None);
            let children = self.collection(data, owned).window(&scope, 0, u64::MAX);
            for child in children {
                self.remove(data, owned, child);
            }
        }
        item
    }
}

/// Whether a JSON id and a request's text name the same thing (`7` and `"7"` do).
pub fn same_id(value: &Value, text: &str) -> bool {
    match value {
        Value::String(s) => s == text,
        Value::Number(n) => n.to_string() == text,
        _ => false,
    }
}

/// A request value (form fields arrive as text) in the type its schema wants.
pub fn typed(spec: &ProviderSpec, schema: &Value, value: &Value) -> Value {
    let Value::String(text) = value else {
        return value.clone();
    };
    let schema = spec.deref(schema);
    let wants = |t: &str| match schema.get("type") {
        Some(Value::String(s)) => s == t,
        Some(Value::Array(list)) => {
            list.iter().any(|v| v == t) && !list.iter().any(|v| v == "string")
        }
        _ => false,
    };
    if wants("integer")
        && let Ok(n) = text.parse::<i64>()
    {
        return Value::from(n);
    }
    if wants("boolean") {
        return Value::Bool(matches!(text.as_str(), "true" | "1" | "True"));
    }
    if wants("number")
        && let Ok(n) = text.parse::<f64>()
    {
        return Value::from(n);
    }
    value.clone()
}

/// Whether a request value has the JSON shape the item's property keeps, so that a stored item
/// still matches its schema. A request may name by id what the item holds as an object: SendHub's
/// `send_message` lists its `contacts` as ids or phone numbers, where the message it answers with
/// holds contact objects; such a value is not stored (the item keeps a generated one). Schemas
/// that combine others (`anyOf`, `oneOf`, `allOf`) are not judged.
pub fn fits(spec: &ProviderSpec, schema: &Value, value: &Value) -> bool {
    let schema = spec.deref(schema);
    if ["anyOf", "oneOf", "allOf"]
        .iter()
        .any(|key| schema.get(*key).is_some())
    {
        return true;
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ if schema.get("properties").is_some() => vec!["object"],
        _ if schema.get("items").is_some() => vec!["array"],
        _ => return true,
    };
    let kind_fits = match value {
        Value::Null => types.contains(&"null"),
        Value::Bool(_) => types.contains(&"boolean"),
        Value::Number(n) => {
            types.contains(&"number") || (types.contains(&"integer") && !n.is_f64())
        }
        Value::String(_) => types.contains(&"string"),
        Value::Array(_) => types.contains(&"array"),
        Value::Object(_) => types.contains(&"object"),
    };
    match (value, schema.get("items")) {
        (Value::Array(values), Some(items)) if kind_fits => {
            values.iter().all(|v| fits(spec, items, v))
        }
        _ => kind_fits,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::spec::{load, properties};

    #[test]
    fn a_request_value_fits_only_the_shape_the_item_keeps() {
        let specs = load();
        let sendhub = specs.iter().find(|s| s.name == "sendhub").expect("sendhub");
        let message = json!({"$ref": "#/components/schemas/Message"});
        let (props, _) = properties(sendhub, &message);
        // `send_message` names its contacts by id or number; a message holds contact objects.
        assert!(!fits(
            sendhub,
            &props["contacts"],
            &json!(["+18884445555", 42])
        ));
        assert!(fits(sendhub, &props["contacts"], &json!([{"id": "42"}])));
        assert!(fits(sendhub, &props["text"], &json!("Hello there")));
        assert!(!fits(sendhub, &props["text"], &json!(7)));
        // Ids come as strings or integers; a float is not an integer.
        assert!(fits(
            sendhub,
            &props["thread_id"],
            &json!(115_988_808_197_247_577_u64)
        ));
        assert!(fits(
            sendhub,
            &props["thread_id"],
            &json!("115988808197247577")
        ));
        assert!(!fits(sendhub, &props["thread_id"], &json!(1.5)));
        // Nullable and combined schemas.
        assert!(fits(sendhub, &props["sent"], &json!(null)));
        assert!(!fits(sendhub, &props["text"], &json!(null)));
        assert!(fits(sendhub, &props["mms"], &json!({"filename": "a.png"})));
    }
}
