//! Deterministic, seeded generation of JSON values from the specs' JSON Schemas.
//!
//! [`Generator`] walks a schema (following `$ref`s into the whole document) and builds a value
//! that validates against it, drawing every choice from an [`Rng`]: the same seed and the same
//! calls give the same values. Property names steer strings and integers towards realistic
//! values (`email` → an address, `created` → a timestamp, `group_id` → an id).
//!
//! What is supported is what the four specs use: `$ref`, `allOf` (merged), `anyOf`/`oneOf` (one
//! branch, preferring a non-null one), `const`, `enum`, `type` (also as a list, with `"null"`),
//! `properties`/`required`/`additionalProperties`/`minProperties`, `items`/`prefixItems`/
//! `minItems`/`maxItems`, `minimum`/`maximum` (and the exclusive forms), `minLength`/`maxLength`,
//! simple `pattern`s (literals, `\d`-style escapes, classes and quantifiers; no groups or
//! alternation), and the formats `date-time`, `date`, `time`, `email`, `uri`, `uuid`,
//! `password`, `binary`, `byte`, `int64` and `uint64`.

use std::borrow::Cow;

use serde_json::{Map, Value, json};

use crate::rng::Rng;

/// How often an optional property is present.
const OPTIONAL_CHANCE: f64 = 0.8;
/// How often a nullable value (`type: [T, "null"]`, an `anyOf` with a null branch) is null.
const NULL_CHANCE: f64 = 0.1;
/// From this nesting depth on, values are kept minimal (no optional properties, the fewest array
/// items, null where allowed), so that recursive schemas end.
const SHALLOW_DEPTH: usize = 6;
/// Past this nesting depth (or `$ref` chain length) generation gives up with `null`.
const MAX_DEPTH: usize = 48;
/// 2^53: integers above it do not survive a trip through a double.
const TWO_POW_53: u64 = 1 << 53;
/// 2018-01-01T00:00:00Z and 2025-12-31T23:59:59Z: the range of generated timestamps.
const TIME_RANGE: (i64, i64) = (1_514_764_800, 1_767_225_599);

/// Keywords that say nothing about which values are valid: a `$ref` with only these beside it is
/// the referenced schema.
const ANNOTATIONS: [&str; 10] = [
    "description",
    "title",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
];

// Word lists, space-separated.
const FIRST_NAMES: &str = "Ada Grace Alan Linus Margaret Ken Barbara Dennis Frances Edsger Radia \
    Tim Hedy John Katherine Donald";
const LAST_NAMES: &str = "Lovelace Hopper Turing Torvalds Hamilton Thompson Liskov Ritchie Allen \
    Dijkstra Perlman Berners-Lee Lamarr McCarthy Johnson Knuth";
const GROUP_WORDS: &str = "Garden Chess Hiking Book Photography Cycling Cooking Astronomy Choir \
    Robotics Birding Pottery Running Film Knitting Sailing";
const GROUP_KINDS: &str = "Club Society Circle Group Network Friends";
const WORDS: &str = "meeting schedule update welcome question photos weekend volunteers agenda \
    reminder results event notes trip idea project members library summer workshop report budget \
    newsletter picnic";
const CITIES: &str = "Springfield Riverton Lakeside Fairview Georgetown Madison Oakland Salem";
const COUNTRIES: &str = "US CA GB DE FR AU";
const TIMEZONES: &str = "America/New_York America/Chicago America/Los_Angeles Europe/London \
    Europe/Berlin Australia/Sydney";
/// Keys for objects that only have `additionalProperties`.
const EXTRA_KEYS: &str = "name email title status notes source";
const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// Builds JSON values from the schemas of one OpenAPI document.
#[derive(Debug, Clone, Copy)]
pub struct Generator<'a> {
    /// The whole document, for `$ref`s (`#/components/schemas/User`).
    doc: &'a Value,
}

impl<'a> Generator<'a> {
    /// A generator for the document `doc` (the whole spec as JSON).
    pub fn new(doc: &'a Value) -> Self {
        Self { doc }
    }

    /// A value for `schema` (which may `$ref` into the document). `hint` is the name of the
    /// property being generated, if any (`email`, `name`, `created`, ...): it makes strings and
    /// integers realistic.
    pub fn value(&self, schema: &Value, rng: &mut Rng, hint: Option<&str>) -> Value {
        self.generate(schema, rng, hint, 0)
    }

    /// An object for the object schema `schema`: every required property, most optional ones,
    /// and each of `overrides` (field → value) exactly as given, whether the schema names the
    /// field or not. A schema that is not an object schema is treated as one without properties.
    pub fn object(&self, schema: &Value, rng: &mut Rng, overrides: &Map<String, Value>) -> Value {
        let flat = self.flatten(schema, 0);
        let flat = match self.branch(&flat, rng, 0) {
            Some(chosen) => Cow::Owned(chosen),
            None => flat,
        };
        self.object_value(&flat, rng, overrides, 0)
    }

    /// `schema` as one object: `$ref`s followed and `allOf` parts merged into it (see [`merge`]).
    /// Borrowed when there is nothing to merge.
    fn flatten<'x>(&'x self, schema: &'x Value, depth: usize) -> Cow<'x, Map<String, Value>> {
        let Some(map) = schema.as_object() else {
            // `true` (anything) and, unsatisfiable, `false`: no constraints to follow.
            return Cow::Owned(Map::new());
        };
        let reference = map.get("$ref").and_then(Value::as_str);
        let parts = map.get("allOf").and_then(Value::as_array);
        if (reference.is_none() && parts.is_none()) || depth > MAX_DEPTH {
            return Cow::Borrowed(map);
        }
        let mut pieces: Vec<Cow<'x, Map<String, Value>>> = Vec::new();
        if let Some(target) = reference.and_then(|r| groupkit_spec::lookup(self.doc, r)) {
            pieces.push(self.flatten(target, depth + 1));
        }
        for part in parts.into_iter().flatten() {
            pieces.push(self.flatten(part, depth + 1));
        }
        let own: Map<String, Value> = map
            .iter()
            .filter(|(key, _)| {
                !matches!(key.as_str(), "$ref" | "allOf") && !is_annotation(key.as_str())
            })
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        if own.is_empty() && pieces.len() == 1 {
            return pieces.pop().unwrap_or_default();
        }
        let mut out = own;
        for piece in &pieces {
            merge(&mut out, piece);
        }
        Cow::Owned(out)
    }

    /// For a schema with `anyOf`/`oneOf`: one branch, merged with the rest of the schema. A null
    /// branch is taken with probability [`NULL_CHANCE`] (always past [`SHALLOW_DEPTH`]).
    fn branch(
        &self,
        flat: &Map<String, Value>,
        rng: &mut Rng,
        depth: usize,
    ) -> Option<Map<String, Value>> {
        let key = ["anyOf", "oneOf"]
            .into_iter()
            .find(|key| flat.get(*key).is_some_and(Value::is_array))?;
        let branches: Vec<Cow<'_, Map<String, Value>>> = flat[key]
            .as_array()
            .into_iter()
            .flatten()
            .map(|branch| self.flatten(branch, 0))
            .collect();
        let (nulls, others): (Vec<_>, Vec<_>) = branches.iter().partition(|b| is_null_schema(b));
        let want_null = !nulls.is_empty()
            && (others.is_empty() || depth >= SHALLOW_DEPTH || rng.chance(NULL_CHANCE));
        let chosen = if want_null {
            rng.pick(&nulls)
        } else {
            rng.pick(&others)
        };
        let mut out: Map<String, Value> = chosen.map(|b| (***b).clone()).unwrap_or_default();
        let rest: Map<String, Value> = flat
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        merge(&mut out, &rest);
        Some(out)
    }

    fn generate(&self, schema: &Value, rng: &mut Rng, hint: Option<&str>, depth: usize) -> Value {
        if depth > MAX_DEPTH || schema == &Value::Bool(false) {
            return Value::Null;
        }
        let flat = self.flatten(schema, 0);
        self.flat_value(&flat, rng, hint, depth)
    }

    /// A value for a flattened schema.
    fn flat_value(
        &self,
        flat: &Map<String, Value>,
        rng: &mut Rng,
        hint: Option<&str>,
        depth: usize,
    ) -> Value {
        if let Some(value) = flat.get("const") {
            return value.clone();
        }
        if let Some(chosen) = self.branch(flat, rng, depth) {
            return self.flat_value(&chosen, rng, hint, depth);
        }
        if let Some(values) = flat.get("enum").and_then(Value::as_array) {
            return rng.pick(values).cloned().unwrap_or(Value::Null);
        }
        let types = types_of(flat);
        let nullable = types.contains(&"null");
        let concrete: Vec<&str> = types.into_iter().filter(|t| *t != "null").collect();
        if concrete.is_empty() || (nullable && (depth >= SHALLOW_DEPTH || rng.chance(NULL_CHANCE)))
        {
            return Value::Null;
        }
        match rng.pick(&concrete).copied().unwrap_or("string") {
            "object" => self.object_value(flat, rng, &Map::new(), depth),
            "array" => self.array_value(flat, rng, hint, depth),
            "integer" => integer_value(flat, rng, hint),
            "number" => number_value(flat, rng),
            "boolean" => Value::Bool(rng.chance(0.5)),
            _ => Value::String(string_value(flat, rng, hint)),
        }
    }

    fn object_value(
        &self,
        flat: &Map<String, Value>,
        rng: &mut Rng,
        overrides: &Map<String, Value>,
        depth: usize,
    ) -> Value {
        let empty = Map::new();
        let properties = flat
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let required: Vec<&str> = flat
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let shallow = depth < SHALLOW_DEPTH;
        let mut out = Map::new();
        for (name, schema) in properties {
            if let Some(value) = overrides.get(name) {
                out.insert(name.clone(), value.clone());
            } else if required.contains(&name.as_str()) || (shallow && rng.chance(OPTIONAL_CHANCE))
            {
                out.insert(
                    name.clone(),
                    self.generate(schema, rng, Some(name), depth + 1),
                );
            }
        }
        // Required names without a schema of their own: anything goes.
        for name in required {
            if !out.contains_key(name) {
                let value = self.generate(&Value::Bool(true), rng, Some(name), depth + 1);
                out.insert(name.to_owned(), value);
            }
        }
        for (name, value) in overrides {
            out.entry(name.clone()).or_insert_with(|| value.clone());
        }
        let min = usize_of(flat, "minProperties").unwrap_or(0);
        // Too few: add the missing optional properties, in order.
        for (name, schema) in properties {
            if out.len() >= min {
                break;
            }
            if !out.contains_key(name) {
                out.insert(
                    name.clone(),
                    self.generate(schema, rng, Some(name), depth + 1),
                );
            }
        }
        // A map (`additionalProperties` only): a few entries with made-up keys.
        let extra = flat
            .get("additionalProperties")
            .filter(|s| **s != Value::Bool(false));
        if let (Some(schema), true) = (extra, properties.is_empty()) {
            let wanted = if shallow { rng.below(4) as usize } else { 0 };
            let count = wanted.max(min.saturating_sub(out.len()));
            let mut keys: Vec<&str> = EXTRA_KEYS.split_whitespace().collect();
            keys.retain(|k| !out.contains_key(*k));
            for i in 0..count {
                let key = if keys.is_empty() {
                    format!("field_{i}")
                } else {
                    keys.remove(rng.below(keys.len() as u64) as usize)
                        .to_owned()
                };
                let value = self.generate(schema, rng, Some(&key), depth + 1);
                out.insert(key, value);
            }
        }
        Value::Object(out)
    }

    fn array_value(
        &self,
        flat: &Map<String, Value>,
        rng: &mut Rng,
        hint: Option<&str>,
        depth: usize,
    ) -> Value {
        let prefix: &[Value] = flat
            .get("prefixItems")
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice);
        let items = flat.get("items");
        let min = usize_of(flat, "minItems").unwrap_or(0);
        let mut max = usize_of(flat, "maxItems").unwrap_or(usize::MAX);
        if items == Some(&Value::Bool(false)) {
            max = max.min(prefix.len());
        }
        let wanted = if depth < SHALLOW_DEPTH {
            rng.below(4) as usize
        } else {
            0
        };
        let count = wanted.min(max).max(min);
        let any = Value::Bool(true);
        let values = (0..count)
            .map(|i| {
                let schema = prefix.get(i).or(items).unwrap_or(&any);
                self.generate(schema, rng, hint, depth + 1)
            })
            .collect();
        Value::Array(values)
    }
}

/// Whether `key` is an annotation (including vendor extensions).
fn is_annotation(key: &str) -> bool {
    ANNOTATIONS.contains(&key) || key.starts_with("x-")
}

/// Merges the constraints of `from` into `into`, as `allOf` requires both to hold: properties
/// are united (a property in both must satisfy both: `allOf` of the two), `required` lists are
/// united, `type`s intersected, bounds tightened; for other keywords the first one wins.
fn merge(into: &mut Map<String, Value>, from: &Map<String, Value>) {
    for (key, value) in from {
        let Some(existing) = into.get_mut(key) else {
            into.insert(key.clone(), value.clone());
            continue;
        };
        match key.as_str() {
            "properties" => {
                if let (Value::Object(target), Value::Object(source)) = (existing, value) {
                    for (name, schema) in source {
                        match target.get_mut(name) {
                            Some(both) => *both = json!({ "allOf": [both.take(), schema] }),
                            None => {
                                target.insert(name.clone(), schema.clone());
                            }
                        }
                    }
                }
            }
            "required" => {
                if let (Value::Array(target), Value::Array(source)) = (existing, value) {
                    for name in source {
                        if !target.contains(name) {
                            target.push(name.clone());
                        }
                    }
                }
            }
            "type" => {
                let theirs = type_list(value);
                let both: Vec<Value> = type_list(existing)
                    .into_iter()
                    .filter(|t| theirs.contains(t))
                    .map(Value::from)
                    .collect();
                *existing = Value::Array(both);
            }
            "minimum" | "exclusiveMinimum" | "minLength" | "minItems" | "minProperties"
                if value.as_f64() > existing.as_f64() =>
            {
                *existing = value.clone();
            }
            "maximum" | "exclusiveMaximum" | "maxLength" | "maxItems" | "maxProperties"
                if value.as_f64() < existing.as_f64() =>
            {
                *existing = value.clone();
            }
            _ => {}
        }
    }
}

/// The names in a `type` keyword (a string or a list of strings).
fn type_list(value: &Value) -> Vec<&str> {
    match value {
        Value::String(name) => vec![name.as_str()],
        Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The types a flattened schema allows; without `type`, guessed from its other keywords (a
/// schema with no constraints at all gets a string).
fn types_of(flat: &Map<String, Value>) -> Vec<&str> {
    if let Some(types) = flat.get("type") {
        return type_list(types);
    }
    let has = |keys: &[&str]| keys.iter().any(|k| flat.contains_key(*k));
    let guessed = if has(&[
        "properties",
        "additionalProperties",
        "required",
        "minProperties",
    ]) {
        "object"
    } else if has(&["items", "prefixItems", "minItems", "maxItems"]) {
        "array"
    } else if has(&["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
        "integer"
    } else {
        "string"
    };
    vec![guessed]
}

/// Whether a flattened schema only allows `null`.
fn is_null_schema(flat: &Map<String, Value>) -> bool {
    match (flat.get("type"), flat.get("const"), flat.get("enum")) {
        (Some(types), _, _) => type_list(types) == ["null"],
        (None, Some(value), _) => value.is_null(),
        (None, None, Some(Value::Array(values))) => values.iter().all(Value::is_null),
        _ => false,
    }
}

fn usize_of(flat: &Map<String, Value>, key: &str) -> Option<usize> {
    flat.get(key)?
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
}

// ---------------------------------------------------------------------------------------------
// Numbers.

/// The inclusive integer bounds of a schema, if any.
fn integer_bounds(flat: &Map<String, Value>) -> (Option<i64>, Option<i64>) {
    let bound = |key: &str| flat.get(key).and_then(Value::as_f64);
    let lower = [
        bound("minimum").map(f64::ceil),
        bound("exclusiveMinimum").map(|x| x.floor() + 1.0),
    ];
    let upper = [
        bound("maximum").map(f64::floor),
        bound("exclusiveMaximum").map(|x| x.ceil() - 1.0),
    ];
    // `as` saturates: bounds beyond i64 become i64's own.
    let lo = lower
        .into_iter()
        .flatten()
        .reduce(f64::max)
        .map(|x| x as i64);
    let hi = upper
        .into_iter()
        .flatten()
        .reduce(f64::min)
        .map(|x| x as i64);
    (lo, hi)
}

/// The range integers named `hint` usually fall in.
fn integer_range(hint: Option<&str>) -> (i64, i64) {
    let h = hint.unwrap_or("").to_ascii_lowercase();
    let ends = |s: &str| h.ends_with(s);
    if is_id(&h) || ends("_num") {
        (1, 100_000)
    } else if h == "year" {
        (2018, 2025)
    } else if h == "month" {
        (1, 12)
    } else if ends("width") || ends("height") {
        (16, 2048)
    } else if h == "size" || ends("_size") {
        (1, 50_000)
    } else if h == "code" || ends("status_code") {
        (400, 503)
    } else if h.contains("count")
        || h.starts_with("num_")
        || h.contains("total")
        || h.starts_with("max_")
        || h.starts_with("min_")
        || h == "limit"
        || h == "offset"
        || h.contains("pending")
    {
        (0, 50)
    } else if h.contains("status")
        || h.contains("type")
        || h.contains("order")
        || h.contains("version")
    {
        (0, 10)
    } else {
        (0, 1000)
    }
}

/// Whether a (lower-case) property name names an id: `id`, `group_id`, `id_str`, `member_ids`.
fn is_id(name: &str) -> bool {
    name == "id" || name.ends_with("_id") || name.ends_with("_ids") || name == "id_str"
}

fn integer_value(flat: &Map<String, Value>, rng: &mut Rng, hint: Option<&str>) -> Value {
    let (min, max) = integer_bounds(flat);
    let format = flat.get("format").and_then(Value::as_str);
    // A 64-bit unsigned integer: now and then one a double cannot hold.
    if format == Some("uint64")
        && max.is_none()
        && min.is_none_or(|m| m <= TWO_POW_53 as i64)
        && rng.chance(0.25)
    {
        return Value::from(TWO_POW_53 + rng.below(u64::MAX - TWO_POW_53));
    }
    let (usual_lo, usual_hi) = integer_range(hint);
    let (lo, hi) = clamp_range(usual_lo, usual_hi, min, max);
    Value::from(rng.between(lo, hi))
}

/// `usual_lo..=usual_hi` cut to `min..=max`; when they do not overlap, a range of the usual width
/// at the bound that is given.
fn clamp_range(usual_lo: i64, usual_hi: i64, min: Option<i64>, max: Option<i64>) -> (i64, i64) {
    let width = usual_hi - usual_lo;
    let lo = min.map_or(usual_lo, |m| m.max(usual_lo));
    let hi = max.map_or(usual_hi, |m| m.min(usual_hi));
    if lo <= hi {
        return (lo, hi);
    }
    match (min, max) {
        (Some(min), Some(max)) => (min, max),
        (Some(min), None) => (min, min.saturating_add(width)),
        (None, Some(max)) => (max.saturating_sub(width), max),
        (None, None) => (usual_lo, usual_hi),
    }
}

fn number_value(flat: &Map<String, Value>, rng: &mut Rng) -> Value {
    let (min, max) = integer_bounds(flat);
    let (lo, hi) = clamp_range(0, 1000, min, max);
    let whole = rng.between(lo, hi.saturating_sub(1).max(lo));
    let cents = if whole < hi {
        rng.below(100) as f64 / 100.0
    } else {
        0.0
    };
    json!(whole as f64 + cents)
}

// ---------------------------------------------------------------------------------------------
// Strings.

fn string_value(flat: &Map<String, Value>, rng: &mut Rng, hint: Option<&str>) -> String {
    let min = usize_of(flat, "minLength").unwrap_or(0);
    let max = usize_of(flat, "maxLength").unwrap_or(usize::MAX);
    let pattern = flat.get("pattern").and_then(Value::as_str);
    if let Some(text) = pattern.and_then(|p| pattern_string(p, flat, rng, hint)) {
        return text;
    }
    let text = match flat.get("format").and_then(Value::as_str) {
        Some("date-time") => date_time(rng),
        Some("date") => date_time(rng)[..10].to_owned(),
        Some("time") => date_time(rng)[11..].to_owned(),
        Some("email") => email(rng),
        Some("uri" | "url" | "uri-reference" | "iri") => uri(rng, hint),
        Some("uuid") => uuid(rng),
        Some("password") => token(rng, 24),
        Some("binary") => format!("binary-{}", token(rng, 16)),
        Some("byte") => "c2FuZGJveA==".to_owned(),
        Some("hostname") => "example.com".to_owned(),
        Some("ipv4") => format!("192.0.2.{}", rng.between(1, 254)),
        _ => text_for(rng, hint),
    };
    fit_length(text, min, max, rng)
}

/// `text` cut to `max` characters, or padded with letters to `min`.
fn fit_length(text: String, min: usize, max: usize, rng: &mut Rng) -> String {
    let mut text: String = text.chars().take(max).collect();
    let mut len = text.chars().count();
    while len < min {
        text.push(char::from(b'a' + rng.below(26) as u8));
        len += 1;
    }
    text
}

/// Text that looks like what a property named `hint` holds.
fn text_for(rng: &mut Rng, hint: Option<&str>) -> String {
    let h = hint.unwrap_or("").to_ascii_lowercase();
    let has = |s: &str| h.contains(s);
    let n = rng.between(1, 999);
    if has("email") {
        email(rng)
    } else if is_id(&h) {
        let (lo, hi) = integer_range(hint);
        rng.between(lo, hi).to_string()
    } else if h == "resource_uri" {
        format!("/api/v1/items/{}/", rng.between(1, 100_000))
    } else if h.ends_with("url") || h.ends_with("uri") || has("website") || has("link") {
        uri(rng, hint)
    } else if h == "username" || h == "user_name" || h == "login" {
        format!("{}{n}", pick(rng, FIRST_NAMES).to_ascii_lowercase())
    } else if h == "first_name" || h == "middle_name" {
        pick(rng, FIRST_NAMES).to_owned()
    } else if h == "last_name" {
        pick(rng, LAST_NAMES).to_owned()
    } else if has("file_name") || h == "filename" || h == "image_name" {
        format!("{}-{n}.{}", pick(rng, WORDS), pick(rng, "pdf png jpg txt"))
    } else if h == "group_name" || h.ends_with("alias_name") || h == "sub_group_name" {
        format!("{}-{}", pick(rng, GROUP_WORDS), pick(rng, GROUP_KINDS)).to_ascii_lowercase()
    } else if has("group_name") || h == "board_name" {
        group_title(rng)
    } else if has("color") {
        format!("#{:06x}", rng.below(0x100_0000))
    } else if h == "name" {
        if rng.chance(0.5) {
            person(rng)
        } else {
            group_title(rng)
        }
    } else if has("name") || h == "author" {
        person(rng)
    } else if has("title") || has("subject") || has("headline") {
        title(rng)
    } else if [
        "desc", "summary", "about", "body", "text", "message", "content", "comment", "snippet",
    ]
    .iter()
    .chain(&[
        "detail",
        "footer",
        "signature",
        "reason",
        "response",
        "reply",
        "note",
        "quoted",
    ])
    .any(|s| has(s))
    {
        sentences(rng)
    } else if h == "slug" || h == "keyword" || has("tag") {
        format!("{}{n}", pick(rng, WORDS))
    } else if has("phone") || h == "number" {
        format!("+1555{:07}", rng.below(10_000_000))
    } else if h == "city" {
        pick(rng, CITIES).to_owned()
    } else if h == "country" {
        pick(rng, COUNTRIES).to_owned()
    } else if h == "zip" {
        format!("{:05}", rng.below(100_000))
    } else if has("timezone") {
        pick(rng, TIMEZONES).to_owned()
    } else if h == "lang" || h == "locale" {
        pick(rng, "en en-US de fr").to_owned()
    } else if h == "lat" || h == "lng" {
        format!("{:.4}", rng.unit() * 180.0 - 90.0)
    } else if has("token")
        || has("csrf")
        || has("password")
        || has("secret")
        || h == "sid"
        || h == "cookie"
    {
        token(rng, 24)
    } else if h == "media_type" || h == "content_type" {
        pick(rng, "image/png image/jpeg application/pdf text/plain").to_owned()
    } else if h == "path" {
        format!("/{}/{}", pick(rng, WORDS), pick(rng, WORDS))
    } else {
        format!("{} {}", pick(rng, WORDS), pick(rng, WORDS))
    }
}

/// One word of a space-separated list.
fn pick(rng: &mut Rng, list: &'static str) -> &'static str {
    let words: Vec<&str> = list.split_whitespace().collect();
    rng.pick(&words).copied().unwrap_or("sandbox")
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES))
}

fn group_title(rng: &mut Rng) -> String {
    format!("{} {}", pick(rng, GROUP_WORDS), pick(rng, GROUP_KINDS))
}

/// A capitalised phrase of three to six words.
fn title(rng: &mut Rng) -> String {
    let count = rng.between(3, 6);
    let words: Vec<&str> = (0..count).map(|_| pick(rng, WORDS)).collect();
    capitalise(&words.join(" "))
}

/// One to three short sentences.
fn sentences(rng: &mut Rng) -> String {
    let count = rng.between(1, 3);
    let all: Vec<String> = (0..count).map(|_| format!("{}.", title(rng))).collect();
    all.join(" ")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `name.N@example.com`.
fn email(rng: &mut Rng) -> String {
    let name = pick(rng, FIRST_NAMES).to_ascii_lowercase();
    format!("{name}.{}@example.com", rng.between(1, 9999))
}

/// `https://example.com/<hint>/<n>`; images for image-like hints.
fn uri(rng: &mut Rng, hint: Option<&str>) -> String {
    let h = hint.unwrap_or("").to_ascii_lowercase();
    let n = rng.between(1, 100_000);
    let images = ["photo", "image", "avatar", "icon", "thumbnail", "banner"];
    if images.iter().any(|word| h.contains(word)) {
        return format!("https://example.com/images/{n}.png");
    }
    let stem = h
        .trim_end_matches("url")
        .trim_end_matches("uri")
        .trim_matches('_');
    let stem = if stem.is_empty() {
        "items".to_owned()
    } else {
        stem.replace('_', "-")
    };
    format!("https://example.com/{stem}/{n}")
}

/// A token of `len` letters and digits.
fn token(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| char::from(*rng.pick(ALNUM).unwrap_or(&b'x')))
        .collect()
}

/// A version 4 UUID.
fn uuid(rng: &mut Rng) -> String {
    let (high, low) = (rng.next_u64(), rng.next_u64());
    let high = (high & !0xF000) | 0x4000; // version 4
    let low = (low & !(0b11 << 62)) | (0b10 << 62); // RFC 4122 variant
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xFFFF,
        high & 0xFFFF,
        low >> 48,
        low & 0xFFFF_FFFF_FFFF
    )
}

/// An RFC 3339 UTC timestamp between 2018 and 2025 (`2021-04-09T17:03:22Z`).
fn date_time(rng: &mut Rng) -> String {
    let secs = rng.between(TIME_RANGE.0, TIME_RANGE.1);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

// ---------------------------------------------------------------------------------------------
// Patterns.

/// One piece of a simple regular expression: the characters it may produce, and how many times.
struct Piece {
    chars: Vec<char>,
    min: usize,
    max: usize,
}

/// A string matching `pattern`, or `None` if the pattern uses more than this supports (groups,
/// alternation, back-references). A pattern of digits only (`^\d+$`) gives an integer in the
/// range the hint and the schema's bounds suggest, so string ids look like integer ones.
fn pattern_string(
    pattern: &str,
    flat: &Map<String, Value>,
    rng: &mut Rng,
    hint: Option<&str>,
) -> Option<String> {
    if matches!(pattern, r"^\d+$" | "^[0-9]+$") {
        let (min, max) = integer_bounds(flat);
        let (usual_lo, usual_hi) = integer_range(hint);
        let (lo, hi) = clamp_range(usual_lo, usual_hi, min.map(|m| m.max(0)), max);
        return Some(rng.between(lo.max(0), hi.max(0)).to_string());
    }
    let pieces = parse_pattern(pattern)?;
    let mut out = String::new();
    for piece in pieces {
        // Open-ended quantifiers stop a few repetitions past their minimum.
        let max = piece.max.min(piece.min + 4);
        let count = rng.between(piece.min as i64, max as i64);
        for _ in 0..count {
            out.push(*rng.pick(&piece.chars)?);
        }
    }
    Some(out)
}

/// Parses an anchored or unanchored pattern made of literals, `.`, escapes (`\d`, `\w`, `\s`,
/// escaped punctuation) and classes (`[a-z0-9_]`, `[^...]`), each optionally quantified (`?`,
/// `*`, `+`, `{n}`, `{n,}`, `{n,m}`).
fn parse_pattern(pattern: &str) -> Option<Vec<Piece>> {
    let body = pattern.strip_prefix('^').unwrap_or(pattern);
    let body = match body.strip_suffix('$') {
        Some(rest) if !rest.ends_with('\\') => rest,
        _ => body,
    };
    let mut chars = body.chars().peekable();
    let mut pieces = Vec::new();
    while let Some(c) = chars.next() {
        let set: Vec<char> = match c {
            '\\' => escape_set(chars.next()?),
            '[' => {
                let mut class = String::new();
                loop {
                    match chars.next()? {
                        ']' if !class.is_empty() && class != "^" => break,
                        '\\' => {
                            class.push('\\');
                            class.push(chars.next()?);
                        }
                        other => class.push(other),
                    }
                }
                class_set(&class)?
            }
            '.' => ('a'..='z').collect(),
            '(' | ')' | '|' | '*' | '+' | '?' | '{' | '}' | '^' | '$' => return None,
            literal => vec![literal],
        };
        let (min, max) = match chars.peek() {
            Some('?') => (0, 1),
            Some('*') => (0, usize::MAX),
            Some('+') => (1, usize::MAX),
            Some('{') => {
                chars.next();
                let mut spec = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        other => spec.push(other),
                    }
                }
                let (lo, hi) = match spec.split_once(',') {
                    Some((lo, "")) => (lo.trim().parse().ok()?, usize::MAX),
                    Some((lo, hi)) => (lo.trim().parse().ok()?, hi.trim().parse().ok()?),
                    None => {
                        let n = spec.trim().parse().ok()?;
                        (n, n)
                    }
                };
                pieces.push(Piece {
                    chars: set,
                    min: lo,
                    max: hi,
                });
                continue;
            }
            _ => (1, 1),
        };
        if (min, max) != (1, 1) {
            chars.next();
        }
        pieces.push(Piece {
            chars: set,
            min,
            max,
        });
    }
    Some(pieces)
}

/// The characters an escape (`\d`, `\w`, `\s`, `\.`) stands for; the negated ones get a few
/// characters outside their class.
fn escape_set(c: char) -> Vec<char> {
    match c {
        'd' => ('0'..='9').collect(),
        'w' => ('a'..='z')
            .chain('A'..='Z')
            .chain('0'..='9')
            .chain(['_'])
            .collect(),
        's' => vec![' '],
        'D' | 'S' => ('a'..='z').collect(),
        'W' => vec!['-', '+', '.'],
        't' => vec!['\t'],
        'n' => vec!['\n'],
        other => vec![other],
    }
}

/// The printable ASCII characters a class body (`a-z0-9_`, `^,`) allows.
fn class_set(class: &str) -> Option<Vec<char>> {
    let (negated, class) = match class.strip_prefix('^') {
        Some(rest) => (true, rest),
        None => (false, class),
    };
    let mut set = Vec::new();
    let chars: Vec<char> = class.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            set.extend(escape_set(*chars.get(i + 1)?));
            i += 2;
        } else if chars.get(i + 1) == Some(&'-') && i + 2 < chars.len() {
            set.extend(c..=chars[i + 2]);
            i += 3;
        } else {
            set.push(c);
            i += 1;
        }
    }
    if negated {
        let allowed: Vec<char> = (' '..='~').filter(|c| !set.contains(c)).collect();
        return (!allowed.is_empty()).then_some(allowed);
    }
    (!set.is_empty()).then_some(set)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(TIME_RANGE.0 / 86_400), (2018, 1, 1));
        assert_eq!(civil_from_days(TIME_RANGE.1 / 86_400), (2025, 12, 31));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn patterns_cover_the_specs_and_a_bit_more() {
        let mut rng = Rng::new(1);
        let cases = [
            r"^\d+:[0-5]\d:[0-5]\d$",
            r"^[a-z][a-z0-9_-]{2,9}$",
            r"^v\d{1,2}\.\d$",
            r"^[^,]+$",
            "abc?",
        ];
        for pattern in cases {
            for _ in 0..50 {
                let text = pattern_string(pattern, &Map::new(), &mut rng, None).unwrap();
                assert!(simple_match(pattern, &text), "{pattern}: {text:?}");
            }
        }
        assert!(parse_pattern("^(a|b)$").is_none());
    }

    /// A check of the few cases above without a regex crate.
    fn simple_match(pattern: &str, text: &str) -> bool {
        match pattern {
            r"^\d+:[0-5]\d:[0-5]\d$" => {
                let parts: Vec<&str> = text.split(':').collect();
                parts.len() == 3
                    && parts
                        .iter()
                        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                    && parts[1].len() == 2
                    && parts[2].len() == 2
                    && parts[1] < "60"
                    && parts[2] < "60"
            }
            r"^[a-z][a-z0-9_-]{2,9}$" => {
                (3..=10).contains(&text.len())
                    && text.starts_with(|c: char| c.is_ascii_lowercase())
                    && text.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-'
                    })
            }
            r"^v\d{1,2}\.\d$" => {
                let rest = text.strip_prefix('v').unwrap_or("");
                let (major, minor) = rest.split_once('.').unwrap_or(("", ""));
                (1..=2).contains(&major.len())
                    && major.chars().all(|c| c.is_ascii_digit())
                    && minor.len() == 1
                    && minor.chars().all(|c| c.is_ascii_digit())
            }
            r"^[^,]+$" => !text.is_empty() && !text.contains(','),
            "abc?" => text == "ab" || text == "abc",
            _ => false,
        }
    }

    #[test]
    fn uuids_are_version_4() {
        let mut rng = Rng::new(5);
        for _ in 0..20 {
            let id = uuid(&mut rng);
            let groups: Vec<&str> = id.split('-').collect();
            assert_eq!(
                groups.iter().map(|g| g.len()).collect::<Vec<_>>(),
                [8, 4, 4, 4, 12]
            );
            assert!(groups[2].starts_with('4'), "{id}");
            assert!(groups[3].starts_with(['8', '9', 'a', 'b']), "{id}");
        }
    }
}
