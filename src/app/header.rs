//! The page header, kept compact so the chart comes first: the article set's
//! title and subtitle and the language switch (what the page shows and the
//! link to add articles sit below the chart, in the summary).
//!
//! Written by [`crate::page::header`], the writer of the static first paint's
//! header too; one `click` listener turns the switch into the other language.

use super::{data, state, Text};
use crate::page::{header, Mode};
use crate::view::Lang;
use leptos::{html, prelude::*};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

thread_local! {
    /// Set by the language switch: the page is drawn anew in the other
    /// language, and the new switch takes the focus back.
    static SWITCHED: Cell<bool> = const { Cell::new(false) };
}

#[component]
pub fn Header(t: Text) -> impl IntoView {
    let view = state().view;
    let d = data::current();
    let mut markup = String::with_capacity(1024);
    header::push(&mut markup, t, &d.set, d.broken.is_some(), Mode::Live);
    let wrap = NodeRef::<html::Div>::new();
    let switch_of = |root: &Element| root.query_selector(".lang-switch").ok().flatten();
    Effect::new(move |_| {
        if let Some(root) = wrap.get() {
            if SWITCHED.with(|s| s.replace(false)) {
                if let Some(b) = switch_of(&root).and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                    let _ = b.focus();
                }
            }
        }
    });
    let on_click = move |e: web_sys::MouseEvent| {
        let on_switch = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest(".lang-switch").ok().flatten());
        if on_switch.is_some() {
            SWITCHED.with(|s| s.set(true));
            super::url::choose(view, |v| v.lang = if v.lang == Lang::Ar { Lang::En } else { Lang::Ar });
        }
    };
    view! { <div class="header-wrap" node_ref=wrap inner_html=markup on:click=on_click></div> }
}
