//! The page header: title, what the page shows, and the language switch.

use super::{ctx, Text};
use crate::view::Lang;
use leptos::{html, prelude::*};
use std::cell::Cell;

thread_local! {
    /// Set by the language switch: the page is drawn anew in the other
    /// language, and the new switch takes the focus back.
    static SWITCHED: Cell<bool> = const { Cell::new(false) };
}

#[component]
pub fn Header(t: Text) -> impl IntoView {
    let view = ctx().view;
    let button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = button.get() {
            if SWITCHED.with(|s| s.replace(false)) {
                let _ = b.focus();
            }
        }
    });
    let switch = move |_| {
        SWITCHED.with(|s| s.set(true));
        super::url::choose(view, |v| v.lang = if v.lang == Lang::Ar { Lang::En } else { Lang::Ar });
    };
    view! {
        <a class="skip" href="#chart">{t.skip_to_chart()}</a>
        <header class="site-header">
            <div class="brand">
                <h1>{t.title()}</h1>
                <p class="event">{t.event()}</p>
            </div>
            <button class="lang-switch" type="button" on:click=switch node_ref=button
                lang=if t.lang == Lang::Ar { "en" } else { "ar" }
                aria-label=t.switch_lang_label()>
                {t.switch_lang()}
            </button>
            <p class="tagline">{t.tagline()}</p>
        </header>
    }
}
