//! JSON Pointers (RFC 6901) and percent-decoding.

use percent_encoding::percent_decode_str;

/// Escapes one JSON Pointer reference token (`~` to `~0`, `/` to `~1`).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// A JSON Pointer from unescaped tokens: `["paths", "/users", "get"]` gives `/paths/~1users/get`.
pub fn pointer_of(tokens: &[&str]) -> String {
    tokens.iter().fold(String::new(), |mut pointer, token| {
        pointer.push('/');
        pointer.push_str(&escape_token(token));
        pointer
    })
}

/// `pointer` with one more (unescaped) token.
pub fn pointer_push(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", escape_token(token))
}

/// `pointer` without its last token (the root's parent is the root, `""`).
pub fn pointer_parent(pointer: &str) -> String {
    pointer
        .rsplit_once('/')
        .map(|(parent, _)| parent.to_owned())
        .unwrap_or_default()
}

/// Decodes the `%XX` escapes of a URI fragment (`#/paths/~1users~1%7Bid%7D`), strictly: `None` if
/// an escape is malformed or the result is not UTF-8, since such a reference names nothing.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, &byte)| {
        byte != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return None;
    }
    percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

/// Decodes one segment of a request path, leniently, as servers do: `%XX` escapes are decoded, a
/// malformed `%` is kept as it is, bytes that are not UTF-8 become U+FFFD, and `+` stays `+` (it
/// means a space only in form bodies and query strings).
pub fn decode_segment(segment: &str) -> String {
    percent_decode_str(segment).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_their_tokens() {
        assert_eq!(
            pointer_of(&["paths", "/a/{b}", "get"]),
            "/paths/~1a~1{b}/get"
        );
        assert_eq!(pointer_push("/x", "a~b/c"), "/x/a~0b~1c");
        assert_eq!(pointer_parent("/paths/~1a/get"), "/paths/~1a");
        assert_eq!(pointer_parent(""), "");
    }

    #[test]
    fn fragments_decode_strictly() {
        assert_eq!(percent_decode("/a%7Bb%7d").as_deref(), Some("/a{b}"));
        assert_eq!(percent_decode("%C3%A9").as_deref(), Some("é"));
        assert_eq!(percent_decode("plain").as_deref(), Some("plain"));
        assert_eq!(percent_decode("%7"), None);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%+1"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn segments_decode_leniently() {
        assert_eq!(decode_segment("a%2Bb"), "a+b");
        assert_eq!(decode_segment("a+b%20c"), "a+b c");
        assert_eq!(decode_segment("100%"), "100%");
        assert_eq!(decode_segment("a&b=c"), "a&b=c");
        assert_eq!(decode_segment("%FF"), "\u{FFFD}");
    }
}
