use super::blocks::PAD;
use super::wrap::RLM;
use super::*;
use crate::export::content::{Cell, Table};

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn wrapping_keeps_every_word_and_respects_the_width() {
    let text = "Oma haalt Noor op woensdag van school, en neemt haar mee naar zwemles.\nDaarna eten ze samen.";
    let lines = wrap(text, 120.0, 10.0, false, &FixedWidth);
    assert!(lines.len() > 3, "{lines:?}");
    assert!(lines.iter().all(|l| FixedWidth.width(l, 10.0, false) <= 120.0), "{lines:?}");
    assert_eq!(squash(&lines.join(" ")), squash(text));
    // A word longer than the line is broken, not cut.
    let long = "Gezondheidsonderzoeksafspraak".repeat(3);
    let lines = wrap(&long, 50.0, 10.0, false, &FixedWidth);
    assert_eq!(lines.concat(), long);
    assert!(lines.iter().all(|l| FixedWidth.width(l, 10.0, false) <= 50.0));
    // Controls and direction overrides are dropped; nothing else.
    assert_eq!(wrap("a\u{202e}b\u{7}c ż", 500.0, 10.0, false, &FixedWidth), vec!["abc ż"]);
    assert_eq!(wrap("", 100.0, 10.0, false, &FixedWidth), vec![""]);
}

fn doc(blocks: Vec<Block>) -> Document {
    Document {
        title: "t".into(),
        subject: "s".into(),
        lang: "nl",
        rtl: false,
        footer: "Familie Zon · Plan".into(),
        blocks,
    }
}

fn all_text(pages: &[Page]) -> String {
    pages.iter().flat_map(|p| p.texts().map(str::to_string).collect::<Vec<_>>()).collect::<Vec<_>>().join(" ")
}

#[test]
fn long_content_paginates_within_the_margins_and_numbers_every_page() {
    let rows: Vec<Vec<Cell>> = (0..80)
        .map(|i| {
            vec![
                Cell::text(format!("Persoon {i}")),
                Cell::text(format!("afspraak-{i} met wat uitleg erbij")),
                Cell::text("elke week"),
            ]
        })
        .collect();
    let mut blocks = vec![Block::Title("Het plan van Familie Zon".into()), Block::Heading("Afspraken".into())];
    blocks.push(Block::Table(Table {
        header: vec!["Wie".into(), "Wat".into(), "Wanneer".into()],
        widths: vec![1.0, 2.0, 1.0],
        rows,
    }));
    blocks.push(Block::Bullets((0..60).map(|i| format!("punt-{i} {}", "tekst ".repeat(i % 7 + 1))).collect()));
    let pages = layout(&doc(blocks), &FixedWidth);
    assert!(pages.len() >= 3, "{}", pages.len());
    let text = all_text(&pages);
    for i in 0..80 {
        assert!(text.contains(&format!("afspraak-{i} ")), "agreement {i} lost");
    }
    for i in 0..60 {
        assert!(text.contains(&format!("punt-{i} ")), "bullet {i} lost");
    }
    for (n, page) in pages.iter().enumerate() {
        let number = format!("{} / {}", n + 1, pages.len());
        assert!(page.texts().any(|t| t == number), "page {n} has no number");
        for s in &page.shapes {
            if let Shape::Text { x, y, size, bold, text, .. } = s {
                assert!(
                    *x >= MARGIN_X - 0.01 && x + FixedWidth.width(text, *size, *bold) <= PAGE_W - MARGIN_X + 0.5,
                    "{text} sticks out"
                );
                assert!(*y > MARGIN_TOP && *y <= PAGE_H - 30.0, "{text} at {y}");
                if *y < CONTENT_BOTTOM + 1.0 {
                    assert!(*y <= CONTENT_BOTTOM, "{text} below the content");
                }
            }
        }
    }
    // The table's header comes back on the pages it continues on.
    let headed = pages.iter().filter(|p| p.texts().any(|t| t == "Wanneer")).count();
    assert!(headed >= 2, "{headed}");
}

#[test]
fn a_row_taller_than_a_page_continues_on_the_next_page() {
    let huge = (0..400).map(|i| format!("woord{i}")).collect::<Vec<_>>().join(" ");
    let t = Table {
        header: vec!["A".into(), "B".into()],
        widths: vec![1.0, 1.0],
        rows: vec![vec![Cell::text("x"), Cell::text(huge.clone())]],
    };
    let pages = layout(&doc(vec![Block::Table(t)]), &FixedWidth);
    assert!(pages.len() >= 2);
    let words: std::collections::BTreeSet<String> = all_text(&pages).split_whitespace().map(str::to_string).collect();
    for i in 0..400 {
        assert!(words.contains(&format!("woord{i}")), "word {i} lost");
    }
}

#[test]
fn a_right_to_left_document_is_the_mirror_image() {
    let t = Table {
        header: vec!["أولاً".into(), "ثانياً".into()],
        widths: vec![1.0, 1.0],
        rows: vec![vec![Cell::text("واحد"), Cell::text("اثنان")]],
    };
    let para = format!("كلمة {}", "word ".repeat(40));
    let mut d = doc(vec![Block::Title("خطة".into()), Block::Para(para), Block::Table(t)]);
    d.rtl = true;
    let pages = layout(&d, &FixedWidth);
    let place = |want: &str| {
        pages[0]
            .shapes
            .iter()
            .find_map(|s| match s {
                Shape::Text { x, size, bold, text, .. } if text.trim_start_matches(RLM) == want => {
                    Some((*x, x + FixedWidth.width(text, *size, *bold)))
                }
                _ => None,
            })
            .unwrap_or_else(|| panic!("{want} not on the page"))
    };
    let right = PAGE_W - MARGIN_X;
    // Right-aligned, and the table's first column on the right.
    assert!((place("خطة").1 - right).abs() < 0.01);
    assert!((place("أولاً").1 - (right - PAD)).abs() < 0.01);
    assert!(place("اثنان").1 < PAGE_W / 2.0);
    // A line of only Latin words in a right-to-left paragraph is marked right to left.
    let texts: Vec<&str> = pages[0].texts().collect();
    assert!(texts.iter().any(|t| t.starts_with(RLM) && t.contains("word")), "{texts:?}");
    // The page number on the left.
    assert!((place("1 / 1").0 - MARGIN_X).abs() < 0.01);
}

#[test]
fn a_heading_is_never_left_alone_at_the_bottom_of_a_page() {
    let mut blocks = vec![Block::Para("regel ".repeat(700))];
    blocks.push(Block::Heading("Doelen".into()));
    blocks.push(Block::Para("Het eerste doel".into()));
    let pages = layout(&doc(blocks), &FixedWidth);
    let page = pages.iter().find(|p| p.texts().any(|t| t == "Doelen")).unwrap();
    assert!(page.texts().any(|t| t == "Het eerste doel"));
}

#[test]
fn a_figures_title_stays_on_the_figures_page() {
    let instrument =
        crate::core::instrument::Instrument::from_json(include_str!("../../../schemas/instruments/youth.json"))
            .unwrap();
    let empty = crate::core::assessment::Assessment {
        id: "a".into(),
        visit_id: "v".into(),
        instrument_id: "youth".into(),
        instrument_version: 1,
        answers: Vec::new(),
    };
    let fig = crate::export::figure::triangle(&instrument, &empty, &[], "nl");
    // Fill the page until only a little more than a subheading's room is left.
    for lines in [600, 640, 680, 720] {
        let mut blocks = vec![Block::Para("regel ".repeat(lines))];
        blocks.push(Block::Subheading("Eigen driehoek van Lies".into()));
        blocks.push(Block::Figure(fig.clone()));
        let pages = layout(&doc(blocks), &FixedWidth);
        let page = pages.iter().find(|p| p.texts().any(|t| t == "Eigen driehoek van Lies")).unwrap();
        assert!(page.texts().any(|t| t == "Om mij heen"), "{lines}: the title was left without its figure");
    }
}
