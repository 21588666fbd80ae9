//! The ids module: one id type per entity the spec names (`x-groupkit-id`), and the one-of
//! selectors (`x-groupkit-one-of`) that name an entity by id or by name.

use std::fmt::Write;

use super::inputs::Selector;
use super::rust::doc;
use super::types::{Ty, Types, entity_id};

/// The source of `ids.rs`.
pub fn emit(types: &Types<'_>, selectors: &[Selector]) -> String {
    let mut out = String::from(
        "//! Ids: one type per entity, so ids of different entities cannot be swapped, and the\n//! selectors that name an entity by id or by name.\n\n",
    );
    for entity in &types.entities {
        let words = entity.replace('_', " ");
        let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let _ = writeln!(
            out,
            "groupkit_core::entity_id! {{\n    /// The id of {article} {words}.\n    pub struct {};\n}}\n",
            entity_id(entity)
        );
    }
    for selector in selectors {
        emit_selector(&mut out, selector);
    }
    out
}

fn emit_selector(out: &mut String, selector: &Selector) {
    let params: Vec<String> = selector
        .variants
        .iter()
        .map(|(_, input)| format!("`{}`", input.json))
        .collect();
    let name = &selector.type_name;
    out.push_str(&doc(
        &format!(
            "Exactly one of {}, as one value: the request sends the parameter of the variant given.",
            params.join(" or ")
        ),
        "",
    ));
    let _ = writeln!(
        out,
        "#[derive(Clone, Debug, PartialEq, Eq)]\npub enum {name} {{"
    );
    for (variant, input) in &selector.variants {
        out.push_str(&doc(&format!("By `{}`.", input.json), "    "));
        let _ = writeln!(out, "    {variant}({}),", input.ty.render());
    }
    out.push_str("}\n\n");
    // An entity by id or by name: plain integers are ids, text is a name.
    let id = selector
        .variants
        .iter()
        .find(|(_, input)| matches!(input.ty, Ty::Entity(_)));
    let text = selector
        .variants
        .iter()
        .find(|(_, input)| input.ty == Ty::Str);
    let (Some((id, id_input)), Some((text, _)), 2) = (id, text, selector.variants.len()) else {
        return;
    };
    let id_ty = id_input.ty.render();
    let _ = writeln!(
        out,
        "impl From<{id_ty}> for {name} {{\n    #[inline]\n    fn from(id: {id_ty}) -> Self {{\n        {name}::{id}(id)\n    }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "impl From<&{id_ty}> for {name} {{\n    #[inline]\n    fn from(id: &{id_ty}) -> Self {{\n        {name}::{id}(id.clone())\n    }}\n}}\n"
    );
    for int in ["i32", "i64", "u32", "u64"] {
        let _ = writeln!(
            out,
            "impl From<{int}> for {name} {{\n    #[inline]\n    fn from(id: {int}) -> Self {{\n        {name}::{id}(id.into())\n    }}\n}}\n"
        );
    }
    for (source, value) in [("&str", "name.to_owned()"), ("String", "name")] {
        let _ = writeln!(
            out,
            "impl From<{source}> for {name} {{\n    #[inline]\n    fn from(name: {source}) -> Self {{\n        {name}::{text}({value})\n    }}\n}}\n"
        );
    }
}
