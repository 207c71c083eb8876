//! One file per screen.

pub mod apart;
pub mod case_details;
pub mod check_calendar;
pub mod circle;
pub mod circle_ties;
pub mod circle_time;
pub mod compare;
pub mod device;
pub mod export;
pub mod guest;
pub mod handover;
pub mod lock;
pub mod matrix;
pub mod money;
pub mod plan;
pub mod review;
pub mod start;
pub mod team;
pub mod theme_card;
pub mod triangle;
