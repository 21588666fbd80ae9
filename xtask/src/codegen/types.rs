//! From JSON Schema to Rust types: every named type the models module will define, and the
//! Rust type of any schema in the document.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::naming::{field, pascal};
use crate::spec::Spec;

/// A Rust type, as the generated code spells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    /// `String`.
    Str,
    /// `bool`.
    Bool,
    /// `i64`.
    I64,
    /// `u64` (`format: uint64`).
    U64,
    /// `f64`.
    F64,
    /// core's string-or-integer id.
    Id,
    /// The id of one kind of entity (`x-groupkit-id`): the crate's `ids::<Entity>Id`.
    Entity(String),
    /// core's lenient timestamp.
    Timestamp,
    /// Free-form JSON.
    Json,
    /// A file to upload (`format: binary` in a multipart body).
    Binary,
    /// A credential (`format: password`): core's redacting `Secret`.
    Secret,
    /// A type defined in the models module.
    Named(String),
    /// `Vec<T>`.
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// `Option<T>`.
    Option(Box<Ty>),
}

impl Ty {
    /// The type as written in generated code (inside the provider crate).
    pub fn render(&self) -> String {
        match self {
            Ty::Str => "String".into(),
            Ty::Bool => "bool".into(),
            Ty::I64 => "i64".into(),
            Ty::U64 => "u64".into(),
            Ty::F64 => "f64".into(),
            Ty::Id => "groupkit_core::model::Id".into(),
            Ty::Entity(entity) => format!("crate::ids::{}", entity_id(entity)),
            Ty::Timestamp => "groupkit_core::model::Timestamp".into(),
            Ty::Json => "serde_json::Value".into(),
            Ty::Binary => "groupkit_core::Upload".into(),
            Ty::Secret => "groupkit_core::Secret".into(),
            Ty::Named(name) => format!("crate::models::{name}"),
            Ty::Vec(inner) => format!("Vec<{}>", inner.render()),
            Ty::Map(inner) => format!("std::collections::BTreeMap<String, {}>", inner.render()),
            Ty::Option(inner) => format!("Option<{}>", inner.render()),
        }
    }

    /// `Option<T>` of this type, without doubling options.
    pub fn optional(self) -> Ty {
        match self {
            Ty::Option(_) => self,
            other => Ty::Option(Box::new(other)),
        }
    }

    /// The type inside an `Option`, or the type itself.
    pub fn required(&self) -> &Ty {
        match self {
            Ty::Option(inner) => inner,
            other => other,
        }
    }
}

/// A field of a generated struct.
#[derive(Clone, Debug)]
pub struct Field {
    /// The name on the wire.
    pub json: String,
    /// The Rust field name (`r#type` for keywords).
    pub ident: String,
    /// The full type, `Option` included.
    pub ty: Ty,
    /// Listed in the schema's `required`.
    pub required: bool,
    /// Rustdoc.
    pub doc: String,
    /// The map of properties the schema does not name (`#[serde(flatten)]`).
    pub flatten: bool,
    /// Ids the provider types as integers: written as JSON numbers, whatever form they came in.
    pub number_ids: bool,
    /// The schema allows `null`: a request may send it to clear the value.
    pub nullable: bool,
}

/// What a named type is.
#[derive(Clone, Debug)]
pub enum Def {
    /// A struct.
    Struct(Vec<Field>),
    /// An open string enum: the documented values, and the other spellings accepted on input
    /// (`x-groupkit-enum-aliases`) as `(alias, value)` pairs.
    StrEnum(Vec<String>, Vec<(String, String)>),
    /// An open integer enum: the codes and their SCREAMING_SNAKE names.
    IntEnum(Vec<(i64, String)>),
    /// A type alias.
    Alias(Ty),
}

/// A type the models module defines.
#[derive(Clone, Debug)]
pub struct TypeDef {
    /// Its Rust name.
    pub name: String,
    /// Rustdoc.
    pub doc: String,
    /// What it is.
    pub def: Def,
}

/// Every named type of one spec, built on demand while schemas are resolved.
pub struct Types<'s> {
    spec: &'s Spec,
    /// Defined types by Rust name.
    pub defs: BTreeMap<String, TypeDef>,
    /// Resolved component schemas by component key.
    components: BTreeMap<String, Ty>,
    /// Rust names taken, so inline types never collide with components.
    taken: BTreeSet<String>,
    /// Every entity named by `x-groupkit-id`, for the ids module.
    pub entities: BTreeSet<String>,
    /// The entities whose ids the spec types as integers somewhere (the others are text).
    pub integer_entities: BTreeSet<String>,
    /// Named types a request sends (bodies, form and query values, and what they hold): these
    /// always serialize; the others only with the crate's `serialize` feature.
    pub sent: BTreeSet<String>,
    /// `(request body, response)` model pairs where a write and a read share a path: the
    /// models module converts one into the other when every field allows it.
    pub conversions: BTreeSet<(String, String)>,
}

impl<'s> Types<'s> {
    /// Resolves every component schema of `spec`.
    pub fn new(spec: &'s Spec) -> Self {
        let keys: Vec<String> = component_schemas(spec).keys().cloned().collect();
        let taken = keys.iter().map(|k| pascal(k)).collect();
        let mut types = Types {
            spec,
            defs: BTreeMap::new(),
            components: BTreeMap::new(),
            taken,
            entities: BTreeSet::new(),
            integer_entities: BTreeSet::new(),
            conversions: BTreeSet::new(),
            sent: BTreeSet::new(),
        };
        for key in keys {
            types.component(&key);
        }
        types
    }

    /// The spec these types come from.
    pub fn spec(&self) -> &'s Spec {
        self.spec
    }

    /// The type of component schema `key`.
    pub fn component(&mut self, key: &str) -> Ty {
        if let Some(ty) = self.components.get(key) {
            return ty.clone();
        }
        let schemas = component_schemas(self.spec);
        let Some(schema) = schemas.get(key) else {
            return Ty::Json;
        };
        let name = pascal(key);
        if defines_type(self.spec, schema) {
            // Registered before its fields are resolved, so that recursive types terminate.
            self.components
                .insert(key.to_owned(), Ty::Named(name.clone()));
            let def = self.define(schema, &name);
            self.defs.insert(name.clone(), def);
            Ty::Named(name)
        } else {
            let ty = self.resolve(schema, &name);
            self.components.insert(key.to_owned(), ty.clone());
            if !matches!(ty, Ty::Named(_)) && !self.defs.contains_key(&name) {
                // Keep the component's name visible to users as an alias.
                self.defs.insert(
                    name.clone(),
                    TypeDef {
                        name: name.clone(),
                        doc: doc_of(schema, &format!("`{key}`.")),
                        def: Def::Alias(ty.clone()),
                    },
                );
            }
            ty
        }
    }

    /// The Rust type of `schema`; inline structs and enums are named after `hint`.
    pub fn resolve(&mut self, schema: &Value, hint: &str) -> Ty {
        if let Some(entity) = schema.get("x-groupkit-id").and_then(Value::as_str) {
            self.entities.insert(entity.to_owned());
            if types_of(schema).0.iter().any(|t| t == "integer") {
                self.integer_entities.insert(entity.to_owned());
            }
            let ty = Ty::Entity(entity.to_owned());
            return if types_of(schema).1 {
                ty.optional()
            } else {
                ty
            };
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            return match reference.strip_prefix("#/components/schemas/") {
                Some(key) => self.component(key),
                None => Ty::Json,
            };
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(variants) = schema.get(key).and_then(Value::as_array) {
                let nullable = variants.iter().any(is_null_schema);
                let real: Vec<&Value> = variants.iter().filter(|v| !is_null_schema(v)).collect();
                let ty = match real.as_slice() {
                    [only] => self.resolve(only, hint),
                    _ => Ty::Json,
                };
                return if nullable { ty.optional() } else { ty };
            }
        }
        if schema.get("allOf").is_some()
            || schema.get("enum").is_some()
            || schema.get("properties").is_some()
        {
            let (types, nullable) = types_of(schema);
            if schema.get("allOf").is_some()
                || types
                    .iter()
                    .all(|t| t == "object" || t == "string" || t == "integer")
            {
                let name = self.unique(hint);
                let def = self.define(schema, &name);
                self.defs.insert(name.clone(), def);
                let ty = Ty::Named(name);
                return if nullable { ty.optional() } else { ty };
            }
        }
        let (types, nullable) = types_of(schema);
        let ty = match types.as_slice() {
            [] => Ty::Json,
            [one] => self.primitive(schema, one, hint),
            two if two.len() == 2
                && two.contains(&"string".to_owned())
                && two.contains(&"integer".to_owned()) =>
            {
                Ty::Id
            }
            _ => Ty::Json,
        };
        if nullable { ty.optional() } else { ty }
    }

    fn primitive(&mut self, schema: &Value, ty: &str, hint: &str) -> Ty {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        match ty {
            "string" => match format {
                "date-time" => Ty::Timestamp,
                "binary" => Ty::Binary,
                "password" => Ty::Secret,
                _ => Ty::Str,
            },
            "integer" => match format {
                "uint64" => Ty::U64,
                _ => Ty::I64,
            },
            "number" => Ty::F64,
            "boolean" => Ty::Bool,
            "array" => match schema.get("items") {
                Some(items) => Ty::Vec(Box::new(self.resolve(items, &format!("{hint}Item")))),
                None => Ty::Vec(Box::new(Ty::Json)),
            },
            "object" => match schema.get("additionalProperties") {
                Some(extra) if extra.is_object() => {
                    Ty::Map(Box::new(self.resolve(extra, &format!("{hint}Value"))))
                }
                _ => Ty::Json,
            },
            _ => Ty::Json,
        }
    }

    /// A struct or enum definition for `schema`.
    fn define(&mut self, schema: &Value, name: &str) -> TypeDef {
        let doc = doc_of(schema, &format!("`{name}`."));
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let (types, _) = types_of(schema);
            let def = if types.iter().any(|t| t == "integer") {
                let names: Vec<String> = schema
                    .get("x-groupkit-enum-names")
                    .and_then(Value::as_array)
                    .map(|n| {
                        n.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default();
                Def::IntEnum(
                    values
                        .iter()
                        .filter_map(Value::as_i64)
                        .enumerate()
                        .map(|(i, code)| {
                            (
                                code,
                                names
                                    .get(i)
                                    .cloned()
                                    .unwrap_or_else(|| format!("CODE_{code}")),
                            )
                        })
                        .collect(),
                )
            } else {
                Def::StrEnum(
                    values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                    schema
                        .get("x-groupkit-enum-aliases")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                        .filter_map(|(alias, value)| {
                            Some((alias.clone(), value.as_str()?.to_owned()))
                        })
                        .collect(),
                )
            };
            return TypeDef {
                name: name.to_owned(),
                doc,
                def,
            };
        }
        let (properties, required) = self.merged_properties(schema);
        let mut fields = Vec::new();
        for (json, prop) in properties {
            let is_required = required.contains(&json);
            let ty = self.resolve(&prop, &format!("{name}{}", pascal(&json)));
            let nullable = matches!(ty, Ty::Option(_));
            let ty = if is_required { ty } else { ty.optional() };
            fields.push(Field {
                nullable,
                ident: field(&json),
                doc: doc_of(&prop, &format!("`{json}`.")),
                number_ids: self.integer_ids(&prop),
                json,
                ty,
                required: is_required,
                flatten: false,
            });
        }
        // Named properties plus `additionalProperties`: keep the others in a map. Its values are
        // plain JSON whatever the schema says, so one odd extra key never fails a whole object.
        let schema = self.spec.deref(schema).unwrap_or(schema);
        let extra = schema.get("additionalProperties");
        if !fields.is_empty() && extra.is_some_and(|e| e.is_object() || e.as_bool() == Some(true)) {
            let ident = ["additional", "additional_properties"]
                .into_iter()
                .find(|n| fields.iter().all(|f| f.ident != *n))
                .unwrap_or("additional_fields");
            fields.push(Field {
                json: String::new(),
                ident: ident.to_owned(),
                ty: Ty::Map(Box::new(Ty::Json)),
                required: false,
                doc: "Properties the spec does not name, as sent.".into(),
                flatten: true,
                number_ids: false,
                nullable: false,
            });
        }
        TypeDef {
            name: name.to_owned(),
            doc,
            def: Def::Struct(fields),
        }
    }

    /// The properties of an object schema, `allOf` parts merged in order, and its required names.
    pub fn merged_properties(&self, schema: &Value) -> (Vec<(String, Value)>, BTreeSet<String>) {
        let mut properties: Vec<(String, Value)> = Vec::new();
        let mut required = BTreeSet::new();
        self.collect(schema, &mut properties, &mut required, 0);
        (properties, required)
    }

    fn collect(
        &self,
        schema: &Value,
        props: &mut Vec<(String, Value)>,
        required: &mut BTreeSet<String>,
        depth: u32,
    ) {
        if depth > 16 {
            return;
        }
        let schema = self.spec.deref(schema).unwrap_or(schema);
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            for part in parts {
                self.collect(part, props, required, depth + 1);
            }
        }
        if let Some(map) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in map {
                match props.iter_mut().find(|(n, _)| n == name) {
                    Some(slot) => slot.1 = prop.clone(),
                    None => props.push((name.clone(), prop.clone())),
                }
            }
        }
        if let Some(names) = schema.get("required").and_then(Value::as_array) {
            required.extend(names.iter().filter_map(Value::as_str).map(str::to_owned));
        }
    }

    /// Whether `schema` holds entity ids (`x-groupkit-id`) typed as integers, alone or in a list.
    fn integer_ids(&self, schema: &Value) -> bool {
        let schema = self.spec.deref(schema).unwrap_or(schema);
        let schema = match schema.get("items") {
            Some(items) => self.spec.deref(items).unwrap_or(items),
            None => schema,
        };
        schema.get("x-groupkit-id").is_some() && types_of(schema).0 == ["integer"]
    }

    /// The schema of a top-level property (following `$ref` and `allOf`), for pagination items.
    pub fn property(&self, schema: &Value, name: &str) -> Option<Value> {
        let (properties, _) = self.merged_properties(schema);
        properties
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    fn unique(&mut self, hint: &str) -> String {
        let mut name = hint.to_owned();
        let mut n = 2;
        while self.taken.contains(&name) || self.defs.contains_key(&name) {
            name = format!("{hint}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    /// The first documented value of a named enum, for examples.
    pub fn enum_example(&self, name: &str) -> Option<String> {
        match &self.defs.get(name)?.def {
            Def::StrEnum(values, _) => values.first().map(|v| format!("{v:?}")),
            Def::IntEnum(values) => values.first().map(|(code, _)| format!("{code}i64")),
            _ => None,
        }
    }

    /// Records that requests send values of `ty`, and so of every type it holds.
    pub fn mark_sent(&mut self, ty: &Ty) {
        match ty {
            Ty::Vec(inner) | Ty::Map(inner) | Ty::Option(inner) => self.mark_sent(inner),
            Ty::Named(name) => {
                if !self.sent.insert(name.clone()) {
                    return;
                }
                let held: Vec<Ty> = match self.defs.get(name).map(|d| &d.def) {
                    Some(Def::Struct(fields)) => fields.iter().map(|f| f.ty.clone()).collect(),
                    Some(Def::Alias(inner)) => vec![inner.clone()],
                    _ => Vec::new(),
                };
                for ty in &held {
                    self.mark_sent(ty);
                }
            }
            _ => {}
        }
    }

    /// The definition of a named type.
    pub fn def(&self, name: &str) -> Option<&TypeDef> {
        self.defs.get(name)
    }
}

/// The Rust name of an entity's id type: `group` → `GroupId`.
pub fn entity_id(entity: &str) -> String {
    format!("{}Id", pascal(entity))
}

fn component_schemas(spec: &Spec) -> Map<String, Value> {
    spec.doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// Does this component schema need a named struct or enum (rather than an alias)?
fn defines_type(spec: &Spec, schema: &Value) -> bool {
    let schema = spec.deref(schema).unwrap_or(schema);
    schema.get("enum").is_some()
        || schema.get("properties").is_some()
        || schema.get("allOf").is_some()
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

/// The schema's non-null types and whether `null` is allowed.
fn types_of(schema: &Value) -> (Vec<String>, bool) {
    match schema.get("type") {
        Some(Value::String(t)) => (vec![t.clone()], false),
        Some(Value::Array(list)) => {
            let names: Vec<String> = list
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            let nullable = names.iter().any(|t| t == "null");
            (
                names.into_iter().filter(|t| t != "null").collect(),
                nullable,
            )
        }
        _ => (Vec::new(), false),
    }
}

/// A schema's description (or title), or `fallback`.
pub fn doc_of(schema: &Value, fallback: &str) -> String {
    schema
        .get("description")
        .or_else(|| schema.get("summary"))
        .or_else(|| schema.get("title"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .unwrap_or(fallback)
        .to_owned()
}
