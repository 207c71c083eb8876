//! Every limit in one place: how long a case's texts may be, how large a file may be, how many
//! items each of its lists may hold, and the same for the organisation's configuration.
//! `parse_case` refuses a file over a limit, `apply` refuses a change that would cross one, and
//! `schemas/case.schema.json` carries the same numbers as `maxItems` (a native test holds them
//! together).
//!
//! The list limits come from real use with a wide margin: a family rarely has more than a few
//! children and a dozen people at the table, a youth-health record spans some twenty visits over
//! the years, a plan holds a handful of goals and agreements. They exist so that an odd or hostile
//! file cannot make the app slow or unusable, never to cut a real family short.

use serde_json::Value;

/// Longest alias or name kept, in characters.
pub const MAX_NAME: usize = 80;
/// Longest note kept, in characters.
pub const MAX_NOTE: usize = 4000;

/// Largest case file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Longest single string accepted in a file, in characters.
pub const MAX_STRING: usize = 20_000;
/// Deepest nesting accepted (a case file needs about six levels).
pub const MAX_DEPTH: usize = 32;

/// Most children in one case.
pub const MAX_CHILDREN: usize = 12;
/// Most participants in one case (the comparison shows up to six side by side).
pub const MAX_PARTICIPANTS: usize = 12;
/// Most visits in one case: some twenty over a childhood is a lot.
pub const MAX_VISITS: usize = 200;
/// Most assessments in one case: a few per visit at the most.
pub const MAX_ASSESSMENTS: usize = 400;
/// Most answers in one assessment: twelve people on every one of the triangle's 21 themes give 252.
pub const MAX_ANSWERS: usize = 1000;
/// Most themes one need, one invitation or one instrument's list names (the triangle has 21).
pub const MAX_THEMES: usize = 200;
/// Most needs (matrix rows) in one case.
pub const MAX_NEEDS: usize = 200;
/// Most goals in one plan.
pub const MAX_GOALS: usize = 100;
/// Most agreements in one plan.
pub const MAX_AGREEMENTS: usize = 200;
/// Most reviews in one plan (at most one a visit in practice).
pub const MAX_REVIEWS: usize = 200;
/// Most invitations to answer on one's own phone kept in one case.
pub const MAX_INVITATIONS: usize = 200;
/// Most people in one network circle.
pub const MAX_PEOPLE: usize = 60;
/// Most relation lines in one circle: one to the family for everyone, and as many between people.
pub const MAX_TIES: usize = 2 * MAX_PEOPLE;
/// Most professionals one meeting can name: every participant and everyone in the circle.
pub const MAX_PROFESSIONALS: usize = MAX_PARTICIPANTS + MAX_PEOPLE;

/// Largest organisation configuration accepted (file or host message), in bytes.
pub const MAX_CONFIG_BYTES: usize = 256 * 1024;
/// Longest logo a configuration gives as a `data:` URL, in bytes.
pub const MAX_LOGO_BYTES: usize = 100 * 1024;
/// Longest configured text (safety next steps, what a local service does), in characters.
pub const MAX_CONFIG_TEXT: usize = 2000;
/// Most local services one configuration lists.
pub const MAX_SERVICES: usize = 50;
/// Most origins on a configuration's allow-list.
pub const MAX_ORIGINS: usize = 20;
/// Most instruments one configuration lists.
pub const MAX_INSTRUMENTS: usize = 20;

/// Longest text read as an invitation ticket or as sealed answers; longer is refused before decoding.
pub const MAX_COFILL_TEXT: usize = 512 * 1024;
/// Most parts one co-fill text may be split into (QR codes).
pub const MAX_CHUNKS: usize = 64;

/// A list of the case file that has a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Children,
    Participants,
    Visits,
    Consent,
    Assessments,
    /// The answers of one assessment.
    Answers,
    Needs,
    /// The themes one need names.
    NeedThemes,
    Goals,
    /// The needs one goal is for.
    GoalNeeds,
    Agreements,
    Confirmations,
    Reviews,
    /// The agreements one review goes through.
    ReviewItems,
    NetworkPeople,
    /// The kinds of support one network person offers.
    PersonTags,
    /// The relation lines of the circle.
    NetworkTies,
    /// The circles kept from earlier visits (one a visit).
    Circles,
    /// The people of one kept circle.
    KeptPeople,
    /// The relation lines of one kept circle.
    KeptTies,
    Invitations,
    /// The themes one invitation asks.
    InvitationThemes,
    /// The professionals' own views in their meeting (one each).
    TeamViews,
    /// The needs the meeting says who is involved in (one entry a need).
    TeamInvolved,
    /// The professionals involved in one need.
    InvolvedWho,
    /// The lines of the money overview (one an item).
    MoneyLines,
}

impl List {
    pub const ALL: [List; 26] = [
        Self::Children,
        Self::Participants,
        Self::Visits,
        Self::Consent,
        Self::Assessments,
        Self::Answers,
        Self::Needs,
        Self::NeedThemes,
        Self::Goals,
        Self::GoalNeeds,
        Self::Agreements,
        Self::Confirmations,
        Self::Reviews,
        Self::ReviewItems,
        Self::NetworkPeople,
        Self::PersonTags,
        Self::NetworkTies,
        Self::Circles,
        Self::KeptPeople,
        Self::KeptTies,
        Self::Invitations,
        Self::InvitationThemes,
        Self::TeamViews,
        Self::TeamInvolved,
        Self::InvolvedWho,
        Self::MoneyLines,
    ];

    /// The most items the list may hold.
    pub fn max(self) -> usize {
        use super::case::ConsentTopic;
        use super::network::Offer;
        match self {
            Self::Children => MAX_CHILDREN,
            Self::Participants => MAX_PARTICIPANTS,
            Self::Visits => MAX_VISITS,
            // One decision per topic, one confirmation per participant, one tag of each kind,
            // one review item per agreement: the lists' own rules already bound these.
            Self::Consent => ConsentTopic::ALL.len(),
            Self::Assessments => MAX_ASSESSMENTS,
            Self::Answers => MAX_ANSWERS,
            Self::Needs | Self::GoalNeeds => MAX_NEEDS,
            Self::NeedThemes | Self::InvitationThemes => MAX_THEMES,
            Self::Goals => MAX_GOALS,
            Self::Agreements | Self::ReviewItems => MAX_AGREEMENTS,
            Self::Confirmations => MAX_PARTICIPANTS,
            Self::Reviews => MAX_REVIEWS,
            Self::NetworkPeople | Self::KeptPeople => MAX_PEOPLE,
            Self::PersonTags => Offer::ALL.len(),
            Self::NetworkTies | Self::KeptTies => MAX_TIES,
            Self::Circles => MAX_VISITS,
            Self::Invitations => MAX_INVITATIONS,
            Self::TeamViews | Self::InvolvedWho => MAX_PROFESSIONALS,
            Self::TeamInvolved => MAX_NEEDS,
            Self::MoneyLines => super::money::Item::ALL.len(),
        }
    }

    /// Where the list is in the case file, as a path of field names; `*` is every item of the
    /// list before it. Also where the JSON Schema gives its `maxItems`.
    pub fn path(self) -> &'static [&'static str] {
        match self {
            Self::Children => &["children"],
            Self::Participants => &["participants"],
            Self::Visits => &["visits"],
            Self::Consent => &["consent"],
            Self::Assessments => &["assessments"],
            Self::Answers => &["assessments", "*", "answers"],
            Self::Needs => &["needs"],
            Self::NeedThemes => &["needs", "*", "themeIds"],
            Self::Goals => &["plan", "goals"],
            Self::GoalNeeds => &["plan", "goals", "*", "needIds"],
            Self::Agreements => &["plan", "agreements"],
            Self::Confirmations => &["plan", "confirmations"],
            Self::Reviews => &["plan", "reviews"],
            Self::ReviewItems => &["plan", "reviews", "*", "items"],
            Self::NetworkPeople => &["network", "people"],
            Self::PersonTags => &["network", "people", "*", "tags"],
            Self::NetworkTies => &["network", "ties"],
            Self::Circles => &["circles"],
            Self::KeptPeople => &["circles", "*", "network", "people"],
            Self::KeptTies => &["circles", "*", "network", "ties"],
            Self::Invitations => &["invitations"],
            Self::InvitationThemes => &["invitations", "*", "themeIds"],
            Self::TeamViews => &["team", "views"],
            Self::TeamInvolved => &["team", "involved"],
            Self::InvolvedWho => &["team", "involved", "*", "who"],
            Self::MoneyLines => &["money", "lines"],
        }
    }

    /// The path as one string, e.g. `assessments[].answers`.
    pub fn field(self) -> String {
        self.path().join(".").replace(".*", "[]")
    }

    /// The part of message keys that names the list (`list-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Children => "children",
            Self::Participants => "participants",
            Self::Visits => "visits",
            Self::Consent => "consent",
            Self::Assessments => "assessments",
            Self::Answers => "answers",
            Self::Needs => "needs",
            Self::NeedThemes => "needThemes",
            Self::Goals => "goals",
            Self::GoalNeeds => "goalNeeds",
            Self::Agreements => "agreements",
            Self::Confirmations => "confirmations",
            Self::Reviews => "reviews",
            Self::ReviewItems => "reviewItems",
            Self::NetworkPeople => "networkPeople",
            Self::PersonTags => "personTags",
            Self::NetworkTies => "networkTies",
            Self::Circles => "circles",
            Self::KeptPeople => "keptPeople",
            Self::KeptTies => "keptTies",
            Self::Invitations => "invitations",
            Self::InvitationThemes => "invitationThemes",
            Self::TeamViews => "teamViews",
            Self::TeamInvolved => "teamInvolved",
            Self::InvolvedWho => "involvedWho",
            Self::MoneyLines => "moneyLines",
        }
    }
}

/// A list longer than its limit: which, and how long the longest one found is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverLimit {
    pub list: List,
    pub found: usize,
}

/// The length of the longest list at `path` under `v` (0 where there is none).
fn longest(v: &Value, path: &[&str]) -> usize {
    match path.split_first() {
        None => v.as_array().map_or(0, Vec::len),
        Some((&"*", rest)) => v.as_array().map_or(0, |items| items.iter().map(|x| longest(x, rest)).max().unwrap_or(0)),
        Some((key, rest)) => v.get(*key).map_or(0, |x| longest(x, rest)),
    }
}

/// The first list of a case file (raw JSON, before it becomes a `Case`) that holds more items
/// than its limit. Runs before anything looks at the items, so a huge list costs only its count.
pub fn over_limit(case: &Value) -> Option<OverLimit> {
    List::ALL.iter().find_map(|&list| {
        let found = longest(case, list.path());
        (found > list.max()).then_some(OverLimit { list, found })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_the_longest_nested_list() {
        let v = json!({ "assessments": [ { "answers": [1, 2] }, { "answers": [1, 2, 3] }, {} ] });
        assert_eq!(longest(&v, List::Answers.path()), 3);
        assert_eq!(longest(&v, List::Assessments.path()), 3);
        assert_eq!(longest(&v, List::Goals.path()), 0);
        assert_eq!(over_limit(&v), None);
    }

    #[test]
    fn names_the_list_over_its_limit() {
        let v = json!({ "plan": { "goals": [ { "needIds": vec!["n"; MAX_NEEDS + 1] } ] } });
        assert_eq!(over_limit(&v), Some(OverLimit { list: List::GoalNeeds, found: MAX_NEEDS + 1 }));
        assert_eq!(List::GoalNeeds.field(), "plan.goals[].needIds");
    }

    #[test]
    fn keys_and_paths_are_distinct() {
        for (i, a) in List::ALL.iter().enumerate() {
            for b in &List::ALL[i + 1..] {
                assert_ne!(a.key(), b.key());
                assert_ne!(a.path(), b.path());
            }
        }
    }
}
