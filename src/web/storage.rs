//! IndexedDB: the only place that touches persistence. One record per case, keyed by its id;
//! a write is one transaction, so a crash mid-save leaves the previous version in place.

use super::browser::describe;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "samenplan";
const DB_VERSION: u32 = 1;
const CASES: &str = "cases";

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

impl Store {
    pub async fn open() -> Result<Store, StorageError> {
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
            if !db.object_store_names().contains(CASES) {
                let _ = db.create_object_store(CASES);
            }
        });
        open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let db = request(open.clone().into()).await?;
        open.set_onupgradeneeded(None);
        drop(upgrade);
        let db: IdbDatabase = db.dyn_into().map_err(|_| StorageError::Unavailable)?;
        Ok(Store { db })
    }

    fn tx(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StorageError> {
        let tx = self.db.transaction_with_str_and_mode(CASES, mode).map_err(classify)?;
        let store = tx.object_store(CASES).map_err(classify)?;
        Ok((tx, store))
    }

    /// Writes one case record and waits until it is committed.
    pub async fn put(&self, id: &str, record: &str) -> Result<(), StorageError> {
        let (tx, store) = self.tx(IdbTransactionMode::Readwrite)?;
        store.put_with_key(&JsValue::from_str(record), &JsValue::from_str(id)).map_err(classify)?;
        committed(tx).await
    }

    /// Every stored record, with its key.
    pub async fn all(&self) -> Result<Vec<(String, String)>, StorageError> {
        // Both requests in one transaction, so keys and values belong together.
        let (_tx, store) = self.tx(IdbTransactionMode::Readonly)?;
        let keys_req = store.get_all_keys().map_err(classify)?;
        let values_req = store.get_all().map_err(classify)?;
        let keys = request(keys_req).await?;
        let values = request(values_req).await?;
        let keys = js_sys::Array::from(&keys);
        let values = js_sys::Array::from(&values);
        Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
    }

    pub async fn delete(&self, id: &str) -> Result<(), StorageError> {
        let (tx, store) = self.tx(IdbTransactionMode::Readwrite)?;
        store.delete(&JsValue::from_str(id)).map_err(classify)?;
        committed(tx).await
    }
}
