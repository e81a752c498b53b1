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
use web_sys::{Element, HtmlInputElement};

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

/// The sources fieldset's content (its boxes change with the grouping).
fn sources_html(t: Text, sources: &[String], by: GroupBy) -> String {
    let mut s = String::new();
    legend(&mut s, t.sources());
    for key in sources {
        check(&mut s, "check", "checkbox", "source", key, &t.source_name(key, by));
    }
    s
}

/// The whole form, without its state (the effect in [`Filters`] sets that).
fn form_html(t: Text, victims: &[Victims], min_day: &str, max_day: &str, open: bool) -> String {
    let mut s = String::with_capacity(4096);
    s.push_str(r#"<div class="filters-bar"><p class="shown-count" role="status" aria-live="polite"></p><div class="display-tabs" role="group">"#);
    for label in [t.chart(), t.table()] {
        s.push_str(r#"<button type="button" class="tab">"#);
        push_esc(&mut s, label);
        s.push_str("</button>");
    }
    s.push_str(r#"</div><button type="button" class="reset">"#);
    push_esc(&mut s, t.reset());
    s.push_str(r#"</button></div><details class="filter-details""#);
    if open {
        s.push_str(" open");
    }
    s.push_str(r#"><summary><h2 id="filters-h">"#);
    push_esc(&mut s, t.filters());
    s.push_str(r#"</h2></summary><div class="filter-groups"><fieldset>"#);
    legend(&mut s, t.kinds());
    for k in Kind::ALL {
        check(&mut s, &format!("check kind-{}", k.as_str()), "checkbox", "kind", k.as_str(), t.kind(k));
    }
    s.push_str("</fieldset><fieldset></fieldset><fieldset>");
    legend(&mut s, t.victims_heading());
    for v in victims {
        check(&mut s, "check", "checkbox", "victims", v.as_str(), t.victims(*v));
    }
    s.push_str(r#"</fieldset><fieldset class="dates">"#);
    legend(&mut s, t.date_range());
    for (name, label) in [("from", t.from()), ("to", t.to())] {
        s.push_str(r#"<label class="date-input"><span>"#);
        push_esc(&mut s, label);
        s.push_str(r#"</span><input type="date""#);
        push_attr(&mut s, "name", name);
        push_attr(&mut s, "min", min_day);
        push_attr(&mut s, "max", max_day);
        s.push_str("></label>");
    }
    s.push_str("</fieldset><fieldset>");
    legend(&mut s, t.scale());
    check(&mut s, "check", "radio", "scale", Scale::Log.as_str(), t.scale_log());
    check(&mut s, "check", "radio", "scale", Scale::Linear.as_str(), t.scale_linear());
    s.push_str("</fieldset><fieldset>");
    legend(&mut s, t.group_by());
    check(&mut s, "check", "radio", "by", GroupBy::Claimant.as_str(), t.by_claimant());
    check(&mut s, "check", "radio", "by", GroupBy::Article.as_str(), t.by_article());
    s.push_str(r#"</fieldset><fieldset class="switches">"#);
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
    let days: Vec<Date> = figures
        .iter()
        .filter_map(|f| f.reported.as_deref().and_then(view::reported_span))
        .flat_map(|(a, b)| [a, b])
        .collect();
    let min_day = days.iter().min().map(|d| d.to_string()).unwrap_or_default();
    let max_day = days.iter().max().map(|d| d.to_string()).unwrap_or_default();
    // On a phone the filters start folded, so the chart comes first.
    let open_at_start = window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w >= 560.0);
    let form = form_html(t, &victims_present, &min_day, &max_day, open_at_start);

    let sources = {
        let figures = figures.clone();
        Memo::new(move |_| view::sources(&figures, view.with(|v| v.by)))
    };
    let section = NodeRef::<html::Section>::new();

    // The inputs follow the view; the source boxes are written anew when the grouping changes.
    Effect::new(move |drawn: Option<Option<GroupBy>>| {
        let root: Element = section.get()?.into();
        let by = view.with(|v| v.by);
        if drawn.flatten() != Some(by) {
            if let Some(fs) = all(&root, "fieldset").get(1) {
                fs.set_inner_html(&sources.with(|s| sources_html(t, s, by)));
            }
        }
        let n = shown.with(Vec::len);
        view.with(|v| {
            for el in all(&root, "input") {
                let Ok(input) = el.dyn_into::<HtmlInputElement>() else { continue };
                let name = input.name();
                match name.as_str() {
                    "from" | "to" => {
                        let d = if name == "from" { v.from } else { v.to };
                        let value = d.map(|d| d.to_string()).unwrap_or_default();
                        if input.value() != value {
                            input.set_value(&value);
                        }
                    }
                    _ => input.set_checked(is_checked(v, &name, &input.value())),
                }
            }
            for (i, b) in all(&root, ".display-tabs button").into_iter().enumerate() {
                let d = if i == 0 { Display::Chart } else { Display::Table };
                let _ = b.set_attribute("aria-pressed", if v.display == d { "true" } else { "false" });
            }
            let is_default = *v == View { lang: v.lang, embed: v.embed, ..View::default() };
            if let Some(reset) = all(&root, "button.reset").first() {
                let _ = if is_default { reset.set_attribute("disabled", "") } else { reset.remove_attribute("disabled") };
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
        let Some(input) = ev.target().and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else { return };
        let (name, value) = (input.name(), input.value());
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
    let click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button") else { return };
        if button.class_list().contains("reset") {
            choose(view, |v| *v = View { lang: v.lang, embed: v.embed, ..View::default() });
        } else if button.closest(".display-tabs").ok().flatten().is_some() {
            let d = if button.previous_element_sibling().is_none() { Display::Chart } else { Display::Table };
            choose(view, |v| v.display = d);
        }
    };

    view! {
        <section id="filters" class="filters" aria-labelledby="filters-h" node_ref=section
            on:change=change on:click=click inner_html=form></section>
    }
}
