//! Why an action was refused.

use crate::core::case::ConsentTopic;
use crate::core::cofill::CoFillError;
use crate::core::limits::List;
use crate::core::money::MoneyError;
use crate::core::network::NetworkError;
use crate::core::team::TeamError;

/// Why an action was refused; the UI says each kind in plain words (`web::widgets::error_text`).
/// More kinds may come with new actions.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseError {
    /// A name (of a family, child, participant or goal) was empty after trimming.
    #[error("a name is required")]
    EmptyName,
    /// A text is longer than its limit.
    #[error("text is too long (at most {max} characters)")]
    TooLong { max: usize },
    /// The action names something the case does not have: the screen was out of date.
    #[error("no {0} with that id")]
    NotFound(&'static str),
    /// A new item got an id the case already uses: the screen made it twice.
    #[error("id {0:?} is already used")]
    DuplicateId(String),
    /// A list of the case is full (`core::limits`).
    #[error("too many {} (at most {})", .0.field(), .0.max())]
    TooMany(List),
    #[error("a child has a birth date or a due date, not both")]
    BirthAndDue,
    #[error("a birth date cannot be in the future (a child not born yet has a due date)")]
    BornInFuture,
    /// A note was written to a kind its theme does not ask for.
    #[error("{0} is not a note of that kind")]
    WrongNoteKind(&'static str),
    /// The circle refused (`core::network`).
    #[error(transparent)]
    Network(#[from] NetworkError),
    /// Answering apart refused (`core::cofill`).
    #[error(transparent)]
    CoFill(#[from] CoFillError),
    /// The money overview refused (`core::money`).
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// The professionals' meeting refused (`core::team`).
    #[error(transparent)]
    Team(#[from] TeamError),
    /// The person (named as the case knows them) still carries agreements of the plan: those
    /// change first, so nobody leaves with a promise nobody keeps.
    #[error("{name} still carries agreements of the plan")]
    CarriesAgreements { name: String },
    /// Someone who answered cannot become a role that does not answer: the answers would be orphaned.
    #[error("still in use by the answers")]
    InUse,
    /// The family has not given the consent this needs (for example contacting their network).
    #[error("the family has not consented to {0:?}")]
    NoConsent(ConsentTopic),
}
