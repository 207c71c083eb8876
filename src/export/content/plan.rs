//! The plan itself: goals, what was set aside for later, the agreements per carrier, the
//! backup and review date, and who confirmed the plan.

use super::{Block, Cell, Ctx, Table};
use crate::core::conversation::Conversation;
use crate::core::matrix::need_rows;
use crate::core::money::Group;
use crate::core::plan::{next_check, ordered_agreements, Carrier};
use crate::i18n::Arg;

pub(super) fn plan_section(cx: &Ctx, b: &mut Vec<Block>, conv: Option<&Conversation>) {
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
    if let Some(d) = next_check(case) {
        fields.push((cx.t("plan-review-date"), cx.date(d)));
    }
    if !plan.agreements.is_empty() {
        let every = cx.ta("plan-rhythm-every", &[("months", Arg::from(u32::from(plan.rhythm())))]);
        fields.push((cx.t("plan-rhythm"), every));
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

/// The parents' money overview, when they made one: the sums per part and what is left, said as
/// on screen.
pub(super) fn money_section(cx: &Ctx, b: &mut Vec<Block>) {
    let money = &cx.case.money;
    if money.is_empty() {
        return;
    }
    let totals = money.totals();
    b.push(Block::Heading(cx.t("money-heading")));
    b.push(Block::Hint(cx.t("money-private")));
    let euros = |n: Arg| cx.ta("money-amount", &[("amount", n)]);
    let mut fields: Vec<(String, String)> =
        Group::ALL.iter().map(|&g| (cx.t(&format!("money-group-{}", g.key())), euros(totals.of(g).into()))).collect();
    fields.push((cx.t("money-left-label"), euros(totals.left().into())));
    b.push(Block::Fields(fields));
    let Some((outlook, amount)) = money.outlook().said() else { return };
    b.push(Block::Para(cx.ta(&format!("money-{outlook}"), &[("amount", amount.into())])));
    if money.offers_help() {
        b.push(Block::Subheading(cx.t("money-help-heading")));
        if cx.money_help.is_empty() {
            b.push(Block::Para(cx.t("money-help-none")));
        } else {
            b.push(Block::Bullets(cx.money_help.clone()));
        }
    }
}
