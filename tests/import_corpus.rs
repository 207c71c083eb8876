//! A corpus of bad, odd and hostile files, read as the import widget reads them
//! (`export::file::read_case_file`): each is refused with a specific `ImportError` or accepted
//! safely (text kept verbatim, as plain text), and none panics. The small files are committed in
//! `tests/fixtures/import/`; the huge and deep ones are made here.

use samenplan::core::case::SCHEMA_VERSION;
use samenplan::core::date::Date;
use samenplan::core::import::{ImportError, MAX_FILE_BYTES, MAX_STRING};
use samenplan::core::migrate::MigrateError;
use samenplan::export::file::{case_json, read_case_file};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
const DEMO: &str = include_str!("../schemas/examples/demo-case.json");

/// The day the files arrive: after every birth date in the corpus.
fn today() -> Date {
    Date::parse("2026-12-01").expect("a date")
}

/// What a file must give.
enum Want {
    /// Accepted; the check sees the case.
    Ok(fn(&samenplan::core::case::Case)),
    Err(fn(&ImportError) -> bool),
}

fn not_json(e: &ImportError) -> bool {
    matches!(e, ImportError::NotJson(_))
}
fn not_a_case(e: &ImportError) -> bool {
    matches!(e, ImportError::NotACase)
}
fn invalid(e: &ImportError) -> bool {
    matches!(e, ImportError::Invalid(_))
}

fn corpus() -> Vec<(&'static str, Want)> {
    use Want::*;
    vec![
        ("broken-json.json", Err(not_json)),
        ("trailing-garbage.json", Err(not_json)),
        ("wrong-type-alias.json", Err(invalid)),
        ("wrong-type-participants.json", Err(invalid)),
        (
            "future-version.json",
            Err(|e| *e == ImportError::Version(MigrateError::TooNew { found: 99, supported: SCHEMA_VERSION })),
        ),
        ("version-missing.json", Err(|e| *e == ImportError::Version(MigrateError::NoVersion))),
        ("version-zero.json", Err(|e| *e == ImportError::Version(MigrateError::Unknown(0)))),
        ("version-as-text.json", Err(|e| *e == ImportError::Version(MigrateError::NoVersion))),
        ("version-huge-number.json", Err(not_json)),
        ("unknown-field.json", Err(|e| matches!(e, ImportError::Invalid(m) if m.contains("nickname")))),
        ("proto-key.json", Err(|e| matches!(e, ImportError::Invalid(m) if m.contains("__proto__")))),
        (
            "script-tags.json",
            Ok(|c| {
                // Plain text, kept exactly: the UI shows text as text, the PDF draws it as glyphs.
                assert_eq!(c.family_alias, "<script>alert(\"x\")</script>");
                assert_eq!(c.plan.goals[0].text, "<img src=x onerror=alert(1)> & \"quotes\" </textarea>");
                assert_eq!(c.plan.backup, "javascript:alert(1)");
            }),
        ),
        ("bidi-and-controls.json", Ok(|c| assert_eq!(c.family_alias, "Familie \u{202e}Zon\u{7}"))),
        ("pdf-renamed.json", Err(not_json)),
        ("empty.json", Err(not_json)),
        ("only-whitespace.json", Err(not_json)),
        ("null.json", Err(not_a_case)),
        ("array.json", Err(not_a_case)),
        ("number.json", Err(not_a_case)),
        ("nan.json", Err(not_json)),
        ("duplicate-participant-ids.json", Err(|e| matches!(e, ImportError::Invalid(m) if m.contains("used twice")))),
        // JSON leaves duplicate keys open; the reader keeps the last, like browsers' JSON.parse.
        ("duplicate-keys.json", Ok(|c| assert_eq!(c.family_alias, "Familie Maan"))),
        ("agreement-unknown-person.json", Err(|e| matches!(e, ImportError::Invalid(m) if m.contains("p-nobody")))),
        ("instrument-file.json", Err(not_a_case)),
        ("wrong-format.json", Err(not_a_case)),
        ("deep-nesting.json", Err(|e| *e == ImportError::TooDeep)),
        (
            "older-version-2.json",
            Ok(|c| {
                assert_eq!(c.schema_version, SCHEMA_VERSION);
                assert!(c.plan.goals.is_empty() && c.needs.is_empty());
                assert_eq!(c.family_alias, "Familie Zon");
            }),
        ),
        ("bom-utf8.json", Ok(|c| assert_eq!(c.family_alias, "Familie Zon"))),
        ("utf16-le-bom.json", Ok(|c| assert_eq!(c.family_alias, "Familie Zon"))),
        ("utf16-no-bom.json", Err(not_json)),
        ("latin1.json", Err(not_json)),
    ]
}

fn check(name: &str, bytes: &[u8], want: &Want) {
    let got =
        std::panic::catch_unwind(|| read_case_file(bytes, today())).unwrap_or_else(|_| panic!("{name}: panicked"));
    match (want, got) {
        (Want::Ok(f), Ok(case)) => {
            f(&case);
            // What was accepted writes out and reads back the same, less a local `$schema` path and
            // the network's contact preferences, which never leave the device.
            let mut expected = case.clone();
            expected.schema = None;
            expected.network = expected.network.for_export().into();
            assert_eq!(read_case_file(case_json(&case).as_bytes(), today()), Ok(expected), "{name}: round trip");
        }
        (Want::Err(f), Err(e)) => assert!(f(&e), "{name}: unexpected error {e:?}"),
        (Want::Ok(_), Err(e)) => panic!("{name}: refused with {e:?}"),
        (Want::Err(_), Ok(_)) => panic!("{name}: accepted"),
    }
}

#[test]
fn every_committed_bad_file_is_refused_or_safely_accepted() {
    let list = corpus();
    assert!(list.len() >= 20);
    for (name, want) in &list {
        let bytes = std::fs::read(format!("{DIR}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"));
        check(name, &bytes, want);
    }
    // Every file in the folder is in the table.
    let on_disk = std::fs::read_dir(DIR).unwrap().count();
    assert_eq!(on_disk, list.len(), "a fixture is missing from the table");
}

#[test]
fn huge_deep_and_long_files_are_refused_before_they_cost_anything() {
    // A 50 MB string: refused on size, before decoding.
    let mut big = String::with_capacity(50 * 1024 * 1024 + 64);
    big.push_str("{\"format\":\"samenplan-case\",\"schemaVersion\":4,\"familyAlias\":\"");
    big.extend(std::iter::repeat_n('a', 50 * 1024 * 1024));
    big.push_str("\"}");
    check("50 MB", big.as_bytes(), &Want::Err(|e| *e == ImportError::TooLarge { max: MAX_FILE_BYTES }));
    // 10,000 levels of nesting: the JSON reader's own limit stops it, without exhausting the stack.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    check("10,000 deep arrays", deep.as_bytes(), &Want::Err(not_json));
    let deep = format!("{}1{}", "{\"a\":".repeat(10_000), "}".repeat(10_000));
    check("10,000 deep objects", deep.as_bytes(), &Want::Err(not_json));
    // A text longer than any field allows, in a file under the size limit.
    let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    v["plan"]["backup"] = "x".repeat(MAX_STRING + 1).into();
    check(
        "long text",
        v.to_string().as_bytes(),
        &Want::Err(|e| matches!(e, ImportError::StringTooLong(p) if p.contains("backup"))),
    );
    // Just under the size limit, but otherwise fine: accepted (no limit is off by one).
    let mut v: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    v["plan"]["backup"] = "y".repeat(4000).into();
    check("a long backup plan", v.to_string().as_bytes(), &Want::Ok(|c| assert_eq!(c.plan.backup.len(), 4000)));
    // Random bytes never panic.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for n in 0..200 {
        let bytes: Vec<u8> = (0..(n * 7 % 300))
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed & 0xff) as u8
            })
            .collect();
        let _ = std::panic::catch_unwind(|| read_case_file(&bytes, today())).expect("no panic on random bytes");
    }
}
