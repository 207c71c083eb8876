//! Encryption at rest: every case record is sealed with AES-256-GCM under a key derived from the
//! professional's passphrase. The key lives only in memory while the app is unlocked.

use super::browser::now_ms;
use super::crypto::{decrypt, derive_key, encrypt, random_iv, random_salt};
use super::storage::{Record, StorageError, Store};
use crate::core::case::Case;
use crate::core::envelope::{
    from_hex, open_file, open_record, record_aad, retry_at_ms, retry_delay_secs, seal_file, seal_record, seconds_until,
    to_hex, FileHeader, ITERATIONS,
};
use crate::core::import::{parse_case, ImportError};
use serde::{Deserialize, Serialize};
use web_sys::CryptoKey;

/// The record key of the passphrase check value (no case id can contain a NUL).
const CHECK_ID: &str = "\0check";
const CHECK_TEXT: &[u8] = b"samenplan";
/// Minutes of inactivity before the app locks itself.
pub const DEFAULT_LOCK_MINUTES: u32 = 5;
/// Shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE: usize = 8;

fn default_lock() -> u32 {
    DEFAULT_LOCK_MINUTES
}

/// The device settings, stored in the clear: nothing here reveals a case or the key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceMeta {
    salt: String,
    iterations: u32,
    /// A known text sealed with the key: decrypting it tells a right passphrase from a wrong one.
    check: String,
    #[serde(default)]
    failures: u32,
    #[serde(default)]
    last_failure_ms: f64,
    #[serde(default = "default_lock")]
    pub lock_minutes: u32,
}

impl DeviceMeta {
    /// The moment (ms) the next try is allowed.
    pub fn retry_at_ms(&self) -> f64 {
        retry_at_ms(self.failures, self.last_failure_ms)
    }

    /// Seconds until the next try is allowed.
    pub fn wait_secs(&self, now: f64) -> u32 {
        seconds_until(self.retry_at_ms(), now)
    }
}

/// Why unlocking did not work.
#[derive(Debug, Clone, PartialEq)]
pub enum UnlockError {
    Wrong { wait_secs: u32 },
    TooSoon { wait_secs: u32 },
    Storage(StorageError),
    Crypto(String),
}

/// What the device is ready for at start.
pub enum Gate {
    /// No passphrase yet: the professional sets one.
    Setup,
    Locked(DeviceMeta),
}

pub async fn gate(store: &Store) -> Result<Gate, StorageError> {
    // Through a Value like every other file: one deserializer family in the wasm, not two.
    let value = store.meta().await?.and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
    Ok(match value.and_then(|v| serde_json::from_value::<DeviceMeta>(v).ok()) {
        Some(meta) => Gate::Locked(meta),
        None => Gate::Setup,
    })
}

/// The unlocked store.
#[derive(Clone)]
pub struct Vault {
    store: Store,
    key: CryptoKey,
    pub meta: DeviceMeta,
}

impl PartialEq for Vault {
    fn eq(&self, other: &Vault) -> bool {
        std::ptr::eq(self, other)
    }
}

async fn seal(key: &CryptoKey, id: &str, plaintext: &[u8]) -> Result<Vec<u8>, String> {
    let iv = random_iv()?;
    let ct = encrypt(key, &iv, &record_aad(id), plaintext).await?;
    Ok(seal_record(iv, &ct))
}

async fn unseal(key: &CryptoKey, id: &str, bytes: &[u8]) -> Option<Vec<u8>> {
    let sealed = open_record(bytes).ok()?;
    decrypt(key, &sealed.iv, &record_aad(id), sealed.ciphertext).await
}

async fn new_meta(passphrase: &str, lock_minutes: u32) -> Result<(CryptoKey, DeviceMeta), String> {
    let salt = random_salt()?;
    let key = derive_key(passphrase, &salt, ITERATIONS).await?;
    let check = seal(&key, CHECK_ID, CHECK_TEXT).await?;
    let meta = DeviceMeta {
        salt: to_hex(&salt),
        iterations: ITERATIONS,
        check: to_hex(&check),
        failures: 0,
        last_failure_ms: 0.0,
        lock_minutes,
    };
    Ok((key, meta))
}

/// Sets the first passphrase. Cases stored before encryption existed are encrypted now.
pub async fn setup(store: Store, passphrase: &str) -> Result<Vault, UnlockError> {
    let (key, meta) = new_meta(passphrase, DEFAULT_LOCK_MINUTES).await.map_err(UnlockError::Crypto)?;
    let mut sealed = Vec::new();
    for (id, record) in store.all().await.map_err(UnlockError::Storage)? {
        if let Record::Text(text) = record {
            sealed.push((id.clone(), seal(&key, &id, text.as_bytes()).await.map_err(UnlockError::Crypto)?));
        }
    }
    store.replace_all(&sealed).await.map_err(UnlockError::Storage)?;
    let meta_text = serde_json::to_string(&meta).unwrap_or_default();
    store.set_meta(&meta_text).await.map_err(UnlockError::Storage)?;
    Ok(Vault { store, key, meta })
}

/// Tries a passphrase. A wrong one is counted, and the next try waits longer; nothing else changes.
pub async fn unlock(store: Store, mut meta: DeviceMeta, passphrase: &str) -> Result<Vault, UnlockError> {
    let wait = meta.wait_secs(now_ms());
    if wait > 0 {
        return Err(UnlockError::TooSoon { wait_secs: wait });
    }
    let salt = from_hex(&meta.salt).ok_or(UnlockError::Crypto("bad salt".into()))?;
    let check = from_hex(&meta.check).ok_or(UnlockError::Crypto("bad check".into()))?;
    let key = derive_key(passphrase, &salt, meta.iterations).await.map_err(UnlockError::Crypto)?;
    if unseal(&key, CHECK_ID, &check).await.as_deref() != Some(CHECK_TEXT) {
        meta.failures += 1;
        meta.last_failure_ms = now_ms();
        let _ = store.set_meta(&serde_json::to_string(&meta).unwrap_or_default()).await;
        return Err(UnlockError::Wrong { wait_secs: retry_delay_secs(meta.failures) });
    }
    if meta.failures > 0 {
        meta.failures = 0;
        let _ = store.set_meta(&serde_json::to_string(&meta).unwrap_or_default()).await;
    }
    Ok(Vault { store, key, meta })
}

impl Vault {
    pub async fn save(&self, case: &Case) -> Result<(), StorageError> {
        self.save_json(&case.id, &serde_json::to_string(case).unwrap_or_default()).await
    }

    /// Seals and stores a case already written as JSON (the autosave times that part itself).
    pub async fn save_json(&self, id: &str, json: &str) -> Result<(), StorageError> {
        let record = seal(&self.key, id, json.as_bytes()).await.map_err(StorageError::Failed)?;
        self.store.put(id, &record).await
    }

    /// Every case that decrypts and reads; the number of records that did not (left untouched).
    pub async fn load_all(&self) -> Result<(Vec<Case>, usize), StorageError> {
        let mut cases = Vec::new();
        let mut broken = 0;
        for (id, record) in self.store.all().await? {
            let text = match record {
                Record::Bytes(b) => unseal(&self.key, &id, &b).await.and_then(|p| String::from_utf8(p).ok()),
                Record::Text(_) => None,
            };
            match text.as_deref().map(parse_case) {
                Some(Ok(c)) => cases.push(c),
                _ => broken += 1,
            }
        }
        Ok((cases, broken))
    }

    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        self.store.delete(id).await
    }

    /// A new passphrase: every record is decrypted and sealed again under the new key, in one
    /// transaction, so a failure leaves everything under the old passphrase.
    pub async fn change_passphrase(&self, passphrase: &str) -> Result<Vault, UnlockError> {
        let (key, meta) = new_meta(passphrase, self.meta.lock_minutes).await.map_err(UnlockError::Crypto)?;
        let mut sealed = Vec::new();
        for (id, record) in self.store.all().await.map_err(UnlockError::Storage)? {
            let plain = match record {
                Record::Bytes(b) => unseal(&self.key, &id, &b).await,
                Record::Text(t) => Some(t.into_bytes()),
            };
            // A record the old key cannot open is left as it is rather than lost.
            if let Some(p) = plain {
                sealed.push((id.clone(), seal(&key, &id, &p).await.map_err(UnlockError::Crypto)?));
            }
        }
        self.store.replace_all(&sealed).await.map_err(UnlockError::Storage)?;
        self.store.set_meta(&serde_json::to_string(&meta).unwrap_or_default()).await.map_err(UnlockError::Storage)?;
        Ok(Vault { store: self.store.clone(), key, meta })
    }

    pub async fn set_lock_minutes(&self, minutes: u32) -> Result<Vault, StorageError> {
        let mut meta = self.meta.clone();
        meta.lock_minutes = minutes.clamp(1, 60);
        self.store.set_meta(&serde_json::to_string(&meta).unwrap_or_default()).await?;
        Ok(Vault { store: self.store.clone(), key: self.key.clone(), meta })
    }

    /// The store, to go back to the lock screen (the key is dropped with the vault).
    pub fn store(&self) -> Store {
        self.store.clone()
    }
}

/// Encrypts a case as a file to hand to a colleague or the family, under its own passphrase.
pub async fn export_encrypted(case: &Case, passphrase: &str) -> Result<Vec<u8>, String> {
    let salt = random_salt()?;
    let header = FileHeader { iterations: ITERATIONS, salt, iv: random_iv()? };
    let key = derive_key(passphrase, &salt, ITERATIONS).await?;
    let json = serde_json::to_string(case).map_err(|e| e.to_string())?;
    let ct = encrypt(&key, &header.iv, &header.to_bytes(), json.as_bytes()).await?;
    Ok(seal_file(&header, &ct))
}

/// Why an encrypted file did not open.
#[derive(Debug, Clone, PartialEq)]
pub enum OpenFileError {
    Envelope(crate::core::envelope::EnvelopeError),
    /// Wrong passphrase, or the file was changed.
    WrongOrTampered,
    Case(ImportError),
    Crypto(String),
}

pub async fn import_encrypted(bytes: &[u8], passphrase: &str) -> Result<Case, OpenFileError> {
    let (header, aad, ct) = open_file(bytes).map_err(OpenFileError::Envelope)?;
    let key = derive_key(passphrase, &header.salt, header.iterations).await.map_err(OpenFileError::Crypto)?;
    let plain = decrypt(&key, &header.iv, aad, ct).await.ok_or(OpenFileError::WrongOrTampered)?;
    let text = String::from_utf8(plain).map_err(|_| OpenFileError::WrongOrTampered)?;
    parse_case(&text).map_err(OpenFileError::Case)
}
