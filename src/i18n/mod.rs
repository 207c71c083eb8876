//! The translation layer: Fluent message files per language, bundled into the app. Pure Rust, so
//! the completeness of every language is tested natively.

#[cfg(test)]
pub mod compile;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde_json::Value;
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

pub use crate::core::lang::Lang;

/// The Fluent source of a language (compiled by `build.rs`; read here only by tests).
#[cfg(test)]
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => include_str!("nl.ftl"),
        Lang::En => include_str!("en.ftl"),
        Lang::Tr => include_str!("tr.ftl"),
        Lang::Ar => include_str!("ar.ftl"),
        Lang::Pl => include_str!("pl.ftl"),
        Lang::Uk => include_str!("uk.ftl"),
    }
}

/// A piece of a compiled message (see `compile.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Var(String),
    Select { var: String, default: usize, variants: Vec<(Key, Vec<Part>)> },
}

/// A variant key of a select expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// A plural category (`one`, `few`, `other`, ...) or a literal name.
    Name(String),
    Number(f64),
}

/// One language's messages, sorted by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table(Vec<(String, Vec<Part>)>);

fn parts(v: &Value) -> Option<Vec<Part>> {
    v.as_array()?
        .iter()
        .map(|p| match p {
            Value::String(s) => Some(Part::Text(s.clone())),
            Value::Object(o) if o.contains_key("v") => Some(Part::Var(o.get("v")?.as_str()?.to_string())),
            Value::Object(o) => Some(Part::Select {
                var: o.get("s")?.as_str()?.to_string(),
                default: o.get("d")?.as_u64()? as usize,
                variants: o
                    .get("o")?
                    .as_array()?
                    .iter()
                    .map(|kv| {
                        let key = match kv.get(0)? {
                            Value::String(s) => Key::Name(s.clone()),
                            n => Key::Number(n.as_f64()?),
                        };
                        Some((key, parts(kv.get(1)?)?))
                    })
                    .collect::<Option<Vec<_>>>()?,
            }),
            _ => None,
        })
        .collect()
}

impl Table {
    /// Reads a compiled table; `None` when the JSON is not one.
    pub fn from_json(text: &str) -> Option<Table> {
        let v: Value = serde_json::from_str(text).ok()?;
        let mut entries = v
            .as_array()?
            .iter()
            .map(|e| Some((e.get(0)?.as_str()?.to_string(), parts(e.get(1)?)?)))
            .collect::<Option<Vec<_>>>()?;
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Some(Table(entries))
    }

    fn get(&self, key: &str) -> Option<&[Part]> {
        self.0.binary_search_by(|(id, _)| id.as_str().cmp(key)).ok().map(|i| self.0[i].1.as_slice())
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(id, _)| id.as_str())
    }

    /// The Dutch table, embedded: the default language needs no download.
    pub fn dutch() -> Rc<Table> {
        thread_local! {
            static NL: Rc<Table> = Rc::new(
                Table::from_json(include_str!(concat!(env!("OUT_DIR"), "/i18n/nl.json"))).unwrap_or_default(),
            );
        }
        NL.with(Rc::clone)
    }
}

thread_local! {
    static LOADED: std::cell::RefCell<Vec<(Lang, Rc<Table>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether every table is compiled into this build (native code). The app and the PDF worker
/// module get the others as files (`i18n/<lang>.json`) when a language is chosen.
const BUNDLED: bool = cfg!(not(target_arch = "wasm32"));

/// Messages of one language, ready to format; plural variants are chosen by CLDR's rules
/// (intl_pluralrules), as Fluent does. A message missing in the table falls back to Dutch.
pub struct I18n {
    lang: Lang,
    table: Rc<Table>,
    fallback: Rc<Table>,
    plurals: Option<PluralRules>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &I18n) -> bool {
        self.lang == other.lang && Rc::ptr_eq(&self.table, &other.table)
    }
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

impl I18n {
    /// The interface in `lang`, with its table (Dutch's for Dutch).
    pub fn new(lang: Lang, table: Rc<Table>) -> I18n {
        let plurals = lang
            .code()
            .parse::<LanguageIdentifier>()
            .ok()
            .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
        I18n { lang, table, fallback: Table::dutch(), plurals }
    }

    /// Makes a downloaded table available to `for_lang` (the app loads them on demand).
    pub fn register(lang: Lang, table: Rc<Table>) {
        LOADED.with(|l| {
            let mut l = l.borrow_mut();
            l.retain(|(x, _)| *x != lang);
            l.push((lang, table));
        });
    }

    /// Whether `for_lang` has the real table for `lang`.
    pub fn is_loaded(lang: Lang) -> bool {
        lang == Lang::Nl || LOADED.with(|l| l.borrow().iter().any(|(x, _)| *x == lang)) || BUNDLED
    }

    /// The interface in `lang`: a registered (downloaded) table, else one compiled into this build,
    /// else Dutch words with `lang`'s plural rules until the table arrives.
    pub fn for_lang(lang: Lang) -> I18n {
        if let Some(t) = LOADED.with(|l| l.borrow().iter().find(|(x, _)| *x == lang).map(|(_, t)| t.clone())) {
            return I18n::new(lang, t);
        }
        I18n::bundled(lang)
    }

    /// Any language from tables compiled into this build: native code (tests, benches).
    #[cfg(not(target_arch = "wasm32"))]
    fn bundled(lang: Lang) -> I18n {
        let json = match lang {
            Lang::Nl => return I18n::dutch(),
            Lang::En => include_str!(concat!(env!("OUT_DIR"), "/i18n/en.json")),
            Lang::Tr => include_str!(concat!(env!("OUT_DIR"), "/i18n/tr.json")),
            Lang::Ar => include_str!(concat!(env!("OUT_DIR"), "/i18n/ar.json")),
            Lang::Pl => include_str!(concat!(env!("OUT_DIR"), "/i18n/pl.json")),
            Lang::Uk => include_str!(concat!(env!("OUT_DIR"), "/i18n/uk.json")),
        };
        I18n::new(lang, Rc::new(Table::from_json(json).unwrap_or_default()))
    }

    #[cfg(target_arch = "wasm32")]
    fn bundled(lang: Lang) -> I18n {
        I18n::new(lang, Table::dutch())
    }

    /// Dutch, the default, from the embedded table.
    pub fn dutch() -> I18n {
        I18n::new(Lang::Nl, Table::dutch())
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A date as people in this language write it.
    pub fn date(&self, d: crate::core::date::Date) -> String {
        // The language's own long form (CLDR's, with the month in words), so "1/5/2014" can
        // never be read as 5 January: "1 mei 2014", "1 May 2014", "1 maja 2014".
        let month = self.t(&format!("month-{}", d.month));
        self.t_args(
            "date-long",
            &[
                ("day", Arg::from(u32::from(d.day))),
                ("month", Arg::from(month)),
                ("year", Arg::from(i64::from(d.year))),
            ],
        )
    }

    /// The message `key`; the key itself when missing, so a gap shows rather than hides.
    pub fn t(&self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// The message `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        match self.table.get(key).or_else(|| self.fallback.get(key)) {
            Some(parts) => {
                let mut out = String::new();
                self.resolve(parts, args, &mut out);
                out
            }
            None => key.to_string(),
        }
    }

    fn resolve(&self, parts: &[Part], args: &[(&str, Arg)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match arg(name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Select { var, default, variants } => {
                    let chosen = match arg(var) {
                        // Fluent's order: an exact number first, then the plural category.
                        Some(Arg::Num(n)) => variants
                            .iter()
                            .position(|(k, _)| matches!(k, Key::Number(x) if *x == *n as f64))
                            .or_else(|| {
                                let cat = category_name(self.plurals.as_ref()?.select(*n).ok()?);
                                variants.iter().position(|(k, _)| matches!(k, Key::Name(c) if c == cat))
                            }),
                        Some(Arg::Str(s)) => variants.iter().position(|(k, _)| matches!(k, Key::Name(c) if c == s)),
                        None => None,
                    };
                    if let Some((_, p)) = variants.get(chosen.unwrap_or(*default)) {
                        self.resolve(p, args, out);
                    }
                }
            }
        }
    }
}

/// An argument to a message. Numbers are whole: counts, days, ages.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as i64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(i64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

#[cfg(test)]
mod tests {
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
}
