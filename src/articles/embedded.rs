//! The default article set compiled into the native `tally` (not into the
//! wasm: the page reads its set from the data block it was built with).
//!
//! `build.rs` turns `articles/manifest.json` into the [`ARTICLES`] table, each
//! text included byte for byte from `articles/<id>.txt`.

use super::{Article, ArticleSet};

/// One embedded article and what a person has recorded about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Embedded {
    /// The file stem, also the `article` field of every figure from it.
    pub id: &'static str,
    pub headline_ar: &'static str,
    pub headline_en: &'static str,
    /// The outlet, only where the text names one.
    pub outlet: Option<&'static str>,
    /// Publication date (`YYYY-MM-DD`), when known.
    pub published: Option<&'static str>,
    /// Where the publication date comes from, in words.
    pub date_source: &'static str,
    /// The text exactly as stored.
    pub text: &'static str,
}

/// Every embedded article, in manifest order.
pub static ARTICLES: &[Embedded] = include!(concat!(env!("OUT_DIR"), "/articles.rs"));

/// The embedded article with this id.
pub fn by_id(id: &str) -> Option<&'static Embedded> {
    ARTICLES.iter().find(|a| a.id == id)
}

impl Embedded {
    /// As an owned [`Article`].
    pub fn to_article(&self) -> Article {
        Article {
            id: self.id.to_string(),
            headline_ar: Some(self.headline_ar.to_string()),
            headline_en: Some(self.headline_en.to_string()),
            outlet: self.outlet.map(str::to_string),
            published: self.published.map(str::to_string),
            date_note: Some(self.date_source.to_string()),
            url: None,
            text: self.text.to_string(),
        }
    }
}

/// The default set: the embedded articles with the manifest's title.
pub fn default_set() -> ArticleSet {
    let (id, title_ar, title_en, subtitle_ar, subtitle_en) = SET;
    ArticleSet {
        id: id.to_string(),
        title_ar: Some(title_ar.to_string()),
        title_en: Some(title_en.to_string()),
        subtitle_ar: Some(subtitle_ar.to_string()),
        subtitle_en: Some(subtitle_en.to_string()),
        view: String::new(),
        articles: ARTICLES.iter().map(Embedded::to_article).collect(),
    }
}

/// The set's id, title and subtitle (Arabic, English) from the manifest.
static SET: (&str, &str, &str, &str, &str) = include!(concat!(env!("OUT_DIR"), "/set.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_the_files_byte_for_byte() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
        assert_eq!(ARTICLES.len(), 5);
        for a in ARTICLES {
            let on_disk = std::fs::read_to_string(dir.join(format!("{}.txt", a.id))).unwrap();
            assert_eq!(a.text, on_disk, "{}", a.id);
        }
        assert!(by_id("004_10bd69eb99a8aa9f").is_some());
        assert!(by_id("nope").is_none());
    }

    #[test]
    fn the_default_set_has_a_title_in_both_languages() {
        let s = default_set();
        assert!(s.title(false).unwrap().contains("كازاخستان"));
        assert!(s.title(true).unwrap().contains("Kazakhstan"));
        assert_eq!(s.articles.len(), 5);
    }
}
