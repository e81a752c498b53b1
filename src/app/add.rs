//! "Add articles": paste a text (with optional headline, outlet, date and
//! address) or drop / choose files; see the progress and a message per file
//! that could not be read; list, show or remove the added articles; save the
//! whole set as one file. The reading itself is in [`super::ingest`].
//!
//! Nothing the user brings is ever inserted as markup: texts go into text
//! nodes and attribute values only.

use super::ingest::{self, Item};
use super::{data, format, save, state, url::choose, Text};
use crate::articles::input::{Fields, InputError};
use crate::articles::{Origin, MAX_ARTICLE_CHARS};
use crate::view::{Lang, Part};
use leptos::{html, prelude::*};

/// What the panel says after adding, removing or saving.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Added { articles: usize, figures: usize },
    /// A file (or the pasted text, `source` empty) gave no article.
    Problem { source: String, error: InputError },
    NotSaved(String),
    Removed,
    Saved,
    SaveFailed(String),
}

/// The panel's state, kept above the redrawn parts of the page.
#[derive(Clone, Copy)]
pub struct AddState {
    pub busy: RwSignal<bool>,
    /// How much is read, in thousandths (integers: no float formatting in the wasm).
    pub progress: RwSignal<u32>,
    pub messages: RwSignal<Vec<Message>>,
}

impl AddState {
    pub fn new() -> AddState {
        AddState { busy: RwSignal::new(false), progress: RwSignal::new(0), messages: RwSignal::new(Vec::new()) }
    }
}

fn message_text(m: &Message, t: Text) -> String {
    let n = |x: usize| format::number(x as f64, t.lang);
    match m {
        Message::Added { articles, figures } if t.lang == Lang::En => {
            format!("{} articles added, {} figures found.", n(*articles), n(*figures))
        }
        Message::Added { articles, figures } => format!("أُضيفت {} مقالات، وعُثر على {} أرقام.", n(*articles), n(*figures)),
        Message::Problem { source, error } => {
            let source = if source.is_empty() { t.pasted_text() } else { source.as_str() };
            format!("{source}: {}", t.input_error(error))
        }
        Message::NotSaved(why) => format!("{}: {why}", t.not_saved()),
        Message::Removed => t.removed().to_string(),
        Message::Saved => t.saved().to_string(),
        Message::SaveFailed(why) => format!("{}: {why}", t.save_failed()),
    }
}

fn input_value(r: &NodeRef<html::Input>) -> String {
    r.get_untracked().map(|i| i.value()).unwrap_or_default()
}

#[component]
pub fn AddArticles(t: Text) -> impl IntoView {
    let s = state();
    let add = s.add;
    let view = s.view;
    let text = NodeRef::<html::Textarea>::new();
    let headline = NodeRef::<html::Input>::new();
    let outlet = NodeRef::<html::Input>::new();
    let published = NodeRef::<html::Input>::new();
    let address = NodeRef::<html::Input>::new();
    let save_title = NodeRef::<html::Input>::new();
    let file_input = NodeRef::<html::Input>::new();

    let files = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        let items: Vec<Item> = (0..list.length()).filter_map(|i| list.get(i)).map(Item::File).collect();
        if !items.is_empty() && !add.busy.get_untracked() {
            ingest::start(s, items, false);
        }
    };
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(area) = text.get_untracked() else { return };
        if add.busy.get_untracked() {
            return;
        }
        // Measured before the text is copied out of the page: a 30 MB paste is
        // refused without being read.
        let len = area.text_length() as usize;
        if len > MAX_ARTICLE_CHARS * 2 {
            add.messages.set(vec![Message::Problem { source: String::new(), error: InputError::TooLong { chars: len } }]);
            return;
        }
        let mut f = Fields { text: Some(area.value()), ..Fields::default() };
        for (name, r) in [("headline", headline), ("outlet", outlet), ("published", published), ("url", address)] {
            let v = input_value(&r);
            if !v.trim().is_empty() {
                f.set(name, v);
            }
        }
        // Checked here too, so that a refused paste stays in the form.
        match crate::articles::input::from_fields(f.clone(), "pasted", None) {
            Err(error) => add.messages.set(vec![Message::Problem { source: String::new(), error }]),
            Ok(_) => {
                area.set_value("");
                for r in [headline, outlet, published, address] {
                    if let Some(i) = r.get_untracked() {
                        i.set_value("");
                    }
                }
                ingest::start(s, vec![Item::Paste(f)], false);
            }
        }
    };
    // A paste far over the limit is refused before it reaches the text area
    // (a browser lays out 30 MB of text slowly): what was there stays.
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
        let chars = text.chars().count();
        if chars > MAX_ARTICLE_CHARS {
            ev.prevent_default();
            add.messages.set(vec![Message::Problem { source: String::new(), error: InputError::TooLong { chars } }]);
        }
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        files(ev.data_transfer().and_then(|d| d.files()));
    };
    let chosen = move |_| {
        files(file_input.get_untracked().and_then(|i| i.files()));
        if let Some(i) = file_input.get_untracked() {
            i.set_value("");
        }
    };

    // The added articles, redrawn with the data.
    let added = move || {
        s.version.track();
        let d = data::current();
        let list: Vec<(String, String, usize)> = d
            .entries
            .iter()
            .filter(|e| e.origin == Origin::Added)
            .map(|e| (e.article.id.clone(), e.article.headline(t.lang == Lang::En).0, e.figures.len()))
            .collect();
        if list.is_empty() {
            return None;
        }
        let count = list.len();
        // The newest first; a long list is cut (the article list below has them all).
        let rows = list
            .into_iter()
            .rev()
            .take(50)
            .map(|(id, head, n)| {
                let remove_id = id.clone();
                view! {
                    <li data-article=id.clone()>
                        <bdi class="headline" dir="auto">{head}</bdi>
                        <span class="count">{format!(" · {} {}", format::number(n as f64, t.lang), t.figures_found())}</span>
                        <button type="button" class="remove" on:click=move |_| ingest::remove(s, Some(&remove_id))
                            aria-label=format!("{} {}", t.remove(), id)>{t.remove()}</button>
                    </li>
                }
            })
            .collect_view();
        let part_radio = move |p: Part, label: &'static str| {
            view! {
                <label>
                    <input type="radio" name="part" value=p.as_str()
                        prop:checked=move || view.with(|v| v.part == p)
                        on:change=move |_| choose(view, |v| v.part = p)/>
                    {label}
                </label>
            }
        };
        Some(view! {
            <div class="added">
                <h3>{format!("{} ({})", t.your_articles(), format::number(count as f64, t.lang))}</h3>
                <fieldset class="part">
                    <legend>{t.show_articles()}</legend>
                    {part_radio(Part::All, t.part_all())}
                    {part_radio(Part::Base, t.part_base())}
                    {part_radio(Part::Added, t.part_added())}
                </fieldset>
                <ul class="added-list">{rows}</ul>
                <button type="button" class="remove-all" on:click=move |_| ingest::remove(s, None)>{t.remove_all()}</button>
            </div>
        })
    };
    let save_click = move |_| {
        let title = input_value(&save_title);
        save::save(s, title);
    };

    view! {
        <section id="add" class="add" aria-labelledby="add-h">
            <h2 id="add-h">{t.add_title()}</h2>
            <p class="hint">{t.add_hint()}</p>
            <div class="dropzone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=drop>
                <label for="add-files">{t.choose_files()}</label>
                <input id="add-files" type="file" multiple accept=".txt,.text,.html,.htm,.json,.jsonl,.ndjson"
                    node_ref=file_input on:change=chosen/>
            </div>
            <form class="paste" on:submit=paste>
                <label for="add-text">{t.paste_label()}</label>
                <textarea id="add-text" rows="6" dir="auto" node_ref=text on:paste=on_paste></textarea>
                <details>
                    <summary>{t.details()}</summary>
                    <label for="add-headline">{t.headline_label()}</label>
                    <input id="add-headline" type="text" dir="auto" node_ref=headline/>
                    <label for="add-outlet">{t.outlet_label()}</label>
                    <input id="add-outlet" type="text" dir="auto" node_ref=outlet/>
                    <label for="add-published">{t.published_label()}</label>
                    <input id="add-published" type="text" inputmode="numeric" placeholder="2024-01-31" dir="ltr" node_ref=published/>
                    <label for="add-url">{t.url_label()}</label>
                    <input id="add-url" type="url" dir="ltr" node_ref=address/>
                </details>
                <button type="submit" id="add-paste">{t.add_button()}</button>
            </form>
            <Show when=move || add.busy.get()>
                <div class="progress">
                    <label for="add-progress">{t.reading()}</label>
                    <progress id="add-progress" max="1000" value=move || add.progress.get()></progress>
                </div>
            </Show>
            <ul class="add-messages" role="status" aria-live="polite">
                {move || add.messages.get().iter().map(|m| {
                    let problem = matches!(m, Message::Problem { .. } | Message::NotSaved(_) | Message::SaveFailed(_));
                    view! { <li class:problem=problem>{message_text(m, t)}</li> }
                }).collect_view()}
            </ul>
            {added}
            <div class="save">
                <label for="save-title">{t.save_title_label()}</label>
                <input id="save-title" type="text" dir="auto" node_ref=save_title/>
                <button type="button" id="save-file" on:click=save_click>{t.save_file()}</button>
                <p class="hint">{t.save_hint()}</p>
            </div>
        </section>
    }
}
