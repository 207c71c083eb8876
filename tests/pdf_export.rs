//! The PDF export, natively: a valid PDF whose text (extracted by a PDF parser) holds the plan's
//! goals, agreements and names in every script the app writes, both versions, long plans paginated
//! without loss. The PDFs are also written to `<target>/test-pdfs/` for `scripts/test`, which runs
//! `qpdf --check` and `pdftotext` on them. Needs the `pdf` feature (`cargo test --features pdf`).
#![cfg(feature = "pdf")]

use samenplan::core::case::{Case, Participant, Role};
use samenplan::core::case::{Purpose, Visit};
use samenplan::core::date::Date;
use samenplan::core::import::{check_case, parse_case};
use samenplan::core::instrument::Instrument;
use samenplan::core::matrix::{Need, Severity, SupportKind, Urgency};
use samenplan::core::network::Network;
use samenplan::core::plan::{Agreement, Confirmation, Goal, Outcome, Review, ReviewItem, SupportStep};
use samenplan::export::pdf::export_pdf;
use samenplan::export::{std_capitals, DocOptions, PdfOptions, Version};
use samenplan::i18n::Lang;
use serde_json::json;
use std::path::PathBuf;

const DEMO: &str = include_str!("../schemas/examples/demo-case.json");
const TRIANGLE: &str = include_str!("../schemas/instruments/triangle.json");
const YOUTH: &str = include_str!("../schemas/instruments/youth.json");
const FONT_DIR: &str = "/usr/share/fonts/truetype/dejavu";

fn fonts() -> (Vec<u8>, Vec<u8>) {
    let read = |name: &str| {
        std::fs::read(format!("{FONT_DIR}/{name}"))
            .unwrap_or_else(|e| panic!("{FONT_DIR}/{name}: {e} (scripts/setup installs fonts-dejavu-core)"))
    };
    (read("DejaVuSans.ttf"), read("DejaVuSans-Bold.ttf"))
}

fn instruments() -> Vec<Instrument> {
    vec![Instrument::from_json(TRIANGLE).expect("triangle"), Instrument::from_json(YOUTH).expect("youth")]
}

fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

fn options(version: Version, lang: Lang) -> PdfOptions {
    let (font_regular, font_bold) = fonts();
    PdfOptions {
        doc: DocOptions {
            version,
            lang,
            today: today(),
            safety_next_steps: None,
            money_help: vec![],
            capitals: std_capitals,
        },
        now_ms: 1_795_430_000_000.0,
        font_regular,
        font_bold,
    }
}

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).parent().expect("target dir").join("test-pdfs");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The text of every page, as a PDF reader extracts it (lopdf: fonts' ToUnicode maps), with
/// whitespace squashed so wrapped lines read as one.
fn text_of(pdf: &[u8]) -> (String, lopdf::Document) {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf can read");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("extractable text");
    (text.split_whitespace().collect::<Vec<_>>().join(" "), doc)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The demo family with names and goals in Dutch, Turkish, Polish and Ukrainian, a need about
/// safety, agreements for family, network and professional, a review, and a network.
fn rich_case() -> Case {
    let mut case = parse_case(DEMO).expect("demo case");
    case.participants.push(Participant {
        id: "p-zeynep".into(),
        name: "Zeynep Şahinoğlu".into(),
        role: Role::Parent,
        child_id: None,
    });
    case.participants.push(Participant {
        id: "p-lucja".into(),
        name: "Łucja Żak-Michałowska".into(),
        role: Role::Professional,
        child_id: None,
    });
    case.participants.push(Participant {
        id: "p-ira".into(),
        name: "Іра Ївченко".into(),
        role: Role::NetworkMember,
        child_id: None,
    });
    let a = &mut case.assessments[0];
    for (pid, level) in [("p-sanne", "serious-worries"), ("p-youssef", "some-worries")] {
        let ans = a.answer_mut(pid, "safety");
        ans.level = Some(level.into());
        ans.worries = "Sem klimt overal op; de trap heeft geen hekje.".into();
    }
    case.needs.push(Need {
        id: "n-safety".into(),
        assessment_id: "a1".into(),
        theme_ids: vec!["safety".into(), "daily-care".into()],
        severity: Severity::Moderate,
        urgency: Urgency::Soon,
        support: Some(SupportKind::Informal),
    });
    case.plan.strengths = "We lachen veel samen en Oma Jet is er altijd.".into();
    case.plan.goals = vec![
        Goal {
            id: "g1".into(),
            text: "Noëlle en Sem spelen één keer per week buiten, veilig.".into(),
            need_ids: vec!["n-safety".into()],
            reached: None,
        },
        Goal {
            id: "g2".into(),
            text: "Zeynep'in ailesi ayda bir kez gelir; Łucja pomaga też przy papierach; Іра приходить у неділю і допомагає з їжею.".into(),
            need_ids: vec![],
            reached: None,
        },
    ];
    case.plan.agreements = vec![
        Agreement {
            id: "a-pro".into(),
            who: "p-lucja".into(),
            what: "Łucja belt over een traphekje via de gemeente".into(),
            when: "binnen twee weken".into(),
            goal_id: Some("g1".into()),
            ended: false,
        },
        Agreement {
            id: "a-fam".into(),
            who: "p-sanne".into(),
            what: "Sanne zet het hekje voor de trap".into(),
            when: "deze week".into(),
            goal_id: Some("g1".into()),
            ended: false,
        },
        Agreement {
            id: "a-net".into(),
            who: "p-ira".into(),
            what: "Іра гуляє з Семом у парку".into(),
            when: "щосереди".into(),
            goal_id: None,
            ended: false,
        },
        Agreement {
            id: "a-zey".into(),
            who: "p-zeynep".into(),
            what: "Zeynep ğ ş ı ile haftada bir kez yüzmeye gider".into(),
            when: "her cumartesi".into(),
            goal_id: Some("g2".into()),
            ended: false,
        },
    ];
    case.plan.backup = "Als het hekje er niet komt, past Oma Jet op zolang Sem wakker is.".into();
    case.plan.review_date = Date::parse("2026-12-21").ok();
    case.plan.confirmations = vec![Confirmation { participant_id: "p-sanne".into(), date: today() }];
    case.visits.push(Visit { id: "v2".into(), date: Date::parse("2026-12-21").unwrap(), purpose: Purpose::Evaluate });
    case.plan.reviews = vec![Review {
        id: "r1".into(),
        visit_id: "v2".into(),
        items: vec![ReviewItem {
            agreement_id: "a-fam".into(),
            outcome: Some(Outcome::Done),
            why: "Het hekje zit er.".into(),
            next: "Niets meer nodig.".into(),
        }],
        note: "Goed gedaan.".into(),
        support: Some(SupportStep::Less),
    }];
    check_case(&case).expect("a consistent test case");
    case
}

fn network(people: usize) -> Network {
    let rings = ["veryClose", "close", "further"];
    let sectors = ["family", "friendsNeighbours", "schoolWorkClubs", "professionals"];
    let list: Vec<_> = (0..people)
        .map(|i| {
            let mut p = json!({
                "id": format!("np-{i}"),
                "name": format!("Persoon-{i} Ždanko"),
                "relation": "buur",
                "ring": rings[i % 3],
                "sector": sectors[(i / 3) % 4],
                "slot": i / 12,
                "offer": format!("aanbod-{i}: boodschappen doen"),
                "contact": format!("geheim-{i}@example.org"),
                "invited": i % 2 == 0
            });
            if i == 1 {
                p["role"] = json!("mediator");
            }
            p
        })
        .collect();
    serde_json::from_value(json!({ "people": list })).expect("a valid network")
}

#[test]
fn the_family_plan_is_a_valid_pdf_with_every_name_goal_and_agreement_in_every_script() {
    let case = rich_case();
    let pdf = export_pdf(&case, &instruments(), &options(Version::Family, Lang::Nl)).expect("a PDF");
    std::fs::write(out_dir().join("family-nl.pdf"), &pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.len() < 200 * 1024, "{} bytes", pdf.len());
    let (text, doc) = text_of(&pdf);
    let mut wanted: Vec<String> = vec![case.family_alias.clone()];
    wanted.extend(case.participants.iter().map(|p| p.name.clone()));
    wanted.extend(case.plan.goals.iter().map(|g| g.text.clone()));
    wanted.extend(case.plan.agreements.iter().map(|a| a.what.clone()));
    wanted.push(case.plan.backup.clone());
    wanted.push(case.plan.strengths.clone());
    wanted.extend(
        [
            "Plan voor het gezin",
            "Wat goed gaat",
            "Gemaakt op 23 november 2026",
            "Driehoek",
            "Afspraken",
            // The young person's own triangle beside the family's, and her voice in the needs.
            "Noor · Jongere · kind: Noor",
            "De driehoek van het gezin",
            "Eigen driehoek van Noor",
            "Mensen die mij steunen",
            // Her worries meet the family's themes, or stand on their own (free time meets none).
            "Leren, spelen en school: een middelgrote zorg, er moet binnenkort iets gebeuren. Genoemd door Noor (eigen driehoek).",
            "Vrije tijd en online: een middelgrote zorg, er moet binnenkort iets gebeuren. Genoemd door Noor (eigen driehoek).",
            "Genoemd door Sanne, Youssef.",
            "Mijn ouders en ik: Noor (eigen driehoek)",
            "Mijn ouders en ik · Noor (eigen driehoek): Met papa kan ik goed praten als we samen fietsen.",
            "Nare dingen die gebeurd zijn: Noor (eigen driehoek)",
            "Eigen driehoek van Noor ingevuld (6 antwoorden).",
            // One mark for a theme set aside either way, and the legend names both.
            "Niet besproken / Later",
        ]
        .map(String::from),
    );
    for w in &wanted {
        assert!(text.contains(&squash(w)), "missing {w:?} in:\n{text}");
    }
    for c in ['é', 'ë', 'ş', 'ğ', 'ł', 'ż', 'і', 'ї', 'Ł', 'Ż', 'І', 'Ї'] {
        assert!(text.contains(c), "{c}");
    }
    // Strengths come before worries.
    assert!(text.find("Wat goed gaat").unwrap() < text.find("Zorgen en wensen").unwrap());
    // The family's version has no professional guidance.
    assert!(!text.contains("meldcode"), "safety next steps in the family version");
    // Metadata: title and language.
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nl");
    let info = doc.trailer.get(b"Info").and_then(|o| o.as_reference()).and_then(|id| doc.get_dictionary(id)).unwrap();
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(title.contains("Familie Zon") && title.contains("Plan voor het gezin"), "{title}");
    let created = info.get(b"CreationDate").unwrap().as_str().unwrap();
    assert!(created.starts_with(b"D:2026"), "{}", String::from_utf8_lossy(created));
    // Plain conformance: no ICC output intent (scripts/build leaves printpdf's profile out of the
    // PDF module on that ground).
    assert!(catalog.get(b"OutputIntents").is_err());
    assert!(!pdf.windows(7).any(|w| w == b"FOGRA39"));
    // Every page is numbered.
    let pages = doc.get_pages().len();
    assert!(pages >= 2);
    assert!(text.contains(&format!("1 / {pages}")) && text.contains(&format!("{pages} / {pages}")));
}

#[test]
fn the_full_record_adds_the_matrix_notes_and_safety_steps_and_english_works() {
    let case = rich_case();
    let pdf = export_pdf(&case, &instruments(), &options(Version::Full, Lang::Nl)).expect("a PDF");
    std::fs::write(out_dir().join("full-nl.pdf"), &pdf).unwrap();
    let (text, _) = text_of(&pdf);
    for w in [
        "Volledig verslag",
        "meldcode",
        "Wat heeft het gezin nodig?",
        "Sem klimt overal op; de trap heeft geen hekje.",
        "Het hekje zit er.",
        "Goed gedaan.",
        "Toestemming",
    ] {
        assert!(text.contains(w), "missing {w:?}");
    }
    // The organisation's own safety text (configuration) replaces the general one.
    let mut o = options(Version::Full, Lang::Nl);
    o.doc.safety_next_steps = Some("Bel bij twijfel de aandachtsfunctionaris van GGD Zon: 010-1234567.".into());
    let (text, _) = text_of(&export_pdf(&case, &instruments(), &o).expect("a PDF"));
    assert!(text.contains("Bel bij twijfel de aandachtsfunctionaris van GGD Zon: 010-1234567."));
    assert!(!text.contains("meldcode"), "the general text next to the organisation's");
    // An answer marked "only for our conversation" is not in any PDF.
    let mut private = case.clone();
    private.assessments[0].answers.iter_mut().filter(|a| a.theme_id == "safety").for_each(|a| {
        a.worries = "Alleen voor ons gesprek: de ruzie van gisteren.".into();
        a.private = a.participant_id == "p-sanne";
    });
    let (text, _) = text_of(&export_pdf(&private, &instruments(), &options(Version::Full, Lang::Nl)).expect("a PDF"));
    assert_eq!(text.matches("de ruzie van gisteren").count(), 1, "Youssef's note only, not Sanne's private one");
    let pdf = export_pdf(&case, &instruments(), &options(Version::Family, Lang::En)).expect("a PDF");
    std::fs::write(out_dir().join("family-en.pdf"), &pdf).unwrap();
    let (text, doc) = text_of(&pdf);
    assert_eq!(doc.catalog().unwrap().get(b"Lang").unwrap().as_str().unwrap(), b"en");
    for w in ["The family's plan", "What goes well", "Łucja Żak-Michałowska", "Іра Ївченко"] {
        assert!(text.contains(w), "missing {w:?}");
    }
}

#[test]
fn forty_agreements_and_twenty_five_network_people_paginate_without_loss() {
    let mut case = rich_case();
    case.network = network(25).into();
    let whos = ["p-sanne", "p-youssef", "p-inge", "p-oma", "np-3", "np-7"];
    case.plan.agreements = (0..40)
        .map(|i| Agreement {
            id: format!("ag-{i}"),
            who: whos[i % whos.len()].into(),
            what: format!("afspraak-{i:02} {}", "met een uitleg die over meer regels loopt ".repeat(i % 4 + 1)),
            when: format!("week {i}"),
            goal_id: None,
            ended: i % 9 == 0,
        })
        .collect();
    case.plan.reviews.clear();
    check_case(&case).expect("consistent");
    for version in [Version::Family, Version::Full] {
        let pdf = export_pdf(&case, &instruments(), &options(version, Lang::Nl)).expect("a PDF");
        std::fs::write(out_dir().join(format!("long-{}.pdf", version.key())), &pdf).unwrap();
        let (text, doc) = text_of(&pdf);
        assert!(doc.get_pages().len() >= 4, "{} pages", doc.get_pages().len());
        for a in &case.plan.agreements {
            assert!(text.contains(&squash(&a.what)), "agreement {:?} lost", a.id);
        }
        for i in 0..25 {
            assert!(text.contains(&format!("aanbod-{i}:")), "person {i}'s offer lost");
            assert!(!text.contains(&format!("geheim-{i}")), "a contact preference left the device");
        }
        assert!(text.contains("Het netwerk van Familie Zon"));
    }
}

#[test]
fn the_font_is_embedded_as_a_subset() {
    let case = rich_case();
    let pdf = export_pdf(&case, &instruments(), &options(Version::Family, Lang::Nl)).expect("a PDF");
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let mut font_files = 0;
    for (_, obj) in doc.objects.iter() {
        if let Ok(dict) = obj.as_dict() {
            if let Ok(ff) = dict.get(b"FontFile2").and_then(|o| o.as_reference()) {
                let stream = doc.get_object(ff).unwrap().as_stream().unwrap();
                let len = stream.decompressed_content().map(|c| c.len()).unwrap_or(stream.content.len());
                assert!(len < 150_000, "font program of {len} bytes is not subset");
                font_files += 1;
            }
        }
    }
    assert_eq!(font_files, 2, "regular and bold are embedded");
}

#[test]
fn a_broken_font_is_an_error_not_a_panic() {
    let case = rich_case();
    let mut o = options(Version::Family, Lang::Nl);
    o.font_regular = b"not a font".to_vec();
    assert_eq!(export_pdf(&case, &instruments(), &o), Err(samenplan::export::ExportError::Font));
}

#[test]
fn the_pdf_speaks_turkish_polish_and_ukrainian_left_to_right() {
    let case = rich_case();
    for (lang, want) in [
        (Lang::Tr, ["Ailenin planı", "İyi gidenler", "Üçgen"]),
        (Lang::Pl, ["Plan dla rodziny", "Łucja Żak-Michałowska", "Іра Ївченко"]),
        (Lang::Uk, ["План для родини", "Що виходить добре", "Трикутник"]),
    ] {
        let pdf = export_pdf(&case, &instruments(), &options(Version::Family, lang)).expect("a PDF");
        std::fs::write(out_dir().join(format!("family-{}.pdf", lang.code())), &pdf).unwrap();
        let (text, doc) = text_of(&pdf);
        for w in want {
            assert!(text.contains(w), "{}: missing {w:?}", lang.code());
        }
        assert_eq!(doc.catalog().unwrap().get(b"Lang").unwrap().as_str().unwrap(), lang.code().as_bytes());
        // Left to right: the title starts at the left margin.
        let title = words_with_boxes(&pdf).into_iter().find(|w| w.text == want[0].split(' ').next().unwrap());
        let title = title.unwrap_or_else(|| panic!("{}: no title word", lang.code()));
        assert!((title.x_min - 56.0).abs() < 1.5, "{}: the title starts at {}", lang.code(), title.x_min);
    }
}

/// A word as `pdftotext -bbox` finds it on a page, in points from the top left.
#[derive(Debug)]
struct Word {
    page: usize,
    text: String,
    x_min: f32,
    x_max: f32,
    y_max: f32,
}

fn run_poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = out_dir().join("poppler");
    std::fs::create_dir_all(&dir).unwrap();
    // One file per call: the tests of this file run in parallel threads of one process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = dir.join(format!("{tool}-{}-{call}.pdf", std::process::id()));
    std::fs::write(&file, pdf).unwrap();
    let out = std::process::Command::new(tool)
        .args(args)
        .arg(&file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e} (scripts/setup installs poppler-utils)"));
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_file(&file);
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The words of every page with their boxes (poppler's `pdftotext -bbox`).
fn words_with_boxes(pdf: &[u8]) -> Vec<Word> {
    let html = run_poppler("pdftotext", &["-bbox", "-enc", "UTF-8"], pdf);
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    let unescape = |s: &str| s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    let mut words = Vec::new();
    let mut page = 0;
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<word ") {
            let text = line.split('>').nth(1).unwrap_or("").split("</word").next().unwrap_or("");
            words.push(Word {
                page,
                text: unescape(text),
                x_min: attr(line, "xMin"),
                x_max: attr(line, "xMax"),
                y_max: attr(line, "yMax"),
            });
        }
    }
    words
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06ff}').contains(&c)
        || ('\u{fb50}'..='\u{fdff}').contains(&c)
        || ('\u{fe70}'..='\u{feff}').contains(&c)
}

/// The Unicode text each glyph of the embedded fonts stands for (their ToUnicode maps).
fn glyph_texts(doc: &lopdf::Document) -> Vec<String> {
    let mut out = Vec::new();
    for obj in doc.objects.values() {
        let Ok(stream) = obj.as_stream() else { continue };
        let Ok(content) = stream.decompressed_content() else { continue };
        let cmap = String::from_utf8_lossy(&content);
        if !cmap.contains("beginbfchar") && !cmap.contains("beginbfrange") {
            continue;
        }
        for line in cmap.lines() {
            let hex: Vec<&str> = line.split(['<', '>']).filter(|s| !s.trim().is_empty()).collect();
            if let [_, target] = hex[..] {
                let units: Vec<u16> = (0..target.len() / 4)
                    .filter_map(|i| u16::from_str_radix(&target[i * 4..i * 4 + 4], 16).ok())
                    .collect();
                out.push(String::from_utf16_lossy(&units));
            }
        }
    }
    out
}

#[test]
fn the_family_plan_in_arabic_reads_right_to_left_with_joined_letters() {
    let case = rich_case();
    let started = std::time::Instant::now();
    let pdf = export_pdf(&case, &instruments(), &options(Version::Family, Lang::Ar)).expect("a PDF");
    let took = started.elapsed();
    std::fs::write(out_dir().join("family-ar.pdf"), &pdf).unwrap();
    println!("family-ar.pdf: {} bytes in {took:?}", pdf.len());
    assert!(pdf.len() < 200 * 1024, "{} bytes", pdf.len());
    let check = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(out_dir().join("family-ar.pdf"))
        .output()
        .expect("qpdf (scripts/setup installs it)");
    assert!(check.status.success(), "qpdf --check: {}", String::from_utf8_lossy(&check.stdout));

    // Metadata: Arabic title, subject and language.
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    assert_eq!(doc.catalog().unwrap().get(b"Lang").unwrap().as_str().unwrap(), b"ar");
    let info = doc.trailer.get(b"Info").and_then(|o| o.as_reference()).and_then(|id| doc.get_dictionary(id)).unwrap();
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(title.contains("خطة Familie Zon") && title.contains("خطة العائلة"), "{title}");
    assert_eq!(lopdf::decode_text_string(info.get(b"Subject").unwrap()).unwrap(), "خطة العائلة");

    // The Arabic words as written, in the words of the interface and of the instrument (theme
    // titles), extracted by poppler in reading order.
    // (poppler brackets right-to-left runs with embedding marks; they are not the PDF's.)
    let text: String = run_poppler("pdftotext", &["-enc", "UTF-8"], &pdf)
        .chars()
        .filter(|c| !('\u{202a}'..='\u{202e}').contains(c))
        .collect();
    let text = squash(&text);
    let wanted = [
        "خطة العائلة",
        "الأطفال",
        "ما يسير جيدًا",
        "المثلث",
        "من يفعل ماذا",
        "القواعد والحدود",
        "الدعم من الآخرين",
        "الرعاية اليومية",
        "الأمان",
    ];
    for w in wanted {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
    // Latin and Cyrillic inside the Arabic document keep their order.
    for w in ["Łucja Żak-Michałowska", "Іра Ївченко", "Zeynep Şahinoğlu", "Familie Zon"] {
        assert!(text.contains(w), "missing {w:?}");
    }
    // In the page's drawing order (lopdf reads the content streams as they are) an Arabic word is
    // drawn from its last letter to its first: right to left on the page. Drawn left to right, the
    // word would read backwards.
    let (drawn, _) = text_of(&pdf);
    for w in ["العائلة", "اليومية"] {
        let reversed: String = w.chars().rev().collect();
        assert!(drawn.contains(&reversed), "{w:?} is not drawn right to left");
        assert!(!drawn.contains(w), "{w:?} is drawn left to right");
    }

    // Joined letters: the font's contextual forms are used, so there are more Arabic glyphs than
    // Arabic letters (a letter alone, at the start, in the middle and at the end of a word).
    let glyphs = glyph_texts(&doc);
    let arabic: Vec<&String> = glyphs.iter().filter(|g| g.chars().any(is_arabic)).collect();
    let letters: std::collections::BTreeSet<&String> = arabic.iter().copied().collect();
    assert!(arabic.len() >= letters.len() * 3 / 2, "{} glyphs for {} letters: not joined", arabic.len(), letters.len());
    assert!(
        glyphs.iter().all(|g| !g.chars().any(|c| ('\u{fe70}'..='\u{feff}').contains(&c))),
        "presentation forms as text"
    );

    // Right-aligned: the lines of Arabic text end at the right margin, and nothing crosses it.
    let words = words_with_boxes(&pdf);
    let right = 595.28 - 56.0;
    let mut line_ends: std::collections::BTreeMap<(usize, i32), f32> = Default::default();
    for w in words.iter().filter(|w| w.text.chars().any(is_arabic)) {
        assert!(w.x_max <= right + 1.0 && w.x_min >= 55.0, "{w:?} is outside the margins");
        let end = line_ends.entry((w.page, w.y_max.round() as i32)).or_insert(0.0);
        *end = end.max(w.x_max);
    }
    let at_margin = line_ends.values().filter(|x| (*x - right).abs() < 1.5).count();
    // (Table cells end at their column's edge and figure labels anywhere: not every line.)
    assert!(at_margin >= 30, "{at_margin} of {} lines end at the margin", line_ends.len());
    // (-bbox gives a right-to-left word's letters in the order they are drawn.)
    let heading = words.iter().find(|w| w.text == "خطة" || w.text == "ةطخ").expect("the title");
    assert!((heading.x_max - right).abs() < 1.5, "the title ends at {}", heading.x_max);
    // The page number sits on the left.
    let pages = doc.get_pages().len();
    let number = words.iter().find(|w| w.page == 1 && w.text == pages.to_string()).expect("a page number");
    assert!(number.x_min < 120.0, "page number at {}", number.x_min);

    // The full record in Arabic too: the matrix table and the framed safety note.
    let pdf = export_pdf(&case, &instruments(), &options(Version::Full, Lang::Ar)).expect("a PDF");
    std::fs::write(out_dir().join("full-ar.pdf"), &pdf).unwrap();
    let text: String = run_poppler("pdftotext", &["-enc", "UTF-8"], &pdf)
        .chars()
        .filter(|c| !('\u{202a}'..='\u{202e}').contains(c))
        .collect();
    for w in ["التقرير الكامل", "مخاوف بشأن الأمان", "تحتاجه العائلة"] {
        assert!(squash(&text).contains(w), "the full record lacks {w:?}");
    }
}

#[test]
fn the_circle_figure_shows_each_initial_in_capitals_as_its_caller_makes_them() {
    let mut case = rich_case();
    case.network = network(3).into();
    case.network.people[0].name = "élise".into();
    let texts = |capitals: fn(&str) -> String| -> Vec<String> {
        samenplan::export::figure::circle(&case, "gezin", &|k: &str| k.to_string(), capitals)
            .shapes
            .into_iter()
            .filter_map(|s| match s {
                samenplan::export::figure::Shape::Text { text, .. } => Some(text),
                _ => None,
            })
            .collect()
    };
    let pdf = texts(std_capitals);
    assert!(pdf.iter().any(|t| t == "É"), "Rust's capitals for the PDF: {pdf:?}");
    assert!(pdf.iter().any(|t| t == "P"), "{pdf:?}");
    // The app passes the browser's; whatever the caller gives is what the figure shows.
    let marked = texts(|s| format!("<{s}>"));
    assert!(marked.iter().any(|t| t == "<é>"), "{marked:?}");
}

#[test]
fn long_names_and_roles_wrap_in_the_circle_and_are_never_cut() {
    let mut case = rich_case();
    case.family_alias = "Familie Ter Horst-van Dijk".into();
    case.network = network(3).into();
    case.network.people[0].name = "Wilhelmina Zuidervoorstraat".into();
    case.network.people[1].relation = "teacher of Noor at the primary school".into();
    let figure = samenplan::export::figure::circle(&case, "gezin", &|k: &str| k.to_string(), std_capitals);
    let texts: Vec<String> = figure
        .shapes
        .into_iter()
        .filter_map(|s| match s {
            samenplan::export::figure::Shape::Text { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    let all = texts.join(" ");
    for whole in ["Familie Ter Horst-van Dijk", "Wilhelmina Zuidervoorstraat", "teacher of Noor at the primary school"]
    {
        assert!(all.contains(whole), "{whole:?} is not whole in the figure: {texts:?}");
    }
    assert!(!all.contains('…'), "{texts:?}");
    let pdf = export_pdf(&case, &instruments(), &options(Version::Family, Lang::Nl)).expect("a PDF");
    std::fs::write(out_dir().join("long-names-nl.pdf"), &pdf).unwrap();
    let (text, _) = text_of(&pdf);
    // The figure's words, as a reader extracts them from the page: from its title to its key.
    let from = text.find("Het netwerk van").expect("the circle's heading");
    let figure = &text[from..from + text[from..].find("Gestreept").expect("the circle's key")];
    assert!(!figure.contains('…'), "the PDF's circle cuts a text: {figure}");
    assert!(figure.contains("Gezin Familie Ter Horst-van Dijk"), "{figure}");
    assert!(figure.contains("Wilhelmina Zuidervoorstraat"), "{figure}");
    assert!(figure.contains("teacher of Noor at the primary school"), "{figure}");
}

/// The demo family at a second visit: two people joined, one left, a stressful line turned
/// strong, and the triangle answered again with housing grown into a strength.
fn second_visit() -> Case {
    use samenplan::core::network::{NetworkAction, Ring, Sector, TieKind};
    use samenplan::core::{apply, CaseAction};
    let mut case = parse_case(DEMO).expect("demo case");
    let act = |case: &mut Case, a: CaseAction| apply(case, a).unwrap_or_else(|e| panic!("{e}"));
    let net = |case: &mut Case, a: NetworkAction| apply(case, CaseAction::Network(a)).unwrap_or_else(|e| panic!("{e}"));
    act(
        &mut case,
        CaseAction::AddVisit { id: "v2".into(), date: Date::parse("2027-01-11").unwrap(), purpose: Purpose::Monitor },
    );
    for (id, name, ring, sector) in [
        ("n-henk", "Opa Henk", Ring::Close, Sector::Family),
        ("n-coach", "Coach Lisa", Ring::Further, Sector::SchoolWorkClubs),
    ] {
        net(
            &mut case,
            NetworkAction::Add {
                id: id.into(),
                name: name.into(),
                relation: String::new(),
                ring,
                sector,
                suggested_by: None,
            },
        );
    }
    net(&mut case, NetworkAction::SetTieKind { person: "n-henk".into(), other: None, kind: Some(TieKind::Strong) });
    net(&mut case, NetworkAction::Remove { id: "n-ans".into() });
    net(
        &mut case,
        NetworkAction::SetTieKind {
            person: "n-kees".into(),
            other: Some("n-mira".into()),
            kind: Some(TieKind::Strong),
        },
    );
    net(&mut case, NetworkAction::Move { id: "n-mira".into(), ring: Ring::Close, sector: Sector::Family, slot: None });
    let first = case.assessments[0].clone();
    let mut again = first.clone();
    again.id = "a-v2".into();
    again.visit_id = "v2".into();
    let who = first.answers[0].participant_id.clone();
    again.answer_mut(&who, "housing").level = Some("strength".into());
    case.assessments.push(again);
    let mut before = case.assessments[0].clone();
    before.answer_mut(&who, "housing").level = Some("some-worries".into());
    case.assessments[0] = before;
    check_case(&case).expect("a valid case");
    case
}

#[test]
fn the_eco_map_has_its_lines_and_key_and_a_second_visit_adds_a_page_of_change() {
    let one = parse_case(DEMO).expect("demo case");
    let pdf = export_pdf(&one, &instruments(), &options(Version::Family, Lang::Nl)).expect("a PDF");
    let (text, _) = text_of(&pdf);
    for want in [
        "Sterke band: dikke lijn",
        "Geeft spanning: zigzaglijn",
        "Pijl: zo gaat de steun",
        "De banden",
        "De band tussen Opa Kees en het gezin is sterk. Opa Kees steunt het gezin.",
        "Het contact tussen Tante Mira en Opa Kees geeft spanning.",
        "Bij opa Kees thuis",
        "28 december 2026",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("Wat is er veranderd?"), "one visit: no page of change");

    let case = second_visit();
    let pdf = export_pdf(&case, &instruments(), &options(Version::Family, Lang::Nl)).expect("a PDF");
    std::fs::write(out_dir().join("ecomap-nl.pdf"), &pdf).unwrap();
    let (text, doc) = text_of(&pdf);
    let after = &text[text.find("Wat is er veranderd?").expect("the page of change")..];
    for want in [
        "Opa Henk is erbij gekomen.",
        "Coach Lisa is erbij gekomen.",
        "Ans staat niet meer in de cirkel.",
        "Tante Mira staat nu dichterbij: dichtbij.",
        "De band tussen Tante Mira en Opa Kees is veranderd: eerst met spanning, nu sterk.",
        "Sterker geworden: ",
        "Erbij gekomen",
    ] {
        assert!(after.contains(want), "missing {want:?} in:\n{after}");
    }
    // The page of change starts on a page of its own, and it is the last.
    let pages = doc.get_pages();
    let last: Vec<u32> = pages.keys().copied().collect();
    let page_text = |n: u32| doc.extract_text(&[n]).unwrap();
    let start = last.iter().find(|n| page_text(**n).contains("Wat is er veranderd?")).copied().unwrap();
    assert!(
        page_text(start).split_whitespace().collect::<Vec<_>>().join(" ").starts_with("Wat is er veranderd?"),
        "the page starts with its heading: {}",
        page_text(start)
    );
    assert_eq!(start, *last.last().unwrap(), "the change over time fits one page");
}
