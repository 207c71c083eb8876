//! An organisation's configuration: the deployment's `config.json` (`schemas/config.schema.json`),
//! served beside the app, and the part of it a host page that embeds the app may change by message.
//!
//! - [`Config::from_json`] reads and checks a deployment's file;
//! - [`HostConfig::from_json`] reads a host page's `samenplan:config` message;
//! - [`merge`] lays a host's settings over the deployment's, refusing what the deployment does not
//!   allow. `allowedOrigins`, `shareEvents` and `hostMayChange` only ever come from the deployment.
//!
//! Every refusal is a [`ConfigError`] naming the field (a JSON path such as `colours.brand`).

use super::case::WayOfWorking;
use super::instrument::Text;
use super::lang::Lang;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub use super::limits::{
    MAX_CONFIG_BYTES, MAX_CONFIG_TEXT as MAX_TEXT, MAX_INSTRUMENTS, MAX_LOGO_BYTES, MAX_NAME, MAX_ORIGINS, MAX_SERVICES,
};
/// The contrast every configured colour must reach against white text (WCAG 1.4.3, AA).
pub const MIN_CONTRAST: f64 = 4.5;
/// The allow-list entry that stands for the app's own origin.
pub const SELF_ORIGIN: &str = "self";

/// What is wrong, without the field (see [`ConfigError`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("is not a known setting")]
    Unknown,
    #[error("must be {0}")]
    WrongType(&'static str),
    #[error("is required")]
    Missing,
    #[error("must not be empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("has more than {max} entries")]
    TooMany { max: usize },
    #[error("is listed twice")]
    Duplicate,
    #[error("must be one of: {0}")]
    NotOneOf(&'static str),
    #[error("is not a colour like #24527a")]
    NotAColour,
    #[error("has a contrast of {ratio:.2}:1 against white text; at least {min}:1 is needed")]
    LowContrast { ratio: f64, min: f64 },
    #[error("\"{0}\" is not a language of this app")]
    UnknownLanguage(String),
    #[error("is not an origin like https://www.example.org (scheme, host and port only, no path)")]
    NotAnOrigin,
    #[error("must use https (http only for localhost)")]
    NotHttps,
    #[error("must be an image file relative to the app (like icons/logo.svg) or a data:image URL")]
    NotALogo,
    #[error("is a data: URL larger than {max} bytes")]
    LogoTooLarge { max: usize },
    #[error("must be an https:// address")]
    NotAWebAddress,
    #[error("is not a phone number")]
    NotAPhone,
    #[error("is not an id (lower-case letters, digits and dashes)")]
    NotAnId,
    #[error("can only be set in the deployment's config.json, never by a host page")]
    DeploymentOnly,
    #[error("may not be changed by a host page (the deployment's hostMayChange does not list it)")]
    NotAllowed,
    #[error("is not among the languages the deployment offers")]
    LanguageNotOffered,
    #[error("is not among the instruments the deployment enables")]
    InstrumentNotEnabled,
}

/// A refused configuration: which field, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct ConfigError {
    /// A JSON path such as `colours.brand` or `services[2].web`; empty for the whole document.
    pub field: String,
    pub problem: Problem,
}

fn err<T>(field: &str, problem: Problem) -> Result<T, ConfigError> {
    Err(ConfigError { field: field.to_string(), problem })
}

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
}

impl HostField {
    pub const ALL: [HostField; 8] = [
        Self::Organisation,
        Self::Colours,
        Self::Languages,
        Self::Language,
        Self::Instruments,
        Self::WayOfWorking,
        Self::SafetyNextSteps,
        Self::Services,
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

fn parse_root(text: &str) -> Result<Map<String, Value>, ConfigError> {
    if text.len() > MAX_CONFIG_BYTES {
        return err("", Problem::TooLarge { max: MAX_CONFIG_BYTES });
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => err("", Problem::WrongType("an object")),
        Err(e) => err("", Problem::NotJson(e.to_string())),
    }
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
                             safetyNextSteps, services";
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
    Ok(out)
}

// ---- colours ----

/// `#rgb` or `#rrggbb` as lower-case `#rrggbb`.
pub fn parse_colour(s: &str) -> Option<String> {
    let hex = s.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}

/// WCAG 2 relative luminance of a `#rrggbb` colour.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0)) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// The WCAG contrast ratio of white text on this `#rrggbb` colour (1 to 21).
pub fn contrast_with_white(hex: &str) -> f64 {
    1.05 / (luminance(hex) + 0.05)
}

// ---- readers ----

fn settings(map: &Map<String, Value>) -> Result<Settings, ConfigError> {
    let mut s = Settings::default();
    if let Some(v) = map.get("organisation") {
        let o = object(v, "organisation", &["name", "logo"])?;
        let name = match o.get("name") {
            Some(v) => text(v, "organisation.name", MAX_NAME)?,
            None => return err("organisation.name", Problem::Missing),
        };
        let logo = o.get("logo").map(|v| logo(v, "organisation.logo")).transpose()?;
        s.organisation = Some(Organisation { name, logo });
    }
    if let Some(v) = map.get("colours") {
        let o = object(v, "colours", &["brand", "accent"])?;
        let c = Colours {
            brand: o.get("brand").map(|v| colour(v, "colours.brand")).transpose()?,
            accent: o.get("accent").map(|v| colour(v, "colours.accent")).transpose()?,
        };
        s.colours = Some(c);
    }
    if let Some(v) = map.get("languages") {
        let items = array(v, "languages", Lang::ALL.len())?;
        if items.is_empty() {
            return err("languages", Problem::Empty);
        }
        let mut list = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("languages[{i}]");
            let l = language(item, &path)?;
            if list.contains(&l) {
                return err(&path, Problem::Duplicate);
            }
            list.push(l);
        }
        s.languages = Some(list);
    }
    if let Some(v) = map.get("language") {
        let l = language(v, "language")?;
        if s.languages.as_ref().is_some_and(|list| !list.contains(&l)) {
            return err("language", Problem::LanguageNotOffered);
        }
        s.language = Some(l);
    }
    if let Some(v) = map.get("instruments") {
        let items = array(v, "instruments", MAX_INSTRUMENTS)?;
        if items.is_empty() {
            return err("instruments", Problem::Empty);
        }
        let mut list: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("instruments[{i}]");
            let id = string(item, &path)?;
            let ok = !id.is_empty()
                && id.len() <= 64
                && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !ok {
                return err(&path, Problem::NotAnId);
            }
            if list.iter().any(|x| x == id) {
                return err(&path, Problem::Duplicate);
            }
            list.push(id.to_string());
        }
        s.instruments = Some(list);
    }
    if let Some(v) = map.get("wayOfWorking") {
        s.way_of_working = Some(one_of(
            v,
            "wayOfWorking",
            &WayOfWorking::ALL,
            WayOfWorking::key,
            "screening, extended, multidisciplinary",
        )?);
    }
    if let Some(v) = map.get("safetyNextSteps") {
        s.safety_next_steps = Some(texts(v, "safetyNextSteps", MAX_TEXT)?);
    }
    if let Some(v) = map.get("services") {
        let items = array(v, "services", MAX_SERVICES)?;
        let mut list = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("services[{i}]");
            let o = object(item, &path, &["name", "what", "phone", "web"])?;
            let name = match o.get("name") {
                Some(v) => texts(v, &format!("{path}.name"), MAX_NAME)?,
                None => return err(&format!("{path}.name"), Problem::Missing),
            };
            let what = match o.get("what") {
                Some(v) => texts(v, &format!("{path}.what"), MAX_TEXT)?,
                None => Text::default(),
            };
            let phone = o.get("phone").map(|v| phone(v, &format!("{path}.phone"))).transpose()?;
            let web = o.get("web").map(|v| web(v, &format!("{path}.web"))).transpose()?;
            list.push(Service { name, what, phone, web });
        }
        s.services = Some(list);
    }
    Ok(s)
}

fn object<'a>(v: &'a Value, path: &str, keys: &[&str]) -> Result<&'a Map<String, Value>, ConfigError> {
    let Value::Object(map) = v else { return err(path, Problem::WrongType("an object")) };
    if let Some(k) = map.keys().find(|k| !keys.contains(&k.as_str())) {
        return err(&format!("{path}.{k}"), Problem::Unknown);
    }
    Ok(map)
}

fn array<'a>(v: &'a Value, path: &str, max: usize) -> Result<&'a Vec<Value>, ConfigError> {
    let Value::Array(items) = v else { return err(path, Problem::WrongType("a list")) };
    if items.len() > max {
        return err(path, Problem::TooMany { max });
    }
    Ok(items)
}

fn string<'a>(v: &'a Value, path: &str) -> Result<&'a str, ConfigError> {
    v.as_str().map_or_else(|| err(path, Problem::WrongType("a text")), Ok)
}

/// A non-empty text of at most `max` characters, trimmed.
fn text(v: &Value, path: &str, max: usize) -> Result<String, ConfigError> {
    let s = string(v, path)?.trim();
    if s.is_empty() {
        return err(path, Problem::Empty);
    }
    if s.chars().count() > max {
        return err(path, Problem::TooLong { max });
    }
    Ok(s.to_string())
}

/// A text per language: `{"nl": "...", "en": "..."}` with at least one language of the app.
fn texts(v: &Value, path: &str, max: usize) -> Result<Text, ConfigError> {
    let Value::Object(map) = v else { return err(path, Problem::WrongType("an object with a text per language")) };
    if map.is_empty() {
        return err(path, Problem::Empty);
    }
    let mut out = BTreeMap::new();
    for (k, x) in map {
        let sub = format!("{path}.{k}");
        let Some(l) = Lang::from_code(k) else { return err(&sub, Problem::UnknownLanguage(k.clone())) };
        out.insert(l.code().to_string(), text(x, &sub, max)?);
    }
    Ok(Text(out))
}

fn one_of<T: Copy>(
    v: &Value,
    path: &str,
    all: &[T],
    key: fn(T) -> &'static str,
    names: &'static str,
) -> Result<T, ConfigError> {
    let s = string(v, path)?;
    all.iter().copied().find(|x| key(*x) == s).map_or_else(|| err(path, Problem::NotOneOf(names)), Ok)
}

fn language(v: &Value, path: &str) -> Result<Lang, ConfigError> {
    let s = string(v, path)?;
    Lang::ALL.into_iter().find(|l| l.code() == s).map_or_else(|| err(path, Problem::UnknownLanguage(s.to_string())), Ok)
}

fn colour(v: &Value, path: &str) -> Result<String, ConfigError> {
    let Some(hex) = parse_colour(string(v, path)?) else { return err(path, Problem::NotAColour) };
    let ratio = contrast_with_white(&hex);
    if ratio < MIN_CONTRAST {
        return err(path, Problem::LowContrast { ratio, min: MIN_CONTRAST });
    }
    Ok(hex)
}

const LOGO_TYPES: [&str; 5] = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"];
const LOGO_EXTENSIONS: [&str; 6] = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"];

/// A logo: an image path inside the app (no scheme, no `//`, no `..`, no query) or a `data:image`
/// URL, so the page's `img-src 'self' data:` covers it and no other server is ever asked.
fn logo(v: &Value, path: &str) -> Result<String, ConfigError> {
    let s = string(v, path)?;
    if let Some(rest) = s.strip_prefix("data:") {
        if s.len() > MAX_LOGO_BYTES {
            return err(path, Problem::LogoTooLarge { max: MAX_LOGO_BYTES });
        }
        let Some((head, body)) = rest.split_once(',') else { return err(path, Problem::NotALogo) };
        let (mime, base64) = match head.strip_suffix(";base64") {
            Some(m) => (m, true),
            None => (head, false),
        };
        let body_ok = if base64 {
            body.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
        } else {
            // Percent-encoded text (an SVG): no quotes or spaces that could end an attribute.
            body.bytes().all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\'')
        };
        if !LOGO_TYPES.contains(&mime.to_ascii_lowercase().as_str()) || body.is_empty() || !body_ok {
            return err(path, Problem::NotALogo);
        }
        return Ok(s.to_string());
    }
    let lower = s.to_ascii_lowercase();
    let ok = !s.is_empty()
        && s.len() <= 200
        && !s.starts_with('/')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "._~/-".contains(c))
        && !s.split('/').any(|seg| seg.is_empty() || seg == "." || seg == "..")
        && LOGO_EXTENSIONS.iter().any(|e| lower.ends_with(e));
    if ok {
        Ok(s.to_string())
    } else {
        err(path, Problem::NotALogo)
    }
}

fn phone(v: &Value, path: &str) -> Result<String, ConfigError> {
    let s = string(v, path)?.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let ok = (3..=20).contains(&digits)
        && s.len() <= 30
        && s.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0));
    if ok {
        Ok(s.to_string())
    } else {
        err(path, Problem::NotAPhone)
    }
}

fn web(v: &Value, path: &str) -> Result<String, ConfigError> {
    let s = string(v, path)?.trim();
    let host = s.strip_prefix("https://").map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let ok = s.len() <= 300
        && host.is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c)))
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if ok {
        Ok(s.to_string())
    } else {
        err(path, Problem::NotAWebAddress)
    }
}

fn origins(v: &Value, path: &str) -> Result<Vec<String>, ConfigError> {
    let items = array(v, path, MAX_ORIGINS)?;
    let mut out: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let sub = format!("{path}[{i}]");
        let o = normalise_origin(string(item, &sub)?).map_or_else(|p| err(&sub, p), Ok)?;
        if out.contains(&o) {
            return err(&sub, Problem::Duplicate);
        }
        out.push(o);
    }
    Ok(out)
}

/// An allow-list entry as browsers write `MessageEvent.origin`: lower case, no default port.
/// `self` stays `self`. Plain http is accepted only for loopback hosts (local testing).
pub fn normalise_origin(s: &str) -> Result<String, Problem> {
    if s == SELF_ORIGIN {
        return Ok(s.to_string());
    }
    let lower = s.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://").ok_or(Problem::NotAnOrigin)?;
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (addr, after) = v6.split_once(']').ok_or(Problem::NotAnOrigin)?;
        if !addr.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(Problem::NotAnOrigin);
        }
        (
            format!("[{addr}]"),
            after.strip_prefix(':').map(str::to_string).or_else(|| after.is_empty().then(String::new)),
        )
    } else {
        match rest.split_once(':') {
            Some((h, p)) => (h.to_string(), Some(p.to_string())),
            None => (rest.to_string(), Some(String::new())),
        }
    };
    let port = port.ok_or(Problem::NotAnOrigin)?;
    let host_ok = !host.is_empty()
        && (host.starts_with('[')
            || (host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                && !host.starts_with(['.', '-'])
                && !host.ends_with(['.', '-'])));
    let port_ok = port.is_empty() || (port.len() <= 5 && port.parse::<u32>().is_ok_and(|p| (1..=65535).contains(&p)));
    if !host_ok || !port_ok {
        return Err(Problem::NotAnOrigin);
    }
    let loopback = host == "localhost" || host == "127.0.0.1" || host == "[::1]";
    let default_port = match scheme {
        "https" => "443",
        "http" if loopback => "80",
        "http" => return Err(Problem::NotHttps),
        _ => return Err(Problem::NotAnOrigin),
    };
    let port = if port.is_empty() || port == default_port {
        String::new()
    } else {
        format!(":{}", port.trim_start_matches('0'))
    };
    Ok(format!("{scheme}://{host}{port}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast_with_white("#000000") - 21.0).abs() < 1e-9);
        assert!((contrast_with_white("#ffffff") - 1.0).abs() < 1e-9);
        // The app's own blue and a known borderline grey.
        assert!(contrast_with_white("#24527a") > 7.0);
        assert!(contrast_with_white("#767676") >= 4.5);
        assert!(contrast_with_white("#777777") < 4.5);
    }

    #[test]
    fn colours_are_normalised() {
        assert_eq!(parse_colour("#ABC").as_deref(), Some("#aabbcc"));
        assert_eq!(parse_colour("#24527A").as_deref(), Some("#24527a"));
        for bad in ["24527a", "#2452", "#gggggg", "", "#", "red"] {
            assert_eq!(parse_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn origins_are_normalised_like_the_browser() {
        let ok = |s: &str| normalise_origin(s).unwrap();
        assert_eq!(ok("https://WWW.Example.org"), "https://www.example.org");
        assert_eq!(ok("https://example.org:443"), "https://example.org");
        assert_eq!(ok("https://example.org:8443"), "https://example.org:8443");
        assert_eq!(ok("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(ok("http://localhost:80"), "http://localhost");
        assert_eq!(ok("http://[::1]:3000"), "http://[::1]:3000");
        assert_eq!(ok("self"), "self");
        assert_eq!(normalise_origin("http://example.org"), Err(Problem::NotHttps));
        for bad in [
            "https://example.org/",
            "https://example.org/path",
            "example.org",
            "https://",
            "https://user@example.org",
            "https://*.example.org",
            "ftp://example.org",
            "https://example.org:0",
            "https://example.org:99999",
            "https://example.org?x",
            "*",
            "null",
        ] {
            assert!(normalise_origin(bad).is_err(), "{bad} should be refused");
        }
    }

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

    #[test]
    fn logos_stay_inside_the_app_or_in_the_url() {
        let check = |s: &str| logo(&Value::String(s.into()), "organisation.logo");
        for good in [
            "icons/logo.svg",
            "logo.PNG",
            "org/a-b_c~1.webp",
            "data:image/png;base64,iVBORw0KGgo=",
            "data:image/svg+xml,%3Csvg%3E%3C/svg%3E",
        ] {
            assert!(check(good).is_ok(), "{good}");
        }
        for bad in [
            "https://cdn.example/logo.png",
            "//cdn.example/logo.png",
            "/logo.png",
            "../logo.png",
            "icons/../../logo.png",
            "logo.png?x=1",
            "logo.html",
            "javascript:alert(1)",
            "data:text/html,<script>",
            "data:image/png;base64,",
            "data:image/svg+xml,<svg onload=\"x\">",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
        let big = format!("data:image/png;base64,{}", "A".repeat(MAX_LOGO_BYTES));
        assert_eq!(check(&big).unwrap_err().problem, Problem::LogoTooLarge { max: MAX_LOGO_BYTES });
    }
}
