//! The embedded articles: headline, date, outlet and how many figures each
//! gave, with the text itself (right to left) and every figure highlighted.
//!
//! An article's text is written as one HTML string (a `<mark>` with a button
//! per figure) and set with `inner_html`; the buttons' clicks are handled once,
//! on the text's `<div>`.

use super::format::{self, push_attr, push_esc};
use super::{ctx, Text};
use crate::articles::{segments, Article, ARTICLES};
use crate::view::{self, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ArticleList(t: Text) -> impl IntoView {
    view! {
        <section id="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">{t.articles()}</h2>
            {ARTICLES.iter().map(|a| view! { <ArticleCard article=a t=t/> }).collect_view()}
        </section>
    }
}

#[component]
fn ArticleCard(article: &'static Article, t: Text) -> impl IntoView {
    let c = ctx();
    let figures = c.figures.clone();
    let mine: Vec<usize> = (0..figures.len()).filter(|&i| figures[i].article == article.id).collect();
    let count = mine.len();
    let spans: Vec<_> = mine.iter().map(|&i| (figures[i].start, figures[i].end, i)).collect();
    let view_sig = c.view;
    let reading = c.reading;
    let lang = t.lang;
    let open = move || reading.get() == Some(article.id);
    let toggle = move |_| reading.update(|r| *r = if *r == Some(article.id) { None } else { Some(article.id) });
    // The text cut at the figures: (text, figure key).
    let parts: Vec<(String, Option<String>)> = segments(article.text, &spans)
        .into_iter()
        .map(|s| (s.text, s.figure.map(|i| view::figure_key(&figures[i]))))
        .collect();
    let body = move || {
        let selected = view_sig.with(|v| v.selected.clone());
        let mut s = String::new();
        for (text, key) in &parts {
            match key {
                None => push_esc(&mut s, text),
                Some(key) => {
                    s.push_str("<mark");
                    push_attr(&mut s, "class", if selected.as_ref() == Some(key) { "fig selected" } else { "fig" });
                    push_attr(&mut s, "data-fig", key);
                    s.push_str(r#"><button type="button" class="fig-link">"#);
                    push_esc(&mut s, text);
                    s.push_str("</button></mark>");
                }
            }
        }
        s
    };
    let select = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(button)) = el.closest("button.fig-link") else { return };
        if let Some(k) = button.closest("mark.fig").ok().flatten().and_then(|m| m.get_attribute("data-fig")) {
            super::url::choose(view_sig, move |v| v.selected = Some(k));
        }
    };
    let outlet = article.outlet.unwrap_or(t.no_outlet());
    view! {
        <article class="article" data-article=article.id lang="ar" dir="rtl" class:open=open>
            <h3 class="headline">{article.headline_ar}</h3>
            {(lang == Lang::En).then(|| view! { <p class="headline-en" lang="en" dir="ltr">{article.headline_en}</p> })}
            <p class="meta" lang=t.lang_tag() dir=t.dir()>
                <span class="date">{format::reported(article.published, lang)}</span>
                " · "
                <span class="outlet">{outlet}</span>
                " · "
                <span class="count">{format!("{} {}", format::number(count as f64, lang), t.figures_found())}</span>
            </p>
            <div class="text" id=format!("text-{}", article.id) on:click=select inner_html=body></div>
            <button type="button" class="read-toggle" on:click=toggle
                aria-expanded=move || open().to_string()
                aria-controls=format!("text-{}", article.id)
                lang=t.lang_tag() dir=t.dir()>
                {move || if open() { t.hide_article() } else { t.read_article() }}
            </button>
        </article>
    }
}
