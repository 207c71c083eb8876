//! The family's network circle: the drawing, who is in it and what they offer, the relation
//! lines in words, and the circle meeting. Contact preferences never leave the device.

use super::{is_rtl, Block, Cell, Ctx, Table};
use crate::core::network::MeetingRole;
use crate::export::{figure, sentences};
use crate::i18n::Arg;

pub(super) fn circle_section(cx: &Ctx, b: &mut Vec<Block>) {
    // Contact preferences stay on the device: never in anything that leaves it.
    let network = cx.case.network.for_export();
    if network.people.is_empty() {
        return;
    }
    b.push(Block::Heading(cx.ta("circle-heading", &[("name", Arg::from(cx.case.family_alias.as_str()))])));
    let mut shown = cx.case.clone();
    shown.network = network.clone().into();
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
