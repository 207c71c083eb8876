//! One file per screen.

pub mod case_details;
pub mod circle;
pub mod compare;
pub mod device;
pub mod export;
pub mod lock;
pub mod matrix;
pub mod plan;
pub mod review;
pub mod start;
pub mod theme_card;
pub mod triangle;
