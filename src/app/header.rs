//! The page header, kept compact so the chart comes first: the article set's
//! title and subtitle and the language switch (what the page shows and the
//! link to add articles sit below the chart, in the summary).
//!
//! Written by [`crate::page::header`], the writer of the static first paint's
//! header too, with the line that names the reader's own articles in the view
//! kept anew as they come and go; one `click` listener turns the switch into
//! the other language.

use super::{data, dom, state, Text};
use crate::articles::Origin;
use crate::page::header::{self, About, Yours};
use crate::page::Mode;
use crate::view::{Lang, Part};
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

thread_local! {
    /// Set by the language switch: the page is drawn anew in the other
    /// language, and the new switch takes the focus back.
    static SWITCHED: Cell<bool> = const { Cell::new(false) };
}

/// The header, written by the static paint's writer.
pub fn header(t: Text) -> Element {
    let s = state();
    let view = s.view;
    let d = data::current();
    let mut markup = String::with_capacity(1024);
    // The set's own articles (the reader's are named on a line of their own).
    let own = || d.entries.iter().filter(|e| e.origin == Origin::Base);
    let about = About { broken: d.broken.is_some(), ..About::for_set(&d.set, || own().count(), own().flat_map(|e| d.figures_of(e))) };
    header::push(&mut markup, t, &d.set, &about, Mode::Live);
    let wrap = dom::el("div", &[("class", "header-wrap")], &markup);
    if let Some(brand) = wrap.query_selector(".brand").ok().flatten() {
        let version = s.version;
        dom::part(&brand, move || {
            version.track();
            let d = data::current();
            let n = d.entries.iter().filter(|e| e.origin == Origin::Added).count();
            let yours = match view.with(|v| v.part) {
                Part::All => Yours::With(n),
                Part::Added => Yours::Alone(n),
                Part::Base => Yours::None,
            };
            let mut line = String::new();
            header::push_yours(&mut line, t, yours);
            let p = dom::el("div", &[], &line).first_child();
            p.into_iter().collect()
        });
    }
    if SWITCHED.with(|s| s.replace(false)) {
        // (once it is in the page)
        let root = wrap.clone();
        dom::effect(move || {
            if let Some(b) = root.query_selector(".lang-switch").ok().flatten().and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                let _ = b.focus();
            }
        });
    }
    dom::on(&wrap, "click", move |e| {
        let on_switch = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest(".lang-switch").ok().flatten());
        if on_switch.is_some() {
            SWITCHED.with(|s| s.set(true));
            super::url::choose(view, |v| v.lang = if v.lang == Lang::Ar { Lang::En } else { Lang::Ar });
        }
    });
    wrap
}
