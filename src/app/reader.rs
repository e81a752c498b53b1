//! The extractor, loaded when the page must read articles.
//!
//! The extractor is not in the page's wasm: it is a module of its own
//! (`reader/`, about a third of the page's size) that the page loads the
//! first time it reads an article, that is when the reader adds articles,
//! when articles kept from an earlier visit come back, or when the figures
//! that the page's set carries were read by another build of the extractor.
//! A built page carries its figures ([`crate::extract::packed`]), so its first
//! screen never waits for the extractor.
//!
//! The page's script defines `tallyReader` (`scripts/reader.js`): `load()`
//! fetches (served) or unpacks (one file) and instantiates the module;
//! `read(request)` asks it for one article ([`packed::request`]'s bytes in,
//! [`packed`]'s string out as bytes: no text becomes a JavaScript string on
//! the way); `version()` names its extractor. Once loaded, reading is
//! synchronous, so the caller slices it.

use super::data::Entry;
use crate::articles::{Article, Origin};
use crate::extract::packed;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = tallyReader, js_name = load, catch)]
    fn load_js() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = tallyReader, js_name = read, catch)]
    fn read_js(request: &[u8]) -> Result<Vec<u8>, JsValue>;
    #[wasm_bindgen(js_namespace = tallyReader, js_name = version, catch)]
    fn version_js() -> Result<String, JsValue>;
}

thread_local! {
    /// Whether the module is loaded (a failure is not kept: the next call tries again).
    static LOADED: RefCell<bool> = const { RefCell::new(false) };
}

fn message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .and_then(|e| e.message().as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "failed".into())
}

/// Loads the extractor (once loaded, later calls answer at once). The error
/// says why it could not be loaded, in the browser's words.
pub async fn ready() -> Result<(), String> {
    if LOADED.with(|l| *l.borrow()) {
        return Ok(());
    }
    let r = async {
        JsFuture::from(load_js().map_err(message)?).await.map_err(message)?;
        let v = version_js().map_err(message)?;
        if v != packed::VERSION {
            return Err(format!("the extractor module ({v}) is not this page's ({})", packed::VERSION));
        }
        Ok(())
    }
    .await;
    LOADED.with(|l| *l.borrow_mut() = r.is_ok());
    r
}

/// The reader's day by the browser's clock (UTC, as `tally` takes it), `YYYY-MM-DD`: it
/// dates an agency's dispatch without its year by its weekday
/// ([`crate::extract::Options::today`]).
fn today() -> String {
    crate::date::Date::from_days((js_sys::Date::now() / 86_400_000.0).floor() as i64).to_string()
}

/// Reads `article` for figures (after [`ready`]).
pub fn read(article: Article, origin: Origin) -> Result<Entry, String> {
    let answer = read_js(&packed::request(&article.id, article.published.as_deref(), Some(&today()), &article.text)).map_err(message)?;
    let p = String::from_utf8(answer).map_err(|_| "the extractor's answer is not UTF-8".to_string())?;
    Entry::from_packed(article, origin, &p).map_err(|(_, e)| e.to_string())
}
