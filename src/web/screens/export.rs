//! The share step: the family's plan and the full record as PDF (made in a Web Worker), the whole
//! case as a JSON file, and printing the family's plan. The print view is the same document as the
//! family's PDF (`export::content`), drawn as HTML and shown only on paper.

use crate::core::case::Case;
use crate::core::CaseAction;
use crate::export::content::{document, Block, Cell, Swatch};
use crate::export::figure::{Figure, Shape};
use crate::export::file::{case_json, json_file_name, pdf_file_name};
use crate::export::{DocOptions, Version};
use crate::i18n::Arg;
use crate::web::files::download;
use crate::web::pdf_client::{make_pdf, PdfFailure, Stage};
use crate::web::state::use_env;
use crate::web::widgets::figure_svg::{figure_svg, shape_svg};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

/// What the status line says.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Busy(Stage),
    /// A file was offered: its name, and for a PDF how long the worker took (ms).
    Saved {
        name: String,
        ms: Option<f64>,
    },
    Failed(String),
}

/// The organisation's money help as the document's lines in `lang`.
fn money_help(env: &crate::web::state::Env, lang: crate::core::lang::Lang) -> Vec<String> {
    env.org.config.money_help().iter().map(|s| s.line(lang.code())).collect()
}

fn swatch_svg(s: &Swatch) -> Html {
    let mut shapes = vec![Shape::Circle {
        cx: 8.0,
        cy: 8.0,
        r: 7.0,
        fill: Some(s.fill),
        stroke: Some(crate::export::figure::Stroke {
            colour: crate::export::figure::Rgb::INK,
            width: 1.0,
            dashed: s.dashed,
        }),
    }];
    if let Some(m) = s.marker {
        shapes.extend(crate::export::figure::marker(m, 8.0, 8.0, 9.0, s.fill.ink_on()));
    }
    html! {
        <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            { for shapes.iter().map(shape_svg) }
        </svg>
    }
}

fn figure_html(f: &Figure) -> Html {
    figure_svg(f, "print-figure")
}

fn cell_html(c: &Cell) -> Html {
    html! { <>{ for c.swatch.as_ref().map(swatch_svg) }{ c.text.clone() }</> }
}

/// The document as HTML, for the browser's print.
fn blocks_html(blocks: &[Block]) -> Html {
    html! {
        { for blocks.iter().map(|b| match b {
            Block::Title(t) => html! { <h3 class="print-title">{ t.clone() }</h3> },
            Block::Heading(t) => html! { <h4>{ t.clone() }</h4> },
            Block::Subheading(t) => html! { <h5>{ t.clone() }</h5> },
            Block::Para(t) => html! { <p>{ t.clone() }</p> },
            Block::Hint(t) => html! { <p class="hint">{ t.clone() }</p> },
            Block::Bullets(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul> },
            Block::Fields(fields) => html! {
                <dl class="print-fields">{ for fields.iter().map(|(k, v)| html! { <><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></> }) }</dl>
            },
            Block::Legend(entries) => html! {
                <ul class="print-legend">{ for entries.iter().map(|(s, l)| html! { <li>{ swatch_svg(s) }{ l.clone() }</li> }) }</ul>
            },
            Block::Table(t) => html! {
                <table class="print-table">
                    <thead><tr>{ for t.header.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                    <tbody>{ for t.rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ cell_html(c) }</td> }) }</tr> }) }</tbody>
                </table>
            },
            Block::Figure(f) => figure_html(f),
            Block::Note { title, text } => html! { <aside class="print-note"><strong>{ title.clone() }</strong><p>{ text.clone() }</p></aside> },
            Block::PageBreak => html! { <div class="page-break" aria-hidden="true"></div> },
        }) }
    }
}

#[component]
pub fn ExportScreen(props: &ExportProps) -> Html {
    let env = use_env();
    let embed = crate::web::embed::use_embed();
    let t = |k: &str| env.t(k);
    let status = use_state(|| Status::Idle);
    let case = props.case.clone();
    let busy = matches!(*status, Status::Busy(_));

    let pdf = |version: Version| {
        let (status, case, env) = (status.clone(), case.clone(), env.clone());
        Callback::from(move |_: MouseEvent| {
            if matches!(*status, Status::Busy(_)) {
                return;
            }
            status.set(Status::Busy(Stage::Loading));
            let today = env.today;
            let lang = env.i18n.lang();
            let request = serde_json::json!({
                "version": version,
                "lang": lang.code(),
                "today": today,
                "nowMs": crate::web::browser::now_ms(),
                "safetyNextSteps": env.org.safety_next_steps(lang),
                "moneyHelp": money_help(&env, lang),
            })
            .to_string();
            let defs: Vec<&crate::core::instrument::InstrumentFile> = env.instruments.iter().map(|i| &i.def).collect();
            let instruments = serde_json::to_string(&defs).unwrap_or_else(|_| "[]".into());
            let name = pdf_file_name(&case, version, lang, today);
            let (status, env, case_text) = (status.clone(), env.clone(), case_json(&case));
            spawn_local(async move {
                let progress = {
                    let status = status.clone();
                    Callback::from(move |s: Stage| status.set(Status::Busy(s)))
                };
                match make_pdf(case_text, request, instruments, progress).await {
                    Ok(made) => match download(&name, &made.bytes, "application/pdf") {
                        Ok(()) => status.set(Status::Saved { name, ms: Some(made.ms) }),
                        Err(_) => status.set(Status::Failed(env.t("export-failed"))),
                    },
                    Err(PdfFailure::Font) => status.set(Status::Failed(env.t("export-font-failed"))),
                    Err(PdfFailure::Other(_)) => status.set(Status::Failed(env.t("export-failed"))),
                }
            });
        })
    };
    let on_family = pdf(Version::Family);
    let on_full = pdf(Version::Full);
    let on_json = {
        let (status, case, env, embed) = (status.clone(), case.clone(), env.clone(), embed.clone());
        Callback::from(move |_: MouseEvent| {
            let name = json_file_name(&case, env.today);
            match download(&name, case_json(&case).as_bytes(), "application/json") {
                Ok(()) => {
                    status.set(Status::Saved { name, ms: None });
                    embed.offer(crate::web::embed::EmbedEvent::CaseExported, &case);
                }
                Err(_) => status.set(Status::Failed(env.t("export-failed"))),
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let print_doc = document(
        &case,
        &env.instruments,
        &DocOptions {
            version: Version::Family,
            lang: env.i18n.lang(),
            today: env.today,
            safety_next_steps: None,
            money_help: money_help(&env, env.i18n.lang()),
            capitals: crate::web::browser::capitals,
        },
    );
    let status_text = match &*status {
        Status::Idle => String::new(),
        Status::Busy(Stage::Loading) => t("export-loading"),
        Status::Busy(Stage::Making) => t("export-making"),
        Status::Saved { name, .. } => format!(
            "{}. {}",
            env.i18n.t_args("export-made-on", &[("date", Arg::from(env.i18n.date(env.today)))]),
            env.i18n.t_args("export-saved", &[("name", Arg::from(name.as_str()))])
        ),
        Status::Failed(text) => text.clone(),
    };
    let ms = match &*status {
        Status::Saved { ms: Some(ms), .. } => Some(format!("{ms:.0}")),
        _ => None,
    };
    let failed = matches!(*status, Status::Failed(_));
    let may_share = case.consented(crate::core::case::ConsentTopic::ShareWithOrganisation);

    html! {
        <div class="export-screen">
            <section class="intro screen-only" aria-labelledby="export-heading">
                <h3 id="export-heading">{ t("export-heading") }</h3>
                <p>{ t("export-intro") }</p>
            </section>
            <div class="export-files screen-only">
                <section class="card export-file" aria-labelledby="export-family">
                    <h4 id="export-family">{ t("export-family-title") }</h4>
                    <p>{ t("export-family-help") }</p>
                    <p class="keep">{ t("export-keep") }</p>
                    <button type="button" class="primary" disabled={busy || !env.texts_ready} onclick={on_family}>{ t("export-family-pdf") }</button>
                </section>
                <section class="card export-file" aria-labelledby="export-full">
                    <h4 id="export-full">{ t("export-full-title") }</h4>
                    <p>{ t("export-full-help") }</p>
                    <button type="button" class="primary" disabled={busy || !env.texts_ready} onclick={on_full}>{ t("export-full-pdf") }</button>
                </section>
                <section class="card export-file" aria-labelledby="export-json">
                    <h4 id="export-json">{ t("export-json") }</h4>
                    <p>{ t("export-json-help") }</p>
                    if may_share {
                        <button type="button" class="secondary" onclick={on_json}>{ t("export-json") }</button>
                    } else {
                        <p class="notice" id="export-json-why">{ t("export-json-no-consent") }</p>
                        if env.org.has_host() { <p class="hint">{ t("export-host-no-consent") }</p> }
                    }
                </section>
                <section class="card export-file" aria-labelledby="export-print">
                    <h4 id="export-print">{ t("export-print") }</h4>
                    <p>{ t("export-print-help") }</p>
                    <button type="button" class="secondary" disabled={!env.texts_ready} onclick={on_print}>{ t("export-print") }</button>
                </section>
            </div>
            <p class={classes!("export-status", "screen-only", failed.then_some("notice"))} role="status" aria-live="polite"
                data-pdf-ms={ms}>{ status_text }</p>
            <article class="print-only plan-print" lang={print_doc.lang}>
                { blocks_html(&print_doc.blocks) }
                <p class="hint">{ print_doc.footer.clone() }</p>
            </article>
        </div>
    }
}
