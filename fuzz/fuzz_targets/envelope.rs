//! The encrypted record and file layouts and the hex helper on arbitrary bytes: never panic, and
//! whatever opens must lay out again to exactly the bytes it came from.
#![no_main]

use libfuzzer_sys::fuzz_target;
use samenplan::core::envelope::{
    from_hex, is_encrypted_file, open_file, open_record, seal_file, seal_record, to_hex, FILE_HEADER_LEN, IV_LEN,
    MAX_ITERATIONS, MIN_ITERATIONS, TAG_LEN,
};

fuzz_target!(|data: &[u8]| {
    let encrypted = is_encrypted_file(data);
    match open_file(data) {
        Ok((header, head, ciphertext)) => {
            assert!(encrypted, "open_file accepted bytes is_encrypted_file refuses");
            assert!(data.len() >= FILE_HEADER_LEN + TAG_LEN);
            assert_eq!(header.to_bytes(), &data[..FILE_HEADER_LEN], "the header re-serialises differently");
            assert_eq!(head, &data[..FILE_HEADER_LEN]);
            assert_eq!(ciphertext, &data[FILE_HEADER_LEN..]);
            assert!((MIN_ITERATIONS..=MAX_ITERATIONS).contains(&header.iterations));
            assert_eq!(seal_file(&header, ciphertext), data);
        }
        Err(_) => {}
    }

    if let Ok(sealed) = open_record(data) {
        assert!(sealed.ciphertext.len() >= TAG_LEN);
        assert_eq!(data.len(), 4 + IV_LEN + sealed.ciphertext.len());
        assert_eq!(seal_record(sealed.iv, sealed.ciphertext), data);
    }

    // Hex as read back from the device settings: arbitrary text must not panic.
    let text = String::from_utf8_lossy(data);
    if let Some(bytes) = from_hex(&text) {
        assert_eq!(bytes.len() * 2, text.len());
    }
    assert_eq!(from_hex(&to_hex(data)).as_deref(), Some(data), "hex round trip");
});
