//! The page header, kept compact so the chart comes first: the article set's
//! title and subtitle and the language switch (what the page shows and the
//! link to add articles sit below the chart, in the summary).

use super::{data, state, Text};
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
    let view = state().view;
    let d = data::current();
    let en = t.lang == Lang::En;
    let title = d.set.title(en).map_or(t.untitled().to_string(), str::to_string);
    let subtitle = d.set.subtitle(en).map(str::to_string);
    let broken = d.broken.is_some().then(|| view! { <p class="set-broken" role="alert">{t.set_broken()}</p> });
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
                <p class="app-name">{t.title()}</p>
                <h1 dir="auto">{title}</h1>
                {subtitle.map(|s| view! { <p class="event" dir="auto">{s}</p> })}
                {broken}
            </div>
            <button class="lang-switch" type="button" on:click=switch node_ref=button
                lang=if t.lang == Lang::Ar { "en" } else { "ar" }
                title=t.switch_lang_label()>
                {t.switch_lang()}
            </button>
        </header>
    }
}
