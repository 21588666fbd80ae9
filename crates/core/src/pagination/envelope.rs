//! Decoding a page body straight into typed items, whatever the envelope's field names.
//!
//! The four styles name their item arrays and metadata differently (`objects`, `data`,
//! `results`, a bare array), and those names are data from the spec. Decoding through a
//! `serde_json::Value` would cost a second pass over every item; instead a seed walks the
//! top-level object once, decodes the item array directly into `Vec<T>`, keeps only the
//! metadata keys the style asked for, and skips the rest.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::response::Response;
use crate::{Error, Result};

/// What the envelope decoder extracted from one page.
pub(crate) struct Decoded<T> {
    pub items: Vec<T>,
    /// The kept top-level metadata, as an object.
    pub meta: Value,
}

/// Which parts of the body to read.
#[derive(Clone, Copy)]
pub(crate) struct Envelope {
    /// JSON pointer of the item array: `""` for a bare array, else `/<key>`.
    pub items: &'static str,
    /// JSON pointers of the metadata the style needs (`/meta/total_count`, `/has_more`).
    pub meta: [Option<&'static str>; 3],
}

impl Envelope {
    /// Decodes `response`; a failure is a decode error naming the JSON path.
    pub fn decode<T: DeserializeOwned>(self, response: &Response) -> Result<Decoded<T>> {
        let items_key = top_key(self.items)?;
        let seed = EnvelopeSeed::<T> {
            items_key,
            meta: self.meta,
            marker: PhantomData,
        };
        let mut de = serde_json::Deserializer::from_slice(response.body());
        let fast = seed
            .deserialize(&mut de)
            .and_then(|decoded| de.end().map(|()| decoded));
        match fast {
            Ok(decoded) => Ok(decoded),
            Err(_) => {
                // Decode again, tracking the path, only to describe the failure.
                let mut de = serde_json::Deserializer::from_slice(response.body());
                let mut track = serde_path_to_error::Track::new();
                let tracked = serde_path_to_error::Deserializer::new(&mut de, &mut track);
                let error = match seed.deserialize(tracked) {
                    Err(e) => e,
                    Ok(_) => match de.end() {
                        Err(e) => e,
                        Ok(()) => return Err(Error::Config("inconsistent page decode".into())),
                    },
                };
                Err(response.decode_error(track.path().to_string(), &error))
            }
        }
    }
}

/// `""` → bare array; `/data` → the key `data`. Deeper item pointers are not used by any
/// provider, so they are refused rather than half-supported.
fn top_key(pointer: &'static str) -> Result<Option<&'static str>> {
    if pointer.is_empty() {
        return Ok(None);
    }
    match pointer.strip_prefix('/') {
        Some(key) if !key.contains('/') => Ok(Some(key)),
        _ => Err(Error::Config(format!(
            "item pointer `{pointer}` must be \"\" or a top-level key like `/data`"
        ))),
    }
}

/// The first segment of a metadata pointer: the top-level key to keep.
fn meta_key(pointer: &str) -> &str {
    pointer
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("")
}

struct EnvelopeSeed<T> {
    items_key: Option<&'static str>,
    meta: [Option<&'static str>; 3],
    marker: PhantomData<fn() -> T>,
}

impl<T> Clone for EnvelopeSeed<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for EnvelopeSeed<T> {}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for EnvelopeSeed<T> {
    type Value = Decoded<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        match self.items_key {
            None => {
                // A bare array; `null` is an empty page.
                let items = Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default();
                Ok(Decoded {
                    items,
                    meta: Value::Object(Map::new()),
                })
            }
            Some(_) => deserializer.deserialize_map(self),
        }
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for EnvelopeSeed<T> {
    type Value = Decoded<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a page object with `{}`", self.items_key.unwrap_or(""))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let items_key = self.items_key.unwrap_or("");
        let mut items = None;
        let mut meta = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == items_key {
                // `null` is an empty page (Groups.io sends it); a missing key is an error below.
                items = Some(map.next_value::<Option<Vec<T>>>()?.unwrap_or_default());
            } else if self.meta.iter().flatten().any(|p| meta_key(p) == key) {
                let value = map.next_value::<Value>()?;
                meta.insert(key, value);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let items = items.ok_or_else(|| serde::de::Error::missing_field(items_key))?;
        Ok(Decoded {
            items,
            meta: Value::Object(meta),
        })
    }
}
