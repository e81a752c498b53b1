//! The sentences below the chart: per kind, the latest figure of each of the
//! sources that reported most, and who and when («Killed — Health Ministry
//! 1,031 (12 March) · Interior Ministry ≥ 8 (6 January)»); then what the page
//! is, with the link to add articles. The words are `crate::page::summary`'s.

use super::{ctx, Text};
use leptos::prelude::*;

#[component]
pub fn Summary(t: Text) -> impl IntoView {
    let c = ctx();
    let figures = c.figures.clone();
    let shown = c.shown;
    let view_sig = c.view;
    let lines = move || {
        let by = view_sig.with(|v| v.by);
        shown
            .with(|s| crate::page::summary::lines(t, &figures, s, by))
            .into_iter()
            .map(|(kind, line)| view! { <li><strong>{t.kind(kind)}</strong>" — "{line}</li> })
            .collect_view()
    };
    view! {
        <section class="summary" aria-labelledby="summary-h">
            <h2 id="summary-h" class="visually-hidden">{t.summary()}</h2>
            <ul class="summary-list">{lines}</ul>
            <p class="tagline">{t.tagline()}" "<a href="#add">{t.add_link()}</a></p>
        </section>
    }
}
