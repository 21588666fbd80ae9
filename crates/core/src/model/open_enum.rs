//! [`open_enum!`](crate::open_enum) and [`open_int_enum!`](crate::open_int_enum): enums that
//! keep values this version does not know instead of failing to decode.
//!
//! The generated provider code invokes these macros once per enum in the specs, so their
//! expansion is kept small: everything that does not depend on the enum's variants (the serde
//! visitors, the name spelling) lives here as ordinary functions, compiled once.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};

/// Defines a string enum that is open to values this version does not know.
///
/// Generated provider code uses this for every string enum in the specs. Each variant names
/// its value as sent on the wire; the macro adds a final `Unknown(String)` variant that keeps
/// any other value exactly as sent, and marks the enum `#[non_exhaustive]` so later versions
/// can add variants. Attributes and doc comments on the enum and on each variant are kept.
///
/// The generated enum has:
/// - `KNOWN: &'static [&'static str]`, the documented values in declaration order;
/// - `as_str()`, `is_unknown()`;
/// - infallible `From<&str>`, `From<String>` and `FromStr` (`Err = Infallible`), which map a
///   known value to its variant, never to `Unknown`;
/// - `Display` and `AsRef<str>` (the wire value), `Clone`, `Debug`;
/// - `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` on the wire value, so a hand-built
///   `Unknown("Group.created".into())` still equals `GroupCreated`; ordering is by string;
/// - serde `Serialize` as the string and `Deserialize` from a string, where an unknown value
///   becomes `Unknown` and only a non-string is an error.
///
/// A variant may also accept other spellings on input: `Variant = "wire" | "old_spelling"`.
/// Decoding, `From` and `FromStr` map each alias to the variant; `as_str`, `Display` and
/// `Serialize` always give the first (wire) value, and `KNOWN` lists only wire values. A
/// hand-built `Unknown` holding an alias equals (and hashes and orders as) its variant.
///
/// ```
/// groupkit_core::open_enum! {
///     /// A webhook event.
///     pub enum EventType {
///         /// A group was created.
///         GroupCreated = "Group.created",
///         /// A group was updated.
///         GroupUpdated = "Group.updated",
///     }
/// }
///
/// let event: EventType = serde_json::from_str("\"Group.deleted\"").unwrap();
/// assert_eq!(event, EventType::Unknown("Group.deleted".to_owned()));
/// assert_eq!(EventType::from("Group.created"), EventType::GroupCreated);
/// assert_eq!(EventType::GroupUpdated.as_str(), "Group.updated");
/// assert_eq!(EventType::KNOWN, ["Group.created", "Group.updated"]);
///
/// groupkit_core::open_enum! {
///     /// A user's status.
///     pub enum UserStatus {
///         /// Not confirmed yet; an older client spelled it without the underscore.
///         NotConfirmed = "user_status_not_confirmed" | "user_status_notconfirmed",
///     }
/// }
///
/// let old: UserStatus = serde_json::from_str("\"user_status_notconfirmed\"").unwrap();
/// assert_eq!(old, UserStatus::NotConfirmed);
/// assert_eq!(serde_json::to_string(&old).unwrap(), "\"user_status_not_confirmed\"");
/// ```
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal $(| $alias:literal)* ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, Debug)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version does not know; the string is kept as sent.
            Unknown(::std::string::String),
        }

        impl $name {
            /// The documented values, in declaration order.
            pub const KNOWN: &'static [&'static str] = &[$($value),*];

            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unknown(value) => value,
                }
            }

            /// Whether this is a value this version does not know.
            #[inline]
            pub fn is_unknown(&self) -> bool {
                match self {
                    Self::Unknown(value) => Self::__known(value).is_none(),
                    _ => false,
                }
            }

            #[inline]
            fn __known(value: &str) -> ::core::option::Option<Self> {
                match value {
                    $( $value $(| $alias)* => ::core::option::Option::Some(Self::$variant), )*
                    _ => ::core::option::Option::None,
                }
            }

            /// The wire value compared, hashed and ordered: an `Unknown` holding a known
            /// value or one of its aliases counts as that value.
            #[inline]
            fn __key(&self) -> &str {
                match self {
                    Self::Unknown(value) => match Self::__known(value) {
                        ::core::option::Option::Some(known) => known.__wire(),
                        ::core::option::Option::None => value,
                    },
                    known => known.__wire(),
                }
            }

            #[inline]
            fn __wire(&self) -> &'static str {
                match self {
                    $( Self::$variant => $value, )*
                    Self::Unknown(_) => "",
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            #[inline]
            fn from(value: &str) -> Self {
                Self::__known(value)
                    .unwrap_or_else(|| Self::Unknown(::std::string::String::from(value)))
            }
        }

        impl ::core::convert::From<::std::string::String> for $name {
            #[inline]
            fn from(value: ::std::string::String) -> Self {
                Self::__known(&value).unwrap_or(Self::Unknown(value))
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            #[inline]
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(<Self as ::core::convert::From<&str>>::from(value))
            }
        }

        impl ::core::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            #[inline]
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        $crate::__open_enum_common!($name, __key);

        impl $crate::model::__private::serde::Serialize for $name {
            #[inline]
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::model::__private::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::model::__private::serde::Deserialize<'de> for $name {
            #[inline]
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::model::__private::serde::Deserializer<'de>,
            {
                $crate::model::__private::deserialize_open_str(deserializer, ::core::stringify!($name))
            }
        }
    };
}

/// Defines an integer-coded enum that is open to codes this version does not know.
///
/// Generated provider code uses this for integer status codes such as Habitate's. Each variant
/// names its code; the macro adds `Unknown(i64)` and marks the enum `#[non_exhaustive]`.
/// Attributes and doc comments on the enum and on each variant are kept.
///
/// Each variant has a documented name, returned by `name()`: by default the variant's name
/// in SCREAMING_SNAKE_CASE (`ApprovalRequired` gives `APPROVAL_REQUIRED`, `HTTPError` gives
/// `HTTP_ERROR`); write `Variant = 1 => "OTHER_NAME"` when the documented name differs.
///
/// The generated enum has:
/// - `KNOWN: &'static [i64]`, the documented codes in declaration order;
/// - `as_i64()`, `is_unknown()`, `name()`, `from_name()` (ASCII case-insensitive);
/// - infallible `From<i64>`; `FromStr` taking a decimal code or a documented name
///   (`Err = `[`IntEnumParseError`](crate::model::IntEnumParseError));
/// - `Display` printing the code (`15`; use `name()` for `ACTIVE`), `Clone`, `Copy`, `Debug`;
/// - `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord` on the code;
/// - serde `Serialize` as a JSON integer and `Deserialize` from a JSON integer, or from a
///   JSON string holding a decimal code or a documented name (some documents show codes as
///   strings). An unknown integer becomes `Unknown`; an integer outside `i64`, a float, an
///   unrecognised string or any other type is an error.
///
/// ```
/// groupkit_core::open_int_enum! {
///     /// Status of an entity.
///     pub enum EntityStatus {
///         /// Visible.
///         Active = 15,
///         /// Waiting for a moderator.
///         ApprovalRequired = 4,
///         /// Removed.
///         Deleted = -100 => "DELETED",
///     }
/// }
///
/// let status: EntityStatus = serde_json::from_str("4").unwrap();
/// assert_eq!(status, EntityStatus::ApprovalRequired);
/// assert_eq!(status.name(), Some("APPROVAL_REQUIRED"));
/// assert_eq!(EntityStatus::from(7), EntityStatus::Unknown(7));
/// assert_eq!(EntityStatus::Deleted.to_string(), "-100");
/// ```
#[macro_export]
macro_rules! open_int_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal $(=> $vname:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A code this version does not know; the number is kept as sent.
            Unknown(i64),
        }

        impl $name {
            /// The documented codes, in declaration order.
            pub const KNOWN: &'static [i64] = &[$($code),*];

            /// The code as sent on the wire.
            #[inline]
            pub fn as_i64(&self) -> i64 {
                match self {
                    $( Self::$variant => $code, )*
                    Self::Unknown(code) => *code,
                }
            }

            /// Whether this is a code this version does not know.
            #[inline]
            pub fn is_unknown(&self) -> bool {
                ::core::matches!(Self::__from_code(self.as_i64()), Self::Unknown(_))
            }

            /// The documented name (`"ACTIVE"`), or `None` for an unknown code.
            #[inline]
            pub fn name(&self) -> ::core::option::Option<&'static str> {
                match Self::__from_code(self.as_i64()) {
                    $( Self::$variant => ::core::option::Option::Some(
                        $crate::__open_int_enum_name!($variant $($vname)?)
                    ), )*
                    Self::Unknown(_) => ::core::option::Option::None,
                }
            }

            /// The variant with this documented name, compared ASCII case-insensitively.
            #[inline]
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                for &code in Self::KNOWN {
                    let known = Self::__from_code(code);
                    if known.name().is_some_and(|n| n.eq_ignore_ascii_case(name)) {
                        return ::core::option::Option::Some(known);
                    }
                }
                ::core::option::Option::None
            }

            #[inline]
            fn __code_for_name(name: &str) -> ::core::option::Option<i64> {
                Self::from_name(name).map(|known| known.as_i64())
            }

            #[inline]
            fn __from_code(code: i64) -> Self {
                match code {
                    $( $code => Self::$variant, )*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::core::convert::From<i64> for $name {
            #[inline]
            fn from(code: i64) -> Self {
                Self::__from_code(code)
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::model::IntEnumParseError;
            #[inline]
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::model::__private::parse_int_code(value, Self::__code_for_name)
                    .map(Self::__from_code)
            }
        }

        impl ::core::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.as_i64(), f)
            }
        }

        $crate::__open_enum_common!($name, as_i64);

        impl $crate::model::__private::serde::Serialize for $name {
            #[inline]
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::model::__private::serde::Serializer,
            {
                serializer.serialize_i64(self.as_i64())
            }
        }

        impl<'de> $crate::model::__private::serde::Deserialize<'de> for $name {
            #[inline]
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::model::__private::serde::Deserializer<'de>,
            {
                $crate::model::__private::deserialize_open_int(
                    deserializer,
                    ::core::stringify!($name),
                    Self::__code_for_name,
                )
                .map(Self::__from_code)
            }
        }
    };
}

/// Comparison and hashing on the wire value (`$key` is `__key` or `as_i64`), shared by both
/// macros so that a hand-built `Unknown` holding a known value equals the known variant.
#[doc(hidden)]
#[macro_export]
macro_rules! __open_enum_common {
    ($name:ident, $key:ident) => {
        impl ::core::cmp::PartialEq for $name {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.$key() == other.$key()
            }
        }
        impl ::core::cmp::Eq for $name {}
        impl ::core::hash::Hash for $name {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.$key(), state)
            }
        }
        impl ::core::cmp::Ord for $name {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.$key(), &other.$key())
            }
        }
        impl ::core::cmp::PartialOrd for $name {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }
    };
}

/// The documented name of an [`open_int_enum!`](crate::open_int_enum) variant: the explicit
/// one if given, else the variant's name in SCREAMING_SNAKE_CASE, computed at compile time.
#[doc(hidden)]
#[macro_export]
macro_rules! __open_int_enum_name {
    ($variant:ident $name:literal) => {
        $name
    };
    ($variant:ident) => {{
        const SOURCE: &str = ::core::stringify!($variant);
        const LEN: usize = $crate::model::__private::screaming_snake_len(SOURCE);
        const BYTES: [u8; LEN] = $crate::model::__private::screaming_snake::<LEN>(SOURCE);
        const NAME: &str = $crate::model::__private::utf8(&BYTES);
        NAME
    }};
}

/// A string that is neither a decimal code nor a documented name of an integer-coded enum.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{input:?} is neither an integer code nor a known name")]
pub struct IntEnumParseError {
    input: String,
}

impl IntEnumParseError {
    /// The rejected input.
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// Reads a decimal code, else a documented name through `code_for_name`.
pub fn parse_int_code(
    value: &str,
    code_for_name: fn(&str) -> Option<i64>,
) -> Result<i64, IntEnumParseError> {
    value
        .parse()
        .ok()
        .or_else(|| code_for_name(value))
        .ok_or_else(|| IntEnumParseError {
            input: value.to_owned(),
        })
}

/// Deserializes any string; `what` names the enum in the error for a non-string.
pub fn deserialize_open_str<'de, D, T>(deserializer: D, what: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str> + From<String>,
{
    // A borrowed string maps to a known variant without allocating; an owned one is moved into
    // `Unknown` without copying.
    Ok(match deserializer.deserialize_str(StrVisitor(what))? {
        Cow::Borrowed(s) => T::from(s),
        Cow::Owned(s) => T::from(s),
    })
}

/// Takes a string, borrowing it when the input allows.
struct StrVisitor(&'static str);

impl<'de> Visitor<'de> for StrVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a string ({})", self.0)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// Deserializes an integer code, or a string holding a code or a documented name.
pub fn deserialize_open_int<'de, D: Deserializer<'de>>(
    deserializer: D,
    what: &'static str,
    code_for_name: fn(&str) -> Option<i64>,
) -> Result<i64, D::Error> {
    deserializer.deserialize_any(IntVisitor {
        what,
        code_for_name,
    })
}

/// Takes an integer that fits in `i64`, or a string [`parse_int_code`] accepts.
struct IntVisitor {
    what: &'static str,
    code_for_name: fn(&str) -> Option<i64>,
}

impl Visitor<'_> for IntVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an integer code ({})", self.what)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::invalid_value(Unexpected::Unsigned(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        parse_int_code(v, self.code_for_name)
            .map_err(|e| E::custom(format_args!("{e} of {}", self.what)))
    }
}

/// Whether an underscore goes before byte `i` of an ASCII-cased identifier: at a lower-to-upper
/// step (`aB`) and before the last capital of an acronym followed by lowercase (`HTTPError`).
const fn boundary(b: &[u8], i: usize) -> bool {
    if i == 0 || !b[i].is_ascii_uppercase() {
        return false;
    }
    let prev = b[i - 1];
    prev.is_ascii_lowercase()
        || prev.is_ascii_digit()
        || (prev.is_ascii_uppercase() && i + 1 < b.len() && b[i + 1].is_ascii_lowercase())
}

/// Length of [`screaming_snake`]'s output for `s`.
pub const fn screaming_snake_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut len = b.len();
    let mut i = 0;
    while i < b.len() {
        if boundary(b, i) {
            len += 1;
        }
        i += 1;
    }
    len
}

/// `s` in SCREAMING_SNAKE_CASE; `N` must be [`screaming_snake_len`]`(s)`. Only ASCII is
/// changed and underscores are only inserted before ASCII, so the output stays UTF-8.
pub const fn screaming_snake<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    let mut out = [0u8; N];
    let (mut i, mut o) = (0, 0);
    while i < b.len() {
        if boundary(b, i) {
            out[o] = b'_';
            o += 1;
        }
        out[o] = b[i].to_ascii_uppercase();
        o += 1;
        i += 1;
    }
    out
}

/// `bytes` as a `str` at compile time; fails the build, not a run, if they are not UTF-8.
pub const fn utf8(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("open_int_enum!: variant name is not UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    use super::IntEnumParseError;
    use std::collections::HashSet;

    crate::open_enum! {
        /// Webhook events.
        #[allow(dead_code)]
        pub enum EventType {
            /// A group was created.
            GroupCreated = "Group.created",
            /// A group was updated.
            GroupUpdated = "Group.updated",
        }
    }

    crate::open_enum! {
        /// A status with an older spelling accepted on input.
        pub enum UserStatus {
            /// Confirmed.
            Confirmed = "user_status_confirmed",
            /// Not confirmed; two older spellings.
            NotConfirmed = "user_status_not_confirmed" | "user_status_notconfirmed" | "notconfirmed",
        }
    }

    #[test]
    fn str_aliases_decode_to_the_variant_and_encode_the_wire_value() {
        for json in [
            r#""user_status_not_confirmed""#,
            r#""user_status_notconfirmed""#,
            r#""notconfirmed""#,
            r#""user_status_not\u0063onfirmed""#,
        ] {
            let status: UserStatus = serde_json::from_str(json).expect(json);
            assert_eq!(status, UserStatus::NotConfirmed, "{json}");
            assert!(matches!(status, UserStatus::NotConfirmed), "{json}");
            assert_eq!(
                serde_json::to_string(&status).expect("serializes"),
                r#""user_status_not_confirmed""#
            );
        }
        assert_eq!(
            "user_status_notconfirmed".parse(),
            Ok(UserStatus::NotConfirmed)
        );
        assert_eq!(
            UserStatus::KNOWN,
            ["user_status_confirmed", "user_status_not_confirmed"]
        );
        let hand_built = UserStatus::Unknown("user_status_notconfirmed".to_owned());
        assert!(!hand_built.is_unknown());
        assert_eq!(hand_built, UserStatus::NotConfirmed);
        let set: HashSet<UserStatus> = [hand_built, UserStatus::NotConfirmed].into();
        assert_eq!(set.len(), 1);
        assert!(UserStatus::from("user_status_notconfirmedx").is_unknown());
    }

    crate::open_int_enum! {
        /// Entity status codes.
        pub enum EntityStatus {
            /// Visible.
            Active = 15,
            /// Awaiting approval.
            ApprovalRequired = 4,
            /// Reported by a member.
            Reported = -2,
            /// Deleted.
            Deleted = -100,
            /// An explicit documented name.
            HTTPError = 7,
            /// Overridden name.
            Level2 = 2 => "LEVEL_2",
        }
    }

    fn event(json: &str) -> EventType {
        serde_json::from_str(json).expect("a string always decodes")
    }

    fn status(json: &str) -> Result<EntityStatus, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn str_known_value() {
        let e = event(r#""Group.created""#);
        assert_eq!(e, EventType::GroupCreated);
        assert!(!e.is_unknown());
        assert_eq!(e.as_str(), "Group.created");
        assert_eq!(e.to_string(), "Group.created");
        assert_eq!(e.as_ref(), "Group.created");
        assert_eq!(
            serde_json::to_string(&e).expect("serializes"),
            r#""Group.created""#
        );
    }

    #[test]
    fn str_unknown_value_kept_and_round_tripped() {
        let e = event(r#""Group.deleted""#);
        assert_eq!(e, EventType::Unknown("Group.deleted".to_owned()));
        assert!(e.is_unknown());
        assert_eq!(e.as_str(), "Group.deleted");
        assert_eq!(
            serde_json::to_string(&e).expect("serializes"),
            r#""Group.deleted""#
        );
        // Escapes force an owned string from serde_json; it must decode the same way.
        assert_eq!(event(r#""Group.\u0064eleted""#), e);
        assert_eq!(event(r#""Group.cre\u0061ted""#), EventType::GroupCreated);
    }

    #[test]
    fn str_case_is_significant() {
        assert!(EventType::from("group.created").is_unknown());
    }

    #[test]
    fn str_conversions_are_infallible() {
        assert_eq!(EventType::from("Group.updated"), EventType::GroupUpdated);
        assert_eq!(
            EventType::from(String::from("Group.updated")),
            EventType::GroupUpdated
        );
        let parsed: Result<EventType, std::convert::Infallible> = "x".parse();
        assert_eq!(parsed, Ok(EventType::Unknown("x".to_owned())));
    }

    #[test]
    fn str_non_string_is_an_error() {
        for json in ["5", "null", "true", "{}"] {
            let err = serde_json::from_str::<EventType>(json).expect_err(json);
            assert!(
                err.to_string().contains("a string (EventType)"),
                "{json}: {err}"
            );
        }
    }

    #[test]
    fn str_known_list() {
        assert_eq!(EventType::KNOWN, ["Group.created", "Group.updated"]);
        for value in EventType::KNOWN {
            assert!(!EventType::from(*value).is_unknown());
        }
    }

    #[test]
    fn str_equality_and_hash_follow_the_wire_value() {
        let hand_built = EventType::Unknown("Group.created".to_owned());
        assert_eq!(hand_built, EventType::GroupCreated);
        assert!(!hand_built.is_unknown());
        let set: HashSet<EventType> = [hand_built, EventType::GroupCreated].into();
        assert_eq!(set.len(), 1);
        assert!(EventType::GroupCreated < EventType::GroupUpdated);
        assert!(EventType::from("A") < EventType::GroupCreated);
    }

    #[test]
    fn int_known_values() {
        assert_eq!(status("15").expect("code"), EntityStatus::Active);
        assert_eq!(EntityStatus::Active.as_i64(), 15);
        assert_eq!(EntityStatus::Active.to_string(), "15");
        assert_eq!(EntityStatus::Active.name(), Some("ACTIVE"));
        assert_eq!(
            EntityStatus::ApprovalRequired.name(),
            Some("APPROVAL_REQUIRED")
        );
        assert_eq!(EntityStatus::HTTPError.name(), Some("HTTP_ERROR"));
        assert_eq!(EntityStatus::Level2.name(), Some("LEVEL_2"));
        assert_eq!(
            serde_json::to_string(&EntityStatus::Active).expect("serializes"),
            "15"
        );
    }

    #[test]
    fn int_negative_codes() {
        assert_eq!(status("-2").expect("code"), EntityStatus::Reported);
        assert_eq!(status("-100").expect("code"), EntityStatus::Deleted);
        assert_eq!(EntityStatus::Deleted.to_string(), "-100");
        assert_eq!(
            serde_json::to_string(&EntityStatus::Reported).expect("serializes"),
            "-2"
        );
    }

    #[test]
    fn int_unknown_kept_and_round_tripped() {
        let s = status("99").expect("unknown code");
        assert_eq!(s, EntityStatus::Unknown(99));
        assert!(s.is_unknown());
        assert_eq!(s.name(), None);
        assert_eq!(serde_json::to_string(&s).expect("serializes"), "99");
        assert_eq!(
            status("-3").expect("unknown negative"),
            EntityStatus::Unknown(-3)
        );
        assert_eq!(EntityStatus::Unknown(15), EntityStatus::Active);
        assert_eq!(EntityStatus::Unknown(15).name(), Some("ACTIVE"));
    }

    #[test]
    fn int_from_json_string() {
        assert_eq!(
            status(r#""15""#).expect("code in a string"),
            EntityStatus::Active
        );
        assert_eq!(
            status(r#""-7""#).expect("unknown in a string"),
            EntityStatus::Unknown(-7)
        );
        assert_eq!(
            status(r#""approval_required""#).expect("name"),
            EntityStatus::ApprovalRequired
        );
        let err = status(r#""string""#).expect_err("placeholder text");
        assert!(err.to_string().contains("\"string\" is neither"), "{err}");
    }

    #[test]
    fn int_bad_json_is_an_error() {
        for json in ["1.5", "true", "null", "9223372036854775808"] {
            let err = status(json).expect_err(json);
            assert!(
                err.to_string().contains("integer code (EntityStatus)"),
                "{json}: {err}"
            );
        }
    }

    #[test]
    fn int_from_str() {
        assert_eq!("4".parse(), Ok(EntityStatus::ApprovalRequired));
        assert_eq!("ACTIVE".parse(), Ok(EntityStatus::Active));
        assert_eq!("12".parse(), Ok(EntityStatus::Unknown(12)));
        let err: IntEnumParseError = "nope".parse::<EntityStatus>().expect_err("not a code");
        assert_eq!(err.input(), "nope");
    }

    #[test]
    fn int_known_list_and_order() {
        assert_eq!(EntityStatus::KNOWN, [15, 4, -2, -100, 7, 2]);
        assert!(EntityStatus::Deleted < EntityStatus::Reported);
        assert!(EntityStatus::from(-3) < EntityStatus::Reported);
        assert_eq!(
            EntityStatus::from_name("Deleted"),
            Some(EntityStatus::Deleted)
        );
        assert_eq!(EntityStatus::from_name("GONE"), None);
    }

    #[test]
    fn screaming_snake_names() {
        assert_eq!(crate::__open_int_enum_name!(Active), "ACTIVE");
        assert_eq!(
            crate::__open_int_enum_name!(ApprovalRequired),
            "APPROVAL_REQUIRED"
        );
        assert_eq!(crate::__open_int_enum_name!(HTTPError), "HTTP_ERROR");
        assert_eq!(crate::__open_int_enum_name!(Level2Up), "LEVEL2_UP");
        assert_eq!(crate::__open_int_enum_name!(A), "A");
        assert_eq!(crate::__open_int_enum_name!(Already_Snake), "ALREADY_SNAKE");
        assert_eq!(crate::__open_int_enum_name!(Level2 "LEVEL_2"), "LEVEL_2");
    }
}
