//! The page's elements, made with Leptos's reactive system and no view renderer.
//!
//! Every part of the page is markup written by a function (every text escaped,
//! see `crate::html`) and set with `innerHTML`, with a few delegated listeners.
//! What Leptos's renderer (`view!`) added on top of that was a frame of a few
//! dozen elements, yet its generic code was the largest single part of the
//! wasm (README, "Sizes"). These helpers do that frame's work:
//!
//! - [`el`] makes an element with its attributes and markup;
//! - [`on`] listens to an event on it;
//! - [`bind`] runs a function now and again whenever a signal it read changes
//!   (a reactive attribute, the markup of a list); [`effect`] does the same
//!   from a microtask, once what is being built is in the page;
//! - [`part`] keeps a run of nodes in place, made anew whenever a signal read
//!   while making them changes (a part of the page drawn anew for new data);
//!   [`fragment`] makes one that is not in the page yet.
//!
//! Listeners and effects belong to the current reactive [`Owner`] and go with
//! it: when a part is made anew, what its last making set up is dropped first.

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use leptos::reactive::owner::{LocalStorage, Owner, StoredValue};
use std::any::Any;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, Event, EventTarget, Node};

/// Keeps `x` alive as long as the current owner (dropped when it is cleaned up).
fn keep(x: Box<dyn Any>) {
    let _ = StoredValue::<Box<dyn Any>, LocalStorage>::new_local(x);
}

/// A new element `tag` with these attributes and this markup inside (markup
/// written by this crate's writers: never text from a user unescaped).
pub fn el(tag: &str, attrs: &[(&str, &str)], inner: &str) -> Element {
    // (expect_throw: a JavaScript error, without the formatting of `expect`)
    let e = wasm_bindgen::UnwrapThrowExt::expect_throw(document().create_element(tag), "a valid tag name");
    for (name, value) in attrs {
        let _ = e.set_attribute(name, value);
    }
    if !inner.is_empty() {
        e.set_inner_html(inner);
    }
    e
}

/// Calls `f` on every `event` on `target`, while the current owner lives.
pub fn on(target: &EventTarget, event: &str, f: impl FnMut(Event) + 'static) {
    let f: Closure<dyn FnMut(Event)> = Closure::wrap(Box::new(f));
    let _ = target.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    keep(Box::new(f));
}

/// Runs `f` now, and again (in a microtask) whenever a signal it read
/// changes, while the current owner lives.
pub fn bind(f: impl FnMut() + 'static) {
    bind_boxed(Box::new(f));
}

/// [`bind`] for one boxed function type: each closure type would otherwise
/// bring its own copy of the render effect's task.
#[inline(never)]
fn bind_boxed(mut f: Box<dyn FnMut()>) {
    keep(Box::new(RenderEffect::new(move |_: Option<()>| f())));
}

/// Runs `f` in a microtask (once what is being built is in the page), and
/// again whenever a signal it read changes, while the current owner lives
/// (Leptos's [`Effect`], given one boxed function type: each closure type
/// would otherwise bring its own copy of the effect's task, about 1 KB).
pub fn effect(f: impl FnMut() + 'static) {
    effect_boxed(Box::new(f));
}

#[inline(never)]
fn effect_boxed(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_: Option<()>| f());
}

/// Keeps the nodes `make` returns at the end of `parent`, made anew (the old
/// ones removed, what their making set up cleaned up) whenever a signal read
/// while making them changes. Two empty comments mark the run's place, so a
/// part may hold other parts.
pub fn part(parent: &Node, make: impl FnMut() -> Vec<Node> + 'static) {
    part_boxed(parent, Box::new(make));
}

#[inline(never)]
fn part_boxed(parent: &Node, mut make: Box<dyn FnMut() -> Vec<Node>>) {
    let doc = document();
    let start: Node = doc.create_comment("").into();
    let end: Node = doc.create_comment("").into();
    let _ = parent.append_child(&start);
    let _ = parent.append_child(&end);
    bind(move || {
        let nodes = make();
        let Some(parent) = end.parent_node() else { return };
        while let Some(old) = start.next_sibling().filter(|n| *n != end) {
            let _ = parent.remove_child(&old);
        }
        for n in nodes {
            let _ = parent.insert_before(&n, Some(&end));
        }
    });
}

/// A part (see [`part`]) not yet in the page: a fragment whose nodes go where
/// it is inserted (so a part may stand where one element is expected).
pub fn fragment(make: impl FnMut() -> Vec<Node> + 'static) -> Node {
    let frag: Node = document().create_document_fragment().into();
    part(&frag, make);
    frag
}

/// Builds the page with `app` at the end of `<body>`, under a reactive owner
/// that lives as long as the page.
pub fn mount(app: impl FnOnce(&Node)) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    if let Some(body) = document().body() {
        owner.with(|| app(&body));
    }
    std::mem::forget(owner);
}
