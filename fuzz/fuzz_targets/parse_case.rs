//! `parse_case` on arbitrary text (bytes that are not UTF-8 are converted lossily, as a file
//! read as text would be). It must never panic; a case it accepts must survive a save and a load:
//! serialised with serde_json and read back it is equal, `check_case` accepts it, and
//! `parse_case` itself reads the saved text back to the same case.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samenplan::core::import::{check_case, parse_case};
use samenplan::core::Case;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(case) = parse_case(&text) else { return };
    if let Err(e) = check_case(&case) {
        panic!("parse_case accepted a case that check_case refuses: {e}");
    }
    let saved = serde_json::to_string(&case).expect("an accepted case serialises");
    let back: Case = serde_json::from_str(&saved).expect("a saved case deserialises");
    assert_eq!(back, case, "serde round trip changed the case; saved as {saved}");
    if let Err(e) = check_case(&back) {
        panic!("check_case refuses the round-tripped case: {e}");
    }
    match parse_case(&saved) {
        Ok(again) => assert_eq!(again, case, "parse_case of the saved case differs; saved as {saved}"),
        Err(e) => panic!("parse_case refuses the saved case: {e}; saved as {saved}"),
    }
});
