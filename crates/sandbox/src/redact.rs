//! Redaction of credentials before anything is kept in the journal: a header, query or form
//! value whose name carries a credential is replaced whole, and the demo secrets are scrubbed
//! from every other text in case a client put them somewhere unexpected.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::auth::DEMO;
use crate::spec::ProviderSpec;

/// What a redacted value reads as.
pub const REDACTED: &str = "[redacted]";

/// Names that carry a credential in any provider: the transport's own, and the usual ones.
const ALWAYS: [&str; 7] = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-csrf-token",
    "password",
    "token",
];

/// The names (lowercase) whose values are never kept.
#[derive(Clone, Debug)]
pub struct Redactor {
    names: BTreeSet<String>,
}

impl Redactor {
    /// The names [`ALWAYS`] holds and every name the specs' auth uses: `x-groupkit-auth`'s
    /// headers, query parameters and csrf fields, and `components.securitySchemes`' API key
    /// names (header, query or cookie).
    pub fn new(specs: &[&ProviderSpec]) -> Redactor {
        let mut names: BTreeSet<String> = ALWAYS.iter().map(|n| (*n).to_owned()).collect();
        for spec in specs {
            let schemes = spec
                .doc
                .get("x-groupkit-auth")
                .and_then(Value::as_array)
                .into_iter()
                .flatten();
            for scheme in schemes {
                for key in ["header", "csrf_field"] {
                    names.extend(scheme.get(key).and_then(Value::as_str).map(str::to_owned));
                }
                let params = scheme
                    .get("params")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten();
                names.extend(params.filter_map(Value::as_str).map(str::to_owned));
            }
            let security = spec
                .doc
                .pointer("/components/securitySchemes")
                .and_then(Value::as_object)
                .into_iter()
                .flatten();
            for (_, scheme) in security {
                if scheme.get("type").and_then(Value::as_str) == Some("apiKey") {
                    names.extend(
                        scheme
                            .get("name")
                            .and_then(Value::as_str)
                            .map(str::to_owned),
                    );
                }
            }
        }
        let names = names.into_iter().map(|n| n.to_ascii_lowercase()).collect();
        Redactor { names }
    }

    /// Whether values named `name` (a header, query or form name, any case) are credentials.
    pub fn is_secret(&self, name: &str) -> bool {
        self.names.contains(&name.to_ascii_lowercase())
    }

    /// The value to keep for `name`: [`REDACTED`] for a credential, else the value scrubbed.
    pub fn value(&self, name: &str, value: &str) -> String {
        if self.is_secret(name) {
            REDACTED.to_owned()
        } else {
            scrub(value)
        }
    }

    /// Each pair with its value redacted by [`Redactor::value`] (names are kept).
    pub fn pairs<'a>(
        &self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Vec<(String, String)> {
        pairs
            .into_iter()
            .map(|(name, value)| (scrub(name), self.value(name, value)))
            .collect()
    }
}

/// `text` with the demo API key and password replaced: a client that sends them under a name
/// no spec uses (or in a path) must not leak them either.
pub fn scrub(text: &str) -> String {
    [DEMO.api_key, DEMO.password, DEMO.webhook_secret]
        .iter()
        .fold(text.to_owned(), |text, secret| {
            text.replace(secret, REDACTED)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec;

    #[test]
    fn the_specs_auth_names_and_the_usual_ones_are_secret() {
        let specs = spec::load();
        let redactor = Redactor::new(&specs.iter().collect::<Vec<_>>());
        for name in [
            "Authorization",
            "Cookie",
            "set-cookie",
            "X-CSRF-Token",
            "password",
            "token",
            "api_key",
            "username",
            "csrf",
        ] {
            assert!(redactor.is_secret(name), "{name}");
            assert_eq!(redactor.value(name, "x"), REDACTED);
        }
        for name in ["page", "limit", "group_id", "user-agent"] {
            assert!(!redactor.is_secret(name), "{name}");
        }
        assert_eq!(
            redactor.value(
                "x-other",
                &format!("k={}&p={}", DEMO.api_key, DEMO.password)
            ),
            "k=[redacted]&p=[redacted]"
        );
        assert_eq!(
            redactor.pairs([("API_KEY", DEMO.api_key), ("q", "a")]),
            vec![
                ("API_KEY".to_owned(), REDACTED.to_owned()),
                ("q".to_owned(), "a".to_owned())
            ]
        );
    }

    #[test]
    fn without_specs_only_the_usual_names_are_secret() {
        let redactor = Redactor::new(&[]);
        assert!(redactor.is_secret("authorization"));
        assert!(!redactor.is_secret("api_key"));
    }
}
