//! The QR module (feature `qr`): a code drawn by `svg` is read back by `decode`, for payloads of
//! the sizes the co-fill invitation and answers use (up to about 1,500 characters per code).
#![cfg(feature = "qr")]

use samenplan::qr_worker::{decode, modules, svg, MODULE_PX, QUIET_ZONE};

/// An opaque base64url-like payload of `len` characters, different for every length.
fn payload(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut state = 0x9e37_79b9_u32 ^ len as u32;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            ALPHABET[(state % 64) as usize] as char
        })
        .collect()
}

/// Draws the SVG's dark rectangles (the `M x y h w v1 h-w z` runs it writes) on a white greyscale
/// image, `scale` pixels per viewBox unit. Returns (side, luma).
fn rasterise(svg: &str, scale: usize) -> (usize, Vec<u8>) {
    let view = svg.split("viewBox=\"0 0 ").nth(1).expect("viewBox");
    let size: usize = view.split(' ').next().unwrap().parse().unwrap();
    let side = size * scale;
    let mut luma = vec![255u8; side * side];
    let d = svg.split(" d=\"").nth(1).expect("path").split('"').next().unwrap();
    for run in d.split('M').filter(|r| !r.is_empty()) {
        // "x yhwv1h-wz"
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (w, rest) = rest.split_once('v').unwrap();
        assert!(rest.starts_with("1h-") && rest.ends_with('z'), "unexpected path run {run:?}");
        let (x, y, w): (usize, usize, usize) = (x.parse().unwrap(), y.parse().unwrap(), w.parse().unwrap());
        for py in y * scale..(y + 1) * scale {
            for px in x * scale..(x + w) * scale {
                luma[py * side + px] = 0;
            }
        }
    }
    (side, luma)
}

#[test]
fn codes_of_10_500_and_1500_characters_read_back() {
    for len in [10, 500, 1500] {
        let text = payload(len);
        let svg = svg(&text).expect("fits in one code");
        let (side, luma) = rasterise(&svg, 3);
        assert_eq!(decode(side, side, &luma), vec![text.clone()], "{len} characters");
    }
}

#[test]
fn the_svg_has_a_quiet_zone_a_viewbox_and_crisp_edges() {
    let text = payload(10);
    let (width, dark) = modules(&text).unwrap();
    assert_eq!(width, 21, "10 bytes at level M fit in version 1");
    let size = width + 2 * QUIET_ZONE;
    let svg = svg(&text).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(&format!("viewBox=\"0 0 {size} {size}\"")));
    assert!(svg.contains(&format!("width=\"{}\"", size * MODULE_PX)));
    assert!(svg.contains("shape-rendering=\"crispEdges\""));
    assert!(svg.contains("fill=\"#fff\"") && svg.contains("fill=\"#000\""));
    // The quiet zone is white; the modules are where the matrix says.
    let (side, luma) = rasterise(&svg, 1);
    assert_eq!(side, size);
    for y in 0..size {
        for x in 0..size {
            let inside = (QUIET_ZONE..QUIET_ZONE + width).contains(&x) && (QUIET_ZONE..QUIET_ZONE + width).contains(&y);
            let want_dark = inside && dark[(y - QUIET_ZONE) * width + (x - QUIET_ZONE)];
            assert_eq!(luma[y * side + x] == 0, want_dark, "module ({x}, {y})");
        }
    }
}

#[test]
fn level_m_holds_1500_bytes_and_refuses_what_does_not_fit() {
    let (width, _) = modules(&payload(1500)).unwrap();
    assert!(width <= 145, "1,500 bytes need at most version 32, got {width} modules");
    assert!(svg(&payload(2400)).is_none(), "more than version 40-M holds");
}

#[test]
fn two_codes_in_one_image_are_both_found_and_bad_input_gives_nothing() {
    let (a, b) = (payload(20), payload(24)); // both version 2
    let (side, left) = rasterise(&svg(&a).unwrap(), 4);
    let (side_b, right) = rasterise(&svg(&b).unwrap(), 4);
    assert_eq!(side, side_b);
    let width = side * 2;
    let mut both = vec![255u8; width * side];
    for y in 0..side {
        both[y * width..y * width + side].copy_from_slice(&left[y * side..(y + 1) * side]);
        both[y * width + side..(y + 1) * width].copy_from_slice(&right[y * side..(y + 1) * side]);
    }
    let mut found = decode(width, side, &both);
    found.sort();
    let mut want = vec![a, b];
    want.sort();
    assert_eq!(found, want);
    assert!(decode(10, 10, &[0; 99]).is_empty(), "size mismatch");
    assert!(decode(0, 0, &[]).is_empty());
    assert!(decode(64, 64, &[255; 64 * 64]).is_empty(), "blank image");
}
