//! The deployment configuration (`config.json`) and host messages, against
//! `schemas/config.schema.json` and against the Rust reader (`samenplan::core::config`):
//!
//! - the default `www/config.json` and every example under `schemas/examples/config/` pass both;
//! - every bad file in the table below is refused by the Rust reader with the field it names, and by
//!   the schema too unless the rule is one a schema cannot express (contrast, `..` in a path);
//! - a host's message passes `$defs/hostConfig` and `HostConfig::from_json`, and `merge` lets it
//!   change only what the deployment allows; the allow-list and `shareEvents` never come from it.

use samenplan::core::case::WayOfWorking;
use samenplan::core::config::{merge, Config, ConfigError, HostConfig, HostField, Problem, ShareEvents};
use samenplan::core::import::parse_case;
use samenplan::core::plan::everyone_confirmed;
use samenplan::i18n::Lang;
use serde_json::{json, Value};
mod common;

use common::{json_files_in, read, root};
use std::path::PathBuf;

fn schema() -> Value {
    serde_json::from_str(&read(&root().join("schemas/config.schema.json"))).expect("the schema is JSON")
}

fn deployment_validator() -> jsonschema::Validator {
    let schema = schema();
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("config.schema.json is not a valid JSON Schema: {e} at {}", e.instance_path().as_str());
    }
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("config.schema.json does not compile: {e}"))
}

/// The schema of a host's `config`: `$defs/hostConfig` with the same definitions.
fn host_validator() -> jsonschema::Validator {
    let schema = schema();
    let host = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "#/$defs/hostConfig",
        "$defs": schema["$defs"].clone(),
    });
    jsonschema::draft202012::new(&host).unwrap_or_else(|e| panic!("$defs/hostConfig does not compile: {e}"))
}

fn schema_errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path().as_str())).collect()
}

fn good_files() -> Vec<PathBuf> {
    let mut files = json_files_in(&root().join("schemas/examples/config"));
    assert!(files.len() >= 3, "examples of a minimal, a standalone and an embedded deployment");
    files.push(root().join("www/config.json"));
    files
}

#[test]
fn default_and_example_configs_pass_schema_and_reader() {
    let v = deployment_validator();
    for path in good_files() {
        let text = read(&path);
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
        let errors = schema_errors(&v, &value);
        assert!(errors.is_empty(), "{} fails the schema:\n  {}", path.display(), errors.join("\n  "));
        if let Err(e) = Config::from_json(&text) {
            panic!("{}: refused by the reader: {e}", path.display());
        }
    }
}

#[test]
fn the_default_config_lets_only_the_app_itself_configure_and_shares_no_data() {
    let c = Config::from_json(&read(&root().join("www/config.json"))).unwrap();
    assert_eq!(c.allowed_origins, vec!["self".to_string()]);
    assert_eq!(c.share_events, ShareEvents::Signal);
    assert!(c.settings.organisation.is_none(), "the standard app shows no organisation");
    assert!(c.allows_origin("http://127.0.0.1:8080", "http://127.0.0.1:8080"));
    assert!(!c.allows_origin("http://127.0.0.1:9999", "http://127.0.0.1:8080"));
}

#[test]
fn the_embedded_example_reads_as_written() {
    let c = Config::from_json(&read(&root().join("schemas/examples/config/embedded-ggd.json"))).unwrap();
    let s = &c.settings;
    assert_eq!(s.organisation.as_ref().unwrap().name, "GGD Voorbeeldregio");
    assert!(s.organisation.as_ref().unwrap().logo.as_ref().unwrap().starts_with("data:image/svg+xml,"));
    assert_eq!(s.colours.as_ref().unwrap().brand.as_deref(), Some("#005f73"));
    assert_eq!(c.languages(), vec![Lang::Nl, Lang::En]);
    assert_eq!(c.start_language(), Some(Lang::Nl));
    assert!(c.instrument_enabled("triangle") && !c.instrument_enabled("young-person"));
    assert_eq!(s.way_of_working, Some(WayOfWorking::Extended));
    assert!(c.safety_next_steps(Lang::En).unwrap().contains("safeguarding lead"));
    assert_eq!(c.services().len(), 2);
    // A service without English falls back to its Dutch name.
    assert_eq!(c.services()[1].name.get("en"), "Buurtgezinnen");
    // Money help is its own list, shown only with the parents' money overview.
    assert_eq!(c.money_help().len(), 1);
    assert_eq!(c.money_help()[0].phone.as_deref(), Some("+31 10 765 43 21"));
    assert_eq!(
        c.allowed_origins,
        vec!["https://www.ggd-voorbeeldregio.example", "https://intranet.ggd-voorbeeldregio.example:8443"]
    );
    assert_eq!(c.share_events, ShareEvents::Data);
    assert_eq!(c.host_may_change, vec![HostField::Colours, HostField::Language, HostField::SafetyNextSteps]);
}

/// A bad deployment file: what it is, the field the reader must name, and whether the schema can
/// see the problem too.
struct Bad {
    json: Value,
    field: &'static str,
    schema_sees_it: bool,
}

fn bad(json: Value, field: &'static str) -> Bad {
    Bad { json, field, schema_sees_it: true }
}

fn bad_rust_only(json: Value, field: &'static str) -> Bad {
    Bad { json, field, schema_sees_it: false }
}

fn bad_files() -> Vec<Bad> {
    vec![
        bad(json!({"colour": {"brand": "#24527a"}}), "colour"),
        bad(json!({"organisation": {"logo": "icons/logo.svg"}}), "organisation.name"),
        bad(json!({"organisation": {"name": "   "}}), "organisation.name"),
        bad(json!({"organisation": {"name": "x".repeat(81)}}), "organisation.name"),
        bad(json!({"organisation": {"name": "GGD", "logo": "https://cdn.example/logo.png"}}), "organisation.logo"),
        bad(json!({"organisation": {"name": "GGD", "logo": "/logo.png"}}), "organisation.logo"),
        bad(json!({"organisation": {"name": "GGD", "logo": "data:text/html,hello"}}), "organisation.logo"),
        bad_rust_only(json!({"organisation": {"name": "GGD", "logo": "icons/../../secret.png"}}), "organisation.logo"),
        bad(json!({"organisation": {"name": "GGD", "website": "https://x.example"}}), "organisation.website"),
        bad(json!({"colours": {"brand": "blue"}}), "colours.brand"),
        bad(json!({"colours": {"brand": "#24527"}}), "colours.brand"),
        // Light colours: white text on them is unreadable (contrast is the reader's rule).
        bad_rust_only(json!({"colours": {"brand": "#ffcc00"}}), "colours.brand"),
        bad_rust_only(json!({"colours": {"brand": "#24527a", "accent": "#7fbf7f"}}), "colours.accent"),
        bad_rust_only(json!({"colours": {"brand": "#777777"}}), "colours.brand"),
        bad(json!({"languages": []}), "languages"),
        bad(json!({"languages": ["nl", "fr"]}), "languages[1]"),
        bad(json!({"languages": ["nl", "nl"]}), "languages[1]"),
        bad(json!({"language": "de"}), "language"),
        bad_rust_only(json!({"languages": ["nl"], "language": "en"}), "language"),
        bad(json!({"instruments": []}), "instruments"),
        bad(json!({"instruments": ["Triangle"]}), "instruments[0]"),
        bad(json!({"wayOfWorking": "intensive"}), "wayOfWorking"),
        bad(json!({"safetyNextSteps": "Bel Veilig Thuis"}), "safetyNextSteps"),
        bad(json!({"safetyNextSteps": {"de": "Rufen Sie an"}}), "safetyNextSteps.de"),
        bad(json!({"safetyNextSteps": {"nl": ""}}), "safetyNextSteps.nl"),
        bad(json!({"safetyNextSteps": {}}), "safetyNextSteps"),
        bad(json!({"services": [{"what": {"nl": "Steun"}}]}), "services[0].name"),
        bad(json!({"services": [{"name": {"nl": "A"}, "web": "http://plain.example"}]}), "services[0].web"),
        bad(json!({"services": [{"name": {"nl": "A"}, "web": "javascript:alert(1)"}]}), "services[0].web"),
        bad(json!({"services": [{"name": {"nl": "A"}, "phone": "bel ons"}]}), "services[0].phone"),
        bad(json!({"services": [{"name": {"nl": "A"}, "email": "a@b.example"}]}), "services[0].email"),
        bad(json!({"moneyHelp": [{"name": {"nl": "A"}, "web": "http://plain.example"}]}), "moneyHelp[0].web"),
        bad(json!({"moneyHelp": {"name": {"nl": "A"}}}), "moneyHelp"),
        bad(json!({"wayOfWorking": "newparents"}), "wayOfWorking"),
        bad(json!({"allowedOrigins": ["*"]}), "allowedOrigins[0]"),
        bad(json!({"allowedOrigins": ["https://host.example/page"]}), "allowedOrigins[0]"),
        bad(json!({"allowedOrigins": ["http://host.example"]}), "allowedOrigins[0]"),
        bad(json!({"allowedOrigins": "https://host.example"}), "allowedOrigins"),
        bad(json!({"allowedOrigins": ["https://a.example", "https://a.example"]}), "allowedOrigins[1]"),
        bad(json!({"shareEvents": "all"}), "shareEvents"),
        bad(json!({"hostMayChange": ["allowedOrigins"]}), "hostMayChange[0]"),
        bad(json!({"hostMayChange": ["shareEvents"]}), "hostMayChange[0]"),
        bad(json!([]), ""),
    ]
}

#[test]
fn bad_configs_are_refused_naming_the_field() {
    let v = deployment_validator();
    for b in bad_files() {
        let text = b.json.to_string();
        match Config::from_json(&text) {
            Ok(_) => panic!("the reader accepts {text}"),
            Err(ConfigError { field, problem }) => {
                assert_eq!(field, b.field, "{text}: the error names {field:?} ({problem})");
                let message = ConfigError { field: field.clone(), problem }.to_string();
                assert!(message.starts_with(&format!("{field}: ")), "{message}");
            }
        }
        let errors = schema_errors(&v, &b.json);
        assert_eq!(!errors.is_empty(), b.schema_sees_it, "{text}: schema errors {errors:?}");
    }
}

#[test]
fn the_contrast_error_says_how_far_off_it_is() {
    let e = Config::from_json(r##"{"colours": {"brand": "#ffcc00"}}"##).unwrap_err();
    let Problem::LowContrast { ratio, min } = e.problem else { panic!("{e}") };
    assert!(ratio < 2.0 && min == 4.5);
    assert!(e.to_string().starts_with("colours.brand: has a contrast of 1.") && e.to_string().contains("4.5:1"), "{e}");
}

#[test]
fn not_json_and_too_large_are_refused() {
    assert_eq!(Config::from_json("{").unwrap_err().field, "");
    assert!(matches!(Config::from_json("{").unwrap_err().problem, Problem::NotJson(_)));
    let huge = format!("{{\"organisation\": {{\"name\": \"{}\"}}}}", "x".repeat(300 * 1024));
    assert!(matches!(Config::from_json(&huge).unwrap_err().problem, Problem::TooLarge { .. }));
}

fn deployment() -> Config {
    Config::from_value(&json!({
        "organisation": {"name": "GGD Voorbeeldregio"},
        "colours": {"brand": "#005f73", "accent": "#2b6a2f"},
        "languages": ["nl", "en"],
        "language": "nl",
        "instruments": ["triangle", "young-person"],
        "safetyNextSteps": {"nl": "Bel de aandachtsfunctionaris.", "en": "Call the safeguarding lead."},
        "allowedOrigins": ["https://host.example"],
        "shareEvents": "signal",
        "hostMayChange": ["organisation", "colours", "languages", "language", "instruments", "wayOfWorking", "safetyNextSteps"]
    }))
    .unwrap()
}

fn host(v: Value) -> Result<HostConfig, ConfigError> {
    HostConfig::from_json(&v.to_string())
}

#[test]
fn a_host_changes_what_the_deployment_allows() {
    let d = deployment();
    let h = host(json!({
        "language": "en",
        "colours": {"brand": "#5b2a86"},
        "wayOfWorking": "screening",
        "safetyNextSteps": {"en": "Call our team on 010 123 45 67."},
        "organisation": {"name": "CJG Rivierstad", "logo": "icons/example-logo.svg"},
        "instruments": ["triangle"]
    }))
    .unwrap();
    let m = merge(&d, &h).unwrap();
    assert_eq!(m.start_language(), Some(Lang::En));
    let colours = m.settings.colours.as_ref().unwrap();
    assert_eq!(colours.brand.as_deref(), Some("#5b2a86"));
    assert_eq!(colours.accent.as_deref(), Some("#2b6a2f"), "what the host leaves out stays the deployment's");
    assert_eq!(m.settings.way_of_working, Some(WayOfWorking::Screening));
    assert_eq!(m.safety_next_steps(Lang::En), Some("Call our team on 010 123 45 67."));
    assert_eq!(m.safety_next_steps(Lang::Nl), Some("Bel de aandachtsfunctionaris."));
    assert_eq!(m.settings.organisation.as_ref().unwrap().name, "CJG Rivierstad");
    assert!(m.instrument_enabled("triangle") && !m.instrument_enabled("young-person"));
    // Never from a message: the allow-list, what is shared, what a host may change.
    assert_eq!(m.allowed_origins, d.allowed_origins);
    assert_eq!(m.share_events, ShareEvents::Signal);
    assert_eq!(m.host_may_change, d.host_may_change);
    // Each message starts again from the deployment's settings.
    let again = merge(&d, &host(json!({})).unwrap()).unwrap();
    assert_eq!(again, d);
}

#[test]
fn a_host_cannot_widen_the_deployment() {
    let d = deployment();
    let cases: Vec<(Value, &str, Problem)> = vec![
        (json!({"allowedOrigins": ["https://evil.example"]}), "allowedOrigins", Problem::DeploymentOnly),
        (json!({"shareEvents": "data"}), "shareEvents", Problem::DeploymentOnly),
        (json!({"hostMayChange": ["services"]}), "hostMayChange", Problem::DeploymentOnly),
        (json!({"services": [{"name": {"nl": "Iets"}}]}), "services", Problem::NotAllowed),
        (json!({"instruments": ["triangle", "other"]}), "instruments[1]", Problem::InstrumentNotEnabled),
        (json!({"languages": ["en"], "language": "nl"}), "language", Problem::LanguageNotOffered),
    ];
    for (msg, field, problem) in cases {
        let e = host(msg.clone()).and_then(|h| merge(&d, &h)).unwrap_err();
        assert_eq!((e.field.as_str(), &e.problem), (field, &problem), "{msg}");
    }
    // A deployment that offers only Dutch refuses English from a host.
    let only_nl =
        Config::from_value(&json!({"languages": ["nl"], "hostMayChange": ["languages", "language"]})).unwrap();
    let e = merge(&only_nl, &host(json!({"languages": ["nl", "en"]})).unwrap()).unwrap_err();
    assert_eq!((e.field.as_str(), e.problem), ("languages[1]", Problem::LanguageNotOffered));
    let e = merge(&only_nl, &host(json!({"language": "en"})).unwrap()).unwrap_err();
    assert_eq!((e.field.as_str(), e.problem), ("language", Problem::LanguageNotOffered));
    // Without hostMayChange a host may change nothing at all.
    let closed = Config::from_value(&json!({"allowedOrigins": ["https://host.example"]})).unwrap();
    let e = merge(&closed, &host(json!({"language": "en"})).unwrap()).unwrap_err();
    assert_eq!((e.field.as_str(), e.problem), ("language", Problem::NotAllowed));
}

#[test]
fn host_messages_and_the_host_schema_agree() {
    let v = host_validator();
    let good = [
        json!({}),
        json!({"language": "en", "colours": {"brand": "#5b2a86"}}),
        json!({"organisation": {"name": "CJG", "logo": "icons/example-logo.svg"}, "instruments": ["triangle"], "wayOfWorking": "screening"}),
        json!({"safetyNextSteps": {"nl": "Bel ons."}, "services": [{"name": {"nl": "Buurtgezinnen"}, "web": "https://b.example"}]}),
    ];
    for g in good {
        assert!(schema_errors(&v, &g).is_empty(), "{g}: {:?}", schema_errors(&v, &g));
        assert!(host(g.clone()).is_ok(), "{g}");
    }
    let bad = [
        json!({"allowedOrigins": ["https://evil.example"]}),
        json!({"shareEvents": "data"}),
        json!({"hostMayChange": ["services"]}),
        json!({"lang": "en"}),
        json!({"colours": {"brand": "red"}}),
        json!({"organisation": {"name": "X", "logo": "https://cdn.example/x.png"}}),
    ];
    for b in bad {
        assert!(!schema_errors(&v, &b).is_empty(), "the schema accepts {b}");
        assert!(host(b.clone()).is_err(), "the reader accepts {b}");
    }
}

#[test]
fn a_plan_is_confirmed_when_everyone_taking_part_agreed() {
    let mut case = parse_case(&read(&root().join("schemas/examples/demo-case.json"))).expect("demo case");
    assert!(!case.participants.is_empty());
    assert!(!everyone_confirmed(&case), "the demo plan is not confirmed yet");
    let ids: Vec<String> = case.participants.iter().map(|p| p.id.clone()).collect();
    let date = samenplan::core::date::Date::parse("2026-03-01").unwrap();
    for (i, id) in ids.iter().enumerate() {
        assert!(!everyone_confirmed(&case), "not before the last one ({i})");
        samenplan::core::apply(&mut case, samenplan::core::CaseAction::Confirm { participant_id: id.clone(), date })
            .unwrap();
    }
    assert!(everyone_confirmed(&case));
    case.participants.clear();
    assert!(!everyone_confirmed(&case), "a case with nobody taking part has no confirmed plan");
}

#[test]
fn the_schema_knows_exactly_the_apps_languages() {
    let schema = schema();
    let listed: Vec<&str> =
        schema["$defs"]["lang"]["enum"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    let app: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(listed, app, "schemas/config.schema.json $defs/lang must list src/i18n's languages");
}
