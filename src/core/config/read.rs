//! The readers that turn the JSON of a `config.json` or a host's message into checked settings,
//! one field at a time, each refusal naming the field's path.

use super::error::err;
use super::{contrast_with_white, parse_colour, ConfigError, Problem};
use super::{Colours, Organisation, Service, Settings, MIN_CONTRAST};
use super::{MAX_CONFIG_BYTES, MAX_INSTRUMENTS, MAX_LOGO_BYTES, MAX_NAME, MAX_SERVICES, MAX_TEXT};
use crate::core::case::WayOfWorking;
use crate::core::instrument::Text;
use crate::core::lang::Lang;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub(super) fn parse_root(text: &str) -> Result<Map<String, Value>, ConfigError> {
    if text.len() > MAX_CONFIG_BYTES {
        return err("", Problem::TooLarge { max: MAX_CONFIG_BYTES });
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => err("", Problem::WrongType("an object")),
        Err(e) => err("", Problem::NotJson(e.to_string())),
    }
}

pub(super) fn settings(map: &Map<String, Value>) -> Result<Settings, ConfigError> {
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
            "screening, extended, multidisciplinary, newParents",
        )?);
    }
    if let Some(v) = map.get("safetyNextSteps") {
        s.safety_next_steps = Some(texts(v, "safetyNextSteps", MAX_TEXT)?);
    }
    if let Some(v) = map.get("services") {
        s.services = Some(services(v, "services")?);
    }
    if let Some(v) = map.get("moneyHelp") {
        s.money_help = Some(services(v, "moneyHelp")?);
    }
    Ok(s)
}

/// A list of local services (`services`, `moneyHelp`): a name, what they do, a phone, a web address.
fn services(v: &Value, key: &str) -> Result<Vec<Service>, ConfigError> {
    let items = array(v, key, MAX_SERVICES)?;
    let mut list = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("{key}[{i}]");
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
    Ok(list)
}

fn object<'a>(v: &'a Value, path: &str, keys: &[&str]) -> Result<&'a Map<String, Value>, ConfigError> {
    let Value::Object(map) = v else { return err(path, Problem::WrongType("an object")) };
    if let Some(k) = map.keys().find(|k| !keys.contains(&k.as_str())) {
        return err(&format!("{path}.{k}"), Problem::Unknown);
    }
    Ok(map)
}

pub(super) fn array<'a>(v: &'a Value, path: &str, max: usize) -> Result<&'a Vec<Value>, ConfigError> {
    let Value::Array(items) = v else { return err(path, Problem::WrongType("a list")) };
    if items.len() > max {
        return err(path, Problem::TooMany { max });
    }
    Ok(items)
}

pub(super) fn string<'a>(v: &'a Value, path: &str) -> Result<&'a str, ConfigError> {
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

pub(super) fn one_of<T: Copy>(
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

#[cfg(test)]
mod tests {
    use super::*;

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
