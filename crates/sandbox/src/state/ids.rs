//! Item ids: made from an item's index, and read back into it, so that a lookup by id never
//! walks a collection.

use serde_json::Value;

use super::meta::{IdForm, Meta};
use crate::rng::Rng;

/// The first id of the text form (18 digits: past 2^53, as real ids of that kind are).
const NUMERIC_BASE: u64 = 100_000_000_000_000_000;

/// The id of the `index`th item of a collection, in the form its schema gives the id field.
/// A UUID takes its random parts from `rng` and carries the index in its last group.
pub fn id_value(meta: &Meta, index: u64, rng: &mut Rng) -> Value {
    match meta.id_form {
        IdForm::Uuid => {
            let a = rng.next_u64();
            let b = rng.next_u64();
            Value::String(format!(
                "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
                a >> 32,
                (a >> 16) & 0xffff,
                a & 0xfff,
                b >> 52,
                index & 0xffff_ffff_ffff
            ))
        }
        IdForm::NumericText => Value::String((NUMERIC_BASE + index + 1).to_string()),
        IdForm::Integer => Value::from(index + 1),
        IdForm::Prefixed => Value::String(format!("{}-{}", meta.name, index + 1)),
    }
}

/// The index an id names, if it is in this collection's form (whether such an item exists is
/// for the caller to check).
pub fn index_of(meta: &Meta, id: &str) -> Option<u64> {
    match meta.id_form {
        IdForm::Uuid => {
            let (_, last) = id.rsplit_once('-')?;
            (id.len() == 36 && last.len() == 12)
                .then(|| u64::from_str_radix(last, 16).ok())
                .flatten()
        }
        IdForm::NumericText => id.parse::<u64>().ok()?.checked_sub(NUMERIC_BASE + 1),
        IdForm::Integer => id.parse::<u64>().ok()?.checked_sub(1),
        IdForm::Prefixed => id
            .strip_prefix(&format!("{}-", meta.name))?
            .parse::<u64>()
            .ok()?
            .checked_sub(1),
    }
}

/// The text a JSON id reads as (`7` and `"7"` both read `7`).
pub fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
