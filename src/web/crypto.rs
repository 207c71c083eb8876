//! WebCrypto: PBKDF2-SHA-256 key derivation and AES-256-GCM. Keys are non-extractable: the
//! passphrase and the key never leave the browser's crypto module as bytes.

use super::browser::describe;
use crate::core::envelope::{IV_LEN, SALT_LEN};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

fn subtle() -> Result<SubtleCrypto, String> {
    Ok(web_sys::window().ok_or("no window")?.crypto().map_err(describe)?.subtle())
}

/// Bytes from the platform's cryptographic random source.
pub fn random<const N: usize>() -> Result<[u8; N], String> {
    let mut b = [0u8; N];
    web_sys::window()
        .ok_or("no window")?
        .crypto()
        .map_err(describe)?
        .get_random_values_with_u8_array(&mut b)
        .map_err(describe)?;
    Ok(b)
}

pub fn random_salt() -> Result<[u8; SALT_LEN], String> {
    random::<SALT_LEN>()
}

pub fn random_iv() -> Result<[u8; IV_LEN], String> {
    random::<IV_LEN>()
}

/// Derives the AES-GCM key for a passphrase.
pub async fn derive_key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, String> {
    let subtle = subtle()?;
    let usages_derive = Array::of1(&JsValue::from_str("deriveKey"));
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages_derive).map_err(describe)?;
    let base: CryptoKey = JsFuture::from(base).await.map_err(describe)?.unchecked_into();
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let target = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = subtle.derive_key_with_object_and_object(&params, &base, &target, false, &usages).map_err(describe)?;
    Ok(JsFuture::from(key).await.map_err(describe)?.unchecked_into())
}

fn gcm(iv: &[u8], aad: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    params.set_additional_data_u8_array(&Uint8Array::from(aad));
    params
}

pub async fn encrypt(key: &CryptoKey, iv: &[u8], aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, String> {
    let p = subtle()?.encrypt_with_object_and_u8_array(&gcm(iv, aad), key, plaintext).map_err(describe)?;
    let buf = JsFuture::from(p).await.map_err(describe)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// Decrypts; a wrong key or any change to the bytes or the additional data fails (`None`).
pub async fn decrypt(key: &CryptoKey, iv: &[u8], aad: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    let p = subtle().ok()?.decrypt_with_object_and_u8_array(&gcm(iv, aad), key, ciphertext).ok()?;
    let buf = JsFuture::from(p).await.ok()?;
    Some(Uint8Array::new(&buf).to_vec())
}

/// A one-time AES-256-GCM key from its raw bytes (an invitation's key), not extractable again.
pub async fn import_key(raw: &[u8]) -> Result<CryptoKey, String> {
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let p =
        subtle()?.import_key_with_str("raw", &Uint8Array::from(raw), "AES-GCM", false, &usages).map_err(describe)?;
    Ok(JsFuture::from(p).await.map_err(describe)?.unchecked_into())
}
