//! The page's markup that needs no browser: written natively by `tally page`
//! into the static first paint, and by the page itself, so both are the same.
//!
//! - [`header`]: the skip link, the set's title and the language switch;
//! - [`filters`]: the filters' bar and drawer;
//! - [`legend`]: the chart's legend;
//! - [`summary`]: the summary's sentences;
//! - [`tabs`]: the chart's kind tabs on narrow screens;
//! - [`first_paint`]: the static first paint of a set's view, and its place in a page.

pub mod filters;
pub mod header;
pub mod legend;
pub mod first_paint;
pub mod summary;
pub mod tabs;

/// Whether a writer writes for the running page, or for the static first paint
/// (whose controls wait, `inert`, for the page).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Live,
    Paint,
}
