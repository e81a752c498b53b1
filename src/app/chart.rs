//! The comparison chart: one SVG panel per kind (or one at a time on narrow
//! screens), marks placed by [`crate::chart::layout`], a legend that toggles
//! series, a tooltip on hover, focus and tap, and Enter or click to open the
//! evidence. This file only draws; the geometry is computed in `crate::chart`.
//!
//! The inside of each panel (axes, marks, labels) is written as one SVG string
//! and set with `inner_html`: much less wasm than a view per mark. The marks'
//! events are handled once, on the chart box, by finding the `g.mark` the
//! event came from.

use super::format::{self, push_attr, push_esc};
use super::{ctx, table::claimant, url::choose, Text};
use crate::chart::{self, num as n, palette, Glyph, LayoutOptions, Mark, Panel};
use crate::figure::{Figure, Kind, Status};
use crate::view::{self, Display, Scale};
use leptos::{html, prelude::*};
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// Below this width the chart shows one kind at a time.
const NARROW: f64 = 560.0;
const PANEL_HEIGHT: f64 = 240.0;
const MUTED: &str = "#8a8a8a";

thread_local! {
    /// The observer of the chart's width; replaced when the chart is drawn anew
    /// (after a language switch), so an old chart is not followed any more.
    static RESIZE: RefCell<Option<web_sys::ResizeObserver>> = const { RefCell::new(None) };
}

/// The glyph's name, for tests and styling (`data-glyph`).
fn glyph_name(g: Glyph) -> &'static str {
    match g {
        Glyph::Exact => "exact",
        Glyph::About => "about",
        Glyph::AtLeast => "atleast",
        Glyph::MoreThan => "morethan",
        Glyph::AtMost => "atmost",
        Glyph::Range => "range",
        Glyph::Vague => "vague",
    }
}

/// The words a screen reader and the tooltip give for a mark.
fn describe(f: &Figure, t: Text) -> String {
    let lang = t.lang;
    let c = t.comma();
    let mut s = format!(
        "{} {} ({}){c}{}{c}{}",
        format::quantity(f, lang),
        t.kind(f.kind),
        t.victims(f.victims),
        claimant(f, t),
        format::reported(f.reported.as_deref(), lang)
    );
    if f.status != Status::Asserted {
        s.push_str(" — ");
        s.push_str(t.status(f.status));
    }
    s
}

/// Appends `<name attrs>`.
fn open(out: &mut String, name: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(name);
    for (k, v) in attrs {
        push_attr(out, k, v);
    }
    out.push('>');
}

/// Appends `<name attrs/>`.
fn leaf(out: &mut String, name: &str, attrs: &[(&str, &str)]) {
    open(out, name, attrs);
    out.insert(out.len() - 1, '/');
}

/// Appends `<name attrs>text</name>`, the text escaped.
fn with_text(out: &mut String, name: &str, attrs: &[(&str, &str)], text: &str) {
    open(out, name, attrs);
    push_esc(out, text);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// The figure key of the mark an event came from, if any.
fn mark_key(ev: &web_sys::Event) -> Option<String> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    el.closest("g.mark").ok()??.get_attribute("data-fig")
}

#[component]
pub fn ChartSection(t: Text) -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let shown = c.shown;

    // The width the chart gets, followed as the page resizes.
    let container = NodeRef::<html::Div>::new();
    let width = RwSignal::new(720.0f64);
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        let el: web_sys::Element = el.into();
        width.set(f64::from(el.client_width()).max(280.0));
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let w = e.content_rect().width().floor().max(280.0);
                if width.try_get_untracked().is_some_and(|old| (w - old).abs() >= 1.0) {
                    width.set(w);
                }
            }
        });
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&el);
            if let Some(old) = RESIZE.with(|r| r.replace(Some(obs))) {
                old.disconnect();
            }
        }
        cb.forget();
    });

    let series = {
        let figures = figures.clone();
        Memo::new(move |_| view::sources(&figures, view.with(|v| v.by)))
    };
    let narrow = move || width.get() < NARROW;
    let active = RwSignal::new(None::<Kind>);
    let panel_kinds = move || {
        let kinds: Vec<Kind> = view.with(|v| Kind::ALL.into_iter().filter(|k| v.kinds.contains(k)).collect());
        if narrow() {
            let a = active.get().filter(|a| kinds.contains(a)).or(kinds.first().copied());
            a.into_iter().collect()
        } else {
            kinds
        }
    };
    let layout = {
        let figures = figures.clone();
        Memo::new(move |_| {
            let (scale, by) = view.with(|v| (v.scale, v.by));
            let opts = LayoutOptions {
                width: width.get(),
                panel_height: PANEL_HEIGHT,
                scale,
                by,
                rtl: t.rtl(),
                kinds: panel_kinds(),
                series: series.get(),
            };
            Arc::new(shown.with(|s| chart::layout(&figures, s, &opts)))
        })
    };
    // The mark under the pointer or focus: (figure, x, y, panel).
    let hover = RwSignal::new(None::<(usize, f64, f64, usize)>);
    // Where the mark with this key is drawn.
    let find = {
        let figures = figures.clone();
        move |key: &str| {
            layout.with_untracked(|c| {
                c.panels.iter().enumerate().find_map(|(pi, p)| {
                    let m = p.marks.iter().find(|m| view::figure_key(&figures[m.figure]) == key)?;
                    Some((m.figure, m.x, m.y, pi))
                })
            })
        }
    };
    let point = move |ev: &web_sys::Event| {
        if let Some(h) = mark_key(ev).and_then(|k| find(&k)) {
            if hover.get_untracked() != Some(h) {
                hover.set(Some(h));
            }
        }
    };
    let point2 = point.clone();
    let open = move |ev: &web_sys::Event| {
        if let Some(k) = mark_key(ev) {
            choose(view, move |v| v.selected = Some(k));
            true
        } else {
            false
        }
    };

    let legend = move || {
        let by = view.with(|v| v.by);
        let every = series.get();
        every
            .iter()
            .enumerate()
            .map(|(i, key)| {
                let every = every.clone();
                let k = key.clone();
                let on = move || view.with(|v| v.sources.as_ref().is_none_or(|s| s.contains(&k)));
                let k = key.clone();
                let click = move |_| choose(view, |v| view::toggle(&mut v.sources, &k, &every));
                let mut icon = String::new();
                leaf(&mut icon, "path", &[
                    ("d", &palette::shape_path(palette::series_shape(i), 8.0, 8.0, 6.0)),
                    ("fill", palette::series_color(i)),
                    ("stroke", palette::series_color(i)),
                ]);
                view! {
                    <li>
                        <button type="button" class="legend-item" aria-pressed=move || on().to_string() on:click=click>
                            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" inner_html=icon></svg>
                            <span>{t.source_name(key, by)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let kind_tabs = move || {
        if !narrow() {
            return None;
        }
        let kinds: Vec<Kind> = view.with(|v| Kind::ALL.into_iter().filter(|k| v.kinds.contains(k)).collect());
        let current = panel_kinds();
        let tabs = kinds
            .into_iter()
            .map(|k| {
                let pressed = current.contains(&k);
                view! {
                    <button type="button" class="tab" aria-pressed=pressed.to_string() on:click=move |_| active.set(Some(k))>
                        {t.kind(k)}
                    </button>
                }
            })
            .collect_view();
        Some(view! { <div class="kind-tabs" role="group">{tabs}</div> })
    };

    let panels = {
        let figures = figures.clone();
        move || {
            let chart = layout.get();
            let w = width.get();
            let (scale, selected) = view.with(|v| (v.scale, v.selected.clone()));
            chart
                .panels
                .iter()
                .map(|p| {
                    let kind = p.kind.as_str();
                    let inner = panel_html(p, w, &figures, t, scale, selected.as_deref());
                    view! {
                        <svg class="panel" data-kind=kind width=n(w) height=n(p.height)
                            viewBox=format!("0 0 {} {}", n(w), n(p.height))
                            role="img" aria-labelledby=format!("chart-title-{kind} chart-desc-{kind}") direction="ltr"
                            inner_html=inner></svg>
                    }
                })
                .collect_view()
        }
    };

    let tooltip = {
        let figures = figures.clone();
        move || {
            let (i, x, y, pi) = hover.get()?;
            let f = &figures[i];
            let top = layout.with(|c| c.panels.iter().take(pi).map(|p| p.height).sum::<f64>()) + y;
            let flip = x > width.get() * 0.6;
            Some(view! {
                <div class="tooltip" role="status" class:flip=flip
                    style:left=format!("{}px", n(x)) style:top=format!("{}px", n(top))>
                    <strong>{format::quantity(f, t.lang)}" "{t.kind(f.kind)}</strong>
                    <span>{t.victims(f.victims)}</span>
                    <span>{claimant(f, t)}</span>
                    <span>{format::reported(f.reported.as_deref(), t.lang)}</span>
                    <span lang="ar" dir="rtl">{format!("«{}»", f.phrase)}</span>
                    <span class="article-line">{t.source_name(&f.article, view::GroupBy::Article)}</span>
                    {(f.status != Status::Asserted).then(|| view! { <em>{t.status(f.status)}</em> })}
                </div>
            })
        }
    };

    view! {
        <section id="chart" class="chart-section" class:hidden=move || view.with(|v| v.display == Display::Table && !v.embed)
            aria-labelledby="chart-h">
            <h2 id="chart-h">{t.chart_title()}</h2>
            <div class="legend" role="group" aria-label=t.legend()>
                <ul>{legend}</ul>
            </div>
            {kind_tabs}
            <div class="chart-box" node_ref=container
                on:mouseleave=move |_| hover.set(None)
                on:mouseover=move |ev| point(&ev)
                on:focusin=move |ev| point2(&ev)
                on:focusout=move |ev| {
                    if mark_key(&ev).is_some() {
                        hover.set(None);
                    }
                }
                on:click=move |ev| {
                    open(&ev);
                }
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if (ev.key() == "Enter" || ev.key() == " ") && open(&ev) {
                        ev.prevent_default();
                    }
                }>
                {panels}
                {tooltip}
            </div>
            {move || shown.with(Vec::is_empty).then(|| view! { <p class="empty">{t.nothing_shown()}</p> })}
        </section>
    }
}

/// The inside of one panel's `<svg>`: title, description, axes, marks and the
/// labels of vague bands.
fn panel_html(p: &Panel, width: f64, figures: &[Figure], t: Text, scale: Scale, selected: Option<&str>) -> String {
    let lang = t.lang;
    let kind = p.kind.as_str();
    let r = p.plot;
    let (y_axis_x, anchor_y) = if t.rtl() { (r.x + r.width, "start") } else { (r.x, "end") };
    let label_dx = if t.rtl() { 6.0 } else { -6.0 };
    let scale_name = match scale {
        Scale::Log => t.scale_log(),
        Scale::Linear => t.scale_linear(),
    };
    let mut s = String::with_capacity(4096);
    with_text(&mut s, "title", &[("id", &format!("chart-title-{kind}"))],
        &format!("{} — {} ({})", t.kind(p.kind), t.chart_title(), scale_name));
    with_text(&mut s, "desc", &[("id", &format!("chart-desc-{kind}"))], t.chart_desc());
    with_text(&mut s, "text", &[
        ("class", "panel-title"),
        ("x", &n(if t.rtl() { width - 4.0 } else { 4.0 })),
        ("y", "20"),
        ("text-anchor", if t.rtl() { "end" } else { "start" }),
        ("font-weight", "bold"),
        ("fill", "currentColor"),
    ], t.kind(p.kind));

    s.push_str(r#"<g class="y-axis" fill="currentColor" font-size="11">"#);
    for tk in &p.y_ticks {
        s.push_str(r#"<g class="tick">"#);
        leaf(&mut s, "line", &[("x1", &n(r.x)), ("x2", &n(r.x + r.width)), ("y1", &n(tk.pos)), ("y2", &n(tk.pos)), ("class", "grid")]);
        with_text(&mut s, "text", &[("x", &n(y_axis_x + label_dx)), ("y", &n(tk.pos)), ("dy", "0.32em"), ("text-anchor", anchor_y)],
            &format::number(tk.value, lang));
        s.push_str("</g>");
    }
    s.push_str(r#"</g><g class="x-axis" fill="currentColor" font-size="11">"#);
    let bottom = n(r.y + r.height);
    let below = n(r.y + r.height + 16.0);
    leaf(&mut s, "line", &[("x1", &n(r.x)), ("x2", &n(r.x + r.width)), ("y1", &bottom), ("y2", &bottom), ("class", "axis")]);
    for tk in &p.x_ticks {
        s.push_str(r#"<g class="tick">"#);
        leaf(&mut s, "line", &[("x1", &n(tk.pos)), ("x2", &n(tk.pos)), ("y1", &bottom), ("y2", &n(r.y + r.height + 4.0)), ("class", "axis")]);
        with_text(&mut s, "text", &[("x", &n(tk.pos)), ("y", &below), ("text-anchor", "middle")],
            &format::day_short(tk.value as i64, lang));
        s.push_str("</g>");
    }
    if let Some(x) = p.undated_x {
        with_text(&mut s, "text", &[("x", &n(x)), ("y", &below), ("text-anchor", "middle"), ("class", "undated")], t.undated());
    }
    s.push_str(r#"</g><g class="marks">"#);
    for m in &p.marks {
        let f = &figures[m.figure];
        let key = view::figure_key(f);
        let is_selected = selected == Some(key.as_str());
        mark_html(&mut s, m, &key, &describe(f, t), is_selected);
    }
    s.push_str(r#"</g><g class="band-labels" fill="currentColor">"#);
    for l in chart::band_labels(&p.marks, figures) {
        with_text(&mut s, "text", &[("class", "band-label"), ("x", &n(l.x)), ("y", &n(l.y)), ("text-anchor", "middle"), ("font-size", "10")],
            t.vague_class(l.vague));
    }
    s.push_str("</g>");
    s
}

/// One mark: its glyph, the bar of a range or band, the arrow of a bound,
/// the strike of a retracted figure and a wider circle that takes the pointer.
fn mark_html(s: &mut String, m: &Mark, key: &str, label: &str, selected: bool) {
    let color = if m.muted { MUTED } else { palette::series_color(m.series) };
    let shape = palette::series_shape(m.series);
    let (x, y) = (m.x, m.y);
    let hollow = m.muted || matches!(m.glyph, Glyph::About | Glyph::Vague);
    let fill = if hollow { "#fff" } else { color };
    let size = chart::MARK_SIZE + 1.0;
    let class = match (m.muted, selected) {
        (false, false) => "mark",
        (true, false) => "mark muted",
        (false, true) => "mark selected",
        (true, true) => "mark muted selected",
    };
    open(s, "g", &[
        ("class", class),
        ("tabindex", "0"),
        ("role", "button"),
        ("data-fig", key),
        ("data-glyph", glyph_name(m.glyph)),
        ("aria-label", label),
    ]);
    match (m.y_lo, m.y_hi) {
        (Some(lo), Some(hi)) if m.glyph == Glyph::Vague => leaf(s, "rect", &[
            ("class", "band"),
            ("x", &n(x - 2.5)),
            ("width", "5"),
            ("y", &n(hi.min(lo))),
            ("height", &n((lo - hi).abs().max(1.0))),
            ("rx", "2.5"),
            ("fill", color),
            ("fill-opacity", "0.3"),
        ]),
        (Some(lo), Some(hi)) => {
            open(s, "g", &[("stroke", color), ("stroke-width", "1.5")]);
            leaf(s, "line", &[("x1", &n(x)), ("x2", &n(x)), ("y1", &n(lo)), ("y2", &n(hi))]);
            for v in [lo, hi] {
                leaf(s, "line", &[("x1", &n(x - 4.0)), ("x2", &n(x + 4.0)), ("y1", &n(v)), ("y2", &n(v))]);
            }
            s.push_str("</g>");
        }
        _ => {}
    }
    if let (Some(a), Some(b)) = (m.x_lo, m.x_hi) {
        let yy = n(y + 9.0);
        leaf(s, "line", &[("x1", &n(a)), ("x2", &n(b)), ("y1", &yy), ("y2", &yy), ("stroke", color), ("stroke-width", "2"), ("stroke-opacity", "0.5")]);
    }
    let arrow = match m.glyph {
        Glyph::AtLeast => Some((-1.0, "≥")),
        Glyph::MoreThan => Some((-1.0, ">")),
        Glyph::AtMost => Some((1.0, "≤")),
        Glyph::About => Some((0.0, "~")),
        _ => None,
    };
    if let Some((dir, sign)) = arrow {
        let tip = y + dir * 18.0;
        s.push_str(r#"<g class="bound">"#);
        if dir != 0.0 {
            open(s, "g", &[("stroke", color), ("stroke-width", "1.5"), ("fill", "none")]);
            leaf(s, "line", &[("x1", &n(x)), ("x2", &n(x)), ("y1", &n(y + dir * (size + 1.0))), ("y2", &n(tip))]);
            let d = format!("M{} {} L{} {} L{} {}", n(x - 3.5), n(tip - dir * 4.0), n(x), n(tip), n(x + 3.5), n(tip - dir * 4.0));
            leaf(s, "path", &[("d", &d)]);
            s.push_str("</g>");
        }
        let ty = if dir > 0.0 { tip + 11.0 } else if dir < 0.0 { tip - 3.0 } else { y - 8.0 };
        with_text(s, "text", &[("x", &n(x)), ("y", &n(ty)), ("text-anchor", "middle"), ("font-size", "11"), ("fill", color)], sign);
        s.push_str("</g>");
    }
    leaf(s, "path", &[
        ("class", if hollow { "glyph hollow" } else { "glyph" }),
        ("d", &palette::shape_path(shape, x, y, size)),
        ("fill", fill),
        ("stroke", color),
        ("stroke-width", "1.6"),
    ]);
    if m.muted {
        let yy = n(y);
        leaf(s, "line", &[("x1", &n(x - 9.0)), ("x2", &n(x + 9.0)), ("y1", &yy), ("y2", &yy), ("stroke", MUTED), ("stroke-width", "2")]);
    }
    leaf(s, "circle", &[("class", "hit"), ("cx", &n(x)), ("cy", &n(y)), ("r", &n(chart::DODGE / 2.0)), ("fill", "transparent")]);
    s.push_str("</g>");
}
