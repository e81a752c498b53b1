//! The filters: kinds, sources, victim groups, dates, the retracted/denied and
//! vague switches, scale and grouping, with a count of what is shown and a
//! one-click reset. Every change is a deliberate choice (a history entry).
//!
//! The form is written once as an HTML string (`inner_html`, by
//! [`crate::page::filters`], which also writes it into the static first
//! paint); one `change` and
//! one `click` listener on the section turn the reader's input into a new
//! view, and one effect makes the inputs follow the view (Back, Forward, the
//! legend, reset).

use super::format;
use super::{ctx, dom, url::choose, Text};
use crate::date::Date;
use crate::figure::{Kind, Victims};
use crate::page::filters::{form_html, is_checked, is_default, report_days, shown_count, source_counts, sources_html, victims_present, FormState};
use crate::view::{self, toggle, Display, GroupBy, Scale, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// `s` in lower case, by the browser's `String.prototype.toLowerCase` (Rust's
/// `str::to_lowercase` would bring the Unicode case tables into the wasm).
fn lower(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

/// The elements under `root` that match `selector`.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// Whether the drawer starts open: only where it sits beside the chart (see
/// app.css); elsewhere it is folded, so the chart comes first.
pub fn open_at_start() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w >= crate::page::filters::WIDE)
}

pub fn filters(t: Text) -> Element {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let total = figures.len();
    let shown = c.shown;

    let victims_present: Vec<Victims> = victims_present(&figures);
    let days = report_days(&figures);
    let open_at_start = open_at_start();
    // Written as the view stands (its boxes ticked, its sources listed and
    // counted), so the effect below has nothing to set on its first run.
    let (written, shown_now) = (view.get_untracked(), shown.with_untracked(Vec::len));
    let form = {
        let sources = source_counts(&figures, written.by);
        let state = FormState { view: &written, sources: &sources, shown: shown_now, total };
        form_html(t, &victims_present, &days, open_at_start, Some(&state))
    };

    let sources = {
        let figures = figures.clone();
        Memo::new(move |_| view::sources(&figures, view.with(|v| v.by)))
    };
    let section = dom::el("section", &[("id", "filters"), ("class", "filters"), ("aria-labelledby", "filters-h")], &form);

    // The inputs follow the view; the source boxes are written anew when the grouping changes.
    let counted = figures.clone();
    let root = section.clone();
    let mut drawn: Option<GroupBy> = Some(written.by);
    let mut written = Some((written, shown_now));
    dom::effect(move || {
        let by = view.with(|v| v.by);
        let n = shown.with(Vec::len);
        // (the first run: nothing to do if the view is still the one written)
        if written.take().is_some_and(|(w, k)| k == n && view.with(|v| *v == w)) {
            return;
        }
        if drawn != Some(by) {
            if let Some(list) = all(&root, ".source-list").first() {
                list.set_inner_html(&sources_html(t, &source_counts(&counted, by), by, None));
            }
            if let Some(search) = all(&root, ".source-search").first().and_then(|e| e.dyn_ref::<HtmlInputElement>().cloned()) {
                search.set_value("");
            }
        }
        view.with(|v| {
            for el in all(&root, "input") {
                let Ok(input) = el.dyn_into::<HtmlInputElement>() else { continue };
                let name = input.name();
                if !name.is_empty() {
                    input.set_checked(is_checked(v, &name, &input.value()));
                }
            }
            for el in all(&root, "select") {
                let Ok(select) = el.dyn_into::<HtmlSelectElement>() else { continue };
                let d = if select.name() == "from" { v.from } else { v.to };
                let value = d.map(|d| d.to_string()).unwrap_or_default();
                if select.value() != value {
                    select.set_value(&value);
                    // A day from the link that no figure was reported on: offered too.
                    if select.value() != value {
                        if let (Some(d), Ok(o)) = (d, document().create_element("option")) {
                            let _ = o.set_attribute("value", &value);
                            o.set_text_content(Some(&format::day_long(d.to_days(), t.lang)));
                            let _ = select.append_child(&o);
                            select.set_value(&value);
                        }
                    }
                }
            }
            for (i, b) in all(&root, ".display-tabs button").into_iter().enumerate() {
                let d = if i == 0 { Display::Chart } else { Display::Table };
                let _ = b.set_attribute("aria-pressed", if v.display == d { "true" } else { "false" });
            }
            if let Some(reset) = all(&root, "button.reset").first() {
                let _ = if is_default(v) { reset.set_attribute("hidden", "") } else { reset.remove_attribute("hidden") };
            }
        });
        if let Some(count) = all(&root, ".shown-count").first() {
            count.set_text_content(Some(&shown_count(t, n, total)));
        }
        drawn = Some(by);
    });

    let every_victim = victims_present;
    dom::on(&section, "change", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<Element>().ok()) else { return };
        let (name, value) = match el.dyn_ref::<HtmlInputElement>() {
            Some(input) => (input.name(), input.value()),
            None => match el.dyn_ref::<HtmlSelectElement>() {
                Some(select) => (select.name(), select.value()),
                None => return,
            },
        };
        match name.as_str() {
            "kind" => {
                let Some(k) = Kind::parse(&value) else { return };
                choose(view, |v| {
                    if !v.kinds.remove(&k) {
                        v.kinds.insert(k);
                    }
                });
            }
            "victims" => {
                let Some(x) = Victims::parse(&value) else { return };
                choose(view, |v| toggle(&mut v.victims, &x, &every_victim));
            }
            "source" => {
                let every = sources.get_untracked();
                choose(view, |v| toggle(&mut v.sources, &value, &every));
            }
            "from" | "to" => {
                let d = Date::parse(&value);
                choose(view, |v| if name == "from" { v.from = d } else { v.to = d });
            }
            "scale" => {
                let s = Scale::parse(&value).unwrap_or_default();
                choose(view, |v| v.scale = s);
            }
            "by" => {
                let b = GroupBy::parse(&value).unwrap_or_default();
                choose(view, |v| {
                    v.by = b;
                    v.sources = None;
                });
            }
            "disputed" => choose(view, |v| v.disputed = !v.disputed),
            "vague" => choose(view, |v| v.vague = !v.vague),
            _ => {}
        }
    });
    // The source picker: typing filters the list (by the name shown or the key).
    let root = section.clone();
    dom::on(&section, "input", move |ev| {
        let Some(search) = ev.target().and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else { return };
        if !search.class_list().contains("source-search") {
            return;
        }
        let q = lower(search.value().trim());
        for label in all(&root, ".source-list label") {
            let text = lower(&label.text_content().unwrap_or_default());
            let key = lower(&label.query_selector("input").ok().flatten().and_then(|i| i.get_attribute("value")).unwrap_or_default());
            let hit = q.is_empty() || text.contains(&q) || key.contains(&q);
            let _ = if hit { label.remove_attribute("hidden") } else { label.set_attribute("hidden", "") };
        }
    });
    let root = section.clone();
    let figures_for_week = figures.clone();
    dom::on(&section, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button") else { return };
        if button.class_list().contains("reset") {
            choose(view, |v| *v = View { lang: v.lang, embed: v.embed, ..View::default() });
            // The button hides itself: the focus goes to the first choice.
            if let Some(first) = root.query_selector(".display-tabs button").ok().flatten() {
                if let Some(b) = first.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        } else if button.class_list().contains("range-all") {
            choose(view, |v| (v.from, v.to) = (None, None));
        } else if button.class_list().contains("range-week") {
            // The seven days up to the last the time axis keeps (worked out when
            // asked: it reads every figure's date).
            if let Some(last) = crate::page::filters::last_day(&figures_for_week) {
                choose(view, |v| (v.from, v.to) = (Some(last.add_days(-6)), None));
            }
        } else if button.closest(".display-tabs").ok().flatten().is_some() {
            let d = if button.previous_element_sibling().is_none() { Display::Chart } else { Display::Table };
            choose(view, |v| v.display = d);
        }
    });
    section
}
