//! The articles: headline, date, outlet and how many figures each gave, and
//! on request the text itself (right to left) with every figure highlighted.
//! What an article does not give is said to be derived (the headline from
//! the first line, the date read from the text).
//!
//! An article's text is written as one HTML string (a `<mark>` with a button
//! per figure, every text escaped) only when the reader opens it, and set with
//! `inner_html`; the buttons' clicks are handled once, on the text's `<div>`.

use super::data::Entry;
use super::format::{self, push_attr, push_esc};
use super::{ctx, ingest, state, Text};
use crate::articles::{segments, HeadlineSource, Origin};
use crate::extract::DateSource;
use crate::view::{self, Lang};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How many article cards are drawn at first (and more at each request).
const PAGE: usize = 40;

#[component]
pub fn ArticleList(t: Text) -> impl IntoView {
    let c = ctx();
    let entries = c.data.entries.clone();
    let total = entries.len();
    let limit = RwSignal::new(PAGE);
    let cards = move || {
        entries.iter().take(limit.get()).enumerate().map(|(i, e)| view! { <ArticleCard entry=e.clone() first=i t=t/> }).collect_view()
    };
    let more = move || {
        let left = total.saturating_sub(limit.get());
        (left > 0).then(|| {
            let label = format!("{} ({})", t.show_more(), format::number(left as f64, t.lang));
            view! { <button type="button" class="more" on:click=move |_| limit.update(|l| *l += PAGE * 5)>{label}</button> }
        })
    };
    view! {
        <section id="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">{t.articles()}</h2>
            {cards}
            {more}
        </section>
    }
}

#[component]
fn ArticleCard(entry: Arc<Entry>, first: usize, t: Text) -> impl IntoView {
    let c = ctx();
    let figures = c.figures.clone();
    let a = &entry.article;
    let id = a.id.clone();
    // This article's figures sit together in the figure list, from `start`.
    let start: usize = c.data.entries.iter().take(first).map(|e| e.figures.len()).sum();
    let count = entry.figures.len();
    let view_sig = c.view;
    let reading = c.reading;
    let lang = t.lang;
    let open = {
        let id = id.clone();
        Memo::new(move |_| reading.with(|r| r.as_deref() == Some(id.as_str())))
    };
    let toggle = {
        let id = id.clone();
        move |_| reading.update(|r| *r = if r.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) })
    };
    let body = {
        let entry = entry.clone();
        move || {
            if !open.get() {
                return String::new();
            }
            let spans: Vec<_> = (start..start + count).map(|i| (figures[i].start, figures[i].end, i)).collect();
            let selected = view_sig.with(|v| v.selected.clone());
            let mut s = String::new();
            for seg in segments(&entry.article.text, &spans) {
                match seg.figure {
                    None => push_esc(&mut s, &seg.text),
                    Some(i) => {
                        let key = view::figure_key(&figures[i]);
                        s.push_str("<mark");
                        push_attr(&mut s, "class", if selected.as_ref() == Some(&key) { "fig selected" } else { "fig" });
                        push_attr(&mut s, "data-fig", &key);
                        s.push_str(r#"><button type="button" class="fig-link">"#);
                        push_esc(&mut s, &seg.text);
                        s.push_str("</button></mark>");
                    }
                }
            }
            s
        }
    };
    let select = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button.fig-link") else { return };
        if let Some(k) = button.closest("mark.fig").ok().flatten().and_then(|m| m.get_attribute("data-fig")) {
            super::url::choose(view_sig, move |v| v.selected = Some(k));
        }
    };
    let (headline, from) = a.headline(lang == Lang::En);
    let headline_note = (from == HeadlineSource::FirstLine).then(|| view! { <span class="derived">{format!(" ({})", t.headline_from_text())}</span> });
    let english = (lang == Lang::En && a.headline_ar.is_some() && a.headline_en.is_some())
        .then(|| a.headline_ar.clone().map(|h| view! { <p class="headline-ar" lang="ar" dir="rtl">{h}</p> }));
    let publication = a.publication();
    let date = match &publication {
        Some((d, DateSource::Given | DateSource::Header)) => format::reported(Some(d), lang),
        Some((d, DateSource::Text)) => format!("{} ({})", format::reported(Some(d), lang), t.date_from_text()),
        None => t.no_date().to_string(),
    };
    let outlet = a.outlet.clone().unwrap_or_else(|| t.no_outlet().to_string());
    // An address only ever becomes an http(s) link (checked when the article came in).
    let link = a.url.clone().map(|u| {
        let href = u.clone();
        view! { " · " <a href=href rel="noopener noreferrer nofollow" target="_blank" dir="ltr">{u}</a> }
    });
    let s = state();
    let remove = (entry.origin == Origin::Added).then(|| {
        let id = id.clone();
        view! { <button type="button" class="remove" on:click=move |_| ingest::remove(s, Some(&id))>{t.remove()}</button> }
    });
    let text_id = format!("text-{id}");
    view! {
        <article class="article" data-article=id.clone() data-origin=if entry.origin == Origin::Added { "added" } else { "base" }
            lang="ar" dir="rtl" class:open=open>
            <h3 class="headline" dir="auto">{headline}{headline_note}</h3>
            {english}
            <p class="meta" lang=t.lang_tag() dir=t.dir()>
                <span class="date">{date}</span>
                " · "
                <span class="outlet" dir="auto">{outlet}</span>
                " · "
                <span class="count">{format!("{} {}", format::number(count as f64, lang), t.figures_found())}</span>
                {link}
            </p>
            <div class="text" id=text_id.clone() on:click=select inner_html=body></div>
            <button type="button" class="read-toggle" on:click=toggle
                aria-expanded=move || open.get().to_string()
                aria-controls=text_id
                lang=t.lang_tag() dir=t.dir()>
                {move || if open.get() { t.hide_article() } else { t.read_article() }}
            </button>
            {remove}
        </article>
    }
}
