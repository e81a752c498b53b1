//! "Save as one file": the page as one self-contained HTML file holding the
//! current article set (the page's own articles and the added ones) and the
//! current view as the view it opens with, and that view's static first
//! paint ([`crate::page::first_paint`]).
//!
//! With `set=added` (or `set=base`) only those articles are saved. The file
//! is the single-file page (`tally.html`) with its data block
//! replaced ([`crate::articles::set_file::place`]). Opened as a single file,
//! the page keeps its own markup, as it was before it started, for that; served
//! from `dist/`, it takes `tally.html` from beside itself (the only request it
//! ever makes, and only when asked to save).

use super::add::Message;
use super::{data, share, State};
use crate::articles::{content_id, set_file, ArticleSet};
use crate::articles::Origin;
use crate::extract::packed;
use crate::figure::Figure;
use crate::page::first_paint;
use crate::view::{Part, View};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The page as it was before it started, when it is a single file.
    static TEMPLATE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Keeps the page's markup when it is a single file (no script of its own
/// comes from another file). Called before the page draws anything.
pub fn keep_template() {
    let doc = document();
    let external = doc.query_selector("script[src]").ok().flatten().is_some();
    if external {
        return;
    }
    if let Some(root) = doc.document_element() {
        // Without the mark of index.html's view check, which hides the first paint when
        // this page's URL asked for another view: the saved file shows its own.
        let html = root.outer_html().replacen(" data-url-view=\"\"", "", 1);
        TEMPLATE.with(|t| *t.borrow_mut() = Some(format!("<!DOCTYPE html>\n{html}")));
    }
}

fn js_message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().and_then(|e| e.message().as_string()).unwrap_or_else(|| "failed".into())
}

/// The single-file page to fill.
async fn template() -> Result<String, String> {
    if let Some(t) = TEMPLATE.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let resp = JsFuture::from(window().fetch_with_str("tally.html")).await.map_err(js_message)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(js_message)?;
    if !resp.ok() {
        return Err(format!("tally.html: HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(js_message)?).await.map_err(js_message)?;
    text.as_string().ok_or_else(|| "tally.html is not text".into())
}

/// The set as it is now, with `title` (when given) and `view` to open with,
/// the figures of its articles, and each article's figures packed.
fn current_set(title: &str, view: &View) -> (ArticleSet, Vec<Figure>, Vec<String>) {
    let d = data::current();
    let mut set = d.set.clone();
    // The articles the view shows (`set=added`: only the reader's), all the saved page's own.
    let wanted = |o: Origin| match view.part {
        Part::All => true,
        Part::Base => o == Origin::Base,
        Part::Added => o == Origin::Added,
    };
    let entries: Vec<_> = d.entries.iter().filter(|e| wanted(e.origin)).collect();
    set.articles = entries.iter().map(|e| e.article.clone()).collect();
    let figures = entries.iter().flat_map(|e| d.figures_of(e).iter().cloned()).collect();
    let packed = entries.iter().map(|e| packed::write(&e.article.text, d.figures_of(e), e.published.as_ref())).collect();
    let title = title.trim();
    if !title.is_empty() {
        let arabic = title.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        (set.title_ar, set.title_en) = if arabic { (Some(title.into()), None) } else { (None, Some(title.into())) };
        (set.subtitle_ar, set.subtitle_en) = (None, None);
    }
    // Its own id: a saved set keeps its own added articles apart from this page's.
    set.id = content_id(&set.articles);
    set.view = View { embed: false, part: Part::All, ..view.clone() }.to_query();
    (set, figures, packed)
}

/// Makes the file and offers it as a download.
pub fn save(s: State, title: String) {
    let now = s.view.get_untracked();
    let (set, figures, packed) = current_set(&title, &now);
    let view = View { embed: false, part: Part::All, ..now };
    // The saved page opens with the chart and summary of this view already drawn.
    let paint = first_paint::write(&set, &figures, &view);
    let title = first_paint::document_title(&set, view.lang);
    leptos::task::spawn_local(async move {
        let msg = match template().await {
            Err(e) => Message::SaveFailed(e),
            Ok(page) => match set_file::place(&page, &set_file::to_json(&set, &packed)).and_then(|p| first_paint::place(&p, &paint)).map(|p| first_paint::retitle(&p, &title)) {
                Err(e) => Message::SaveFailed(e.to_string()),
                Ok(html) => {
                    share::download("tally-articles.html", "text/html;charset=utf-8", &html.into());
                    Message::Saved
                }
            },
        };
        s.add.messages.set(vec![msg]);
    });
}
