//! The cover: title, the way of working, the children and participants, and (in the full
//! record only) the visits and the consent given.

use super::{Block, Ctx};
use crate::core::case::ChildAge;
use crate::i18n::Arg;

pub(super) fn cover(cx: &Ctx, b: &mut Vec<Block>, title: &str, subject: &str) {
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
