//! The pure core: models, rules and file formats. No browser types live here, so all of it is
//! tested natively with `cargo test`.

pub mod action;
pub mod assessment;
pub mod autosave;
pub mod calendar;
pub mod case;
pub mod cofill;
pub mod config;
pub mod conversation;
pub mod date;
pub mod ecomap;
pub mod envelope;
pub mod geometry;
pub mod import;
pub mod instrument;
pub mod lang;
pub mod limits;
pub mod matrix;
pub mod migrate;
pub mod money;
pub mod network;
pub mod plan;
pub mod shared;
pub mod team;
pub mod travel;

pub use action::{apply, CaseAction, CaseError};
pub use case::Case;
