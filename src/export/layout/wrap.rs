//! Lines: text wrapped at spaces (never cut) and marked for a right-to-left paragraph.

use super::Measure;

/// The right-to-left mark: an invisible right-to-left letter (Unicode's bidi class R).
pub(super) const RLM: char = '\u{200f}';

/// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
pub(super) fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{fefe}')
}

/// Lines of a right-to-left paragraph: the ones without right-to-left letters get a mark so the
/// PDF writer orders them right to left too.
pub(super) fn rtl_marked(lines: Vec<String>, rtl: bool) -> Vec<String> {
    if !rtl {
        return lines;
    }
    lines
        .into_iter()
        .map(|l| if l.is_empty() || l.chars().any(is_rtl_letter) { l } else { format!("{RLM}{l}") })
        .collect()
}

/// Characters that would do harm or nothing in a PDF text run: controls and direction overrides.
pub(super) fn printable(c: char) -> bool {
    !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c))
}

/// Splits text into lines no wider than `width`: at spaces, and inside a word only when the word
/// alone is too wide. Line breaks in the text are kept; nothing is dropped except controls.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool, m: &dyn Measure) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let word: String = word.chars().filter(|c| printable(*c)).collect();
            if word.is_empty() {
                continue;
            }
            let candidate = if line.is_empty() { word.clone() } else { format!("{line} {word}") };
            if m.width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            if m.width(&word, size, bold) <= width {
                line = word;
            } else {
                // A word wider than the line: break it between characters.
                for c in word.chars() {
                    let mut next = line.clone();
                    next.push(c);
                    if !line.is_empty() && m.width(&next, size, bold) > width {
                        out.push(std::mem::replace(&mut line, c.to_string()));
                    } else {
                        line = next;
                    }
                }
            }
        }
        out.push(line);
    }
    // Blank lines only between paragraphs, never at the end.
    while out.len() > 1 && out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}
