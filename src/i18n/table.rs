//! A language's compiled messages (the JSON `build.rs` writes, see `compile.rs`), read into a table.

use serde_json::Value;
use std::cell::OnceCell;
use std::rc::Rc;

/// A piece of a compiled message (see `compile.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Var(String),
    Select { var: String, default: usize, variants: Vec<(Key, Vec<Part>)> },
}

/// A variant key of a select expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// A plural category (`one`, `few`, `other`, ...) or a literal name.
    Name(String),
    Number(f64),
}

/// One language's messages, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Table(Entries);

#[derive(Debug, Clone)]
enum Entries {
    Read(Vec<(String, Vec<Part>)>),
    /// Compiled in (Dutch): each message is read on its first use, so starting the app does not
    /// wait for a thousand messages when its first screen shows a few dozen.
    Embedded {
        list: &'static [(&'static str, &'static str)],
        read: Vec<OnceCell<Vec<Part>>>,
    },
}

impl Default for Entries {
    fn default() -> Entries {
        Entries::Read(Vec::new())
    }
}

impl PartialEq for Table {
    fn eq(&self, other: &Table) -> bool {
        self.ids().eq(other.ids()) && self.ids().all(|id| self.get(id) == other.get(id))
    }
}

fn parts(v: &Value) -> Option<Vec<Part>> {
    v.as_array()?
        .iter()
        .map(|p| match p {
            Value::String(s) => Some(Part::Text(s.clone())),
            Value::Object(o) if o.contains_key("v") => Some(Part::Var(o.get("v")?.as_str()?.to_string())),
            Value::Object(o) => Some(Part::Select {
                var: o.get("s")?.as_str()?.to_string(),
                default: o.get("d")?.as_u64()? as usize,
                variants: o
                    .get("o")?
                    .as_array()?
                    .iter()
                    .map(|kv| {
                        let key = match kv.get(0)? {
                            Value::String(s) => Key::Name(s.clone()),
                            n => Key::Number(n.as_f64()?),
                        };
                        Some((key, parts(kv.get(1)?)?))
                    })
                    .collect::<Option<Vec<_>>>()?,
            }),
            _ => None,
        })
        .collect()
}

impl Table {
    /// Reads a compiled table; `None` when the JSON is not one.
    pub fn from_json(text: &str) -> Option<Table> {
        let v: Value = serde_json::from_str(text).ok()?;
        let mut entries = v
            .as_array()?
            .iter()
            .map(|e| Some((e.get(0)?.as_str()?.to_string(), parts(e.get(1)?)?)))
            .collect::<Option<Vec<_>>>()?;
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Some(Table(Entries::Read(entries)))
    }

    pub(super) fn get(&self, key: &str) -> Option<&[Part]> {
        match &self.0 {
            Entries::Read(v) => v.binary_search_by(|(id, _)| id.as_str().cmp(key)).ok().map(|i| v[i].1.as_slice()),
            Entries::Embedded { list, read } => {
                let i = list.binary_search_by(|(id, _)| (*id).cmp(key)).ok()?;
                let parts = read[i].get_or_init(|| {
                    serde_json::from_str::<Value>(list[i].1).ok().and_then(|v| parts(&v)).unwrap_or_default()
                });
                Some(parts.as_slice())
            }
        }
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let ids: Vec<&str> = match &self.0 {
            Entries::Read(v) => v.iter().map(|(id, _)| id.as_str()).collect(),
            Entries::Embedded { list, .. } => list.iter().map(|(id, _)| *id).collect(),
        };
        ids.into_iter()
    }

    /// The Dutch table, embedded: the default language needs no download.
    pub fn dutch() -> Rc<Table> {
        // `build.rs` writes the list sorted by id, each message's parts as JSON.
        static LIST: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/i18n/nl.rs"));
        thread_local! {
            static NL: Rc<Table> =
                Rc::new(Table(Entries::Embedded { list: LIST, read: vec![OnceCell::new(); LIST.len()] }));
        }
        NL.with(Rc::clone)
    }
}
