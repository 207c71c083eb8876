use super::*;
use fluent_syntax::ast::Entry;
use std::collections::BTreeSet;

/// The message ids of a Fluent source, in file order.
fn message_ids(source: &str) -> Vec<String> {
    let res = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    res.body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_parses_and_has_every_key() {
    let reference: BTreeSet<String> = message_ids(source(Lang::Nl)).into_iter().collect();
    assert!(reference.len() > 20);
    for lang in Lang::ALL {
        let ids: Vec<String> = message_ids(source(lang));
        let set: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(ids.len(), set.len(), "{}: a key is defined twice", lang.code());
        let missing: Vec<_> = reference.difference(&set).collect();
        let extra: Vec<_> = set.difference(&reference).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
    }
}

#[test]
fn every_key_is_used_in_the_code() {
    // Keys are written literally in the shell, the documents and the i18n layer itself (or built
    // from a documented prefix + enum key).
    // Every `.rs` file under these folders, at any depth (modules move into folders as they grow).
    fn read_all(dir: &std::path::Path, code: &mut String) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                read_all(&path, code);
            } else if path.extension().is_some_and(|x| x == "rs") {
                code.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut code = String::new();
    for dir in ["src/web", "src/export", "src/i18n"] {
        read_all(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).as_path(), &mut code);
    }
    let unused: Vec<String> = message_ids(source(Lang::Nl))
        .into_iter()
        .filter(|id| {
            let quoted = format!("\"{id}\"");
            let prefixed = id.rsplit_once('-').is_some_and(|(prefix, _)| {
                code.contains(&format!("\"{prefix}-\"")) || code.contains(&format!("\"{prefix}-{{}}"))
            });
            !code.contains(&quoted) && !prefixed
        })
        .collect();
    assert!(unused.is_empty(), "unused keys: {unused:?}");
}

fn table(lang: Lang) -> Rc<Table> {
    Rc::new(Table::from_json(&compile::ftl_to_json(source(lang)).expect("compiles")).expect("reads"))
}

#[test]
fn dates_are_written_out_in_each_languages_long_form() {
    let may = crate::core::date::Date::parse("2014-05-01").unwrap();
    let want = [
        (Lang::Nl, "1 mei 2014"),
        (Lang::En, "1 May 2014"),
        (Lang::Tr, "1 Mayıs 2014"),
        (Lang::Ar, "1 مايو 2014"),
        (Lang::Pl, "1 maja 2014"),
        (Lang::Uk, "1 травня 2014 р."),
    ];
    for (lang, text) in want {
        assert_eq!(I18n::new(lang, table(lang)).date(may), text, "{}", lang.code());
    }
    // Every month has its name, in every language: never a number or a missing key.
    for lang in Lang::ALL {
        let i = I18n::new(lang, table(lang));
        for m in 1..=12u8 {
            let d = crate::core::date::Date::new(2026, m, 28).unwrap();
            let text = i.date(d);
            assert!(!text.contains("month-") && !text.contains(&format!(" {m} ")), "{}: {text}", lang.code());
        }
    }
}

#[test]
fn the_embedded_dutch_table_is_the_compiled_file() {
    assert_eq!(*Table::dutch(), *table(Lang::Nl));
}

#[test]
fn formats_arguments_plurals_and_shows_missing_keys() {
    let en = I18n::new(Lang::En, table(Lang::En));
    assert_eq!(en.t("no-such-key"), "no-such-key");
    assert_eq!(en.t_args("case-count", &[("count", 1usize.into())]), "1 family");
    assert_eq!(en.t_args("case-count", &[("count", 2usize.into())]), "2 families");
    // An exact number key wins over the plural category.
    assert_eq!(en.t_args("compare-count", &[("count", 0usize.into())]), "You see every theme the same way.");
    let nl = I18n::dutch();
    assert_eq!(nl.t_args("age-months", &[("months", 1u32.into())]), "1 maand");
    assert_eq!(nl.t_args("age-months", &[("months", 5u32.into())]), "5 maanden");
    assert_eq!(nl.t_args("delete-case-label", &[("name", "Familie Zon".into())]), "Verwijderen: Familie Zon");
    // A missing argument shows its name instead of vanishing.
    assert_eq!(nl.t("delete-case-label"), "Verwijderen: {name}");
    // Every message resolves in every language without a leftover placeholder for its own args.
    for lang in Lang::ALL {
        let t = I18n::new(lang, table(lang));
        for id in t.table.ids() {
            assert!(!t.t(id).is_empty(), "{}: {id} is empty", lang.code());
        }
    }
}

#[test]
fn counts_of_one_are_said_in_the_singular() {
    let nl = I18n::dutch();
    let en = I18n::new(Lang::En, table(Lang::En));
    let one = |t: &I18n, key: &str, arg: &'static str| t.t_args(key, &[(arg, 1u32.into())]);
    assert_eq!(one(&nl, "unlock-countdown", "seconds"), "Over 1 seconde kun je het opnieuw proberen.");
    assert_eq!(
        nl.t_args("unlock-countdown", &[("seconds", 4u32.into())]),
        "Over 4 seconden kun je het opnieuw proberen."
    );
    assert_eq!(one(&en, "unlock-countdown", "seconds"), "You can try again in 1 second.");
    assert_eq!(one(&nl, "age-expected", "weeks"), "verwacht over 1 week");
    assert_eq!(one(&nl, "timeline-assessment", "count"), "Driehoek van het gezin ingevuld (1 antwoord).");
    assert_eq!(one(&en, "timeline-assessment", "count"), "The family's triangle filled in (1 answer).");
    assert!(one(&nl, "notice-records-unreadable", "count").starts_with("1 opgeslagen gezin kon "));
    let details = nl.t_args(
        "case-details",
        &[("children", 1u32.into()), ("participants", 1u32.into()), ("date", "2026-05-01".into())],
    );
    assert_eq!(details, "1 kind · 1 deelnemer · bezoek 2026-05-01");
}

/// Technical details (an English parser message, an HTTP status) are never put inside a
/// sentence of the interface: `$detail` is only in messages whose detail is itself a
/// translated text.
#[test]
fn no_sentence_carries_a_technical_detail() {
    const TRANSLATED_DETAIL: [&str; 1] = ["notice-invitation"];
    for lang in Lang::ALL {
        let source = source(lang);
        let mut key = "";
        for line in source.lines() {
            if let Some((k, _)) = line.split_once(" = ").filter(|_| !line.starts_with([' ', '}', '#'])) {
                key = k;
            }
            if line.contains("$detail") {
                assert!(
                    TRANSLATED_DETAIL.contains(&key),
                    "{}: {key} puts a technical detail in a sentence",
                    lang.code()
                );
            }
        }
    }
}
