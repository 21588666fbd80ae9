//! One working `curl` command per provider, read off its spec: the default auth scheme of
//! `x-groupkit-auth`, in the provider's own form, on the first operation that needs nothing
//! but credentials.

use serde_json::Value;

use crate::auth::Credentials;
use crate::spec::ProviderSpec;

/// The command, or `None` when the spec has no such operation or its default scheme needs a
/// login first (a session).
pub fn command(spec: &ProviderSpec, base_url: &str, credentials: &Credentials) -> Option<String> {
    let path = first_plain_get(spec)?;
    let scheme = spec.doc.pointer("/x-groupkit-auth/0")?;
    let url = format!("{base_url}{path}");
    let key = credentials.api_key;
    let user = credentials.username;
    Some(match scheme.get("scheme")?.as_str()? {
        "raw_key" => {
            let header = scheme.get("header")?.as_str()?;
            format!("curl -H '{header}: {key}' '{url}'")
        }
        "bearer" => format!("curl -H 'Authorization: Bearer {key}' '{url}'"),
        "basic" => format!("curl -u '{user}:{key}' '{url}'"),
        "query" => {
            // Credential parameters: the one named for a key takes the key, the other the user.
            let pairs: Vec<String> = scheme
                .get("params")?
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .map(|p| format!("{p}={}", if p.contains("key") { key } else { user }))
                .collect();
            format!("curl '{url}?{}'", pairs.join("&"))
        }
        _ => return None,
    })
}

/// The path of the first GET (in path order) with no path parameter and no required one.
fn first_plain_get(spec: &ProviderSpec) -> Option<String> {
    let paths = spec.doc.get("paths")?.as_object()?;
    paths.iter().find_map(|(path, item)| {
        let op = item.get("get")?;
        let required = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|p| spec.deref(p).get("required").and_then(Value::as_bool) == Some(true));
        let chooses = op.get("x-groupkit-one-of").is_some();
        let open = op
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty);
        (!path.contains('{') && !required && !chooses && !open).then(|| path.clone())
    })
}
