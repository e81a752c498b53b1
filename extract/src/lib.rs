//! The Arabic figure extractor: reads a news article and returns every
//! reported figure of people killed, injured and arrested, as the record in
//! `docs/figures.md`.
//!
//! Plain Rust with no I/O, so it runs natively (`tally extract`) and in the
//! browser (wasm32). It runs in phases, each in its own module; a later phase
//! reads what the earlier ones made and nothing imports a later phase:
//!
//! 1. [`normalise`]: the text folded for matching (marks dropped, letters and
//!    digits folded), with a map back to the original offsets.
//! 2. [`tokenise`]: tokens and sentences, with no knowledge of the rules.
//! 3. [`annotate`]: each word's entry in the one [`lexicon`] (every word list
//!    the rules use, built once), less the idioms that only look like a
//!    trigger («ضبط النفس»).
//! 4. [`number`] and [`qualifier`]: number phrases as people write them, and
//!    how the text bounds them.
//! 5. [`rules`]: the named candidate rules that tie a number (or a singular or
//!    dual noun) to a trigger: each a small function stating its pattern.
//! 6. [`filters`]: what is not a figure (things, money, dates, ages, the
//!    missing, hostages, infections in an epidemic, lumps of killed and
//!    injured together).
//! 7. attributes: [`victims`] (who was counted), [`claimant`] (who said it),
//!    [`status`] (retracted, denied, negated), [`dates`] (when it was reported).
//! 8. [`dedup`]: a figure repeated (headline and body) is kept once.
//!
//! [`sources`] is the one table of source labels (English, Arabic, type).
//!
//! [`pass`] runs the phases over an article.
//!
//! The phases' entry points (`normalise`, `tokenize`, `sentences`, `annotate`,
//! `candidates`, `pass::run`) are `#[inline(never)]`: each has one caller, and
//! inlined into it they made the page's wasm 1.1 KB larger gzipped; apart,
//! they also show by name in a profile of the page.
//!
//! The crate also holds what it returns: [`figure`], the figure record, and
//! [`date`], the calendar dates it reads. It is a crate of its own, not a module
//! of `tally`, so that nothing of the page can creep into it: it depends on
//! serde alone, and `tally` (the command line and the page) on it.

pub mod date;
pub mod figure;

mod annotate;
mod claimant;
mod dates;
mod dedup;
mod filters;
mod lexicon;
mod normalise;
mod number;
pub mod packed;
mod pass;
mod qualifier;
mod rules;
pub mod sources;
mod status;
mod tokenise;
mod victims;

pub use dates::{publication_date, DateSource};

use crate::figure::Figure;

/// What the caller knows about the article.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The publication date (`YYYY-MM-DD`), when the caller knows it.
    pub published: Option<String>,
    /// The reader's day (`YYYY-MM-DD`): an agency's dateline without its year, in a text
    /// that names no year, takes the latest year up to this day's in which the day the
    /// text names fell on its weekday («الدوحة في 17 مارس /قنا/ ... صباح اليوم
    /// الثلاثاء»). Without it (or without a weekday) no year is guessed.
    pub today: Option<String>,
}

/// Every figure of people killed, injured or arrested that `text` reports, in
/// text order. `article` becomes each record's `article` field.
pub fn extract(article: &str, text: &str, opts: &Options) -> Vec<Figure> {
    extract_dated(article, text, opts).0
}

/// [`extract`], and the publication date it used with where it comes from
/// (as [`publication_date`] gives it), from the one reading of the text.
pub fn extract_dated(article: &str, text: &str, opts: &Options) -> (Vec<Figure>, Option<(String, DateSource)>) {
    let doc = tokenise::Doc::new(text);
    let today = opts.today.as_deref().and_then(date::Date::parse);
    let date = dates::from_doc(&doc, opts.published.as_deref(), today);
    let reported = date.as_ref().map(|d| d.0.clone());
    (pass::run(article, &doc, reported), date)
}

#[cfg(test)]
mod tests;
