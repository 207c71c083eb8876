//! Compiles the Fluent message files (`src/i18n/*.ftl`) into static tables at build time, so the
//! wasm carries the messages but not a Fluent parser. Syntax the runtime does not resolve (terms,
//! message references, functions, attributes) stops the build with the message id.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::fmt::Write as _;

const LANGS: [&str; 6] = ["nl", "en", "tr", "ar", "pl", "uk"];

fn pattern(p: &Pattern<&str>, id: &str) -> String {
    let mut out = String::from("&[");
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => write!(out, "Part::Text({value:?}),").unwrap(),
            PatternElement::Placeable { expression } => out.push_str(&placeable(expression, id)),
        }
    }
    out.push(']');
    out
}

fn inline(e: &InlineExpression<&str>, id: &str) -> String {
    match e {
        InlineExpression::VariableReference { id: v } => format!("Part::Var({:?}),", v.name),
        InlineExpression::StringLiteral { value } => format!("Part::Text({value:?}),"),
        InlineExpression::NumberLiteral { value } => format!("Part::Text({value:?}),"),
        other => panic!("{id}: unsupported Fluent expression {other:?}"),
    }
}

fn placeable(e: &Expression<&str>, id: &str) -> String {
    match e {
        Expression::Inline(i) => inline(i, id),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id: var } = selector else {
                panic!("{id}: a select expression must select on a variable");
            };
            let default = variants.iter().position(|v| v.default).expect("a default variant");
            let mut s = format!("Part::Select {{ var: {:?}, default: {default}, variants: &[", var.name);
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => format!("Key::Name({name:?})"),
                    VariantKey::NumberLiteral { value } => {
                        format!("Key::Number({}f64)", value.parse::<f64>().expect("a number key"))
                    }
                };
                write!(s, "({key}, {}),", pattern(&v.value, id)).unwrap();
            }
            s.push_str("] },");
            s
        }
    }
}

fn main() {
    let mut code = String::new();
    for lang in LANGS {
        let path = format!("src/i18n/{lang}.ftl");
        println!("cargo:rerun-if-changed={path}");
        // A language whose file is not there yet gets an empty table: the app falls back to
        // English, and the native test that every language has every key fails.
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errs)| {
            panic!("{path}: Fluent syntax errors: {errs:?}");
        });
        let mut messages: Vec<(String, String)> = Vec::new();
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name;
                    assert!(m.attributes.is_empty(), "{path}: {id}: attributes are not supported");
                    let value = m.value.as_ref().unwrap_or_else(|| panic!("{path}: {id} has no value"));
                    messages.push((id.to_string(), pattern(value, id)));
                }
                Entry::Term(t) => panic!("{path}: terms are not supported ({})", t.id.name),
                Entry::Junk { content } => panic!("{path}: cannot read {content:?}"),
                _ => {}
            }
        }
        messages.sort();
        let upper = lang.to_uppercase();
        write!(code, "pub static {upper}: &[(&str, &[Part])] = &[").unwrap();
        for (id, p) in messages {
            write!(code, "({id:?}, {p}),").unwrap();
        }
        code.push_str("];\n");
    }
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(out, code).unwrap();
}
