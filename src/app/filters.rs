//! The filters: kinds, sources, victim groups, dates, the retracted/denied and
//! vague switches, scale and grouping, with a count of what is shown and a
//! one-click reset. Every change is a deliberate choice (a history entry).

use super::{ctx, format, url::choose, Text};
use crate::date::Date;
use crate::figure::{Kind, Victims};
use crate::view::{self, toggle, Display, GroupBy, Scale, View};
use leptos::prelude::*;

#[component]
pub fn Filters(t: Text) -> impl IntoView {
    let c = ctx();
    let view = c.view;
    let figures = c.figures.clone();
    let total = figures.len();
    let shown = c.shown;
    let lang = move || t.lang;

    let victims_present: Vec<Victims> =
        Victims::ALL.into_iter().filter(|v| figures.iter().any(|f| f.victims == *v)).collect();
    let days: Vec<Date> = figures
        .iter()
        .filter_map(|f| f.reported.as_deref().and_then(view::reported_span))
        .flat_map(|(a, b)| [a, b])
        .collect();
    let min_day = days.iter().min().map(|d| d.to_string()).unwrap_or_default();
    let max_day = days.iter().max().map(|d| d.to_string()).unwrap_or_default();

    let sources = {
        let figures = figures.clone();
        Memo::new(move |_| view::sources(&figures, view.with(|v| v.by)))
    };

    let kind_boxes = Kind::ALL
        .into_iter()
        .map(|k| {
            let checked = move || view.with(|v| v.kinds.contains(&k));
            let change = move |_| {
                choose(view, |v| {
                    if !v.kinds.remove(&k) {
                        v.kinds.insert(k);
                    }
                })
            };
            view! {
                <label class=format!("check kind-{}", k.as_str())>
                    <input type="checkbox" name="kind" value=k.as_str() prop:checked=checked on:change=change/>
                    {t.kind(k)}
                </label>
            }
        })
        .collect_view();

    let victim_boxes = {
        let every = victims_present.clone();
        victims_present
            .into_iter()
            .map(move |vi| {
                let every = every.clone();
                let checked = move || view.with(|v| v.victims.as_ref().is_none_or(|s| s.contains(&vi)));
                let change = move |_| choose(view, |v| toggle(&mut v.victims, &vi, &every));
                view! {
                    <label class="check">
                        <input type="checkbox" name="victims" value=vi.as_str() prop:checked=checked on:change=change/>
                        {t.victims(vi)}
                    </label>
                }
            })
            .collect_view()
    };

    let source_boxes = move || {
        let every = sources.get();
        let by = view.with(|v| v.by);
        every
            .clone()
            .into_iter()
            .map(|key| {
                let every = every.clone();
                let k = key.clone();
                let checked = move || view.with(|v| v.sources.as_ref().is_none_or(|s| s.contains(&k)));
                let k = key.clone();
                let change = move |_| choose(view, |v| toggle(&mut v.sources, &k, &every));
                let name = key.clone();
                view! {
                    <label class="check">
                        <input type="checkbox" name="source" value=key.clone() prop:checked=checked on:change=change/>
                        {t.source_name(&name, by)}
                    </label>
                }
            })
            .collect_view()
    };

    let date_input = move |is_from: bool| {
        let value = move || {
            view.with(|v| if is_from { v.from } else { v.to }).map(|d| d.to_string()).unwrap_or_default()
        };
        let change = move |ev: leptos::ev::Event| {
            let d = Date::parse(&event_target_value(&ev));
            choose(view, |v| if is_from { v.from = d } else { v.to = d });
        };
        view! {
            <label class="date-input">
                <span>{if is_from { t.from() } else { t.to() }}</span>
                <input type="date" name=if is_from { "from" } else { "to" } min=min_day.clone() max=max_day.clone()
                    prop:value=value on:change=change/>
            </label>
        }
    };

    let scale_radio = move |s: Scale| {
        view! {
            <label class="check">
                <input type="radio" name="scale" value=s.as_str()
                    prop:checked=move || view.with(|v| v.scale == s)
                    on:change=move |_| choose(view, |v| v.scale = s)/>
                {match s { Scale::Log => t.scale_log(), Scale::Linear => t.scale_linear() }}
            </label>
        }
    };
    let by_radio = move |b: GroupBy| {
        view! {
            <label class="check">
                <input type="radio" name="by" value=b.as_str()
                    prop:checked=move || view.with(|v| v.by == b)
                    on:change=move |_| choose(view, |v| { v.by = b; v.sources = None; })/>
                {match b { GroupBy::Claimant => t.by_claimant(), GroupBy::Article => t.by_article() }}
            </label>
        }
    };
    let display_button = move |d: Display| {
        view! {
            <button type="button" class="tab" aria-pressed=move || view.with(|v| v.display == d).to_string()
                on:click=move |_| choose(view, |v| v.display = d)>
                {match d { Display::Chart => t.chart(), Display::Table => t.table() }}
            </button>
        }
    };
    let reset = move |_| {
        choose(view, |v| {
            *v = View { lang: v.lang, embed: v.embed, ..View::default() };
        })
    };
    // On a phone the filters start folded, so the chart comes first.
    let open_at_start = window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w >= 560.0);
    let is_default = move || view.with(|v| *v == View { lang: v.lang, embed: v.embed, ..View::default() });

    view! {
        <section id="filters" class="filters" aria-labelledby="filters-h">
            <div class="filters-bar">
                <p class="shown-count" role="status" aria-live="polite">
                    {move || format!("{} {} {} {}", t.showing(), format::number(shown.with(Vec::len) as f64, lang()), t.of(), format::number(total as f64, lang()))}
                </p>
                <div class="display-tabs" role="group">{display_button(Display::Chart)}{display_button(Display::Table)}</div>
                <button type="button" class="reset" on:click=reset prop:disabled=is_default>{t.reset()}</button>
            </div>
            <details class="filter-details" open=open_at_start>
            <summary><h2 id="filters-h">{t.filters()}</h2></summary>
            <div class="filter-groups">
                <fieldset><legend>{t.kinds()}</legend>{kind_boxes}</fieldset>
                <fieldset><legend>{t.sources()}</legend>{source_boxes}</fieldset>
                <fieldset><legend>{t.victims_heading()}</legend>{victim_boxes}</fieldset>
                <fieldset class="dates"><legend>{t.date_range()}</legend>{date_input(true)}{date_input(false)}</fieldset>
                <fieldset>
                    <legend>{t.scale()}</legend>{scale_radio(Scale::Log)}{scale_radio(Scale::Linear)}
                </fieldset>
                <fieldset>
                    <legend>{t.group_by()}</legend>{by_radio(GroupBy::Claimant)}{by_radio(GroupBy::Article)}
                </fieldset>
                <fieldset class="switches">
                    <label class="check">
                        <input type="checkbox" name="disputed" prop:checked=move || view.with(|v| v.disputed)
                            on:change=move |_| choose(view, |v| v.disputed = !v.disputed)/>
                        {t.include_disputed()}
                    </label>
                    <label class="check">
                        <input type="checkbox" name="vague" prop:checked=move || view.with(|v| v.vague)
                            on:change=move |_| choose(view, |v| v.vague = !v.vague)/>
                        {t.include_vague()}
                    </label>
                </fieldset>
            </div>
            </details>
        </section>
    }
}
