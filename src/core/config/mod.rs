//! An organisation's configuration: the deployment's `config.json` (`schemas/config.schema.json`),
//! served beside the app, and the part of it a host page that embeds the app may change by message.
//!
//! - [`Config::from_json`] reads and checks a deployment's file;
//! - [`HostConfig::from_json`] reads a host page's `samenplan:config` message;
//! - [`merge`] lays a host's settings over the deployment's, refusing what the deployment does not
//!   allow. `allowedOrigins`, `shareEvents` and `hostMayChange` only ever come from the deployment.
//!
//! Every refusal is a [`ConfigError`] naming the field (a JSON path such as `colours.brand`).

mod colour;
mod error;
mod origin;
mod read;

use super::case::WayOfWorking;
use super::instrument::Text;
use super::lang::Lang;
use error::err;
use origin::origins;
use read::{array, one_of, parse_root, settings};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub use super::limits::{
    MAX_CONFIG_BYTES, MAX_CONFIG_TEXT as MAX_TEXT, MAX_INSTRUMENTS, MAX_LOGO_BYTES, MAX_NAME, MAX_ORIGINS, MAX_SERVICES,
};
pub use colour::{contrast_with_white, parse_colour};
pub use error::{ConfigError, Problem};
pub use origin::normalise_origin;

/// The contrast every configured colour must reach against white text (WCAG 1.4.3, AA).
pub const MIN_CONTRAST: f64 = 4.5;
/// The allow-list entry that stands for the app's own origin.
pub const SELF_ORIGIN: &str = "self";

/// Whether a case's events may reach the page that embeds the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShareEvents {
    /// No events at all.
    #[default]
    None,
    /// That something happened (`plan-confirmed`, `case-exported`), without case data.
    Signal,
    /// The case file too, but only when the professional agrees in the app each time.
    Data,
}

impl ShareEvents {
    pub const ALL: [ShareEvents; 3] = [Self::None, Self::Signal, Self::Data];
    pub fn key(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Signal => "signal",
            Self::Data => "data",
        }
    }
}

/// A setting a host page may change, when the deployment lists it in `hostMayChange`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HostField {
    Organisation,
    Colours,
    Languages,
    Language,
    Instruments,
    WayOfWorking,
    SafetyNextSteps,
    Services,
    MoneyHelp,
}

impl HostField {
    pub const ALL: [HostField; 9] = [
        Self::Organisation,
        Self::Colours,
        Self::Languages,
        Self::Language,
        Self::Instruments,
        Self::WayOfWorking,
        Self::SafetyNextSteps,
        Self::Services,
        Self::MoneyHelp,
    ];
    /// The field's name in the file and in messages.
    pub fn key(self) -> &'static str {
        match self {
            Self::Organisation => "organisation",
            Self::Colours => "colours",
            Self::Languages => "languages",
            Self::Language => "language",
            Self::Instruments => "instruments",
            Self::WayOfWorking => "wayOfWorking",
            Self::SafetyNextSteps => "safetyNextSteps",
            Self::Services => "services",
            Self::MoneyHelp => "moneyHelp",
        }
    }
    fn from_key(key: &str) -> Option<HostField> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Fields only a deployment may set.
const DEPLOYMENT_ONLY: [&str; 3] = ["allowedOrigins", "shareEvents", "hostMayChange"];

/// Who runs this copy of the app.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Organisation {
    pub name: String,
    /// An image next to the name: a path relative to the app, or a `data:image/...` URL.
    pub logo: Option<String>,
}

/// Colours that replace the app's own; each reaches [`MIN_CONTRAST`] against white text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Colours {
    /// Header, primary buttons, outlines (`--brand`); white text is written on it.
    pub brand: Option<String>,
    /// Second colour for good news and network marks (`--accent`).
    pub accent: Option<String>,
}

/// A local service the professional can point the family to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Service {
    pub name: Text,
    pub what: Text,
    pub phone: Option<String>,
    pub web: Option<String>,
}

impl Service {
    /// The service on one line for a document in `lang`: name, what they do, phone, web address.
    pub fn line(&self, lang: &str) -> String {
        let parts = [
            self.name.get(lang),
            self.what.get(lang),
            self.phone.as_deref().unwrap_or(""),
            self.web.as_deref().unwrap_or(""),
        ];
        parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" · ")
    }
}

/// The settings shared by a deployment's file and a host's message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    pub organisation: Option<Organisation>,
    pub colours: Option<Colours>,
    /// The interface languages offered; `None` offers all.
    pub languages: Option<Vec<Lang>>,
    /// The language to start in.
    pub language: Option<Lang>,
    /// The instruments offered for new answers; `None` offers all.
    pub instruments: Option<Vec<String>>,
    /// The way of working a new case starts with.
    pub way_of_working: Option<WayOfWorking>,
    /// What the professional sees as next steps when safety worries are recorded, per language.
    pub safety_next_steps: Option<Text>,
    pub services: Option<Vec<Service>>,
    /// Local help with money (budget coaching, debt help, allowances), offered with the parents'
    /// money overview when the month comes out short or tight.
    pub money_help: Option<Vec<Service>>,
}

/// A deployment's configuration (`config.json`), checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    pub settings: Settings,
    /// Origins of pages that may configure an embedded app and receive its events.
    pub allowed_origins: Vec<String>,
    pub share_events: ShareEvents,
    /// What a host page may change.
    pub host_may_change: Vec<HostField>,
}

/// What a host page asked for in a `samenplan:config` message, checked on its own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostConfig {
    pub settings: Settings,
    /// The fields the message set, in the order of [`HostField::ALL`].
    pub fields: Vec<HostField>,
}

impl Config {
    /// Reads a deployment's `config.json`.
    pub fn from_json(text: &str) -> Result<Config, ConfigError> {
        Config::from_map(&parse_root(text)?)
    }

    /// Checks an already parsed document (as `from_json` does after parsing).
    pub fn from_value(value: &Value) -> Result<Config, ConfigError> {
        match value {
            Value::Object(map) => Config::from_map(map),
            _ => err("", Problem::WrongType("an object")),
        }
    }

    fn from_map(map: &Map<String, Value>) -> Result<Config, ConfigError> {
        for key in map.keys() {
            let known =
                key == "$schema" || DEPLOYMENT_ONLY.contains(&key.as_str()) || HostField::from_key(key).is_some();
            if !known {
                return err(key, Problem::Unknown);
            }
        }
        let settings = settings(map)?;
        let allowed_origins = match map.get("allowedOrigins") {
            None => Vec::new(),
            Some(v) => origins(v, "allowedOrigins")?,
        };
        let share_events = match map.get("shareEvents") {
            None => ShareEvents::None,
            Some(v) => one_of(v, "shareEvents", &ShareEvents::ALL, ShareEvents::key, "none, signal, data")?,
        };
        let host_may_change = match map.get("hostMayChange") {
            None => Vec::new(),
            Some(v) => {
                let names = "organisation, colours, languages, language, instruments, wayOfWorking, \
                             safetyNextSteps, services, moneyHelp";
                let items = array(v, "hostMayChange", HostField::ALL.len())?;
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let path = format!("hostMayChange[{i}]");
                    let f = one_of(item, &path, &HostField::ALL, HostField::key, names)?;
                    if out.contains(&f) {
                        return err(&path, Problem::Duplicate);
                    }
                    out.push(f);
                }
                out.sort();
                out
            }
        };
        Ok(Config { settings, allowed_origins, share_events, host_may_change })
    }

    /// The languages offered, in the order given (all of the app's when not configured).
    pub fn languages(&self) -> Vec<Lang> {
        self.settings.languages.clone().unwrap_or_else(|| Lang::ALL.to_vec())
    }

    pub fn offers(&self, lang: Lang) -> bool {
        self.settings.languages.as_ref().is_none_or(|l| l.contains(&lang))
    }

    /// The configured start language, if it is offered; else the first offered language when the
    /// offer is restricted; else none (the app keeps its own choice).
    pub fn start_language(&self) -> Option<Lang> {
        match (self.settings.language, &self.settings.languages) {
            (Some(l), _) if self.offers(l) => Some(l),
            (_, Some(list)) => list.first().copied(),
            _ => None,
        }
    }

    /// Whether new answers may use this instrument.
    pub fn instrument_enabled(&self, id: &str) -> bool {
        self.settings.instruments.as_ref().is_none_or(|l| l.iter().any(|x| x == id))
    }

    /// The organisation's next steps after safety worries, in `lang` (or another language of it).
    pub fn safety_next_steps(&self, lang: Lang) -> Option<&str> {
        self.settings.safety_next_steps.as_ref().map(|t| t.get(lang.code())).filter(|s| !s.is_empty())
    }

    pub fn services(&self) -> &[Service] {
        self.settings.services.as_deref().unwrap_or(&[])
    }

    pub fn money_help(&self) -> &[Service] {
        self.settings.money_help.as_deref().unwrap_or(&[])
    }

    /// Whether a message from `origin` may configure the app. `own` is the app's own origin, which
    /// the allow-list names as `self`. Compared exactly, after the file's entries were normalised.
    pub fn allows_origin(&self, origin: &str, own: &str) -> bool {
        let origin = origin.to_ascii_lowercase();
        !origin.is_empty()
            && origin != "null"
            && self.allowed_origins.iter().any(|o| {
                if o == SELF_ORIGIN {
                    origin == own.to_ascii_lowercase()
                } else {
                    *o == origin
                }
            })
    }

    pub fn host_may_change(&self, field: HostField) -> bool {
        self.host_may_change.contains(&field)
    }
}

impl HostConfig {
    /// Reads the `config` of a host's message (given as JSON text).
    pub fn from_json(text: &str) -> Result<HostConfig, ConfigError> {
        let map = parse_root(text)?;
        for key in map.keys() {
            if DEPLOYMENT_ONLY.contains(&key.as_str()) {
                return err(key, Problem::DeploymentOnly);
            }
            if HostField::from_key(key).is_none() {
                return err(key, Problem::Unknown);
            }
        }
        let fields = HostField::ALL.into_iter().filter(|f| map.contains_key(f.key())).collect();
        Ok(HostConfig { settings: settings(&map)?, fields })
    }
}

/// The deployment's settings with a host's laid over them. Refused as a whole when the host sets a
/// field the deployment does not let it change, offers a language the deployment does not, or
/// enables an instrument the deployment does not.
pub fn merge(deployment: &Config, host: &HostConfig) -> Result<Config, ConfigError> {
    for f in &host.fields {
        if !deployment.host_may_change(*f) {
            return err(f.key(), Problem::NotAllowed);
        }
    }
    let mut out = deployment.clone();
    let (d, h) = (&deployment.settings, &host.settings);
    if let Some(list) = &h.languages {
        for (i, l) in list.iter().enumerate() {
            if !deployment.offers(*l) {
                return err(&format!("languages[{i}]"), Problem::LanguageNotOffered);
            }
        }
        out.settings.languages = Some(list.clone());
    }
    if let Some(l) = h.language {
        if !out.offers(l) {
            return err("language", Problem::LanguageNotOffered);
        }
        out.settings.language = Some(l);
    }
    if let Some(list) = &h.instruments {
        for (i, id) in list.iter().enumerate() {
            if !deployment.instrument_enabled(id) {
                return err(&format!("instruments[{i}]"), Problem::InstrumentNotEnabled);
            }
        }
        out.settings.instruments = Some(list.clone());
    }
    if h.organisation.is_some() {
        out.settings.organisation = h.organisation.clone();
    }
    if let Some(c) = &h.colours {
        let base = d.colours.clone().unwrap_or_default();
        out.settings.colours =
            Some(Colours { brand: c.brand.clone().or(base.brand), accent: c.accent.clone().or(base.accent) });
    }
    if h.way_of_working.is_some() {
        out.settings.way_of_working = h.way_of_working;
    }
    if let Some(t) = &h.safety_next_steps {
        // Per language: what the host leaves out keeps the deployment's text.
        let mut texts: BTreeMap<String, String> = d.safety_next_steps.clone().unwrap_or_default().0;
        texts.extend(t.0.clone());
        out.settings.safety_next_steps = Some(Text(texts));
    }
    if h.services.is_some() {
        out.settings.services = h.services.clone();
    }
    if h.money_help.is_some() {
        out.settings.money_help = h.money_help.clone();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_list_matches_exactly() {
        let c = Config::from_json(r#"{"allowedOrigins":["https://host.example","self"]}"#).unwrap();
        let own = "https://app.example";
        assert!(c.allows_origin("https://host.example", own));
        assert!(c.allows_origin("https://app.example", own));
        assert!(!c.allows_origin("https://host.example.evil", own));
        assert!(!c.allows_origin("http://host.example", own));
        assert!(!c.allows_origin("null", own));
        assert!(!c.allows_origin("", own));
        let none = Config::default();
        assert!(!none.allows_origin(own, own), "an empty list allows nobody, not even the app itself");
    }
}
