//! The models module: one struct or open enum per named type.

use std::fmt::Write;

use super::builders;
use super::naming::{bare, pascal};
use super::rust::doc;
use super::types::{Def, Field, TypeDef, Types};

/// The source of `models.rs`.
pub fn emit(types: &Types<'_>, crate_name: &str) -> String {
    let mut out = String::new();
    out.push_str("//! Models: every object and enum of the spec.\n\n");
    for (request, read) in &types.conversions {
        emit_conversion(&mut out, types, request, read);
    }
    for def in types.defs.values() {
        match &def.def {
            Def::Struct(fields) => {
                emit_struct(&mut out, def, fields, types.sent.contains(&def.name));
                if builders::has_builder(types, &def.name) {
                    builders::emit(&mut out, types, crate_name, &def.name, fields);
                }
            }
            Def::StrEnum(values, aliases) => emit_str_enum(&mut out, def, values, aliases),
            Def::IntEnum(values) => emit_int_enum(&mut out, def, values),
            Def::Alias(ty) => {
                out.push_str(&doc(&def.doc, ""));
                let _ = writeln!(out, "pub type {} = {};\n", def.name, ty.render());
            }
        }
    }
    out
}

fn emit_struct(out: &mut String, def: &TypeDef, fields: &[Field], sent: bool) {
    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
    out.push_str(&doc(&def.doc, ""));
    // With no required field, `new()` takes nothing: then `Default` is the same thing.
    let default = if required.is_empty() { "Default, " } else { "" };
    // What requests send always serializes and compares; what only arrives serializes with
    // the `serialize` feature (to store or forward responses) and does not compare, so that a
    // build compiles less (async-stripe's models make the same choice).
    let (traits, gated) = if sent {
        ("PartialEq, serde::Serialize, ", "")
    } else {
        (
            "",
            "#[cfg_attr(feature = \"serialize\", derive(serde::Serialize))]\n",
        )
    };
    let _ = writeln!(
        out,
        "#[derive(Clone, Debug, {default}{traits}serde::Deserialize)]\n{gated}#[non_exhaustive]"
    );
    let _ = writeln!(out, "pub struct {} {{", def.name);
    for f in fields {
        out.push_str(&doc(&f.doc, "    "));
        if f.flatten {
            out.push_str("    #[serde(flatten)]\n");
            let _ = writeln!(out, "    pub {}: {},", f.ident, f.ty.render());
            continue;
        }
        if bare(&f.ident) != f.json {
            let _ = writeln!(out, "    #[serde(rename = {:?})]", f.json);
        }
        if !f.required {
            out.push_str("    #[serde(default, skip_serializing_if = \"Option::is_none\")]\n");
        }
        if f.number_ids {
            out.push_str("    #[serde(serialize_with = \"groupkit_core::model::as_number\")]\n");
        }
        let _ = writeln!(out, "    pub {}: {},", f.ident, f.ty.render());
    }
    out.push_str("}\n\n");

    if !has_new(fields) {
        return;
    }
    // A constructor taking the required fields: structs are #[non_exhaustive], so this is how
    // users build request bodies (optional fields are then set by assignment).
    let _ = writeln!(out, "impl {} {{", def.name);
    let _ = writeln!(
        out,
        "    /// A `{}` with the required fields set and every optional field empty.",
        def.name
    );
    let args: Vec<String> = required
        .iter()
        .map(|f| format!("{}: {}", f.ident, f.ty.render()))
        .collect();
    let _ = writeln!(
        out,
        "    #[inline]\n    pub fn new({}) -> Self {{",
        args.join(", ")
    );
    let _ = writeln!(out, "        {} {{", def.name);
    for f in fields {
        if f.flatten {
            let _ = writeln!(out, "            {}: Default::default(),", f.ident);
        } else if f.required {
            let _ = writeln!(out, "            {},", f.ident);
        } else {
            let _ = writeln!(out, "            {}: None,", f.ident);
        }
    }
    out.push_str("        }\n    }\n}\n\n");
}

/// The most arguments a model constructor takes.
const MAX_NEW_ARGUMENTS: usize = 6;

/// Whether a struct gets `new(required...)`: only when its arguments cannot be swapped (no
/// two neighbours of one type) and are few. Other structs come from the API (or serde), and
/// those requests send get a builder instead (`builders.rs`).
pub fn has_new(fields: &[Field]) -> bool {
    let required: Vec<String> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.ty.render())
        .collect();
    required.len() <= MAX_NEW_ARGUMENTS && required.windows(2).all(|pair| pair[0] != pair[1])
}

/// Variant names for enum values: PascalCase, unique.
fn variants<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        let mut variant = pascal(name);
        if variant == "Unknown" {
            variant = "UnknownValue".into();
        }
        let base = variant.clone();
        let mut n = 2;
        while seen.contains(&variant) {
            variant = format!("{base}{n}");
            n += 1;
        }
        seen.push(variant);
    }
    seen
}

/// An open string enum; a value with aliases (`x-groupkit-enum-aliases`) also decodes from
/// them (`Variant = "wire" | "alias"`), and its doc names them.
fn emit_str_enum(out: &mut String, def: &TypeDef, values: &[String], aliases: &[(String, String)]) {
    out.push_str("groupkit_core::open_enum! {\n");
    out.push_str(&doc(&def.doc, "    "));
    let _ = writeln!(out, "    pub enum {} {{", def.name);
    for (variant, value) in variants(values.iter().map(String::as_str))
        .iter()
        .zip(values)
    {
        let mine: Vec<&str> = aliases
            .iter()
            .filter(|(_, of)| of == value)
            .map(|(alias, _)| alias.as_str())
            .collect();
        if mine.is_empty() {
            let _ = writeln!(out, "        /// `{value}`");
            let _ = writeln!(out, "        {variant} = {value:?},");
        } else {
            let also: Vec<String> = mine.iter().map(|a| format!("`{a}`")).collect();
            let _ = writeln!(
                out,
                "        /// `{value}` (also read from {})",
                also.join(", ")
            );
            let spelled: Vec<String> = mine.iter().map(|a| format!(" | {a:?}")).collect();
            let _ = writeln!(out, "        {variant} = {value:?}{},", spelled.concat());
        }
    }
    out.push_str("    }\n}\n\n");
}

fn emit_int_enum(out: &mut String, def: &TypeDef, values: &[(i64, String)]) {
    out.push_str("groupkit_core::open_int_enum! {\n");
    out.push_str(&doc(&def.doc, "    "));
    let _ = writeln!(out, "    pub enum {} {{", def.name);
    let names = variants(values.iter().map(|(_, n)| n.as_str()));
    for (variant, (code, name)) in names.iter().zip(values) {
        let _ = writeln!(out, "        /// `{code}`: {name}");
        let _ = writeln!(out, "        {variant} = {code} => {name:?},");
    }
    out.push_str("    }\n}\n\n");
}

/// `From<&Read> for Request` when the read model has every value the request needs: a field
/// of the same name and type (an optional request field also takes a required one, and is left
/// empty when the read model lacks it). When a value the request requires is optional in the
/// read model, the conversion is `TryFrom`, failing with `MissingField` if it is absent.
fn emit_conversion(out: &mut String, types: &Types<'_>, request: &str, read: &str) {
    let fields = |name: &str| match types.def(name).map(|d| &d.def) {
        Some(Def::Struct(fields)) => Some(fields.clone()),
        _ => None,
    };
    let (Some(to), Some(from)) = (fields(request), fields(read)) else {
        return;
    };
    let mut values = Vec::new();
    let mut taken = 0;
    let mut fallible = false;
    for f in &to {
        let source = from
            .iter()
            .find(|s| s.json == f.json && s.flatten == f.flatten);
        let copy = |s: &super::types::Field| {
            let place = format!("read.{}", s.ident);
            if is_copy(types, s.ty.required()) {
                place
            } else {
                format!("{place}.clone()")
            }
        };
        let value = match source {
            Some(s) if s.ty.render() == f.ty.render() => copy(s),
            Some(s) if !f.required && s.ty.render() == f.ty.required().render() => {
                format!("Some({})", copy(s))
            }
            // Required here, optional there: present, or the conversion fails.
            Some(s) if f.required && s.ty.required().render() == f.ty.render() => {
                fallible = true;
                let place = format!("read.{}", s.ident);
                let value = if is_copy(types, s.ty.required()) {
                    place
                } else {
                    format!("{place}.clone()")
                };
                format!(
                    "{value}.ok_or(groupkit_core::model::MissingField {{ model: {read:?}, request: {request:?}, field: {:?} }})?",
                    f.json
                )
            }
            None if !f.required => "Default::default()".to_owned(),
            _ => return,
        };
        taken += usize::from(source.is_some());
        values.push(format!("{}: {value}", f.ident));
    }
    if taken == 0 {
        return;
    }
    if fallible {
        out.push_str(&doc(
            &format!("The values of a [`{read}`] that a [`{request}`] sends: read, change, write back. Fails when the `{read}` lacks a value the request requires."),
            "",
        ));
        let _ = writeln!(
            out,
            "impl TryFrom<&{read}> for {request} {{\n    type Error = groupkit_core::model::MissingField;\n\n    #[inline]\n    fn try_from(read: &{read}) -> Result<Self, Self::Error> {{\n        Ok({request} {{ {} }})\n    }}\n}}\n",
            values.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "/// The values of a [`{read}`] that a [`{request}`] sends: read, change, write back.\nimpl From<&{read}> for {request} {{\n    #[inline]\n    fn from(read: &{read}) -> Self {{\n        {request} {{ {} }}\n    }}\n}}\n",
            values.join(", ")
        );
    }
}

/// Types whose values are copied, not cloned: numbers, booleans and integer enums.
fn is_copy(types: &Types<'_>, ty: &super::types::Ty) -> bool {
    use super::types::Ty;
    match ty {
        Ty::Bool | Ty::I64 | Ty::U64 | Ty::F64 | Ty::Timestamp => true,
        Ty::Named(name) => matches!(types.def(name).map(|d| &d.def), Some(Def::IntEnum(_))),
        _ => false,
    }
}
