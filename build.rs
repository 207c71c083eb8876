//! Compiles the Fluent message files (`src/i18n/*.ftl`) into JSON tables (see
//! `src/i18n/compile.rs`) in `OUT_DIR/i18n/`: Dutch is embedded in the app, the others are copied
//! next to it by `scripts/build` and loaded when chosen. Syntax the runtime does not resolve stops
//! the build with the message id.

#[path = "src/i18n/compile.rs"]
mod compile;

const LANGS: [&str; 6] = ["nl", "en", "tr", "ar", "pl", "uk"];

fn main() {
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("i18n");
    std::fs::create_dir_all(&out).expect("i18n output folder");
    for lang in LANGS {
        let path = format!("src/i18n/{lang}.ftl");
        println!("cargo:rerun-if-changed={path}");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let json = compile::ftl_to_json(&source).unwrap_or_else(|e| panic!("{path}: {e}"));
        if lang == "nl" {
            std::fs::write(out.join("nl.rs"), embedded(&json)).expect("write embedded table");
        }
        std::fs::write(out.join(format!("{lang}.json")), json).expect("write table");
    }
    println!("cargo:rerun-if-changed=src/i18n/compile.rs");
}

/// The table as a Rust slice of (id, parts as JSON), sorted by id, for `Table::dutch`.
fn embedded(json: &str) -> String {
    let table: Vec<(String, serde_json::Value)> = serde_json::from_str(json).expect("own table");
    let mut entries: Vec<(String, String)> = table.into_iter().map(|(id, parts)| (id, parts.to_string())).collect();
    entries.sort();
    let items: Vec<String> = entries.iter().map(|(id, parts)| format!("({id:?}, {parts:?})")).collect();
    format!("&[{}]", items.join(",\n"))
}
