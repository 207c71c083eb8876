//! The professionals' team, only in the multidisciplinary way of working: the coordinator,
//! each professional's view, and who is involved in each need.

use super::{Block, Ctx};
use crate::core::case::WayOfWorking;
use crate::core::instrument::Instrument;
use crate::core::matrix::Need;
use crate::core::team;
use crate::i18n::Arg;

/// A need in words: its themes' titles, from the instrument its assessment used, else from any
/// instrument that has the theme (a young person's own theme that became a need of its own).
fn need_title(cx: &Ctx, instruments: &[Instrument], need: &Need) -> String {
    let own = cx
        .case
        .assessments
        .iter()
        .find(|a| a.id == need.assessment_id)
        .and_then(|a| instruments.iter().find(|i| i.id() == a.instrument_id));
    let title = |t: &String| {
        own.into_iter()
            .chain(instruments)
            .find(|i| i.theme(t).is_some())
            .map_or_else(|| t.clone(), |i| cx.theme_title(i, t).to_string())
    };
    need.theme_ids.iter().map(title).collect::<Vec<_>>().join(", ")
}

/// The multidisciplinary way of working: the coordinator, each professional's view, and per
/// need who is already involved.
pub(super) fn team_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
    let case = cx.case;
    if case.way_of_working != WayOfWorking::Multidisciplinary {
        return;
    }
    let pros = team::professionals(case);
    if pros.is_empty() && case.team.is_empty() {
        return;
    }
    let name = |id: &str| pros.iter().find(|(p, _)| p == id).map(|(_, n)| n.clone()).unwrap_or_default();
    let t = &case.team;
    b.push(Block::Heading(cx.t("team-heading")));
    b.push(Block::Para(match &t.coordinator {
        Some(c) => cx.ta("team-coordinator-named", &[("name", Arg::from(name(c)))]),
        None => cx.t("team-coordinator-none"),
    }));
    if !t.views.is_empty() {
        b.push(Block::Subheading(cx.t("team-views")));
        b.push(Block::Bullets(t.views.iter().map(|v| format!("{}: {}", name(&v.who), v.text)).collect()));
    }
    if !case.needs.is_empty() {
        b.push(Block::Subheading(cx.t("team-involved")));
        b.push(Block::Bullets(
            case.needs
                .iter()
                .map(|n| {
                    let who: Vec<String> = t.involved_in(&n.id).iter().map(|w| name(w)).collect();
                    let who = if who.is_empty() { cx.t("team-involved-none") } else { who.join(", ") };
                    format!("{}: {who}", need_title(cx, instruments, n))
                })
                .collect(),
        ));
    }
}
