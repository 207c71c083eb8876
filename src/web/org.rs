//! The organisation's configuration in force, as every screen reads it (`Env::org`). Read and
//! merged by `web::embed`; the rules are `core::config`'s.

use crate::core::case::WayOfWorking;
use crate::core::config::{Config, ShareEvents};
use crate::i18n::Lang;

/// The configuration in force: the deployment's, or the deployment's merged with a host's.
#[derive(Clone, PartialEq, Default)]
pub struct Org {
    pub config: Config,
    /// Why `config.json` was not used (the app then runs with its own settings).
    pub problem: Option<String>,
    /// The origin of the host page that configured the app, if one did.
    pub host: Option<String>,
    /// The language to switch to now that this configuration arrived.
    pub(super) start_lang: Option<Lang>,
    /// Grows with every configuration taken, so the start language is applied once per message.
    pub(super) generation: u32,
}

impl Org {
    /// The organisation's name, when configured.
    pub fn name(&self) -> Option<&str> {
        self.config.settings.organisation.as_ref().map(|o| o.name.as_str())
    }
    pub fn logo(&self) -> Option<&str> {
        self.config.settings.organisation.as_ref().and_then(|o| o.logo.as_deref())
    }
    /// Whether the language switch offers this language.
    pub fn offers(&self, lang: Lang) -> bool {
        self.config.offers(lang)
    }
    /// Whether new answers may use this instrument (answers made before stay readable).
    pub fn instrument_enabled(&self, id: &str) -> bool {
        self.config.instrument_enabled(id)
    }
    /// The way of working a new case starts with, when the organisation chose one.
    pub fn way_of_working(&self) -> Option<WayOfWorking> {
        self.config.settings.way_of_working
    }
    /// The organisation's next steps after safety worries, when it wrote its own.
    pub fn safety_next_steps(&self, lang: Lang) -> Option<&str> {
        self.config.safety_next_steps(lang)
    }
    /// Whether a host page configured the app and may hear events.
    pub fn has_host(&self) -> bool {
        self.host.is_some() && self.config.share_events != ShareEvents::None
    }
}
