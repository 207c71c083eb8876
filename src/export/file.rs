//! The case as a file: written as JSON (`schemas/case.schema.json`), read back from whatever file
//! someone picks, and safe file names for downloads.

use super::Version;
use crate::core::case::{Case, SCHEMA_VERSION};
use crate::core::date::Date;
use crate::core::import::{check_arrival, parse_case, ImportError, MAX_FILE_BYTES};
use crate::i18n::Lang;

/// The whole case as the JSON file an organisation can import (current `schemaVersion`), without
/// what must never leave the device or the conversation. Offered only with the family's consent to
/// share with the organisation ([`Case::consented`]).
pub fn case_json(case: &Case) -> String {
    let mut c = case.clone();
    // A relative `$schema` from a stored file means nothing on another machine.
    c.schema = None;
    c.schema_version = SCHEMA_VERSION;
    // How network people like to be contacted stays on this device (see `Network::for_export`).
    c.network = c.network.for_export().into();
    // Invitations hold one-time keys: they are for this tablet only.
    c.invitations.clear();
    // What the family marked "only for our conversation" stays in the conversation. (The
    // encrypted hand-over file is the same case moving to another device: it keeps them.)
    for a in &mut c.assessments {
        a.answers.retain(|x| !x.private);
    }
    let mut text = serde_json::to_string_pretty(&c).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a chosen file: refuses it when too large before decoding, accepts UTF-8 (with or without
/// a byte order mark) and UTF-16 with a byte order mark, then hands the text to `parse_case` and
/// the case to `check_arrival` (no child born after `today`). Never panics; nothing is stored here.
pub fn read_case_file(bytes: &[u8], today: Date) -> Result<Case, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { max: MAX_FILE_BYTES });
    }
    let text = decode(bytes)?;
    let case = parse_case(&text)?;
    check_arrival(&case, today)?;
    Ok(case)
}

fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| match c {
                [a, b] if be => u16::from_be_bytes([*a, *b]),
                [a, b] => u16::from_le_bytes([*a, *b]),
                _ => 0xFFFF,
            })
            .collect();
        if !(bytes.len() - 2).is_multiple_of(2) {
            return Err(ImportError::NotJson("the file is cut off (UTF-16)".into()));
        }
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| ImportError::NotJson("the file is not valid UTF-16 text".into()))
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => {
            String::from_utf8(rest.to_vec()).map_err(|_| ImportError::NotJson("the file is not UTF-8 text".into()))
        }
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => String::from_utf8(bytes.to_vec()).map_err(|_| ImportError::NotJson("the file is not UTF-8 text".into())),
    }
}

/// Letters and digits of the family alias, in plain ASCII, joined by `-` (at most 40 characters),
/// so a file name works on every system and never carries a path or a hidden extension.
pub fn file_stem(alias: &str) -> String {
    let mut out = String::new();
    // Both cases spelled out rather than through char::to_lowercase, whose Unicode tables would
    // add some 20 KB to the app's first load for this one use.
    for c in alias.chars() {
        let plain: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'A'..='Z' => {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă'
            | 'Ą' => "a",
            'æ' | 'Æ' => "ae",
            'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
            'ď' | 'đ' | 'Ď' | 'Đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => {
                "e"
            }
            'ğ' | 'ģ' | 'Ğ' | 'Ģ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' | 'і' | 'ї' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' | 'Ī' | 'Į' | 'І'
            | 'Ї' => "i",
            'ł' | 'ľ' | 'ĺ' | 'Ł' | 'Ľ' | 'Ĺ' => "l",
            'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
                "o"
            }
            'œ' | 'Œ' => "oe",
            'ř' | 'ŕ' | 'Ř' | 'Ŕ' => "r",
            'ß' | 'ẞ' => "ss",
            'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
            'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => {
                "u"
            }
            'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
            'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
            _ => "-",
        };
        out.push_str(plain);
    }
    let mut stem = String::new();
    for part in out.split('-').filter(|p| !p.is_empty()) {
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(part);
    }
    let mut stem: String = stem.chars().take(40).collect();
    while stem.ends_with('-') {
        stem.pop();
    }
    if stem.is_empty() {
        "samenplan".into()
    } else {
        stem
    }
}

/// `familie-zon-plan-2026-11-23.pdf` (the family's) or `familie-zon-verslag-2026-11-23.pdf`.
pub fn pdf_file_name(case: &Case, version: Version, lang: Lang, today: Date) -> String {
    let what = match (version, lang) {
        (Version::Family, _) => "plan",
        (Version::Full, Lang::Nl) => "verslag",
        (Version::Full, _) => "record",
    };
    format!("{}-{what}-{today}.pdf", file_stem(&case.family_alias))
}

/// `familie-zon-2026-11-23.samenplan.json`.
pub fn json_file_name(case: &Case, today: Date) -> String {
    format!("{}-{today}.samenplan.json", file_stem(&case.family_alias))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_and_safe() {
        assert_eq!(file_stem("Familie Zon"), "familie-zon");
        assert_eq!(file_stem("  Şahin-Kowalczyk & Żółć "), "sahin-kowalczyk-zolc");
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("Шевченко"), "samenplan");
        assert_eq!(file_stem("Łucja  Müller"), "lucja-muller");
        assert_eq!(file_stem("ÖZDEMİR ÉLODIE ŒUVRE"), "ozdemir-elodie-oeuvre");
        assert_eq!(file_stem("<script>alert(1)</script>.exe"), "script-alert-1-script-exe");
        assert!(file_stem(&"a ".repeat(100)).len() <= 40);
        let d = Date::parse("2026-11-23").unwrap();
        let case = Case::new("c1".into(), "Familie Zon".into(), d, 0.0);
        assert_eq!(pdf_file_name(&case, Version::Family, Lang::Nl, d), "familie-zon-plan-2026-11-23.pdf");
        assert_eq!(pdf_file_name(&case, Version::Full, Lang::En, d), "familie-zon-record-2026-11-23.pdf");
        assert_eq!(json_file_name(&case, d), "familie-zon-2026-11-23.samenplan.json");
    }

    #[test]
    fn the_json_file_reads_back_as_the_same_case_in_every_encoding() {
        let d = Date::parse("2026-11-23").unwrap();
        let mut case = Case::new("c1".into(), "Ailə Şahin".into(), d, 1.0);
        case.schema = Some("../case.schema.json".into());
        let text = case_json(&case);
        assert!(!text.contains("$schema"));
        let mut expected = case.clone();
        expected.schema = None;
        assert_eq!(read_case_file(text.as_bytes(), d).unwrap(), expected);
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat();
        assert_eq!(read_case_file(&with_bom, d).unwrap(), expected);
        for be in [false, true] {
            let mut bytes = if be { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
            for u in text.encode_utf16() {
                bytes.extend(if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            assert_eq!(read_case_file(&bytes, d).unwrap(), expected);
        }
        assert!(matches!(read_case_file(&[0xFF, 0xFE, 0x41], d), Err(ImportError::NotJson(_))));
        assert!(matches!(read_case_file(b"\xC3\x28{}", d), Err(ImportError::NotJson(_))));
    }
}
