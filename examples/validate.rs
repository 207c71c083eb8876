//! Checks files against the case file's JSON Schema (`schemas/case.schema.json`, draft 2020-12):
//! `cargo run --example validate -- FILE...`. Prints each error as "path: message" and exits 1 if
//! any file fails. Used by the end-to-end export test on the JSON file the browser downloaded.

use std::process::ExitCode;

fn main() -> ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema_text = match std::fs::read_to_string(root.join("schemas/case.schema.json")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("schemas/case.schema.json: {e}");
            return ExitCode::FAILURE;
        }
    };
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("the schema is JSON");
    let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: cargo run --example validate -- FILE...");
        return ExitCode::FAILURE;
    }
    let mut ok = true;
    for file in files {
        let value: serde_json::Value = match std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(t.trim_start_matches('\u{feff}')).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => {
                println!("{file}: not JSON: {e}");
                ok = false;
                continue;
            }
        };
        let errors: Vec<String> =
            validator.iter_errors(&value).map(|e| format!("{}: {e}", e.instance_path().as_str())).collect();
        if errors.is_empty() {
            println!("{file}: valid");
        } else {
            ok = false;
            println!("{file}: {} error(s)\n  {}", errors.len(), errors.join("\n  "));
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
