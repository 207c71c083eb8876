//! The instruments as the build writes them: each language's texts in a file of its own
//! (`scripts/lib/instruments.mjs`), laid back over the Dutch and English file by the app
//! (`lay_over`). Laying all of them over gives the instrument as written, and a language file
//! can add texts but never change anything else.

use samenplan::core::instrument::{lay_over, Instrument};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))).unwrap()
}

#[test]
fn every_language_laid_over_the_first_file_gives_the_instrument_as_written() {
    let out = std::env::temp_dir().join(format!("samenplan-instrument-texts-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let files: Vec<PathBuf> = std::fs::read_dir(root().join("schemas/instruments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    assert!(files.len() >= 3, "{files:?}");
    let status = Command::new("node")
        .arg(root().join("scripts/lib/instruments.mjs"))
        .arg(&out)
        .args(&files)
        .status()
        .expect("node");
    assert!(status.success());
    let dir = &out.join("instruments");
    for file in &files {
        let name = file.file_name().unwrap();
        let written = read(file);
        let mut base = read(&dir.join(name));
        // The first file holds Dutch and English only, and is an instrument on its own.
        let first = Instrument::from_value(base.clone()).expect("the first file loads");
        assert!(!base.to_string().contains("\"ar\":"), "{name:?} carries Arabic in its first file");
        for lang in ["tr", "ar", "pl", "uk"] {
            let texts = read(&dir.join(lang).join(name));
            lay_over(&mut base, &texts);
        }
        assert_eq!(base, written, "{name:?}: the texts laid back differ from the file as written");
        let full = Instrument::from_value(base).unwrap();
        assert_eq!(full.id(), first.id());
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_language_file_adds_texts_and_changes_nothing_else() {
    let mut def = json!({
        "id": "x",
        "title": {"nl": "Tijd", "en": "Time"},
        "scale": [{"id": "ok", "colour": "#112233", "label": {"nl": "Goed", "en": "Good"}}],
        "sides": [{"id": "s", "themes": [{"id": "t", "title": {"nl": "Slaap", "en": "Sleep"}}]}]
    });
    let before = def.clone();
    let hostile = json!({
        "id": "y",
        "title": {"nl": "Iets anders", "tr": "Zaman", "zz": "?"},
        "scale": [{"id": "bad", "colour": "#000000", "label": {"tr": "İyi"}, "extra": "x"}, {"label": {"tr": "fazla"}}],
        "sides": [{"themes": [{"title": {"tr": "Uyku"}}, {"id": "new", "title": {"tr": "Yeni"}}]}],
        "more": {"tr": "x"}
    });
    lay_over(&mut def, &hostile);
    let mut want = before;
    want["title"]["tr"] = json!("Zaman");
    want["scale"][0]["label"]["tr"] = json!("İyi");
    want["sides"][0]["themes"][0]["title"]["tr"] = json!("Uyku");
    assert_eq!(def, want);
    // Something that is not shaped like the instrument at all changes nothing.
    for junk in [json!([1, 2]), json!("tr"), json!(null), json!({"sides": "x"})] {
        let mut d = want.clone();
        lay_over(&mut d, &junk);
        assert_eq!(d, want, "{junk}");
    }
}
