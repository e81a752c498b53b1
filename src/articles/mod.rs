//! The article set embedded in the page and the command line.
//!
//! The texts live in `articles/` byte for byte as received, with
//! `articles/manifest.json` beside them; `build.rs` turns the manifest into the
//! [`ARTICLES`] table at compile time.

/// One embedded article and what a person has recorded about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
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
pub static ARTICLES: &[Article] = include!(concat!(env!("OUT_DIR"), "/articles.rs"));

/// The embedded article with this id.
pub fn by_id(id: &str) -> Option<&'static Article> {
    ARTICLES.iter().find(|a| a.id == id)
}

/// A stretch of an article's text: plain, or the evidence of a figure.
pub struct Segment {
    pub text: String,
    pub figure: Option<usize>,
}

/// Cuts `text` at the figures' evidence spans `(start, end, figure)`, given in
/// characters as in the figure record, for highlighting. Spans that
/// overlap an earlier one are left out of the highlighting.
pub fn segments(text: &str, spans: &[(usize, usize, usize)]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = spans.to_vec();
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, figure) in spans {
        let end = end.min(chars.len());
        if start < at || start >= end {
            continue;
        }
        out.push(Segment { text: chars[at..start].iter().collect(), figure: None });
        out.push(Segment { text: chars[start..end].iter().collect(), figure: Some(figure) });
        at = end;
    }
    out.push(Segment { text: chars[at..].iter().collect(), figure: None });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_text_once() {
        let s = segments("أبجد هوز", &[(2, 4, 0), (3, 5, 1), (6, 8, 2)]);
        let joined: String = s.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "أبجد هوز");
        let marked: Vec<_> = s.iter().filter_map(|s| s.figure).collect();
        assert_eq!(marked, vec![0, 2]);
    }

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
}
