//! Numbers and dates in the page's language (the native formatter of
//! [`crate::i18n::format`], which writes what Chromium's `Intl` writes, so the
//! static first paint and the live page say the same), and a clock for
//! measurements.

pub use crate::html::{push_attr, push_esc};
pub use crate::i18n::format::{day_long, day_short, number, quantity, reported};

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
