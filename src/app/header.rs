//! The page header: title, what the page shows, and the language switch.

use super::ctx;
use crate::view::Lang;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let t = super::text_of(c.view);
    let switch = move |_| {
        super::url::choose(view, |v| v.lang = if v.lang == Lang::Ar { Lang::En } else { Lang::Ar });
    };
    view! {
        <a class="skip" href="#chart">{move || t().skip_to_chart()}</a>
        <header class="site-header">
            <div class="brand">
                <h1>{move || t().title()}</h1>
                <p class="event">{move || t().event()}</p>
            </div>
            <button class="lang-switch" type="button" on:click=switch
                lang=move || if view.with(|v| v.lang) == Lang::Ar { "en" } else { "ar" }
                aria-label=move || t().switch_lang_label()>
                {move || t().switch_lang()}
            </button>
            <p class="tagline">{move || t().tagline()}</p>
        </header>
    }
}
