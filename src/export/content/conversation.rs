//! What the family said at the visit: strengths, the triangle, how the voices compare, the
//! young people's own notes, and the needs (the detailed matrix only in the full record).

use super::{Block, Cell, Ctx, Swatch, Table};
use crate::core::assessment::{compare, Agreement as Agree, Position, Skip};
use crate::core::conversation::{Conversation, Part};
use crate::core::instrument::Instrument;
use crate::core::matrix::{need_rows, strengths_near, Need, Raised};
use crate::export::figure::{self, Rgb};
use crate::i18n::Arg;

pub(super) fn strengths_section(cx: &Ctx, b: &mut Vec<Block>, conv: Option<&Conversation>) {
    let mut blocks = Vec::new();
    if !cx.case.plan.strengths.trim().is_empty() {
        blocks.push(Block::Para(cx.case.plan.strengths.clone()));
    }
    if let Some(conv) = conv {
        // Every voice's strengths, with who named them.
        let lines: Vec<String> = conv.strengths().iter().map(|v| cx.voices_line(v)).collect();
        if !lines.is_empty() {
            blocks.push(Block::Bullets(lines));
        }
        let notes: Vec<String> = conv
            .answers()
            .iter()
            .filter(|s| !s.answer.going_well.trim().is_empty())
            .map(|s| {
                format!("{} · {}: {}", s.theme.title.get(cx.lang), cx.voice(s.participant, s.own), s.answer.going_well)
            })
            .collect();
        if !notes.is_empty() {
            blocks.push(Block::Subheading(cx.t("note-going-well")));
            blocks.push(Block::Bullets(notes));
        }
    }
    if !blocks.is_empty() {
        b.push(Block::Heading(cx.t("plan-strengths")));
        b.extend(blocks);
    }
}

fn level_swatch(level: &crate::core::instrument::Level) -> Swatch {
    Swatch { fill: Rgb::parse(&level.colour), marker: Some(level.marker), dashed: false }
}

fn skipped_swatch() -> Swatch {
    Swatch { fill: Rgb::WHITE, marker: None, dashed: true }
}

fn open_swatch() -> Swatch {
    Swatch { fill: Rgb::LIGHT, marker: None, dashed: false }
}

pub(super) fn triangle_section(cx: &Ctx, b: &mut Vec<Block>, conv: &Conversation) {
    b.push(Block::Heading(cx.t("step-triangle")));
    if let Some(f) = conv.family {
        let shown = f.instrument.theme_ids_for(cx.case.way_of_working);
        if !conv.own.is_empty() {
            b.push(Block::Subheading(cx.t("whose-family")));
        }
        b.push(Block::Figure(figure::triangle(f.instrument, f.assessment, &shown, cx.lang)));
    }
    // Each young person's own triangle beside the family's, titled with their name.
    for o in &conv.own {
        let age = cx.case.years_of(&o.participant.id, conv.visit.date);
        let shown = o.instrument.theme_ids_for_age(cx.case.way_of_working, age);
        b.push(Block::Subheading(cx.ta("whose-own", &[("name", Arg::from(o.participant.name.as_str()))])));
        b.push(Block::Figure(figure::triangle(o.instrument, &o.answers_only(), &shown, cx.lang)));
    }
    let Some(instrument) = conv.family.map(|f| f.instrument).or(conv.own.first().map(|o| o.instrument)) else { return };
    let mut legend: Vec<(Swatch, String)> =
        instrument.def.scale.iter().map(|l| (level_swatch(l), l.label.get(cx.lang).to_string())).collect();
    // One mark for a theme set aside either way: the legend names both ways.
    legend.push((skipped_swatch(), format!("{} / {}", cx.t("skip-not-discussed"), cx.t("skip-later"))));
    legend.push((open_swatch(), cx.t("answer-open")));
    b.push(Block::Hint(cx.t("legend-label")));
    b.push(Block::Legend(legend));
}

fn position_cell(cx: &Ctx, instrument: &Instrument, p: &Position) -> Cell {
    match p {
        Position::Rated { level, .. } => match instrument.level(level) {
            Some(l) => Cell { text: l.label.get(cx.lang).to_string(), swatch: Some(level_swatch(l)) },
            None => Cell::text(cx.t("answer-open")),
        },
        Position::Skipped(s) => Cell {
            text: cx.t(if *s == Skip::Later { "skip-later" } else { "skip-not-discussed" }),
            swatch: Some(skipped_swatch()),
        },
        Position::Open => Cell { text: cx.t("answer-open"), swatch: Some(open_swatch()) },
    }
}

pub(super) fn perspectives_section(cx: &Ctx, b: &mut Vec<Block>, family: Part) {
    let (assessment, instrument) = (family.assessment, family.instrument);
    // Everyone who answers and said something on this assessment.
    let respondents: Vec<_> =
        cx.case.respondents().filter(|p| assessment.answers.iter().any(|a| a.participant_id == p.id)).collect();
    let shown = instrument.theme_ids_for(cx.case.way_of_working);
    let ids: Vec<&str> = respondents.iter().map(|p| p.id.as_str()).collect();
    let rows = compare(instrument, assessment, &shown, &ids);
    let differ = rows.iter().filter(|r| matches!(r.agreement, Agree::Differ { .. })).count();
    let listed: Vec<_> = rows
        .iter()
        .filter(|r| {
            if cx.full {
                r.positions.iter().any(|(_, p)| *p != Position::Open)
            } else {
                matches!(r.agreement, Agree::Differ { .. })
            }
        })
        .collect();
    if respondents.len() < 2 && !cx.full {
        return;
    }
    b.push(Block::Heading(cx.t("compare-heading")));
    b.push(Block::Hint(cx.t("compare-hint")));
    let rated = rows.iter().any(|r| r.positions.iter().any(|(_, p)| matches!(p, Position::Rated { .. })));
    if !rated {
        b.push(Block::Para(cx.t("compare-nothing-yet")));
    } else if respondents.len() >= 2 {
        b.push(Block::Para(cx.ta("compare-count", &[("count", Arg::from(differ))])));
    }
    if !listed.is_empty() {
        let mut header = vec![cx.t("compare-theme")];
        header.extend(respondents.iter().map(|p| p.name.clone()));
        let mut widths = vec![1.4];
        widths.extend(respondents.iter().map(|_| 1.0));
        if cx.full {
            header.push(cx.t("compare-together"));
            widths.push(1.0);
        }
        let table_rows = listed
            .iter()
            .map(|r| {
                let mut row = vec![Cell::text(cx.theme_title(instrument, &r.theme_id))];
                row.extend(r.positions.iter().map(|(_, p)| position_cell(cx, instrument, p)));
                if cx.full {
                    row.push(Cell::text(cx.t(match r.agreement {
                        Agree::NoneRated => "agree-none",
                        Agree::Single => "agree-single",
                        Agree::Same => "agree-same",
                        Agree::Differ { spread } if spread >= 2 => "agree-differ-much",
                        Agree::Differ { .. } => "agree-differ",
                    })));
                }
                row
            })
            .collect();
        b.push(Block::Table(Table { header, widths, rows: table_rows }));
    }
    if cx.full {
        // Every note as written, per theme.
        for (_, th) in instrument.themes() {
            let mut lines = Vec::new();
            for p in &respondents {
                let Some(a) = assessment.answer(&p.id, &th.id) else { continue };
                if !a.going_well.trim().is_empty() {
                    lines.push(format!("{} · {} {}", p.name, cx.t("note-going-well"), a.going_well));
                }
                if !a.worries.trim().is_empty() {
                    lines.push(format!("{} · {} {}", p.name, cx.t("note-worries"), a.worries));
                }
                if a.fits_age {
                    lines.push(format!("{} · {}", p.name, cx.t("note-fits-age")));
                }
                if a.outside_control {
                    lines.push(format!("{} · {}", p.name, cx.t("note-outside-control")));
                }
            }
            if !lines.is_empty() {
                b.push(Block::Subheading(th.title.get(cx.lang).to_string()));
                b.push(Block::Bullets(lines));
            }
        }
    }
}

/// The plain-language sentence for a need (as the plan screen says it).
fn need_summary(cx: &Ctx, conv: &Conversation, need: &Need) -> String {
    let titles: Vec<String> = need.theme_ids.iter().map(|t| conv.theme_title(t, cx.lang)).collect();
    let support = need.support.map(|s| cx.t(&format!("support-said-{}", s.key()))).unwrap_or_default();
    cx.ta(
        "need-summary",
        &[
            ("themes", Arg::from(titles.join(", "))),
            ("severity", Arg::from(cx.t(&format!("severity-said-{}", need.severity.key())))),
            ("urgency", Arg::from(cx.t(&format!("urgency-said-{}", need.urgency.key())))),
            ("support", Arg::from(support)),
        ],
    )
}

/// The young people's own notes (the record): per person, per theme, as written.
pub(super) fn own_notes_section(cx: &Ctx, b: &mut Vec<Block>, conv: &Conversation) {
    if !cx.full {
        return;
    }
    for o in &conv.own {
        let mut lines = Vec::new();
        for (_, th) in o.instrument.themes() {
            let Some(a) = o.assessment.answer(&o.participant.id, &th.id) else { continue };
            let title = th.title.get(cx.lang);
            if !a.going_well.trim().is_empty() {
                lines.push(format!("{title} · {} {}", cx.t("note-going-well"), a.going_well));
            }
            if !a.worries.trim().is_empty() {
                lines.push(format!("{title} · {} {}", cx.t("note-worries"), a.worries));
            }
        }
        if !lines.is_empty() {
            b.push(Block::Subheading(cx.ta("whose-own", &[("name", Arg::from(o.participant.name.as_str()))])));
            b.push(Block::Bullets(lines));
        }
    }
}

pub(super) fn needs_section(cx: &Ctx, b: &mut Vec<Block>, conv: &Conversation) {
    let rows = need_rows(conv);
    let with_voices = |text: String, raised: &[Raised]| match cx.raised_by(raised) {
        Some(by) => format!("{text} {by}"),
        None => text,
    };
    if !cx.full {
        b.push(Block::Heading(cx.t("plan-needs")));
        if rows.is_empty() {
            b.push(Block::Para(cx.t("plan-no-needs")));
        } else {
            b.push(Block::Bullets(
                rows.iter().map(|r| with_voices(need_summary(cx, conv, &r.need), &r.raised_by)).collect(),
            ));
        }
        return;
    }
    b.push(Block::Heading(cx.t("matrix-heading")));
    if rows.is_empty() {
        b.push(Block::Para(cx.t("matrix-none")));
        return;
    }
    if rows.iter().any(|r| r.safety) {
        let text = cx.safety_next_steps.clone().unwrap_or_else(|| cx.t("safety-next-steps"));
        b.push(Block::Note { title: cx.t("safety-heading"), text });
    }
    let header = vec![
        cx.t("matrix-need"),
        cx.t("severity-legend"),
        cx.t("urgency-legend"),
        cx.t("support-legend"),
        cx.t("need-strengths"),
    ];
    let table_rows = rows
        .iter()
        .map(|r| {
            let n = &r.need;
            let first = n.theme_ids.first().map(String::as_str).unwrap_or("");
            let mut what = conv.theme_title(first, cx.lang);
            let others: Vec<String> = n.theme_ids.iter().skip(1).map(|t| conv.theme_title(t, cx.lang)).collect();
            what.push_str(&format!(
                " ({})",
                cx.t(if n.theme_ids.len() > 1 { "nature-several" } else { "nature-single" })
            ));
            if !others.is_empty() {
                what.push_str(&format!(". {}", cx.ta("need-also", &[("themes", Arg::from(others.join(", ")))])));
            }
            if !r.agreed {
                what.push_str(&format!(". {}", cx.t("need-proposal")));
            }
            if let Some(by) = cx.raised_by(&r.raised_by) {
                what.push_str(&format!(". {by}"));
            }
            let near: Vec<String> = strengths_near(conv, first).iter().map(|v| cx.voices_line(v)).collect();
            vec![
                Cell::text(what),
                Cell::text(cx.t(&format!("severity-{}", n.severity.key()))),
                Cell::text(cx.t(&format!("urgency-{}", n.urgency.key()))),
                Cell::text(
                    n.support.map(|s| cx.t(&format!("support-{}", s.key()))).unwrap_or_else(|| cx.t("support-open")),
                ),
                Cell::text(if near.is_empty() { cx.t("need-strengths-none") } else { near.join("; ") }),
            ]
        })
        .collect();
    b.push(Block::Table(Table { header, widths: vec![1.8, 0.8, 0.9, 1.2, 1.3], rows: table_rows }));
}
