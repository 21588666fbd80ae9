//! An incoming request, read once into the inputs an operation can name.

use bytes::Bytes;
use http::HeaderMap;
use serde_json::{Map, Value};

/// Everything a handler needs from a request.
#[derive(Debug, Default)]
pub struct Incoming {
    /// The path after the provider's base.
    pub path: String,
    /// The provider's base path (`/sendhub/v1`): `prefix + path` is the request's path.
    pub prefix: String,
    /// The query parameters, in order.
    pub query: Vec<(String, String)>,
    /// The headers.
    pub headers: HeaderMap,
    /// The `Host` the client used, for absolute links.
    pub host: String,
    /// Path parameters, once the route is known.
    pub path_params: Vec<(String, String)>,
    /// Form or multipart fields (file parts keep their file name as the value).
    pub form: Vec<(String, String)>,
    /// A JSON body, when the request sent one.
    pub json: Option<Value>,
    /// Whether the body was present but unreadable for its content type.
    pub malformed_body: bool,
}

impl Incoming {
    /// Reads method, path, query, headers and body.
    pub fn new(path: &str, query: Option<&str>, headers: HeaderMap, body: &Bytes) -> Self {
        let query = url::form_urlencoded::parse(query.unwrap_or("").as_bytes())
            .into_owned()
            .collect();
        let host = headers
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("127.0.0.1")
            .to_owned();
        let content_type = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let mut incoming = Incoming {
            path: path.to_owned(),
            query,
            headers,
            host,
            ..Incoming::default()
        };
        if body.is_empty() {
            return incoming;
        }
        if content_type.starts_with("application/x-www-form-urlencoded") {
            incoming.form = url::form_urlencoded::parse(body).into_owned().collect();
        } else if let Some(boundary) = content_type.split("boundary=").nth(1) {
            match multipart(body, boundary.trim_matches('"')) {
                Some(fields) => incoming.form = fields,
                None => incoming.malformed_body = true,
            }
        } else {
            match serde_json::from_slice(body) {
                Ok(value) => incoming.json = Some(value),
                Err(_) => incoming.malformed_body = true,
            }
        }
        incoming
    }

    /// Every value the request gives for `name`: path, query, form, then top-level JSON field.
    pub fn values(&self, name: &str) -> Vec<Value> {
        let text = |pairs: &[(String, String)]| -> Vec<Value> {
            pairs
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| Value::String(v.clone()))
                .collect()
        };
        for found in [text(&self.path_params), text(&self.query), text(&self.form)] {
            if !found.is_empty() {
                return found;
            }
        }
        match self.json.as_ref().and_then(|j| j.get(name)) {
            Some(Value::Null) | None => Vec::new(),
            Some(value) => vec![value.clone()],
        }
    }

    /// The first value for `name`, as text.
    pub fn text(&self, name: &str) -> Option<String> {
        self.values(name).into_iter().next().map(|v| match v {
            Value::String(s) => s,
            other => other.to_string(),
        })
    }

    /// The request's fields as a JSON object (form fields and JSON body merged), for writes.
    pub fn fields(&self) -> Map<String, Value> {
        let mut fields = Map::new();
        for (k, v) in &self.form {
            fields.insert(k.clone(), Value::String(v.clone()));
        }
        if let Some(Value::Object(json)) = &self.json {
            for (k, v) in json {
                fields.insert(k.clone(), v.clone());
            }
        }
        fields
    }
}

/// A minimal `multipart/form-data` reader: field names and values (file parts give their file
/// name). `None` when the body is not multipart with this boundary.
fn multipart(body: &[u8], boundary: &str) -> Option<Vec<(String, String)>> {
    let text = String::from_utf8_lossy(body);
    let delimiter = format!("--{boundary}");
    if !text.starts_with(&delimiter) {
        return None;
    }
    let mut fields = Vec::new();
    for part in text.split(&delimiter).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let (head, value) = part.trim_start_matches("\r\n").split_once("\r\n\r\n")?;
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
        let attribute = |key: &str| {
            disposition
                .split(';')
                .map(str::trim)
                .find_map(|p| p.strip_prefix(key))
                .map(|v| v.trim_matches('"').to_owned())
        };
        let name = attribute("name=")?;
        let value =
            attribute("filename=").unwrap_or_else(|| value.trim_end_matches("\r\n").to_owned());
        fields.push((name, value));
    }
    Some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_come_from_every_part_of_the_request() {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded".parse().expect("header"),
        );
        let body = Bytes::from_static(b"name=Bob&csrf=123");
        let mut incoming = Incoming::new("/newchat", Some("group_id=7&x=1&x=2"), headers, &body);
        incoming.path_params.push(("id".into(), "9".into()));
        assert_eq!(incoming.text("group_id").as_deref(), Some("7"));
        assert_eq!(incoming.values("x").len(), 2);
        assert_eq!(incoming.text("name").as_deref(), Some("Bob"));
        assert_eq!(incoming.text("id").as_deref(), Some("9"));
        assert_eq!(
            incoming.fields().get("csrf"),
            Some(&Value::String("123".into()))
        );
    }

    #[test]
    fn multipart_fields_and_files_are_read() {
        let body = b"--b\r\nContent-Disposition: form-data; name=\"draft_id\"\r\n\r\n12\r\n--b\r\nContent-Disposition: form-data; name=\"fileupload\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n";
        let fields = multipart(body, "b").expect("multipart");
        assert_eq!(
            fields,
            vec![
                ("draft_id".into(), "12".into()),
                ("fileupload".into(), "a.txt".into())
            ]
        );
        assert!(multipart(b"junk", "b").is_none());
    }

    #[test]
    fn json_bodies_are_read_and_bad_ones_flagged() {
        let json = Incoming::new(
            "/x",
            None,
            HeaderMap::new(),
            &Bytes::from_static(br#"{"name": "n"}"#),
        );
        assert_eq!(json.text("name").as_deref(), Some("n"));
        let bad = Incoming::new("/x", None, HeaderMap::new(), &Bytes::from_static(b"{"));
        assert!(bad.malformed_body);
    }
}
