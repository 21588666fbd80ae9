//! Reading documents: YAML text to JSON, and where the workspace keeps them.

use std::{
    fmt, fs, io,
    path::{Path, PathBuf},
};

use serde_json::{Map, Value};

/// Why a document could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io(io::Error),
    /// The file is not YAML, or holds something JSON cannot (a non-scalar key, a NaN, a tag).
    Yaml(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(err) => write!(f, "cannot read: {err}"),
            Self::Yaml(msg) => write!(f, "cannot parse: {msg}"),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(err) => Some(err),
            Self::Yaml(_) => None,
        }
    }
}

/// Parses YAML `text` into JSON.
pub fn from_yaml(text: &str) -> Result<Value, LoadError> {
    let mut yaml: serde_yaml_ng::Value =
        serde_yaml_ng::from_str(text).map_err(|err| LoadError::Yaml(err.to_string()))?;
    // `<<: *anchor` merge keys are a YAML 1.1 convention the parser leaves as plain keys.
    yaml.apply_merge()
        .map_err(|err| LoadError::Yaml(err.to_string()))?;
    yaml_to_json(yaml).map_err(LoadError::Yaml)
}

/// Reads and parses the document at `path`.
pub fn read(path: &Path) -> Result<Value, LoadError> {
    let text = fs::read_to_string(path).map_err(LoadError::Io)?;
    from_yaml(&text)
}

/// The workspace's `specs/` directory (found from this crate's place in the workspace, so it is
/// only meaningful in a checkout, which is where the tools and tests that call it run).
pub fn specs_dir() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    // crates/spec -> crates -> the workspace root.
    let root = manifest.parent().and_then(Path::parent).unwrap_or(manifest);
    root.join("specs")
}

/// The `*.yaml` files directly in `dir`, sorted by file name so every run sees the same order.
pub fn spec_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|ext| ext == "yaml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Converts parsed YAML to JSON. Mapping keys that are numbers or booleans become their text, since
/// OpenAPI keys such as response codes (`200:`) are strings that YAML reads as integers.
fn yaml_to_json(yaml: serde_yaml_ng::Value) -> Result<Value, String> {
    use serde_yaml_ng::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => number_to_json(&n)?,
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => return Err(format!("unsupported mapping key {other:?}")),
                };
                map.insert(key, yaml_to_json(value)?);
            }
            Value::Object(map)
        }
        Y::Tagged(tagged) => return Err(format!("unsupported YAML tag {}", tagged.tag)),
    })
}

fn number_to_json(n: &serde_yaml_ng::Number) -> Result<Value, String> {
    if let Some(i) = n.as_i64() {
        Ok(i.into())
    } else if let Some(u) = n.as_u64() {
        Ok(u.into())
    } else {
        n.as_f64()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("number {n} has no JSON form"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_strings_and_merge_keys_apply() {
        let doc = from_yaml("base: &b {x: 1}\nr:\n  200: ok\n  true: yes\nm: {<<: *b, y: 2.5}\n")
            .expect("parses");
        assert_eq!(doc["r"]["200"], "ok");
        assert_eq!(doc["r"]["true"], "yes");
        assert_eq!(doc["m"]["x"], 1);
        assert_eq!(doc["m"]["y"], 2.5);
    }

    #[test]
    fn what_json_cannot_hold_is_an_error() {
        assert!(matches!(from_yaml("[a]: 1\n"), Err(LoadError::Yaml(_))));
        assert!(matches!(from_yaml("a: !tag 1\n"), Err(LoadError::Yaml(_))));
        assert!(matches!(from_yaml("a: [\n"), Err(LoadError::Yaml(_))));
        assert!(matches!(
            read(Path::new("/nonexistent/x.yaml")),
            Err(LoadError::Io(_))
        ));
    }

    #[test]
    fn the_workspace_specs_are_found_in_name_order() {
        let files = spec_files(&specs_dir()).expect("specs/ lists");
        let names: Vec<_> = files
            .iter()
            .filter_map(|f| f.file_stem()?.to_str())
            .collect();
        assert_eq!(names, ["groupboss", "groupsio", "habitate", "sendhub"]);
    }
}
