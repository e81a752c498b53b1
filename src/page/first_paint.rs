//! The static first paint: a set's view written as plain HTML and SVG into
//! the page when it is built (`tally page`, scripts/build) or saved ("Save
//! as one file"), so a reader sees the chart and the summary before the wasm
//! has loaded, and with JavaScript turned off.
//!
//! It is the live page's first screen with the same elements and classes
//! (header, the filters' bar and drawer, the chart with its legend, the
//! summary), so the page's CSS puts it where the live page will be; the
//! chart's panels are laid out at the chart's width on a 1280 px screen
//! ([`WIDE_WIDTH`]), a 768 px tablet ([`MID_WIDTH`]) and a 375 px phone
//! ([`NARROW_WIDTH`], one kind, as the page shows it there), with a `viewBox`
//! so they scale to other widths (app.css shows the one for the screen). The page removes it when it mounts its own, in the
//! same frame (src/app/mod.rs).
//!
//! Everything is written as text with [`crate::html`]'s escaping and the one
//! SVG writer ([`crate::chart::svg`]): nothing from an article becomes markup.
//! The paint ends with [`END_MARK`] (a comment, which no escaped text can
//! make), so [`place`] finds its end in any page, and a browser's
//! serialisation of the page (what "Save as one file" fills) keeps it.

use super::filters::{self, FormState};
use crate::articles::set_file::PlaceError;
use crate::articles::ArticleSet;
use crate::chart::scene::{self, Words};
use crate::chart::{self, num as n, palette, svg, LayoutOptions};
use crate::figure::{Figure, Kind};
use crate::html::{push_attr, push_esc};
use crate::i18n::{self, Text};
use crate::view::{self, Lang, Part, View};
use std::rc::Rc;

/// The chart's width on a 1280 px screen (beside the open drawer), where the
/// static panels and the live ones are the same pixels.
pub const WIDE_WIDTH: f64 = 828.0;
/// The chart's width on a 768 px tablet (592 to 999 px: no drawer beside it).
pub const MID_WIDTH: f64 = 736.0;
/// The chart's width on a 375 px phone (one kind at a time below 560 px).
pub const NARROW_WIDTH: f64 = 343.0;
/// Below this width the page shows one kind's panel at a time (tabs).
pub const NARROW: f64 = 560.0;

/// A panel's height at chart width `width`, the same in the page
/// (src/app/chart.rs), the static paint and the downloads: taller where one
/// panel is shown at a time (on a phone, a 240 px panel left a 340 px wide
/// plot 190 px for its values; a set of hundreds of articles piled its marks).
pub fn panel_height(width: f64) -> f64 {
    if width < NARROW {
        320.0
    } else {
        240.0
    }
}
/// The id of the paint's wrapper (and of the empty placeholder in index.html).
pub const ID: &str = "first-paint";
/// Written right after the paint's wrapper, so it can be found and replaced.
pub const END_MARK: &str = "<!--/first-paint-->";

/// The figures of every article of `set`, in article order (as the page reads them),
/// with no reader's day (the default set's articles give their dates).
pub fn figures_of(set: &ArticleSet) -> Vec<Figure> {
    set.articles.iter().flat_map(|a| a.read(None).0).collect()
}

/// The indices of the figures `v` shows, when every article is the set's own.
pub fn shown(figures: &[Figure], v: &View) -> Vec<usize> {
    if v.part == Part::Added {
        return Vec::new();
    }
    view::filter(figures, v)
}

/// Makes [`Text::source_name`] find the headlines of `set` while it lives.
struct Headlines(Option<i18n::Headlines>);

impl Headlines {
    fn of(set: &ArticleSet) -> Headlines {
        let heads: Vec<(String, String, String)> =
            set.articles.iter().map(|a| (a.id.clone(), a.headline(false).0, a.headline(true).0)).collect();
        let find = move |id: &str, en: bool| heads.iter().find(|h| h.0 == id).map(|h| if en { h.2.clone() } else { h.1.clone() });
        Headlines(i18n::set_headlines(Some(Rc::new(find))))
    }
}

impl Drop for Headlines {
    fn drop(&mut self) {
        i18n::set_headlines(self.0.take());
    }
}

/// The first paint of `set` (whose figures are `figures`, see [`figures_of`])
/// in the view `v`: the wrapper `<div id="first-paint">…</div>` and [`END_MARK`].
pub fn write(set: &ArticleSet, figures: &[Figure], v: &View) -> String {
    let _heads = Headlines::of(set);
    let t = Text::new(v.lang);
    let shown = shown(figures, v);
    let mut s = String::with_capacity(64 * 1024);
    let wide = chart_layout(figures, &shown, v, WIDE_WIDTH, None);
    let marks: usize = wide.panels.iter().map(|p| p.marks.len()).sum();
    s.push_str("<div");
    push_attr(&mut s, "id", ID);
    push_attr(&mut s, "lang", t.lang_tag());
    push_attr(&mut s, "dir", t.dir());
    push_attr(&mut s, "data-marks", &marks.to_string());
    s.push('>');
    super::header::push(&mut s, t, set, &super::header::About::for_set(set, || set.articles.len(), figures), super::Mode::Paint);
    s.push_str(r#"<main><div class="figures"><section class="filters" inert>"#);
    let counts = filters::source_counts(figures, v.by);
    let state = FormState { view: v, sources: &counts, shown: shown.len(), total: figures.len() };
    // The date lists hold only the days the view shows (the form is inert here
    // and a list shows its chosen day alone): a list of every reported day,
    // hundreds of options in a large set, cost the first frame their shaping.
    // The lists' width does not follow their options (app.css), so the page's
    // own, full lists take the same place.
    s.push_str(&filters::form_html(t, &filters::victims_present(figures), &[], true, Some(&state)));
    s.push_str("</section>");
    // Wide: the legend above all the panels.
    s.push_str(r#"<section class="chart-section fp-wide" id="chart" aria-labelledby="chart-h"><h2 id="chart-h" class="visually-hidden">"#);
    push_esc(&mut s, t.chart_title());
    s.push_str("</h2>");
    legend(&mut s, t, figures, v);
    panels(&mut s, t, figures, &wide, WIDE_WIDTH, v);
    empty(&mut s, t, &shown);
    s.push_str("</section>");
    // Mid (no drawer beside the chart): the same at the tablet's width. Only the
    // variant app.css shows is in the accessibility tree.
    let mid = chart_layout(figures, &shown, v, MID_WIDTH, None);
    s.push_str(r#"<section class="chart-section fp-mid""#);
    push_attr(&mut s, "aria-label", t.chart_title());
    s.push('>');
    legend(&mut s, t, figures, v);
    panels(&mut s, t, figures, &mid, MID_WIDTH, v);
    empty(&mut s, t, &shown);
    s.push_str("</section>");
    // Narrow: the kinds as tabs, the first kind's panel, the legend below. Every
    // kind's panel is there, each laid out alone as the page lays out the tab's;
    // app.css shows the first only, or all of them (and no tabs) without scripting.
    let kinds: Vec<Kind> = Kind::ALL.into_iter().filter(|k| v.kinds.contains(k)).collect();
    let first = kinds.first().copied();
    s.push_str(r#"<section class="chart-section fp-narrow""#);
    push_attr(&mut s, "aria-label", t.chart_title());
    s.push('>');
    super::tabs::push(&mut s, t, &kinds, first, super::Mode::Paint);
    s.push_str(r#"<div class="chart-box">"#);
    for k in &kinds {
        panel_svgs(&mut s, t, figures, &chart_layout(figures, &shown, v, NARROW_WIDTH, Some(*k)), NARROW_WIDTH, v);
    }
    s.push_str("</div>");
    legend(&mut s, t, figures, v);
    empty(&mut s, t, &shown);
    s.push_str("</section>");
    summary(&mut s, t, figures, &shown, v);
    s.push_str("</div></main></div>");
    s.push_str(END_MARK);
    s
}

/// The chart of `v` at `width`: every kind it shows, or only `only` (the
/// static paint's layouts, and the downloads' picture).
pub fn chart_layout(figures: &[Figure], shown: &[usize], v: &View, width: f64, only: Option<Kind>) -> chart::Chart {
    let kinds: Vec<Kind> = match only {
        Some(k) => vec![k],
        None => Kind::ALL.into_iter().filter(|k| v.kinds.contains(k)).collect(),
    };
    let opts = LayoutOptions {
        width,
        panel_height: panel_height(width),
        scale: v.scale,
        by: v.by,
        rtl: v.lang == Lang::Ar,
        kinds,
        series: view::top_sources(figures, v.by, v.sources.as_ref(), palette::MAX_SERIES),
        focus: v.date_range() == (None, None),
        axis: Some(view::axis_figures(figures, v)),
    };
    chart::layout(figures, shown, &opts)
}

/// The page's header: the app's name, the set's title and subtitle, the language switch.
/// The legend: each coloured source (pressed when shown), then the others.
fn legend(s: &mut String, t: Text, figures: &[Figure], v: &View) {
    let every = view::sources(figures, v.by);
    let coloured = view::top_sources(figures, v.by, v.sources.as_ref(), palette::MAX_SERIES);
    s.push_str(r#"<div class="legend" role="group""#);
    push_attr(s, "aria-label", t.legend());
    s.push_str("><ul>");
    super::legend::push_items(s, t, &coloured, every.len().saturating_sub(coloured.len()), v.sources.as_ref(), v.by);
    s.push_str("</ul></div>");
}

/// The chart's box with one SVG per panel, laid out at `width` and scaled by
/// its `viewBox` (app.css gives it the box's width).
fn panels(s: &mut String, t: Text, figures: &[Figure], c: &chart::Chart, width: f64, v: &View) {
    s.push_str(r#"<div class="chart-box">"#);
    panel_svgs(s, t, figures, c, width, v);
    s.push_str("</div>");
}

/// One SVG per panel of `c`, laid out at `width`.
fn panel_svgs(s: &mut String, t: Text, figures: &[Figure], c: &chart::Chart, width: f64, v: &View) {
    for p in &c.panels {
        let log = matches!(p.y, chart::YScale::Log(_));
        s.push_str(r#"<svg class="panel""#);
        push_attr(s, "data-kind", p.kind.as_str());
        push_attr(s, "width", &n(width));
        push_attr(s, "height", &n(p.height));
        push_attr(s, "viewBox", &format!("0 0 {} {}", n(width), n(p.height)));
        push_attr(s, "role", "img");
        push_attr(s, "aria-label", &t.panel_name(p.kind, log));
        push_attr(s, "data-key", &scene::key(p, width, t.lang_tag(), figures));
        s.push_str(r#" direction="ltr">"#);
        s.push_str(&svg::nodes(&scene::panel(p, width, figures, &t, v.selected.as_deref(), false), &svg::PAGE));
        s.push_str("</svg>");
    }
}

/// «No figure matches these filters», when none does.
fn empty(s: &mut String, t: Text, shown: &[usize]) {
    if shown.is_empty() {
        s.push_str(r#"<p class="empty">"#);
        push_esc(s, t.nothing_shown());
        s.push_str("</p>");
    }
}

/// The summary's sentences and what the page is.
fn summary(s: &mut String, t: Text, figures: &[Figure], shown: &[usize], v: &View) {
    s.push_str(r#"<section class="summary" aria-labelledby="summary-h">"#);
    super::summary::push(s, t, figures, shown, v.by);
    s.push_str("</section>");
}

/// The document's title for `set` in `lang` («Kazakhstan unrest, January 2022 — Tally: …»),
/// as the page sets it.
pub fn document_title(set: &ArticleSet, lang: Lang) -> String {
    let t = Text::new(lang);
    match set.title(lang == Lang::En) {
        Some(s) => format!("{s} — {}", t.title()),
        None => t.title().to_string(),
    }
}

/// `page` with `title` (escaped) as its `<title>`, where it has one.
pub fn retitle(page: &str, title: &str) -> String {
    let Some(start) = page.find("<title>") else { return page.to_owned() };
    let inner = start + "<title>".len();
    let Some(end) = page[inner..].find("</title>").map(|e| inner + e) else { return page.to_owned() };
    let mut out = String::with_capacity(page.len() + title.len());
    out.push_str(&page[..inner]);
    push_esc(&mut out, title);
    out.push_str(&page[end..]);
    out
}

/// Where the paint's wrapper starts in `page` (at its `<`), looking only in
/// the body before the data block (article text never counts).
fn find_start(page: &str) -> Option<usize> {
    let body = page.find("<body").unwrap_or(0);
    let until = page[body..].find(crate::articles::set_file::BLOCK_START).map_or(page.len(), |e| body + e);
    let region = &page[body..until];
    for pat in [format!("id=\"{ID}\""), format!("id={ID}")] {
        let mut from = 0;
        while let Some(at) = region[from..].find(&pat) {
            let at = from + at;
            let after = region[at + pat.len()..].chars().next();
            if matches!(after, Some(' ' | '>' | '/' | '\t' | '\n')) {
                return region[..at].rfind('<').map(|lt| body + lt);
            }
            from = at + pat.len();
        }
    }
    None
}

/// `page` with `paint` (from [`write`]) in place of its first paint (a paint
/// written before, or the empty placeholder `<div id="first-paint"></div>`),
/// else right after `<body>`.
pub fn place(page: &str, paint: &str) -> Result<String, PlaceError> {
    if let Some(start) = find_start(page) {
        let end = match page[start..].find(END_MARK) {
            Some(e) => start + e + END_MARK.len(),
            None => page[start..].find("</div>").map(|e| start + e + "</div>".len()).ok_or(PlaceError::NoPlace)?,
        };
        return Ok(format!("{}{paint}{}", &page[..start], &page[end..]));
    }
    let body = page.find("<body").ok_or(PlaceError::NoPlace)?;
    let open_end = page[body..].find('>').map(|e| body + e + 1).ok_or(PlaceError::NoPlace)?;
    Ok(format!("{}{paint}{}", &page[..open_end], &page[open_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::articles::Article;

    fn set() -> ArticleSet {
        let mut a = Article::new("a1", "قالت وزارة الصحة إن 164 شخصاً قتلوا واعتقلت الشرطة 7939 شخصاً. <script>alert(1)</script>");
        a.published = Some("2022-01-10".into());
        a.headline_en = Some("Headline <b>1</b>".into());
        let mut b = Article::new("b2", "أعلنت الشرطة مقتل عشرات المتظاهرين.");
        b.published = Some("2022-01-06".into());
        ArticleSet {
            id: "t".into(),
            title_ar: Some("عنوان <i>المجموعة</i>".into()),
            title_en: Some("A set & co".into()),
            articles: vec![a, b],
            ..ArticleSet::default()
        }
    }

    #[test]
    fn writes_header_chart_and_summary_escaped() {
        let set = set();
        let figs = figures_of(&set);
        assert!(!figs.is_empty());
        let v = View::default();
        let html = write(&set, &figs, &v);
        assert!(html.starts_with(r#"<div id="first-paint" lang="ar" dir="rtl" data-marks=""#), "{}", &html[..80]);
        assert!(html.ends_with(END_MARK));
        // Nothing from the text is markup.
        assert!(!html.contains("<script") && !html.contains("<i>") && !html.contains("<b>"));
        assert!(html.contains("عنوان &lt;i&gt;المجموعة&lt;/i&gt;"));
        // The marks of the wide chart, as many as the layout has.
        let shown = shown(&figs, &v);
        let marks: usize = chart_layout(&figs, &shown, &v, WIDE_WIDTH, None).panels.iter().map(|p| p.marks.len()).sum();
        assert!(marks > 0);
        assert!(html.contains(&format!("data-marks=\"{marks}\"")));
        let wide = &html[html.find("fp-wide").unwrap()..html.find("fp-mid").unwrap()];
        assert_eq!(wide.matches("<g class=\"mark\"").count() + wide.matches("<g class=\"mark ").count(), marks);
        assert!(wide.contains(r#"viewBox="0 0 828 240""#));
        assert!(html.contains(r#"viewBox="0 0 736 240""#) && html.contains(r#"viewBox="0 0 343 320""#));
        // Narrow: every kind's panel (app.css shows the first while scripts run).
        let narrow = &html[html.find("fp-narrow").unwrap()..html.find(r#"class="summary""#).unwrap()];
        assert_eq!(narrow.matches("<svg class=\"panel\"").count(), 3);
        // The summary, in Arabic words and Intl's digits.
        assert!(html.contains(r#"<ul class="summary-list"><li><strong>قتلى</strong> — "#));
        assert!(html.contains("7,939"));
        assert!(html.contains("10 يناير 2022"));
        // The filters show the view: every kind ticked, the count written.
        assert!(html.contains(r#"name="kind" value="killed" checked>"#));
        assert!(html.contains(&format!("المعروض {} من {}", shown.len(), figs.len())));
    }

    #[test]
    fn english_and_a_view_from_the_link() {
        let set = set();
        let figs = figures_of(&set);
        let (v, _) = View::from_query("?lang=en&kind=arrested&by=article");
        let html = write(&set, &figs, &v);
        assert!(html.contains(r#"lang="en" dir="ltr""#));
        assert!(html.contains("<h1 dir=\"auto\">A set &amp; co</h1>"));
        assert!(html.contains("Headline &lt;b&gt;1&lt;/b&gt;"), "the legend names the article by its headline");
        assert!(html.contains(r#"data-kind="arrested""#) && !html.contains(r#"data-kind="killed""#));
        assert!(html.contains("<li><strong>Arrested</strong> — "));
        assert!(html.contains("January 10, 2022"));
        // The headlines were this set's only while writing.
        assert_eq!(i18n::headline("a1", true), None);
    }

    #[test]
    fn placed_into_a_placeholder_a_minified_one_or_an_earlier_paint() {
        let paint = format!("<div id=\"{ID}\">new</div>{END_MARK}");
        let page = "<html><body><div id=\"first-paint\"></div><div id=boot>x</div></body></html>";
        let once = place(page, &paint).unwrap();
        assert_eq!(once, format!("<html><body>{paint}<div id=boot>x</div></body></html>"));
        // Again: the earlier paint (with divs of its own) is replaced whole.
        let old = format!("<html><body><div id=\"{ID}\" lang=ar><div>old</div><svg></svg></div>{END_MARK}<p>after</p></body></html>");
        assert_eq!(place(&old, &paint).unwrap(), format!("<html><body>{paint}<p>after</p></body></html>"));
        // A minifier's placeholder.
        let min = "<body><div id=first-paint></div><div class=boot id=boot>x</div>";
        assert_eq!(place(min, &paint).unwrap(), format!("<body>{paint}<div class=boot id=boot>x</div>"));
        // No placeholder: right after <body>; an id in the data block does not count.
        let none = format!("<body class=x><p>a</p>{}{{\"t\":\"id=first-paint \"}}</script></body>", crate::articles::set_file::BLOCK_START);
        assert!(place(&none, &paint).unwrap().starts_with(&format!("<body class=x>{paint}<p>a</p>")));
        assert_eq!(place("no body here", &paint), Err(PlaceError::NoPlace));
    }

    #[test]
    fn the_title_names_the_set() {
        let set = set();
        assert_eq!(document_title(&set, Lang::En), "A set & co — Tally: casualty figures compared");
        let page = "<head><title>Tally</title></head><body><title>x</title>";
        assert_eq!(retitle(page, "<A & B>"), "<head><title>&lt;A &amp; B&gt;</title></head><body><title>x</title>");
        assert_eq!(retitle("<p>none</p>", "T"), "<p>none</p>");
    }
}
