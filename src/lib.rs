//! Tally: compare the casualty figures that news reports give.
//!
//! Data flows one way:
//!
//! ```text
//! article text ──extract──▶ figures ──view::filter──▶ shown figures ──chart::layout──▶ marks
//! ```
//!
//! - [`extract`] reads Arabic news text and returns [`figure::Figure`] records
//!   (plain Rust: it runs natively as `tally extract` and in the browser). It is
//!   a crate of its own (`extract/`, with [`figure`] and [`date`]) that depends
//!   on nothing here.
//! - [`articles`] is the embedded article set.
//! - [`view`] is the view state that travels in the URL, and the filter it applies.
//! - [`chart`] turns shown figures into scales, axes and marks, with no DOM.
//! - [`i18n`] is the interface text, numbers and dates, in Arabic and English.
//! - [`page`] is the page's markup that needs no browser, and the static first
//!   paint that `tally page` writes into a built page.
//! - `app` (wasm only) is the page that draws all of it, on Leptos's reactive system.

pub use tally_extract as extract;
pub use tally_extract::{date, figure};

pub mod articles;
pub mod chart;
pub mod export;
pub mod html;
pub mod i18n;
pub mod page;
pub mod sort;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod app;
