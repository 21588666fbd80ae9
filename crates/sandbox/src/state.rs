//! The sandbox's state: per provider, seeded collections and login sessions.

use std::collections::BTreeMap;
use std::sync::Mutex;

use serde_json::{Map, Value};

use crate::auth::Sessions;
use crate::data::Generator;
use crate::rng::Rng;
use crate::spec::{ProviderSpec, properties};

/// One provider: its spec and its mutable data.
#[derive(Debug)]
pub struct Provider {
    /// The spec.
    pub spec: ProviderSpec,
    /// Collections and sessions.
    pub data: Mutex<Data>,
    seed: u64,
    sizes: BTreeMap<String, usize>,
}

/// A provider's mutable data.
#[derive(Debug, Default)]
pub struct Data {
    collections: BTreeMap<String, Collection>,
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

/// A collection: items in creation order.
#[derive(Debug, Default)]
pub struct Collection {
    /// The items.
    pub items: Vec<Item>,
    /// The number of items created so far, for new ids.
    pub created: u64,
}

/// One item.
#[derive(Clone, Debug)]
pub struct Item {
    /// Its JSON.
    pub value: Value,
    /// Seeded items belong to every parent; created ones only to theirs.
    pub seeded: bool,
}

impl Provider {
    /// A provider with `seed` and collection size overrides (`collection → size`).
    pub fn new(spec: ProviderSpec, seed: u64, sizes: BTreeMap<String, usize>) -> Provider {
        Provider {
            spec,
            data: Mutex::new(Data::default()),
            seed,
            sizes,
        }
    }

    /// The definition of a collection in the spec's `x-groupkit-sandbox.collections`.
    pub fn definition(&self, name: &str) -> Option<&Value> {
        self.spec.sandbox().pointer(&format!("/collections/{name}"))
    }

    /// The item schema of a collection.
    pub fn schema(&self, name: &str) -> Value {
        self.definition(name)
            .and_then(|d| d.get("schema"))
            .cloned()
            .unwrap_or(Value::Null)
    }

    /// The field holding an item's id.
    pub fn id_field(&self, name: &str) -> String {
        self.definition(name)
            .and_then(|d| d.get("id_field"))
            .and_then(Value::as_str)
            .unwrap_or("id")
            .to_owned()
    }

    /// The collection, seeded on first use.
    pub fn collection<'a>(&self, data: &'a mut Data, name: &str) -> &'a mut Collection {
        if !data.collections.contains_key(name) {
            let seeded = self.seed_collection(name);
            data.collections.insert(name.to_owned(), seeded);
        }
        data.collections.entry(name.to_owned()).or_default()
    }

    fn seed_collection(&self, name: &str) -> Collection {
        let size = self.sizes.get(name).copied().unwrap_or_else(|| {
            self.definition(name)
                .and_then(|d| d.get("size"))
                .and_then(Value::as_u64)
                .unwrap_or(25) as usize
        });
        let generator = Generator::new(&self.spec.doc);
        let schema = self.schema(name);
        let root = Rng::new(self.seed).derive(self.spec.name).derive(name);
        let items = (0..size)
            .map(|index| {
                let mut rng = root.derive(&index.to_string());
                let mut overrides = Map::new();
                overrides.insert(
                    self.id_field(name),
                    self.id_value(name, index as u64, &mut rng),
                );
                Item {
                    value: generator.object(&schema, &mut rng, &overrides),
                    seeded: true,
                }
            })
            .collect();
        Collection {
            items,
            created: size as u64,
        }
    }

    /// A new item for `name`, built from the schema with `fields` set over it.
    pub fn new_item(&self, data: &mut Data, name: &str, fields: &Map<String, Value>) -> Value {
        let generator = Generator::new(&self.spec.doc);
        let schema = self.schema(name);
        let (props, _) = properties(&self.spec, &schema);
        let index = self.collection(data, name).created;
        let mut rng = Rng::new(self.seed)
            .derive(self.spec.name)
            .derive(name)
            .derive(&format!("new{index}"));
        let id_field = self.id_field(name);
        // What the provider sets on every new item (`new: {is_active: true}`), then the request's.
        let preset = self
            .definition(name)
            .and_then(|d| d.get("new"))
            .and_then(Value::as_object);
        let mut overrides: Map<String, Value> = preset
            .into_iter()
            .flatten()
            .chain(fields)
            .filter(|(k, _)| props.contains_key(*k) && **k != id_field)
            .map(|(k, v)| (k.clone(), typed(&self.spec, &props[k], v)))
            .filter(|(k, v)| fits(&self.spec, &props[k], v))
            .collect();
        overrides.insert(id_field, self.id_value(name, index, &mut rng));
        let value = generator.object(&schema, &mut rng, &overrides);
        let collection = self.collection(data, name);
        collection.created += 1;
        collection.items.push(Item {
            value: value.clone(),
            seeded: false,
        });
        data.events.push(Event {
            collection: name.to_owned(),
            change: Change::Created,
            item: value.clone(),
        });
        value
    }

    /// Sets `fields` (those the item schema has, except the id) on the item at `index`, and
    /// returns it.
    pub fn update_item(
        &self,
        data: &mut Data,
        name: &str,
        index: usize,
        fields: &Map<String, Value>,
    ) -> Value {
        let (props, _) = properties(&self.spec, &self.schema(name));
        let id_field = self.id_field(name);
        let item = &mut self.collection(data, name).items[index].value;
        for (key, value) in fields {
            if props.contains_key(key) && *key != id_field {
                let value = typed(&self.spec, &props[key], value);
                if fits(&self.spec, &props[key], &value) {
                    item[key.as_str()] = value;
                }
            }
        }
        let item = item.clone();
        data.events.push(Event {
            collection: name.to_owned(),
            change: Change::Updated,
            item: item.clone(),
        });
        item
    }

    /// Removes the item at `index` and returns it.
    pub fn delete_item(&self, data: &mut Data, name: &str, index: usize) -> Value {
        let item = self.collection(data, name).items.remove(index).value;
        data.events.push(Event {
            collection: name.to_owned(),
            change: Change::Deleted,
            item: item.clone(),
        });
        item
    }

    /// An id for the `index`th item of a collection, in the form its schema gives the id field.
    fn id_value(&self, name: &str, index: u64, rng: &mut Rng) -> Value {
        let (props, _) = properties(&self.spec, &self.schema(name));
        let schema = props
            .get(&self.id_field(name))
            .map(|s| self.spec.deref(s).clone())
            .unwrap_or(Value::Null);
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        if schema.get("format").and_then(Value::as_str) == Some("uuid") {
            let (a, b) = (rng.next_u64(), rng.next_u64());
            return Value::String(format!(
                "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                a >> 32,
                (a >> 16) & 0xffff,
                a & 0xfff,
                b >> 52,
                b & 0xffff_ffff_ffff
            ));
        }
        match (types.contains(&"integer"), types.contains(&"string")) {
            (true, true) => Value::String((100_000_000_000_000_000 + index + 1).to_string()),
            (true, false) => Value::from(index + 1),
            _ => Value::String(format!("{name}-{}", index + 1)),
        }
    }

    /// The position of the item whose id reads as `id`.
    pub fn find(&self, data: &mut Data, name: &str, id: &str) -> Option<usize> {
        let id_field = self.id_field(name);
        self.collection(data, name)
            .items
            .iter()
            .position(|item| item.value.get(&id_field).is_some_and(|v| same_id(v, id)))
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
    use crate::spec::load;

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
