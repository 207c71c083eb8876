//! The plan's next check date as an iCalendar file (RFC 5545) for the family's own calendar: one
//! all-day event whose only text is the title they chose; no name, no case, no note. Written here
//! because the format needed is a dozen lines, while a calendar crate would add to the app's wasm
//! for parsing and recurrence it never uses; `tests/calendar_files.rs` reads the result with a real
//! iCalendar parser.

use super::date::Date;

/// The longest title taken (longer ones are cut at a character, not in one).
pub const MAX_TITLE: usize = 120;

/// The event as iCalendar text (CRLF line ends, lines folded at 75 octets). `uid` must be unique
/// and carry nothing of the family (a random id); `stamp_ms` is when the file is made (UTC).
pub fn check_event(uid: &str, title: &str, date: Date, stamp_ms: f64) -> String {
    let title: String = title.trim().chars().take(MAX_TITLE).collect();
    let day = |d: Date| format!("{:04}{:02}{:02}", d.year, d.month, d.day);
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Samenplan//Samenplan//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape(uid)),
        format!("DTSTAMP:{}", utc_stamp(stamp_ms)),
        format!("DTSTART;VALUE=DATE:{}", day(date)),
        // An all-day event ends (exclusively) on the next day.
        format!("DTEND;VALUE=DATE:{}", day(date.add_days(1))),
        format!("SUMMARY:{}", escape(&title)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().concat()
}

/// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no line is longer than 75 octets (a fold never splits a character);
/// each line ends in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Milliseconds since 1970 as an iCalendar UTC date-time (`20261204T033400Z`).
fn utc_stamp(ms: f64) -> String {
    let secs = if ms.is_finite() && ms > 0.0 { (ms / 1000.0) as i64 } else { 0 };
    let date = Date::new(1970, 1, 1).expect("a date").add_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", date.year, date.month, date.day, s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let title = "é".repeat(100);
        let text = check_event("u1", &title, Date::new(2027, 2, 28).unwrap(), 0.0);
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolded again, the title is whole.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{title}\r\n")));
        // The day after 28 February 2027 is 1 March.
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n"));
    }

    #[test]
    fn text_is_escaped_and_the_stamp_is_utc() {
        let text =
            check_event("u1", "Plan; samen, kijken\\nu\nklaar", Date::new(2027, 1, 1).unwrap(), 1_796_009_640_000.0);
        assert!(text.contains("SUMMARY:Plan\\; samen\\, kijken\\\\nu\\nklaar\r\n"), "{text}");
        // 1_796_009_640 s after 1970 is 2026-11-30 03:34:00 UTC (Python's datetime agrees).
        assert!(text.contains("DTSTAMP:20261130T033400Z\r\n"), "{text}");
    }
}
