//! The new-parents way of working through the public API:
//! - the money overview: entered with actions, refused over its limit, read back from a file
//!   (a line twice or an amount too large is refused, naming the field);
//! - plan, do, check, adjust: the rhythm, the next check date and how a check moves it on
//!   (`next_check`, `check_due`), the check's conclusion on support;
//! - a version 7 file reads as a plan checked once a quarter, with no money overview.

use samenplan::core::case::{Purpose, Role, WayOfWorking, SCHEMA_VERSION};
use samenplan::core::date::Date;
use samenplan::core::import::parse_case;
use samenplan::core::money::{Item, Outlook, MAX_AMOUNT};
use samenplan::core::plan::{check_due, next_check, CheckDue, SupportStep, DEFAULT_RHYTHM};
use samenplan::core::{Case, CaseAction, CaseError};
#[path = "common/rules.rs"]
mod rules;
use rules::{ok, refused};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

/// Expecting parents at their first visit, with `agreements` agreements for the first parent.
fn expecting(agreements: usize) -> Case {
    let mut c = Case::new("np".into(), "Familie Jansen".into(), d("2027-01-10"), 0.0);
    ok(&mut c, CaseAction::SetWayOfWorking(WayOfWorking::NewParents));
    let today = d("2027-01-10");
    let child = CaseAction::AddChild {
        id: "k1".into(),
        alias: "Baby".into(),
        birth_date: None,
        due_date: Some(d("2027-03-01")),
        today,
    };
    ok(&mut c, child);
    for (id, name) in [("p1", "Lotte"), ("p2", "Ravi")] {
        ok(&mut c, CaseAction::AddParticipant { id: id.into(), name: name.into(), role: Role::Parent, child_id: None });
    }
    for i in 0..agreements {
        let what = format!("Afspraak {i}");
        ok(
            &mut c,
            CaseAction::AddAgreement {
                id: format!("ag{i}"),
                who: "p1".into(),
                what,
                when: String::new(),
                goal_id: None,
            },
        );
    }
    c
}

/// Holds a check at a new visit on `date`.
fn check_on(c: &mut Case, id: &str, date: &str) {
    let visit_id = format!("visit-{id}");
    ok(c, CaseAction::AddVisit { id: visit_id.clone(), date: d(date), purpose: Purpose::Evaluate });
    ok(c, CaseAction::StartReview { id: id.into(), visit_id });
}

#[test]
fn money_lines_are_set_changed_and_removed_by_actions() {
    let mut c = expecting(0);
    ok(&mut c, CaseAction::SetMoney { item: Item::Work, amount: Some(2600) });
    ok(&mut c, CaseAction::SetMoney { item: Item::Housing, amount: Some(1250) });
    ok(&mut c, CaseAction::SetMoney { item: Item::Childcare, amount: Some(900) });
    ok(&mut c, CaseAction::SetMoney { item: Item::BabyCare, amount: Some(200) });
    ok(&mut c, CaseAction::SetMoney { item: Item::Repayments, amount: Some(300) });
    assert_eq!(c.money.outlook(), Outlook::Short { by: 50 });
    ok(&mut c, CaseAction::SetMoney { item: Item::Benefits, amount: Some(300) });
    // 250 left of 2,900 coming in: under a tenth.
    assert_eq!(c.money.outlook(), Outlook::Tight { left: 250 });
    ok(&mut c, CaseAction::SetMoney { item: Item::Repayments, amount: None });
    assert_eq!(c.money.outlook(), Outlook::Room { left: 550 });
    let before = c.clone();
    refused(
        &c,
        CaseAction::SetMoney { item: Item::Work, amount: Some(MAX_AMOUNT + 1) },
        CaseError::Money(samenplan::core::money::MoneyError::TooLarge),
    );
    assert_eq!(c, before);
    ok(&mut c, CaseAction::SetMoney { item: Item::Work, amount: Some(MAX_AMOUNT) });
}

#[test]
fn money_survives_the_file_and_odd_money_is_refused_naming_the_field() {
    let mut c = expecting(1);
    ok(&mut c, CaseAction::SetMoney { item: Item::Work, amount: Some(2100) });
    ok(&mut c, CaseAction::SetMoney { item: Item::BabyThings, amount: Some(75) });
    let text = serde_json::to_string(&c).unwrap();
    assert_eq!(parse_case(&text).unwrap(), c);

    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["money"]["lines"].as_array_mut().unwrap().push(serde_json::json!({"item": "work", "amount": 1}));
    let e = parse_case(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("money.lines") && e.contains("twice"), "{e}");

    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["money"]["lines"][0]["amount"] = serde_json::json!(MAX_AMOUNT + 1);
    let e = parse_case(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("money.lines") && e.contains(&MAX_AMOUNT.to_string()), "{e}");

    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["money"]["lines"][0]["item"] = serde_json::json!("lottery");
    assert!(parse_case(&v.to_string()).is_err());
    // Fourteen lines where there are thirteen items: the list limit names it.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["money"]["lines"] = serde_json::json!(vec![serde_json::json!({"item": "work", "amount": 1}); 14]);
    let e = parse_case(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("money.lines"), "{e}");
}

#[test]
fn no_check_is_due_before_there_is_something_to_check() {
    let c = expecting(0);
    assert_eq!(next_check(&c), None);
    assert_eq!(check_due(&c, d("2027-06-01")), CheckDue::Nothing);
    // A date the family chose themselves is their check, agreements or not.
    let mut c = c;
    c.plan.review_date = Some(d("2027-03-01"));
    assert_eq!(next_check(&c), Some(d("2027-03-01")));
    assert_eq!(check_due(&c, d("2027-02-27")), CheckDue::Soon { date: d("2027-03-01"), days: 2 });
}

#[test]
fn the_quarterly_check_moves_on_by_the_rhythm() {
    let mut c = expecting(3);
    assert_eq!(c.plan.rhythm(), DEFAULT_RHYTHM);
    // Counted from the first visit until the first check.
    assert_eq!(next_check(&c), Some(d("2027-04-10")));
    // (today, what the plan says)
    let table = [
        ("2027-01-10", CheckDue::Upcoming { date: d("2027-04-10"), days: 90 }),
        ("2027-04-02", CheckDue::Upcoming { date: d("2027-04-10"), days: 8 }),
        ("2027-04-03", CheckDue::Soon { date: d("2027-04-10"), days: 7 }),
        ("2027-04-10", CheckDue::Soon { date: d("2027-04-10"), days: 0 }),
        ("2027-04-11", CheckDue::Overdue { date: d("2027-04-10"), days: 1 }),
    ];
    for (today, want) in table {
        assert_eq!(check_due(&c, d(today)), want, "{today}");
    }
    // The check is held a little late: the next one is a quarter after the day it was held.
    check_on(&mut c, "r1", "2027-04-14");
    assert_eq!(c.plan.review_date, Some(d("2027-07-14")));
    assert_eq!(check_due(&c, d("2027-04-14")), CheckDue::Upcoming { date: d("2027-07-14"), days: 91 });
    // A date the family set later than that is kept by the next check.
    ok(&mut c, CaseAction::SetReviewDate(Some(d("2027-12-01"))));
    check_on(&mut c, "r2", "2027-07-14");
    assert_eq!(c.plan.review_date, Some(d("2027-12-01")));
    // Once that date has passed, a check moves it on again, now by a half year.
    ok(&mut c, CaseAction::SetRhythm(Some(6)));
    check_on(&mut c, "r3", "2027-12-03");
    assert_eq!(c.plan.review_date, Some(d("2028-06-03")));
    // Month ends: a check on 31 August comes back on the last day of November.
    ok(&mut c, CaseAction::SetRhythm(Some(3)));
    ok(&mut c, CaseAction::SetReviewDate(None));
    check_on(&mut c, "r4", "2028-08-31");
    assert_eq!(c.plan.review_date, Some(d("2028-11-30")));
    // Without a set date, the next check is counted from the latest check.
    ok(&mut c, CaseAction::SetReviewDate(None));
    assert_eq!(next_check(&c), Some(d("2028-11-30")));
}

#[test]
fn a_rhythm_outside_the_offered_ones_is_refused_in_the_app_and_in_a_file() {
    let mut c = expecting(1);
    for m in [0u8, 4, 5, 13, 255] {
        refused(&c, CaseAction::SetRhythm(Some(m)), CaseError::NotFound("rhythm"));
    }
    ok(&mut c, CaseAction::SetRhythm(Some(12)));
    assert_eq!(next_check(&c), Some(d("2028-01-10")));
    ok(&mut c, CaseAction::SetRhythm(None));
    assert_eq!(c.plan.rhythm(), 3);
    let mut v = serde_json::to_value(&c).unwrap();
    v["plan"]["rhythmMonths"] = serde_json::json!(4);
    let e = parse_case(&v.to_string()).unwrap_err().to_string();
    assert!(e.contains("plan.rhythmMonths"), "{e}");
}

#[test]
fn a_check_says_whether_support_can_be_scaled_down() {
    let mut c = expecting(3);
    check_on(&mut c, "r1", "2027-04-10");
    for step in SupportStep::ALL {
        ok(&mut c, CaseAction::SetReviewSupport { review_id: "r1".into(), support: Some(step) });
        assert_eq!(c.plan.reviews[0].support, Some(step));
    }
    ok(&mut c, CaseAction::SetReviewSupport { review_id: "r1".into(), support: Some(SupportStep::Less) });
    ok(&mut c, CaseAction::SetAgreementEnded { id: "ag2".into(), ended: true });
    let back = parse_case(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back.plan.reviews[0].support, Some(SupportStep::Less));
    refused(
        &c,
        CaseAction::SetReviewSupport { review_id: "nope".into(), support: None },
        CaseError::NotFound("review"),
    );
}

#[test]
fn a_version_7_file_reads_as_checked_once_a_quarter_without_money() {
    let mut v = serde_json::to_value(expecting(2)).unwrap();
    v["schemaVersion"] = serde_json::json!(7);
    v["wayOfWorking"] = serde_json::json!("extended");
    let c = parse_case(&v.to_string()).unwrap();
    assert_eq!(c.schema_version, SCHEMA_VERSION);
    assert!(c.money.is_empty());
    assert_eq!(c.plan.rhythm_months, None);
    assert_eq!(next_check(&c), Some(d("2027-04-10")));
}

/// The money part of the family document: with the organisation's money help when short or
/// tight, a pointer to the nurse when it lists none, and no help list when there is room.
#[test]
fn the_document_lists_the_local_money_help_only_when_money_is_short_or_tight() {
    use samenplan::core::lang::Lang;
    use samenplan::export::content::{document, Block};
    use samenplan::export::{std_capitals, DocOptions, Version};
    let help = vec!["Geldfit Voorbeeldstad · Gratis hulp bij geldzaken · +31 10 765 43 21".to_string()];
    let blocks = |c: &Case, money_help: &[String]| -> Vec<Block> {
        let opts = DocOptions {
            version: Version::Family,
            lang: Lang::Nl,
            today: d("2027-01-11"),
            safety_next_steps: None,
            money_help: money_help.to_vec(),
            capitals: std_capitals,
        };
        document(c, &[], &opts).blocks
    };
    let heading = |b: &[Block]| b.iter().any(|b| matches!(b, Block::Subheading(s) if s == "Hulp bij geld in de buurt"));
    let listed = |b: &[Block]| b.iter().any(|b| matches!(b, Block::Bullets(l) if l == &help));
    let mut c = expecting(0);
    assert!(!heading(&blocks(&c, &help)), "no money, no money help");
    ok(&mut c, CaseAction::SetMoney { item: Item::Work, amount: Some(2000) });
    ok(&mut c, CaseAction::SetMoney { item: Item::Housing, amount: Some(2130) });
    let short = blocks(&c, &help);
    assert!(heading(&short) && listed(&short));
    let none = blocks(&c, &[]);
    assert!(heading(&none) && !listed(&none));
    assert!(none.iter().any(|b| matches!(b, Block::Para(s) if s.contains("jeugdverpleegkundige"))));
    ok(&mut c, CaseAction::SetMoney { item: Item::Housing, amount: Some(1000) });
    assert_eq!(c.money.outlook(), Outlook::Room { left: 1000 });
    assert!(!heading(&blocks(&c, &help)));
}
