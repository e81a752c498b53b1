//! The embedded articles: headline, date, outlet and how many figures each
//! gave, with the text itself (right to left) and every figure highlighted.

use super::{ctx, format};
use crate::articles::{segments, Article, ARTICLES};
use crate::view::{self, Lang};
use leptos::prelude::*;

#[component]
pub fn ArticleList() -> impl IntoView {
    let t = super::text_of(ctx().view);
    view! {
        <section id="articles" aria-labelledby="articles-h">
            <h2 id="articles-h">{move || t().articles()}</h2>
            {ARTICLES.iter().map(|a| view! { <ArticleCard article=a/> }).collect_view()}
        </section>
    }
}

#[component]
fn ArticleCard(article: &'static Article) -> impl IntoView {
    let c = ctx();
    let figures = c.figures.clone();
    let mine: Vec<usize> = (0..figures.len()).filter(|&i| figures[i].article == article.id).collect();
    let count = mine.len();
    let spans: Vec<_> = mine.iter().map(|&i| (figures[i].start, figures[i].end, i)).collect();
    let view_sig = c.view;
    let reading = c.reading;
    let lang = move || view_sig.with(|v| v.lang);
    let t = super::text_of(view_sig);
    let open = move || reading.get() == Some(article.id);
    let toggle = move |_| reading.update(|r| *r = if *r == Some(article.id) { None } else { Some(article.id) });
    let body = segments(article.text, &spans)
        .into_iter()
        .map(|s| match s.figure {
            None => s.text.into_any(),
            Some(i) => {
                let key = view::figure_key(&figures[i]);
                let k2 = key.clone();
                let select = move |_| {
                    super::url::choose(view_sig, |v| v.selected = Some(k2.clone()));
                };
                let selected = {
                    let key = key.clone();
                    move || view_sig.with(|v| v.selected.as_deref() == Some(key.as_str()))
                };
                view! {
                    <mark class="fig" class:selected=selected data-fig=key.clone()>
                        <button type="button" class="fig-link" on:click=select>{s.text}</button>
                    </mark>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <article class="article" data-article=article.id lang="ar" dir="rtl" class:open=open>
            <h3 class="headline">{article.headline_ar}</h3>
            <Show when=move || lang() == Lang::En>
                <p class="headline-en" lang="en" dir="ltr">{article.headline_en}</p>
            </Show>
            <p class="meta" lang=move || t().lang_tag() dir=move || t().dir()>
                <span class="date">{move || format::reported(article.published, lang())}</span>
                " · "
                <span class="outlet">{move || article.outlet.unwrap_or_else(|| t().no_outlet())}</span>
                " · "
                <span class="count">{move || format!("{} {}", format::number(count as f64, lang()), t().figures_found())}</span>
            </p>
            <div class="text" id=format!("text-{}", article.id)>{body}</div>
            <button type="button" class="read-toggle" on:click=toggle
                aria-expanded=move || open().to_string()
                aria-controls=format!("text-{}", article.id)
                lang=move || t().lang_tag() dir=move || t().dir()>
                {move || if open() { t().hide_article() } else { t().read_article() }}
            </button>
        </article>
    }
}
