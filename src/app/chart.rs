//! The comparison chart: one SVG panel per kind (or one at a time on narrow
//! screens), marks placed by [`crate::chart::layout`], a legend that toggles
//! series, a tooltip on hover, focus and tap, and Enter or click to open the
//! evidence. This file only draws; the geometry is computed in `crate::chart`.
//!
//! The inside of each panel (axes, marks, labels) is described by
//! [`crate::chart::scene`] and written by the one SVG writer
//! ([`crate::chart::svg`], the same that writes the downloads), then set with
//! `inner_html`: much less wasm than a view per mark. The marks' events are
//! handled once, on the chart box, by finding the `g.mark` the event came from.
//! [`Text`] gives the scene its words ([`scene::Words`], in `crate::i18n::words`).

use super::format::{self, push_esc};
use super::{ctx, dom, url::choose, Text};
use crate::chart::scene::{self, Scene};
use crate::chart::{self, num as n, palette, svg, LayoutOptions};
use crate::figure::{Figure, Kind, Status};
use crate::html::{push_el, push_open};
use crate::page::first_paint::{panel_height, NARROW};
use crate::page::legend;
use crate::view::{self, Display, View};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, Event, KeyboardEvent, Node};

thread_local! {
    /// The observer of the chart's width; replaced when the chart is drawn anew
    /// (after a language switch), so an old chart is not followed any more.
    static RESIZE: RefCell<Option<web_sys::ResizeObserver>> = const { RefCell::new(None) };
    /// The chart's last known width, kept when the chart is drawn anew (new
    /// data, another language), so it is drawn once at the right width rather
    /// than at a guess and again once measured.
    static WIDTH: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
    /// The static first paint, out of the page, until the page's first chart
    /// is drawn (then dropped): its dense panels are taken over ([`adopt`]).
    static FIRST_PAINT: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Keeps the static first paint (taken out of the page as the page's own is
/// built) for the page's first chart to take its dense panels from.
pub fn keep_first_paint(el: Element) {
    FIRST_PAINT.with(|p| *p.borrow_mut() = Some(el));
}

/// Takes the width of the static first paint's chart (the layout its media
/// queries show) as the chart's width, before the page is built: the live
/// chart is then drawn at once at that width, where measuring its own new box
/// would force a layout of the static paint and the new page together (17 ms
/// of the first chart at 500 articles). The resize observer corrects it if the
/// live box differs.
pub fn width_from_first_paint() {
    let Ok(list) = document().query_selector_all(&format!("#{} .chart-box", crate::page::first_paint::ID)) else { return };
    let w = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).map(|e| f64::from(e.client_width())).fold(0.0, f64::max);
    if w > 0.0 && WIDTH.with(std::cell::Cell::get).is_none() {
        WIDTH.with(|c| c.set(Some(w.max(280.0))));
    }
}

/// Arrow keys move the focus between the marks of one panel, by where they
/// are drawn: Left and Right to the next mark on that side (so in Arabic,
/// where time runs right to left, Right goes back in time), Home and End to
/// the first and last in time. Whether the key was used.
fn step(ev: &web_sys::KeyboardEvent, rtl: bool) -> bool {
    let key = ev.key();
    let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return false };
    let Some(mark) = el.closest("g.mark[tabindex]").ok().flatten() else { return false };
    let Some(svg) = mark.closest("svg").ok().flatten() else { return false };
    let Ok(list) = svg.query_selector_all("g.mark[tabindex]") else { return false };
    let centre = |e: &web_sys::Element| {
        let r = e.query_selector(".glyph").ok().flatten().unwrap_or_else(|| e.clone()).get_bounding_client_rect();
        (r.x() + r.width() / 2.0, r.y() + r.height() / 2.0)
    };
    let marks: Vec<(f64, f64, web_sys::Element)> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|e| {
            let (x, y) = centre(&e);
            (x, y, e)
        })
        .collect();
    let order = crate::sort::order(marks.len(), &|a, b| marks[a].0.total_cmp(&marks[b].0).then(marks[a].1.total_cmp(&marks[b].1)));
    let marks = crate::sort::apply(&marks, &order);
    let Some(at) = marks.iter().position(|m| m.2 == mark) else { return false };
    let last = marks.len() - 1;
    let to = match key.as_str() {
        "ArrowRight" => (at + 1).min(last),
        "ArrowLeft" => at.saturating_sub(1),
        "Home" => if rtl { last } else { 0 },
        "End" => if rtl { 0 } else { last },
        _ => return false,
    };
    if let Some(target) = marks[to].2.dyn_ref::<web_sys::SvgElement>() {
        let _ = target.focus();
    }
    true
}

/// The figure key of the mark an event came from, if any.
fn mark_key(ev: &web_sys::Event) -> Option<String> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    el.closest("g.mark").ok()??.get_attribute("data-fig")
}

/// Moves the cursor of a dense panel (see [`scene::cursor`]) onto mark `i`
/// of panel `p`: its figure, series, label and ring follow.
fn move_cursor(svg: &web_sys::Element, p: &chart::Panel, i: usize, figures: &[Figure], t: Text) -> Option<()> {
    let m = p.marks.get(i)?;
    let cursor = svg.query_selector("g.cursor").ok()??;
    let _ = cursor.remove_attribute("data-also");
    for (name, value) in scene::mark_attrs(m, figures) {
        let _ = cursor.set_attribute(name, &value);
    }
    let _ = cursor.set_attribute("aria-label", &scene::mark_label(m, figures, &t));
    let hit = cursor.query_selector(".hit").ok()??;
    let _ = hit.set_attribute("cx", &n(m.x));
    let _ = hit.set_attribute("cy", &n(m.y));
    Some(())
}

/// The dense panel an event happened in: its element and its kind.
fn dense_panel(ev: &web_sys::Event) -> Option<(web_sys::Element, String)> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let svg = el.closest("svg.panel.dense").ok()??;
    let kind = svg.get_attribute("data-kind")?;
    Some((svg, kind))
}

/// The chart's section: its frame is made here, its insides by the effects
/// that follow the view.
pub fn chart_section(t: Text) -> Element {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let shown = c.shown;

    // The frame: the heading (the set's title, an h1, is the visible title; this
    // one is for the outline), the legend (placed below), the kind tabs, the box
    // of panels and tooltip, the note for an empty view.
    let mut heading = String::from(r#"<h2 id="chart-h" class="visually-hidden">"#);
    push_esc(&mut heading, t.chart_title());
    heading.push_str("</h2>");
    let section = dom::el("section", &[("id", "chart"), ("class", "chart-section"), ("aria-labelledby", "chart-h"), ("tabindex", "-1")], &heading);
    let tabs_box = dom::el("div", &[("class", "tabs-wrap")], "");
    let container = dom::el("div", &[("class", "chart-box")], "");
    let panels_box = dom::el("div", &[("class", "panels")], "");
    let tooltip_box = dom::el("div", &[("class", "tooltip-wrap")], "");
    let _ = container.append_child(&panels_box);
    let _ = container.append_child(&tooltip_box);
    let mut note = String::new();
    push_esc(&mut note, t.nothing_shown());
    let empty = dom::el("p", &[("class", "empty"), ("hidden", "")], &note);

    // The width the chart gets, followed as the page resizes.
    // Until it is measured (the page's first chart), no panel is drawn.
    let measured = RwSignal::new(WIDTH.with(std::cell::Cell::get));
    let width = move || measured.get().unwrap_or(720.0);
    let el = container.clone();
    dom::effect(move || {
        if measured.get_untracked().is_none() {
            let w = f64::from(el.client_width()).max(280.0);
            WIDTH.with(|c| c.set(Some(w)));
            measured.set(Some(w));
        }
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let w = e.content_rect().width().floor().max(280.0);
                if measured.try_get_untracked().is_some_and(|old| old.is_none_or(|old| (w - old).abs() >= 1.0)) {
                    WIDTH.with(|c| c.set(Some(w)));
                    measured.set(Some(w));
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

    // Every source (the legend toggles among them), and those with a colour of their own.
    // (each from only the parts of the view it reads, so that another filter's
    // change does not recount the sources or draw the legend again)
    let by = Memo::new(move |_| view.with(|v| v.by));
    let picked = Memo::new(move |_| view.with(|v| v.sources.clone()));
    let all_sources = {
        let figures = figures.clone();
        Memo::new(move |_| view::sources(&figures, by.get()))
    };
    let series = {
        let figures = figures.clone();
        Memo::new(move |_| picked.with(|p| view::top_sources(&figures, by.get(), p.as_ref(), palette::MAX_SERIES)))
    };
    // The figures the time axis spans: the shown ones of every kind (unchanged
    // when a kind is switched off or on, so the other panels are kept).
    let axis = {
        let figures = figures.clone();
        Memo::new(move |_| view.with(|v| view::axis_figures(&figures, v)))
    };
    let narrow = move || width() < NARROW;
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
                width: width(),
                panel_height: panel_height(width()),
                scale,
                by,
                rtl: t.rtl(),
                kinds: panel_kinds(),
                series: series.get(),
                focus: view.with(|v| v.date_range() == (None, None)),
                axis: Some(axis.get()),
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

    // Dense panels: the pointer brings the cursor to the nearest mark within
    // reach; the arrow keys step it along the marks (see `step` for the others).
    let near = {
        let figures = figures.clone();
        move |ev: &web_sys::MouseEvent| -> bool {
            let Some((svg, kind)) = dense_panel(ev) else { return false };
            let r = svg.get_bounding_client_rect();
            let (x, y) = (f64::from(ev.client_x()) - r.left(), f64::from(ev.client_y()) - r.top());
            let found = layout.with_untracked(|c| {
                let (pi, p) = c.panels.iter().enumerate().find(|(_, p)| p.kind.as_str() == kind)?;
                let (i, d2) = p
                    .marks
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (i, (m.x - x).powi(2) + (m.y - y).powi(2)))
                    .min_by(|a, b| a.1.total_cmp(&b.1))?;
                if d2 > chart::marks::DODGE * chart::marks::DODGE {
                    return None;
                }
                move_cursor(&svg, p, i, &figures, t)?;
                let m = &p.marks[i];
                Some((m.figure, m.x, m.y, pi))
            });
            if found.is_some() && hover.get_untracked() != found {
                hover.set(found);
            }
            found.is_some()
        }
    };
    let near2 = near.clone();
    let dense_step = {
        let figures = figures.clone();
        move |ev: &web_sys::KeyboardEvent| -> bool {
            let Some((svg, kind)) = dense_panel(ev) else { return false };
            let Some(key) = svg.query_selector("g.cursor").ok().flatten().and_then(|c| c.get_attribute("data-fig")) else { return false };
            let rtl = t.rtl();
            let found = layout.with_untracked(|c| {
                let (pi, p) = c.panels.iter().enumerate().find(|(_, p)| p.kind.as_str() == kind)?;
                let order = scene::step_order(p);
                let at = order.iter().position(|&i| view::figure_key(&figures[p.marks[i].figure]) == key)?;
                let last = order.len().checked_sub(1)?;
                let to = match ev.key().as_str() {
                    "ArrowRight" => (at + 1).min(last),
                    "ArrowLeft" => at.saturating_sub(1),
                    "Home" => if rtl { last } else { 0 },
                    "End" => if rtl { 0 } else { last },
                    _ => return None,
                };
                move_cursor(&svg, p, order[to], &figures, t)?;
                let m = &p.marks[order[to]];
                Some((m.figure, m.x, m.y, pi))
            });
            if found.is_some() {
                hover.set(found);
            }
            found.is_some()
        }
    };

    // The legend's items, written by the static first paint's writer too; written anew
    // when the sources or their colours change, its buttons' pressed state follows the
    // picked sources in place (so a toggle keeps the focus on its button).
    let legend_items = move || {
        let (by, every, coloured) = (by.get(), all_sources.get(), series.get());
        let mut s = String::with_capacity(2048);
        picked.with_untracked(|p| legend::push_items(&mut s, t, &coloured, every.len().saturating_sub(coloured.len()), p.as_ref(), by));
        s
    };
    // A legend button shows or hides its source.
    let legend_click = move |ev: Event| {
        let item = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("li[data-series] > button").ok().flatten());
        let index = item.and_then(|b| b.parent_element()).and_then(|li| li.get_attribute("data-series")).and_then(|i| i.parse::<usize>().ok());
        if let Some(key) = index.and_then(|i| series.with_untracked(|c| c.get(i).cloned())) {
            let every = all_sources.get_untracked();
            choose(view, |v| view::toggle(&mut v.sources, &key, &every));
        }
    };

    // The legend is one Tab stop; arrows move along it (mirrored right to left).
    let legend_keys = move |ev: Event| {
        let ev: &KeyboardEvent = ev.unchecked_ref();
        let forward = match ev.key().as_str() {
            "ArrowRight" => !t.rtl(),
            "ArrowLeft" => t.rtl(),
            _ => return,
        };
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let (Some(current), Some(ul)) = (el.closest("button").ok().flatten(), el.closest("ul").ok().flatten()) else { return };
        let Ok(list) = ul.query_selector_all("button") else { return };
        let items: Vec<web_sys::HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
        let Some(at) = items.iter().position(|b| **b == current) else { return };
        let n = items.len();
        let _ = items[if forward { (at + 1) % n } else { (at + n - 1) % n }].focus();
        ev.prevent_default();
    };
    // Above the chart on wide screens; below it on narrow ones, where the
    // chart must start high (and the first mark stays within a few Tabs).
    let narrow_now = Memo::new(move |_| narrow());
    let legend_box = move || -> Vec<Node> {
        let div = dom::el("div", &[("class", "legend"), ("role", "group"), ("aria-label", t.legend())], "<ul></ul>");
        let Some(ul) = div.first_element_child() else { return Vec::new() };
        dom::on(&div, "keydown", legend_keys);
        dom::on(&div, "click", legend_click);
        let list = ul.clone();
        dom::bind(move || list.set_inner_html(&legend_items()));
        // (when only the picked sources change, the buttons' state is set in place)
        dom::effect(move || {
            picked.with(|p| {
                series.with(|coloured| {
                    for (i, key) in coloured.iter().enumerate() {
                        if let Ok(Some(b)) = ul.query_selector(&format!("li[data-series=\"{i}\"] > button")) {
                            let _ = b.set_attribute("aria-pressed", if legend::pressed(p.as_ref(), key) { "true" } else { "false" });
                        }
                    }
                })
            });
        });
        vec![div.into()]
    };

    // The kind tabs (narrow screens only), written by the static paint's writer;
    // when only the pressed tab changes, its state is set in place (the focus stays).
    let el = tabs_box.clone();
    dom::effect(move || {
        if !narrow() {
            el.set_inner_html("");
            return;
        }
        let kinds: Vec<Kind> = view.with(|v| Kind::ALL.into_iter().filter(|k| v.kinds.contains(k)).collect());
        let pressed = panel_kinds().first().copied();
        let list = kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",");
        if el.get_attribute("data-kinds").as_deref() != Some(list.as_str()) || el.child_element_count() == 0 {
            let mut s = String::new();
            crate::page::tabs::push(&mut s, t, &kinds, pressed, crate::page::Mode::Live);
            el.set_inner_html(&s);
            let _ = el.set_attribute("data-kinds", &list);
        } else if let Ok(tabs) = el.query_selector_all("button.tab") {
            for i in 0..tabs.length() {
                let Some(b) = tabs.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
                let on = b.get_attribute("data-kind").as_deref() == pressed.map(Kind::as_str);
                let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        }
    });
    dom::on(&tabs_box, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(k) = el.closest("button.tab").ok().flatten().and_then(|b| b.get_attribute("data-kind")).and_then(|k| Kind::parse(&k)) {
            active.set(Some(k));
        }
    });

    // The panels, each an SVG element kept between drawings: a panel
    // whose layout, width and selected mark did not change is left as it is
    // (no new markup for the browser to parse, style and lay out), e.g. the
    // other panels when one kind is switched off, or that kind's own panel
    // when it is switched on again.
    {
        let figures = figures.clone();
        let el = panels_box.clone();
        // What each panel element shows: its layout, width and selected figure
        // (the panels in the page first, then those set aside).
        type Drawn = (chart::Panel, f64, Option<String>, web_sys::Element);
        let drawn: std::rc::Rc<RefCell<Vec<Drawn>>> = Default::default();
        dom::effect(move || {
            if measured.get().is_none() {
                return;
            }
            let chart = layout.get();
            let w = width();
            let selected = view.with(|v| v.selected.clone());
            let mut old = std::mem::take(&mut *drawn.borrow_mut());
            let mut now: Vec<Drawn> = Vec::with_capacity(chart.panels.len());
            for p in &chart.panels {
                // The selected figure matters to a panel only if it is drawn there.
                let here = selected.clone().filter(|k| {
                    p.marks.iter().any(|m| {
                        std::iter::once(m.figure).chain(m.also.iter().copied()).any(|f| figures.get(f).is_some_and(|f| view::figure_key(f) == *k))
                    })
                });
                let kept = old.iter().position(|d| d.0.kind == p.kind).map(|i| old.swap_remove(i));
                if let Some(d) = kept.as_ref().filter(|d| d.0 == *p && d.1 == w && d.2 == here) {
                    now.push(d.clone());
                    continue;
                }
                if kept.is_none() {
                    if let Some(svg_el) = adopt(p, w, &figures, t, here.as_deref()) {
                        now.push((p.clone(), w, here, svg_el));
                        continue;
                    }
                }
                let svg_el = match kept {
                    Some(d) => d.3,
                    None => match document().create_element_ns(Some("http://www.w3.org/2000/svg"), "svg") {
                        Ok(k) => k,
                        Err(_) => continue,
                    },
                };
                panel_attrs(&svg_el, p, w);
                svg_el.set_inner_html(&svg::nodes(&scene::panel(p, w, &figures, &t, here.as_deref(), true), &svg::PAGE));
                now.push((p.clone(), w, here, svg_el));
            }
            // Panels no longer shown leave the page but are kept aside, so a kind
            // switched back on comes back without being drawn again; the others
            // stand in order (moving an element does not parse it again).
            let shown = now.len();
            let kids = el.children();
            for i in (0..kids.length()).rev() {
                if let Some(k) = kids.item(i) {
                    if !now.iter().any(|d| d.3 == k) {
                        k.remove();
                    }
                }
            }
            now.append(&mut old);
            for (i, d) in now[..shown].iter().enumerate() {
                if kids.item(i as u32).as_ref() != Some(&d.3) {
                    let _ = el.insert_before(&d.3, kids.item(i as u32).as_ref().map(|k| k.as_ref()));
                }
            }
            *drawn.borrow_mut() = now;
            FIRST_PAINT.with(|p| p.borrow_mut().take());
        });
    }

    // The tooltip of the mark under the pointer or focus, as markup.
    {
        let figures = figures.clone();
        let el = tooltip_box.clone();
        dom::effect(move || {
            let now = hover.get();
            let markup = now.map(|(i, x, y, pi)| {
                let top = layout.with(|c| c.panels.iter().take(pi).map(|p| p.height).sum::<f64>()) + y;
                tooltip_html(t, &figures[i], x, top, x > width() * 0.6)
            });
            el.set_inner_html(markup.as_deref().unwrap_or(""));
        });
    }
    // The note when the view shows nothing.
    let p = empty.clone();
    dom::effect(move || {
        let none = shown.with(Vec::is_empty);
        let _ = p.toggle_attribute_with_force("hidden", !none);
    });

    // The source under the pointer or focus (a mark, a line or a legend entry): the
    // others fade (style/app.css, `[data-hl]`).
    let highlight = RwSignal::new(None::<String>);
    let over = move |ev: &web_sys::Event| {
        let s = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-series]").ok().flatten())
            .and_then(|e| e.get_attribute("data-series"));
        if highlight.get_untracked() != s {
            highlight.set(s);
        }
    };
    let over2 = over;
    {
        let el = section.clone();
        dom::bind(move || {
            let _ = match highlight.get() {
                Some(h) => el.set_attribute("data-hl", &h),
                None => el.remove_attribute("data-hl"),
            };
        });
        let el = section.clone();
        dom::bind(move || {
            let _ = el.class_list().toggle_with_force("hidden", view.with(|v| v.display == Display::Table && !v.embed));
        });
    }
    dom::on(&section, "mouseover", move |ev| over(&ev));
    dom::on(&section, "focusin", move |ev| over2(&ev));
    dom::on(&section, "mouseleave", move |_| highlight.set(None));
    dom::on(&section, "focusout", move |_| highlight.set(None));

    let el = container.clone();
    dom::bind(move || {
        let marks = measured.get().map(|_| layout.with(|c| c.panels.iter().map(|p| p.marks.len()).sum::<usize>().to_string()));
        let _ = match marks {
            Some(m) => el.set_attribute("data-marks", &m),
            None => el.remove_attribute("data-marks"),
        };
    });
    dom::on(&container, "mouseleave", move |_| hover.set(None));
    dom::on(&container, "mouseover", move |ev| point(&ev));
    dom::on(&container, "focusin", move |ev| point2(&ev));
    dom::on(&container, "focusout", move |ev| {
        if mark_key(&ev).is_some() {
            hover.set(None);
        }
    });
    dom::on(&container, "click", move |ev| {
        // In a dense panel, a click near a mark (not on the cursor's
        // ring) opens the mark the cursor was brought to.
        if !open(&ev) && near2(ev.unchecked_ref()) {
            if let Some(k) = dense_panel(&ev)
                .and_then(|(svg, _)| svg.query_selector("g.cursor").ok().flatten())
                .and_then(|c| c.get_attribute("data-fig"))
            {
                choose(view, move |v| v.selected = Some(k));
            }
        }
    });
    dom::on(&container, "mousemove", move |ev| {
        near(ev.unchecked_ref());
    });
    dom::on(&container, "keydown", move |ev| {
        let ev: &KeyboardEvent = ev.unchecked_ref();
        if ((ev.key() == "Enter" || ev.key() == " ") && open(ev)) || dense_step(ev) || step(ev, t.rtl()) {
            ev.prevent_default();
        }
    });

    // Above the chart on wide screens; below it on narrow ones.
    dom::part(&section, move || if narrow_now.get() { Vec::new() } else { legend_box() });
    let _ = section.append_child(&tabs_box);
    let _ = section.append_child(&container);
    dom::part(&section, move || if narrow_now.get() { legend_box() } else { Vec::new() });
    let _ = section.append_child(&empty);
    section
}

/// Sets the page's attributes of the `<svg>` of panel `p`, drawn `w` px wide.
fn panel_attrs(svg_el: &Element, p: &chart::Panel, w: f64) {
    let kind = p.kind.as_str();
    let attrs = [
        ("class", if p.marks.len() > scene::DENSE { "panel dense".to_owned() } else { "panel".to_owned() }),
        ("data-kind", kind.to_owned()),
        ("width", n(w)),
        ("height", n(p.height)),
        ("viewBox", format!("0 0 {} {}", n(w), n(p.height))),
        ("role", "group".to_owned()),
        ("aria-labelledby", format!("chart-title-{kind} chart-desc-{kind}")),
        ("direction", "ltr".to_owned()),
    ];
    for (name, value) in attrs {
        let _ = svg_el.set_attribute(name, &value);
    }
}

/// The static first paint's `<svg>` of dense panel `p`, made the page's own,
/// when the paint drew the same panel (the same [`scene::key`]: the same
/// layout, width and language): the page then does not write and parse its
/// thousands of marks again (at 500 articles, 30 to 50 ms of the 100 to 180
/// the page's own first chart took). What the page adds to a panel the paint drew
/// (`scene::panel`, interactive) goes in: its title and description and the
/// marks' cursor. A panel of few marks, whose every mark becomes a button, is
/// drawn anew.
fn adopt(p: &chart::Panel, w: f64, figures: &[Figure], t: Text, selected: Option<&str>) -> Option<Element> {
    if p.marks.len() <= scene::DENSE || FIRST_PAINT.with(|f| f.borrow().is_none()) {
        return None;
    }
    let key = scene::key(p, w, t.lang_tag(), figures);
    let found = FIRST_PAINT.with(|p| p.borrow().as_ref()?.query_selector(&format!("svg.panel[data-key=\"{key}\"]")).ok()?)?;
    panel_attrs(&found, p, w);
    for name in ["aria-label", "data-key"] {
        let _ = found.remove_attribute(name);
    }
    found.insert_adjacent_html("afterbegin", &svg::nodes(&scene::panel_head(p, &t), &svg::PAGE)).ok()?;
    if let Some(cursor) = scene::cursor(p, figures, &t, selected) {
        found.query_selector("g.marks").ok()??.insert_adjacent_html("afterend", &svg::nodes(&[cursor], &svg::PAGE)).ok()?;
    }
    Some(found)
}

/// The tooltip of figure `f` at (`x`, `top`) in the chart box, to the mark's
/// left when `flip` (near the far edge), as markup (every text escaped).
fn tooltip_html(t: Text, f: &Figure, x: f64, top: f64, flip: bool) -> String {
    let mut s = String::with_capacity(512);
    push_open(
        &mut s,
        "div",
        &[("class", if flip { "tooltip flip" } else { "tooltip" }), ("role", "status"), ("style", &format!("left:{}px;top:{}px", n(x), n(top)))],
    );
    push_el(&mut s, "strong", &[], &format!("{} {}", format::quantity(f, t.lang), t.kind(f.kind)));
    push_el(&mut s, "span", &[], t.victims(f.victims));
    push_el(&mut s, "span", &[], &t.claimant(f));
    push_el(&mut s, "span", &[], &format::reported(f.reported.as_deref(), t.lang));
    push_el(&mut s, "span", &[("lang", "ar"), ("dir", "rtl")], &format!("«{}»", f.phrase));
    push_el(&mut s, "span", &[("class", "article-line")], &t.source_name(&f.article, view::GroupBy::Article));
    if f.status != Status::Asserted {
        push_el(&mut s, "em", &[], t.status(f.status));
    }
    s.push_str("</div>");
    s
}

/// The chart of view `v` (its shown figures `shown`) as a standalone picture
/// `width` px wide (all its kinds, whatever the page's width), for the
/// downloads; `today` is the day number of the export.
pub fn picture(t: Text, figures: &[Figure], v: &View, shown: &[usize], width: f64, today: i64) -> Option<Scene> {
    let c = crate::page::first_paint::chart_layout(figures, shown, v, width, None);
    let names: Vec<String> = c.panels.first()?.series.iter().map(|k| t.source_name(k, v.by)).collect();
    Some(scene::picture(&c, figures, &names, &t, today))
}
