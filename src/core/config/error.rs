//! Why a configuration is refused: a field's JSON path and the problem with it, so the
//! deployment's author and the host page's developer see exactly what to fix.

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

pub(super) fn err<T>(field: &str, problem: Problem) -> Result<T, ConfigError> {
    Err(ConfigError { field: field.to_string(), problem })
}
