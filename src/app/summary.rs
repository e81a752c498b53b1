//! The sentences below the chart: per kind, the highest and lowest figure shown
//! and who reported them.

use super::{ctx, format, table::claimant, Text};
use crate::view;
use leptos::prelude::*;

#[component]
pub fn Summary(t: Text) -> impl IntoView {
    let c = ctx();
    let figures = c.figures.clone();
    let shown = c.shown;
    let lines = move || {
        let lang = t.lang;
        let who = |i: usize| {
            let f = &figures[i];
            format!("{} ({}{}{})", format::quantity(f, lang), claimant(f, t), t.comma(), format::reported(f.reported.as_deref(), lang))
        };
        shown.with(|s| view::summary(&figures, s))
            .into_iter()
            .map(|s| {
                let extremes = if s.highest == s.lowest || s.count < 2 {
                    who(s.highest)
                } else {
                    format!("{} {} · {} {}", t.highest(), who(s.highest), t.lowest(), who(s.lowest))
                };
                view! { <li><strong>{t.kind(s.kind)}</strong>": "{extremes}</li> }
            })
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
