//! The view travels in the URL: read on load, written back with
//! `history.replaceState` as the user changes it, and pushed as a new history
//! entry when the user makes a deliberate choice, so Back and Forward move
//! between chosen views.

use super::{ctx, Text};
use crate::figure::Figure;
use crate::view::{self, View};
use std::sync::Arc;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    /// Set by [`choose`]: the next write of the URL adds a history entry.
    static PUSH_NEXT: Cell<bool> = const { Cell::new(false) };
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// The view the URL asks for, and notes on what it had that could not be
/// read or that names no source or figure of `figures`.
pub fn read(figures: &[Figure]) -> (View, Vec<String>) {
    let (mut v, mut notes) = View::from_query(&search());
    let known = view::sources(figures, v.by);
    notes.extend(view::keep_known_sources(&mut v, &known));
    if let Some(key) = &v.selected {
        if !figures.iter().any(|f| view::figure_key(f) == *key) {
            v.selected = None;
            notes.push("fig: no such figure".to_owned());
        }
    }
    (v, notes)
}

/// Changes the view as a deliberate choice of the user's (a new history entry).
pub fn choose(view: RwSignal<View>, change: impl FnOnce(&mut View)) {
    PUSH_NEXT.with(|p| p.set(true));
    view.update(change);
}

/// Keeps the URL and the view in step, both ways.
pub fn sync(view: RwSignal<View>, figures: Arc<Vec<Figure>>) {
    Effect::new(move |_| {
        let v = view.get();
        let query = v.to_query();
        let push = PUSH_NEXT.with(|p| p.replace(false)) && !v.embed;
        if query == search() {
            return;
        }
        let location = window().location();
        let target = if query.is_empty() { location.pathname().unwrap_or_default() } else { query };
        let Ok(history) = window().history() else { return };
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&target))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
        };
    });
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let (v, _) = read(&figures);
        view.set(v);
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}

/// A quiet note about the parts of the URL that were ignored.
#[component]
pub fn Notes(t: Text) -> impl IntoView {
    let c = ctx();
    let notes = c.url_notes;
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <div class="url-notes" role="status">
                <p>{t.url_note()}</p>
                <ul>{move || notes.get().into_iter().map(|n| view! { <li><code>{n}</code></li> }).collect_view()}</ul>
                <button type="button" on:click=move |_| notes.set(Vec::new())>{t.dismiss()}</button>
            </div>
        </Show>
    }
}
