//! The case as a document: what the PDF (and the print view) says, in which order, in the chosen
//! language. Strengths come first; the family's version leaves out the professional's guidance
//! (safety next steps), the detailed matrix and the record-keeping (visits, consent).

use super::figure::{self, Figure, Rgb};
use super::{chart, sentences};
use super::{DocOptions, Version};
use crate::core::assessment::{compare, Agreement as Agree, Position, Skip};
use crate::core::case::{Case, ChildAge, Participant, WayOfWorking};
use crate::core::conversation::{filled, Conversation, Part, ThemeVoices, Whose};
use crate::core::ecomap::{changes, circle_visits};
use crate::core::instrument::{Instrument, Marker};
use crate::core::matrix::{need_rows, strengths_near, Need, Raised};
use crate::core::network::{who_name, MeetingRole};
use crate::core::plan::{ordered_agreements, review_counts, timeline, Carrier, Moment};
use crate::core::team;
use crate::core::travel::travel;
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
    /// What follows starts on a new page (the page of change over time).
    PageBreak,
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
    /// A name as a voice: in their own triangle, said so.
    fn voice(&self, p: &Participant, own: bool) -> String {
        if own {
            self.ta("compare-own-words", &[("name", Arg::from(p.name.as_str()))])
        } else {
            p.name.clone()
        }
    }
    /// "Theme: who, who" for a theme and the people who said the same of it.
    fn voices_line(&self, v: &ThemeVoices) -> String {
        let names: Vec<String> = v.people.iter().map(|p| self.voice(p, v.own)).collect();
        self.ta(
            "voices-line",
            &[("theme", Arg::from(v.theme.title.get(self.lang))), ("names", Arg::from(names.join(", ")))],
        )
    }
    /// Who raised a need, as one sentence.
    fn raised_by(&self, raised: &[Raised]) -> Option<String> {
        let mut names: Vec<String> = Vec::new();
        for r in raised {
            let Some(p) = self.case.participant(&r.participant_id) else { continue };
            let n = self.voice(p, r.own);
            if !names.contains(&n) {
                names.push(n);
            }
        }
        (!names.is_empty()).then(|| self.ta("need-raised-by", &[("names", Arg::from(names.join(", ")))]))
    }
}

/// Builds the document for one version of the plan.
pub fn document(case: &Case, instruments: &[Instrument], opts: &DocOptions) -> Document {
    // The visit is the one the screens work from; its answers marked "only for our conversation"
    // are never printed.
    let visit_id = Conversation::analysed(case, instruments).map(|c| c.visit.id.clone());
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
    let conv = visit_id.and_then(|v| Conversation::of(case, &v, instruments));
    strengths_section(&cx, &mut b, conv.as_ref());
    if let Some(conv) = &conv {
        triangle_section(&cx, &mut b, conv);
        if let Some(family) = conv.family {
            perspectives_section(&cx, &mut b, family);
        }
        own_notes_section(&cx, &mut b, conv);
        needs_section(&cx, &mut b, conv);
    }
    circle_section(&cx, &mut b);
    team_section(&cx, &mut b, instruments);
    plan_section(&cx, &mut b, conv.as_ref());
    history_section(&cx, &mut b, instruments);
    change_section(&cx, &mut b, instruments);
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
                .map(|p| {
                    let mut line = format!("{} · {}", p.name, cx.t(&format!("role-{}", p.role.key())));
                    // A young person is one of the children: say which.
                    let child = p.child_id.as_deref().and_then(|id| case.children.iter().find(|c| c.id == id));
                    if let Some(child) = child {
                        line.push_str(" · ");
                        line.push_str(&cx.ta("participant-is-child", &[("child", Arg::from(child.alias.as_str()))]));
                    }
                    line
                })
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

fn strengths_section(cx: &Ctx, b: &mut Vec<Block>, conv: Option<&Conversation>) {
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

fn triangle_section(cx: &Ctx, b: &mut Vec<Block>, conv: &Conversation) {
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

fn perspectives_section(cx: &Ctx, b: &mut Vec<Block>, family: Part) {
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
fn own_notes_section(cx: &Ctx, b: &mut Vec<Block>, conv: &Conversation) {
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

fn needs_section(cx: &Ctx, b: &mut Vec<Block>, conv: &Conversation) {
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

fn is_rtl(cx: &Ctx) -> bool {
    crate::i18n::Lang::from_code(cx.lang).is_some_and(|l| l.rtl())
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
    if !network.ties.is_empty() {
        b.push(Block::Figure(figure::lines_key(&|k| cx.t(k), is_rtl(cx))));
    }
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
    if !network.ties.is_empty() {
        b.push(Block::Subheading(cx.t("eco-lines-heading")));
        b.push(Block::Bullets(sentences::tie_sentences(&cx.i, &network)));
    }
    let m = &network.meeting;
    let mut fields = Vec::new();
    if let Some(d) = m.date {
        fields.push((cx.t("circle-meeting-date"), cx.date(d)));
    }
    if !m.place.trim().is_empty() {
        fields.push((cx.t("circle-meeting-place"), m.place.clone()));
    }
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
    let (invited, came) = network.attendance();
    if !invited.is_empty() {
        let mut v = cx
            .ta("circle-attendance-summary", &[("invited", Arg::from(invited.len())), ("came", Arg::from(came.len()))]);
        let away: Vec<&str> = invited.iter().filter(|p| !p.came).map(|p| p.name.as_str()).collect();
        if !came.is_empty() {
            let names: Vec<&str> = came.iter().map(|p| p.name.as_str()).collect();
            v.push_str(&format!(" {}", cx.ta("circle-came-names", &[("names", Arg::from(names.join(", ")))])));
        }
        if !away.is_empty() && (m.date.is_some() || !came.is_empty()) {
            v.push_str(&format!(" {}", cx.ta("circle-not-came", &[("names", Arg::from(away.join(", ")))])));
        }
        fields.push((cx.t("circle-attendance"), v));
    }
    if let Some(d) = m.check_date {
        fields.push((cx.t("circle-check-date"), cx.date(d)));
    }
    if !fields.is_empty() {
        b.push(Block::Subheading(cx.t("circle-meeting")));
        b.push(Block::Fields(fields));
    }
}

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
fn team_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
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

/// How many small charts the page of change holds.
const CHARTS_ON_PAGE: usize = 6;

/// One page of change over time, when there is more than one visit: the circle then and now in
/// one picture with its changes said, and the triangle's answers over every visit.
fn change_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
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

fn plan_section(cx: &Ctx, b: &mut Vec<Block>, conv: Option<&Conversation>) {
    let case = cx.case;
    let plan = &case.plan;
    let no_needs = conv.is_none_or(|c| need_rows(c).is_empty());
    b.push(Block::Heading(cx.t("plan-goals")));
    if plan.goals.is_empty() {
        b.push(Block::Hint(cx.t(if no_needs { "plan-goals-none-needed" } else { "plan-goals-empty" })));
    } else {
        b.push(Block::Bullets(
            plan.goals
                .iter()
                .map(|g| {
                    let mut s = g.text.clone();
                    let linked: Vec<String> = g
                        .need_ids
                        .iter()
                        .filter_map(|n| case.needs.iter().find(|x| &x.id == n))
                        .filter_map(|n| n.theme_ids.first())
                        .filter_map(|t| conv.map(|c| c.theme_title(t, cx.lang)))
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

    // What the family set aside for later comes back next time: the plan says so.
    let later: Vec<String> = conv.map(|c| c.later().iter().map(|v| cx.voices_line(v)).collect()).unwrap_or_default();
    if !later.is_empty() {
        b.push(Block::Subheading(cx.t("plan-later")));
        b.push(Block::Bullets(later));
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

fn history_section(cx: &Ctx, b: &mut Vec<Block>, instruments: &[Instrument]) {
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
        if !r.note.trim().is_empty() {
            b.push(Block::Fields(vec![(cx.t("review-note"), r.note.clone())]));
        }
    }
}
