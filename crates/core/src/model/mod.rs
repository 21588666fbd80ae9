//! Building blocks for the provider models: lenient where the providers are inconsistent,
//! exact where a lossy reading would corrupt data.
//!
//! - [`Timestamp`]: RFC 3339 in every dialect the providers send (any offset, 0 to 9
//!   fractional digits, no offset meaning UTC, Go's zero time).
//! - [`Id`]: an id sent as a JSON string or integer, kept exactly (never through `f64`) and
//!   written back in the form it came in.
//! - [`entity_id!`](crate::entity_id): a typed id per entity (`GroupId`, `MemberId`), so ids
//!   of different entities cannot be swapped.
//! - [`open_enum!`](crate::open_enum) and [`open_int_enum!`](crate::open_int_enum): enums that keep
//!   values this version does not know, so a new value on the server never breaks decoding.

mod entity_id;
mod id;
mod open_enum;
mod timestamp;

pub use entity_id::{NumberIds, as_number};
pub use id::Id;
pub use open_enum::IntEnumParseError;
pub use timestamp::{Timestamp, TimestampParseError};

/// Paths the exported macros expand to; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use super::open_enum::{
        deserialize_open_int, deserialize_open_str, parse_int_code, screaming_snake,
        screaming_snake_len, utf8,
    };
    // Provider crates need not name serde for the generated impls to resolve.
    pub use super::entity_id::debug_id;
    pub use serde;
}

/// A model read from the API lacks a value the request built from it needs: the provider left
/// it out (Habitate leaves out empty fields), so it must be set before converting.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the {model} has no `{field}`, which a {request} needs: set it, then convert")]
pub struct MissingField {
    /// The model read (`Board`).
    pub model: &'static str,
    /// The request model (`BoardRequest`).
    pub request: &'static str,
    /// The field it lacks, as the API names it.
    pub field: &'static str,
}
