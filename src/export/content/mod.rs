//! The case as a document: what the PDF (and the print view) says, in which order, in the chosen
//! language. Strengths come first; the family's version leaves out the professional's guidance
//! (safety next steps), the detailed matrix and the record-keeping (visits, consent).

mod circle;
mod conversation;
mod cover;
mod over_time;
mod plan;
mod team;

use super::figure::{Figure, Rgb};
use super::{DocOptions, Version};
use crate::core::case::{Case, Participant};
use crate::core::conversation::{Conversation, ThemeVoices};
use crate::core::instrument::{Instrument, Marker};
use crate::core::matrix::Raised;
use crate::core::network::who_name;
use crate::i18n::{Arg, I18n};
use circle::circle_section;
use conversation::{needs_section, own_notes_section, perspectives_section, strengths_section, triangle_section};
use cover::cover;
use over_time::{change_section, history_section};
use plan::{money_section, plan_section};
use team::team_section;

pub use over_time::timeline_lines;

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
    money_help: Vec<String>,
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

fn is_rtl(cx: &Ctx) -> bool {
    crate::i18n::Lang::from_code(cx.lang).is_some_and(|l| l.rtl())
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
        money_help: opts.money_help.iter().filter(|l| !l.trim().is_empty()).cloned().collect(),
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
    money_section(&cx, &mut b);
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
