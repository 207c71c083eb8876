//! IndexedDB: the only place that touches persistence. One record per case, keyed by its id;
//! a write is one transaction, so a crash mid-save leaves the previous version in place. What is
//! written is already encrypted (see `vault.rs`); the device settings live in a second store.

use super::browser::describe;
use js_sys::Uint8Array;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "samenplan";
const DB_VERSION: u32 = 2;
const CASES: &str = "cases";
const META: &str = "meta";

/// Why storage did not work, in the kinds the UI explains.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// No IndexedDB here (some private windows): work is kept only while the page is open.
    Unavailable,
    /// The device or browser refused more data.
    Full,
    Failed(String),
}

fn classify(e: JsValue) -> StorageError {
    let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
    if name == "QuotaExceededError" {
        StorageError::Full
    } else if name == "InvalidStateError" || name == "SecurityError" {
        StorageError::Unavailable
    } else {
        StorageError::Failed(describe(e))
    }
}

/// Waits for one of `ok_events` (Ok) or `err_events` (Err) on an IndexedDB request or
/// transaction, then removes its listeners so nothing stays allocated.
async fn settle(target: &web_sys::EventTarget, ok_events: &[&str], err_events: &[&str]) -> Result<(), JsValue> {
    type Slots = Rc<RefCell<Option<(js_sys::Function, js_sys::Function)>>>;
    let slots: Slots = Rc::default();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        *slots.borrow_mut() = Some((resolve, reject));
    });
    let s = slots.clone();
    let ok = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
        if let Some((resolve, _)) = s.borrow_mut().take() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let s = slots.clone();
    let err = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some((_, reject)) = s.borrow_mut().take() {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
    });
    for ev in ok_events {
        let _ = target.add_event_listener_with_callback(ev, ok.as_ref().unchecked_ref());
    }
    for ev in err_events {
        let _ = target.add_event_listener_with_callback(ev, err.as_ref().unchecked_ref());
    }
    let result = JsFuture::from(promise).await;
    for ev in ok_events {
        let _ = target.remove_event_listener_with_callback(ev, ok.as_ref().unchecked_ref());
    }
    for ev in err_events {
        let _ = target.remove_event_listener_with_callback(ev, err.as_ref().unchecked_ref());
    }
    result.map(|_| ())
}

async fn request(req: IdbRequest) -> Result<JsValue, StorageError> {
    // A second request of a transaction may have finished while the first was awaited.
    if req.ready_state() == web_sys::IdbRequestReadyState::Done {
        return req.result().map_err(classify);
    }
    match settle(&req, &["success"], &["error"]).await {
        Ok(()) => req.result().map_err(classify),
        Err(_) => Err(req
            .error()
            .ok()
            .flatten()
            .map(|e| classify(e.into()))
            .unwrap_or(StorageError::Failed("request failed".into()))),
    }
}

async fn committed(tx: IdbTransaction) -> Result<(), StorageError> {
    match settle(&tx, &["complete"], &["error", "abort"]).await {
        Ok(()) => Ok(()),
        Err(_) => {
            Err(tx.error().map(|e| classify(e.into())).unwrap_or(StorageError::Failed("transaction aborted".into())))
        }
    }
}

/// The open database.
#[derive(Clone, PartialEq)]
pub struct Store {
    db: IdbDatabase,
}

/// The database www/early.js opened while the WebAssembly loaded (`samenplanTakeEarlyDb`), if it
/// is this one: same name, version and stores. Taken once; anything else is closed and left out.
async fn early_db() -> Option<IdbDatabase> {
    let window = web_sys::window()?;
    let take =
        js_sys::Reflect::get(&window, &"samenplanTakeEarlyDb".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let promise = take.call0(&window).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let db: IdbDatabase = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let names = db.object_store_names();
    if db.name() == DB_NAME && db.version() == f64::from(DB_VERSION) && names.contains(CASES) && names.contains(META) {
        Some(db)
    } else {
        db.close();
        None
    }
}

impl Store {
    pub async fn open() -> Result<Store, StorageError> {
        if let Some(db) = early_db().await {
            return Ok(Store { db });
        }
        let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(StorageError::Unavailable)?;
        let open = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(classify)?;
        let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(db) = e
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            else {
                return;
            };
            for name in [CASES, META] {
                if !db.object_store_names().contains(name) {
                    let _ = db.create_object_store(name);
                }
            }
        });
        open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let db = request(open.clone().into()).await?;
        open.set_onupgradeneeded(None);
        drop(upgrade);
        let db: IdbDatabase = db.dyn_into().map_err(|_| StorageError::Unavailable)?;
        Ok(Store { db })
    }

    fn tx_on(
        &self,
        name: &str,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StorageError> {
        let tx = self.db.transaction_with_str_and_mode(name, mode).map_err(classify)?;
        let store = tx.object_store(name).map_err(classify)?;
        Ok((tx, store))
    }

    /// A read-write transaction that completes only once its data is on disk (`durability:
    /// "strict"`): "saved" in the header then means saved, even if the device dies a moment later.
    /// Browsers without the option ignore it (web-sys has it only as an unstable API).
    fn durable_tx(&self, name: &str) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StorageError> {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"durability".into(), &"strict".into());
        let open = js_sys::Reflect::get(&self.db, &"transaction".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .ok_or_else(|| StorageError::Failed("no transaction".into()))?;
        let tx: IdbTransaction = open
            .call3(&self.db, &name.into(), &"readwrite".into(), &options)
            .map_err(classify)?
            .dyn_into()
            .map_err(|_| StorageError::Failed("no transaction".into()))?;
        let store = tx.object_store(name).map_err(classify)?;
        Ok((tx, store))
    }

    /// Writes one case record (encrypted bytes) and waits until it is committed to disk.
    pub async fn put(&self, id: &str, record: &[u8]) -> Result<(), StorageError> {
        let (tx, store) = self.durable_tx(CASES)?;
        store.put_with_key(&Uint8Array::from(record), &JsValue::from_str(id)).map_err(classify)?;
        // Nothing more comes in this transaction: committing now does not wait for the event loop
        // (a page being hidden or closed may not give it another turn).
        // (Through Reflect: web-sys marks `commit` deprecated; it is in every current browser.)
        if let Some(commit) =
            js_sys::Reflect::get(&tx, &"commit".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = commit.call0(&tx);
        }
        committed(tx).await
    }

    /// Replaces every case record at once (a new passphrase): all or nothing.
    pub async fn replace_all(&self, records: &[(String, Vec<u8>)]) -> Result<(), StorageError> {
        let (tx, store) = self.durable_tx(CASES)?;
        for (id, record) in records {
            store.put_with_key(&Uint8Array::from(record.as_slice()), &JsValue::from_str(id)).map_err(classify)?;
        }
        committed(tx).await
    }

    /// Every stored record with its key: encrypted bytes, or text from before encryption.
    pub async fn all(&self) -> Result<Vec<(String, Record)>, StorageError> {
        // Both requests in one transaction, so keys and values belong together.
        let (_tx, store) = self.tx_on(CASES, IdbTransactionMode::Readonly)?;
        let keys_req = store.get_all_keys().map_err(classify)?;
        let values_req = store.get_all().map_err(classify)?;
        let keys = js_sys::Array::from(&request(keys_req).await?);
        let values = js_sys::Array::from(&request(values_req).await?);
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(k, v)| {
                let record = match v.as_string() {
                    Some(text) => Record::Text(text),
                    None => Record::Bytes(v.dyn_into::<Uint8Array>().ok()?.to_vec()),
                };
                Some((k.as_string()?, record))
            })
            .collect())
    }

    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        let (tx, store) = self.tx_on(CASES, IdbTransactionMode::Readwrite)?;
        store.delete(&JsValue::from_str(id)).map_err(classify)?;
        committed(tx).await
    }

    /// The device settings (not secret: salt, rounds, check value, lock time, failed tries).
    pub async fn meta(&self) -> Result<Option<String>, StorageError> {
        let (_tx, store) = self.tx_on(META, IdbTransactionMode::Readonly)?;
        let v = request(store.get(&JsValue::from_str("device")).map_err(classify)?).await?;
        Ok(v.as_string())
    }

    pub async fn set_meta(&self, text: &str) -> Result<(), StorageError> {
        let (tx, store) = self.tx_on(META, IdbTransactionMode::Readwrite)?;
        store.put_with_key(&JsValue::from_str(text), &JsValue::from_str("device")).map_err(classify)?;
        committed(tx).await
    }

    /// Deletes the whole database: every case and the device settings.
    pub async fn wipe(self) -> Result<(), StorageError> {
        self.db.close();
        let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(StorageError::Unavailable)?;
        let req = factory.delete_database(DB_NAME).map_err(classify)?;
        request(req.into()).await.map(|_| ())
    }
}

/// A stored case record.
pub enum Record {
    Bytes(Vec<u8>),
    /// Plain JSON written before encryption at rest; encrypted at the next setup.
    Text(String),
}

/// Asks the browser to keep this site's storage (Safari otherwise wipes it after 7 days unused).
pub async fn persist() -> bool {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else { return false };
    let Ok(p) = manager.persist() else { return false };
    JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
