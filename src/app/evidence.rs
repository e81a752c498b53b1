//! The evidence panel: the sentence behind the selected figure, in Arabic,
//! with the number phrase highlighted, and where the figure comes from.

use super::{ctx, format, url::choose, Text};
use crate::figure::Figure;
use crate::view::{self, Lang};
use leptos::{html, prelude::*};

/// The sentence cut around the evidence: (before, highlighted, after).
pub fn split_sentence(f: &Figure, text: &str) -> (String, String, String) {
    let span: String = text.chars().skip(f.start).take(f.end.saturating_sub(f.start)).collect();
    for needle in [span.as_str(), f.phrase.as_str()] {
        if let Some(at) = (!needle.is_empty()).then(|| f.sentence.find(needle)).flatten() {
            let (a, rest) = f.sentence.split_at(at);
            let (b, c) = rest.split_at(needle.len());
            return (a.to_owned(), b.to_owned(), c.to_owned());
        }
    }
    (f.sentence.clone(), String::new(), String::new())
}

/// Opens an article in the reader and brings it into view.
pub fn read_article(reading: RwSignal<Option<String>>, id: &str) {
    reading.set(Some(id.to_string()));
    if let Ok(Some(el)) = document().query_selector(&format!("article[data-article=\"{id}\"]")) {
        el.scroll_into_view();
    }
}

#[component]
pub fn Evidence(t: Text) -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let d = c.data.clone();
    let selected = {
        let c = c.clone();
        Memo::new(move |_| view.with(|v| v.selected.clone()).and_then(|k| c.figure_by_key(&k)))
    };
    let heading = NodeRef::<html::H2>::new();
    // Move focus to the panel when the reader picks a figure (not on page load).
    Effect::new(move |prev: Option<Option<usize>>| {
        let now = selected.get();
        if prev.is_some() && now.is_some() && prev != Some(now) {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        now
    });
    let close = move |_| choose(view, |v| v.selected = None);
    let reading = c.reading;

    let body = move || {
        let i = selected.get()?;
        let f: &Figure = &figures[i];
        let lang = t.lang;
        let article = &d.entry(&f.article)?.article;
        let (before, phrase, after) = split_sentence(f, &article.text);
        let claimant = super::table::claimant(f, t);
        let as_written = f.claimant.as_ref().map(|c| view! { " — " <bdi lang="ar" dir="rtl">{format!("«{}»", c.text)}</bdi> });
        let id = article.id.clone();
        let headline = article.headline(lang == Lang::En).0;
        let outlet = article.outlet.clone().unwrap_or_else(|| t.no_outlet().to_string());
        let published = d.entry(&f.article)?.published.clone();
        let note = article.date_note.clone();
        // The same claim in other articles: each article's sentence (one mark stands for all).
        let by = view.with(|v| v.by);
        let others: String = {
            let mut html = String::new();
            for g in figures.iter().filter(|g| g.article != f.article && view::same_claim(f, g, by)) {
                let Some(e) = d.entry(&g.article) else { continue };
                html.push_str("<li><bdi dir=\"auto\" class=\"other-headline\">");
                format::push_esc(&mut html, &e.article.headline(lang == Lang::En).0);
                html.push_str("</bdi><blockquote class=\"other-sentence\" lang=\"ar\" dir=\"rtl\">");
                format::push_esc(&mut html, &g.sentence);
                html.push_str("</blockquote></li>");
            }
            html
        };
        let also = (!others.is_empty()).then(|| view! {
            <h3 class="ev-also-h">{t.also_in()}</h3>
            <ul class="ev-also" inner_html=others></ul>
        });
        Some(view! {
            <p class="ev-figure">
                <strong>{format::quantity(f, lang)}</strong>" "{t.kind(f.kind)}" · "{t.victims(f.victims)}
                <span class=format!("status status-{}", f.status.as_str())>" · "{t.status(f.status)}</span>
            </p>
            <blockquote class="sentence" lang="ar" dir="rtl">
                {before}<mark class="phrase">{phrase}</mark>{after}
            </blockquote>
            <dl class="ev-facts">
                <dt>{t.claimant_col()}</dt><dd>{claimant}{as_written}</dd>
                <dt>{t.date_col()}</dt><dd>{format::reported(f.reported.as_deref(), lang)}</dd>
                <dt>{t.article_col()}</dt>
                <dd><bdi dir="auto">{headline}</bdi>" · "<bdi dir="auto">{outlet}</bdi></dd>
                <dt>{t.date_from()}</dt>
                <dd>{format::reported(published.as_ref().map(|p| p.0.as_str()), lang)}
                    {note.map(|n| view! { " — "<span lang="en" dir="ltr">{n}</span> })}</dd>
            </dl>
            {also}
            <button type="button" class="read" on:click=move |_| read_article(reading, &id)>{t.read_article()}</button>
        })
    };

    view! {
        <Show when=move || selected.get().is_some()>
            <aside id="evidence" class="evidence" aria-labelledby="evidence-h">
                <div class="ev-head">
                    <h2 id="evidence-h" tabindex="-1" node_ref=heading>{t.evidence()}</h2>
                    <button type="button" class="close" on:click=close aria-label=t.close()>"×"</button>
                </div>
                {body.clone()}
            </aside>
        </Show>
    }
}
