//! The Arabic figure extractor. (Being written: see issue 3.)

use crate::figure::Figure;

/// What the caller knows about the article.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The publication date (`YYYY-MM-DD`), when the caller knows it.
    pub published: Option<String>,
}

/// Every figure of people killed, injured or arrested that `text` reports.
pub fn extract(article: &str, text: &str, opts: &Options) -> Vec<Figure> {
    let _ = (article, text, opts);
    Vec::new()
}
