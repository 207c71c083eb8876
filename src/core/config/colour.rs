//! The colours a configuration may set: written as `#rrggbb`, and measured against white text
//! (WCAG), because the app writes white on them.

/// `#rgb` or `#rrggbb` as lower-case `#rrggbb`.
pub fn parse_colour(s: &str) -> Option<String> {
    let hex = s.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}

/// WCAG 2 relative luminance of a `#rrggbb` colour.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0)) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// The WCAG contrast ratio of white text on this `#rrggbb` colour (1 to 21).
pub fn contrast_with_white(hex: &str) -> f64 {
    1.05 / (luminance(hex) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast_with_white("#000000") - 21.0).abs() < 1e-9);
        assert!((contrast_with_white("#ffffff") - 1.0).abs() < 1e-9);
        // The app's own blue and a known borderline grey.
        assert!(contrast_with_white("#24527a") > 7.0);
        assert!(contrast_with_white("#767676") >= 4.5);
        assert!(contrast_with_white("#777777") < 4.5);
    }

    #[test]
    fn colours_are_normalised() {
        assert_eq!(parse_colour("#ABC").as_deref(), Some("#aabbcc"));
        assert_eq!(parse_colour("#24527A").as_deref(), Some("#24527a"));
        for bad in ["24527a", "#2452", "#gggggg", "", "#", "red"] {
            assert_eq!(parse_colour(bad), None, "{bad}");
        }
    }
}
