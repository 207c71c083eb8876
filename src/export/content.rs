//! The case as a document: what the PDF (and the print view) says, in which order, in the chosen
//! language. Strengths come first; the family's version leaves out the professional's guidance
//! (safety next steps), the detailed matrix and the record-keeping (visits, consent).

use super::figure::{self, Figure, Rgb};
use super::{DocOptions, Version};
use crate::core::assessment::{change, compare, Agreement as Agree, Assessment, Change, Position, Skip};
use crate::core::case::{Case, ChildAge};
use crate::core::instrument::{Instrument, Marker};
use crate::core::matrix::{current_assessment, need_rows, strengths, strengths_near, Need};
use crate::core::network::{who_name, MeetingRole};
use crate::core::plan::{ordered_agreements, review_counts, timeline, Carrier, Moment};
use crate::i18n::{Arg, I18n};

/// A small sign before a table cell or legend entry: a level's colour and marker, or a plain ring.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Swatch {
    pub fill: Rgb,
    pub marker: Option<Marker>,
    pub dashed: bool,
}

/// One table cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    pub swatch: Option<Swatch>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), swatch: None }
    }
}

/// A table: a header row, relative column widths, and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub widths: Vec<f32>,
    pub rows: Vec<Vec<Cell>>,
}

/// One piece of the document, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The cover's big title.
    Title(String),
    /// A section; starts a new page when less than a few lines are left.
    Heading(String),
    Subheading(String),
    Para(String),
    /// Smaller, grey: explanations.
    Hint(String),
    Bullets(Vec<String>),
    /// "Label: value" lines.
    Fields(Vec<(String, String)>),
    /// A key to colours and markers.
    Legend(Vec<(Swatch, String)>),
    Table(Table),
    Figure(Figure),
    /// A framed note with a title (the safety next steps).
    Note {
        title: String,
        text: String,
    },
}

/// The whole document with its metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The PDF's title (metadata).
    pub title: String,
    /// Which version, in words (metadata subject, cover, footer).
    pub subject: String,
    /// BCP 47 code of the document's language.
    pub lang: &'static str,
    /// The language reads right to left (Arabic): the pages are laid out mirrored.
    pub rtl: bool,
    /// Printed at the bottom of every page, before the page number.
    pub footer: String,
    pub blocks: Vec<Block>,
}

struct Ctx<'a> {
    case: &'a Case,
    i: I18n,
    lang: &'static str,
    full: bool,
    today: crate::core::date::Date,
    safety_next_steps: Option<String>,
    capitals: fn(&str) -> String,
}

impl Ctx<'_> {
    fn t(&self, key: &str) -> String {
        self.i.t(key)
    }
    fn ta(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.i.t_args(key, args)
    }
    fn date(&self, d: crate::core::date::Date) -> String {
        self.i.date(d)
    }
    /// A participant's or a network person's name.
    fn name(&self, id: &str) -> String {
        who_name(self.case, id).unwrap_or_default()
    }
    fn theme_title<'b>(&self, instrument: &'b Instrument, id: &str) -> &'b str {
        instrument.theme(id).map(|(_, t)| t.title.get(self.lang)).unwrap_or("")
    }
}

/// Builds the document for one version of the plan.
pub fn document(case: &Case, instruments: &[Instrument], opts: &DocOptions) -> Document {
    // Answers marked "only for our conversation" are never printed.
    let printable = case.for_print();
    let case = &printable;
    let i = I18n::for_lang(opts.lang);
    let lang = opts.lang.code();
    let cx = Ctx {
        case,
        i,
        lang,
        full: opts.version == Version::Full,
        today: opts.today,
        safety_next_steps: opts.safety_next_steps.clone().filter(|s| !s.trim().is_empty()),
        capitals: opts.capitals,
    };
    let subject = cx.t(match opts.version {
        Version::Family => "export-family-title",
        Version::Full => "export-full-title",
    });
    let title = cx.ta("plan-heading", &[("family", Arg::from(case.family_alias.as_str()))]);
    let mut b = Vec::new();
    cover(&cx, &mut b, &title, &subject);
    let assessed = current_assessment(case, instruments);
    strengths_section(&cx, &mut b, assessed);
    if let Some((assessment, instrument)) = assessed {
        triangle_section(&cx, &mut b, assessment, instrument);
        perspectives_section(&cx, &mut b, assessment, instrument);
        needs_section(&cx, &mut b, assessment, instrument);
    }
    circle_section(&cx, &mut b);
    plan_section(&cx, &mut b, assessed);
    history_section(&cx, &mut b, instruments);
    Document {
        title: format!("{title} · {subject}"),
        footer: format!("{} · {subject}", case.family_alias),
        subject,
        lang,
        rtl: opts.lang.rtl(),
        blocks: b,
    }
}

fn cover(cx: &Ctx, b: &mut Vec<Block>, title: &str, subject: &str) {
    let case = cx.case;
    b.push(Block::Title(title.to_string()));
    b.push(Block::Subheading(subject.to_string()));
    b.push(Block::Hint(cx.ta("export-made-on", &[("date", Arg::from(cx.date(cx.today)))])));
    let mut fields = vec![(cx.t("way-legend"), cx.t(&format!("way-{}", case.way_of_working.key())))];
    fields.push((cx.t("purpose-legend"), cx.t(&format!("purpose-{}", case.purpose.key()))));
    b.push(Block::Fields(fields));
    if !case.children.is_empty() {
        b.push(Block::Subheading(cx.t("children-heading")));
        b.push(Block::Bullets(
            case.children
                .iter()
                .map(|c| {
                    let age = match c.age_on(cx.today) {
                        ChildAge::Born(a) if a.years == 0 => cx.ta("age-months", &[("months", Arg::from(a.months))]),
                        ChildAge::Born(a) => cx.ta("age-years", &[("years", Arg::from(a.years))]),
                        ChildAge::Expected { weeks_to_go } => {
                            cx.ta("age-expected", &[("weeks", Arg::from(weeks_to_go))])
                        }
                        ChildAge::Unknown => cx.t("age-unknown"),
                    };
                    format!("{} · {age}", c.alias)
                })
                .collect(),
        ));
    }
    if !case.participants.is_empty() {
        b.push(Block::Subheading(cx.t("participants-heading")));
        b.push(Block::Bullets(
            case.participants
                .iter()
                .map(|p| format!("{} · {}", p.name, cx.t(&format!("role-{}", p.role.key()))))
                .collect(),
        ));
    }
    if cx.full {
        if !case.visits.is_empty() {
            b.push(Block::Subheading(cx.t("visits-heading")));
            b.push(Block::Bullets(
                case.visits_by_date()
                    .iter()
                    .enumerate()
                    .map(|(n, v)| {
                        format!(
                            "{}: {} · {}",
                            cx.ta("visit-label", &[("number", Arg::from(n + 1))]),
                            cx.date(v.date),
                            cx.t(&format!("purpose-{}", v.purpose.key()))
                        )
                    })
                    .collect(),
            ));
        }
        if !case.consent.is_empty() {
            b.push(Block::Subheading(cx.t("consent-heading")));
            b.push(Block::Bullets(
                case.consent
                    .iter()
                    .map(|c| {
                        let when = cx.ta(
                            if c.given { "consent-given-on" } else { "consent-refused-on" },
                            &[("date", Arg::from(cx.date(c.date)))],
                        );
                        format!("{} {when}", cx.t(&format!("consent-{}", c.topic.key())))
                    })
                    .collect(),
            ));
        }
    } else {
        b.push(Block::Para(cx.t("export-keep")));
    }
}

fn strengths_section(cx: &Ctx, b: &mut Vec<Block>, assessed: Option<(&Assessment, &Instrument)>) {
    let mut blocks = Vec::new();
    if !cx.case.plan.strengths.trim().is_empty() {
        blocks.push(Block::Para(cx.case.plan.strengths.clone()));
    }
    if let Some((assessment, instrument)) = assessed {
        let titles: Vec<String> =
            strengths(instrument, assessment).iter().map(|t| cx.theme_title(instrument, t).to_string()).collect();
        if !titles.is_empty() {
            blocks.push(Block::Bullets(titles));
        }
        let notes: Vec<String> = instrument
            .themes()
            .flat_map(|(_, th)| {
                assessment
                    .answers
                    .iter()
                    .filter(move |a| a.theme_id == th.id && !a.going_well.trim().is_empty())
                    .map(move |a| (th, a))
            })
            .map(|(th, a)| format!("{} · {}: {}", th.title.get(cx.lang), cx.name(&a.participant_id), a.going_well))
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

fn triangle_section(cx: &Ctx, b: &mut Vec<Block>, assessment: &Assessment, instrument: &Instrument) {
    let shown = instrument.theme_ids_for(cx.case.way_of_working);
    b.push(Block::Heading(cx.t("step-triangle")));
    b.push(Block::Figure(figure::triangle(instrument, assessment, &shown, cx.lang)));
    let mut legend: Vec<(Swatch, String)> =
        instrument.def.scale.iter().map(|l| (level_swatch(l), l.label.get(cx.lang).to_string())).collect();
    legend.push((skipped_swatch(), cx.t("skip-not-discussed")));
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

fn perspectives_section(cx: &Ctx, b: &mut Vec<Block>, assessment: &Assessment, instrument: &Instrument) {
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
    if respondents.len() >= 2 {
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
fn need_summary(cx: &Ctx, instrument: &Instrument, need: &Need) -> String {
    let titles: Vec<&str> = need.theme_ids.iter().map(|t| cx.theme_title(instrument, t)).collect();
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

fn needs_section(cx: &Ctx, b: &mut Vec<Block>, assessment: &Assessment, instrument: &Instrument) {
    let rows = need_rows(cx.case, assessment, instrument);
    if !cx.full {
        b.push(Block::Heading(cx.t("plan-needs")));
        if rows.is_empty() {
            b.push(Block::Para(cx.t("plan-no-needs")));
        } else {
            b.push(Block::Bullets(rows.iter().map(|(n, _)| need_summary(cx, instrument, n)).collect()));
        }
        return;
    }
    b.push(Block::Heading(cx.t("matrix-heading")));
    if rows.is_empty() {
        b.push(Block::Para(cx.t("matrix-none")));
        return;
    }
    let safety = rows
        .iter()
        .any(|(n, _)| n.theme_ids.iter().any(|t| instrument.theme(t).is_some_and(|(_, th)| th.always_shown)));
    if safety {
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
        .map(|(n, agreed)| {
            let first = n.theme_ids.first().map(String::as_str).unwrap_or("");
            let mut what = cx.theme_title(instrument, first).to_string();
            let others: Vec<&str> = n.theme_ids.iter().skip(1).map(|t| cx.theme_title(instrument, t)).collect();
            what.push_str(&format!(
                " ({})",
                cx.t(if n.theme_ids.len() > 1 { "nature-several" } else { "nature-single" })
            ));
            if !others.is_empty() {
                what.push_str(&format!(". {}", cx.ta("need-also", &[("themes", Arg::from(others.join(", ")))])));
            }
            if !agreed {
                what.push_str(&format!(". {}", cx.t("need-proposal")));
            }
            let near: Vec<&str> =
                strengths_near(instrument, assessment, first).iter().map(|t| cx.theme_title(instrument, t)).collect();
            vec![
                Cell::text(what),
                Cell::text(cx.t(&format!("severity-{}", n.severity.key()))),
                Cell::text(cx.t(&format!("urgency-{}", n.urgency.key()))),
                Cell::text(
                    n.support.map(|s| cx.t(&format!("support-{}", s.key()))).unwrap_or_else(|| cx.t("support-open")),
                ),
                Cell::text(if near.is_empty() { cx.t("need-strengths-none") } else { near.join(", ") }),
            ]
        })
        .collect();
    b.push(Block::Table(Table { header, widths: vec![1.8, 0.8, 0.9, 1.2, 1.3], rows: table_rows }));
}

fn circle_section(cx: &Ctx, b: &mut Vec<Block>) {
    // Contact preferences stay on the device: never in anything that leaves it.
    let network = cx.case.network.for_export();
    if network.people.is_empty() {
        return;
    }
    b.push(Block::Heading(cx.ta("circle-heading", &[("name", Arg::from(cx.case.family_alias.as_str()))])));
    let mut shown = cx.case.clone();
    shown.network = network.clone();
    b.push(Block::Figure(figure::circle(&shown, &cx.t("circle-centre"), &|k| cx.t(k), cx.capitals)));
    b.push(Block::Hint(
        [cx.t("circle-legend-formal"), cx.t("circle-legend-invited"), cx.t("circle-legend-mediator")].join(" "),
    ));
    let level = |scale: &str, l: Option<crate::core::network::Level>| {
        l.map(|l| format!("{} {}", cx.t(&format!("circle-{scale}")), cx.t(&format!("circle-{scale}-{}", l.key()))))
    };
    let rows = network
        .people
        .iter()
        .map(|p| {
            let who = if p.relation.is_empty() { p.name.clone() } else { format!("{} ({})", p.name, p.relation) };
            let place = format!(
                "{}, {}",
                cx.t(&format!("circle-ring-{}", p.ring.key())),
                cx.t(&format!("circle-sector-{}", p.sector.key()))
            );
            let mut offer: Vec<String> = Vec::new();
            if !p.offer.trim().is_empty() {
                offer.push(p.offer.clone());
            }
            if !p.tags.is_empty() {
                offer.push(
                    p.tags.iter().map(|t| cx.t(&format!("circle-offer-{}", t.key()))).collect::<Vec<_>>().join(", "),
                );
            }
            offer.extend(
                [level("often", p.often), level("reliable", p.reliable), level("lasting", p.lasting)]
                    .into_iter()
                    .flatten(),
            );
            if cx.full && !p.can_do.trim().is_empty() {
                offer.push(format!("{}: {}", cx.t("circle-can-do"), p.can_do));
            }
            if cx.full && !p.cannot_do.trim().is_empty() {
                offer.push(format!("{}: {}", cx.t("circle-cannot-do"), p.cannot_do));
            }
            if let Some(by) = p.suggested_by.as_deref().and_then(|id| network.person(id)) {
                offer.push(format!("{}: {}", cx.t("circle-suggested-by"), by.name));
            }
            let mut meeting = Vec::new();
            if p.invited {
                meeting.push(cx.t("circle-invited"));
            }
            if p.came {
                meeting.push(cx.ta("circle-came-label", &[("name", Arg::from(p.name.as_str()))]));
            }
            if p.role != MeetingRole::None {
                meeting.push(cx.t(&format!("circle-role-{}", p.role.key())));
            }
            vec![Cell::text(who), Cell::text(place), Cell::text(offer.join(". ")), Cell::text(meeting.join(". "))]
        })
        .collect();
    b.push(Block::Table(Table {
        header: vec![
            cx.t("circle-col-name"),
            cx.t("circle-col-place"),
            cx.t("circle-offer"),
            cx.t("circle-col-invited"),
        ],
        widths: vec![1.3, 1.2, 2.2, 1.2],
        rows,
    }));
    let m = &network.meeting;
    let mut fields = Vec::new();
    if !m.question.trim().is_empty() {
        fields.push((cx.t("circle-question"), m.question.clone()));
    }
    if let Some(j) = m.children_join {
        let mut v = cx.t(&format!("circle-children-{}", j.key()));
        if !m.children_note.trim().is_empty() {
            v.push_str(&format!(". {}", m.children_note));
        }
        fields.push((cx.t("circle-children"), v));
    }
    if !fields.is_empty() {
        b.push(Block::Subheading(cx.t("circle-meeting")));
        b.push(Block::Fields(fields));
    }
}

fn plan_section(cx: &Ctx, b: &mut Vec<Block>, assessed: Option<(&Assessment, &Instrument)>) {
    let case = cx.case;
    let plan = &case.plan;
    let no_needs = assessed.is_none_or(|(a, i)| need_rows(case, a, i).is_empty());
    b.push(Block::Heading(cx.t("plan-goals")));
    if plan.goals.is_empty() {
        b.push(Block::Hint(cx.t(if no_needs { "plan-goals-none-needed" } else { "plan-goals-empty" })));
    } else {
        b.push(Block::Bullets(
            plan.goals
                .iter()
                .map(|g| {
                    let mut s = g.text.clone();
                    let linked: Vec<&str> = g
                        .need_ids
                        .iter()
                        .filter_map(|n| case.needs.iter().find(|x| &x.id == n))
                        .filter_map(|n| n.theme_ids.first())
                        .filter_map(|t| assessed.and_then(|(_, i)| i.theme(t)))
                        .map(|(_, th)| th.title.get(cx.lang))
                        .collect();
                    if !linked.is_empty() {
                        s.push_str(&format!(
                            " ({})",
                            cx.ta("goal-for-need", &[("need", Arg::from(linked.join(", ")))])
                        ));
                    }
                    if let Some(d) = g.reached {
                        s.push_str(&format!(" · {}", cx.ta("goal-reached-on", &[("date", Arg::from(cx.date(d)))])));
                    }
                    s
                })
                .collect(),
        ));
    }

    b.push(Block::Heading(cx.t("plan-agreements")));
    b.push(Block::Hint(cx.t("plan-agreements-hint")));
    let ordered = ordered_agreements(case);
    let goal_text = |id: &Option<String>| id.as_ref().and_then(|g| plan.goals.iter().find(|x| &x.id == g));
    for carrier in Carrier::ALL {
        b.push(Block::Subheading(cx.t(&format!("carrier-{}", carrier.key()))));
        let rows: Vec<Vec<Cell>> = ordered
            .iter()
            .filter(|(c, _)| *c == carrier)
            .map(|(_, a)| {
                let mut what = a.what.clone();
                if let Some(g) = goal_text(&a.goal_id) {
                    what.push_str(&format!(
                        " ({})",
                        cx.ta("agreement-for-goal", &[("goal", Arg::from(g.text.as_str()))])
                    ));
                }
                if a.ended {
                    what.push_str(&format!(" ({})", cx.t("agreement-ended")));
                }
                vec![Cell::text(cx.name(&a.who)), Cell::text(what), Cell::text(a.when.clone())]
            })
            .collect();
        if rows.is_empty() {
            b.push(Block::Hint(cx.t("carrier-none")));
        } else {
            b.push(Block::Table(Table {
                header: vec![cx.t("agreement-who-label"), cx.t("agreement-what-label"), cx.t("agreement-when-label")],
                widths: vec![1.0, 2.6, 1.2],
                rows,
            }));
        }
    }

    b.push(Block::Heading(cx.t("plan-backup")));
    let mut fields = Vec::new();
    if !plan.backup.trim().is_empty() {
        fields.push((cx.t("plan-backup-label"), plan.backup.clone()));
    }
    if let Some(d) = plan.review_date {
        fields.push((cx.t("plan-review-date"), cx.date(d)));
    }
    if fields.is_empty() {
        b.push(Block::Hint("—".into()));
    } else {
        b.push(Block::Fields(fields));
    }

    if !case.participants.is_empty() {
        b.push(Block::Heading(cx.t("plan-confirm")));
        b.push(Block::Hint(cx.t("plan-confirm-hint")));
        b.push(Block::Bullets(
            case.participants
                .iter()
                .map(|p| match plan.confirmations.iter().find(|c| c.participant_id == p.id) {
                    Some(c) => {
                        format!("{}: {}", p.name, cx.ta("confirmed-on", &[("date", Arg::from(cx.date(c.date)))]))
                    }
                    None => format!("{}: —", p.name),
                })
                .collect(),
        ));
    }
}

fn history_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
    let case = cx.case;
    let moments = timeline(case);
    b.push(Block::Heading(cx.t("timeline-heading")));
    if moments.is_empty() {
        b.push(Block::Hint(cx.t("timeline-empty")));
        return;
    }
    let mut lines = Vec::new();
    for (n, m) in moments.iter().enumerate() {
        let text = match m {
            Moment::Assessment { assessment_id, .. } => {
                let Some(a) = case.assessments.iter().find(|a| a.id == *assessment_id) else { continue };
                let rated = a.answers.iter().filter(|x| x.level.is_some()).count();
                let mut text = cx.ta("timeline-assessment", &[("count", Arg::from(rated))]);
                let before = moments[..n].iter().rev().find_map(|p| match p {
                    Moment::Assessment { assessment_id: b, .. } => {
                        case.assessments.iter().find(|x| x.id == *b && x.instrument_id == a.instrument_id)
                    }
                    _ => None,
                });
                if let (Some(before), Some(instrument)) =
                    (before, instruments.iter().find(|i| i.id() == a.instrument_id))
                {
                    let (mut better, mut heavier) = (0usize, 0usize);
                    for ans in &a.answers {
                        match change(instrument, before, a, &ans.participant_id, &ans.theme_id) {
                            Change::Better => better += 1,
                            Change::Heavier => heavier += 1,
                            _ => {}
                        }
                    }
                    text.push(' ');
                    text.push_str(
                        &cx.ta("timeline-changes", &[("better", Arg::from(better)), ("heavier", Arg::from(heavier))]),
                    );
                }
                text
            }
            Moment::Review { review_id, .. } => {
                let Some(r) = case.plan.reviews.iter().find(|r| r.id == *review_id) else { continue };
                let (done, partly, not_done, open) = review_counts(case, r);
                cx.ta(
                    "timeline-review",
                    &[
                        ("done", Arg::from(done)),
                        ("partly", Arg::from(partly)),
                        ("notdone", Arg::from(not_done)),
                        ("open", Arg::from(open)),
                    ],
                )
            }
        };
        lines.push(format!("{}: {text}", cx.date(m.date())));
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
        if !r.note.trim().is_empty() {
            b.push(Block::Fields(vec![(cx.t("review-note"), r.note.clone())]));
        }
    }
}
