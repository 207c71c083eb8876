//! The languages Samenplan speaks: a fact of the core (configuration, instrument texts and
//! exports name them), which the translation layer (`i18n`) builds on.

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
    Tr,
    Ar,
    Pl,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl, Lang::Uk];

    /// The BCP 47 code, also the key of instrument texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Pl => "pl",
            Lang::Uk => "uk",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ar => "العربية",
            Lang::Pl => "Polski",
            Lang::Uk => "Українська",
        }
    }

    /// Whether the language is written right to left (the whole layout mirrors).
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| code.eq_ignore_ascii_case(l.code()))
    }
}
