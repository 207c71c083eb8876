//! Every field where family data is typed turns the browser's autofill off: otherwise Chromium
//! keeps what was typed, in plain text, in the profile's autofill table, outside the encrypted
//! store. Read from the shell's source, so a field on a screen no browser test reaches is held to
//! it too.

use std::fs;
use std::path::{Path, PathBuf};

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rs_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The `<input …>` and `<textarea …>` tags of `html!` markup: from the name to the `>` that is
/// not inside a Rust expression in braces.
fn field_tags(source: &str) -> Vec<(usize, String)> {
    let mut tags = Vec::new();
    for start in ["<input", "<textarea"] {
        let mut from = 0;
        while let Some(at) = source[from..].find(start).map(|i| i + from) {
            let rest = &source[at..];
            let mut depth = 0i32;
            let mut end = rest.len();
            for (i, c) in rest.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    '>' if depth == 0 => {
                        end = i + 1;
                        break;
                    }
                    _ => {}
                }
            }
            let next = rest[start.len()..].chars().next();
            // `<inputs`, `<input_x` and the like are not tags.
            if next.is_some_and(|c| c.is_whitespace() || c == '/') {
                tags.push((source[..at].lines().count(), rest[..end].to_string()));
            }
            from = at + start.len();
        }
    }
    tags
}

/// Field types that never hold typed text (or, as `password`, that Chromium keeps to its own
/// password manager, which `autocomplete="new-password"`/`"current-password"` governs).
const NOT_TEXT: [&str; 6] = ["radio", "checkbox", "file", "range", "button", "password"];

#[test]
fn every_text_field_turns_autofill_off() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut files = Vec::new();
    rs_files(&root, &mut files);
    files.sort();
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (line, tag) in field_tags(&source) {
            if NOT_TEXT.iter().any(|t| tag.contains(&format!("type=\"{t}\""))) {
                continue;
            }
            checked += 1;
            if !tag.contains("autocomplete=\"off\"") {
                let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(file);
                missing.push(format!(
                    "{}:{line}: {}",
                    name.display(),
                    tag.split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
        }
    }
    // The screens have well over this many text fields: finding fewer means the reading broke.
    assert!(checked >= 20, "only {checked} text fields found in src/web");
    assert!(missing.is_empty(), "fields without autocomplete=\"off\":\n{}", missing.join("\n"));
}

#[test]
fn the_reader_finds_fields_across_lines_and_past_closures() {
    let source = "html! {\n  <input id=\"a\" type=\"text\"\n    onchange={Callback::from(|e: Event| x > 1)} />\n  <inputs>\n  <textarea autocomplete=\"off\" />\n}";
    let tags = field_tags(source);
    assert_eq!(tags.len(), 2, "{tags:?}");
    assert_eq!(tags[0].0, 2);
    assert!(tags[0].1.ends_with("/>") && tags[0].1.contains("x > 1"), "{:?}", tags[0]);
    assert!(tags[1].1.contains("autocomplete"));
}
