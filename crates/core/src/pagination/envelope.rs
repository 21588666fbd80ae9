//! Decoding a page body straight into typed items and the page's own type, in one pass.
//!
//! The four styles name their item arrays and metadata differently (`objects`, `data`,
//! `results`, a bare array), and those names are data from the spec. Decoding through a
//! `serde_json::Value` would cost a second pass over every item; instead a seed walks the
//! top-level object once: the item array is decoded directly into `Vec<T>`, the metadata keys
//! the style asked for are kept (small values: a flag, a token, a count), and every key is
//! also handed to the envelope type `E`'s own `Deserialize` (the provider's page model), with
//! an empty array in place of the items. With `E = ()` the other keys are skipped, as before.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{SeqDeserializer, UnitDeserializer};
use serde::de::{DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

use crate::Result;
use crate::response::Response;

/// What the envelope decoder extracted from one page.
pub(crate) struct Decoded<T, E> {
    pub items: Vec<T>,
    /// The kept top-level metadata, as an object.
    pub meta: Value,
    /// The page's own fields.
    pub envelope: E,
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
    pub fn decode<T: DeserializeOwned, E: DeserializeOwned>(
        self,
        response: &Response,
    ) -> Result<Decoded<T, E>> {
        // The engine checked the pointer before the first request (`check_start`).
        let items_key = top_key(self.items).map_err(|reason| response.internal_error(reason))?;
        let seed = EnvelopeSeed::<T, E> {
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

struct EnvelopeSeed<T, E> {
    items_key: Option<&'static str>,
    meta: [Option<&'static str>; 3],
    marker: PhantomData<fn() -> (T, E)>,
}

impl<T, E> Clone for EnvelopeSeed<T, E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, E> Copy for EnvelopeSeed<T, E> {}

impl<'de, T: DeserializeOwned, E: DeserializeOwned> DeserializeSeed<'de> for EnvelopeSeed<T, E> {
    type Value = Decoded<T, E>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        match self.items_key {
            None => {
                // A bare array; `null` is an empty page. Its envelope can only be `()`.
                let items = Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default();
                let envelope = E::deserialize(UnitDeserializer::<serde::de::value::Error>::new())
                    .map_err(|_| {
                    serde::de::Error::custom(
                        "a bare-array page has no envelope: use `()` for its type",
                    )
                })?;
                Ok(Decoded {
                    items,
                    meta: Value::Object(Map::new()),
                    envelope,
                })
            }
            Some(items_key) => {
                let mut found = Found {
                    items: None,
                    meta: Map::new(),
                };
                let envelope = E::deserialize(Body {
                    inner: deserializer,
                    items_key,
                    meta: self.meta,
                    found: &mut found,
                })?;
                let items = found
                    .items
                    .ok_or_else(|| serde::de::Error::missing_field(items_key))?;
                Ok(Decoded {
                    items,
                    meta: Value::Object(found.meta),
                    envelope,
                })
            }
        }
    }
}

/// What the walk over a page object took out for the engine.
struct Found<T> {
    items: Option<Vec<T>>,
    meta: Map<String, Value>,
}

/// The page object, as the envelope type's `Deserialize` sees it: every key, the items taken
/// out on the way (decoded into [`Found`]) and replaced by an empty array, the metadata kept.
struct Body<'a, D, T> {
    inner: D,
    items_key: &'static str,
    meta: [Option<&'static str>; 3],
    found: &'a mut Found<T>,
}

impl<'de, D: Deserializer<'de>, T: DeserializeOwned> Body<'_, D, T> {
    /// Walks the object, handing the keys to `visitor`.
    fn walk<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_map(Walk {
            visitor,
            items_key: self.items_key,
            meta: self.meta,
            found: self.found,
        })
    }

    /// Walks the object for the items and the metadata alone (the envelope is `()`).
    fn skip<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.walk(Skip)?;
        visitor.visit_unit()
    }
}

impl<'de, D: Deserializer<'de>, T: DeserializeOwned> Deserializer<'de> for Body<'_, D, T> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.walk(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.walk(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.walk(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        visitor.visit_some(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.skip(visitor)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.skip(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.skip(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        newtype_struct seq tuple tuple_struct enum identifier
    }
}

/// Visits nothing: the envelope `()` reads no key.
struct Skip;

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a page object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

/// Hands the page object to the envelope's visitor through [`Tee`].
struct Walk<'a, V, T> {
    visitor: V,
    items_key: &'static str,
    meta: [Option<&'static str>; 3],
    found: &'a mut Found<T>,
}

impl<'de, V: Visitor<'de>, T: DeserializeOwned> Visitor<'de> for Walk<'_, V, T> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a page object with `{}`", self.items_key)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Tee {
            map,
            items_key: self.items_key,
            meta: self.meta,
            found: self.found,
            value: Pending::Read,
        })
    }
}

/// The value that goes with the key just handed out.
enum Pending {
    /// Still in the body: read it from there.
    Read,
    /// The items, already taken: an empty array.
    Items,
    /// Metadata, already read.
    Meta(Value),
}

/// The page object's entries, the items and the metadata taken out on the way.
struct Tee<'a, A, T> {
    map: A,
    items_key: &'static str,
    meta: [Option<&'static str>; 3],
    found: &'a mut Found<T>,
    value: Pending,
}

impl<'de, A: MapAccess<'de>, T: DeserializeOwned> MapAccess<'de> for Tee<'_, A, T> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(key) = self.map.next_key::<String>()? else {
            return Ok(None);
        };
        self.value = if key == self.items_key {
            // `null` is an empty page (Groups.io sends it); a missing key is an error.
            self.found.items = Some(self.map.next_value::<Option<Vec<T>>>()?.unwrap_or_default());
            Pending::Items
        } else if self.meta.iter().flatten().any(|p| meta_key(p) == key) {
            let value = self.map.next_value::<Value>()?;
            self.found.meta.insert(key.clone(), value.clone());
            Pending::Meta(value)
        } else {
            Pending::Read
        };
        seed.deserialize(serde::de::value::StringDeserializer::<A::Error>::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match std::mem::replace(&mut self.value, Pending::Read) {
            Pending::Read => self.map.next_value_seed(seed),
            Pending::Items => seed.deserialize(EmptyArray::<A::Error>(PhantomData)),
            Pending::Meta(value) => seed.deserialize(value).map_err(serde::de::Error::custom),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// An empty array, or `Some` of one: what the envelope's item field receives.
struct EmptyArray<E>(PhantomData<E>);

impl<'de, E: serde::de::Error> Deserializer<'de> for EmptyArray<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_seq(SeqDeserializer::<_, E>::new(std::iter::empty::<()>()))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

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

    /// Decodes `body` as a page through the seed, as the engine does (without a response).
    fn decode<T: DeserializeOwned, E: DeserializeOwned>(
        envelope: Envelope,
        body: &str,
    ) -> serde_json::Result<Decoded<T, E>> {
        let seed = EnvelopeSeed::<T, E> {
            items_key: top_key(envelope.items).ok().flatten(),
            meta: envelope.meta,
            marker: PhantomData,
        };
        seed.deserialize(&mut serde_json::Deserializer::from_str(body))
    }

    #[test]
    fn one_pass_gives_the_items_the_metadata_and_the_envelope_with_its_items_left_empty() {
        let body =
            r#"{"has_more": true, "topic": {"id": 9}, "data": [1, 2, 3], "next_page_token": 7}"#;
        let page: Decoded<u8, Value> = decode(CURSOR, body).unwrap();
        assert_eq!(page.items, [1, 2, 3]);
        assert_eq!(page.meta["next_page_token"], Value::from(7));
        assert_eq!(page.meta["has_more"], Value::Bool(true));
        assert_eq!(page.meta.get("topic"), None, "only what the style reads");
        assert_eq!(
            page.envelope,
            serde_json::json!({"has_more": true, "topic": {"id": 9}, "data": [], "next_page_token": 7})
        );
        // `()` reads nothing else; `null` items are an empty page; missing items are an error.
        let page: Decoded<u8, ()> = decode(CURSOR, body).unwrap();
        assert_eq!(page.items, [1, 2, 3]);
        let page: Decoded<u8, Option<Value>> = decode(CURSOR, r#"{"data": null}"#).unwrap();
        assert!(page.items.is_empty());
        assert!(decode::<u8, ()>(CURSOR, r#"{"has_more": false}"#).is_err());
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
