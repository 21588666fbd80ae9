//! [`entity_id!`](crate::entity_id): one id type per kind of entity, so a member id cannot be
//! passed where a group id is wanted.
//!
//! Every entity id is a newtype over [`Id`](crate::model::Id), whatever the provider sends
//! (an integer, an 18-digit string, either): the value is kept exactly and written back in
//! the form it arrived in. Only the type tells the entities apart. The expansion is small and
//! forwards to `Id`, because the generated provider code invokes it once per entity.

/// Defines an id type for one kind of entity.
///
/// The type wraps [`Id`](crate::model::Id) and has:
/// - `From` an integer (`i32`, `i64`, `u32`, `u64`), a `&str`, a `String` or an `Id`, and
///   `Into<Id>`: ids from anywhere go in, but two entity ids never convert into each other;
/// - `as_str()`, `as_u64()`, `as_i64()`, `as_id()` and `into_id()`;
/// - `Display` and `AsRef<str>` (the id's text), `Debug` (`GroupId(6942)`), `Clone` (and
///   `From<&Self>`), `PartialEq`, `Eq`, `Hash`, `PartialOrd`, `Ord`, and comparison with a `&str`
///   (the text) or an integer (the value, when the id is one);
/// - serde `Serialize` and `Deserialize` exactly as `Id`: strings and integers of any size
///   are read without loss and written back in the same form.
///
/// ```
/// groupkit_core::entity_id! {
///     /// A group's id.
///     pub struct GroupId;
/// }
/// groupkit_core::entity_id! {
///     /// A member's id.
///     pub struct MemberId;
/// }
///
/// fn remove(_group: GroupId, _member: MemberId) {}
/// remove(GroupId::from(6942), MemberId::from(17));
///
/// let group = GroupId::from(6942);
/// assert!(group == 6942 && group == "6942");
///
/// let big: GroupId = serde_json::from_str("123456789012345678").unwrap();
/// assert_eq!(serde_json::to_string(&big).unwrap(), "123456789012345678");
/// assert_eq!(format!("{big:?}"), "GroupId(123456789012345678)");
/// ```
///
/// Swapping the two does not compile:
///
/// ```compile_fail
/// # groupkit_core::entity_id! { pub struct GroupId; }
/// # groupkit_core::entity_id! { pub struct MemberId; }
/// fn remove(_group: GroupId, _member: MemberId) {}
/// remove(MemberId::from(17), GroupId::from(6942));
/// ```
#[macro_export]
macro_rules! entity_id {
    (@from $name:ident: $($source:ty),*) => {$(
        impl ::core::convert::From<$source> for $name {
            #[inline]
            fn from(id: $source) -> Self {
                $name(id.into())
            }
        }
    )*};
    (@eq_int $name:ident: $($int:ty),*) => {$(
        impl ::core::cmp::PartialEq<$int> for $name {
            #[inline]
            fn eq(&self, other: &$int) -> bool {
                self.0.as_i64().is_some_and(|n| i128::from(n) == i128::from(*other))
                    || self.0.as_u64().is_some_and(|n| i128::from(n) == i128::from(*other))
            }
        }
    )*};
    ($(#[$meta:meta])* $vis:vis struct $name:ident;) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis struct $name($crate::model::Id);

        impl $name {
            /// The id's text: the decimal digits for a number, the string as sent otherwise.
            #[inline]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            /// The id as an unsigned integer, when it is one that fits in a `u64`.
            #[inline]
            pub fn as_u64(&self) -> ::core::option::Option<u64> {
                self.0.as_u64()
            }

            /// The id as a signed integer, when it is one that fits in an `i64`.
            #[inline]
            pub fn as_i64(&self) -> ::core::option::Option<i64> {
                self.0.as_i64()
            }

            /// The untyped id.
            #[inline]
            pub fn as_id(&self) -> &$crate::model::Id {
                &self.0
            }

            /// The untyped id, by value.
            #[inline]
            pub fn into_id(self) -> $crate::model::Id {
                self.0
            }
        }

        impl ::core::fmt::Debug for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::model::__private::debug_id(f, stringify!($name), &self.0)
            }
        }

        impl ::core::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.0.as_str())
            }
        }

        $crate::entity_id!(@eq_int $name: i32, i64, u32, u64);

        impl ::core::convert::From<&$name> for $name {
            #[inline]
            fn from(id: &$name) -> Self {
                id.clone()
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            #[inline]
            fn as_ref(&self) -> &str {
                self.0.as_str()
            }
        }

        impl ::core::cmp::PartialEq<&str> for $name {
            #[inline]
            fn eq(&self, other: &&str) -> bool {
                self.0.as_str() == *other
            }
        }

        $crate::entity_id!(@from $name: $crate::model::Id, &str, ::std::string::String, i32, i64, u32, u64);

        impl ::core::convert::From<$name> for $crate::model::Id {
            #[inline]
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl $crate::model::__private::serde::Serialize for $name {
            #[inline]
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::model::__private::serde::Serializer,
            {
                self.0.serialize(serializer)
            }
        }

        impl<'de> $crate::model::__private::serde::Deserialize<'de> for $name {
            #[inline]
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::model::__private::serde::Deserializer<'de>,
            {
                <$crate::model::Id as $crate::model::__private::serde::Deserialize>::deserialize(
                    deserializer,
                )
                .map($name)
            }
        }
    };
}

/// `Name(5)` for an id in number form, `Name("5")` for one in string form.
pub fn debug_id(f: &mut std::fmt::Formatter<'_>, name: &str, id: &super::Id) -> std::fmt::Result {
    if id.is_number() {
        write!(f, "{name}({id})")
    } else {
        write!(f, "{name}({:?})", id.as_str())
    }
}
