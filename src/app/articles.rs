//! The articles: headline, date, outlet and how many figures each gave, and
//! on request the text itself (right to left) with every figure highlighted.
//! What an article does not give is said to be derived (the headline from
//! the first line, the date read from the text).
//!
//! The list is written as one markup string (every text escaped), the first
//! [`PAGE`] articles and more on request; only the open article's text is
//! written, with a `<mark>` and a button per figure. Clicks are handled once,
//! on the section: open or close an article, pick a figure, remove an added
//! article, show more.

use super::data::{Data, Entry};
use super::format::{self, push_attr, push_esc};
use crate::html::push_el;
use super::{ctx, dom, ingest, state, url::choose, Text};
use crate::articles::{segments, HeadlineSource, Origin};
use crate::extract::DateSource;
use crate::i18n::count::{count, FIGURES};
use crate::figure::Figure;
use crate::view::{self, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many article cards are drawn at first (and five times as many more at each request).
const PAGE: usize = 40;


/// The text of an article cut at its figures: a `<mark>` with a button per figure.
fn text_html(out: &mut String, e: &Entry, figures: &[Figure], first: usize, selected: Option<&str>) {
    let spans: Vec<_> = (first..first + e.count).map(|i| (figures[i].start, figures[i].end, i)).collect();
    for seg in segments(&e.article.text, &spans) {
        match seg.figure {
            None => push_esc(out, &seg.text),
            Some(i) => {
                let key = view::figure_key(&figures[i]);
                out.push_str("<mark");
                push_attr(out, "class", if selected == Some(key.as_str()) { "fig selected" } else { "fig" });
                push_attr(out, "data-fig", &key);
                out.push_str(r#"><button type="button" class="fig-link">"#);
                push_esc(out, &seg.text);
                out.push_str("</button></mark>");
            }
        }
    }
}

/// One article's card.
fn card_html(out: &mut String, e: &Entry, d: &Data, first: usize, t: Text, open: bool, selected: Option<&str>) {
    let a = &e.article;
    let lang = t.lang;
    let added = e.origin == Origin::Added;
    out.push_str("<article");
    push_attr(out, "class", if open { "article open" } else { "article" });
    push_attr(out, "data-article", &a.id);
    push_attr(out, "data-origin", if added { "added" } else { "base" });
    out.push_str(r#" lang="ar" dir="rtl"><h3 class="headline" dir="auto">"#);
    let (headline, from) = a.headline(lang == Lang::En);
    push_esc(out, &headline);
    if from == HeadlineSource::FirstLine {
        push_el(out, "span", &[("class", "derived")], &format!(" ({})", t.headline_from_text()));
    }
    out.push_str("</h3>");
    if lang == Lang::En && a.headline_en.is_some() {
        if let Some(h) = &a.headline_ar {
            push_el(out, "p", &[("class", "headline-ar"), ("lang", "ar"), ("dir", "rtl")], h);
        }
    }
    let date = match e.published.clone() {
        Some((day, DateSource::Given | DateSource::Header)) => format::reported(Some(&day), lang),
        Some((day, DateSource::Text)) => format!("{} ({})", format::reported(Some(&day), lang), t.date_from_text()),
        None => t.no_date().to_string(),
    };
    out.push_str("<p");
    push_attr(out, "class", "meta");
    push_attr(out, "lang", t.lang_tag());
    push_attr(out, "dir", t.dir());
    out.push('>');
    push_el(out, "span", &[("class", "date")], &date);
    out.push_str(" · ");
    push_el(out, "span", &[("class", "outlet"), ("dir", "auto")], a.outlet.as_deref().unwrap_or(t.no_outlet()));
    out.push_str(" · ");
    push_el(out, "span", &[("class", "count")], &count(e.count, &FIGURES, lang));
    // An address only ever becomes an http(s) link (checked when the article came in).
    if let Some(u) = &a.url {
        out.push_str(" · ");
        push_el(out, "a", &[("href", u), ("rel", "noopener noreferrer nofollow"), ("target", "_blank"), ("dir", "ltr")], u);
    }
    out.push_str("</p>");
    let text_id = format!("text-{}", a.id);
    out.push_str("<div");
    push_attr(out, "class", "text");
    push_attr(out, "id", &text_id);
    out.push('>');
    if open {
        text_html(out, e, &d.figures, first, selected);
    }
    out.push_str("</div>");
    push_el(
        out,
        "button",
        &[
            ("type", "button"),
            ("class", "read-toggle"),
            ("aria-expanded", if open { "true" } else { "false" }),
            ("aria-controls", &text_id),
            ("lang", t.lang_tag()),
            ("dir", t.dir()),
        ],
        if open { t.hide_article() } else { t.read_article() },
    );
    if added {
        push_el(out, "button", &[("type", "button"), ("class", "remove"), ("lang", t.lang_tag())], t.remove());
    }
    out.push_str("</article>");
}

pub fn article_list(t: Text) -> web_sys::Element {
    let c = ctx();
    let d = c.data.clone();
    let view_sig = c.view;
    let reading = c.reading;
    let s = state();
    let limit = RwSignal::new(PAGE);
    // Where each article's figures start in the figure list.
    let firsts: Vec<usize> = d
        .entries
        .iter()
        .scan(0, |at, e| {
            let first = *at;
            *at += e.count;
            Some(first)
        })
        .collect();
    let mut heading = String::from(r#"<h2 id="articles-h">"#);
    push_esc(&mut heading, t.articles());
    heading.push_str(r#"</h2><div class="article-list"></div>"#);
    let section = dom::el("section", &[("id", "articles"), ("aria-labelledby", "articles-h")], &heading);
    let Some(list) = section.last_element_child() else { return section };
    let el = list.clone();
    // The list reads only the selected figure of the view: a filter change leaves it alone.
    let selected = Memo::new(move |_| view_sig.with(|v| v.selected.clone()));
    dom::bind(move || {
        let open = reading.get();
        let selected = selected.get();
        let shown = limit.get().max(
            // An article opened from elsewhere (the evidence) is always drawn.
            open.as_ref().and_then(|id| d.entries.iter().position(|e| &e.article.id == id)).map_or(0, |i| i + 1),
        );
        let mut out = String::with_capacity(1024 * shown.min(d.entries.len()));
        for (e, &first) in d.entries.iter().zip(&firsts).take(shown) {
            card_html(&mut out, e, &d, first, t, open.as_deref() == Some(e.article.id.as_str()), selected.as_deref());
        }
        let left = d.entries.len().saturating_sub(shown);
        if left > 0 {
            push_el(&mut out, "button", &[("type", "button"), ("class", "more")], &format!("{} ({})", t.show_more(), format::number(left as f64, t.lang)));
        }
        el.set_inner_html(&out);
    });
    dom::on(&list, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button") else { return };
        let classes = button.class_list();
        let article = button.closest("article[data-article]").ok().flatten().and_then(|a| a.get_attribute("data-article"));
        if classes.contains("more") {
            limit.update(|l| *l += PAGE * 5);
        } else if classes.contains("read-toggle") {
            if let Some(id) = article {
                reading.update(|r| *r = if r.as_deref() == Some(id.as_str()) { None } else { Some(id) });
            }
        } else if classes.contains("remove") {
            if let Some(id) = article {
                ingest::remove(s, Some(&id));
            }
        } else if classes.contains("fig-link") {
            if let Some(k) = button.closest("mark.fig").ok().flatten().and_then(|m| m.get_attribute("data-fig")) {
                choose(view_sig, move |v| v.selected = Some(k));
            }
        }
    });
    section
}
