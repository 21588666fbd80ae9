//! The admin index page: each provider's base URL and a working curl, the demo credentials,
//! and the admin endpoints. Small enough to write by hand; everything inserted is escaped.

use std::fmt::Write as _;

use crate::auth::DEMO;
use crate::curl;
use crate::shared::World;

/// The page, for a client that reached the sandbox at `origin` (`http://127.0.0.1:PORT`).
pub fn page(world: &World, origin: &str) -> String {
    let mut html = String::from(concat!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<title>groupkit sandbox</title>\n<style>",
        "body{font-family:system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem}",
        "pre{background:#f4f4f4;padding:.5rem;overflow-x:auto}",
        "th,td{text-align:left;padding:.2rem .8rem .2rem 0}",
        "</style>\n</head>\n<body>\n<h1>groupkit sandbox</h1>\n",
    ));
    let _ = writeln!(
        html,
        "<p>Offline fake servers for four group-platform APIs, driven by groupkit's specs. \
         Data seed: <code>{}</code>.</p>",
        world.seed
    );
    html.push_str("<h2>Providers</h2>\n");
    for provider in &world.providers {
        let name = provider.spec.name;
        let base = world.base_url(origin, name);
        let _ = writeln!(
            html,
            "<h3>{name}</h3>\n<p>Base URL: <code>{base}</code> &middot; \
             <a href=\"/__sandbox/openapi/{name}\">OpenAPI document</a></p>",
            name = escape(name),
            base = escape(&base),
        );
        if let Some(command) = curl::command(&provider.spec, &base, &DEMO) {
            let _ = writeln!(html, "<pre><code>{}</code></pre>", escape(&command));
        }
    }
    html.push_str("<h2>Credentials</h2>\n<table>\n");
    for (what, value, use_) in [
        (
            "API key",
            DEMO.api_key,
            "Groupboss raw key, Groups.io bearer, SendHub api_key, Basic password",
        ),
        (
            "Username",
            DEMO.username,
            "SendHub username; any Basic user name",
        ),
        ("Login email", DEMO.email, "Groups.io sessions"),
        ("Login password", DEMO.password, "Groups.io sessions"),
    ] {
        let _ = writeln!(
            html,
            "<tr><th>{}</th><td><code>{}</code></td><td>{}</td></tr>",
            escape(what),
            escape(value),
            escape(use_)
        );
    }
    html.push_str("</table>\n<h2>Admin API</h2>\n<ul>\n");
    for (method, path, link, what) in ENDPOINTS {
        let target = if link {
            format!("<a href=\"{0}\">{0}</a>", escape(path))
        } else {
            format!("<code>{}</code>", escape(path))
        };
        let _ = writeln!(
            html,
            "<li><code>{method}</code> {target}: {}</li>",
            escape(what)
        );
    }
    let admin = format!("{origin}/__sandbox");
    let _ = write!(
        html,
        "</ul>\n<p>Admin requests are neither journaled nor subject to faults; a reset keeps \
         the faults and the journal.</p>\n<pre><code>{}</code></pre>\n</body>\n</html>\n",
        escape(&format!(
            "curl -X PUT '{admin}/faults' -d '{{\"server_errors\": 0.5, \"latency_ms\": 200}}'\n\
             curl -X POST '{admin}/reset' -d '{{\"seed\": 42}}'\n\
             curl '{admin}/requests'"
        ))
    );
    html
}

/// The admin endpoints: method, path, whether a plain link works, what it does.
const ENDPOINTS: [(&str, &str, bool, &str); 12] = [
    ("GET", "/__sandbox/", true, "this page"),
    (
        "GET",
        "/__sandbox/openapi/{provider}",
        false,
        "a provider's OpenAPI document, its servers pointing here",
    ),
    (
        "POST",
        "/__sandbox/reset",
        false,
        "back to the seeded data, sessions logged out; body {\"seed\": N} for a new seed",
    ),
    (
        "GET",
        "/__sandbox/faults",
        true,
        "the faults in force: latency_ms, retry_after (seconds) and the rates rate_limited, \
         server_errors, malformed, truncated, dropped (0 to 1)",
    ),
    (
        "PUT",
        "/__sandbox/faults",
        false,
        "replace them (a missing field takes its default: no fault, retry_after 1)",
    ),
    (
        "GET",
        "/__sandbox/requests",
        true,
        "the last requests received, oldest first, credentials redacted",
    ),
    ("DELETE", "/__sandbox/requests", false, "forget them"),
    (
        "GET",
        "/__sandbox/webhooks",
        true,
        "webhook targets: registered here, or subscriptions created through a provider's API",
    ),
    (
        "POST",
        "/__sandbox/webhooks",
        false,
        "register one: {\"provider\": \"habitate\", \"url\": \"http://127.0.0.1:9000/hook\", \
         \"events\": [\"member.joined\"]} (no events: all of them)",
    ),
    ("DELETE", "/__sandbox/webhooks/{id}", false, "remove one"),
    (
        "POST",
        "/__sandbox/collections/{provider}/{collection}",
        false,
        "make an item happen at the provider (a JSON object of fields): fires its webhooks",
    ),
    (
        "PATCH",
        "/__sandbox/collections/{provider}/{collection}/{id}",
        false,
        "change an item's fields: fires its webhooks",
    ),
];

/// `text` safe inside HTML text and double- or single-quoted attributes.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
