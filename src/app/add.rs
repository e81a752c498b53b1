//! "Add articles": paste a text (with optional headline, outlet, date and
//! address) or drop / choose files; see the progress and a message per file
//! that could not be read; list, show or remove the added articles; save the
//! whole set as one file. The reading itself is in [`super::ingest`].
//!
//! The panel is written as markup strings (every text escaped) with one
//! delegated listener per event, as the other heavy parts of the page are:
//! much less wasm than a view per element. Nothing the user brings is ever
//! inserted as markup: it is escaped like every other text.

use super::format::push_esc;
use crate::html::{push_el, push_open};
use super::ingest::{self, Item};
use super::{data, dom, format, save, state, url::choose, State, Text};
use crate::articles::input::{Fields, InputError};
use crate::i18n::count::{count, ARTICLES, FIGURES};
use crate::articles::{Origin, MAX_ARTICLE_CHARS};
use crate::view::{Lang, Part};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    /// The extractor module did not load: nothing could be read.
    NotRead(String),
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
            format!("{} added, {} found.", count(*articles, &ARTICLES, t.lang), count(*figures, &FIGURES, t.lang))
        }
        // (Numbers alone: a count's noun would agree with its verb and case.)
        Message::Added { articles, figures } => format!("المقالات المضافة: {}، والأرقام المستخرجة منها: {}.", n(*articles), n(*figures)),
        Message::Problem { source, error } => {
            let source = if source.is_empty() { t.pasted_text() } else { source.as_str() };
            format!("{source}: {}", t.input_error(error))
        }
        Message::NotSaved(why) => format!("{}: {why}", t.not_saved()),
        Message::Removed => t.removed().to_string(),
        Message::Saved => t.saved().to_string(),
        Message::SaveFailed(why) => format!("{}: {why}", t.save_failed()),
        Message::NotRead(why) => format!("{}: {why}", t.not_read()),
    }
}




/// The form: the drop zone and file input, the paste form with its details.
fn form_html(t: Text) -> String {
    let mut s = String::with_capacity(2048);
    push_el(&mut s, "h2", &[("id", "add-h")], t.add_title());
    push_el(&mut s, "p", &[("class", "hint")], t.add_hint());
    push_open(&mut s, "div", &[("class", "dropzone")]);
    push_el(&mut s, "label", &[("for", "add-files")], t.choose_files());
    push_open(&mut s, "input", &[("id", "add-files"), ("type", "file"), ("multiple", ""), ("accept", ".txt,.text,.html,.htm,.json,.jsonl,.ndjson")]);
    s.push_str("</div>");
    push_open(&mut s, "form", &[("class", "paste")]);
    push_el(&mut s, "label", &[("for", "add-text")], t.paste_label());
    push_el(&mut s, "textarea", &[("id", "add-text"), ("rows", "6"), ("dir", "auto")], "");
    s.push_str("<details>");
    push_el(&mut s, "summary", &[], t.details());
    // (id, label, input type, further attributes)
    type Field<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);
    let fields: [Field; 4] = [
        ("add-headline", t.headline_label(), "text", &[("dir", "auto")]),
        ("add-outlet", t.outlet_label(), "text", &[("dir", "auto")]),
        ("add-published", t.published_label(), "text", &[("dir", "ltr"), ("inputmode", "numeric"), ("placeholder", "2024-01-31")]),
        ("add-url", t.url_label(), "url", &[("dir", "ltr")]),
    ];
    for (id, label, kind, extra) in fields {
        push_el(&mut s, "label", &[("for", id)], label);
        let mut attrs = vec![("id", id), ("type", kind)];
        attrs.extend_from_slice(extra);
        push_open(&mut s, "input", &attrs);
    }
    s.push_str("</details>");
    push_el(&mut s, "button", &[("type", "submit"), ("id", "add-paste")], t.add_button());
    s.push_str("</form>");
    s
}

/// The save row.
fn save_html(t: Text) -> String {
    let mut s = String::with_capacity(512);
    push_el(&mut s, "label", &[("for", "save-title")], t.save_title_label());
    push_open(&mut s, "input", &[("id", "save-title"), ("type", "text"), ("dir", "auto")]);
    push_el(&mut s, "button", &[("type", "button"), ("id", "save-file")], t.save_file());
    push_el(&mut s, "p", &[("class", "hint")], t.save_hint());
    s
}

/// The progress bar while reading (nothing otherwise).
fn progress_html(t: Text, busy: bool, permille: u32) -> String {
    let mut s = String::new();
    if busy {
        s.push_str(r#"<div class="progress">"#);
        push_el(&mut s, "label", &[("for", "add-progress")], t.reading());
        push_open(&mut s, "progress", &[("id", "add-progress"), ("max", "1000"), ("value", &permille.to_string())]);
        s.push_str("</progress></div>");
    }
    s
}

fn messages_html(t: Text, messages: &[Message]) -> String {
    let mut s = String::new();
    for m in messages {
        let problem = matches!(m, Message::Problem { .. } | Message::NotSaved(_) | Message::SaveFailed(_));
        push_el(&mut s, "li", if problem { &[("class", "problem")] } else { &[] }, &message_text(m, t));
    }
    s
}

/// The added articles (the newest 50), the choice of what to show, remove all.
fn added_html(t: Text, d: &data::Data, part: Part) -> String {
    let added: Vec<&data::Entry> = d.entries.iter().map(|e| &**e).filter(|e| e.origin == Origin::Added).collect();
    if added.is_empty() {
        return String::new();
    }
    let n = |x: usize| format::number(x as f64, t.lang);
    let mut s = String::with_capacity(256 + 160 * added.len().min(50));
    s.push_str(r#"<div class="added">"#);
    push_el(&mut s, "h3", &[], &format!("{} ({})", t.your_articles(), n(added.len())));
    s.push_str(r#"<fieldset class="part">"#);
    push_el(&mut s, "legend", &[], t.show_articles());
    for (p, label) in [(Part::All, t.part_all()), (Part::Base, t.part_base()), (Part::Added, t.part_added())] {
        s.push_str("<label>");
        let mut attrs = vec![("type", "radio"), ("name", "part"), ("value", p.as_str())];
        if p == part {
            attrs.push(("checked", ""));
        }
        push_open(&mut s, "input", &attrs);
        push_esc(&mut s, label);
        s.push_str("</label>");
    }
    s.push_str(r#"</fieldset><ul class="added-list">"#);
    for e in added.iter().rev().take(50) {
        let id = e.article.id.as_str();
        push_open(&mut s, "li", &[("data-article", id)]);
        push_el(&mut s, "bdi", &[("class", "headline"), ("dir", "auto")], &e.article.headline(t.lang == Lang::En).0);
        push_el(&mut s, "span", &[("class", "count")], &format!(" · {}", count(e.count, &FIGURES, t.lang)));
        push_el(&mut s, "button", &[("type", "button"), ("class", "remove"), ("aria-label", &format!("{} {id}", t.remove()))], t.remove());
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    push_el(&mut s, "button", &[("type", "button"), ("class", "remove-all")], t.remove_all());
    s.push_str("</div>");
    s
}

/// The value of the form field `id` inside `root`.
fn field(root: &web_sys::Element, id: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!("#{id}")).ok().flatten()
}

fn value_of(root: &web_sys::Element, id: &str) -> String {
    let Some(e) = field(root, id) else { return String::new() };
    if let Some(i) = e.dyn_ref::<web_sys::HtmlInputElement>() {
        i.value()
    } else if let Some(a) = e.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        a.value()
    } else {
        String::new()
    }
}

fn clear(root: &web_sys::Element, ids: &[&str]) {
    for id in ids {
        match field(root, id) {
            Some(e) if e.dyn_ref::<web_sys::HtmlInputElement>().is_some() => e.unchecked_into::<web_sys::HtmlInputElement>().set_value(""),
            Some(e) if e.dyn_ref::<web_sys::HtmlTextAreaElement>().is_some() => e.unchecked_into::<web_sys::HtmlTextAreaElement>().set_value(""),
            _ => {}
        }
    }
}

/// Starts reading the files of a list.
fn add_files(s: State, list: Option<web_sys::FileList>) {
    let Some(list) = list else { return };
    let items: Vec<Item> = (0..list.length()).filter_map(|i| list.get(i)).map(Item::File).collect();
    if !items.is_empty() && !s.add.busy.get_untracked() {
        ingest::start(s, items, false);
    }
}

/// "Add this article": the pasted text and its fields, checked here so that a
/// refused paste stays in the form.
fn add_paste(s: State, root: &web_sys::Element) {
    let add = s.add;
    if add.busy.get_untracked() {
        return;
    }
    let Some(area) = field(root, "add-text").and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
    // Measured before the text is copied out of the page: a huge text is refused unread.
    let len = area.text_length() as usize;
    if len > MAX_ARTICLE_CHARS * 2 {
        add.messages.set(vec![Message::Problem { source: String::new(), error: InputError::TooLong { chars: len } }]);
        return;
    }
    let mut f = Fields { text: Some(area.value()), ..Fields::default() };
    for (name, id) in [("headline", "add-headline"), ("outlet", "add-outlet"), ("published", "add-published"), ("url", "add-url")] {
        let v = value_of(root, id);
        if !v.trim().is_empty() {
            f.set(name, v);
        }
    }
    match crate::articles::input::from_fields(f.clone(), "pasted", None) {
        Err(error) => add.messages.set(vec![Message::Problem { source: String::new(), error }]),
        // The form is emptied only once the extractor is there to read the text:
        // if it cannot be loaded, the paste stays in the form, with a message.
        Ok(_) => {
            add.busy.set(true);
            let root = root.clone();
            leptos::task::spawn_local(async move {
                let loaded = super::reader::ready().await;
                add.busy.set(false);
                match loaded {
                    Err(why) => add.messages.set(vec![Message::NotRead(why)]),
                    Ok(()) => {
                        clear(&root, &["add-text", "add-headline", "add-outlet", "add-published", "add-url"]);
                        ingest::start(s, vec![Item::Paste(f)], false);
                    }
                }
            });
        }
    }
}

pub fn add_articles(t: Text) -> web_sys::Element {
    let s = state();
    let add = s.add;
    let view = s.view;
    let section = dom::el("section", &[("id", "add"), ("class", "add"), ("aria-labelledby", "add-h")], "");
    let root = section.clone();
    let inner = |tag: &str, attrs: &[(&str, &str)], markup: &str| {
        let e = dom::el(tag, attrs, markup);
        let _ = section.append_child(&e);
        e
    };
    inner("div", &[("class", "add-form")], &form_html(t));
    let progress = inner("div", &[], "");
    dom::bind(move || progress.set_inner_html(&progress_html(t, add.busy.get(), add.progress.get())));
    let messages = dom::el("ul", &[("class", "add-messages")], "");
    let _ = inner("div", &[("role", "status"), ("aria-live", "polite")], "").append_child(&messages);
    dom::bind(move || messages.set_inner_html(&add.messages.with(|m| messages_html(t, m))));
    let added = inner("div", &[], "");
    dom::bind(move || {
        s.version.track();
        added.set_inner_html(&added_html(t, &data::current(), view.with(|v| v.part)));
    });
    inner("div", &[("class", "save")], &save_html(t));

    dom::on(&section, "submit", move |ev| {
        ev.prevent_default();
        add_paste(s, &root);
    });
    dom::on(&section, "change", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if el.id() == "add-files" {
            add_files(s, el.files());
            el.set_value("");
        } else if el.name() == "part" {
            if let Some(p) = Part::parse(&el.value()) {
                choose(view, |v| v.part = p);
            }
        }
    });
    let root = section.clone();
    dom::on(&section, "click", move |ev| {
        let Some(el) = ev.target().and_then(|e| e.dyn_into::<web_sys::Element>().ok()) else { return };
        if el.id() == "save-file" {
            save::save(s, value_of(&root, "save-title"));
        } else if el.class_list().contains("remove-all") {
            ingest::remove(s, None);
        } else if el.class_list().contains("remove") {
            if let Some(id) = el.closest("li[data-article]").ok().flatten().and_then(|li| li.get_attribute("data-article")) {
                ingest::remove(s, Some(&id));
            }
        }
    });
    // A paste far over the limit is refused before it reaches the text area
    // (a browser lays out 30 MB of text slowly): what was there stays.
    dom::on(&section, "paste", move |ev| {
        let ev: &web_sys::ClipboardEvent = ev.unchecked_ref();
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
        let chars = text.chars().count();
        if chars > MAX_ARTICLE_CHARS {
            ev.prevent_default();
            add.messages.set(vec![Message::Problem { source: String::new(), error: InputError::TooLong { chars } }]);
        }
    });
    dom::on(&section, "dragover", |ev| ev.prevent_default());
    dom::on(&section, "drop", move |ev| {
        ev.prevent_default();
        let ev: &web_sys::DragEvent = ev.unchecked_ref();
        add_files(s, ev.data_transfer().and_then(|d| d.files()));
    });
    section
}
