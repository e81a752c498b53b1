//! The sentences below the chart: per kind, the latest figure of each of the
//! sources that reported most, and who and when («Killed — Health Ministry
//! 1,031 (12 March) · Interior Ministry ≥ 8 (6 January)»); then what the page
//! is, with the link to add articles. Written by `crate::page::summary`, the
//! static first paint's writer too, again whenever the figures shown change (after the
//! frame that shows the chart's change).

use super::{ctx, dom, Text};
use leptos::prelude::*;

pub fn summary(t: Text) -> web_sys::Element {
    let c = ctx();
    let figures = c.figures.clone();
    let view = c.view;
    // The sentences follow the filters after the next frame, as the table's rows do: a change
    // of the view shows in the chart first (laying out new sentences in that frame made it
    // longer: about 1.5 ms of a 14 ms filter change at 5 articles).
    let shown = super::shown_after_frame(c.shown);
    let section = dom::el("section", &[("class", "summary"), ("aria-labelledby", "summary-h")], "");
    let el = section.clone();
    dom::bind(move || {
        let by = view.with(|v| v.by);
        let mut s = String::with_capacity(1024);
        shown.with(|shown| crate::page::summary::push(&mut s, t, &figures, shown, by));
        el.set_inner_html(&s);
    });
    section
}
