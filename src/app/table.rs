//! The table of the shown figures: a real `<table>`, sortable by each column.
//! It is the screen-reader alternative to the chart, so it is always in the
//! page; `view=table` only hides the chart.

use super::{ctx, format, url::choose, Text};
use crate::figure::Figure;
use crate::view::{self, GroupBy};
use leptos::prelude::*;
use std::cmp::Ordering;

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
pub fn FigureTable() -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let shown = c.shown;
    let sort = RwSignal::new((Column::Reported, true));
    let t = super::text_of(ctx().view);

    let rows = move || {
        let t = t();
        let lang = t.lang;
        let (col, asc) = sort.get();
        let mut idx = shown.get();
        idx.sort_by(|&a, &b| {
            let o = col.compare(&figures[a], &figures[b], t).then(a.cmp(&b));
            if asc { o } else { o.reverse() }
        });
        idx.into_iter()
            .map(|i| {
                let f = &figures[i];
                let key = view::figure_key(f);
                let k2 = key.clone();
                let selected = {
                    let key = key.clone();
                    move || view.with(|v| v.selected.as_deref() == Some(key.as_str()))
                };
                let headline = crate::articles::by_id(&f.article)
                    .map_or(f.article.clone(), |a| t.source_name(a.id, GroupBy::Article));
                view! {
                    <tr data-fig=key class=format!("status-{}", f.status.as_str()) class:selected=selected>
                        <th scope="row">
                            <button type="button" class="fig-link" on:click=move |_| choose(view, |v| v.selected = Some(k2.clone()))>
                                {format::quantity(f, lang)}
                            </button>
                        </th>
                        <td>{t.kind(f.kind)}</td>
                        <td>{t.victims(f.victims)}</td>
                        <td>{claimant(f, t)}</td>
                        <td>{format::reported(f.reported.as_deref(), lang)}</td>
                        <td>{headline}</td>
                        <td>{t.status(f.status)}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let header = move || {
        let t = t();
        COLUMNS
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
            .collect_view()
    };

    view! {
        <section id="table" class="table-section" aria-labelledby="table-h">
            <h2 id="table-h">{move || t().table()}</h2>
            <div class="table-wrap">
                <table class="figures">
                    <caption>{move || t().chart_title()}</caption>
                    <thead><tr>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="empty">{move || t().nothing_shown()}</p>
            </Show>
        </section>
    }
}
