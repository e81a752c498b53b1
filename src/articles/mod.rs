//! The article set: the articles a page compares, as data.
//!
//! A set is a title and subtitle (Arabic and English), the view it opens
//! with, and its articles (text, headline, outlet, publication date and
//! address, each where known). It travels inside the page as a JSON data
//! block ([`set_file`]), so one wasm serves every set; the default set lives
//! in `articles/` (`manifest.json` + one `.txt` each).
//!
//! - [`input`]: what a user brings (pasted text, `.txt`, `.html`, `.json`,
//!   `.jsonl`) turned into [`Article`]s, with typed errors;
//! - [`html`]: the visible text of an HTML page;
//! - [`set_file`]: the set written as JSON and placed in a page;
//! - [`files`] (native only): files and folders read from disk;
//! - [`embedded`] (native only): the default set compiled into `tally`.
//!
//! Whatever an article does not give is derived and said so: the headline is
//! the text's first line ([`Article::headline`]), the publication date is what
//! the extractor reads from the text ([`Article::publication`]).

#[cfg(not(target_arch = "wasm32"))]
pub mod embedded;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod html;
pub mod input;
pub mod set_file;

use crate::extract::{publication_date, DateSource};

/// The most characters one article's text may have (about 100 pages). Longer
/// texts are refused with a message: reading them would hold the page up.
pub const MAX_ARTICLE_CHARS: usize = 200_000;
/// The most bytes one file may have.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most characters of the longest headline kept.
const MAX_HEADLINE_CHARS: usize = 160;

/// Where an article came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The page's own set (the data block it was built with).
    Base,
    /// Added by the user in the page (kept in the browser's storage).
    Added,
}

/// One article and what is known about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Unique within the set; also the `article` field of every figure from it.
    pub id: String,
    /// The headline in Arabic, when given.
    pub headline_ar: Option<String>,
    /// The headline in English, when given.
    pub headline_en: Option<String>,
    /// The outlet, where the text or the user names it.
    pub outlet: Option<String>,
    /// The publication date (`YYYY-MM-DD` or `YYYY-MM`), when given.
    pub published: Option<String>,
    /// Where the given publication date comes from, in words (the default set's notes).
    pub date_note: Option<String>,
    /// The article's address: only ever an `http(s)` URL (see [`web_address`]).
    pub url: Option<String>,
    /// The text exactly as received.
    pub text: String,
}

/// Where an article's headline comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadlineSource {
    Given,
    /// The first line of the text.
    FirstLine,
}

impl Article {
    /// An article with only a text and an id.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            headline_ar: None,
            headline_en: None,
            outlet: None,
            published: None,
            date_note: None,
            url: None,
            text: text.into(),
        }
    }

    /// The headline to show in the interface language (`english`), the other
    /// language's when only that is given, else the text's first line.
    pub fn headline(&self, english: bool) -> (String, HeadlineSource) {
        let (first, second) = if english { (&self.headline_en, &self.headline_ar) } else { (&self.headline_ar, &self.headline_en) };
        match first.as_ref().or(second.as_ref()) {
            Some(h) => (h.clone(), HeadlineSource::Given),
            None => (first_line(&self.text), HeadlineSource::FirstLine),
        }
    }

    /// The article's figures and publication date as the extractor reads
    /// them (natively: the page's wasm holds no extractor, `src/app/reader.rs`) on the
    /// reader's day `today` ([`crate::extract::Options::today`]).
    pub fn read(&self, today: Option<&str>) -> (Vec<crate::figure::Figure>, Option<(String, DateSource)>) {
        let opts = crate::extract::Options { published: self.published.clone(), today: today.map(str::to_string) };
        crate::extract::extract_dated(&self.id, &self.text, &opts)
    }

    /// The publication date and where it comes from: given, else read from
    /// the text by the extractor (`None` when nothing fixes it) on the reader's day.
    pub fn publication(&self, today: Option<&str>) -> Option<(String, DateSource)> {
        publication_date(&self.text, self.published.as_deref(), today)
    }
}

/// The first non-empty line of `text` (a ` date ...` header line skipped), cut
/// to a headline's length at a word boundary.
pub fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !(l.is_empty() || l.starts_with("date ") && l.len() <= 16))
        .unwrap_or("");
    if line.chars().count() <= MAX_HEADLINE_CHARS {
        return line.to_string();
    }
    let cut: String = line.chars().take(MAX_HEADLINE_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => &cut,
    };
    format!("{cut}…")
}

/// `s` as a web address when it is one: `http://` or `https://` with a host,
/// no spaces or control characters, at most 2,000 characters. Anything else
/// (`javascript:`, `data:`, a path) is not an address and is dropped, so an
/// address only ever becomes an `http(s)` link.
pub fn web_address(s: &str) -> Option<String> {
    let s = s.trim();
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &s[8..]
    } else if lower.starts_with("http://") {
        &s[7..]
    } else {
        return None;
    };
    let host_ok = rest.split(['/', '?', '#']).next().is_some_and(|h| !h.is_empty());
    let clean = !s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    (host_ok && clean && s.len() <= 2000).then(|| s.to_string())
}

/// An id made safe for URLs and figure keys: ASCII letters, digits, `-`, `_`,
/// `.`; other characters become `_`; at most 64 characters; never empty.
pub fn clean_id(s: &str) -> String {
    let id: String = s
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' })
        .take(64)
        .collect();
    if id.is_empty() {
        "article".to_string()
    } else {
        id
    }
}

/// `id`, or `id-2`, `id-3`, … : the first that `taken` does not hold.
pub fn unique_id(id: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(id) {
        return id.to_string();
    }
    (2..).map(|n| format!("{id}-{n}")).find(|c| !taken(c)).expect("some suffix is free")
}

/// An id for a set of articles: a hash of their ids and texts, so that two
/// different sets keep their added articles apart in a browser.
pub fn content_id(articles: &[Article]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for a in articles {
        for b in a.id.bytes().chain([0]).chain(a.text.bytes()).chain([0]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    format!("set-{h:016x}")
}

/// A whole article set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleSet {
    /// Names the set (for the browser's storage of the user's own articles).
    pub id: String,
    pub title_ar: Option<String>,
    pub title_en: Option<String>,
    pub subtitle_ar: Option<String>,
    pub subtitle_en: Option<String>,
    /// The view the page opens with when its address has none (a query string
    /// such as `?kind=killed`; empty for the default view).
    pub view: String,
    pub articles: Vec<Article>,
}

impl ArticleSet {
    /// The title in the interface language, else the other one's.
    pub fn title(&self, english: bool) -> Option<&str> {
        pick(&self.title_ar, &self.title_en, english)
    }

    /// The subtitle in the interface language, else the other one's.
    pub fn subtitle(&self, english: bool) -> Option<&str> {
        pick(&self.subtitle_ar, &self.subtitle_en, english)
    }
}

fn pick<'a>(ar: &'a Option<String>, en: &'a Option<String>, english: bool) -> Option<&'a str> {
    let (a, b) = if english { (en, ar) } else { (ar, en) };
    a.as_deref().or(b.as_deref()).filter(|s| !s.trim().is_empty())
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
    let order = crate::sort::order(spans.len(), &|a, b| spans[a].cmp(&spans[b]));
    let spans = crate::sort::apply(spans, &order);
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
    fn only_http_addresses_are_addresses() {
        let table: &[(&str, Option<&str>)] = &[
            ("https://example.org/a?b=1", Some("https://example.org/a?b=1")),
            ("  HTTP://Example.org ", Some("HTTP://Example.org")),
            ("javascript:alert(1)", None),
            ("JavaScript://%0aalert(1)", None),
            ("data:text/html,<b>", None),
            ("https://", None),
            ("https:///path", None),
            ("https://a.org/x y", None),
            ("https://a.org/\"onmouseover=x", None),
            ("/relative/path", None),
            ("", None),
        ];
        for (input, want) in table {
            assert_eq!(web_address(input).as_deref(), *want, "{input:?}");
        }
    }

    #[test]
    fn headlines_fall_back_to_the_other_language_then_the_first_line() {
        let mut a = Article::new("a", "\n date 2022-01\n  السطر الأول  \nالثاني");
        assert_eq!(a.headline(false), ("السطر الأول".to_string(), HeadlineSource::FirstLine));
        a.headline_en = Some("English".into());
        assert_eq!(a.headline(false), ("English".to_string(), HeadlineSource::Given));
        a.headline_ar = Some("عربي".into());
        assert_eq!(a.headline(false).0, "عربي");
        assert_eq!(a.headline(true).0, "English");
    }

    #[test]
    fn a_long_first_line_is_cut_at_a_word() {
        let line = "كلمة ".repeat(100);
        let h = first_line(&line);
        assert!(h.ends_with('…') && h.chars().count() <= MAX_HEADLINE_CHARS + 1, "{h}");
    }

    #[test]
    fn ids_are_clean_and_unique() {
        assert_eq!(clean_id(" تقرير 1.txt"), "______1.txt");
        assert_eq!(clean_id(""), "article");
        let taken = ["a", "a-2"];
        assert_eq!(unique_id("a", |c| taken.contains(&c)), "a-3");
        assert_eq!(unique_id("b", |c| taken.contains(&c)), "b");
    }

    #[test]
    fn the_publication_date_is_given_or_read_from_the_text() {
        let mut a = Article::new("a", "الرباط - الخميس 6 يناير 2022\nقتل 3 أشخاص");
        assert_eq!(a.publication(None).map(|p| p.0).as_deref(), Some("2022-01-06"));
        a.published = Some("2021-05-17".into());
        assert_eq!(a.publication(None), Some(("2021-05-17".to_string(), DateSource::Given)));
        assert_eq!(Article::new("b", "لا تاريخ هنا").publication(None), None);
    }
}
