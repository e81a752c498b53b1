//! Adding articles without freezing the page: files are read asynchronously,
//! the extractor module is loaded on first use ([`super::reader`]), and
//! articles are read for figures a slice at a time, the page getting control
//! back every few milliseconds (time-slicing on the main thread; no worker, so
//! the single file needs no extra policy). Figures appear as they are read:
//! the data is replaced at most every [`COMMIT_MS`] and at the end.

use super::add::Message;
use super::data::{self, Entry};
use super::{format, reader, url, State};
use crate::articles::input::{self, Fields, InputError};
use crate::articles::{unique_id, Article, Origin, MAX_FILE_BYTES};
use js_sys::{Promise, Uint8Array};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The longest stretch of reading before the page gets control back.
const SLICE_MS: f64 = 12.0;
/// How often new figures are drawn while reading.
const COMMIT_MS: f64 = 600.0;

/// One thing to add.
pub enum Item {
    /// An article of the page's own set whose figures it does not carry.
    Base(Article),
    /// An article kept from an earlier visit (already checked).
    Kept(Article),
    /// Pasted text with the form's fields.
    Paste(Fields),
    /// A dropped or chosen file.
    File(web_sys::File),
}

thread_local! {
    /// Articles that could not be read because the extractor did not load:
    /// read with the next articles added.
    static WAITING: std::cell::RefCell<Vec<Item>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Starts adding `items` in the background. `initial`: the articles kept from
/// an earlier visit, read when the page opens (they are not saved again, and
/// the URL's sources and figure are checked once they are in).
pub fn start(s: State, items: Vec<Item>, initial: bool) {
    if items.is_empty() {
        if initial {
            url::check_known(s);
        }
        return;
    }
    leptos::task::spawn_local(run(s, items, initial));
}

/// Gives the page control back (a macrotask, so input and painting happen).
async fn yield_now() {
    let p = Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(p).await;
}

/// The bytes of a file.
async fn bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer()).await.map_err(|e| {
        e.dyn_ref::<js_sys::Error>().and_then(|e| e.message().as_string()).unwrap_or_else(|| "cannot read".into())
    })?;
    Ok(Uint8Array::new(&buf).to_vec())
}

async fn run(s: State, mut items: Vec<Item>, initial: bool) {
    let add = s.add;
    // The articles that waited for the extractor (see below) come first.
    let waited = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    if !waited.is_empty() {
        items.splice(0..0, waited);
    }
    let total = items.len() as f64;
    add.busy.set(true);
    add.progress.set(0);
    let permille = |done: f64| (done / total * 1000.0) as u32;
    let mut pending: Vec<Arc<Entry>> = Vec::new();
    // The ids given in this run, sorted (thousands of articles: no search along a list).
    let mut pending_ids: Vec<String> = Vec::new();
    let mut messages: Vec<Message> = Vec::new();
    let (mut added, mut figures) = (0usize, 0usize);
    if let Err(why) = reader::ready().await {
        add.messages.set(vec![Message::NotRead(why)]);
        add.busy.set(false);
        // Nothing is lost: the page's own unread articles and the kept ones wait
        // for the next time articles are added (and kept ones stay in storage,
        // which is only written after a reading).
        let keep: Vec<Item> = items.into_iter().filter(|i| matches!(i, Item::Base(_) | Item::Kept(_))).collect();
        WAITING.with(|w| *w.borrow_mut() = keep);
        if initial {
            url::check_known(s);
        }
        return;
    }
    let mut slice_start = format::now();
    let mut last_commit = slice_start;
    for (n, item) in items.into_iter().enumerate() {
        let one = |r: Result<Article, InputError>| -> (usize, data::FileArticles) { (1, Box::new(std::iter::once(r))) };
        let origin = if matches!(item, Item::Base(_)) { Origin::Base } else { Origin::Added };
        let (label, (count, results)) = match item {
            Item::Base(a) | Item::Kept(a) => (a.id.clone(), one(Ok(a))),
            Item::Paste(f) => (String::new(), one(input::from_fields(f, "pasted", None))),
            Item::File(file) => {
                let name = file.name();
                let size = file.size() as usize;
                let results = if size > MAX_FILE_BYTES {
                    one(Err(InputError::FileTooLarge { bytes: size }))
                } else {
                    match bytes(&file).await {
                        Ok(b) => data::articles_of_file(&name, &b),
                        Err(message) => one(Err(InputError::Unreadable { message })),
                    }
                };
                slice_start = format::now();
                (name, results)
            }
        };
        let count = count.max(1) as f64;
        for (j, r) in results.enumerate() {
            match r {
                Ok(mut a) => {
                    let d = data::current();
                    a.id = unique_id(&a.id, |c| d.has_id(c) || pending_ids.binary_search_by(|p| p.as_str().cmp(c)).is_ok());
                    if let Err(at) = pending_ids.binary_search(&a.id) {
                        pending_ids.insert(at, a.id.clone());
                    }
                    let id = a.id.clone();
                    match reader::read(a, origin) {
                        Ok(e) => {
                            if origin == Origin::Added {
                                added += 1;
                                figures += e.count;
                            }
                            pending.push(Arc::new(e));
                        }
                        Err(why) => messages.push(Message::Problem { source: id, error: InputError::Unreadable { message: why } }),
                    }
                }
                Err(error) => messages.push(Message::Problem { source: label.clone(), error }),
            }
            if format::now() - slice_start > SLICE_MS {
                add.progress.set(permille(n as f64 + (j + 1) as f64 / count));
                yield_now().await;
                // Drawing the new figures is a task of its own, not added to a slice.
                if format::now() - last_commit > COMMIT_MS {
                    commit(s, &mut pending);
                    yield_now().await;
                    last_commit = format::now();
                }
                slice_start = format::now();
            }
        }
        add.progress.set(permille((n + 1) as f64));
    }
    yield_now().await;
    commit(s, &mut pending);
    if !initial && added > 0 {
        // Kept for the next visit, after the drawing: written a slice at a time
        // (thousands of articles are megabytes of JSON), stored in a task of its
        // own; not stored if the articles changed meanwhile (that change stores them).
        yield_now().await;
        let d = data::current();
        let mut json = data::AddedJson::new(&d);
        let mut slice_start = format::now();
        while json.push_next() {
            if format::now() - slice_start > SLICE_MS {
                yield_now().await;
                slice_start = format::now();
            }
        }
        yield_now().await;
        if Arc::ptr_eq(&d, &data::current()) {
            if let Err(e) = json.store() {
                messages.push(Message::NotSaved(e));
            }
        }
    }
    if !initial || !messages.is_empty() {
        messages.insert(0, Message::Added { articles: added, figures });
    }
    add.messages.set(messages);
    add.busy.set(false);
    if initial {
        url::check_known(s);
    }
}

/// Puts the articles read so far in place.
fn commit(s: State, pending: &mut Vec<Arc<Entry>>) {
    if pending.is_empty() {
        return;
    }
    let d = data::current();
    let mut entries = d.entries.clone();
    entries.append(pending);
    s.set_data(d.with_entries(entries));
}

/// Removes the added article `id` (or every added article, for `None`) and
/// keeps what is left for the next visit.
pub fn remove(s: State, id: Option<&str>) {
    let d = data::current();
    let entries = d
        .entries
        .iter()
        .filter(|e| e.origin == Origin::Base || id.is_some_and(|id| e.article.id != id))
        .cloned()
        .collect();
    s.set_data(d.with_entries(entries));
    let mut msgs = vec![Message::Removed];
    if let Err(e) = data::save_added(&data::current()) {
        msgs.push(Message::NotSaved(e));
    }
    s.add.messages.set(msgs);
}
