//! The evidence panel: the sentence behind the selected figure, in Arabic,
//! with the number phrase highlighted, and where the figure comes from.

use super::data::Data;
use super::{ctx, dom, format, url::choose, Text};
use crate::figure::Figure;
use crate::html::{push_el, push_esc};
use crate::view::{self, GroupBy, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// The panel for figure `f`, as markup (every text escaped): the figure, its
/// sentence with the number phrase marked, its facts, the same claim in other
/// articles, and a button that opens the article.
fn panel_html(t: Text, d: &Data, figures: &[Figure], f: &Figure, by: GroupBy) -> Option<String> {
    let lang = t.lang;
    let entry = d.entry(&f.article)?;
    let article = &entry.article;
    let (before, phrase, after) = split_sentence(f, &article.text);
    let mut s = String::with_capacity(1024);
    s.push_str(r#"<aside id="evidence" class="evidence" aria-labelledby="evidence-h"><div class="ev-head">"#);
    push_el(&mut s, "h2", &[("id", "evidence-h"), ("tabindex", "-1")], t.evidence());
    push_el(&mut s, "button", &[("type", "button"), ("class", "close"), ("aria-label", t.close())], "×");
    s.push_str(r#"</div><p class="ev-figure">"#);
    push_el(&mut s, "strong", &[], &format::quantity(f, lang));
    push_esc(&mut s, &format!(" {} · {}", t.kind(f.kind), t.victims(f.victims)));
    push_el(&mut s, "span", &[("class", &format!("status status-{}", f.status.as_str()))], &format!(" · {}", t.status(f.status)));
    s.push_str(r#"</p><blockquote class="sentence" lang="ar" dir="rtl">"#);
    push_esc(&mut s, &before);
    push_el(&mut s, "mark", &[("class", "phrase")], &phrase);
    push_esc(&mut s, &after);
    s.push_str(r#"</blockquote><dl class="ev-facts">"#);
    push_el(&mut s, "dt", &[], t.claimant_col());
    s.push_str("<dd>");
    push_esc(&mut s, &super::table::claimant(f, t));
    if let Some(c) = &f.claimant {
        s.push_str(" — ");
        push_el(&mut s, "bdi", &[("lang", "ar"), ("dir", "rtl")], &format!("«{}»", c.text));
    }
    s.push_str("</dd>");
    push_el(&mut s, "dt", &[], t.date_col());
    push_el(&mut s, "dd", &[], &format::reported(f.reported.as_deref(), lang));
    push_el(&mut s, "dt", &[], t.article_col());
    s.push_str("<dd>");
    push_el(&mut s, "bdi", &[("dir", "auto")], &article.headline(lang == Lang::En).0);
    s.push_str(" · ");
    push_el(&mut s, "bdi", &[("dir", "auto")], article.outlet.as_deref().unwrap_or(t.no_outlet()));
    s.push_str("</dd>");
    push_el(&mut s, "dt", &[], t.date_from());
    s.push_str("<dd>");
    push_esc(&mut s, &format::reported(entry.published.as_ref().map(|p| p.0.as_str()), lang));
    if let Some(n) = &article.date_note {
        s.push_str(" — ");
        push_el(&mut s, "span", &[("lang", "en"), ("dir", "ltr")], n);
    }
    s.push_str("</dd></dl>");
    // The same claim in other articles: each article's sentence (one mark stands for all).
    let mut others = figures.iter().filter(|g| g.article != f.article && view::same_claim(f, g, by)).filter_map(|g| Some((d.entry(&g.article)?, g))).peekable();
    if others.peek().is_some() {
        push_el(&mut s, "h3", &[("class", "ev-also-h")], t.also_in());
        s.push_str(r#"<ul class="ev-also">"#);
        for (e, g) in others {
            s.push_str("<li>");
            push_el(&mut s, "bdi", &[("dir", "auto"), ("class", "other-headline")], &e.article.headline(lang == Lang::En).0);
            push_el(&mut s, "blockquote", &[("class", "other-sentence"), ("lang", "ar"), ("dir", "rtl")], &g.sentence);
            s.push_str("</li>");
        }
        s.push_str("</ul>");
    }
    push_el(&mut s, "button", &[("type", "button"), ("class", "read"), ("data-article", &article.id)], t.read_article());
    s.push_str("</aside>");
    Some(s)
}

/// The evidence panel, written as markup with one delegated listener (much
/// less wasm than a view per element); nothing while no figure is selected.
pub fn evidence(t: Text) -> web_sys::Element {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let d = c.data.clone();
    let reading = c.reading;
    let selected = {
        let c = c.clone();
        Memo::new(move |_| view.with(|v| v.selected.clone()).and_then(|k| c.figure_by_key(&k)))
    };
    // (a memo: only a change of grouping redraws an open panel, not any change of the view)
    let by = Memo::new(move |_| view.with(|v| v.by));
    let root = dom::el("div", &[("class", "evidence-wrap")], "");
    let el = root.clone();
    // The panel follows the selection; focus moves to it when the reader picks
    // another figure (not on page load).
    let mut prev: Option<Option<usize>> = None;
    dom::effect(move || {
        let now = selected.get();
        let by = by.get();
        let markup = now.and_then(|i| panel_html(t, &d, &figures, &figures[i], by)).unwrap_or_default();
        el.set_inner_html(&markup);
        if prev.is_some() && now.is_some() && prev != Some(now) {
            if let Ok(Some(h)) = el.query_selector("#evidence-h") {
                if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        }
        prev = Some(now);
    });
    dom::on(&root, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        if el.class_list().contains("close") {
            choose(view, |v| v.selected = None);
        } else if el.class_list().contains("read") {
            if let Some(id) = el.get_attribute("data-article") {
                read_article(reading, &id);
            }
        }
    });
    root
}
