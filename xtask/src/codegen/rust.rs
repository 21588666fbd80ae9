//! Writing Rust text: doc comments, the stamp, rustfmt.

use std::io::Write;
use std::process::{Command, Stdio};

/// The first line of every generated file.
pub fn stamp(spec_file: &str) -> String {
    format!("// @generated from specs/{spec_file} by cargo xtask codegen; do not edit.\n")
}

/// `///` lines for `text`. Code fences without a language become `text` fences, and lines lose
/// their indentation, so that nothing in an API description is compiled as a doctest.
pub fn doc(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut in_fence = false;
    for line in text.trim().lines() {
        let mut line = line.trim().to_owned();
        if line.starts_with("```") {
            if !in_fence && line.trim_start_matches('`').trim().is_empty() {
                line = "```text".into();
            }
            in_fence = !in_fence;
        }
        if line.is_empty() {
            out.push_str(&format!("{indent}///\n"));
        } else {
            out.push_str(&format!("{indent}/// {line}\n"));
        }
    }
    if in_fence {
        out.push_str(&format!("{indent}/// ```\n"));
    }
    out
}

/// Formats Rust source with rustfmt (edition 2024), so output is stable and readable.
pub fn rustfmt(source: &str) -> Result<String, String> {
    let mut child = Command::new(std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into()))
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("rustfmt has no stdin")?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt failed: {e}"))?;
    writer
        .join()
        .map_err(|_| "rustfmt writer panicked".to_owned())?
        .map_err(|e| format!("cannot write to rustfmt: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "rustfmt rejected the generated code:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt output is not UTF-8: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_fence_code_as_text_and_drop_indentation() {
        let text = "Intro.\n\n```\n  {\"a\": 1}\n```\n    indented";
        assert_eq!(
            doc(text, ""),
            "/// Intro.\n///\n/// ```text\n/// {\"a\": 1}\n/// ```\n/// indented\n"
        );
    }

    #[test]
    fn unclosed_fences_are_closed() {
        assert!(doc("```json\n{", "").ends_with("/// ```\n"));
    }
}
