//! Writing Rust text: doc comments, the stamp, formatting.

/// The first line of every generated file.
pub fn stamp(spec_file: &str) -> String {
    format!("// @generated from specs/{spec_file} by cargo xtask codegen; do not edit.\n")
}

/// `///` lines for `text`, a provider's description (Markdown) or the generator's own words,
/// for an item indented by `indent`: clean rustdoc that passes rustdoc's and clippy's lints,
/// wrapped to 100 columns (see [`super::rustdoc`]).
pub fn doc(text: &str, indent: &str) -> String {
    let mut out = String::new();
    for line in super::rustdoc::lines(text, indent.len()) {
        if line.is_empty() {
            out.push_str(&format!("{indent}///\n"));
        } else {
            out.push_str(&format!("{indent}/// {line}\n"));
        }
    }
    out
}

/// A doc line that marks where [`format`] puts a blank line; no description can produce it.
const BLANK: &str = "@@groupkit-codegen:blank-line@@";

/// The name of the placeholder macros that stand for item macros while formatting (`_0`, ...).
const VERBATIM: &str = "__groupkit_codegen_verbatim";

/// Formats generated Rust source with `prettyplease`, so the output depends on this crate's
/// locked dependencies, not on the rustfmt installed.
///
/// On top of prettyplease's printing: a blank line separates items (at the top level, in
/// `impl` and `trait` blocks), except runs of `use` items and of `mod name;` declarations, and
/// follows the inner attributes (`//!` docs) of the file. Item macros (`open_enum! { .. }`) keep
/// the generator's own text, as rustfmt would, since their bodies are not Rust that a printer
/// can lay out. Plain `//` comments are not kept (they are not part of the syntax tree); doc
/// comments are printed back as `///` and `//!` lines.
pub fn format(source: &str) -> Result<String, String> {
    let mut file = syn::parse_file(source).map_err(|e| {
        let at = e.span().start();
        let line = source
            .lines()
            .nth(at.line.saturating_sub(1))
            .unwrap_or_default();
        format!(
            "the generated code does not parse at {}:{}: {e}\n{line}",
            at.line,
            at.column + 1
        )
    })?;
    let mut verbatim = Vec::new();
    for item in &mut file.items {
        let syn::Item::Macro(item) = item else {
            continue;
        };
        if item.mac.path.is_ident("macro_rules") {
            continue;
        }
        let start = match &item.mac.path.leading_colon {
            Some(colon) => colon.spans[0],
            None => match item.mac.path.segments.first() {
                Some(segment) => segment.ident.span(),
                None => continue,
            },
        };
        let end = match &item.semi_token {
            Some(semi) => semi.span,
            None => match &item.mac.delimiter {
                syn::MacroDelimiter::Paren(d) => d.span.close(),
                syn::MacroDelimiter::Brace(d) => d.span.close(),
                syn::MacroDelimiter::Bracket(d) => d.span.close(),
            },
        };
        let range = start.byte_range().start..end.byte_range().end;
        let Some(text) = source.get(range) else {
            continue;
        };
        let name = format!("{VERBATIM}_{}", verbatim.len());
        verbatim.push(text.to_owned());
        let placeholder: syn::ItemMacro =
            syn::parse_str(&format!("{name}! {{}}")).map_err(|e| e.to_string())?;
        item.mac = placeholder.mac;
        item.semi_token = None;
    }
    if !file.attrs.is_empty()
        && let Some(first) = file.items.first_mut()
    {
        mark(first);
    }
    space(&mut file.items);

    let printed = prettyplease::unparse(&file);
    let marker = format!("///{BLANK}");
    let mut out = String::with_capacity(printed.len());
    for line in printed.lines() {
        let trimmed = line.trim_start();
        if trimmed == marker {
            out.push('\n');
        } else if let Some(n) = trimmed
            .strip_suffix("! {}")
            .and_then(|name| name.strip_prefix(VERBATIM))
            .and_then(|n| n.strip_prefix('_'))
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n < verbatim.len())
        {
            let indent = &line[..line.len() - trimmed.len()];
            out.push_str(indent);
            out.push_str(&verbatim[n]);
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// `#[doc = BLANK]`, printed as `///BLANK` (then replaced by an empty line).
fn blank() -> syn::Attribute {
    let span = proc_macro2::Span::call_site();
    syn::Attribute {
        pound_token: Default::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: Default::default(),
        meta: syn::Meta::NameValue(syn::MetaNameValue {
            path: proc_macro2::Ident::new("doc", span).into(),
            eq_token: Default::default(),
            value: syn::Expr::Lit(syn::ExprLit {
                attrs: Vec::new(),
                lit: syn::Lit::Str(syn::LitStr::new(BLANK, span)),
            }),
        }),
    }
}

/// Marks every item but the first for a blank line before it, and does the same inside
/// `impl` and `trait` blocks and inline modules.
fn space(items: &mut [syn::Item]) {
    let mut previous: Option<&syn::Item> = None;
    let mut marks = Vec::with_capacity(items.len());
    for item in items.iter() {
        let grouped = matches!(
            (previous, item),
            (Some(syn::Item::Use(_)), syn::Item::Use(_))
                | (Some(syn::Item::ExternCrate(_)), syn::Item::ExternCrate(_))
        ) || matches!(
            (previous, item),
            (Some(syn::Item::Mod(a)), syn::Item::Mod(b)) if a.content.is_none() && b.content.is_none()
        );
        marks.push(previous.is_some() && !grouped);
        previous = Some(item);
    }
    for (item, marked) in items.iter_mut().zip(marks) {
        if marked {
            mark(item);
        }
        match item {
            syn::Item::Impl(block) => {
                for member in block.items.iter_mut().skip(1) {
                    if let Some(attrs) = impl_item_attrs(member) {
                        attrs.insert(0, blank());
                    }
                }
            }
            syn::Item::Trait(block) => {
                for member in block.items.iter_mut().skip(1) {
                    if let Some(attrs) = trait_item_attrs(member) {
                        attrs.insert(0, blank());
                    }
                }
            }
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &mut module.content {
                    space(items);
                }
            }
            _ => {}
        }
    }
}

/// Puts the blank-line marker first among the item's attributes.
fn mark(item: &mut syn::Item) {
    if let Some(attrs) = item_attrs(item) {
        attrs.insert(0, blank());
    }
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::ExternCrate(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::ForeignMod(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::TraitAlias(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}

fn impl_item_attrs(item: &mut syn::ImplItem) -> Option<&mut Vec<syn::Attribute>> {
    use syn::ImplItem;
    Some(match item {
        ImplItem::Const(i) => &mut i.attrs,
        ImplItem::Fn(i) => &mut i.attrs,
        ImplItem::Type(i) => &mut i.attrs,
        ImplItem::Macro(i) => &mut i.attrs,
        _ => return None,
    })
}

fn trait_item_attrs(item: &mut syn::TraitItem) -> Option<&mut Vec<syn::Attribute>> {
    use syn::TraitItem;
    Some(match item {
        TraitItem::Const(i) => &mut i.attrs,
        TraitItem::Fn(i) => &mut i.attrs,
        TraitItem::Type(i) => &mut i.attrs,
        TraitItem::Macro(i) => &mut i.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_are_indented_comment_lines() {
        assert_eq!(
            doc("Intro.\n\nMore.", "    "),
            "    /// Intro.\n    ///\n    /// More.\n"
        );
    }

    #[test]
    fn format_spaces_items_and_keeps_macros() {
        let source = "//! Module.\nuse a::b;\nuse c::d;\nmod x;\nmod y;\n/// A.\npub struct A { x: i64 }\nimpl A {\n/// New.\npub fn new() -> Self { A { x: 1 } }\npub fn x(&self) -> i64 { self.x }\n}\nm! {\n    keep   this => \"as written\",\n}\nconst C: i64 = 1;\n";
        let formatted = format(source).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            formatted,
            "//! Module.\n\nuse a::b;\nuse c::d;\n\nmod x;\nmod y;\n\n/// A.\npub struct A {\n    x: i64,\n}\n\nimpl A {\n    /// New.\n    pub fn new() -> Self {\n        A { x: 1 }\n    }\n\n    pub fn x(&self) -> i64 {\n        self.x\n    }\n}\n\nm! {\n    keep   this => \"as written\",\n}\n\nconst C: i64 = 1;\n"
        );
    }

    #[test]
    fn format_reports_where_the_source_does_not_parse() {
        let error = format("fn a() {}\nfn b( {}\n").err().unwrap_or_default();
        assert!(error.contains("at 2:"), "{error}");
    }
}
