//! `migrate` on arbitrary JSON: never panics; a migrated file is at the current version, so a
//! second migrate changes nothing and reports that version; a refused file is left as it was.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samenplan::core::case::SCHEMA_VERSION;
use samenplan::core::migrate::migrate;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(mut value) = serde_json::from_slice::<Value>(data) else { return };
    let before = value.clone();
    match migrate(&mut value) {
        Ok(found) => {
            assert!((1..=u64::from(SCHEMA_VERSION)).contains(&found), "migrate reported version {found}");
            let migrated = value.clone();
            assert_eq!(
                migrate(&mut value),
                Ok(u64::from(SCHEMA_VERSION)),
                "a second migrate is not at the current version"
            );
            assert_eq!(value, migrated, "a second migrate changed the file");
        }
        Err(e) => assert_eq!(value, before, "migrate refused ({e}) but changed the file"),
    }
});
