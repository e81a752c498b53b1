//! The article set as JSON, and the data block that carries it in a page.
//!
//! A page holds its set in `<script type="application/json" id="tally-set">`:
//! not executed (so the strict policy of the single file needs no hash for
//! it), read through `textContent`. Every `<` inside is written `\u003c`, so no
//! article text can close the element. [`place`] puts a set into a built page
//! (the command line's `tally page` and the page's "save as one file" share it).
//!
//! The JSON (one object):
//!
//! ```text
//! {"tally_set": 1, "id": "...", "title_ar": "...", "title_en": "...",
//!  "subtitle_ar": ..., "subtitle_en": ..., "view": "?kind=killed",
//!  "extractor": "…",
//!  "articles": [{"id", "text", "headline_ar", "headline_en", "outlet",
//!                "published", "date_note", "url", "figures"}, ...]}
//! ```
//!
//! Absent values are `null`. Articles in this form are also what a user can
//! drop into the page as `.json`. `figures` is what the extractor named by
//! `extractor` read in the article ([`crate::extract::packed`]): a page
//! whose own extractor is another reads the text again, and a set without
//! them is read when the page opens.

use super::{Article, ArticleSet};
use crate::export::json_str;

/// The start tag of the data block, exactly as written.
pub const BLOCK_START: &str = r#"<script type="application/json" id="tally-set">"#;
const BLOCK_END: &str = "</script>";

fn opt(out: &mut String, key: &str, v: Option<&str>) {
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":");
    match v {
        Some(v) => json_str(out, v),
        None => out.push_str("null"),
    }
}

/// One article as a JSON object, with its figures when given ([`to_json`]).
pub fn article_json(a: &Article, figures: Option<&str>) -> String {
    let mut o = String::with_capacity(a.text.len() + 200);
    o.push_str("{\"id\":");
    json_str(&mut o, &a.id);
    opt(&mut o, "headline_ar", a.headline_ar.as_deref());
    opt(&mut o, "headline_en", a.headline_en.as_deref());
    opt(&mut o, "outlet", a.outlet.as_deref());
    opt(&mut o, "published", a.published.as_deref());
    opt(&mut o, "date_note", a.date_note.as_deref());
    opt(&mut o, "url", a.url.as_deref());
    if figures.is_some() {
        opt(&mut o, "figures", figures);
    }
    o.push_str(",\"text\":");
    json_str(&mut o, &a.text);
    o.push('}');
    o
}

/// The whole set as JSON, safe to place inside a `<script>` element.
/// `figures`: each article's figures as [`crate::extract::packed::write`]
/// gives them, read by this build's extractor (or none at all: empty).
pub fn to_json(set: &ArticleSet, figures: &[String]) -> String {
    assert!(figures.is_empty() || figures.len() == set.articles.len(), "figures for some articles only");
    let mut o = String::from("{\"tally_set\":1,\"id\":");
    json_str(&mut o, &set.id);
    opt(&mut o, "title_ar", set.title_ar.as_deref());
    opt(&mut o, "title_en", set.title_en.as_deref());
    opt(&mut o, "subtitle_ar", set.subtitle_ar.as_deref());
    opt(&mut o, "subtitle_en", set.subtitle_en.as_deref());
    opt(&mut o, "view", Some(&set.view));
    if !figures.is_empty() {
        opt(&mut o, "extractor", Some(crate::extract::packed::VERSION));
    }
    o.push_str(",\"articles\":[");
    for (i, a) in set.articles.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str(&article_json(a, figures.get(i).map(String::as_str)));
    }
    o.push_str("]}");
    script_safe(&o)
}

/// `json` with every `<` written `\u003c` (inside strings, the only place a
/// `<` can be, that is the same JSON).
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// Why a page could not take a set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaceError {
    /// The page has neither a data block nor a `</body>` to put one before.
    NoPlace,
}

impl std::fmt::Display for PlaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a Tally page: it has no data block and no </body>")
    }
}

/// `page` with its data block holding `json` (from [`to_json`]): the block
/// replaced where there is one, else added before `</body>`.
pub fn place(page: &str, json: &str) -> Result<String, PlaceError> {
    let block = format!("{BLOCK_START}{json}{BLOCK_END}");
    if let Some(start) = page.find(BLOCK_START) {
        let inner = start + BLOCK_START.len();
        let end = page[inner..].find(BLOCK_END).map(|e| inner + e + BLOCK_END.len()).ok_or(PlaceError::NoPlace)?;
        return Ok(format!("{}{block}{}", &page[..start], &page[end..]));
    }
    let body = page.rfind("</body>").ok_or(PlaceError::NoPlace)?;
    Ok(format!("{}{block}\n{}", &page[..body], &page[body..]))
}

/// The JSON of the data block in `page`, if it has one.
pub fn block(page: &str) -> Option<&str> {
    let inner = page.find(BLOCK_START)? + BLOCK_START.len();
    let end = page[inner..].find(BLOCK_END)?;
    Some(&page[inner..inner + end])
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

/// Reading sets and JSON articles natively (serde_json; the page uses the
/// browser's `JSON.parse` instead, so no JSON parser is in the wasm).
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::super::input::Fields;
    use super::super::{Article, ArticleSet};
    use serde_json::Value;

    /// The string fields of a JSON object.
    pub fn fields(v: &Value) -> Fields {
        let mut f = Fields::default();
        if let Some(o) = v.as_object() {
            for name in Fields::NAMES {
                if let Some(s) = o.get(name).and_then(Value::as_str) {
                    f.set(name, s.to_string());
                }
            }
        }
        f
    }

    fn s(v: &Value, key: &str) -> Option<String> {
        v.get(key).and_then(Value::as_str).map(str::to_string)
    }

    /// A set from its JSON (as [`super::to_json`] writes it, or a manifest
    /// whose texts are given separately: `text` may then be missing).
    pub fn from_json(json: &str) -> Result<ArticleSet, String> {
        let v: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let articles = v.get("articles").and_then(Value::as_array).ok_or("no \"articles\" array")?;
        Ok(ArticleSet {
            id: s(&v, "id").unwrap_or_default(),
            title_ar: s(&v, "title_ar"),
            title_en: s(&v, "title_en"),
            subtitle_ar: s(&v, "subtitle_ar"),
            subtitle_en: s(&v, "subtitle_en"),
            view: s(&v, "view").unwrap_or_default(),
            articles: articles
                .iter()
                .map(|a| Article {
                    id: s(a, "id").unwrap_or_default(),
                    headline_ar: s(a, "headline_ar"),
                    headline_en: s(a, "headline_en"),
                    outlet: s(a, "outlet"),
                    published: s(a, "published"),
                    date_note: s(a, "date_note").or_else(|| s(a, "date_source")),
                    url: s(a, "url"),
                    text: s(a, "text").unwrap_or_default(),
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ArticleSet {
        let mut a = Article::new("a-1", "نص </script><script>alert(1)</script> «قتل 3»\n\"x\"");
        a.headline_ar = Some("عنوان".into());
        a.url = Some("https://example.org/?a=1&b=<2>".into());
        ArticleSet {
            id: "s".into(),
            title_en: Some("T <b>".into()),
            view: "?kind=killed".into(),
            articles: vec![a, Article::new("b", "قتل 4")],
            ..ArticleSet::default()
        }
    }

    #[test]
    fn no_article_text_can_close_the_block() {
        let json = to_json(&sample(), &[]);
        assert!(!json.contains('<'), "{json}");
        let page = place("<html><body><p>x</p></body></html>", &json).unwrap();
        assert_eq!(page.matches("</script>").count(), 1);
        assert_eq!(block(&page), Some(json.as_str()));
    }

    #[test]
    fn the_json_reads_back_as_the_same_set() {
        let set = sample();
        assert_eq!(from_json(&to_json(&set, &[])).unwrap(), set);
    }

    #[test]
    fn placing_replaces_an_existing_block() {
        let once = place("<body></body>", "{\"a\":1}").unwrap();
        let twice = place(&once, "{\"b\":2}").unwrap();
        assert_eq!(block(&twice), Some("{\"b\":2}"));
        assert_eq!(twice.matches(BLOCK_START).count(), 1);
        assert_eq!(place("<p>no body", "{}"), Err(PlaceError::NoPlace));
    }
}
