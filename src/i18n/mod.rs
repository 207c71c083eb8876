//! The translation layer: Fluent message files per language, bundled into the app. Pure Rust, so
//! the completeness of every language is tested natively.

#[cfg(test)]
pub mod compile;
mod table;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

pub use crate::core::lang::Lang;
pub use table::{Key, Part, Table};

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
/// Saturates at `i64::MAX`: larger counts are not written.
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

#[cfg(test)]
mod tests;
