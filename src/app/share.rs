//! Passing the view on: the link, the embed code, the figures shown (CSV and
//! JSON) and the chart (SVG and PNG), all made in the browser. Also the
//! embedded mode (`?embed=1`), which posts its height to the host page.

use super::format::{self, push_attr, push_esc};
use super::{chart, ctx, dom, Text};
use crate::chart::svg;
use crate::export;
use crate::figure::Figure;
use crate::view::View;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// The page's address without query or fragment.
fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split(['?', '#']).next().unwrap_or_default().to_owned()
}

/// The address of a view.
pub fn link(v: &View) -> String {
    format!("{}{}", base_url(), v.to_query())
}

/// The `<iframe>` snippet, with a small script that resizes it to its content.
pub fn embed_code(v: &View, title: &str) -> String {
    let mut attrs = String::new();
    push_attr(&mut attrs, "src", &link(&View { embed: true, selected: None, ..v.clone() }));
    push_attr(&mut attrs, "title", title);
    format!(
        "<iframe{attrs} width=\"100%\" height=\"640\" style=\"border:0;width:100%;max-width:100%\" loading=\"lazy\"></iframe>\n\
<script>(function(){{var f=document.currentScript.previousElementSibling;window.addEventListener(\"message\",function(e){{\
if(e.source!==f.contentWindow||!e.data||e.data.type!==\"tally:height\")return;var h=Number(e.data.height);\
if(h>0&&h<20000)f.style.height=Math.ceil(h)+\"px\"}})}})();</script>"
    )
}

/// Offers `content` as a file download.
pub fn download(name: &str, mime: &str, content: &JsValue) {
    let parts = js_sys::Array::of1(content);
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    download_blob(name, &blob);
}

fn download_blob(name: &str, blob: &Blob) {
    let Ok(url) = Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        let _ = document().body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    let _ = Url::revoke_object_url(&url);
}

/// The chart of the view as one standalone SVG document, and its size: built
/// from the chart's scene (not from the page's DOM) by the one SVG writer,
/// with a title, legend, axis labels, note, source line and the date of the
/// export, in the page's language and direction, every colour concrete. As
/// wide as the chart on the page (at least 560 px, so every kind has its panel).
pub fn chart_svg(t: Text, figures: &[Figure], v: &View, shown: &[usize]) -> Option<(String, f64, f64)> {
    let width = document()
        .query_selector("#chart .chart-box")
        .ok()
        .flatten()
        .map(|e| f64::from(e.client_width()))
        .filter(|w| *w > 0.0)
        .unwrap_or(720.0)
        .max(560.0);
    let today = (js_sys::Date::now() / 86_400_000.0).floor() as i64;
    let scene = chart::picture(t, figures, v, shown, width, today)?;
    let doc = svg::document(&scene, &svg::PRINT, t.lang_tag());
    Some((doc, scene.width.ceil(), scene.height.ceil()))
}

/// The PNG is drawn at this many pixels per CSS pixel of the picture.
const PNG_SCALE: f64 = 2.0;

/// Draws the chart's SVG on a canvas and offers it as a PNG.
fn download_png(svg: String, w: f64, h: f64) {
    let opts = BlobPropertyBag::new();
    opts.set_type("image/svg+xml");
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&svg.into()), &opts) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    let Ok(img) = web_sys::HtmlImageElement::new() else { return };
    let scale = PNG_SCALE;
    let img2 = img.clone();
    let url2 = url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url2);
        let Ok(Some(canvas)) = document().create_element("canvas").map(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else { return };
        canvas.set_width((w * scale) as u32);
        canvas.set_height((h * scale) as u32);
        let Ok(Some(cx)) = canvas.get_context("2d") else { return };
        let cx: web_sys::CanvasRenderingContext2d = cx.unchecked_into();
        let _ = cx.scale(scale, scale);
        let _ = cx.draw_image_with_html_image_element(&img2, 0.0, 0.0);
        let done = Closure::once_into_js(move |blob: Option<Blob>| {
            if let Some(b) = blob {
                download_blob("tally-chart.png", &b);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
}

/// Copies `text`; when the clipboard is not allowed, says so in `status`
/// (the text stays selectable in its field).
fn copy(text: String, status: Option<web_sys::Element>, t: Text) {
    let Some(status) = status else { return };
    let promise = window().navigator().clipboard().write_text(&text);
    let done = status.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done.set_text_content(Some(t.copied())));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| status.set_text_content(Some(t.copy_manually())));
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// The section's markup (its values are set by the effect in [`Share`]).
fn share_html(t: Text) -> String {
    let mut s = String::from(r#"<h2 id="share-h">"#);
    push_esc(&mut s, t.share());
    s.push_str(r#"</h2><div class="share-row"><label for="share-link">"#);
    push_esc(&mut s, t.copy_link());
    s.push_str(r#"</label><input id="share-link" type="text" readonly><button type="button" id="copy-link">"#);
    push_esc(&mut s, t.copy_link());
    s.push_str(r#"</button><span class="copy-status" role="status"></span></div><div class="share-row"><label for="embed-code">"#);
    push_esc(&mut s, t.copy_embed());
    s.push_str(r#"</label><textarea id="embed-code" readonly rows="3"></textarea><button type="button" id="copy-embed">"#);
    push_esc(&mut s, t.copy_embed());
    s.push_str(r#"</button><span class="copy-status" role="status"></span></div><div class="share-row downloads"><span>"#);
    push_esc(&mut s, t.download());
    s.push_str(r#":</span><button type="button" id="download-csv">CSV</button><button type="button" id="download-json">JSON</button><button type="button" id="download-svg">SVG</button><button type="button" id="download-png">PNG</button></div><p class="cite"><strong>"#);
    push_esc(&mut s, t.cite());
    s.push_str(r#": </strong><span id="cite-line"></span></p>"#);
    s
}

pub fn share(t: Text) -> web_sys::Element {
    let c = ctx();
    let view = c.view;
    let shown = c.shown;
    let figures = c.figures.clone();
    let section = dom::el("section", &[("id", "share"), ("class", "share"), ("aria-labelledby", "share-h")], &share_html(t));
    let find = {
        let root = section.clone();
        move |sel: &str| -> Option<web_sys::Element> { root.query_selector(sel).ok().flatten() }
    };
    // The link, the embed code and the citation follow the view.
    dom::effect(move || {
        let v = view.get();
        let href = link(&v);
        if let Some(i) = find("#share-link").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            i.set_value(&href);
        }
        if let Some(a) = find("#embed-code").and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
            a.set_value(&embed_code(&v, t.chart_title()));
        }
        let today = js_sys::Date::new_0();
        let day = format::day_short((today.get_time() / 86_400_000.0).floor() as i64, v.lang);
        let cite = format!("Tally, “{}”, {} {}, {}", t.chart_title(), day, today.get_utc_full_year(), href);
        if let Some(e) = find("#cite-line") {
            e.set_text_content(Some(&cite));
        }
    });
    dom::on(&section, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let shown_figs = || shown.get_untracked().into_iter().map(|i| figures[i].clone()).collect::<Vec<_>>();
        match el.id().as_str() {
            "copy-link" => copy(link(&view.get_untracked()), el.next_element_sibling(), t),
            "copy-embed" => copy(embed_code(&view.get_untracked(), t.chart_title()), el.next_element_sibling(), t),
            "download-csv" => download("tally-figures.csv", "text/csv;charset=utf-8", &export::csv(&shown_figs()).into()),
            "download-json" => download("tally-figures.json", "application/json", &export::json_array(&shown_figs()).into()),
            "download-svg" | "download-png" => {
                let picture = shown.with_untracked(|s| view.with_untracked(|v| chart_svg(t, &figures, v, s)));
                match picture {
                    Some((s, _, _)) if el.id() == "download-svg" => download("tally-chart.svg", "image/svg+xml;charset=utf-8", &s.into()),
                    Some((s, w, h)) => download_png(s, w, h),
                    None => {}
                }
            }
            _ => {}
        }
    });
    dom::on(&section, "focusin", |ev| select_all(&ev));
    section
}

fn select_all(ev: &web_sys::Event) {
    if let Some(el) = ev.target() {
        if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            i.select();
        } else if let Some(a) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            a.select();
        }
    }
}

/// Posts the page's height to the host page whenever it changes, so an
/// embedding iframe can fit its content. Sends only a number; listens to nothing.
pub fn post_height() {
    let Ok(Some(parent)) = window().parent() else { return };
    if parent == window() {
        return;
    }
    let send = move || {
        // The content's own height: the root's scrollHeight never drops below
        // the iframe's height, so an iframe sized by it could grow but never shrink.
        let h = document().body().map_or(0.0, |b| b.get_bounding_client_rect().height().ceil()) as u32;
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"tally:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(h));
        let _ = parent.post_message(&msg, "*");
    };
    send();
    let cb = Closure::<dyn Fn()>::new(send);
    if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        if let Some(body) = document().body() {
            obs.observe(&body);
        }
    }
    cb.forget();
}

/// The embedded page: the chart with its title, legend and source line, and a
/// link to the full view; no other chrome.
pub fn embedded(t: Text) -> web_sys::Element {
    let view = ctx().view;
    dom::effect(post_height);
    // A finished graphic: the set's title, then what the chart shows (once:
    // the chart's own heading is for screen readers only).
    let set_title = ctx().data.set.title(t.lang == crate::view::Lang::En).map(str::to_string);
    let mut s = String::from(r#"<h1 class="embed-title">"#);
    push_esc(&mut s, set_title.as_deref().unwrap_or(t.chart_title()));
    s.push_str("</h1>");
    if set_title.is_some() {
        s.push_str(r#"<p class="embed-sub">"#);
        push_esc(&mut s, t.chart_title());
        s.push_str("</p>");
    }
    let main = dom::el("main", &[("id", "main"), ("class", "embedded")], &s);
    let _ = main.append_child(&chart::chart_section(t));
    let mut line = String::new();
    push_esc(&mut line, t.source_line());
    line.push_str(r#" <a target="_blank" rel="noopener">"#);
    push_esc(&mut line, t.full_view());
    line.push_str("</a>");
    let p = dom::el("p", &[("class", "source-line")], &line);
    if let Some(a) = p.last_element_child() {
        dom::bind(move || {
            let _ = a.set_attribute("href", &link(&View { embed: false, ..view.get() }));
        });
    }
    let _ = main.append_child(&p);
    main
}
