//! Loading the OpenAPI documents under `specs/` and walking their operations.
//!
//! `validate-specs` and `codegen` both read the documents through this module, so they agree on which
//! files exist, in which order, and what counts as an operation. The reading itself is
//! `groupkit-spec`'s (shared with the sandbox and the test kits); this module adds the file name
//! problem reports carry, and keeps xtask's `Result<_, String>` shape for `$ref` errors.

use std::path::{Path, PathBuf};

use serde_json::Value;

pub use groupkit_spec::{
    LoadError, METHODS, Operation, Parameter, escape_token, pointer_of, pointer_push, spec_files,
    specs_dir,
};

/// The workspace root: the parent of this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// One provider's OpenAPI document, parsed into JSON.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The provider's short name: the file stem (`groupsio` for `groupsio.yaml`).
    pub name: String,
    /// The file name (`groupsio.yaml`); problem reports name it.
    pub file: String,
    /// The whole document.
    pub doc: Value,
}

impl groupkit_spec::Document for Spec {
    fn document(&self) -> &Value {
        &self.doc
    }
}

impl Spec {
    /// Reads and parses the document at `path`.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let doc = groupkit_spec::read(path)?;
        let file = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Self::named(&file, doc))
    }

    /// Parses `text` as the document named `file` (`groupsio.yaml`); tests use it on inline snippets.
    pub fn from_yaml(file: &str, text: &str) -> Result<Self, LoadError> {
        Ok(Self::named(file, groupkit_spec::from_yaml(text)?))
    }

    fn named(file: &str, doc: Value) -> Self {
        let name = file.strip_suffix(".yaml").unwrap_or(file).to_owned();
        Self {
            name,
            file: file.to_owned(),
            doc,
        }
    }

    /// The operations under `paths` (see [`groupkit_spec::operations`] for the order).
    pub fn operations(&self) -> Vec<Operation<'_>> {
        groupkit_spec::operations(&self.doc)
    }

    /// The operations under `webhooks` (OpenAPI 3.1); `path` is the webhook's name.
    pub fn webhook_operations(&self) -> Vec<Operation<'_>> {
        groupkit_spec::webhook_operations(&self.doc)
    }

    /// The value an internal reference (`#/components/schemas/User`) points to, or `None` if it does
    /// not start with `#` or points nowhere.
    pub fn lookup(&self, reference: &str) -> Option<&Value> {
        groupkit_spec::lookup(&self.doc, reference)
    }

    /// `value` itself, or, if it is a Reference Object (`{$ref: ...}`), what the chain of references
    /// ends at. Errors name the reference that is broken or loops.
    pub fn deref<'a>(&'a self, value: &'a Value) -> Result<&'a Value, String> {
        groupkit_spec::deref(&self.doc, value).map_err(|err| err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_is_the_file_stem() {
        let spec = Spec::from_yaml("demo.yaml", "paths: {}\n").expect("parses");
        assert_eq!(
            (spec.name.as_str(), spec.file.as_str()),
            ("demo", "demo.yaml")
        );
        assert!(Spec::from_yaml("bad.yaml", "a: [").is_err());
    }

    #[test]
    fn deref_reports_cycles_as_text() {
        let spec =
            Spec::from_yaml("c.yaml", "a: {$ref: '#/b'}\nb: {$ref: '#/a'}\n").expect("parses");
        let a = spec.doc.get("a").expect("a");
        assert_eq!(spec.deref(a), Err("$ref chain loops".to_owned()));
    }
}
