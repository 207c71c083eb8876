//! Files from outside (and records read back from storage): size and shape limits, migration,
//! then the case's own consistency checks. Never panics; every refusal has a kind the UI translates.

use super::case::{Case, FORMAT};
use super::date::Date;
use super::instrument::Instrument;
use super::limits::{over_limit, List, OverLimit, MAX_NAME, MAX_NOTE};
pub use super::limits::{MAX_DEPTH, MAX_FILE_BYTES, MAX_STRING};
use super::migrate::{migrate, MigrateError};
use super::plan::RHYTHMS;
use serde_json::Value;
use std::collections::BTreeSet;

/// Why a file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is not a Samenplan case file")]
    NotACase,
    #[error("nested deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("a text at {0} is longer than {MAX_STRING} characters")]
    StringTooLong(String),
    #[error("{} holds {found} items, more than its limit of {}", .list.field(), .list.max())]
    TooMany { list: List, found: usize },
    /// A child's birth date after the day the file is read: a child not yet born has a due date.
    #[error("children[{index}].birthDate {date} is in the future (a child not born yet has a dueDate)")]
    BornInFuture { index: usize, date: Date },
    #[error(transparent)]
    Version(#[from] MigrateError),
    #[error("the case file is not valid: {0}")]
    Invalid(String),
}

fn check_shape(v: &Value, path: &mut String, depth: usize) -> Result<(), ImportError> {
    if depth > MAX_DEPTH {
        return Err(ImportError::TooDeep);
    }
    match v {
        Value::String(s) if s.chars().count() > MAX_STRING => Err(ImportError::StringTooLong(path.clone())),
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, x)| {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            let r = check_shape(x, path, depth + 1);
            path.truncate(len);
            r
        }),
        Value::Object(map) => map.iter().try_for_each(|(k, x)| {
            let len = path.len();
            path.push('.');
            path.extend(k.chars().take(40));
            let r = check_shape(x, path, depth + 1);
            path.truncate(len);
            r
        }),
        _ => Ok(()),
    }
}

fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), ImportError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(ImportError::Invalid(format!("{what} id {id:?} is used twice")));
        }
    }
    Ok(())
}

/// Checks the references inside a case: unique ids, answers by known participants, and so on.
pub fn check_case(case: &Case) -> Result<(), ImportError> {
    let invalid = |s: String| Err(ImportError::Invalid(s));
    if case.id.trim().is_empty() || case.family_alias.trim().is_empty() {
        return invalid("id and familyAlias must not be empty".into());
    }
    // Whole milliseconds within a float's exact range: anything else would drift on every save.
    if !(0.0..=9_007_199_254_740_992.0).contains(&case.updated_ms) || case.updated_ms.fract() != 0.0 {
        return invalid("updatedMs must be a whole number of milliseconds".into());
    }
    unique("child", case.children.iter().map(|c| c.id.as_str()))?;
    unique("participant", case.participants.iter().map(|p| p.id.as_str()))?;
    unique("visit", case.visits.iter().map(|v| v.id.as_str()))?;
    unique("assessment", case.assessments.iter().map(|a| a.id.as_str()))?;
    let long = |s: &str, max: usize| s.chars().count() > max;
    if long(&case.family_alias, MAX_NAME) {
        return invalid(format!("familyAlias is longer than {MAX_NAME} characters"));
    }
    for c in &case.children {
        if c.birth_date.is_some() && c.due_date.is_some() {
            return invalid(format!("child {:?} has both birthDate and dueDate", c.id));
        }
        if c.alias.trim().is_empty() || long(&c.alias, MAX_NAME) {
            return invalid(format!("child {:?} alias must be 1 to {MAX_NAME} characters", c.id));
        }
    }
    for p in &case.participants {
        if p.name.trim().is_empty() || long(&p.name, MAX_NAME) {
            return invalid(format!("participant {:?} name must be 1 to {MAX_NAME} characters", p.id));
        }
    }
    let mut topics = BTreeSet::new();
    for c in &case.consent {
        if !topics.insert(c.topic.key()) {
            return invalid(format!("consent topic {:?} is given twice", c.topic.key()));
        }
    }
    for p in &case.participants {
        if let Some(cid) = &p.child_id {
            if !case.children.iter().any(|c| &c.id == cid) {
                return invalid(format!("participant {:?} names unknown child {cid:?}", p.id));
            }
        }
    }
    // One assessment per instrument per visit, as `apply` keeps it: which answers make a visit's
    // conversation is never decided by their order in the file.
    let mut per_visit = BTreeSet::new();
    for a in &case.assessments {
        if !case.visits.iter().any(|v| v.id == a.visit_id) {
            return invalid(format!("assessment {:?} names unknown visit {:?}", a.id, a.visit_id));
        }
        if !per_visit.insert((a.visit_id.as_str(), a.instrument_id.as_str())) {
            return invalid(format!(
                "visit {:?} has two assessments of instrument {:?} (assessments)",
                a.visit_id, a.instrument_id
            ));
        }
        let mut seen = BTreeSet::new();
        for ans in &a.answers {
            match case.participant(&ans.participant_id) {
                None => return invalid(format!("an answer names unknown participant {:?}", ans.participant_id)),
                Some(p) if !p.role.answers() => {
                    return invalid(format!("participant {:?} is a network member and gives no answers", p.id))
                }
                Some(_) => {}
            }
            if !seen.insert((ans.participant_id.as_str(), ans.theme_id.as_str())) {
                return invalid(format!(
                    "participant {:?} answers theme {:?} twice (answers)",
                    ans.participant_id, ans.theme_id
                ));
            }
            if long(&ans.going_well, MAX_NOTE) || long(&ans.worries, MAX_NOTE) {
                return invalid(format!("a note on {:?} is longer than {MAX_NOTE} characters", ans.theme_id));
            }
            if ans.level.is_some() && ans.skip.is_some() {
                return invalid(format!("answer on {:?} is both rated and skipped", ans.theme_id));
            }
        }
    }
    check_plan(case)?;
    super::ecomap::check_over_time(case).map_err(ImportError::Invalid)
}

/// The matrix and plan refer only to things the case has.
fn check_plan(case: &Case) -> Result<(), ImportError> {
    let invalid = |s: String| Err(ImportError::Invalid(s));
    let plan = &case.plan;
    unique("need", case.needs.iter().map(|n| n.id.as_str()))?;
    unique("goal", plan.goals.iter().map(|g| g.id.as_str()))?;
    unique("agreement", plan.agreements.iter().map(|a| a.id.as_str()))?;
    // An agreement's `who` is a participant or a network person: one id must not name both.
    if let Some(p) = case.network.people.iter().find(|p| case.participant(&p.id).is_some()) {
        return invalid(format!("network person id {:?} is also a participant id", p.id));
    }
    unique("review", plan.reviews.iter().map(|r| r.id.as_str()))?;
    for n in &case.needs {
        if !case.assessments.iter().any(|a| a.id == n.assessment_id) {
            return invalid(format!("need {:?} names unknown assessment {:?}", n.id, n.assessment_id));
        }
    }
    let text_ok = |s: &str| s.chars().count() <= MAX_NOTE;
    if ![&plan.strengths, &plan.backup].iter().all(|s| text_ok(s)) {
        return invalid(format!("a plan text is longer than {MAX_NOTE} characters"));
    }
    for n in &case.needs {
        if n.theme_ids.is_empty() {
            return invalid(format!("need {:?} names no theme", n.id));
        }
    }
    for g in &plan.goals {
        if g.text.trim().is_empty() || !text_ok(&g.text) {
            return invalid(format!("goal {:?} text must be 1 to {MAX_NOTE} characters", g.id));
        }
        if let Some(n) = g.need_ids.iter().find(|n| !case.needs.iter().any(|x| &&x.id == n)) {
            return invalid(format!("goal {:?} names unknown need {n:?}", g.id));
        }
    }
    for a in &plan.agreements {
        if a.what.trim().is_empty() || !text_ok(&a.what) || !text_ok(&a.when) {
            return invalid(format!("agreement {:?} what must be 1 to {MAX_NOTE} characters", a.id));
        }
        if case.participant(&a.who).is_none() && case.network.person(&a.who).is_none() {
            return invalid(format!(
                "agreement {:?} names unknown participant or network person {:?} (who)",
                a.id, a.who
            ));
        }
        if let Some(g) = a.goal_id.as_ref().filter(|g| !plan.goals.iter().any(|x| &&x.id == g)) {
            return invalid(format!("agreement {:?} names unknown goal {g:?}", a.id));
        }
    }
    unique("confirmation participant", plan.confirmations.iter().map(|c| c.participant_id.as_str()))?;
    for c in &plan.confirmations {
        if case.participant(&c.participant_id).is_none() {
            return invalid(format!("a confirmation names unknown participant {:?}", c.participant_id));
        }
    }
    for r in &plan.reviews {
        if !case.visits.iter().any(|v| v.id == r.visit_id) {
            return invalid(format!("review {:?} names unknown visit {:?}", r.id, r.visit_id));
        }
        unique("review item agreement", r.items.iter().map(|i| i.agreement_id.as_str()))?;
        if !text_ok(&r.note) || r.items.iter().any(|i| !text_ok(&i.why) || !text_ok(&i.next)) {
            return invalid(format!("review {:?} has a text longer than {MAX_NOTE} characters", r.id));
        }
        if let Some(i) = r.items.iter().find(|i| !plan.agreements.iter().any(|a| a.id == i.agreement_id)) {
            return invalid(format!("review {:?} names unknown agreement {:?}", r.id, i.agreement_id));
        }
    }
    if let Some(m) = plan.rhythm_months.filter(|m| !RHYTHMS.contains(m)) {
        return invalid(format!("a check every {m} months is not one of {RHYTHMS:?} (plan.rhythmMonths)"));
    }
    super::money::check(&case.money).map_err(|e| ImportError::Invalid(format!("{e} (money.lines)")))
}

/// What only the day a file arrives can tell: no child is born after `today`. Records read back
/// from this device's storage skip it (a clock set back must not make a saved family unreadable);
/// files from outside pass it after [`parse_case`].
pub fn check_arrival(case: &Case, today: Date) -> Result<(), ImportError> {
    match case.children.iter().enumerate().find_map(|(i, c)| c.birth_date.filter(|b| *b > today).map(|d| (i, d))) {
        Some((index, date)) => Err(ImportError::BornInFuture { index, date }),
        None => Ok(()),
    }
}

/// Reads a case file: limits, format marker, migration, types, consistency.
pub fn parse_case(text: &str) -> Result<Case, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { max: MAX_FILE_BYTES });
    }
    // serde_json stops at 128 levels by itself, so hostile nesting cannot exhaust the stack.
    let mut value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    check_shape(&value, &mut String::from("$"), 0)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotACase);
    }
    migrate(&mut value)?;
    // Counted before the items are read, so a huge list is refused for the cost of its length.
    if let Some(OverLimit { list, found }) = over_limit(&value) {
        return Err(ImportError::TooMany { list, found });
    }
    let case: Case = serde_json::from_value(value).map_err(|e| ImportError::Invalid(e.to_string()))?;
    check_case(&case)?;
    Ok(case)
}

/// Why some answers cannot be shown on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unshown {
    /// No loaded instrument has the assessment's instrument id.
    Instrument,
    /// The instrument has no themes with these ids.
    Themes(Vec<String>),
    /// The instrument's scale has no levels with these ids (on themes it does have).
    Levels(Vec<String>),
}

/// Answers of one assessment that cannot be shown, and why. They stay in the case as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnshownAnswers {
    pub assessment_id: String,
    /// The date of the assessment's visit.
    pub visit_date: Option<Date>,
    pub instrument_id: String,
    pub why: Unshown,
    /// How many answers.
    pub count: usize,
}

/// Every answer the loaded instruments cannot show: of an instrument this device does not have,
/// on a theme its instrument does not have, or with a level its scale does not have. A file from
/// another organisation or an older instrument may hold them; they are kept, never dropped, and
/// the case screen says which they are. Oldest visit first.
pub fn unshown_answers(case: &Case, instruments: &[Instrument]) -> Vec<UnshownAnswers> {
    let visit_date = |id: &str| case.visits.iter().find(|v| v.id == id).map(|v| v.date);
    let mut assessments: Vec<_> = case.assessments.iter().filter(|a| !a.answers.is_empty()).collect();
    // Stable: assessments of one visit keep their order.
    assessments.sort_by_key(|a| visit_date(&a.visit_id));
    let mut out = Vec::new();
    for a in assessments {
        let entry = |why, count| UnshownAnswers {
            assessment_id: a.id.clone(),
            visit_date: visit_date(&a.visit_id),
            instrument_id: a.instrument_id.clone(),
            why,
            count,
        };
        let Some(instrument) = instruments.iter().find(|i| i.id() == a.instrument_id) else {
            out.push(entry(Unshown::Instrument, a.answers.len()));
            continue;
        };
        let known: BTreeSet<&str> = instrument.themes().map(|(_, t)| t.id.as_str()).collect();
        let (mut themes, mut levels) = (Vec::new(), Vec::new());
        let (mut on_themes, mut with_levels) = (0, 0);
        for ans in &a.answers {
            if !known.contains(ans.theme_id.as_str()) {
                on_themes += 1;
                if !themes.contains(&ans.theme_id) {
                    themes.push(ans.theme_id.clone());
                }
            } else if let Some(l) = ans.level.as_ref().filter(|l| instrument.level(l).is_none()) {
                with_levels += 1;
                if !levels.contains(l) {
                    levels.push(l.clone());
                }
            }
        }
        if on_themes > 0 {
            out.push(entry(Unshown::Themes(themes), on_themes));
        }
        if with_levels > 0 {
            out.push(entry(Unshown::Levels(levels), with_levels));
        }
    }
    out
}
