//! The pure core: models, rules and file formats. No browser types live here, so all of it is
//! tested natively with `cargo test`.

pub mod action;
pub mod assessment;
pub mod case;
pub mod cofill;
pub mod config;
pub mod date;
pub mod envelope;
pub mod geometry;
pub mod import;
pub mod instrument;
pub mod matrix;
pub mod migrate;
pub mod network;
pub mod plan;

pub use action::{apply, CaseAction, CaseError};
pub use case::Case;
