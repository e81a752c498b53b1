//! The page (wasm only), on Leptos's reactive system: each part is a function
//! that returns its element, written as markup with delegated listeners
//! ([`dom`] has the few helpers that make, bind and redraw them).
//!
//! State lives at the top. [`State`] holds what outlives any article set: the
//! [`View`] (which mirrors the URL), notes on the URL, the article open in the
//! reader, and the version of the data. The data itself ([`data::Data`]: the
//! set's articles and their figures) is an immutable value replaced whole when
//! the user adds or removes articles; [`Ctx`] is built from one version of it,
//! and everything below derives from those and flows one way:
//! figures → filtered indices → chart layout / table rows.

mod add;
mod articles;
mod chart;
pub mod data;
mod dom;
mod evidence;
mod filters;
mod format;
mod header;
mod ingest;
mod reader;
mod save;
mod share;
mod summary;
mod table;
mod url;

use crate::articles::Origin;
use crate::figure::Figure;
use crate::view::{self, Part, View};
use data::{Data, Entry};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub use crate::i18n::Text;

/// Mounts the page on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    // The bootstrap is an async module (scripts/postbuild.mjs), so the wasm compiles
    // while the page is still being parsed; the page mounts once it is all there.
    let doc = document();
    let state = js_sys::Reflect::get(doc.as_ref(), &"readyState".into()).ok().and_then(|v| v.as_string());
    if state.as_deref() == Some("loading") {
        let mount = wasm_bindgen::closure::Closure::once_into_js(mount);
        let _ = doc.add_event_listener_with_callback("DOMContentLoaded", mount.unchecked_ref());
    } else {
        mount();
    }
}

/// Draws the page in place of its static first paint.
fn mount() {
    save::keep_template();
    // Legends and summaries name articles by their headlines, from the data shown.
    crate::i18n::set_headlines(Some(std::rc::Rc::new(data::headline)));
    chart::width_from_first_paint();
    dom::mount(app);
    // The page runs: its static first paint (crate::page::first_paint) and the
    // message for browsers that cannot run it go, in the same frame as the
    // page's own chart arrives (same place, same pixels: no jump).
    for id in [crate::page::first_paint::ID, "boot"] {
        if let Some(el) = document().get_element_by_id(id) {
            el.remove();
            if id == crate::page::first_paint::ID {
                chart::keep_first_paint(el);
            }
        }
    }
}

/// Runs `f` in a task after the next frame (what is on the screen now is
/// painted first).
pub fn after_frame(f: impl FnOnce() + 'static) {
    let then = wasm_bindgen::closure::Closure::once_into_js(f);
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(then.unchecked_ref());
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(frame.unchecked_ref());
    }
}

/// The figures shown, following `shown` after the next frame: for the parts below the
/// chart (the summary, the table), so that a change of the view shows in the chart first.
pub fn shown_after_frame(shown: Memo<Vec<usize>>) -> RwSignal<Vec<usize>> {
    let late = RwSignal::new(shown.get_untracked());
    dom::effect(move || {
        let now = shown.get();
        after_frame(move || {
            if late.try_with_untracked(|s| *s != now) == Some(true) {
                late.set(now);
            }
        });
    });
    late
}

/// Marks the page as drawn whole (`<html data-ready="1">`), once the parts
/// below the chart are in too: what tests and measurements wait for.
fn ready() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "1");
    }
}

/// What outlives one version of the data.
#[derive(Clone, Copy)]
pub struct State {
    pub view: RwSignal<View>,
    /// Notes about parts of the URL that could not be read.
    pub url_notes: RwSignal<Vec<String>>,
    /// The article opened in the reader, if any.
    pub reading: RwSignal<Option<String>>,
    /// Bumped whenever [`data::current`] is replaced.
    pub version: RwSignal<u64>,
    /// The version the parts below the chart show (the summary, the evidence,
    /// the table, the articles): they follow [`State::version`] in a task of
    /// their own ([`State::catch_up`]), so the chart comes first and no single
    /// task redraws everything (`None`: not drawn yet).
    pub later: RwSignal<Option<u64>>,
    /// Whether the parts off the first screen that the static first paint did
    /// not show (the evidence, the table, sharing, the article list) are drawn:
    /// on opening, in a task after the first frame with the page's own chart.
    pub rest: RwSignal<bool>,
    /// The adding of articles: progress and messages.
    pub add: add::AddState,
}

pub fn state() -> State {
    expect_context::<State>()
}

impl State {
    /// Puts new data in place and redraws what depends on it.
    pub fn set_data(&self, d: Data) {
        data::replace(d);
        self.version.update(|v| *v += 1);
        self.catch_up();
    }

    /// Brings the parts below the chart to the current version, in a task
    /// after the next frame, so the chart is painted first (several new
    /// versions before it: one redraw).
    pub fn catch_up(&self) {
        let (version, later) = (self.version, self.later);
        after_frame(move || {
            let now = version.get_untracked();
            if later.get_untracked() != Some(now) {
                later.set(Some(now));
            }
        });
    }
}

/// What every part below the data may read: one version of the figures
/// (immutable) and the view (a signal).
#[derive(Clone)]
pub struct Ctx {
    pub data: Arc<Data>,
    pub figures: Arc<Vec<Figure>>,
    pub view: RwSignal<View>,
    /// The indices of the figures the view shows.
    pub shown: Memo<Vec<usize>>,
    /// Notes about parts of the URL that could not be read.
    pub url_notes: RwSignal<Vec<String>>,
    /// The article opened in the reader, if any.
    pub reading: RwSignal<Option<String>>,
}

impl Ctx {
    /// The figure with this key.
    pub fn figure_by_key(&self, key: &str) -> Option<usize> {
        self.figures.iter().position(|f| view::figure_key(f) == key)
    }
}

pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// The indices of the figures `v` shows, among the articles of the part of
/// the set it asks for.
fn shown(d: &Data, v: &View) -> Vec<usize> {
    let mut idx = view::filter(&d.figures, v);
    if v.part != Part::All {
        let want = if v.part == Part::Added { Origin::Added } else { Origin::Base };
        idx.retain(|&i| d.is_from(&d.figures[i].article, want));
    }
    idx
}

/// The page, at the end of `parent` (`<body>`).
fn app(parent: &web_sys::Node) {
    // The page's own set with the figures its build read (no extractor needed
    // for the first screen). An article without them (a set written by hand,
    // or read by another extractor) is read in the background, like added ones.
    let t0 = format::now();
    let (mut set, broken, packed) = data::read_block();
    let mut entries: Vec<Arc<Entry>> = Vec::new();
    let mut unread: Vec<ingest::Item> = Vec::new();
    for (a, p) in std::mem::take(&mut set.articles).into_iter().zip(packed) {
        match p {
            Some(p) => match Entry::from_packed(a, Origin::Base, &p) {
                Ok(e) => entries.push(Arc::new(e)),
                Err((a, _)) => unread.push(ingest::Item::Base(a)),
            },
            None => unread.push(ingest::Item::Base(a)),
        }
    }
    let millis = format::now() - t0;
    if let Some(root) = document().document_element() {
        // For the benchmark; whole microseconds, without float formatting (see chart::num).
        let micros = (millis * 1000.0).round() as u64;
        let _ = root.set_attribute("data-figures-ms", &format!("{}.{:03}", micros / 1000, micros % 1000));
    }
    let opening_view = set.view.clone();
    let set_id = set.id.clone();
    let painted = first_paint_shown();
    let first = Data::new(set, broken, entries);
    data::replace(first);

    let (initial, notes) = url::read(&opening_view);
    let view = RwSignal::new(initial);
    let state = State {
        view,
        url_notes: RwSignal::new(notes),
        reading: RwSignal::new(None),
        version: RwSignal::new(0),
        // On opening, the parts below the chart follow it a task later, as for
        // new data: meanwhile the static first paint's own filters and summary
        // stand in their place ([`stand_in`]). Without a paint on the screen,
        // everything is drawn at once.
        later: RwSignal::new(if painted { None } else { Some(0) }),
        rest: RwSignal::new(false),
        add: add::AddState::new(),
    };
    provide_context(state);
    if painted {
        state.catch_up();
    }
    url::sync(view, opening_view);
    // The user's own articles kept from an earlier visit (and the set's unread
    // ones): read after the first screen, a slice at a time; then the URL's
    // sources and figure are checked.
    unread.extend(data::load_added(&set_id).into_iter().map(ingest::Item::Kept));
    ingest::start(state, unread, true);

    // The language and the embedded mode. When either changes, the page is
    // drawn anew, so every part reads its interface text once, as plain
    // `&'static str` (one reactive closure per string would cost much wasm).
    let mode = Memo::new(move |_| view.with(|v| (v.lang, v.embed)));
    dom::part(parent, move || {
        let (lang, embed) = mode.get();
        let t = Text::new(lang);
        let d = data::current();
        // The document's language and direction follow the view.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", t.lang_tag());
            let _ = root.set_attribute("dir", t.dir());
            document().set_title(&crate::page::first_paint::document_title(&d.set, t.lang));
        }
        if embed {
            return vec![figures(t, true)];
        }
        let main = dom::el("main", &[("id", "main")], "");
        let _ = main.append_child(&url::notes(t));
        let _ = main.append_child(&figures(t, false));
        let _ = main.append_child(&add::add_articles(t));
        let mut footer = String::from("<p>");
        format::push_esc(&mut footer, t.footer());
        footer.push_str("</p>");
        vec![header::header(t).into(), main.into(), dom::el("footer", &[("class", "site-footer")], &footer).into()]
    });
}

/// Whether the static first paint is on the screen (the page's own view: a
/// link with a view of its own hides it, see index.html's view check).
fn first_paint_shown() -> bool {
    let doc = document();
    let url_view = doc.document_element().is_some_and(|r| r.has_attribute("data-url-view"));
    !url_view && doc.get_element_by_id(crate::page::first_paint::ID).is_some_and(|e| e.child_element_count() > 0)
}

/// The static first paint's part `selector` (its filters, its summary), moved
/// out of it to stand in the page's place for the page's own until that is
/// drawn, a task after the page's first chart: the same markup by the same
/// writers, inert, so the frame that brings the chart shows it unchanged.
fn stand_in(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(&format!("#{} {selector}", crate::page::first_paint::ID)).ok().flatten()
}

/// Provides a [`Ctx`] for the current data and view.
fn provide_ctx(s: State) {
    let d = data::current();
    let figures = d.figures.clone();
    let shown = {
        let d = d.clone();
        Memo::new(move |_| s.view.with(|v| shown(&d, v)))
    };
    provide_context(Ctx { data: d, figures, view: s.view, shown, url_notes: s.url_notes, reading: s.reading });
}

/// Everything drawn from the figures, drawn anew for each version of the data:
/// the chart first, then, in a task of its own ([`State::later`]), the bar of
/// main choices and the drawer of the other filters (above the chart, beside
/// it on wide screens, see app.css), the summary and the rest.
fn figures(t: Text, embed: bool) -> web_sys::Node {
    let s = state();
    if embed {
        return dom::fragment(move || {
            s.version.track();
            provide_ctx(s);
            dom::effect(ready);
            vec![share::embedded(t).into()]
        });
    }
    let div = dom::el("div", &[("class", "figures")], "");
    // (the filters' lists of sources and days follow the data a task later too)
    dom::part(&div, move || {
        if s.later.get().is_none() {
            return stand_in("section.filters").into_iter().map(|e| {
                // (folded as the page's own is, where it does not sit beside the chart)
                if let Ok(Some(d)) = e.query_selector("details.filter-details") {
                    let _ = d.toggle_attribute_with_force("open", filters::open_at_start());
                }
                e.into()
            }).collect();
        }
        provide_ctx(s);
        vec![filters::filters(t).into()]
    });
    dom::part(&div, move || {
        s.version.track();
        provide_ctx(s);
        vec![chart::chart_section(t).into()]
    });
    // The summary: the static first paint showed it, so it comes with the chart.
    dom::part(&div, move || {
        if s.later.get().is_none() {
            return stand_in("section.summary").into_iter().map(Into::into).collect();
        }
        provide_ctx(s);
        vec![summary::summary(t).into()]
    });
    // What the first screen does not show: on opening, a task after the chart's frame.
    dom::part(&div, move || {
        if s.later.get().is_none() || !s.rest.get() {
            return Vec::new();
        }
        provide_ctx(s);
        dom::effect(ready);
        vec![
            evidence::evidence(t).into(),
            table::figure_table(t).into(),
            share::share(t).into(),
            articles::article_list(t).into(),
        ]
    });
    if !s.rest.get_untracked() {
        // A frame after the filters and the summary (which follow the chart a
        // frame later, [`State::catch_up`]): each is laid out in a frame of its
        // own (together, at 500 articles, one frame took 100–135 ms).
        after_frame(move || after_frame(move || s.rest.set(true)));
    }
    div.into()
}
