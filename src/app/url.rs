//! The view travels in the URL: read on load, written back with
//! `history.replaceState` as the user changes it, and pushed as a new history
//! entry when the user makes a deliberate choice, so Back and Forward move
//! between chosen views.

use super::format::push_esc;
use super::{data, dom, state, State, Text};
use crate::view::{self, View};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    /// Set by [`choose`]: the next write of the URL adds a history entry.
    static PUSH_NEXT: Cell<bool> = const { Cell::new(false) };
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// The view the URL asks for (or, when it names none of the view's keys, the
/// view the page's set opens with, which its static first paint shows), and
/// notes on what it had that could not be read.
pub fn read(opening: &str) -> (View, Vec<String>) {
    let q = search();
    let (view, notes) = View::from_query(&q);
    if View::asks_for_view(&q) {
        (view, notes)
    } else {
        (View::from_query(opening).0, notes)
    }
}

/// Drops from the view the sources and the figure that the data does not
/// hold, each with a quiet note (called once the articles are all read).
pub fn check_known(s: State) {
    // (nothing to check when the view names no source and no figure: the
    // usual opening, where this would read every figure's source)
    if s.view.with_untracked(|v| v.sources.is_none() && v.selected.is_none()) {
        return;
    }
    let d = data::current();
    let mut notes = Vec::new();
    s.view.update_untracked(|v| {
        let known = view::sources(&d.figures, v.by);
        notes.extend(view::keep_known_sources(v, &known));
        if let Some(key) = &v.selected {
            if !d.figures.iter().any(|f| view::figure_key(f) == *key) {
                v.selected = None;
                notes.push("fig: no such figure".to_owned());
            }
        }
    });
    if !notes.is_empty() {
        s.view.notify();
        s.url_notes.update(|n| n.extend(notes));
    }
}

/// Changes the view as a deliberate choice of the user's (a new history entry).
pub fn choose(view: RwSignal<View>, change: impl FnOnce(&mut View)) {
    PUSH_NEXT.with(|p| p.set(true));
    view.update(change);
}

/// Keeps the URL and the view in step, both ways. The view's changes reach
/// the URL after the frame that shows them (`history.pushState` took about
/// 4 ms of a 20 ms filter change here); several changes before it are one
/// entry in the history.
pub fn sync(view: RwSignal<View>, opening: String) {
    dom::effect(move || {
        let v = view.get();
        let query = v.to_query();
        let push = PUSH_NEXT.with(|p| p.replace(false)) && !v.embed;
        let first = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            let first = p.is_none();
            let push = push || p.as_ref().is_some_and(|q| q.1);
            *p = Some((query, push));
            first
        });
        if first {
            super::after_frame(write_url);
        }
    });
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let (v, _) = read(&opening);
        view.set(v);
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}

thread_local! {
    /// The query the URL is to get, and whether as a new history entry.
    static PENDING: std::cell::RefCell<Option<(String, bool)>> = const { std::cell::RefCell::new(None) };
}

/// Puts the pending query in the URL.
fn write_url() {
    let Some((query, push)) = PENDING.with(|p| p.borrow_mut().take()) else { return };
    if query == search() {
        return;
    }
    let location = window().location();
    let target = if query.is_empty() { location.pathname().unwrap_or_default() } else { query };
    let Ok(history) = window().history() else { return };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&target))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
    };
}

/// A quiet note about the parts of the URL that were ignored (nothing while
/// there is none).
pub fn notes(t: Text) -> web_sys::Node {
    let notes = state().url_notes;
    dom::fragment(move || {
        notes.with(|n| {
            if n.is_empty() {
                return Vec::new();
            }
            let mut s = String::from("<p>");
            push_esc(&mut s, t.url_note());
            s.push_str("</p><ul>");
            for note in n {
                s.push_str("<li><code>");
                push_esc(&mut s, note);
                s.push_str("</code></li>");
            }
            s.push_str(r#"</ul><button type="button">"#);
            push_esc(&mut s, t.dismiss());
            s.push_str("</button>");
            let div = dom::el("div", &[("class", "url-notes"), ("role", "status")], &s);
            dom::on(&div, "click", move |ev| {
                if ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.tag_name() == "BUTTON") {
                    notes.set(Vec::new());
                }
            });
            vec![div.into()]
        })
    })
}
