//! `Instrument::from_json` on arbitrary text: never panics; a checked instrument's lookups work on
//! it, and written out again it reads back to the same instrument.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samenplan::core::case::WayOfWorking;
use samenplan::core::instrument::Instrument;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(instrument) = Instrument::from_json(&text) else { return };
    let _ = instrument.def.title.get("nl");
    for level in &instrument.def.scale {
        assert!(instrument.level(&level.id).is_some());
    }
    for (side, theme) in instrument.themes() {
        let (found_side, _) = instrument.theme(&theme.id).expect("every theme can be found by its id");
        assert_eq!(found_side.id, side.id);
    }
    for way in WayOfWorking::ALL {
        for id in instrument.theme_ids_for(way) {
            assert!(instrument.theme(id).is_some());
        }
    }
    let written = serde_json::to_string(&instrument.def).expect("an instrument serialises");
    match Instrument::from_json(&written) {
        Ok(again) => assert_eq!(again, instrument, "round trip changed the instrument; written as {written}"),
        Err(e) => panic!("from_json refuses the written instrument: {e}; written as {written}"),
    }
});
