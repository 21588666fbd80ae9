//! [`Id`]: an identifier that arrives as a JSON string or a JSON integer and must survive exactly.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Serialize, Serializer};

/// An identifier kept as its decimal text, plus whether it was sent as a JSON number.
///
/// SendHub sends its 18-digit ids as strings in most objects and as integers in some nested
/// ones; Groups.io page tokens are 64-bit integers above 2^53. Reading such a number through
/// `f64` silently changes it, so `Id` never does: it takes strings as they are and integers
/// through serde's exact `u64`/`i64` (and `u128`/`i128`) paths, and rejects floats, which is
/// how serde_json hands over an integer too large for 64 bits.
///
/// Serialization writes the form the id arrived in: a string stays a string, a number stays a
/// number. [`Id::into_number_form`] and [`Id::into_string_form`] change that for APIs that want
/// the other form (SendHub wants integers in group add/remove bodies).
///
/// Equality and hashing compare the text only, so `Id::from(5) == Id::from("5")`, while
/// `Id::from("05") != Id::from(5)`. Ordering is numeric-aware: plain unsigned integers (digits
/// only, no leading zero) sort first, by value; every other text sorts after them, by bytes.
///
/// Deserialization uses `deserialize_any`, so it needs a self-describing format such as JSON.
#[derive(Clone)]
pub struct Id {
    text: String,
    number: bool,
}

impl Id {
    /// The id's text: the decimal digits for a number, the string as sent otherwise.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The id as an unsigned integer, when its text is only ASCII digits and fits in a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        let all_digits = self.text.bytes().all(|b| b.is_ascii_digit());
        if all_digits {
            self.text.parse().ok()
        } else {
            None
        }
    }

    /// The id as a signed integer, when its text is ASCII digits with an optional leading `-`
    /// and fits in an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        let digits = self.text.strip_prefix('-').unwrap_or(&self.text);
        let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
        if all_digits {
            self.text.parse().ok()
        } else {
            None
        }
    }

    /// Whether the id serializes as a JSON number (it arrived as one, or was made from an
    /// integer or by [`Id::into_number_form`]).
    pub fn is_number(&self) -> bool {
        self.number
    }

    /// The same id, serialized as a JSON number if its text is an integer that fits in 64 bits
    /// (unchanged otherwise). The text is kept, so leading zeros are dropped only on the wire.
    pub fn into_number_form(mut self) -> Self {
        self.number = self.as_u64().is_some() || self.as_i64().is_some();
        self
    }

    /// The same id, serialized as a JSON string.
    pub fn into_string_form(mut self) -> Self {
        self.number = false;
        self
    }

    fn number(text: String) -> Self {
        Id { text, number: true }
    }

    /// Digits only and no leading zero: the texts whose order is their numeric order by length.
    fn is_plain_unsigned(&self) -> bool {
        let t = self.text.as_bytes();
        !t.is_empty() && t.iter().all(u8::is_ascii_digit) && (t == b"0" || t[0] != b'0')
    }
}

impl fmt::Debug for Id {
    /// `Id(5)` for the number form, `Id("5")` for the string form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.number {
            write!(f, "Id({})", self.text)
        } else {
            write!(f, "Id({:?})", self.text)
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl PartialEq for Id {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for Id {}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Must match `eq`, which ignores the form.
        self.text.hash(state);
    }
}

impl Ord for Id {
    fn cmp(&self, other: &Self) -> Ordering {
        // Two classes, each totally ordered, so the whole order is total and agrees with `eq`.
        match (self.is_plain_unsigned(), other.is_plain_unsigned()) {
            (true, true) => (self.text.len(), &self.text).cmp(&(other.text.len(), &other.text)),
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            (false, false) => self.text.cmp(&other.text),
        }
    }
}

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

macro_rules! from_integer {
    ($($int:ty),*) => {$(
        impl From<$int> for Id {
            fn from(n: $int) -> Self {
                Id::number(n.to_string())
            }
        }
    )*};
}
from_integer!(u32, u64, i32, i64);

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id {
            text: s.to_owned(),
            number: false,
        }
    }
}

impl From<String> for Id {
    fn from(text: String) -> Self {
        Id {
            text,
            number: false,
        }
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Integers are written through their exact 64-bit types, never through f64.
        if self.number {
            if let Some(n) = self.as_u64() {
                return serializer.serialize_u64(n);
            }
            if let Some(n) = self.as_i64() {
                return serializer.serialize_i64(n);
            }
        }
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(IdVisitor)
    }
}

/// Takes strings and exact integers; everything else, floats included, is an error.
struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = Id;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an id: a string or an integer")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
        Ok(Id::from(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Id, E> {
        Ok(Id::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
        Ok(Id::number(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
        Ok(Id::number(v.to_string()))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Id, E> {
        Ok(Id::number(v.to_string()))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Id, E> {
        Ok(Id::number(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Id, E> {
        // serde_json reads an integer beyond 64 bits as a float: say so rather than "a float".
        if v.fract() == 0.0 && v.abs() >= 9.2e18 {
            Err(E::custom(format_args!(
                "id number {v} is too large to read exactly (over 64 bits); expected a string or a 64-bit integer"
            )))
        } else {
            Err(E::invalid_type(Unexpected::Float(v), &self))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn de(json: &str) -> Result<Id, serde_json::Error> {
        serde_json::from_str(json)
    }

    fn ser(id: &Id) -> String {
        serde_json::to_string(id).expect("serializes")
    }

    #[test]
    fn from_json_string() {
        let id = de(r#""123456789012345678""#).expect("string id");
        assert_eq!(id.as_str(), "123456789012345678");
        assert!(!id.is_number());
        assert_eq!(id.as_u64(), Some(123_456_789_012_345_678));
        assert_eq!(ser(&id), r#""123456789012345678""#);
    }

    #[test]
    fn from_json_integer() {
        let id = de("42").expect("integer id");
        assert_eq!(id.as_str(), "42");
        assert!(id.is_number());
        assert_eq!(ser(&id), "42");
    }

    #[test]
    fn eighteen_digit_integer() {
        let id = de("123456789012345678").expect("18 digits");
        assert_eq!(id.as_u64(), Some(123_456_789_012_345_678));
        assert_eq!(ser(&id), "123456789012345678");
    }

    #[test]
    fn above_two_to_the_53_survives_exactly() {
        // The Groups.io page token from the notes: f64 would turn it into ...1721216.
        let id = de("1768251011301721253").expect("above 2^53");
        assert_eq!(id.as_str(), "1768251011301721253");
        assert_eq!(id.as_u64(), Some(1_768_251_011_301_721_253));
        assert_eq!(ser(&id), "1768251011301721253");
    }

    #[test]
    fn u64_max() {
        let id = de("18446744073709551615").expect("u64::MAX");
        assert_eq!(id.as_u64(), Some(u64::MAX));
        assert_eq!(id.as_i64(), None);
        assert_eq!(ser(&id), "18446744073709551615");
    }

    #[test]
    fn negative_integer() {
        let id = de("-7").expect("negative");
        assert_eq!(id.as_str(), "-7");
        assert_eq!(id.as_i64(), Some(-7));
        assert_eq!(id.as_u64(), None);
        assert_eq!(ser(&id), "-7");
        assert_eq!(ser(&Id::from(i64::MIN)), i64::MIN.to_string());
    }

    #[test]
    fn integer_above_u64_is_rejected_clearly() {
        let err = de("18446744073709551616").expect_err("u64::MAX + 1 arrives as f64");
        assert!(err.to_string().contains("too large"), "{err}");
    }

    #[test]
    fn float_and_bool_and_null_are_rejected() {
        for json in ["1.5", "1e3", "true", "null", "[]"] {
            let err = de(json).expect_err(json);
            assert!(err.to_string().contains("expected an id"), "{json}: {err}");
        }
    }

    #[test]
    fn thirty_digit_string_kept_as_text() {
        let digits = "123456789012345678901234567890";
        let id = de(&format!("\"{digits}\"")).expect("long string");
        assert_eq!(id.as_str(), digits);
        assert_eq!(id.as_u64(), None);
        assert_eq!(ser(&id), format!("\"{digits}\""));
        // Even forced to the number form it cannot be written exactly as a number.
        assert_eq!(ser(&id.into_number_form()), format!("\"{digits}\""));
    }

    #[test]
    fn non_numeric_string() {
        let id = de(r#""ab-12""#).expect("any string");
        assert_eq!(id.as_u64(), None);
        assert_eq!(id.as_i64(), None);
        assert_eq!(id, "ab-12");
    }

    #[test]
    fn form_can_be_switched() {
        let id = Id::from("1768251011301721253").into_number_form();
        assert!(id.is_number());
        assert_eq!(ser(&id), "1768251011301721253");
        let id = id.into_string_form();
        assert_eq!(ser(&id), r#""1768251011301721253""#);
        assert!(!Id::from("x").into_number_form().is_number());
    }

    #[test]
    fn equality_and_hash_ignore_the_form() {
        assert_eq!(Id::from(5), Id::from("5"));
        assert_eq!(Id::from(5u64), Id::from(5i64));
        assert_ne!(Id::from("05"), Id::from(5));
        let set: HashSet<Id> = [Id::from(5), Id::from("5"), Id::from(6)]
            .into_iter()
            .collect();
        assert_eq!(set.len(), 2);
        assert!(set.contains(&Id::from("6")));
    }

    #[test]
    fn ordering_is_numeric_for_plain_integers() {
        let mut ids: Vec<Id> = ["b", "10", "9", "-1", "0", "007", "a", "100"]
            .map(Id::from)
            .to_vec();
        ids.sort();
        let texts: Vec<&str> = ids.iter().map(Id::as_str).collect();
        assert_eq!(texts, ["0", "9", "10", "100", "-1", "007", "a", "b"]);
    }

    #[test]
    fn display_and_debug() {
        assert_eq!(Id::from(42).to_string(), "42");
        assert_eq!(format!("{:?}", Id::from(42)), "Id(42)");
        assert_eq!(format!("{:?}", Id::from("42")), r#"Id("42")"#);
    }

    #[test]
    fn inside_a_struct() {
        #[derive(serde::Deserialize, serde::Serialize)]
        struct Group {
            id: Id,
            contacts: Vec<Id>,
        }
        let json = r#"{"id":"111111111111111111","contacts":[222222222222222222,"3"]}"#;
        let group: Group = serde_json::from_str(json).expect("mixed forms");
        assert_eq!(group.contacts[0].as_u64(), Some(222_222_222_222_222_222));
        assert_eq!(serde_json::to_string(&group).expect("serializes"), json);
    }

    #[test]
    fn from_a_json_value_tree() {
        // serde_json::Value keeps u64 exactly, and Id reads from it without f64 too.
        let value = serde_json::json!({ "id": 1_768_251_011_301_721_253_u64 });
        let id: Id = serde_json::from_value(value["id"].clone()).expect("from Value");
        assert_eq!(id.as_u64(), Some(1_768_251_011_301_721_253));
    }
}
