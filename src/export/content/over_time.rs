//! The case over time: the timeline in words (shared with the screen), each review in full, and
//! the page of change (the circle then and now, the triangle's answers over every visit).

use super::{is_rtl, Block, Cell, Ctx, Figure, Table};
use crate::core::case::Case;
use crate::core::conversation::{filled, Whose};
use crate::core::ecomap::{changes, circle_visits};
use crate::core::instrument::Instrument;
use crate::core::plan::{review_counts, timeline, Moment};
use crate::core::travel::travel;
use crate::export::{chart, figure, sentences};
use crate::i18n::{Arg, I18n};

/// The timeline in words, oldest first: each filled-in triangle (whose it is, how many answers,
/// what changed since the visit before) and each review. The screen and the documents say the same.
pub fn timeline_lines(case: &Case, instruments: &[Instrument], i: &I18n) -> Vec<(crate::core::date::Date, String)> {
    let mut lines = Vec::new();
    for m in timeline(case) {
        match m {
            Moment::Assessment { assessment_id, date, .. } => {
                let Some(a) = case.assessments.iter().find(|a| a.id == assessment_id) else { continue };
                for f in filled(case, instruments, a) {
                    let mut text = match f.whose {
                        Whose::Family => i.t_args("timeline-assessment", &[("count", Arg::from(f.rated))]),
                        Whose::Own(p) => i.t_args(
                            "timeline-own",
                            &[("name", Arg::from(p.name.as_str())), ("count", Arg::from(f.rated))],
                        ),
                    };
                    if let Some((better, heavier)) = f.changes {
                        text.push(' ');
                        text.push_str(&i.t_args(
                            "timeline-changes",
                            &[("better", Arg::from(better)), ("heavier", Arg::from(heavier))],
                        ));
                    }
                    lines.push((date, text));
                }
            }
            Moment::Review { review_id, date, .. } => {
                let Some(r) = case.plan.reviews.iter().find(|r| r.id == review_id) else { continue };
                let (done, partly, not_done, open) = review_counts(case, r);
                let text = i.t_args(
                    "timeline-review",
                    &[
                        ("done", Arg::from(done)),
                        ("partly", Arg::from(partly)),
                        ("notdone", Arg::from(not_done)),
                        ("open", Arg::from(open)),
                    ],
                );
                lines.push((date, text));
            }
        }
    }
    lines
}

pub(super) fn history_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
    let case = cx.case;
    let moments = timeline(case);
    b.push(Block::Heading(cx.t("timeline-heading")));
    let lines: Vec<String> = timeline_lines(case, instruments, &cx.i)
        .into_iter()
        .map(|(d, text)| format!("{}: {text}", cx.date(d)))
        .collect();
    if lines.is_empty() {
        b.push(Block::Hint(cx.t("timeline-empty")));
        return;
    }
    b.push(Block::Bullets(lines));

    // Each review in full: per agreement how it went, why, and what now.
    for m in &moments {
        let Moment::Review { review_id, date, .. } = m else { continue };
        let Some(r) = case.plan.reviews.iter().find(|r| r.id == *review_id) else { continue };
        b.push(Block::Subheading(cx.ta("review-of", &[("date", Arg::from(cx.date(*date)))])));
        let rows: Vec<Vec<Cell>> = case
            .plan
            .agreements
            .iter()
            .filter_map(|a| r.item(&a.id).map(|i| (a, i)))
            .filter(|(_, i)| cx.full || i.outcome.is_some())
            .map(|(a, i)| {
                vec![
                    Cell::text(format!("{}: {}", cx.name(&a.who), a.what)),
                    Cell::text(i.outcome.map(|o| cx.t(&format!("outcome-{}", o.key()))).unwrap_or_default()),
                    Cell::text(i.why.clone()),
                    Cell::text(i.next.clone()),
                ]
            })
            .collect();
        if !rows.is_empty() {
            b.push(Block::Table(Table {
                header: vec![cx.t("plan-agreements"), cx.t("review-heading"), cx.t("review-why"), cx.t("review-next")],
                widths: vec![2.0, 1.0, 1.5, 1.5],
                rows,
            }));
        }
        let mut fields = Vec::new();
        if let Some(step) = r.support {
            fields.push((cx.t("review-support"), cx.t(&format!("review-support-{}", step.key()))));
        }
        if !r.note.trim().is_empty() {
            fields.push((cx.t("review-note"), r.note.clone()));
        }
        if !fields.is_empty() {
            b.push(Block::Fields(fields));
        }
    }
}

/// How many small charts the page of change holds.
const CHARTS_ON_PAGE: usize = 6;

/// One page of change over time, when there is more than one visit: the circle then and now in
/// one picture with its changes said, and the triangle's answers over every visit.
pub(super) fn change_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
    let case = cx.case;
    let rtl = is_rtl(cx);
    let circles = circle_visits(case);
    let mut blocks = Vec::new();
    if let [.., (then, before), (_, now)] = circles[..] {
        let (before, now) = (before.for_export(), now.for_export());
        blocks.push(Block::Para(cx.ta("eco-over-time-since", &[("date", Arg::from(cx.date(then.date)))])));
        let words = |k: &str| cx.t(k);
        let w = figure::CircleWords { centre: &cx.t("circle-centre"), words: &words, capitals: cx.capitals };
        let picture = figure::change_picture(&before, &now, &case.family_alias, &w);
        blocks.push(Block::Figure(figure::with_key(&picture, figure::change_key(&words), rtl)));
        let said = sentences::change_sentences(&cx.i, &before, &now, &changes(&before, &now));
        if said.is_empty() {
            blocks.push(Block::Para(cx.t("eco-change-none")));
        } else {
            blocks.push(Block::Bullets(said));
        }
    }
    for instrument in instruments {
        let dated = crate::core::travel::dated(case, instrument.id());
        if dated.len() < 2 {
            continue;
        }
        let ids: Vec<&str> = case.respondents().map(|p| p.id.as_str()).collect();
        let shown = instrument.theme_ids_for(case.way_of_working);
        let travelled = travel(instrument, &dated, &ids, &shown);
        let title = |id: &str| cx.theme_title(instrument, id).to_string();
        blocks.push(Block::Subheading(
            cx.ta("travel-heading", &[("title", Arg::from(instrument.def.title.get(cx.lang)))]),
        ));
        let grown: Vec<String> = travelled.grown().map(|t| title(&t.theme_id)).collect();
        blocks.push(Block::Para(if grown.is_empty() {
            cx.t("travel-grown-none")
        } else {
            cx.ta("travel-grown", &[("themes", Arg::from(grown.join(", ")))])
        }));
        let moved: Vec<_> = travelled.themes.iter().filter(|t| t.moved()).collect();
        if moved.is_empty() {
            blocks.push(Block::Hint(cx.t("travel-none-moved")));
            continue;
        }
        let visits: Vec<String> =
            travelled.dates.iter().enumerate().map(|(n, d)| format!("{} {}", n + 1, cx.date(*d))).collect();
        blocks.push(Block::Hint(format!("{} {}", cx.t("travel-hint"), visits.join(" · "))));
        let style = |id: &str| ids.iter().position(|x| *x == id).unwrap_or(0);
        let on_page = &moved[..moved.len().min(CHARTS_ON_PAGE)];
        let charts: Vec<Figure> = on_page
            .iter()
            .map(|t| {
                let n = travelled.dates.len();
                chart::travel_chart(instrument, t, n, &style, &|id| cx.name(id), cx.lang, &cx.t("travel-not-rated"))
            })
            .collect();
        // The key names everyone with a line on the page, in the order of their styles.
        let key: Vec<(usize, String)> = ids
            .iter()
            .enumerate()
            .filter(|(_, id)| on_page.iter().any(|t| t.tracks.iter().any(|k| k.participant_id == **id)))
            .map(|(i, id)| (i, cx.name(id)))
            .collect();
        let key = chart::tracks_key(&key, rtl);
        blocks.push(Block::Figure(chart::chart_grid(&charts, &key, 3, rtl)));
        if moved.len() > CHARTS_ON_PAGE {
            let rest: Vec<String> = moved[CHARTS_ON_PAGE..].iter().map(|t| title(&t.theme_id)).collect();
            blocks.push(Block::Para(cx.ta("travel-more", &[("themes", Arg::from(rest.join(", ")))])));
        }
    }
    if !blocks.is_empty() {
        b.push(Block::PageBreak);
        b.push(Block::Heading(cx.t("eco-over-time-heading")));
        b.extend(blocks);
    }
}
