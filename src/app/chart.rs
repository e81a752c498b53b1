//! The comparison chart: one SVG panel per kind (or one at a time on narrow
//! screens), marks placed by [`crate::chart::layout`], a legend that toggles
//! series, a tooltip on hover, focus and tap, and Enter or click to open the
//! evidence. This file only draws; the geometry is computed in `crate::chart`.

use super::{ctx, format, table::claimant, url::choose, Text};
use crate::chart::{self, num as n, palette, Glyph, LayoutOptions, Mark, Panel};
use crate::figure::{Figure, Kind, Status};
use crate::view::{self, Display, Scale};
use leptos::{html, prelude::*};
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// Below this width the chart shows one kind at a time.
const NARROW: f64 = 560.0;
const PANEL_HEIGHT: f64 = 240.0;
const MUTED: &str = "#8a8a8a";

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
        s.push_str(&format!(" — {}", t.status(f.status)));
    }
    s
}

#[component]
pub fn ChartSection() -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let shown = c.shown;
    let t = super::text_of(ctx().view);

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
                if (w - width.get_untracked()).abs() >= 1.0 {
                    width.set(w);
                }
            }
        });
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&el);
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
                rtl: t().rtl(),
                kinds: panel_kinds(),
                series: series.get(),
            };
            Arc::new(shown.with(|s| chart::layout(&figures, s, &opts)))
        })
    };
    // The mark under the pointer or focus: (figure, x, y, panel).
    let hover = RwSignal::new(None::<(usize, f64, f64, usize)>);

    let legend = move || {
        let by = view.with(|v| v.by);
        let t = t();
        series
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, key)| {
                let every = series.get_untracked();
                let k = key.clone();
                let on = move || view.with(|v| v.sources.as_ref().is_none_or(|s| s.contains(&k)));
                let k = key.clone();
                let click = move |_| choose(view, |v| view::toggle(&mut v.sources, &k, &every));
                view! {
                    <li>
                        <button type="button" class="legend-item" aria-pressed=move || on().to_string() on:click=click>
                            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                                <path d=palette::shape_path(palette::series_shape(i), 8.0, 8.0, 6.0)
                                    fill=palette::series_color(i) stroke=palette::series_color(i)/>
                            </svg>
                            <span>{t.source_name(&key, by)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let kind_tabs = move || {
        let kinds: Vec<Kind> = view.with(|v| Kind::ALL.into_iter().filter(|k| v.kinds.contains(k)).collect());
        let current = panel_kinds();
        kinds
            .into_iter()
            .map(|k| {
                let pressed = current.contains(&k);
                view! {
                    <button type="button" class="tab" aria-pressed=pressed.to_string() on:click=move |_| active.set(Some(k))>
                        {t().kind(k)}
                    </button>
                }
            })
            .collect_view()
    };

    let panels = {
        let figures = figures.clone();
        move || {
            let chart = layout.get();
            let lang = t().lang;
            let t = t();
            let w = width.get();
            chart
                .panels
                .iter()
                .enumerate()
                .map(|(pi, p)| panel_view(pi, p, w, &figures, t, lang, view.with(|v| v.scale), hover))
                .collect_view()
        }
    };

    let tooltip = {
        let figures = figures.clone();
        move || {
            let (i, x, y, pi) = hover.get()?;
            let f = &figures[i];
            let t = t();
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
            <h2 id="chart-h">{move || t().chart_title()}</h2>
            <div class="legend" role="group" aria-label=move || t().legend()>
                <ul>{legend}</ul>
            </div>
            <Show when=narrow><div class="kind-tabs" role="group">{kind_tabs}</div></Show>
            <div class="chart-box" node_ref=container on:mouseleave=move |_| hover.set(None)>
                {panels}
                {tooltip}
            </div>
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="empty">{move || t().nothing_shown()}</p>
            </Show>
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
fn panel_view(
    pi: usize,
    p: &Panel,
    width: f64,
    figures: &Arc<Vec<Figure>>,
    t: Text,
    lang: crate::view::Lang,
    scale: Scale,
    hover: RwSignal<Option<(usize, f64, f64, usize)>>,
) -> impl IntoView {
    let view_sig = ctx().view;
    let r = p.plot;
    let title_id = format!("chart-title-{}", p.kind.as_str());
    let desc_id = format!("chart-desc-{}", p.kind.as_str());
    let labelled_by = format!("{title_id} {desc_id}");
    let (y_axis_x, anchor_y) = if t.rtl() { (r.x + r.width, "start") } else { (r.x, "end") };
    let label_dx = if t.rtl() { 6.0 } else { -6.0 };
    let y_ticks = p
        .y_ticks
        .iter()
        .map(|tk| {
            view! {
                <g class="tick">
                    <line x1=n(r.x) x2=n(r.x + r.width) y1=n(tk.pos) y2=n(tk.pos) class="grid"/>
                    <text x=n(y_axis_x + label_dx) y=n(tk.pos) dy="0.32em" text-anchor=anchor_y>{format::number(tk.value, lang)}</text>
                </g>
            }
        })
        .collect_view();
    let x_ticks = p
        .x_ticks
        .iter()
        .map(|tk| {
            view! {
                <g class="tick">
                    <line x1=n(tk.pos) x2=n(tk.pos) y1=n(r.y + r.height) y2=n(r.y + r.height + 4.0) class="axis"/>
                    <text x=n(tk.pos) y=n(r.y + r.height + 16.0) text-anchor="middle">{format::day_short(tk.value as i64, lang)}</text>
                </g>
            }
        })
        .collect_view();
    let undated = p.undated_x.map(|x| {
        view! { <text x=n(x) y=n(r.y + r.height + 16.0) text-anchor="middle" class="undated">{t.undated()}</text> }
    });
    let marks = p
        .marks
        .iter()
        .map(|m| {
            let f = &figures[m.figure];
            let key = view::figure_key(f);
            let label = describe(f, t);
            mark_view(m, key, label, pi, view_sig, hover)
        })
        .collect_view();
    let band_labels = chart::band_labels(&p.marks, figures)
        .into_iter()
        .map(|l| view! { <text class="band-label" x=n(l.x) y=n(l.y) text-anchor="middle" font-size="10">{t.vague_class(l.vague)}</text> })
        .collect_view();
    let scale_name = match scale {
        Scale::Log => t.scale_log(),
        Scale::Linear => t.scale_linear(),
    };
    view! {
        <svg class="panel" data-kind=p.kind.as_str() width=n(width) height=n(p.height) viewBox=format!("0 0 {} {}", n(width), n(p.height))
            role="img" aria-labelledby=labelled_by direction="ltr">
            <title id=title_id>{format!("{} — {} ({})", t.kind(p.kind), t.chart_title(), scale_name)}</title>
            <desc id=desc_id>{t.chart_desc()}</desc>
            <text class="panel-title" x=n(if t.rtl() { width - 4.0 } else { 4.0 }) y="20" text-anchor=if t.rtl() { "end" } else { "start" }
                font-weight="bold" fill="currentColor">{t.kind(p.kind)}</text>
            <g class="y-axis" fill="currentColor" font-size="11">{y_ticks}</g>
            <g class="x-axis" fill="currentColor" font-size="11">
                <line x1=n(r.x) x2=n(r.x + r.width) y1=n(r.y + r.height) y2=n(r.y + r.height) class="axis"/>
                {x_ticks}
                {undated}
            </g>
            <g class="marks">{marks}</g>
            <g class="band-labels" fill="currentColor">{band_labels}</g>
        </svg>
    }
}

fn mark_view(
    m: &Mark,
    key: String,
    label: String,
    pi: usize,
    view: RwSignal<crate::view::View>,
    hover: RwSignal<Option<(usize, f64, f64, usize)>>,
) -> impl IntoView {
    let color = if m.muted { MUTED } else { palette::series_color(m.series) };
    let shape = palette::series_shape(m.series);
    let (x, y) = (m.x, m.y);
    let hollow = m.muted || matches!(m.glyph, Glyph::About | Glyph::Vague);
    let fill = if hollow { "#fff" } else { color };
    let size = chart::MARK_SIZE + 1.0;
    let extent = match (m.y_lo, m.y_hi) {
        (Some(lo), Some(hi)) if m.glyph == Glyph::Vague => Some(view! {
            <rect class="band" x=n(x - 2.5) width="5" y=n(hi.min(lo)) height=n((lo - hi).abs().max(1.0)) rx="2.5" fill=color fill-opacity="0.3"/>
        }
        .into_any()),
        (Some(lo), Some(hi)) => Some(view! {
            <g stroke=color stroke-width="1.5">
                <line x1=n(x) x2=n(x) y1=n(lo) y2=n(hi)/>
                <line x1=n(x - 4.0) x2=n(x + 4.0) y1=n(lo) y2=n(lo)/>
                <line x1=n(x - 4.0) x2=n(x + 4.0) y1=n(hi) y2=n(hi)/>
            </g>
        }
        .into_any()),
        _ => None,
    };
    let month = match (m.x_lo, m.x_hi) {
        (Some(a), Some(b)) => Some(view! { <line x1=n(a) x2=n(b) y1=n(y + 9.0) y2=n(y + 9.0) stroke=color stroke-width="2" stroke-opacity="0.5"/> }),
        _ => None,
    };
    let arrow = match m.glyph {
        Glyph::AtLeast | Glyph::MoreThan => Some((-1.0, if m.glyph == Glyph::AtLeast { "≥" } else { ">" })),
        Glyph::AtMost => Some((1.0, "≤")),
        Glyph::About => Some((0.0, "~")),
        _ => None,
    }
    .map(|(dir, sign): (f64, &str)| {
        let tip = y + dir * 18.0;
        view! {
            <g class="bound">
                {(dir != 0.0).then(|| view! {
                    <g stroke=color stroke-width="1.5" fill="none">
                        <line x1=n(x) x2=n(x) y1=n(y + dir * (size + 1.0)) y2=n(tip)/>
                        <path d=format!("M{} {} L{} {} L{} {}", n(x - 3.5), n(tip - dir * 4.0), n(x), n(tip), n(x + 3.5), n(tip - dir * 4.0))/>
                    </g>
                })}
                <text x=n(x) y=n(if dir > 0.0 { tip + 11.0 } else if dir < 0.0 { tip - 3.0 } else { y - 8.0 })
                    text-anchor="middle" font-size="11" fill=color>{sign}</text>
            </g>
        }
    });
    let strike = m.muted.then(|| view! { <line x1=n(x - 9.0) x2=n(x + 9.0) y1=n(y) y2=n(y) stroke=MUTED stroke-width="2"/> });
    let fig = m.figure;
    let k_sel = key.clone();
    let selected = move || view.with(|v| v.selected.as_deref() == Some(k_sel.as_str()));
    let k_click = key.clone();
    let open = move || {
        let k = k_click.clone();
        choose(view, move |v| v.selected = Some(k));
    };
    let open2 = open.clone();
    view! {
        <g class="mark" class:muted=m.muted class:selected=selected tabindex="0" role="button"
            data-fig=key data-glyph=glyph_name(m.glyph)
            aria-label=label
            on:mouseenter=move |_| hover.set(Some((fig, x, y, pi)))
            on:focus=move |_| hover.set(Some((fig, x, y, pi)))
            on:blur=move |_| hover.set(None)
            on:click=move |_| open()
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    open2();
                }
            }>
            {extent}
            {month}
            {arrow}
            <path class="glyph" class:hollow=hollow d=palette::shape_path(shape, x, y, size) fill=fill stroke=color stroke-width="1.6"/>
            {strike}
            <circle class="hit" cx=n(x) cy=n(y) r=n(chart::DODGE / 2.0) fill="transparent"/>
        </g>
    }
}
