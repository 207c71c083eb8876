//! The check date's calendar file, read by a real iCalendar parser (Debian's python3-icalendar,
//! which scripts/setup installs): one all-day event on the check date, titled as the family chose,
//! and no other text of theirs.

use samenplan::core::calendar::{check_event, MAX_TITLE};
use samenplan::core::date::Date;
use std::io::Write;
use std::process::{Command, Stdio};

/// What the parser read: every event's properties as (name, value) pairs, as JSON.
const READ: &str = r#"
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for c in cal.walk():
    if c.name == "VEVENT":
        props = {}
        for name, value in c.property_items(recursive=False):
            if name in ("BEGIN", "END"):
                continue
            v = c.decoded(name) if name in ("DTSTART", "DTEND", "DTSTAMP") else value
            props[name] = v.isoformat() if hasattr(v, "isoformat") else str(v)
        events.append(props)
print(json.dumps({"version": str(cal.get("VERSION")), "events": events}))
"#;

fn parse(ics: &str) -> serde_json::Value {
    let mut child = Command::new("/usr/bin/python3")
        .args(["-c", READ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("/usr/bin/python3 (scripts/setup installs python3-icalendar)");
    child.stdin.take().unwrap().write_all(ics.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the parser refused the file: {}\n{ics}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the reader's JSON")
}

#[test]
fn a_real_parser_reads_one_all_day_event_with_the_title_the_family_chose() {
    let titles = [
        "Samen kijken hoe het gaat",
        "Plan; bellen, mailen en \\ kijken",
        "Twee regels\nin één titel",
        "مراجعة الخطة مع العائلة",
        "Огляд плану 🙂 — ważne, önemli",
        &"Een heel lange titel die de regel van vijfenzeventig octets ruim voorbij gaat ".repeat(3),
    ];
    let date = Date::new(2027, 2, 28).unwrap();
    for title in titles {
        let ics = check_event("check-7f3a9c2e", title, date, 1_796_009_640_000.0);
        let read = parse(&ics);
        assert_eq!(read["version"], "2.0");
        let events = read["events"].as_array().unwrap();
        assert_eq!(events.len(), 1, "{read}");
        let e = &events[0];
        let want: String = title.trim().chars().take(MAX_TITLE).collect();
        assert_eq!(e["SUMMARY"], want.as_str(), "{read}");
        assert_eq!(e["DTSTART"], "2027-02-28");
        assert_eq!(e["DTEND"], "2027-03-01");
        assert_eq!(e["DTSTAMP"], "2026-11-30T03:34:00+00:00");
        assert_eq!(e["UID"], "check-7f3a9c2e");
        // Nothing else of the family: the only text is the title.
        let mut names: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
        names.sort();
        assert_eq!(names, ["DTEND", "DTSTAMP", "DTSTART", "SUMMARY", "TRANSP", "UID"], "{read}");
    }
}
