//! One file per screen.

pub mod case_details;
pub mod compare;
pub mod start;
pub mod theme_card;
pub mod triangle;
