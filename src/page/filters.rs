//! The filters' markup: a bar of the main choices and a drawer with the rest,
//! written as one HTML string. The page writes it once without state (its
//! effect then sets the inputs from the view); the static first paint writes
//! it with the state of the view it shows, so both look the same.

use crate::date::Date;
use crate::figure::{Figure, Kind, Victims};
use crate::html::{push_attr, push_esc};
use crate::i18n::{format, Text};
use crate::view::{self, Display, GroupBy, Scale, View};

/// From this width the drawer sits beside the chart, open (see app.css).
pub const WIDE: f64 = 1000.0;

/// The state the form shows, for a form written with it (the first paint).
pub struct FormState<'a> {
    pub view: &'a View,
    /// Every source with its number of figures (see [`source_counts`]).
    pub sources: &'a [(String, usize)],
    /// How many figures the view shows, of how many.
    pub shown: usize,
    pub total: usize,
}

/// Appends a labelled checkbox or radio button: `<label class=…><input …>text</label>`.
fn check(s: &mut String, class: &str, kind: &str, name: &str, value: &str, text: &str, on: bool) {
    s.push_str("<label");
    push_attr(s, "class", class);
    s.push_str("><input");
    push_attr(s, "type", kind);
    push_attr(s, "name", name);
    if !value.is_empty() {
        push_attr(s, "value", value);
    }
    if on {
        s.push_str(" checked");
    }
    s.push('>');
    push_esc(s, text);
    s.push_str("</label>");
}

/// Appends `<legend>text</legend>`.
fn legend(s: &mut String, text: &str) {
    s.push_str("<legend>");
    push_esc(s, text);
    s.push_str("</legend>");
}

/// Every source of `figures` grouped `by`, with its number of figures.
pub fn source_counts(figures: &[Figure], by: GroupBy) -> Vec<(String, usize)> {
    let sources = view::sources(figures, by);
    let mut n = vec![0usize; sources.len()];
    for f in figures {
        let k = view::source_key(f, by);
        if let Some(i) = sources.iter().position(|x| *x == k) {
            n[i] += 1;
        }
    }
    sources.into_iter().zip(n).collect()
}

/// The source picker's list: one box per source, with its number of figures
/// (written anew when the grouping changes); `view` ticks the boxes.
pub fn sources_html(t: Text, sources: &[(String, usize)], by: GroupBy, view: Option<&View>) -> String {
    let mut s = String::new();
    for (key, n) in sources {
        s.push_str(r#"<label class="check"><input type="checkbox" name="source""#);
        push_attr(&mut s, "value", key);
        if view.is_some_and(|v| is_checked(v, "source", key)) {
            s.push_str(" checked");
        }
        s.push_str("><span>");
        push_esc(&mut s, &t.source_name(key, by));
        s.push_str(r#"</span><span class="n">"#);
        push_esc(&mut s, &format::number(*n as f64, t.lang));
        s.push_str("</span></label>");
    }
    s
}

/// A date `<select>`: "any" and each day a figure was reported, in the
/// interface's language (no `mm/dd/yyyy` from a date input).
fn date_select(s: &mut String, t: Text, name: &str, label: &str, days: &[Date], chosen: Option<Date>) {
    s.push_str(r#"<label class="date-input"><span>"#);
    push_esc(s, label);
    s.push_str("</span><select");
    push_attr(s, "name", name);
    s.push_str(r#"><option value="">"#);
    push_esc(s, t.any_date());
    s.push_str("</option>");
    let mut listed = chosen.is_none();
    for d in days {
        s.push_str("<option");
        push_attr(s, "value", &d.to_string());
        if chosen == Some(*d) {
            s.push_str(" selected");
            listed = true;
        }
        s.push('>');
        push_esc(s, &format::day_long(d.to_days(), t.lang));
        s.push_str("</option>");
    }
    // A day from the link that no figure was reported on: offered too.
    if let (false, Some(d)) = (listed, chosen) {
        s.push_str("<option");
        push_attr(s, "value", &d.to_string());
        s.push_str(" selected>");
        push_esc(s, &format::day_long(d.to_days(), t.lang));
        s.push_str("</option>");
    }
    s.push_str("</select></label>");
}

/// The groups of people among `figures`, in [`Victims::ALL`] order.
pub fn victims_present(figures: &[Figure]) -> Vec<Victims> {
    Victims::ALL.into_iter().filter(|v| figures.iter().any(|f| f.victims == *v)).collect()
}

/// Every day a figure of `figures` was reported on (both ends of a month-only date), sorted.
pub fn report_days(figures: &[Figure]) -> Vec<Date> {
    // (kept sorted as they come: a set's figures repeat a few dozen days, so
    // thousands of figures are not sorted to find them)
    let mut days: Vec<Date> = Vec::new();
    for d in figures.iter().filter_map(|f| f.reported.as_deref().and_then(view::reported_span)).flat_map(|(a, b)| [a, b]) {
        if let Err(at) = days.binary_search(&d) {
            days.insert(at, d);
        }
    }
    days
}

/// The day «last 7 days» ends on: the last day the chart's time axis keeps
/// (a few figures dated far after all the others stand apart there, see
/// [`crate::chart::marks::focus`]), else the last day a figure was reported on.
pub fn last_day(figures: &[Figure]) -> Option<Date> {
    let spans: Vec<(f64, f64)> = figures.iter().filter_map(crate::chart::marks::day_span).collect();
    let last = spans.iter().map(|s| s.1).reduce(f64::max)?;
    let (_, to) = crate::chart::marks::focus(&spans);
    Some(Date::from_days(to.unwrap_or(last) as i64))
}

/// «Showing 16 of 16».
pub fn shown_count(t: Text, shown: usize, total: usize) -> String {
    format!("{} {} {} {}", t.showing(), format::number(shown as f64, t.lang), t.of(), format::number(total as f64, t.lang))
}

/// Whether the view is the default one (the reset button is hidden then).
pub fn is_default(v: &View) -> bool {
    *v == View { lang: v.lang, embed: v.embed, ..View::default() }
}

/// The whole form: a bar of the main choices (chart or table, kinds, scale,
/// the count, reset) and a drawer with the rest (sources, victims, dates,
/// grouping, switches). Without `state` the inputs are left unset (the page
/// sets them); with it, they show its view.
pub fn form_html(t: Text, victims: &[Victims], days: &[Date], open: bool, state: Option<&FormState>) -> String {
    let v = state.map(|s| s.view);
    let on = |name: &str, value: &str| v.is_some_and(|v| is_checked(v, name, value));
    let mut s = String::with_capacity(4096);
    s.push_str(r#"<div class="filters-bar"><div class="display-tabs" role="group""#);
    push_attr(&mut s, "aria-label", t.display());
    s.push('>');
    for (label, d) in [(t.chart(), Display::Chart), (t.table(), Display::Table)] {
        s.push_str(r#"<button type="button" class="tab""#);
        if let Some(v) = v {
            push_attr(&mut s, "aria-pressed", if v.display == d { "true" } else { "false" });
        }
        s.push('>');
        push_esc(&mut s, label);
        s.push_str("</button>");
    }
    s.push_str(r#"</div><fieldset class="bar-group">"#);
    legend(&mut s, t.kinds());
    for k in Kind::ALL {
        check(&mut s, &format!("check kind-{}", k.as_str()), "checkbox", "kind", k.as_str(), t.kind(k), on("kind", k.as_str()));
    }
    s.push_str(r#"</fieldset><fieldset class="bar-group">"#);
    legend(&mut s, t.scale());
    for (scale, label) in [(Scale::Log, t.scale_log()), (Scale::Linear, t.scale_linear())] {
        check(&mut s, "check", "radio", "scale", scale.as_str(), label, on("scale", scale.as_str()));
    }
    s.push_str(r#"</fieldset><p class="shown-count" role="status" aria-live="polite">"#);
    if let Some(st) = state {
        push_esc(&mut s, &shown_count(t, st.shown, st.total));
    }
    s.push_str(r#"</p><button type="button" class="reset""#);
    if v.is_none_or(is_default) {
        s.push_str(" hidden");
    }
    s.push('>');
    push_esc(&mut s, t.reset());
    s.push_str(r#"</button></div><details class="filter-details""#);
    if open {
        s.push_str(" open");
    }
    s.push_str(r#"><summary><h2 id="filters-h">"#);
    push_esc(&mut s, t.filters());
    s.push_str(r#"</h2></summary><div class="filter-groups"><fieldset class="sources">"#);
    legend(&mut s, t.sources());
    s.push_str(r#"<input type="search" class="source-search" autocomplete="off""#);
    push_attr(&mut s, "aria-label", t.find_source());
    push_attr(&mut s, "placeholder", t.find_source());
    s.push_str(r#"><div class="source-list">"#);
    if let Some(st) = state {
        s.push_str(&sources_html(t, st.sources, st.view.by, Some(st.view)));
    }
    s.push_str(r#"</div></fieldset><fieldset>"#);
    legend(&mut s, t.victims_heading());
    for x in victims {
        check(&mut s, "check", "checkbox", "victims", x.as_str(), t.victims(*x), on("victims", x.as_str()));
    }
    s.push_str(r#"</fieldset><fieldset class="dates">"#);
    legend(&mut s, t.date_range());
    date_select(&mut s, t, "from", t.from(), days, v.and_then(|v| v.from));
    date_select(&mut s, t, "to", t.to(), days, v.and_then(|v| v.to));
    // Quick ranges for sets that span weeks or months.
    s.push_str(r#"<div class="ranges"><button type="button" class="range-all">"#);
    push_esc(&mut s, t.all_dates());
    s.push_str(r#"</button><button type="button" class="range-week">"#);
    push_esc(&mut s, t.last_7_days());
    s.push_str("</button></div></fieldset><fieldset>");
    legend(&mut s, t.group_by());
    for (by, label) in [(GroupBy::Claimant, t.by_claimant()), (GroupBy::Article, t.by_article())] {
        check(&mut s, "check", "radio", "by", by.as_str(), label, on("by", by.as_str()));
    }
    s.push_str(r#"</fieldset><fieldset class="switches">"#);
    legend(&mut s, t.switches());
    check(&mut s, "check", "checkbox", "disputed", "", t.include_disputed(), on("disputed", ""));
    check(&mut s, "check", "checkbox", "vague", "", t.include_vague(), on("vague", ""));
    s.push_str("</fieldset></div></details>");
    s
}

/// Whether the input `name`=`value` is on in the view `v`.
pub fn is_checked(v: &View, name: &str, value: &str) -> bool {
    match name {
        "kind" => Kind::parse(value).is_some_and(|k| v.kinds.contains(&k)),
        "victims" => Victims::parse(value).is_some_and(|x| v.victims.as_ref().is_none_or(|s| s.contains(&x))),
        "source" => v.sources.as_ref().is_none_or(|s| s.contains(value)),
        "scale" => v.scale.as_str() == value,
        "by" => v.by.as_str() == value,
        "disputed" => v.disputed,
        "vague" => v.vague,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testing::fig;

    #[test]
    fn the_last_week_ends_where_the_time_axis_does() {
        let mut figs: Vec<Figure> = (1..=9).map(|d| fig("a", Kind::Killed, d, Some(&format!("2022-01-0{d}")))).collect();
        assert_eq!(last_day(&figs), Date::parse("2022-01-09"));
        // a figure dated years after the others stands apart: the week is the others' last
        figs.push(fig("b", Kind::Killed, 5, Some("2030-06-01")));
        assert_eq!(last_day(&figs), Date::parse("2022-01-09"));
        assert_eq!(last_day(&figs[9..]), Date::parse("2030-06-01"));
        assert_eq!(last_day(&[]), None);
    }
}
