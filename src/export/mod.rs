//! Export (stub while measuring).
#[cfg(feature = "pdf")]
pub mod pdf;
