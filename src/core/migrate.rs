//! Upgrades of older case files to the current `schemaVersion`, one step per version, on raw JSON
//! so that an old file never has to fit today's types before it is upgraded.

use super::case::SCHEMA_VERSION;
use serde_json::Value;

/// Why a file could not be brought to the current version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    #[error("schemaVersion is missing or not a whole number")]
    NoVersion,
    #[error("schemaVersion {found} is newer than this app reads ({supported})")]
    TooNew { found: u64, supported: u32 },
    #[error("schemaVersion {0} is not a version this app has ever written")]
    Unknown(u64),
    #[error("the file is not a JSON object")]
    NotObject,
}

/// Version 1 (the first case file) had no assessments.
fn v1_to_v2(case: &mut serde_json::Map<String, Value>) {
    case.entry("assessments").or_insert_with(|| Value::Array(Vec::new()));
}

/// Version 2 had the triangle only; version 3 adds the matrix and the plan.
fn v2_to_v3(case: &mut serde_json::Map<String, Value>) {
    case.entry("needs").or_insert_with(|| Value::Array(Vec::new()));
    case.entry("plan").or_insert_with(|| Value::Object(serde_json::Map::new()));
}

/// Version 3 had no network circle; version 4 adds it.
fn v3_to_v4(case: &mut serde_json::Map<String, Value>) {
    case.entry("network").or_insert_with(|| Value::Object(serde_json::Map::new()));
}

/// Version 5 adds the optional family language; nothing to change in older files.
fn v4_to_v5(_case: &mut serde_json::Map<String, Value>) {}

/// Version 6 adds invitations and answers kept out of the PDF, both optional.
fn v5_to_v6(_case: &mut serde_json::Map<String, Value>) {}

/// Version 7 adds relation lines and the meeting's date, place and check to the circle, the
/// circles kept per visit and the professionals' meeting, all optional: a version 6 file reads as
/// a circle without lines, with nothing kept from earlier visits (there was nothing to keep).
fn v6_to_v7(_case: &mut serde_json::Map<String, Value>) {}

/// Version 8 adds the new-parents way of working, the money overview, the plan's rhythm and a
/// check's conclusion on support, all optional: a version 7 file reads as a plan checked once a
/// quarter, with no money overview.
fn v7_to_v8(_case: &mut serde_json::Map<String, Value>) {}

/// Brings a case file to [`SCHEMA_VERSION`]; returns the version it started from.
pub fn migrate(value: &mut Value) -> Result<u64, MigrateError> {
    let obj = value.as_object_mut().ok_or(MigrateError::NotObject)?;
    let found = obj.get("schemaVersion").and_then(Value::as_u64).ok_or(MigrateError::NoVersion)?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(MigrateError::TooNew { found, supported: SCHEMA_VERSION });
    }
    if found == 0 {
        return Err(MigrateError::Unknown(found));
    }
    let mut v = found;
    while v < u64::from(SCHEMA_VERSION) {
        match v {
            1 => v1_to_v2(obj),
            2 => v2_to_v3(obj),
            3 => v3_to_v4(obj),
            4 => v4_to_v5(obj),
            5 => v5_to_v6(obj),
            6 => v6_to_v7(obj),
            7 => v7_to_v8(obj),
            _ => return Err(MigrateError::Unknown(v)),
        }
        v += 1;
        obj.insert("schemaVersion".into(), Value::from(v));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn v1_gains_empty_assessments() {
        let mut v = json!({"schemaVersion": 1, "id": "x"});
        assert_eq!(migrate(&mut v), Ok(1));
        assert_eq!(v["schemaVersion"], SCHEMA_VERSION);
        assert_eq!(v["assessments"], json!([]));
    }

    #[test]
    fn v2_gains_an_empty_matrix_and_plan_and_keeps_its_answers() {
        let mut v = json!({"schemaVersion": 2, "id": "x", "assessments": [{"id": "a1"}]});
        assert_eq!(migrate(&mut v), Ok(2));
        assert_eq!(
            v,
            json!({"schemaVersion": SCHEMA_VERSION, "id": "x", "assessments": [{"id": "a1"}], "needs": [], "plan": {}, "network": {}})
        );
    }

    #[test]
    fn v6_becomes_v7_with_its_circle_as_it_was() {
        let network = json!({"people": [{"id": "n1", "name": "Oma", "ring": "close", "sector": "family", "slot": 0}],
            "meeting": {"question": "Wie helpt?"}});
        let mut v = json!({"schemaVersion": 6, "id": "x", "network": network, "invitations": []});
        assert_eq!(migrate(&mut v), Ok(6));
        assert_eq!(v, json!({"schemaVersion": SCHEMA_VERSION, "id": "x", "network": network, "invitations": []}));
        // Version 7's own fields are not in a version 6 file, and the step adds none.
        assert!(v.get("circles").is_none() && v.get("team").is_none() && v["network"].get("ties").is_none());
    }

    #[test]
    fn current_is_untouched_and_future_refused() {
        let mut v = json!({"schemaVersion": SCHEMA_VERSION, "assessments": [1]});
        let before = v.clone();
        assert_eq!(migrate(&mut v), Ok(u64::from(SCHEMA_VERSION)));
        assert_eq!(v, before);
        let mut v = json!({"schemaVersion": 99});
        assert_eq!(migrate(&mut v), Err(MigrateError::TooNew { found: 99, supported: SCHEMA_VERSION }));
        assert_eq!(migrate(&mut json!({"schemaVersion": "2"})), Err(MigrateError::NoVersion));
        assert_eq!(migrate(&mut json!([])), Err(MigrateError::NotObject));
        assert_eq!(migrate(&mut json!({"schemaVersion": 0})), Err(MigrateError::Unknown(0)));
    }
}
