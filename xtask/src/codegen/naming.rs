//! Turning the documents' names into Rust names.

/// Words Rust reserves; a field or argument with one of these names becomes `r#name`.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Splits a name into lower-case words at separators, case changes and digits-to-letters.
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if c.is_ascii_uppercase() => {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            }
            _ => false,
        };
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `group_id`, `GroupId`, `group-id` → `GroupId`. A leading digit gets a `V` prefix; an empty
/// name becomes `Empty`.
pub fn pascal(name: &str) -> String {
    let mut out: String = words(name)
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|f| f.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect();
    if out.is_empty() {
        out = "Empty".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// `groupId`, `GroupID`, `group-id` → `group_id`.
pub fn snake(name: &str) -> String {
    let mut out = words(name).join("_");
    if out.is_empty() {
        out = "value".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// A field or argument name: snake case, keywords raw (`r#type`).
pub fn field(name: &str) -> String {
    let snake = snake(name);
    match snake.as_str() {
        // These cannot be raw identifiers.
        "self" | "super" | "crate" | "Self" => format!("{snake}_"),
        s if KEYWORDS.contains(&s) => format!("r#{snake}"),
        _ => snake,
    }
}

/// A field name without the `r#` prefix, for use inside other identifiers.
pub fn bare(ident: &str) -> &str {
    ident.trim_start_matches("r#")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(pascal("group_id"), "GroupId");
        assert_eq!(pascal("Group.created"), "GroupCreated");
        assert_eq!(pascal("sub_modstatus_none"), "SubModstatusNone");
        assert_eq!(pascal("HTTPError"), "HttpError");
        assert_eq!(pascal("2fa"), "V2fa");
        assert_eq!(pascal(""), "Empty");
        assert_eq!(pascal("APPROVAL_REQUIRED"), "ApprovalRequired");
        assert_eq!(snake("getMemberNotices"), "get_member_notices");
        assert_eq!(snake("X-Request-ID"), "x_request_id");
        assert_eq!(field("type"), "r#type");
        assert_eq!(field("self"), "self_");
        assert_eq!(field("page_token"), "page_token");
    }
}
