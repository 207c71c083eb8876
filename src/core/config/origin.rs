//! The allow-list of host pages' origins: normalised as browsers write `MessageEvent.origin`, so
//! a message's origin can be compared exactly and never by pattern.

use super::error::err;
use super::read::{array, string};
use super::{ConfigError, Problem, MAX_ORIGINS, SELF_ORIGIN};
use serde_json::Value;

pub(super) fn origins(v: &Value, path: &str) -> Result<Vec<String>, ConfigError> {
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
}
