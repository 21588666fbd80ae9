//! The rustdoc example of each client method: a call with every required value given, which
//! compiles (the doctests build it) and reads like a user's code.

use super::builders::{has_builder, setter as builder_setter};
use super::inputs::{Inputs, Shape};
use super::operations::{Output, setter};
use super::types::{Def, Field, Ty, Types};

/// A compiling example for the client method's rustdoc.
pub fn example(
    types: &Types<'_>,
    crate_name: &str,
    name: &str,
    inputs: &Inputs,
    output: &Output,
    paginated: bool,
) -> String {
    let mut args: Vec<String> = Vec::new();
    for arg in &inputs.positional {
        match arg {
            Ok(n) => args.push(argument(types, crate_name, &inputs.list[*n].ty, 0)),
            Err(s) => {
                let selector = &inputs.selectors[*s];
                let by_name = selector
                    .variants
                    .iter()
                    .any(|(v, i)| v == "Name" && i.ty == Ty::Str);
                args.push(if by_name {
                    "\"beta\"".to_owned()
                } else {
                    let (variant, input) = &selector.variants[0];
                    format!(
                        "{crate_name}::ids::{}::{variant}({})",
                        selector.type_name,
                        placeholder(types, crate_name, &input.ty, 0, true)
                    )
                });
            }
        }
    }
    let mut call = format!("client.{name}({})", args.join(", "));
    for input in inputs.shaped(Shape::Named) {
        call.push_str(&format!(
            ".{}({})",
            setter(input, inputs),
            argument(types, crate_name, &input.ty, 0)
        ));
    }
    let body = if paginated {
        format!(
            "use futures::TryStreamExt;\nlet items: Vec<_> = {call}\n.items().try_collect().await?;\nprintln!(\"{{}} items\", items.len());"
        )
    } else {
        match output {
            Output::Json(_) => {
                format!("let response = {call}.send().await?;\nprintln!(\"{{response:?}}\");")
            }
            Output::Empty => format!("{call}.send().await?;"),
            Output::Stream => format!(
                "let mut file = tokio::fs::File::create(\"download.bin\").await?;\nlet bytes = {call}.send().await?.copy_to(&mut file).await?;\nprintln!(\"{{bytes}} bytes\");"
            ),
        }
    };
    format!(
        "```no_run\n# async fn example(client: {crate_name}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n{body}\n# Ok(())\n# }}\n```"
    )
}

/// The calls that set each required field on a model's builder: `.name("value")`.
pub fn setter_calls(
    types: &Types<'_>,
    crate_name: &str,
    fields: &[Field],
    depth: u32,
) -> Vec<String> {
    fields
        .iter()
        .filter(|f| f.required)
        .map(|f| {
            let value = argument(types, crate_name, &f.ty, depth);
            format!(".{}({value})", builder_setter(f))
        })
        .collect()
}

/// A value for an argument that takes `impl Into<ty>` (or `ty` itself), `depth` models deep.
fn argument(types: &Types<'_>, crate_name: &str, ty: &Ty, depth: u32) -> String {
    match ty {
        Ty::Entity(entity) if types.integer_entities.contains(entity) => "42".to_owned(),
        Ty::Entity(_) => "\"a1b2c3\"".to_owned(),
        // A list setter takes anything iterable: one element shows the type.
        Ty::Vec(inner) if matches!(**inner, Ty::Str | Ty::Id | Ty::Entity(_)) => {
            format!("[{}]", argument(types, crate_name, inner, depth))
        }
        _ => placeholder(types, crate_name, ty, depth, false),
    }
}

/// An expression for examples: convertible into `ty` for a method argument (`into` false), of
/// type `ty` exactly for a model field or variant (`into` true adds the conversion).
fn placeholder(types: &Types<'_>, crate_name: &str, ty: &Ty, depth: u32, into: bool) -> String {
    let expr = placeholder_expr(types, crate_name, ty, depth);
    let converts = matches!(ty, Ty::Str | Ty::Id | Ty::Secret | Ty::Entity(_))
        || matches!(ty, Ty::Named(n) if matches!(types.def(n).map(|d| &d.def), Some(Def::StrEnum(..) | Def::IntEnum(_))));
    if into && converts {
        format!("{expr}.into()")
    } else {
        expr
    }
}

fn placeholder_expr(types: &Types<'_>, crate_name: &str, ty: &Ty, depth: u32) -> String {
    let qualified = |t: &Ty| t.render().replace("crate::", &format!("{crate_name}::"));
    match ty {
        Ty::Str => "\"value\"".into(),
        Ty::Bool => "true".into(),
        Ty::I64 | Ty::U64 => "1".into(),
        Ty::F64 => "1.0".into(),
        Ty::Id | Ty::Entity(_) => "42u64".into(),
        Ty::Timestamp => {
            "\"2024-01-01T00:00:00Z\".parse::<groupkit_core::model::Timestamp>()?".into()
        }
        Ty::Json => "serde_json::json!({})".into(),
        Ty::Binary => "groupkit_core::Upload::new(\"notes.txt\", \"text/plain\", \"hello\")".into(),
        Ty::Secret => "\"secret\"".into(),
        // A list of models with a builder holds one built model.
        Ty::Vec(inner)
            if depth < 4 && matches!(&**inner, Ty::Named(n) if has_builder(types, n)) =>
        {
            format!(
                "vec![{}]",
                placeholder_expr(types, crate_name, inner, depth + 1)
            )
        }
        // A list of other models names its type: a setter taking `impl Into<Model>` items
        // cannot infer it from an empty `vec![]`.
        Ty::Vec(inner) if matches!(**inner, Ty::Named(_)) => {
            format!("Vec::<{}>::new()", qualified(inner))
        }
        Ty::Vec(_) => "vec![]".into(),
        Ty::Map(_) => "Default::default()".into(),
        Ty::Option(_) => "None".into(),
        Ty::Named(n) => match types.def(n).map(|d| &d.def) {
            Some(Def::StrEnum(..)) | Some(Def::IntEnum(_)) => types
                .enum_example(n)
                .unwrap_or_else(|| "Default::default()".into()),
            Some(Def::Alias(inner)) => placeholder_expr(types, crate_name, inner, depth + 1),
            Some(Def::Struct(fields)) if depth < 4 && super::models::has_new(fields) => {
                let args: Vec<String> = fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| placeholder(types, crate_name, &f.ty, depth + 1, true))
                    .collect();
                format!("{}::new({})", qualified(ty), args.join(", "))
            }
            Some(Def::Struct(fields)) if depth < 4 && has_builder(types, n) => format!(
                "{}::builder(){}.build()",
                qualified(ty),
                setter_calls(types, crate_name, fields, depth + 1).concat()
            ),
            _ => "Default::default()".into(),
        },
    }
}
