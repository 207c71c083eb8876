//! Fluent message files compiled to a compact JSON table: `[[id, parts], ...]` sorted by id,
//! where a part is a string (text), `{"v": name}` (a variable) or
//! `{"s": name, "d": default, "o": [[key, parts], ...]}` (a select; a key is a plural category
//! name or a number). Used by `build.rs` and the tests; the app reads the JSON, so it carries no
//! Fluent parser, and loads a language's table only when someone chooses that language.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde_json::{json, Value};

fn pattern(p: &Pattern<&str>, id: &str) -> Result<Value, String> {
    let mut parts = Vec::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => parts.push(json!(value)),
            PatternElement::Placeable { expression } => parts.push(placeable(expression, id)?),
        }
    }
    Ok(Value::Array(parts))
}

fn placeable(e: &Expression<&str>, id: &str) -> Result<Value, String> {
    match e {
        Expression::Inline(InlineExpression::VariableReference { id: v }) => Ok(json!({ "v": v.name })),
        Expression::Inline(InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value }) => {
            Ok(json!(value))
        }
        Expression::Inline(other) => Err(format!("{id}: unsupported Fluent expression {other:?}")),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id: var } = selector else {
                return Err(format!("{id}: a select expression must select on a variable"));
            };
            let default = variants.iter().position(|v| v.default).ok_or(format!("{id}: no default variant"))?;
            let mut options = Vec::new();
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => json!(name),
                    VariantKey::NumberLiteral { value } => {
                        json!(value.parse::<f64>().map_err(|_| format!("{id}: bad number key {value}"))?)
                    }
                };
                options.push(json!([key, pattern(&v.value, id)?]));
            }
            Ok(json!({ "s": var.name, "d": default, "o": options }))
        }
    }
}

/// Compiles one `.ftl` source; refuses what the runtime does not resolve.
pub fn ftl_to_json(source: &str) -> Result<String, String> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errs)| format!("Fluent syntax errors: {errs:?}"))?;
    let mut messages: Vec<(String, Value)> = Vec::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                if !m.attributes.is_empty() {
                    return Err(format!("{id}: attributes are not supported"));
                }
                let value = m.value.as_ref().ok_or(format!("{id} has no value"))?;
                messages.push((id.to_string(), pattern(value, id)?));
            }
            Entry::Term(t) => return Err(format!("terms are not supported ({})", t.id.name)),
            Entry::Junk { content } => return Err(format!("cannot read {content:?}")),
            _ => {}
        }
    }
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    let table: Vec<Value> = messages.into_iter().map(|(id, parts)| json!([id, parts])).collect();
    serde_json::to_string(&table).map_err(|e| e.to_string())
}
