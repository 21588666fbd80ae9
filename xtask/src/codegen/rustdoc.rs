//! Provider descriptions (CommonMark, as OpenAPI says) turned into rustdoc that passes rustdoc's
//! and clippy's documentation lints and reads like hand-written docs.
//!
//! Blocks: paragraphs are re-wrapped to the line width; list items keep their markers and their
//! continuation lines are indented to the item's text (no lazy or over-indented continuation);
//! fenced and indented code blocks become ```` ```text ```` fences (their lines kept as written),
//! except the generator's own doctests (```` ```no_run ````, ...); tables, headings and
//! thematic breaks are kept as they are.
//!
//! Inline text: `[` and `]` are escaped unless they make an inline link to a web address or an
//! intra-doc link to a Rust path (`` [`crate::Client::list`] ``, which the generator writes);
//! bare web addresses are wrapped in `<...>`; a `<` that could open an HTML tag is escaped with
//! the `>` that closes it; HTML comments, which render as nothing, are left out. Code spans are
//! left alone.

/// The widest a doc line may be, indentation and `/// ` included.
const WIDTH: usize = 100;

/// Stands for a space that wrapping must not break at (inside code spans and links).
const KEEP: char = '\u{E000}';

/// Fence info strings that make rustdoc compile and test the block: only the generator writes
/// these (its examples); a provider's code is never Rust.
const DOCTEST: &[&str] = &[
    "rust",
    "no_run",
    "ignore",
    "should_panic",
    "compile_fail",
    "edition2018",
    "edition2021",
    "edition2024",
];

/// The lines (without `/// `) of the rustdoc for `text`, wrapped so that a line indented by
/// `indent` columns stays within [`WIDTH`].
pub fn lines(text: &str, indent: usize) -> Vec<String> {
    let width = WIDTH.saturating_sub(indent + 4).max(40);
    let mut blocks = Blocks {
        width,
        out: Vec::new(),
        paragraph: None,
        lists: Vec::new(),
        code: None,
        comment: false,
    };
    for line in dedent(text) {
        blocks.line(&line);
    }
    blocks.finish();
    let mut out: Vec<String> = Vec::new();
    for line in blocks.out {
        let line = line.trim_end().to_owned();
        if line.is_empty() && out.last().is_none_or(String::is_empty) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// The text's lines, tabs expanded, trailing space gone, and the indentation they all share
/// removed (the first line's too, when it alone was trimmed by the document's author).
fn dedent(text: &str) -> Vec<String> {
    let lines: Vec<String> = text
        .trim_matches(|c| c == '\n' || c == '\r')
        .lines()
        .map(|l| l.replace('\t', "    ").trim_end().to_owned())
        .collect();
    let indent_of = |l: &String| l.len() - l.trim_start().len();
    let common = |skip: usize| {
        lines
            .iter()
            .skip(skip)
            .filter(|l| !l.is_empty())
            .map(indent_of)
            .min()
            .unwrap_or(0)
    };
    let first_flush = lines.first().is_some_and(|l| indent_of(l) == 0);
    let rest = common(1);
    let cut = if first_flush && lines.len() > 1 && rest > 0 {
        // `description: First line\n    more` as some YAML styles leave it.
        rest
    } else {
        common(0)
    };
    lines
        .into_iter()
        .map(|l| {
            let n = indent_of(&l).min(cut);
            l[n..].to_owned()
        })
        .collect()
}

/// A list item being written: where its marker was and where its text goes.
struct List {
    /// The marker's column in the description.
    indent: usize,
    /// The column of the item's text in the output.
    content: usize,
}

/// A code block being copied.
struct Code {
    /// `Some((char, length))` for a fence, `None` for an indented block.
    fence: Option<(char, usize)>,
    /// Columns removed from every line (the fence's or the block's indentation).
    strip: usize,
    /// What every output line starts with (the list item's indentation).
    prefix: String,
    /// Blank lines seen in an indented block and not yet known to be inside it.
    blanks: usize,
}

/// A paragraph being collected, to wrap when it ends.
struct Paragraph {
    first: String,
    rest: String,
    text: String,
}

struct Blocks {
    width: usize,
    out: Vec<String>,
    paragraph: Option<Paragraph>,
    lists: Vec<List>,
    code: Option<Code>,
    /// Inside an HTML comment (`<!-- ... -->`), which renders as nothing and is left out.
    comment: bool,
}

impl Blocks {
    fn line(&mut self, line: &str) {
        if self.code.is_some() && self.code_line(line) {
            return;
        }
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        if self.comment || trimmed.starts_with("<!--") {
            let rest = trimmed.strip_prefix("<!--").unwrap_or(trimmed);
            self.comment = !rest.contains("-->");
            return;
        }
        if trimmed.is_empty() {
            self.flush();
            self.out.push(String::new());
            return;
        }
        if let Some((ch, len, info)) = fence(trimmed) {
            self.flush();
            let prefix = self.container(indent);
            let lang = info.split([',', ' ']).all(|word| DOCTEST.contains(&word));
            let lang = if lang && !info.is_empty() {
                info
            } else {
                "text"
            };
            // The provider's fence (its length lets the block hold shorter fences).
            let fence = ch.to_string().repeat(len);
            self.out.push(format!("{prefix}{fence}{lang}"));
            self.code = Some(Code {
                fence: Some((ch, len)),
                strip: indent,
                prefix,
                blanks: 0,
            });
            return;
        }
        if self.paragraph.is_none() && self.lists.is_empty() && indent >= 4 {
            self.out.push("```text".into());
            self.code = Some(Code {
                fence: None,
                strip: 4,
                prefix: String::new(),
                blanks: 0,
            });
            self.code_line(line);
            return;
        }
        if let Some((marker, text)) = list_item(trimmed) {
            self.flush();
            while self.lists.last().is_some_and(|l| l.indent >= indent) {
                self.lists.pop();
            }
            let at = self.lists.last().map_or(0, |l| l.content);
            let pad = " ".repeat(at);
            self.lists.push(List {
                indent,
                content: at + marker.len() + 1,
            });
            self.paragraph = Some(Paragraph {
                first: format!("{pad}{marker} "),
                rest: " ".repeat(at + marker.len() + 1),
                text: text.to_owned(),
            });
            return;
        }
        if trimmed.starts_with('|') || heading(trimmed) || rule(trimmed) {
            // Tables, headings and breaks are kept as lines; setext underlines too.
            self.flush();
            let prefix = self.container(indent);
            self.out
                .push(format!("{prefix}{}", inline(trimmed).replace(KEEP, " ")));
            return;
        }
        if let Some(quoted) = trimmed.strip_prefix('>') {
            let quoted = quoted.strip_prefix(' ').unwrap_or(quoted);
            match &mut self.paragraph {
                Some(p) if p.first.ends_with("> ") => {
                    p.text.push(' ');
                    p.text.push_str(quoted);
                }
                _ => {
                    self.flush();
                    let prefix = format!("{}> ", self.container(indent));
                    self.paragraph = Some(Paragraph {
                        first: prefix.clone(),
                        rest: prefix,
                        text: quoted.to_owned(),
                    });
                }
            }
            return;
        }
        match &mut self.paragraph {
            // A continuation line, lazy or not: it joins the paragraph (and takes its indentation).
            Some(p) => {
                p.text.push(' ');
                p.text.push_str(trimmed);
            }
            None => {
                let prefix = self.container(indent);
                self.paragraph = Some(Paragraph {
                    first: prefix.clone(),
                    rest: prefix,
                    text: trimmed.to_owned(),
                });
            }
        }
    }

    /// The indentation of a block starting at `indent` after a blank line: inside the deepest
    /// list item it is indented under, or (not indented) after every list.
    fn container(&mut self, indent: usize) -> String {
        if indent == 0 {
            self.lists.clear();
        }
        while self.lists.last().is_some_and(|l| l.indent >= indent) {
            self.lists.pop();
        }
        " ".repeat(self.lists.last().map_or(0, |l| l.content))
    }

    /// Copies a line of the open code block; false when the line ends an indented block and is
    /// still to be read as text.
    fn code_line(&mut self, line: &str) -> bool {
        let Some(code) = &mut self.code else {
            return false;
        };
        let indent = line.len() - line.trim_start().len();
        match code.fence {
            Some((ch, len)) => {
                let trimmed = line.trim_start();
                let run = trimmed.chars().take_while(|c| *c == ch).count();
                if run >= len && trimmed[run..].trim().is_empty() {
                    let fence = ch.to_string().repeat(len);
                    self.out.push(format!("{}{fence}", code.prefix));
                    self.code = None;
                } else {
                    let strip = indent.min(code.strip);
                    self.out.push(format!("{}{}", code.prefix, &line[strip..]));
                }
                true
            }
            None => {
                if line.trim().is_empty() {
                    code.blanks += 1;
                    return true;
                }
                if indent < code.strip {
                    let blanks = code.blanks;
                    self.out.push("```".into());
                    self.code = None;
                    self.out.extend((0..blanks).map(|_| String::new()));
                    return false;
                }
                for _ in 0..code.blanks {
                    self.out.push(String::new());
                }
                code.blanks = 0;
                self.out.push(line[code.strip..].to_owned());
                true
            }
        }
    }

    fn flush(&mut self) {
        if let Some(p) = self.paragraph.take() {
            let text = inline(&p.text);
            let lines = wrap(&text, &p.first, &p.rest, self.width);
            self.out
                .extend(lines.into_iter().map(|l| l.replace(KEEP, " ")));
        }
    }

    fn finish(&mut self) {
        self.flush();
        if let Some(code) = self.code.take() {
            // An unclosed fence, or an indented block at the end.
            let (ch, len) = code.fence.unwrap_or(('`', 3));
            let fence = ch.to_string().repeat(len);
            self.out.push(format!("{}{fence}", code.prefix));
        }
    }
}

/// ```` ``` ```` or `~~~` (three or more) and the info string after it.
fn fence(trimmed: &str) -> Option<(char, usize, &str)> {
    let ch = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = trimmed.chars().take_while(|c| *c == ch).count();
    if len < 3 {
        return None;
    }
    let info = trimmed[len..].trim();
    if ch == '`' && info.contains('`') {
        return None;
    }
    Some((ch, len, info))
}

/// `- text`, `* text`, `+ text`, `1. text`, `1) text`: the marker and the text.
fn list_item(trimmed: &str) -> Option<(&str, &str)> {
    let marker_len = if trimmed.starts_with(['-', '*', '+']) {
        1
    } else {
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 || digits > 9 || !trimmed[digits..].starts_with(['.', ')']) {
            return None;
        }
        digits + 1
    };
    let rest = &trimmed[marker_len..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None;
    }
    if rule(trimmed) {
        return None;
    }
    Some((&trimmed[..marker_len], rest.trim_start()))
}

/// An ATX heading: `#` to `######` then a space or the end.
fn heading(trimmed: &str) -> bool {
    let hashes = trimmed.chars().take_while(|c| *c == '#').count();
    (1..=6).contains(&hashes) && (trimmed.len() == hashes || trimmed[hashes..].starts_with(' '))
}

/// A thematic break (`---`, `***`, `___`) or a setext underline (`===`).
fn rule(trimmed: &str) -> bool {
    let compact: Vec<char> = trimmed.chars().filter(|c| *c != ' ').collect();
    let Some(&first) = compact.first() else {
        return false;
    };
    compact.iter().all(|c| *c == first)
        && match first {
            '=' => true,
            '-' | '*' | '_' => compact.len() >= 3,
            _ => false,
        }
}

/// Words that would start a block (a list item, a heading, a quote, a fence...) if a wrapped
/// line began with them; the line is not broken before them.
fn starts_block(word: &str) -> bool {
    list_item(word).is_some()
        || list_item(&format!("{word} x")).is_some()
        || word.starts_with(['#', '>', '|', '='])
        || fence(word).is_some()
        || word.chars().all(|c| c == '-')
}

/// Greedy wrapping of `text` (already inline-escaped) into lines of at most `width` columns.
fn wrap(text: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut empty = true;
    for word in text.split_whitespace() {
        let fits = line.chars().count() + 1 + word.chars().count() <= width;
        if empty || fits || starts_block(word) {
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
        } else {
            lines.push(std::mem::replace(&mut line, format!("{rest}{word}")));
        }
        empty = false;
    }
    lines.push(line);
    lines
}

/// Rust paths that an intra-doc link of the generator starts with.
const LINKED: &[&str] = &["crate::", "groupkit_core::", "self::", "super::", "Self::"];

/// Escapes what rustdoc would read as a link, HTML or a bare address; code spans, web links
/// and the generator's intra-doc links are kept.
fn inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    // `>` to escape: those closing a `<` that was escaped.
    let mut closing: Vec<usize> = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            '`' => {
                let run = chars[i..].iter().take_while(|c| **c == '`').count();
                match code_span_end(&chars, i, run) {
                    Some(end) => {
                        out.extend(chars[i..end].iter().map(|c| unbroken(*c)));
                        i = end;
                    }
                    None => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                    }
                }
                continue;
            }
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                out.push(c);
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '[' => {
                if let Some(end) = kept_link(&chars, i) {
                    // The label is text too; the target is copied as it is.
                    let label_end = label_end(&chars, i).unwrap_or(i);
                    let label: String = chars[i + 1..label_end].iter().collect();
                    out.push('[');
                    out.extend(inline(&label).chars().map(unbroken));
                    out.extend(&chars[label_end..end]);
                    i = end;
                    continue;
                }
                out.push_str("\\[");
            }
            ']' => out.push_str("\\]"),
            '<' => {
                if let Some(end) = autolink_end(&chars, i) {
                    out.extend(&chars[i..end]);
                    i = end;
                    continue;
                }
                if chars
                    .get(i + 1)
                    .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'))
                {
                    out.push_str("\\<");
                    if let Some(close) = chars[i + 1..]
                        .iter()
                        .position(|c| *c == '>' || *c == '<' || *c == '`')
                        .map(|p| i + 1 + p)
                        .filter(|p| chars[*p] == '>')
                    {
                        closing.push(close);
                    }
                } else {
                    out.push('<');
                }
            }
            '>' if closing.contains(&i) => out.push_str("\\>"),
            'h' if url_start(&chars, i) => {
                let end = url_end(&chars, i);
                out.push('<');
                out.extend(&chars[i..end]);
                out.push('>');
                i = end;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// A space as [`KEEP`].
fn unbroken(c: char) -> char {
    if c == ' ' { KEEP } else { c }
}

/// The index after the code span opened by `run` backticks at `start`, if it is closed.
fn code_span_end(chars: &[char], start: usize, run: usize) -> Option<usize> {
    let mut j = start + run;
    while j < chars.len() {
        if chars[j] == '`' {
            let n = chars[j..].iter().take_while(|c| **c == '`').count();
            if n == run {
                return Some(j + n);
            }
            j += n;
        } else {
            j += 1;
        }
    }
    None
}

/// The index of the `]` closing the label opened at `start` (code spans skipped, no nesting).
fn label_end(chars: &[char], start: usize) -> Option<usize> {
    let mut j = start + 1;
    while j < chars.len() {
        match chars[j] {
            '`' => {
                let run = chars[j..].iter().take_while(|c| **c == '`').count();
                j = code_span_end(chars, j, run).unwrap_or(j + run);
            }
            '\\' => j += 2,
            '[' => return None,
            ']' => return Some(j),
            _ => j += 1,
        }
    }
    None
}

/// The end of a link to keep at `start`: `[label](https://...)` or ``[`crate::path`]``.
fn kept_link(chars: &[char], start: usize) -> Option<usize> {
    let close = label_end(chars, start)?;
    let label: String = chars[start + 1..close].iter().collect();
    if chars.get(close + 1) == Some(&'(') {
        let target_end = chars[close + 2..].iter().position(|c| *c == ')')? + close + 2;
        let target: String = chars[close + 2..target_end].iter().collect();
        let web = target.starts_with("https://") || target.starts_with("http://");
        return (web && !target.contains(char::is_whitespace) && !label.trim().is_empty())
            .then_some(target_end + 1);
    }
    let path = label.strip_prefix('`')?.strip_suffix('`')?;
    let rust_path = LINKED.iter().any(|p| path.starts_with(p))
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
    (rust_path && chars.get(close + 1) != Some(&'[')).then_some(close + 1)
}

/// The end of `<https://...>` at `start`.
fn autolink_end(chars: &[char], start: usize) -> Option<usize> {
    if !url_start(chars, start + 1) {
        return None;
    }
    let close = chars[start + 1..]
        .iter()
        .position(|c| *c == '>' || c.is_whitespace() || *c == '<')?
        + start
        + 1;
    (chars[close] == '>').then_some(close + 1)
}

/// Does a bare `http://` or `https://` address start at `i` (not inside a word)?
fn url_start(chars: &[char], i: usize) -> bool {
    let rest: String = chars[i..chars.len().min(i + 8)].iter().collect();
    (rest.starts_with("https://") || rest.starts_with("http://"))
        && (i == 0 || !chars[i - 1].is_alphanumeric())
}

/// The end of the bare address at `start`: before whitespace, quotes or angle brackets, and
/// without trailing punctuation or an unbalanced `)`.
fn url_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    while end < chars.len()
        && !chars[end].is_whitespace()
        && !matches!(chars[end], '<' | '>' | '"' | '`')
    {
        end += 1;
    }
    while end > start {
        let last = chars[end - 1];
        let opened = chars[start..end].iter().filter(|c| **c == '(').count();
        let closed = chars[start..end].iter().filter(|c| **c == ')').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '_')
            || (last == ')' && closed > opened)
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> String {
        lines(text, 0).join("\n")
    }

    #[test]
    fn paragraphs_wrap_at_the_width() {
        let text = "word ".repeat(40);
        for line in lines(&text, 4) {
            assert!(line.len() <= 100 - 8, "{line}");
        }
        assert_eq!(doc("One\ntwo.\n\n\n\nThree."), "One two.\n\nThree.");
    }

    #[test]
    fn wrapping_never_starts_a_block() {
        let text = format!(
            "{} - not a list, 1. nor this, # nor a heading",
            "x".repeat(90)
        );
        let out = lines(&text, 0);
        assert!(
            out.iter()
                .skip(1)
                .all(|l| !starts_block(l.split(' ').next().unwrap_or(""))),
            "{out:?}"
        );
    }

    #[test]
    fn brackets_escape_unless_they_link() {
        assert_eq!(doc("a [b] c[0]"), "a \\[b\\] c\\[0\\]");
        assert_eq!(
            doc("see [the docs](https://example.com/a)"),
            "see [the docs](https://example.com/a)"
        );
        assert_eq!(
            doc("built by [`crate::Client::list`]."),
            "built by [`crate::Client::list`]."
        );
        assert_eq!(doc("a [`Thing`] b"), "a \\[`Thing`\\] b");
        assert_eq!(doc("code `[x]` stays"), "code `[x]` stays");
        assert_eq!(doc("[x](relative)"), "\\[x\\](relative)");
    }

    #[test]
    fn links_and_code_spans_are_not_broken() {
        let text = format!(
            "{} [the guide](https://example.com/g) and `a  b c`",
            "x".repeat(85)
        );
        let out = lines(&text, 0);
        assert_eq!(
            out[1], "[the guide](https://example.com/g) and `a  b c`",
            "{out:?}"
        );
    }

    #[test]
    fn bare_urls_are_wrapped() {
        assert_eq!(
            doc("See https://example.com/a?b=c."),
            "See <https://example.com/a?b=c>."
        );
        assert_eq!(doc("(at http://x.io/p)"), "(at <http://x.io/p>)");
        assert_eq!(
            doc("kept <https://example.com>"),
            "kept <https://example.com>"
        );
        assert_eq!(doc("`https://in.code`"), "`https://in.code`");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            doc("Send `Name <address>` or Name <address>."),
            "Send `Name <address>` or Name \\<address\\>."
        );
        assert_eq!(doc("a <b>bold</b> c"), "a \\<b\\>bold\\</b\\> c");
        assert_eq!(doc("1 < 2 > 0 -> x"), "1 < 2 > 0 -> x");
    }

    #[test]
    fn code_blocks_become_text() {
        let text = "Intro.\n\n```\n  {\"a\": 1}\n```\n\n```json\n[1]\n```\n\n    indented\n      more\n\nAfter.";
        assert_eq!(
            doc(text),
            "Intro.\n\n```text\n  {\"a\": 1}\n```\n\n```text\n[1]\n```\n\n```text\nindented\n  more\n```\n\nAfter."
        );
        assert!(doc("```json\n{").ends_with("\n```"));
        assert_eq!(doc("~~~~\n```\n~~~~"), "~~~~text\n```\n~~~~");
        assert_eq!(
            doc("```no_run\nlet a = 1;\n```"),
            "```no_run\nlet a = 1;\n```"
        );
    }

    #[test]
    fn lists_continue_under_their_text() {
        let text = "Values:\n- one\ncontinued lazily\n- two\n        over-indented\n  1. nested\n     more\n\nAfter.";
        assert_eq!(
            doc(text),
            "Values:\n- one continued lazily\n- two over-indented\n  1. nested more\n\nAfter."
        );
        let long = format!("- {}", "word ".repeat(30));
        assert!(lines(&long, 0)[1].starts_with("  word"));
    }

    #[test]
    fn html_comments_are_left_out() {
        assert_eq!(doc("a\n<!-- note -->\nb\n<!--\nmore\n-->\nc"), "a b c");
    }

    #[test]
    fn quotes_tables_and_headings_keep_their_lines() {
        assert_eq!(doc("> quoted\nlazy"), "> quoted lazy");
        assert_eq!(
            doc("| a | b |\n|---|---|\n| 1 | 2 |"),
            "| a | b |\n|---|---|\n| 1 | 2 |"
        );
        assert_eq!(doc("# Title\ntext"), "# Title\ntext");
    }
}
