//! The table of the shown figures: a real `<table>`, sortable by each column,
//! [`PAGE_ROWS`] rows at a time (a set of hundreds of articles has thousands of
//! figures: drawing them all would hold the page up). It is the screen-reader
//! alternative to the chart, so it is always in the page; `view=table` only
//! hides the chart.

use super::format::{self, push_attr, push_esc};
use super::{ctx, url::choose, Text};
use crate::figure::Figure;
use crate::view::{self, GroupBy};
use leptos::prelude::*;
use std::cmp::Ordering;
use wasm_bindgen::JsCast;

/// Rows drawn at a time.
pub const PAGE_ROWS: usize = 100;

/// The table's columns, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Value,
    Kind,
    Victims,
    Claimant,
    Reported,
    Article,
    Status,
}

const COLUMNS: [Column; 7] =
    [Column::Value, Column::Kind, Column::Victims, Column::Claimant, Column::Reported, Column::Article, Column::Status];

impl Column {
    fn heading(self, t: Text) -> &'static str {
        match self {
            Column::Value => t.value_col(),
            Column::Kind => t.kind_col(),
            Column::Victims => t.victims_col(),
            Column::Claimant => t.claimant_col(),
            Column::Reported => t.date_col(),
            Column::Article => t.article_col(),
            Column::Status => t.status_col(),
        }
    }

    fn compare(self, a: &Figure, b: &Figure, t: Text) -> Ordering {
        match self {
            Column::Value => a.value.cmp(&b.value).then(a.max.cmp(&b.max)),
            Column::Kind => a.kind.cmp(&b.kind),
            Column::Victims => t.victims(a.victims).cmp(t.victims(b.victims)),
            Column::Claimant => claimant(a, t).cmp(&claimant(b, t)),
            Column::Reported => a.reported.cmp(&b.reported),
            Column::Article => a.article.cmp(&b.article),
            Column::Status => a.status.cmp(&b.status),
        }
    }
}

/// Who said it, in the reader's language.
pub fn claimant(f: &Figure, t: Text) -> String {
    match &f.claimant {
        Some(_) => t.source_name(&view::source_key(f, GroupBy::Claimant), GroupBy::Claimant),
        None => t.unattributed().to_owned(),
    }
}

#[component]
pub fn FigureTable(t: Text) -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    // The rows follow the filters after the next frame: a change of the view
    // shows in the chart first (the table is mostly below it, or hidden).
    let shown = RwSignal::new(c.shown.get_untracked());
    Effect::new(move |_| {
        let now = c.shown.get();
        super::after_frame(move || {
            if shown.try_with_untracked(|s| *s != now) == Some(true) {
                shown.set(now);
            }
        });
    });
    let sort = RwSignal::new((Column::Reported, true));
    // The first row drawn; back to the first page when the rows change.
    let first = RwSignal::new(0usize);
    Effect::new(move |_| {
        shown.track();
        sort.track();
        // (only when it moves: setting it draws the rows again)
        if first.get_untracked() != 0 {
            first.set(0);
        }
    });
    let total = move || shown.with(Vec::len);

    // The rows as one HTML string (a view per row would cost much wasm); the
    // buttons' clicks are handled once, on the `<tbody>`.
    let rows = move || {
        let lang = t.lang;
        let (col, asc) = sort.get();
        let mut idx = shown.get();
        crate::sort::by(&mut idx, &|a, b| {
            let o = col.compare(&figures[a], &figures[b], t).then(a.cmp(&b));
            if asc { o } else { o.reverse() }
        });
        let selected = view.with(|v| v.selected.clone());
        let from = first.get().min(idx.len());
        let mut s = String::new();
        for &i in idx.iter().skip(from).take(PAGE_ROWS) {
            let f = &figures[i];
            let key = view::figure_key(f);
            let headline = t.source_name(&f.article, GroupBy::Article);
            s.push_str("<tr");
            push_attr(&mut s, "data-fig", &key);
            let mut class = format!("status-{}", f.status.as_str());
            if selected.as_deref() == Some(key.as_str()) {
                class.push_str(" selected");
            }
            push_attr(&mut s, "class", &class);
            s.push_str(r#"><th scope="row"><button type="button" class="fig-link">"#);
            push_esc(&mut s, &format::quantity(f, lang));
            s.push_str("</button></th>");
            let who = claimant(f, t);
            let when = format::reported(f.reported.as_deref(), lang);
            let cells: [&str; 6] = [t.kind(f.kind), t.victims(f.victims), &who, &when, &headline, t.status(f.status)];
            for cell in cells {
                s.push_str("<td>");
                push_esc(&mut s, cell);
                s.push_str("</td>");
            }
            s.push_str("</tr>");
        }
        s
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button.fig-link") else { return };
        if let Some(k) = button.closest("tr").ok().flatten().and_then(|tr| tr.get_attribute("data-fig")) {
            choose(view, move |v| v.selected = Some(k));
        }
    };

    let header = COLUMNS
        .into_iter()
        .map(|col| {
            let aria = move || match sort.get() {
                (c, true) if c == col => "ascending",
                (c, false) if c == col => "descending",
                _ => "none",
            };
            let click = move |_| sort.update(|(c, asc)| if *c == col { *asc = !*asc } else { (*c, *asc) = (col, true) });
            view! {
                <th scope="col" aria-sort=aria>
                    <button type="button" class="sort" on:click=click>
                        {col.heading(t)}
                        <span class="sort-mark" aria-hidden="true">
                            {move || match aria() { "ascending" => "▲", "descending" => "▼", _ => "" }}
                        </span>
                    </button>
                </th>
            }
        })
        .collect_view();

    view! {
        <section id="table" class="table-section" aria-labelledby="table-h">
            <h2 id="table-h">{t.table()}</h2>
            <div class="table-wrap">
                <table class="figures">
                    <caption>{t.chart_title()}</caption>
                    <thead><tr>{header}</tr></thead>
                    <tbody on:click=click inner_html=rows></tbody>
                </table>
            </div>
            {move || shown.with(Vec::is_empty).then(|| view! { <p class="empty">{t.nothing_shown()}</p> })}
            {move || (total() > PAGE_ROWS).then(|| {
                let n = total();
                let from = first.get().min(n);
                let to = (from + PAGE_ROWS).min(n);
                let f = |x: usize| format::number(x as f64, t.lang);
                view! {
                    <nav class="pager" aria-label=t.table()>
                        <button type="button" class="prev" disabled={from == 0}
                            on:click=move |_| first.update(|x| *x = x.saturating_sub(PAGE_ROWS))>{t.previous()}</button>
                        <span class="rows" role="status">{format!("{}–{} {} {}", f(from + 1), f(to), t.of(), f(n))}</span>
                        <button type="button" class="next" disabled={to >= n}
                            on:click=move |_| first.update(|x| *x += PAGE_ROWS)>{t.next()}</button>
                    </nav>
                }
            })}
        </section>
    }
}
