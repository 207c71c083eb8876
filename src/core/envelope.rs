//! Byte layouts of encrypted data: records at rest in IndexedDB and shared files. The encryption
//! itself is WebCrypto's (AES-256-GCM under a PBKDF2-SHA-256 key); this module only lays out and
//! checks the bytes around it, so the format is tested natively.
//!
//! Record: `SPR1` | iv (12) | ciphertext+tag. The record's key (the case id) is the additional
//! data, so a record cannot be moved under another case's key.
//! File: `SPENC1` | kdf (1 = PBKDF2-SHA-256) | iterations (u32 BE) | salt (16) | iv (12) |
//! ciphertext+tag. The whole header is the additional data, so lowering the iteration count or
//! swapping the salt makes decryption fail.

/// PBKDF2-SHA-256 rounds for new keys (OWASP's 2023 figure for this hash).
pub const ITERATIONS: u32 = 600_000;
const _: () = assert!(ITERATIONS >= MIN_ITERATIONS);

/// Files asking for fewer rounds are refused: they would be cheap to attack.
pub const MIN_ITERATIONS: u32 = 600_000;
/// Files asking for more are refused: they would hang the device.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
/// AES-GCM's tag; any ciphertext is at least this long.
pub const TAG_LEN: usize = 16;

const RECORD_MAGIC: &[u8; 4] = b"SPR1";
const FILE_MAGIC: &[u8; 6] = b"SPENC1";
const KDF_PBKDF2_SHA256: u8 = 1;
/// Header length of a file: magic, kdf, iterations, salt, iv.
pub const FILE_HEADER_LEN: usize = 6 + 1 + 4 + SALT_LEN + IV_LEN;

/// Why bytes are not a valid envelope.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("not a Samenplan encrypted file")]
    NotEncrypted,
    #[error("the file is cut short")]
    Truncated,
    #[error("unknown key derivation {0}")]
    UnknownKdf(u8),
    #[error("{0} key derivation rounds is outside {MIN_ITERATIONS}..={MAX_ITERATIONS}")]
    BadIterations(u32),
}

/// An opened record: the IV and the ciphertext to hand to WebCrypto.
#[derive(Debug, PartialEq, Eq)]
pub struct Sealed<'a> {
    pub iv: [u8; IV_LEN],
    pub ciphertext: &'a [u8],
}

/// The additional authenticated data of a record.
pub fn record_aad(case_id: &str) -> Vec<u8> {
    let mut v = RECORD_MAGIC.to_vec();
    v.extend_from_slice(case_id.as_bytes());
    v
}

pub fn seal_record(iv: [u8; IV_LEN], ciphertext: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(4 + IV_LEN + ciphertext.len());
    v.extend_from_slice(RECORD_MAGIC);
    v.extend_from_slice(&iv);
    v.extend_from_slice(ciphertext);
    v
}

pub fn open_record(bytes: &[u8]) -> Result<Sealed<'_>, EnvelopeError> {
    let rest = bytes.strip_prefix(RECORD_MAGIC.as_slice()).ok_or(EnvelopeError::NotEncrypted)?;
    if rest.len() < IV_LEN + TAG_LEN {
        return Err(EnvelopeError::Truncated);
    }
    let (iv, ciphertext) = rest.split_at(IV_LEN);
    Ok(Sealed { iv: iv.try_into().map_err(|_| EnvelopeError::Truncated)?, ciphertext })
}

/// The key derivation settings of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileHeader {
    pub iterations: u32,
    pub salt: [u8; SALT_LEN],
    pub iv: [u8; IV_LEN],
}

impl FileHeader {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(FILE_HEADER_LEN);
        v.extend_from_slice(FILE_MAGIC);
        v.push(KDF_PBKDF2_SHA256);
        v.extend_from_slice(&self.iterations.to_be_bytes());
        v.extend_from_slice(&self.salt);
        v.extend_from_slice(&self.iv);
        v
    }
}

/// Whether bytes look like an encrypted file (for choosing between the JSON and encrypted paths).
pub fn is_encrypted_file(bytes: &[u8]) -> bool {
    bytes.starts_with(FILE_MAGIC)
}

pub fn seal_file(header: &FileHeader, ciphertext: &[u8]) -> Vec<u8> {
    let mut v = header.to_bytes();
    v.extend_from_slice(ciphertext);
    v
}

/// Splits a file into its header, the header's bytes (the additional data) and the ciphertext.
pub fn open_file(bytes: &[u8]) -> Result<(FileHeader, &[u8], &[u8]), EnvelopeError> {
    if !is_encrypted_file(bytes) {
        return Err(EnvelopeError::NotEncrypted);
    }
    if bytes.len() < FILE_HEADER_LEN + TAG_LEN {
        return Err(EnvelopeError::Truncated);
    }
    let kdf = bytes[6];
    if kdf != KDF_PBKDF2_SHA256 {
        return Err(EnvelopeError::UnknownKdf(kdf));
    }
    let iterations = u32::from_be_bytes([bytes[7], bytes[8], bytes[9], bytes[10]]);
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        return Err(EnvelopeError::BadIterations(iterations));
    }
    let mut salt = [0u8; SALT_LEN];
    salt.copy_from_slice(&bytes[11..11 + SALT_LEN]);
    let mut iv = [0u8; IV_LEN];
    iv.copy_from_slice(&bytes[11 + SALT_LEN..FILE_HEADER_LEN]);
    let (head, ciphertext) = bytes.split_at(FILE_HEADER_LEN);
    Ok((FileHeader { iterations, salt, iv }, head, ciphertext))
}

/// Lower-case hex, for the few bytes kept in the device settings (salts, the check value).
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|b| [DIGITS[usize::from(b >> 4)] as char, DIGITS[usize::from(b & 15)] as char]).collect()
}

pub fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// Seconds to wait before the next passphrase try after `failures` wrong ones: none for the
/// first two, then doubling, at most five minutes.
pub fn retry_delay_secs(failures: u32) -> u32 {
    match failures {
        0..=2 => 0,
        n => 2u32.saturating_pow(n - 2).min(300),
    }
}

/// The moment (ms) the next passphrase try is allowed, after `failures` wrong ones of which the
/// last was at `last_failure_ms`.
pub fn retry_at_ms(failures: u32, last_failure_ms: f64) -> f64 {
    last_failure_ms + f64::from(retry_delay_secs(failures)) * 1000.0
}

/// Whole seconds left until `at_ms`, rounded up: 0 once it has come. A countdown that says
/// "1 second" is never already over.
pub fn seconds_until(at_ms: f64, now_ms: f64) -> u32 {
    ((at_ms - now_ms) / 1000.0).ceil().clamp(0.0, f64::from(u32::MAX)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_reject_garbage() {
        let iv = [7u8; IV_LEN];
        let ct = vec![1u8; 40];
        let sealed = seal_record(iv, &ct);
        assert_eq!(open_record(&sealed), Ok(Sealed { iv, ciphertext: &ct }));
        assert_eq!(open_record(b"{\"format\":1}"), Err(EnvelopeError::NotEncrypted));
        assert_eq!(open_record(&sealed[..4 + IV_LEN + TAG_LEN - 1]), Err(EnvelopeError::Truncated));
        assert_ne!(record_aad("a"), record_aad("b"));
    }

    #[test]
    fn files_round_trip_and_bind_their_header() {
        let header = FileHeader { iterations: ITERATIONS, salt: [3; SALT_LEN], iv: [9; IV_LEN] };
        let ct = vec![5u8; 64];
        let file = seal_file(&header, &ct);
        assert!(is_encrypted_file(&file));
        let (h, aad, c) = open_file(&file).unwrap();
        assert_eq!((h, c), (header, ct.as_slice()));
        assert_eq!(aad, header.to_bytes().as_slice());
        assert_eq!(aad.len(), FILE_HEADER_LEN);

        // Tampering with the rounds is caught here or, within bounds, by the AAD in WebCrypto.
        let mut weak = file.clone();
        weak[7..11].copy_from_slice(&1000u32.to_be_bytes());
        assert_eq!(open_file(&weak).map(|_| ()), Err(EnvelopeError::BadIterations(1000)));
        let mut huge = file.clone();
        huge[7..11].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(open_file(&huge).map(|_| ()), Err(EnvelopeError::BadIterations(u32::MAX)));
        let mut kdf = file.clone();
        kdf[6] = 2;
        assert_eq!(open_file(&kdf).map(|_| ()), Err(EnvelopeError::UnknownKdf(2)));
        assert_eq!(open_file(&file[..FILE_HEADER_LEN + 3]).map(|_| ()), Err(EnvelopeError::Truncated));
        assert_eq!(open_file(b"{}").map(|_| ()), Err(EnvelopeError::NotEncrypted));
    }

    #[test]
    fn hex_and_delays() {
        assert_eq!(to_hex(&[0, 15, 255]), "000fff");
        assert_eq!(from_hex("000fff"), Some(vec![0, 15, 255]));
        assert_eq!(from_hex("0g"), None);
        assert_eq!(from_hex("abc"), None);
        let delays: Vec<u32> = (0..12).map(retry_delay_secs).collect();
        assert_eq!(delays, [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
    }

    #[test]
    fn the_wait_counts_down_in_whole_seconds() {
        // Four wrong tries, the last at t = 10 s: the next may come at 14 s.
        let at = retry_at_ms(4, 10_000.0);
        assert_eq!(at, 14_000.0);
        let left: Vec<u32> = [10_000.0, 10_001.0, 12_999.0, 13_000.0, 13_001.0, 13_999.0, 14_000.0, 20_000.0]
            .iter()
            .map(|now| seconds_until(at, *now))
            .collect();
        assert_eq!(left, [4, 4, 2, 1, 1, 1, 0, 0]);
        assert_eq!(retry_at_ms(2, 10_000.0), 10_000.0, "no wait after two wrong tries");
    }
}
