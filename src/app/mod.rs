//! The Leptos page (wasm only).
//!
//! State lives at the top, in [`App`]: the figures (extracted once, in the
//! browser, when the page opens) and the [`View`] (which mirrors the URL).
//! Everything below derives from those two and flows one way:
//! figures → filtered indices → chart layout / table rows.

mod articles;
mod chart;
mod evidence;
mod filters;
mod format;
mod header;
mod i18n;
mod share;
mod summary;
mod table;
mod url;

use crate::articles::ARTICLES;
use crate::extract::{extract, Options};
use crate::figure::Figure;
use crate::view::{self, View};
use leptos::prelude::*;
use std::sync::Arc;

pub use i18n::Text;

/// Mounts the page on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
    // The page runs: the message for browsers that cannot run it goes.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "1");
    }
}

/// The figures of the embedded articles (each with its manifest date), and
/// how many milliseconds extracting them took.
fn extract_all() -> (Vec<Figure>, f64) {
    let t0 = format::now();
    let mut figures = Vec::new();
    for a in ARTICLES {
        let opts = Options { published: a.published.map(str::to_owned) };
        figures.extend(extract(a.id, a.text, &opts));
    }
    (figures, format::now() - t0)
}

/// What every component may read: the figures (immutable) and the view (a signal).
#[derive(Clone)]
pub struct Ctx {
    pub figures: Arc<Vec<Figure>>,
    pub view: RwSignal<View>,
    /// The indices of the figures the view shows.
    pub shown: Memo<Vec<usize>>,
    /// Notes about parts of the URL that could not be read.
    pub url_notes: RwSignal<Vec<String>>,
    /// The article opened in the reader, if any.
    pub reading: RwSignal<Option<&'static str>>,
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

#[component]
fn App() -> impl IntoView {
    let (figures, millis) = extract_all();
    if let Some(root) = document().document_element() {
        // For the benchmark; whole microseconds, without float formatting (see chart::num).
        let micros = (millis * 1000.0).round() as u64;
        let _ = root.set_attribute("data-extract-ms", &format!("{}.{:03}", micros / 1000, micros % 1000));
    }
    let figures = Arc::new(figures);
    let (initial, notes) = url::read(&figures);
    let view = RwSignal::new(initial);
    let url_notes = RwSignal::new(notes);
    let shown = {
        let figures = figures.clone();
        Memo::new(move |_| view.with(|v| view::filter(&figures, v)))
    };
    url::sync(view, figures.clone());
    provide_context(Ctx { figures, view, shown, url_notes, reading: RwSignal::new(None) });

    // The language and the embedded mode. When either changes, the page is
    // drawn anew, so every component reads its interface text once, as plain
    // `&'static str` (one reactive closure per string would cost much wasm).
    let mode = Memo::new(move |_| view.with(|v| (v.lang, v.embed)));
    move || {
        let (lang, embed) = mode.get();
        let t = Text::new(lang);
        // The document's language and direction follow the view.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", t.lang_tag());
            let _ = root.set_attribute("dir", t.dir());
            document().set_title(t.title());
        }
        if embed {
            return view! { <share::Embedded t=t/> }.into_any();
        }
        view! {
            <header::Header t=t/>
            <main id="main">
                <url::Notes t=t/>
                <summary::Summary t=t/>
                <filters::Filters t=t/>
                <chart::ChartSection t=t/>
                <evidence::Evidence t=t/>
                <table::FigureTable t=t/>
                <share::Share t=t/>
                <articles::ArticleList t=t/>
            </main>
            <footer class="site-footer">
                <p>{t.footer()}</p>
            </footer>
        }
        .into_any()
    }
}
