//! The file formats against their JSON Schemas and against the Rust reader.
//!
//! - every example under `schemas/examples/` is valid for its schema, is read by `parse_case`, and
//!   survives a serde round trip unchanged;
//! - every instrument under `schemas/instruments/` is valid for `instrument.schema.json` and loads,
//!   its pictograms exist, and a young person's version maps onto the parents' themes;
//! - every file under `tests/fixtures/invalid/` is refused by the layer the table below expects,
//!   with a message that says what is wrong;
//! - a schemaVersion 1 file is upgraded to the current version;
//! - schema and reader agree on required fields, unknown fields and enum values.

use samenplan::core::assessment::{compare, Agreement, Skip};
use samenplan::core::case::{ChildAge, ConsentTopic, Purpose, Role, WayOfWorking, SCHEMA_VERSION};
use samenplan::core::date::Date;
use samenplan::core::import::parse_case;
use samenplan::core::instrument::{Audience, Instrument};
use samenplan::core::Case;
use serde_json::Value;
use std::collections::BTreeSet;
mod common;

use common::{json_files_in, read, root};
use std::path::{Path, PathBuf};

fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

/// The `*.json` files of a directory, sorted, so failures are reported in a stable order.
fn json_files(dir: &str) -> Vec<PathBuf> {
    let dir = root().join(dir);
    let files = json_files_in(&dir);
    assert!(!files.is_empty(), "no JSON files in {}", dir.display());
    files
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn validator(schema_file: &str) -> jsonschema::Validator {
    let schema = json(&root().join("schemas").join(schema_file));
    if let Err(e) = jsonschema::meta::validate(&schema) {
        panic!("{schema_file} is not a valid JSON Schema: {e} at {}", e.instance_path().as_str());
    }
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{schema_file} does not compile: {e}"))
}

fn case_validator() -> jsonschema::Validator {
    validator("case.schema.json")
}

/// Every schema error as "instance path: message".
fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path().as_str())).collect()
}

fn assert_schema_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors = schema_errors(validator, instance);
    assert!(errors.is_empty(), "{what} fails its schema:\n  {}", errors.join("\n  "));
}

/// Where two JSON values first differ; numbers compare by value, so `1.0` equals `1`
/// (`updatedMs` is an `f64` and serde writes it back with a fraction).
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => (x.as_f64() != y.as_f64()).then(|| format!("{path}: {x} != {y}")),
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("{path}: {} items != {} items", x.len(), y.len()));
            }
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}/{i}")))
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => first_difference(p, q, &format!("{path}/{k}")),
                (Some(_), None) => Some(format!("{path}/{k}: only in the first")),
                (None, _) => Some(format!("{path}/{k}: only in the second")),
            })
        }
        _ => (a != b).then(|| format!("{path}: {a} != {b}")),
    }
}

fn without_schema_key(v: &Value) -> Value {
    let mut v = v.clone();
    v.as_object_mut().expect("object").remove("$schema");
    v
}

#[test]
fn examples_validate_parse_and_round_trip() {
    let case_schema = case_validator();
    for path in json_files("schemas/examples") {
        let file = name(&path);
        let text = read(&path);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], "samenplan-case", "{file}: only case files are expected in schemas/examples");
        assert_schema_valid(&case_schema, &value, &file);

        let case = parse_case(&text).unwrap_or_else(|e| panic!("{file}: parse_case refused it: {e}"));
        assert_eq!(case.schema_version, SCHEMA_VERSION, "{file}: examples are written in the current version");

        // serde round trip: nothing lost, nothing added, nothing reordered.
        let again = serde_json::to_value(&case).unwrap();
        if let Some(diff) = first_difference(&without_schema_key(&value), &without_schema_key(&again), "") {
            panic!("{file}: the serde round trip changed the file at {diff}");
        }
        assert_eq!(again.get("$schema"), value.get("$schema"), "{file}: $schema is kept");
        assert_schema_valid(&case_schema, &again, &format!("{file} (re-serialised)"));

        // What the app writes, it reads back as the same case.
        let written = serde_json::to_string_pretty(&case).unwrap();
        assert_eq!(parse_case(&written).as_ref(), Ok(&case), "{file}: write then read");
    }
}

#[test]
fn instruments_validate_and_load() {
    let schema = validator("instrument.schema.json");
    let mut instruments = Vec::new();
    for path in json_files("schemas/instruments") {
        let file = name(&path);
        let text = read(&path);
        assert_schema_valid(&schema, &serde_json::from_str(&text).unwrap(), &file);
        let instrument = Instrument::from_json(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(format!("{}.json", instrument.id()), file, "an instrument file is named after its id");
        for (_, theme) in instrument.themes() {
            let icon = root().join("www/pictograms").join(format!("{}.svg", theme.icon));
            assert!(icon.is_file(), "{file}: theme {:?} has no pictogram {}", theme.id, icon.display());
        }
        instruments.push(instrument);
    }
    let ids: Vec<&str> = instruments.iter().map(Instrument::id).collect();
    assert!(ids.contains(&"triangle") && ids.contains(&"youth"), "{ids:?}");
    // A young person's version meets the themes it names of every parents' instrument it is used
    // beside (one made for a way of working it is made for too).
    let parents: Vec<&Instrument> = instruments.iter().filter(|i| i.def.audience == Audience::Parents).collect();
    for young in instruments.iter().filter(|i| i.def.audience == Audience::YoungPerson) {
        assert!(young.themes().any(|(_, t)| !t.maps_to.is_empty()), "{}: no mapsTo", young.id());
        let beside = |p: &&&Instrument| WayOfWorking::ALL.iter().any(|&w| young.made_for(w) && p.made_for(w));
        assert!(parents.iter().any(|p| beside(&p)), "{}: beside no parents' instrument", young.id());
        for p in parents.iter().filter(beside) {
            young.check_mapping(p).unwrap_or_else(|e| panic!("{} onto {}: {e}", young.id(), p.id()));
        }
    }
}

/// `mapsTo` holds plain theme ids and `minAge` whole years. The schema also bounds the age and
/// refuses an empty list; the reader refuses what it could not use.
#[test]
fn instrument_schema_knows_maps_to_and_min_age() {
    let schema = validator("instrument.schema.json");
    let youth = json(&root().join("schemas/instruments/youth.json"));
    let theme = "/sides/0/themes/0";
    let with = |key: &str, value: Value| {
        let mut v = youth.clone();
        v.pointer_mut(theme).unwrap().as_object_mut().unwrap().insert(key.into(), value);
        v
    };
    // (what, the schema accepts it, the reader refuses it too)
    let cases = [
        ("minAge 12", with("minAge", 12.into()), true, false),
        ("minAge 0", with("minAge", 0.into()), true, false),
        ("minAge 31", with("minAge", 31.into()), false, false),
        ("minAge -1", with("minAge", (-1).into()), false, true),
        ("minAge \"12\"", with("minAge", "12".into()), false, true),
        ("mapsTo side.theme", with("mapsTo", serde_json::json!(["child.health"])), false, true),
        ("mapsTo twice", with("mapsTo", serde_json::json!(["health", "health"])), false, true),
        ("mapsTo empty", with("mapsTo", serde_json::json!([])), false, false),
    ];
    for (what, v, schema_ok, reader_refuses) in cases {
        assert_eq!(schema.is_valid(&v), schema_ok, "schema on {what}: {:?}", schema_errors(&schema, &v));
        assert_eq!(Instrument::from_json(&v.to_string()).is_err(), reader_refuses, "reader on {what}");
    }
}

/// What one layer says about a bad file: it accepts it, or refuses it with a message containing
/// the given text (the field at fault where the layer can say so).
#[derive(Debug, Clone, Copy)]
enum Verdict {
    Accepts,
    Refuses(&'static str),
}
use Verdict::{Accepts, Refuses};

/// Each bad file, what the schema says, and what `parse_case` says. Schema needles are matched
/// against "instance path: message".
const INVALID: &[(&str, Verdict, Verdict)] = &[
    // serde's type error does not say which field (parse_case reads via serde_json::from_value).
    ("family-alias-not-a-string.json", Refuses("/familyAlias"), Refuses("expected a string")),
    ("family-alias-blank.json", Refuses("/familyAlias"), Refuses("familyAlias must not be empty")),
    ("family-alias-too-long.json", Refuses("/familyAlias"), Refuses("familyAlias is longer than 80")),
    ("unknown-field-nickname.json", Refuses("'nickname' was unexpected"), Refuses("unknown field `nickname`")),
    // A date that matches the pattern but does not exist: only the reader knows calendars.
    // Its message quotes the value, not the field name.
    ("birth-date-impossible.json", Accepts, Refuses("\"2024-02-30\"")),
    ("birth-date-not-a-date.json", Refuses("/children/1/birthDate"), Refuses("\"15-09-2024\"")),
    ("missing-id.json", Refuses("\"id\" is a required property"), Refuses("missing field `id`")),
    (
        "child-birth-and-due-date.json",
        Refuses("/children/1: {\"required\":[\"birthDate\",\"dueDate\"]} is not allowed"),
        Refuses("has both birthDate and dueDate"),
    ),
    ("schema-version-99.json", Refuses("/schemaVersion"), Refuses("schemaVersion 99 is newer")),
    // NotACase does not name the `format` field.
    ("wrong-format.json", Refuses("/format"), Refuses("not a Samenplan case file")),
    ("answer-unknown-participant.json", Accepts, Refuses("unknown participant \"p-oma\"")),
    // serde names the bad value, the schema the field.
    ("participant-role-boss.json", Refuses("/participants/3/role"), Refuses("unknown variant `boss`")),
    (
        "answer-level-and-skip.json",
        Refuses("/assessments/0/answers/1: {\"required\":[\"level\",\"skip\"]} is not allowed"),
        Refuses("both rated and skipped"),
    ),
    ("assessment-unknown-visit.json", Accepts, Refuses("unknown visit \"v2\"")),
    ("participant-id-used-twice.json", Accepts, Refuses("participant id \"p-noor\" is used twice")),
    // The id pattern is the schema's; the reader takes any string as an id.
    ("child-id-bad-characters.json", Refuses("/children/0/id"), Accepts),
    ("young-person-unknown-child.json", Accepts, Refuses("unknown child \"k-lina\"")),
    ("answer-twice-same-theme.json", Accepts, Refuses("twice (answers)")),
    // Which of the two is the visit's triangle would depend on the order in the file.
    ("visit-two-assessments-one-instrument.json", Accepts, Refuses("two assessments of instrument \"triangle\"")),
    ("network-member-answers.json", Accepts, Refuses("network member and gives no answers")),
    ("note-too-long.json", Refuses("/assessments/0/answers/2/worries"), Refuses("longer than 4000")),
];

#[test]
fn invalid_files_are_refused_and_say_why() {
    let case_schema = case_validator();
    let on_disk: BTreeSet<String> = json_files("tests/fixtures/invalid").iter().map(|p| name(p)).collect();
    let in_table: BTreeSet<String> = INVALID.iter().map(|(f, _, _)| f.to_string()).collect();
    assert_eq!(on_disk, in_table, "every bad file has exactly one row in INVALID");
    assert!(INVALID.len() >= 8);

    let mut failures = Vec::new();
    for &(file, schema_verdict, parser_verdict) in INVALID {
        assert!(
            matches!(schema_verdict, Refuses(_)) || matches!(parser_verdict, Refuses(_)),
            "{file}: a bad file must be refused by at least one layer"
        );
        let text = read(&root().join("tests/fixtures/invalid").join(file));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));

        let errors = schema_errors(&case_schema, &value);
        match schema_verdict {
            Accepts if !errors.is_empty() => {
                failures.push(format!("{file}: expected the schema to accept it, got:\n    {}", errors.join("\n    ")))
            }
            Refuses(_) if errors.is_empty() => failures.push(format!("{file}: expected the schema to refuse it")),
            Refuses(needle) if !errors.iter().any(|e| e.contains(needle)) => {
                failures.push(format!("{file}: no schema error mentions {needle:?}:\n    {}", errors.join("\n    ")))
            }
            _ => {}
        }

        match (parser_verdict, parse_case(&text)) {
            (Accepts, Err(e)) => failures.push(format!("{file}: expected parse_case to accept it, got: {e}")),
            (Refuses(_), Ok(_)) => failures.push(format!("{file}: expected parse_case to refuse it")),
            (Refuses(needle), Err(e)) if !e.to_string().contains(needle) => {
                failures.push(format!("{file}: parse_case's error does not mention {needle:?}: {e}"))
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn version_1_is_migrated() {
    let case_schema = case_validator();
    let path = root().join("tests/fixtures/case-v1.json");
    let text = read(&path);
    let original: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(original["schemaVersion"], 1);
    assert!(original.get("assessments").is_none(), "version 1 had no assessments");

    let errors = schema_errors(&case_schema, &original);
    assert!(
        errors.iter().any(|e| e.starts_with("/schemaVersion")),
        "the current schema must refuse a v1 file: {errors:?}"
    );

    let case = parse_case(&text).unwrap_or_else(|e| panic!("case-v1.json: {e}"));
    assert_eq!(case.schema_version, samenplan::core::case::SCHEMA_VERSION);
    assert!(case.assessments.is_empty());
    assert!(case.needs.is_empty());
    assert_eq!(case.children.len(), 2);
    assert_eq!(case.participants.len(), 4);

    let migrated = serde_json::to_value(&case).unwrap();
    assert_schema_valid(&case_schema, &migrated, "case-v1.json after migration");
    // Migration only sets the version and adds the empty parts; everything else is kept as it was.
    let mut expected = original.clone();
    expected["schemaVersion"] = samenplan::core::case::SCHEMA_VERSION.into();
    expected["assessments"] = Value::Array(Vec::new());
    expected["needs"] = Value::Array(Vec::new());
    expected["plan"] = serde_json::json!({"goals": [], "agreements": [], "confirmations": [], "reviews": []});
    expected["network"] = serde_json::json!({});
    if let Some(diff) = first_difference(&expected, &migrated, "") {
        panic!("migration changed more than it should, at {diff}");
    }
}

fn load_demo() -> (Case, Instrument) {
    let case = parse_case(&read(&root().join("schemas/examples/demo-case.json"))).expect("demo case");
    let triangle = Instrument::from_json(&read(&root().join("schemas/instruments/triangle.json"))).expect("triangle");
    (case, triangle)
}

fn youth() -> Instrument {
    Instrument::from_json(&read(&root().join("schemas/instruments/youth.json"))).expect("youth")
}

#[test]
fn demo_case_uses_the_instruments_ids() {
    let (case, triangle) = load_demo();
    let youth = youth();
    assert_eq!(case.assessments.len(), 2, "the family's triangle and the young person's own");
    for a in &case.assessments {
        let instrument =
            [&triangle, &youth].into_iter().find(|i| i.id() == a.instrument_id).expect("a known instrument");
        assert_eq!(a.instrument_version, instrument.def.version);
        let mut seen = BTreeSet::new();
        for ans in &a.answers {
            assert!(instrument.theme(&ans.theme_id).is_some(), "unknown theme {:?}", ans.theme_id);
            if let Some(level) = &ans.level {
                assert!(instrument.level(level).is_some(), "unknown level {level:?} on {:?}", ans.theme_id);
            }
            let who = case.participant(&ans.participant_id).expect("known participant");
            assert!(who.role.answers(), "{} does not answer", who.name);
            assert!(
                seen.insert((&ans.participant_id, &ans.theme_id)),
                "two answers by {} on {}",
                who.name,
                ans.theme_id
            );
        }
    }
}

/// The demo is what the e2e test and `?demo` start from; keep it the shape they rely on.
#[test]
fn demo_case_has_the_shape_the_demo_needs() {
    let (case, triangle) = load_demo();
    let visit = case.current_visit().expect("a visit");
    assert_eq!(case.visits.len(), 1);
    assert!(case.consent_for(ConsentTopic::RecordOnDevice).is_some_and(|c| c.given));

    let young: Vec<_> = case.participants.iter().filter(|p| p.role == Role::YoungPerson).collect();
    assert_eq!(young.len(), 1);
    let child =
        case.children.iter().find(|c| Some(&c.id) == young[0].child_id.as_ref()).expect("the young person's child");
    match child.age_on(visit.date) {
        ChildAge::Born(age) => assert!(age.years >= 8, "a young person answers from 8: {age:?}"),
        other => panic!("{other:?}"),
    }

    let a = case.assessments.iter().find(|a| a.instrument_id == triangle.id()).expect("the family's triangle");
    assert_eq!(a.visit_id, visit.id);
    let parents: Vec<&str> =
        case.participants.iter().filter(|p| p.role == Role::Parent).map(|p| p.id.as_str()).collect();
    assert_eq!(parents.len(), 2);
    let themes = triangle.theme_ids_for(case.way_of_working);
    let comparison = compare(&triangle, a, &themes, &parents);
    assert!(
        comparison.iter().any(|c| matches!(c.agreement, Agreement::Differ { spread } if spread >= 2)),
        "the parents differ clearly on one theme"
    );
    assert!(a.answers.iter().any(|x| x.skip == Some(Skip::Later)), "one theme is kept for later");
    assert!(a.answers.iter().any(|x| !x.going_well.is_empty()) && a.answers.iter().any(|x| !x.worries.is_empty()));
    let touched: BTreeSet<&str> = a.answers.iter().map(|x| x.theme_id.as_str()).collect();
    assert!(touched.len() * 3 <= themes.len(), "most themes stay open for the e2e test: {touched:?}");
    // Nobody but the parents has answered the family's triangle; the young person answered her own,
    // with a worry that meets a family theme nobody else raised and one that meets none.
    assert!(a.answers.iter().all(|x| parents.contains(&x.participant_id.as_str())));
    let youth = youth();
    let own = case.assessments.iter().find(|a| a.instrument_id == youth.id()).expect("her own triangle");
    assert_eq!(own.visit_id, visit.id);
    assert!(own.answers.iter().all(|x| x.participant_id == young[0].id));
    let worried = |id: &str| own.answer(&young[0].id, id).and_then(|x| x.level.as_deref()) == Some("some-worries");
    assert!(worried("school") && worried("free-time"));
    assert!(youth.theme("free-time").is_some_and(|(_, t)| t.maps_to.is_empty()));
    assert!(case.consent_for(ConsentTopic::ShareWithOrganisation).is_some_and(|c| c.given));
    assert!(case.created <= visit.date && visit.date <= Date::parse("2026-12-31").unwrap());
}

/// The schema's enums are exactly the Rust enums' serde names.
#[test]
fn schema_enums_match_the_rust_enums() {
    let schema = json(&root().join("schemas/case.schema.json"));
    let enum_at = |pointer: &str| -> BTreeSet<String> {
        schema
            .pointer(pointer)
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("no enum at {pointer}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let serde_names = |values: Vec<Value>| -> BTreeSet<String> {
        values.into_iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    assert_eq!(
        enum_at("/properties/wayOfWorking/enum"),
        serde_names(WayOfWorking::ALL.iter().map(|x| serde_json::to_value(x).unwrap()).collect())
    );
    assert_eq!(
        enum_at("/$defs/purpose/enum"),
        serde_names(Purpose::ALL.iter().map(|x| serde_json::to_value(x).unwrap()).collect())
    );
    assert_eq!(
        enum_at("/$defs/participant/properties/role/enum"),
        serde_names(Role::ALL.iter().map(|x| serde_json::to_value(x).unwrap()).collect())
    );
    assert_eq!(
        enum_at("/$defs/consent/properties/topic/enum"),
        serde_names(ConsentTopic::ALL.iter().map(|x| serde_json::to_value(x).unwrap()).collect())
    );
    assert_eq!(
        enum_at("/$defs/answer/properties/skip/enum"),
        serde_names([Skip::NotDiscussed, Skip::Later].iter().map(|x| serde_json::to_value(x).unwrap()).collect())
    );
    // The keys the UI uses are the file's names too.
    for w in WayOfWorking::ALL {
        assert_eq!(serde_json::to_value(w).unwrap(), w.key());
    }
    for r in Role::ALL {
        assert_eq!(serde_json::to_value(r).unwrap(), r.key());
    }
    for p in Purpose::ALL {
        assert_eq!(serde_json::to_value(p).unwrap(), p.key());
    }
    for t in ConsentTopic::ALL {
        assert_eq!(serde_json::to_value(t).unwrap(), t.key());
    }
}

/// Every object path in the demo case (the case itself, each child, participant, ...).
fn object_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, x) in map {
                object_pointers(x, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                object_pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Removing any one field, or adding an unknown one, anywhere in the demo case: the schema and
/// the serde types `parse_case` reads into must agree on whether the file is still acceptable. This catches a field added to
/// the Rust types but not to the schema (or made optional in one place only).
#[test]
fn schema_and_reader_agree_on_fields() {
    let case_schema = case_validator();
    let demo = json(&root().join("schemas/examples/demo-case.json"));
    let mut pointers = Vec::new();
    object_pointers(&demo, String::new(), &mut pointers);
    let mut disagreements = Vec::new();
    let mut check = |what: String, v: &Value| {
        let schema_ok = case_schema.is_valid(v);
        // The types alone: dropping a whole list would also break references, which is
        // check_case's business, not a question of fields.
        let reader = serde_json::from_value::<Case>(v.clone());
        if schema_ok != reader.is_ok() {
            let schema = if schema_ok { "accepts" } else { "refuses" };
            disagreements.push(format!("{what}: schema {schema}, serde {:?}", reader.err().map(|e| e.to_string())));
        }
    };
    for pointer in &pointers {
        let keys: Vec<String> = demo.pointer(pointer).unwrap().as_object().unwrap().keys().cloned().collect();
        for key in keys {
            let mut v = demo.clone();
            v.pointer_mut(pointer).unwrap().as_object_mut().unwrap().remove(&key);
            check(format!("without {pointer}/{key}"), &v);
        }
        let mut v = demo.clone();
        v.pointer_mut(pointer).unwrap().as_object_mut().unwrap().insert("colour".into(), "#ffffff".into());
        check(format!("with {pointer}/colour"), &v);
    }
    assert!(pointers.len() > 10, "{pointers:?}");
    assert!(disagreements.is_empty(), "\n{}", disagreements.join("\n"));
}
