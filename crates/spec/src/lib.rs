//! groupkit's OpenAPI documents (`specs/<provider>.yaml`), loaded as JSON and walked.
//!
//! Everything in the workspace that reads the specs goes through this crate: `xtask` (the
//! validator and the code generator), the sandbox (which serves them) and the test kits. One
//! reading means they agree on what a document says:
//!
//! - [`from_yaml`] and [`read`] parse a document into a [`serde_json::Value`] (YAML merge keys
//!   applied; numeric and boolean mapping keys, such as the status `200:`, become strings);
//!   [`specs_dir`] and [`spec_files`] find the workspace's documents, and, with the `embedded`
//!   feature, [`EMBEDDED`] holds them compiled in.
//! - [`lookup`], [`deref()`], [`deref_lenient`] and [`follow`] resolve local `$ref`s: the fragment
//!   is percent-decoded, then read as a JSON Pointer (`~1` is `/`, `~0` is `~`), and chains are
//!   followed up to [`MAX_REF_CHAIN`] links, so a cycle ends in an error rather than a hang.
//! - [`operations`] and [`webhook_operations`] list the [`Operation`]s, and
//!   [`Operation::parameters`] merges path-level and operation-level [`Parameter`]s.
//! - [`properties`] gathers an object schema's properties and required names through `$ref` and
//!   `allOf`.
//! - [`percent_decode`] (strict, for fragments) and [`decode_segment`] (lenient, for request
//!   paths) undo percent-encoding; [`pointer_of`], [`pointer_push`] and [`escape_token`] build
//!   JSON Pointers.
//!
//! ```
//! let doc = groupkit_spec::from_yaml(
//!     "paths:\n  /users/{id}:\n    get: {x-groupkit-name: get_user}\n",
//! )?;
//! let ops = groupkit_spec::operations(&doc);
//! assert_eq!(ops[0].name(), Some("get_user"));
//! assert_eq!(ops[0].pointer, "/paths/~1users~1{id}/get");
//! # Ok::<(), groupkit_spec::LoadError>(())
//! ```

mod extensions;
mod load;
mod operations;
mod pointer;
mod refs;
mod schema;

pub use extensions::names;
pub use load::{LoadError, from_yaml, read, spec_files, specs_dir};
pub use operations::{METHODS, Operation, Parameter, operations, webhook_operations};
pub use pointer::{
    decode_segment, escape_token, percent_decode, pointer_of, pointer_parent, pointer_push,
};
pub use refs::{MAX_REF_CHAIN, RefError, deref, deref_lenient, follow, lookup};
pub use schema::properties;

use serde_json::Value;

/// The providers, in the order the workspace lists them everywhere (sandbox, tests, docs).
pub const PROVIDERS: [&str; 4] = ["groupboss", "groupsio", "sendhub", "habitate"];

/// The workspace's specs compiled in, in [`PROVIDERS`] order: `(provider, YAML source)`.
#[cfg(feature = "embedded")]
pub const EMBEDDED: [(&str, &str); 4] = [
    ("groupboss", include_str!("../../../specs/groupboss.yaml")),
    ("groupsio", include_str!("../../../specs/groupsio.yaml")),
    ("sendhub", include_str!("../../../specs/sendhub.yaml")),
    ("habitate", include_str!("../../../specs/habitate.yaml")),
];

/// Something that holds a whole document, so that [`Operation::parameters`] takes a caller's own
/// wrapper (xtask's `Spec`, the sandbox's `ProviderSpec`) as readily as a bare [`Value`].
pub trait Document {
    /// The whole document.
    fn document(&self) -> &Value;
}

impl Document for Value {
    fn document(&self) -> &Value {
        self
    }
}
