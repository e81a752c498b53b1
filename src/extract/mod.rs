//! The Arabic figure extractor: reads a news article and returns every
//! reported figure of people killed, injured and arrested, as the record in
//! `docs/figures.md`.
//!
//! Plain Rust with no I/O, so it runs natively (`tally extract`) and in the
//! browser (wasm32). The work is split by concern:
//!
//! - [`text`]: folding the text for matching, with a map back to the original
//!   offsets; tokens and sentences.
//! - [`words`]: the one word table, and clitic stripping.
//! - [`number`]: digits, number words, vague quantities.
//! - [`triggers`]: killed / injured / arrested words.
//! - [`qualifier`]: more than, at least, about, at most, ranges.
//! - [`victims`]: who was counted; non-person counted nouns.
//! - [`claimant`]: who reported it, with an English label.
//! - [`dates`]: the publication date and where it comes from.
//! - [`status`]: retracted, denied, negated.
//! - [`pass`]: the top-level pass that ties them together.

mod claimant;
mod dates;
mod number;
mod pass;
mod qualifier;
mod status;
mod text;
mod triggers;
mod victims;
mod words;

pub use dates::{publication_date, DateSource};

use crate::figure::Figure;

/// What the caller knows about the article.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The publication date (`YYYY-MM-DD`), when the caller knows it.
    pub published: Option<String>,
}

/// Every figure of people killed, injured or arrested that `text` reports, in
/// text order. `article` becomes each record's `article` field.
pub fn extract(article: &str, text: &str, opts: &Options) -> Vec<Figure> {
    let doc = text::Doc::new(text);
    let reported = dates::from_doc(&doc, opts.published.as_deref()).map(|d| d.0);
    pass::run(article, &doc, reported)
}

#[cfg(test)]
mod tests;
