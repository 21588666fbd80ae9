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

use crate::Result;
use crate::response::Response;

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
        // The engine checked the pointer before the first request (`check_start`).
        let items_key = top_key(self.items).map_err(|reason| response.internal_error(reason))?;
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
                        // The same bytes, the same seed: the second pass cannot succeed where
                        // the first failed.
                        Ok(()) => {
                            return Err(response.internal_error(
                                "a page that failed to decode decoded on the second pass".into(),
                            ));
                        }
                    },
                };
                Err(response.decode_error(track.path().to_string(), &error))
            }
        }
    }
}

impl Envelope {
    /// The metadata alone, read from the front of the body: the top-level keys before the
    /// item array, read without touching the items. `Null` when the body is a bare array, is
    /// not an object, or has the items before some of the metadata (the whole decode tells
    /// then).
    pub fn peek_meta(self, body: &[u8]) -> Value {
        let Ok(Some(items_key)) = top_key(self.items) else {
            return Value::Null;
        };
        let mut wanted: Vec<&str> = self.meta.iter().flatten().map(|p| meta_key(p)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        if wanted.is_empty() {
            return Value::Null;
        }
        let mut meta = Map::new();
        let peek = Peek {
            items_key,
            wanted: &wanted,
            meta: &mut meta,
        };
        // It stops with an error on purpose, at the items or once the metadata is complete.
        let _ = serde_json::Deserializer::from_slice(body).deserialize_map(peek);
        if wanted.iter().all(|key| meta.contains_key(*key)) {
            Value::Object(meta)
        } else {
            Value::Null
        }
    }
}

/// Reads the wanted top-level keys until the items begin.
struct Peek<'a> {
    items_key: &'static str,
    wanted: &'a [&'a str],
    meta: &'a mut Map<String, Value>,
}

impl<'de> Visitor<'de> for Peek<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a page object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let stop = || serde::de::Error::custom("read ahead no further");
        while let Some(key) = map.next_key::<String>()? {
            if key == self.items_key {
                return Err(stop());
            }
            if self.wanted.contains(&key.as_str()) {
                let value = map.next_value::<Value>()?;
                self.meta.insert(key, value);
                if self.meta.len() == self.wanted.len() {
                    return Err(stop());
                }
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// Why an item pointer cannot be used, if it cannot: `""` (a bare array) and a top-level key
/// (`/data`) can.
pub(crate) fn check_items_pointer(pointer: &str) -> std::result::Result<(), String> {
    top_key(pointer).map(|_| ())
}

/// `""` → bare array; `/data` → the key `data`. Deeper item pointers are not used by any
/// provider, so they are refused rather than half-supported.
fn top_key(pointer: &str) -> std::result::Result<Option<&str>, String> {
    if pointer.is_empty() {
        return Ok(None);
    }
    match pointer.strip_prefix('/') {
        Some(key) if !key.contains('/') => Ok(Some(key)),
        _ => Err(format!(
            "the listing's item pointer `{pointer}` is not supported: use \"\" for a bare \
             array or a top-level key such as `/data`"
        )),
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

#[cfg(test)]
mod tests {
    use super::*;

    const CURSOR: Envelope = Envelope {
        items: "/data",
        meta: [Some("/has_more"), Some("/next_page_token"), None],
    };

    #[test]
    fn metadata_ahead_of_the_items_is_read_without_them() {
        // The items are not even valid JSON: the peek must stop before them.
        let body = br#"{"object": "list", "has_more": true, "next_page_token": 42, "data": [oops"#;
        let meta = CURSOR.peek_meta(body);
        assert_eq!(meta["has_more"], Value::Bool(true));
        assert_eq!(meta["next_page_token"], Value::from(42));
    }

    #[test]
    fn metadata_after_the_items_or_missing_is_not_guessed() {
        let after = br#"{"data": [], "has_more": true, "next_page_token": 42}"#;
        assert_eq!(CURSOR.peek_meta(after), Value::Null);
        let partial = br#"{"has_more": true, "data": []}"#;
        assert_eq!(CURSOR.peek_meta(partial), Value::Null);
        assert_eq!(CURSOR.peek_meta(b"<html>"), Value::Null);
        let bare = Envelope {
            items: "",
            meta: [None; 3],
        };
        assert_eq!(bare.peek_meta(b"[1, 2]"), Value::Null);
    }
}
