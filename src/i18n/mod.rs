//! The translation layer: Fluent message files per language, bundled into the app. Pure Rust, so
//! the completeness of every language is tested natively.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, also the key of instrument texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| code.eq_ignore_ascii_case(l.code()))
    }

    /// The Fluent source bundled for this language.
    pub fn source(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("nl.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }
}

/// Messages of one language, ready to format.
pub struct I18n {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &I18n) -> bool {
        self.lang == other.lang
    }
}

impl I18n {
    pub fn new(lang: Lang) -> I18n {
        // The bundled files are checked by the tests; a syntax error there is a build defect.
        let res = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(res, _)| res);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks would end up in attributes and test selectors; our texts mix no scripts yet.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(res);
        I18n { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `key`; the key itself when missing, so a gap shows rather than hides.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A date as people in this language write it.
    pub fn date(&self, d: crate::core::date::Date) -> String {
        match self.lang {
            Lang::Nl => format!("{}-{}-{}", d.day, d.month, d.year),
            Lang::En => format!("{}/{}/{}", d.day, d.month, d.year),
        }
    }

    /// The message `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fa = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fa.set(*name, FluentValue::from(s.clone())),
                Arg::Num(n) => fa.set(*name, FluentValue::from(*n)),
            }
        }
        self.format(key, Some(&fa))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

/// An argument to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(f64),
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
        Arg::Num(n as f64)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(f64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n as f64)
    }
}

/// The message ids of a Fluent source, in file order.
pub fn message_ids(source: &str) -> Vec<String> {
    let res = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_language_parses_and_has_every_key() {
        let reference: BTreeSet<String> = message_ids(Lang::Nl.source()).into_iter().collect();
        assert!(reference.len() > 20);
        for lang in Lang::ALL {
            if let Err((_, errs)) = FluentResource::try_new(lang.source().to_string()) {
                panic!("{}: {errs:?}", lang.code());
            }
            let ids: Vec<String> = message_ids(lang.source());
            let set: BTreeSet<String> = ids.iter().cloned().collect();
            assert_eq!(ids.len(), set.len(), "{}: a key is defined twice", lang.code());
            let missing: Vec<_> = reference.difference(&set).collect();
            let extra: Vec<_> = set.difference(&reference).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
        }
    }

    #[test]
    fn every_key_is_used_in_the_code() {
        // Keys are written literally in the shell (or built from a documented prefix + enum key).
        let mut code = String::new();
        for dir in ["src/web", "src/web/screens", "src/web/widgets"] {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "rs") {
                    code.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
                }
            }
        }
        let unused: Vec<String> = message_ids(Lang::Nl.source())
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

    #[test]
    fn formats_arguments_and_shows_missing_keys() {
        let t = I18n::new(Lang::En);
        assert_eq!(t.t("no-such-key"), "no-such-key");
        let s = t.t_args("case-count", &[("count", 2usize.into())]);
        assert!(s.contains('2'), "{s}");
    }
}
