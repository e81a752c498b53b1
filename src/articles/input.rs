//! What a user brings, turned into [`Article`]s: pasted text, `.txt`
//! (UTF-8; a first line ` date YYYY-MM-DD` is honoured by the extractor),
//! `.html` (its visible text only), and `.json` / `.jsonl` (one object per
//! article: `text`, and optionally `id`, `headline`, `headline_ar`,
//! `headline_en`, `outlet`, `published`, `url`).
//!
//! Parsing JSON is left to the caller (the browser's `JSON.parse` in the
//! page, serde_json in the command line), which fills a [`Fields`] per
//! object; everything else (checks, ids, limits) is here, shared by both.
//! Every refusal is an [`InputError`] that says what is wrong.

use super::{clean_id, html, web_address, Article, MAX_ARTICLE_CHARS, MAX_FILE_BYTES};
use crate::date::Date;
use std::fmt;

/// What kind of file a name says it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
    /// One JSON value: an article object, an array of them, or a set
    /// (`{"articles": [...]}`).
    Json,
    /// One JSON object per line.
    JsonLines,
}

impl FileKind {
    /// By the file name's ending; `None` for endings Tally does not read.
    pub fn of(name: &str) -> Option<FileKind> {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
        match ext {
            "txt" | "text" | "md" => Some(FileKind::Text),
            "html" | "htm" | "xhtml" => Some(FileKind::Html),
            "json" => Some(FileKind::Json),
            "jsonl" | "ndjson" => Some(FileKind::JsonLines),
            _ => None,
        }
    }
}

/// Why an input gave no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The bytes are not UTF-8 (the first bad byte's offset).
    NotUtf8 { offset: usize },
    /// A binary file: UTF-8 but with NUL bytes.
    Binary,
    /// Nothing at all, or only white space.
    Empty,
    /// Markup or data with no readable text in it.
    NoText,
    /// Larger than [`MAX_FILE_BYTES`].
    FileTooLarge { bytes: usize },
    /// A text longer than [`MAX_ARTICLE_CHARS`].
    TooLong { chars: usize },
    /// A file name Tally does not read.
    UnknownKind,
    /// The browser or the system could not read the file (its words).
    Unreadable { message: String },
    /// JSON that does not parse (the line, for JSON Lines, from 1).
    BadJson { line: Option<usize>, message: String },
    /// A JSON object without a `text` string.
    NoTextField { line: Option<usize> },
    /// A `published` that is not `YYYY-MM-DD` (or `YYYY-MM`).
    BadDate { value: String },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = |line: &Option<usize>| line.map(|l| format!("line {l}: ")).unwrap_or_default();
        match self {
            InputError::NotUtf8 { offset } => write!(f, "not UTF-8 text (invalid byte at offset {offset})"),
            InputError::Binary => write!(f, "a binary file, not text"),
            InputError::Empty => write!(f, "empty"),
            InputError::NoText => write!(f, "no text found"),
            InputError::FileTooLarge { bytes } => {
                write!(f, "too large ({} MB; the limit is {} MB a file)", bytes / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024))
            }
            InputError::TooLong { chars } => {
                write!(f, "text too long ({chars} characters; the limit is {MAX_ARTICLE_CHARS} an article)")
            }
            InputError::UnknownKind => write!(f, "not a file Tally reads (.txt, .html, .json or .jsonl)"),
            InputError::Unreadable { message } => write!(f, "cannot be read ({message})"),
            InputError::BadJson { line, message } => write!(f, "{}not valid JSON ({message})", at(line)),
            InputError::NoTextField { line } => write!(f, "{}no \"text\" string in the object", at(line)),
            InputError::BadDate { value } => write!(f, "publication date '{value}' is not YYYY-MM-DD"),
        }
    }
}

impl std::error::Error for InputError {}

/// The string fields of one JSON object (non-string values are left out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub text: Option<String>,
    pub id: Option<String>,
    pub headline: Option<String>,
    pub headline_ar: Option<String>,
    pub headline_en: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

impl Fields {
    /// The field names, in the order [`Fields::set`] takes them.
    pub const NAMES: [&'static str; 8] = ["text", "id", "headline", "headline_ar", "headline_en", "outlet", "published", "url"];

    /// Sets the field called `name` (one of [`Fields::NAMES`]; others are ignored).
    pub fn set(&mut self, name: &str, value: String) {
        let slot = match name {
            "text" => &mut self.text,
            "id" => &mut self.id,
            "headline" => &mut self.headline,
            "headline_ar" => &mut self.headline_ar,
            "headline_en" => &mut self.headline_en,
            "outlet" => &mut self.outlet,
            "published" => &mut self.published,
            "url" => &mut self.url,
            _ => return,
        };
        *slot = Some(value);
    }
}

/// `bytes` as text: UTF-8 (a byte-order mark dropped), not binary, not too large.
pub fn decode(bytes: &[u8]) -> Result<&str, InputError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(InputError::FileTooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 { offset: e.valid_up_to() })?;
    if text.contains('\0') {
        return Err(InputError::Binary);
    }
    Ok(text)
}

/// A letter or digit of any script, near enough: ASCII letters and digits, and
/// any character from U+00C0 on outside white space and the punctuation,
/// symbol, private-use and emoji blocks. (Script ranges rather than
/// `char::is_alphanumeric`, whose Unicode tables would cost the page's wasm.)
fn wordy(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c >= '\u{C0}'
            && !c.is_whitespace()
            && !matches!(c,
                '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF20}'
                | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'
                | '\u{E000}'..='\u{F8FF}' | '\u{FFF0}'..='\u{FFFF}' | '\u{1F000}'..='\u{1FAFF}'))
}

/// Checks an article's text: not empty, some letters or digits, not too long.
pub fn check_text(text: &str) -> Result<(), InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    if !text.chars().any(wordy) {
        return Err(InputError::NoText);
    }
    let chars = text.chars().count();
    if chars > MAX_ARTICLE_CHARS {
        return Err(InputError::TooLong { chars });
    }
    Ok(())
}

/// A headline, or `None` when blank; in the slot of its script (Arabic
/// letters make it the Arabic headline).
fn place_headline(a: &mut Article, headline: Option<String>) {
    let Some(h) = headline.map(|h| h.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|h| !h.is_empty()) else {
        return;
    };
    if h.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        a.headline_ar.get_or_insert(h);
    } else {
        a.headline_en.get_or_insert(h);
    }
}

fn nonblank(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// One article from the fields a user gave (a JSON object, or the page's
/// paste form). `fallback_id` names it when `id` is not given.
pub fn from_fields(f: Fields, fallback_id: &str, line: Option<usize>) -> Result<Article, InputError> {
    let text = f.text.ok_or(InputError::NoTextField { line })?;
    check_text(&text)?;
    let published = match nonblank(f.published) {
        Some(p) if Date::parse(&p).is_some() || (p.len() == 7 && Date::parse(&format!("{p}-01")).is_some()) => Some(p),
        Some(p) => return Err(InputError::BadDate { value: p }),
        None => None,
    };
    let mut a = Article::new(clean_id(nonblank(f.id).as_deref().unwrap_or(fallback_id)), text);
    a.headline_ar = nonblank(f.headline_ar);
    a.headline_en = nonblank(f.headline_en);
    place_headline(&mut a, f.headline);
    a.outlet = nonblank(f.outlet);
    a.published = published;
    a.url = f.url.as_deref().and_then(web_address);
    Ok(a)
}

/// The article of a `.txt` file's text.
pub fn text_article(id: &str, text: &str) -> Result<Article, InputError> {
    check_text(text)?;
    Ok(Article::new(clean_id(id), text))
}

/// The article of an `.html` page: its visible text, headline and outlet.
pub fn html_article(id: &str, source: &str) -> Result<Article, InputError> {
    if source.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let page = html::read(source);
    check_text(&page.text)?;
    let mut a = Article::new(clean_id(id), page.text);
    place_headline(&mut a, page.headline);
    a.outlet = page.outlet;
    Ok(a)
}

/// The file stem of a name (`dir/a.b.txt` → `a.b`), the id of its article.
pub fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.rsplit_once('.').map_or(base, |(s, _)| s).trim()
}

/// The non-blank lines of a JSON Lines text, with their line numbers (from 1).
pub fn json_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())).filter(|(_, l)| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_by_name() {
        let table = [
            ("a.txt", Some(FileKind::Text)),
            ("A.HTML", Some(FileKind::Html)),
            ("x.htm", Some(FileKind::Html)),
            ("set.json", Some(FileKind::Json)),
            ("d.jsonl", Some(FileKind::JsonLines)),
            ("photo.png", None),
            ("README", None),
        ];
        for (name, want) in table {
            assert_eq!(FileKind::of(name), want, "{name}");
        }
    }

    #[test]
    fn decoding_refuses_what_is_not_text() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc"), Ok("abc"));
        assert_eq!(decode(b"ab\xFFcd"), Err(InputError::NotUtf8 { offset: 2 }));
        assert_eq!(decode(b"ab\0cd"), Err(InputError::Binary));
        assert_eq!(decode(&vec![b'a'; MAX_FILE_BYTES + 1]), Err(InputError::FileTooLarge { bytes: MAX_FILE_BYTES + 1 }));
    }

    #[test]
    fn texts_must_have_words_and_fit() {
        let table: &[(&str, Result<(), InputError>)] = &[
            ("قتل 3", Ok(())),
            ("", Err(InputError::Empty)),
            (" \n\t ", Err(InputError::Empty)),
            ("… — !!", Err(InputError::NoText)),
            ("، ؟ «» 🙂", Err(InputError::NoText)),
            ("١٢", Ok(())),
            ("Ölüm", Ok(())),
        ];
        for (text, want) in table {
            assert_eq!(&check_text(text), want, "{text:?}");
        }
        let long = "ا".repeat(MAX_ARTICLE_CHARS + 1);
        assert_eq!(check_text(&long), Err(InputError::TooLong { chars: MAX_ARTICLE_CHARS + 1 }));
    }

    #[test]
    fn fields_become_an_article() {
        let f = Fields {
            text: Some("قتل 3 أشخاص".into()),
            headline: Some(" مقتل  3 ".into()),
            outlet: Some(" وكالة ".into()),
            published: Some("2024-02-18".into()),
            url: Some("javascript:alert(1)".into()),
            ..Fields::default()
        };
        let a = from_fields(f, "paste 1", None).unwrap();
        assert_eq!(a.id, "paste_1");
        assert_eq!(a.headline_ar.as_deref(), Some("مقتل 3"));
        assert_eq!(a.outlet.as_deref(), Some("وكالة"));
        assert_eq!(a.published.as_deref(), Some("2024-02-18"));
        assert_eq!(a.url, None, "only http(s) addresses are kept");
        let bad = Fields { text: Some("x".into()), published: Some("18/02/2024".into()), ..Fields::default() };
        assert_eq!(from_fields(bad, "a", Some(3)), Err(InputError::BadDate { value: "18/02/2024".into() }));
        assert_eq!(from_fields(Fields::default(), "a", Some(2)), Err(InputError::NoTextField { line: Some(2) }));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(InputError::NoTextField { line: Some(4) }.to_string(), "line 4: no \"text\" string in the object");
        assert!(InputError::NotUtf8 { offset: 7 }.to_string().contains("not UTF-8"));
    }

    #[test]
    fn stems_and_lines() {
        assert_eq!(stem("dir/sub/a.b.txt"), "a.b");
        assert_eq!(stem("C:\\x\\y.html"), "y");
        let lines: Vec<_> = json_lines("{}\n\n  {\"a\":1} \n").collect();
        assert_eq!(lines, vec![(1, "{}"), (3, "{\"a\":1}")]);
    }
}
