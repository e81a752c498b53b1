//! The sentences below the chart: per kind, the latest figure of each of the
//! sources that reported most, and who and when («Killed — Health Ministry
//! 1,031 (12 March) · Interior Ministry ≥ 8 (6 January)»); then what the page
//! is, with the link to add articles.

use super::{ctx, format, Text};
use crate::view;
use leptos::prelude::*;

#[component]
pub fn Summary(t: Text) -> impl IntoView {
    let c = ctx();
    let figures = c.figures.clone();
    let shown = c.shown;
    let view_sig = c.view;
    let lines = move || {
        let lang = t.lang;
        let by = view_sig.with(|v| v.by);
        shown
            .with(|s| view::summary(&figures, s, by))
            .into_iter()
            .map(|s| {
                let mut line = String::new();
                for (n, (key, i)) in s.latest.iter().enumerate() {
                    let f = &figures[*i];
                    if n > 0 {
                        line.push_str(" · ");
                    }
                    line.push_str(&format!(
                        "{} {} ({})",
                        t.source_name(key, by),
                        format::quantity(f, lang),
                        format::reported(f.reported.as_deref(), lang)
                    ));
                }
                if s.others > 0 {
                    line.push_str(&format!(" · +{} {}", format::number(s.others as f64, lang), t.more_sources()));
                }
                view! { <li><strong>{t.kind(s.kind)}</strong>" — "{line}</li> }
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
