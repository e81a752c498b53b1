//! The filters: kinds, sources, victim groups, dates, the retracted/denied and
//! vague switches, scale and grouping, with a count of what is shown and a
//! one-click reset. Every change is a deliberate choice (a history entry).
//!
//! The form is written once as an HTML string (`inner_html`); one `change` and
//! one `click` listener on the section turn the reader's input into a new
//! view, and one effect makes the inputs follow the view (Back, Forward, the
//! legend, reset).

use super::format::{self, push_attr, push_esc};
use super::{ctx, url::choose, Text};
use crate::date::Date;
use crate::figure::{Kind, Victims};
use crate::view::{self, toggle, Display, GroupBy, Scale, View};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// From this width the drawer sits beside the chart, open (see app.css).
pub const WIDE: f64 = 1000.0;

/// Appends a labelled checkbox or radio button: `<label class=…><input …>text</label>`.
fn check(s: &mut String, class: &str, kind: &str, name: &str, value: &str, text: &str) {
    s.push_str("<label");
    push_attr(s, "class", class);
    s.push_str("><input");
    push_attr(s, "type", kind);
    push_attr(s, "name", name);
    if !value.is_empty() {
        push_attr(s, "value", value);
    }
    s.push('>');
    push_esc(s, text);
    s.push_str("</label>");
}

/// Appends `<legend>text</legend>`.
fn legend(s: &mut String, text: &str) {
    s.push_str("<legend>");
    push_esc(s, text);
    s.push_str("</legend>");
}

/// The source picker's list: one box per source, with its number of figures
/// (written anew when the grouping changes).
fn sources_html(t: Text, sources: &[(String, usize)], by: GroupBy) -> String {
    let mut s = String::new();
    for (key, n) in sources {
        s.push_str(r#"<label class="check"><input type="checkbox" name="source""#);
        push_attr(&mut s, "value", key);
        s.push_str("><span>");
        push_esc(&mut s, &t.source_name(key, by));
        s.push_str(r#"</span><span class="n">"#);
        push_esc(&mut s, &format::number(*n as f64, t.lang));
        s.push_str("</span></label>");
    }
    s
}

/// A date `<select>`: "any" and each day a figure was reported, in the
/// interface's language (no `mm/dd/yyyy` from a date input).
fn date_select(s: &mut String, t: Text, name: &str, label: &str, days: &[Date]) {
    s.push_str(r#"<label class="date-input"><span>"#);
    push_esc(s, label);
    s.push_str("</span><select");
    push_attr(s, "name", name);
    s.push_str(r#"><option value="">"#);
    push_esc(s, t.any_date());
    s.push_str("</option>");
    for d in days {
        s.push_str("<option");
        push_attr(s, "value", &d.to_string());
        s.push('>');
        push_esc(s, &format::day_long(d.to_days(), t.lang));
        s.push_str("</option>");
    }
    s.push_str("</select></label>");
}

/// The whole form, without its state (the effect in [`Filters`] sets that):
/// a bar of the main choices (chart or table, kinds, scale, the count, reset)
/// and a drawer with the rest (sources, victims, dates, grouping, switches).
fn form_html(t: Text, victims: &[Victims], days: &[Date], open: bool) -> String {
    let mut s = String::with_capacity(4096);
    s.push_str(r#"<div class="filters-bar"><div class="display-tabs" role="group""#);
    push_attr(&mut s, "aria-label", t.display());
    s.push('>');
    for label in [t.chart(), t.table()] {
        s.push_str(r#"<button type="button" class="tab">"#);
        push_esc(&mut s, label);
        s.push_str("</button>");
    }
    s.push_str(r#"</div><fieldset class="bar-group">"#);
    legend(&mut s, t.kinds());
    for k in Kind::ALL {
        check(&mut s, &format!("check kind-{}", k.as_str()), "checkbox", "kind", k.as_str(), t.kind(k));
    }
    s.push_str(r#"</fieldset><fieldset class="bar-group">"#);
    legend(&mut s, t.scale());
    check(&mut s, "check", "radio", "scale", Scale::Log.as_str(), t.scale_log());
    check(&mut s, "check", "radio", "scale", Scale::Linear.as_str(), t.scale_linear());
    s.push_str(r#"</fieldset><p class="shown-count" role="status" aria-live="polite"></p><button type="button" class="reset" hidden>"#);
    push_esc(&mut s, t.reset());
    s.push_str(r#"</button></div><details class="filter-details""#);
    if open {
        s.push_str(" open");
    }
    s.push_str(r#"><summary><h2 id="filters-h">"#);
    push_esc(&mut s, t.filters());
    s.push_str(r#"</h2></summary><div class="filter-groups"><fieldset class="sources">"#);
    legend(&mut s, t.sources());
    s.push_str(r#"<input type="search" class="source-search" autocomplete="off""#);
    push_attr(&mut s, "aria-label", t.find_source());
    push_attr(&mut s, "placeholder", t.find_source());
    s.push_str(r#"><div class="source-list"></div></fieldset><fieldset>"#);
    legend(&mut s, t.victims_heading());
    for v in victims {
        check(&mut s, "check", "checkbox", "victims", v.as_str(), t.victims(*v));
    }
    s.push_str(r#"</fieldset><fieldset class="dates">"#);
    legend(&mut s, t.date_range());
    date_select(&mut s, t, "from", t.from(), days);
    date_select(&mut s, t, "to", t.to(), days);
    // Quick ranges for sets that span weeks or months.
    s.push_str(r#"<div class="ranges"><button type="button" class="range-all">"#);
    push_esc(&mut s, t.all_dates());
    s.push_str(r#"</button><button type="button" class="range-week">"#);
    push_esc(&mut s, t.last_7_days());
    s.push_str("</button></div></fieldset><fieldset>");
    legend(&mut s, t.group_by());
    check(&mut s, "check", "radio", "by", GroupBy::Claimant.as_str(), t.by_claimant());
    check(&mut s, "check", "radio", "by", GroupBy::Article.as_str(), t.by_article());
    s.push_str(r#"</fieldset><fieldset class="switches">"#);
    legend(&mut s, t.switches());
    check(&mut s, "check", "checkbox", "disputed", "", t.include_disputed());
    check(&mut s, "check", "checkbox", "vague", "", t.include_vague());
    s.push_str("</fieldset></div></details>");
    s
}

/// Whether the input `name`=`value` is on in the view `v`.
fn is_checked(v: &View, name: &str, value: &str) -> bool {
    match name {
        "kind" => Kind::parse(value).is_some_and(|k| v.kinds.contains(&k)),
        "victims" => Victims::parse(value).is_some_and(|x| v.victims.as_ref().is_none_or(|s| s.contains(&x))),
        "source" => v.sources.as_ref().is_none_or(|s| s.contains(value)),
        "scale" => v.scale.as_str() == value,
        "by" => v.by.as_str() == value,
        "disputed" => v.disputed,
        "vague" => v.vague,
        _ => false,
    }
}

/// The elements under `root` that match `selector`.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

#[component]
pub fn Filters(t: Text) -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let total = figures.len();
    let shown = c.shown;

    let victims_present: Vec<Victims> =
        Victims::ALL.into_iter().filter(|v| figures.iter().any(|f| f.victims == *v)).collect();
    let mut days: Vec<Date> = figures
        .iter()
        .filter_map(|f| f.reported.as_deref().and_then(view::reported_span))
        .flat_map(|(a, b)| [a, b])
        .collect();
    days.sort();
    days.dedup();
    let latest = days.last().copied();
    // The drawer starts open only where it sits beside the chart (see app.css);
    // elsewhere it is folded, so the chart comes first.
    let open_at_start = window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w >= WIDE);
    let form = form_html(t, &victims_present, &days, open_at_start);

    let sources = {
        let figures = figures.clone();
        Memo::new(move |_| view::sources(&figures, view.with(|v| v.by)))
    };
    let section = NodeRef::<html::Section>::new();

    // The inputs follow the view; the source boxes are written anew when the grouping changes.
    let counted = figures.clone();
    Effect::new(move |drawn: Option<Option<GroupBy>>| {
        let root: Element = section.get()?.into();
        let by = view.with(|v| v.by);
        if drawn.flatten() != Some(by) {
            if let Some(list) = all(&root, ".source-list").first() {
                let with_counts: Vec<(String, usize)> = sources.with(|s| {
                    let mut n = vec![0usize; s.len()];
                    for f in counted.iter() {
                        let k = view::source_key(f, by);
                        if let Some(i) = s.iter().position(|x| *x == k) {
                            n[i] += 1;
                        }
                    }
                    s.iter().cloned().zip(n).collect()
                });
                list.set_inner_html(&sources_html(t, &with_counts, by));
            }
            if let Some(search) = all(&root, ".source-search").first().and_then(|e| e.dyn_ref::<HtmlInputElement>().cloned()) {
                search.set_value("");
            }
        }
        let n = shown.with(Vec::len);
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
            let is_default = *v == View { lang: v.lang, embed: v.embed, ..View::default() };
            if let Some(reset) = all(&root, "button.reset").first() {
                let _ = if is_default { reset.set_attribute("hidden", "") } else { reset.remove_attribute("hidden") };
            }
        });
        if let Some(count) = all(&root, ".shown-count").first() {
            count.set_text_content(Some(&format!(
                "{} {} {} {}",
                t.showing(),
                format::number(n as f64, t.lang),
                t.of(),
                format::number(total as f64, t.lang)
            )));
        }
        Some(by)
    });

    let every_victim = victims_present;
    let change = move |ev: leptos::ev::Event| {
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
    };
    // The source picker: typing filters the list (by the name shown or the key).
    let input = move |ev: leptos::ev::Event| {
        let Some(search) = ev.target().and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else { return };
        if !search.class_list().contains("source-search") {
            return;
        }
        let q = search.value().trim().to_lowercase();
        let Some(root) = section.get_untracked() else { return };
        let root: Element = root.into();
        for label in all(&root, ".source-list label") {
            let text = label.text_content().unwrap_or_default().to_lowercase();
            let key = label.query_selector("input").ok().flatten().and_then(|i| i.get_attribute("value")).unwrap_or_default().to_lowercase();
            let hit = q.is_empty() || text.contains(&q) || key.contains(&q);
            let _ = if hit { label.remove_attribute("hidden") } else { label.set_attribute("hidden", "") };
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button") else { return };
        if button.class_list().contains("reset") {
            choose(view, |v| *v = View { lang: v.lang, embed: v.embed, ..View::default() });
            // The button hides itself: the focus goes to the first choice.
            if let Some(first) = section.get_untracked().and_then(|s| s.query_selector(".display-tabs button").ok().flatten()) {
                if let Some(b) = first.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        } else if button.class_list().contains("range-all") {
            choose(view, |v| (v.from, v.to) = (None, None));
        } else if button.class_list().contains("range-week") {
            // The seven days up to the latest a figure was reported on.
            if let Some(last) = latest {
                choose(view, |v| (v.from, v.to) = (Some(last.add_days(-6)), None));
            }
        } else if button.closest(".display-tabs").ok().flatten().is_some() {
            let d = if button.previous_element_sibling().is_none() { Display::Chart } else { Display::Table };
            choose(view, |v| v.display = d);
        }
    };

    view! {
        <section id="filters" class="filters" aria-labelledby="filters-h" node_ref=section
            on:change=change on:input=input on:click=click inner_html=form></section>
    }
}
