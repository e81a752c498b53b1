//! The table of the shown figures: a real `<table>`, sortable by each column,
//! [`PAGE_ROWS`] rows at a time (a set of hundreds of articles has thousands of
//! figures: drawing them all would hold the page up). It is the screen-reader
//! alternative to the chart, so it is always in the page; `view=table` only
//! hides the chart.

use super::format::{self, push_attr, push_esc};
use super::{ctx, dom, url::choose, Text};
use crate::figure::Figure;
use crate::html::{push_el, push_open};
use crate::view::{self, GroupBy};
use leptos::prelude::*;
use std::cmp::Ordering;
use wasm_bindgen::JsCast;

/// Rows drawn at a time. (100 rows, at 500 articles, made the page's layout
/// after its first chart a task of 75 to 100 ms: the rows of Arabic text are
/// shaped and laid out in one go.)
pub const PAGE_ROWS: usize = 50;

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
        Some(_) => t.source_name(view::source_key(f, GroupBy::Claimant), GroupBy::Claimant),
        None => t.unattributed().to_owned(),
    }
}

/// The section's frame as markup: heading, table with its sortable column
/// heads (sorted by `sort`) and an empty body, the note for no rows, the pager.
/// The effects of [`FigureTable`] fill in the rows and keep the rest in step.
fn frame_html(t: Text, sort: (Column, bool)) -> String {
    let mut s = String::with_capacity(1024);
    push_el(&mut s, "h2", &[("id", "table-h")], t.table());
    s.push_str(r#"<div class="table-wrap"><table class="figures">"#);
    push_el(&mut s, "caption", &[], t.chart_title());
    s.push_str("<thead><tr>");
    for (k, col) in COLUMNS.into_iter().enumerate() {
        push_open(&mut s, "th", &[("scope", "col"), ("aria-sort", aria_sort(sort, col))]);
        push_open(&mut s, "button", &[("type", "button"), ("class", "sort"), ("data-col", &k.to_string())]);
        push_esc(&mut s, col.heading(t));
        push_el(&mut s, "span", &[("class", "sort-mark"), ("aria-hidden", "true")], sort_mark(aria_sort(sort, col)));
        s.push_str("</button></th>");
    }
    s.push_str("</tr></thead><tbody></tbody></table></div>");
    push_el(&mut s, "p", &[("class", "empty"), ("hidden", "")], t.nothing_shown());
    push_open(&mut s, "nav", &[("class", "pager"), ("aria-label", t.table()), ("hidden", "")]);
    push_el(&mut s, "button", &[("type", "button"), ("class", "prev")], t.previous());
    push_el(&mut s, "span", &[("class", "rows"), ("role", "status")], "");
    push_el(&mut s, "button", &[("type", "button"), ("class", "next")], t.next());
    s.push_str("</nav>");
    s
}

/// A column head's `aria-sort` when the table is sorted by `sort`.
fn aria_sort((by, asc): (Column, bool), col: Column) -> &'static str {
    match (by == col, asc) {
        (true, true) => "ascending",
        (true, false) => "descending",
        _ => "none",
    }
}

fn sort_mark(aria: &str) -> &'static str {
    match aria {
        "ascending" => "▲",
        "descending" => "▼",
        _ => "",
    }
}

/// The table, written as markup with one delegated listener (much less wasm
/// than a view per element): effects fill in the rows, and keep the column
/// heads and the pager in step in place, so a sort or page button pressed from
/// the keyboard keeps the focus.
pub fn figure_table(t: Text) -> web_sys::Element {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    // The rows follow the filters after the next frame: a change of the view
    // shows in the chart first (the table is mostly below it, or hidden).
    let shown = super::shown_after_frame(c.shown);
    let sort = RwSignal::new((Column::Reported, true));
    // The first row drawn; back to the first page when the rows change.
    let first = RwSignal::new(0usize);
    dom::effect(move || {
        shown.track();
        sort.track();
        // (only when it moves: setting it draws the rows again)
        if first.get_untracked() != 0 {
            first.set(0);
        }
    });
    let section = dom::el("section", &[("id", "table"), ("class", "table-section"), ("aria-labelledby", "table-h")], &frame_html(t, sort.get_untracked()));
    // (each effect below finds its elements in the section)
    let finder = |root: web_sys::Element| move |sel: &str| -> Option<web_sys::Element> { root.query_selector(sel).ok().flatten() };

    // (a memo: a change of the view that picks no other figure draws no rows)
    let selected = Memo::new(move |_| view.with(|v| v.selected.clone()));
    // The rows, one page of them, as one HTML string.
    let find = finder(section.clone());
    dom::effect(move || {
        let Some(body) = find("tbody") else { return };
        let lang = t.lang;
        let (col, asc) = sort.get();
        let mut idx = shown.get();
        crate::sort::by(&mut idx, &|a, b| {
            let o = col.compare(&figures[a], &figures[b], t).then(a.cmp(&b));
            if asc { o } else { o.reverse() }
        });
        let selected = selected.get();
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
        body.set_inner_html(&s);
    });
    // The column heads say how the rows are sorted.
    let find = finder(section.clone());
    dom::effect(move || {
        let now = sort.get();
        let Some(root) = find("thead") else { return };
        let Ok(heads) = root.query_selector_all("th") else { return };
        for (k, col) in COLUMNS.into_iter().enumerate() {
            let Some(th) = heads.get(k as u32).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let aria = aria_sort(now, col);
            let _ = th.set_attribute("aria-sort", aria);
            if let Ok(Some(mark)) = th.query_selector(".sort-mark") {
                mark.set_text_content(Some(sort_mark(aria)));
            }
        }
    });
    // The note for no rows, and the pager when there is more than a page.
    let find = finder(section.clone());
    dom::effect(move || {
        let n = shown.with(Vec::len);
        let from = first.get().min(n);
        let to = (from + PAGE_ROWS).min(n);
        let (Some(empty), Some(pager)) = (find("p.empty"), find("nav.pager")) else { return };
        let _ = empty.toggle_attribute_with_force("hidden", n != 0);
        let _ = pager.toggle_attribute_with_force("hidden", n <= PAGE_ROWS);
        let f = |x: usize| format::number(x as f64, t.lang);
        if let Some(rows) = find("nav.pager .rows") {
            rows.set_text_content(Some(&format!("{}–{} {} {}", f(from + 1), f(to), t.of(), f(n))));
        }
        for (sel, off) in [("nav.pager .prev", from == 0), ("nav.pager .next", to >= n)] {
            if let Some(b) = find(sel) {
                let _ = b.toggle_attribute_with_force("disabled", off);
            }
        }
    });

    dom::on(&section, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button") else { return };
        let class = button.class_name();
        if class == "fig-link" {
            if let Some(k) = button.closest("tr").ok().flatten().and_then(|tr| tr.get_attribute("data-fig")) {
                choose(view, move |v| v.selected = Some(k));
            }
        } else if class == "sort" {
            let Some(col) = button.get_attribute("data-col").and_then(|k| k.parse::<usize>().ok()).and_then(|k| COLUMNS.get(k).copied()) else { return };
            sort.update(|(c, asc)| if *c == col { *asc = !*asc } else { (*c, *asc) = (col, true) });
        } else if class == "prev" {
            first.update(|x| *x = x.saturating_sub(PAGE_ROWS));
        } else if class == "next" {
            first.update(|x| *x += PAGE_ROWS);
        }
    });
    section
}
