//! The chart as a plain description: a small scene tree with no DOM.
//!
//! [`panel`] turns one laid-out [`Panel`] into nodes (axes, grid, marks, band
//! labels); [`picture`] puts every panel of a [`Chart`] into a standalone
//! picture with a title, a legend, axis labels, a note on retracted and vague
//! figures, a source line and the date of the export. Each node carries its
//! own presentation (stroke, fill, widths, font size and weight, anchor,
//! opacity), so the picture does not depend on the page's CSS; colours that
//! follow the page's light or dark mode are named by role ([`Paint::Text`],
//! [`Paint::Grid`], ...) and a theme chooses them when the scene is written
//! (see [`super::svg`], the one writer).
//!
//! Everything the scene needs from the interface (words, number and date
//! formatting, direction) comes through [`Words`], so it builds natively as
//! well as in the page; [`Plain`] is a simple native implementation in
//! English. All functions here are pure.

use super::labels::{band_labels, pad, LABEL_SIZE};
use super::marks::{Chart, Glyph, Mark, Panel, Slot, DODGE, MARK_SIZE};
use super::marks::Rect;
use super::palette::{series_color, series_shape, shape_path, OTHER};
use super::scale::YScale;
use crate::date::Date;
use crate::figure::{Figure, Kind, Vague};
use crate::view::figure_key;

/// A colour: a role the theme resolves, or a fixed colour (series colours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// `none`.
    None,
    /// `transparent` (paints nothing, still takes the pointer).
    Transparent,
    /// Text and titles.
    Text,
    /// Secondary text: band labels, "undated", notes, the source line.
    Soft,
    /// Grid lines.
    Grid,
    /// The time axis and its ticks.
    Axis,
    /// The background (inside hollow marks).
    Background,
    /// Retracted and denied figures.
    Retracted,
    /// A fixed colour, e.g. `#0072B2`.
    Color(&'static str),
}

/// Where a text sits relative to its `x`, on the page (not in reading order):
/// the writer turns it into `text-anchor` for the text's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at `x` and runs right.
    Left,
    Middle,
    /// The text ends at `x`.
    Right,
}

/// A node's own presentation; `None` inherits from the enclosing group.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Style {
    pub fill: Option<Paint>,
    pub stroke: Option<Paint>,
    pub stroke_width: Option<f64>,
    pub opacity: Option<f64>,
    pub fill_opacity: Option<f64>,
    pub stroke_opacity: Option<f64>,
    pub font_size: Option<f64>,
    pub bold: bool,
    pub italic: bool,
    /// Round line caps (a zero-length stroke then draws a dot).
    pub round_cap: bool,
    pub anchor: Option<Anchor>,
}

impl Style {
    /// Filled with `p`.
    pub fn fill(p: Paint) -> Style {
        Style { fill: Some(p), ..Style::default() }
    }
    /// Stroked with `p`, `width` wide.
    pub fn stroke(p: Paint, width: f64) -> Style {
        Style { stroke: Some(p), stroke_width: Some(width), ..Style::default() }
    }
    /// Text filled with `p`, `size` px, anchored `anchor`.
    pub fn text(p: Paint, size: f64, anchor: Anchor) -> Style {
        Style { fill: Some(p), font_size: Some(size), anchor: Some(anchor), ..Style::default() }
    }
}

/// A group: a class, attributes (`data-*`, ARIA, `tabindex`), an offset and
/// a presentation its children inherit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Group {
    pub class: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub translate: Option<(f64, f64)>,
    pub style: Style,
    pub children: Vec<Node>,
}

/// A text: `x` is where its [`Anchor`] sits, `y` its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub class: &'static str,
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub style: Style,
    /// A baseline shift such as `0.32em` (centres digits on `y`).
    pub dy: Option<&'static str>,
    /// Written right to left (`direction="rtl"`), for the picture's Arabic
    /// captions; the page's panel texts keep the panel's left-to-right.
    pub rtl: bool,
    /// Turned 90° counter-clockwise about `(x, y)` (a value axis's label).
    pub vertical: bool,
}

/// One node of the scene.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Group(Group),
    Line { class: &'static str, x1: f64, y1: f64, x2: f64, y2: f64, style: Style },
    Path { class: &'static str, d: String, style: Style },
    Rect { class: &'static str, x: f64, y: f64, width: f64, height: f64, rx: f64, style: Style },
    Circle { class: &'static str, cx: f64, cy: f64, r: f64, style: Style },
    Text(Label),
    /// The accessible name of the enclosing `<svg>` (`<title>`).
    Title { id: Option<String>, text: String },
    /// Its description (`<desc>`).
    Desc { id: Option<String>, text: String },
    /// A shape drawn only where [`Node::Points`] places it (`<marker>`): a
    /// path or a text around 0,0, in user units, never scaled or turned. Its
    /// content is laid out once, however many points place it.
    Marker { id: String, shape: Box<Node> },
    /// The marker `marker` (an id) drawn at each point of `d` (`M x y` each).
    Points { class: &'static str, d: String, marker: String },
}

/// A standalone picture: its size, its direction, its title and its nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub rtl: bool,
    pub title: String,
    pub nodes: Vec<Node>,
}

/// What the scene needs from the interface: words in the reader's language,
/// numbers and dates formatted for it, and its direction.
pub trait Words {
    /// Right to left (Arabic).
    fn rtl(&self) -> bool;
    /// A count as the reader writes it («7,939», «٧٬٩٣٩»).
    fn number(&self, v: f64) -> String;
    /// A day number ([`Date::to_days`]) as a short date («5 Jan»).
    fn day_short(&self, day: i64) -> String;
    /// A kind's name, for the panel title («Killed»).
    fn kind(&self, k: Kind) -> String;
    /// A vague class's name («dozens»).
    fn vague(&self, v: Vague) -> String;
    /// The label of a slot at an end of the time axis («undated», «earlier»).
    fn slot(&self, s: Slot) -> String;
    /// A panel's accessible name (the page's `<title>`), on a log or linear scale.
    fn panel_name(&self, k: Kind, log: bool) -> String;
    /// What the chart shows, in words (the page's `<desc>`).
    fn chart_desc(&self) -> String;
    /// A mark in words (its `aria-label`).
    fn describe(&self, f: &Figure) -> String;
    /// A source key's name (a claimant's label or an article's headline), for
    /// the labels at the ends of the lines.
    fn source_name(&self, key: &str) -> String {
        key.to_owned()
    }
    /// The legend's name for the sources without a colour of their own.
    fn other_sources(&self) -> String {
        "Other sources".to_owned()
    }
    /// Appended to a mark's description when `n` articles carry its claim.
    fn carried_by(&self, n: usize) -> String {
        format!(" — carried by {n} articles")
    }
    /// The picture's title.
    fn title(&self) -> String;
    /// The value axis's label, on a log or linear scale.
    fn value_axis(&self, log: bool) -> String;
    /// The time axis's label.
    fn time_axis(&self) -> String;
    /// How to read the marks; `muted`: the picture has retracted or denied
    /// figures, `vague`: vague ones, `apart`: marks in the earlier or later slot.
    fn note(&self, muted: bool, vague: bool, apart: bool) -> String;
    /// Where the figures come from.
    fn source_line(&self) -> String;
    /// The date of the export (a day number), as a line («Exported 30 November 2026»).
    fn exported(&self, day: i64) -> String;
}

/// The glyph's name, for tests and styling (`data-glyph`).
pub fn glyph_name(g: Glyph) -> &'static str {
    match g {
        Glyph::Exact => "exact",
        Glyph::About => "about",
        Glyph::AtLeast => "atleast",
        Glyph::MoreThan => "morethan",
        Glyph::AtMost => "atmost",
        Glyph::Range => "range",
        Glyph::Vague => "vague",
    }
}

/// An estimate of the width of `s` at `size` px in a sans-serif font (Latin
/// or Arabic), a little generous: for placing texts without measuring them.
pub fn text_width(s: &str, size: f64) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
            ' ' => 0.3,
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}'..='\u{200F}' => 0.0,
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | '(' | ')' | '،' => 0.3,
            'A'..='Z' | 'm' | 'w' | '—' | '–' => 0.7,
            _ => 0.56,
        })
        .sum();
    em * size
}

/// `text` cut into lines of at most `max` px at `size` px, between words.
pub fn wrap(text: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && text_width(&line, size) + text_width(word, size) + 0.3 * size > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn text(class: &'static str, x: f64, y: f64, text: String, style: Style) -> Node {
    Node::Text(Label { class, x, y, text, style, dy: None, rtl: false, vertical: false })
}

fn line(class: &'static str, x1: f64, y1: f64, x2: f64, y2: f64, style: Style) -> Node {
    Node::Line { class, x1, y1, x2, y2, style }
}

fn group(class: &'static str, style: Style, children: Vec<Node>) -> Node {
    Node::Group(Group { class, style, children, ..Group::default() })
}

/// The page's accessible name and description of panel `p` (its `<title>`
/// and `<desc>`, which the panel's `aria-labelledby` names).
pub fn panel_head(p: &Panel, w: &impl Words) -> [Node; 2] {
    let kind = p.kind.as_str();
    let log = matches!(p.y, YScale::Log(_));
    [
        Node::Title { id: Some(format!("chart-title-{kind}")), text: w.panel_name(p.kind, log) },
        Node::Desc { id: Some(format!("chart-desc-{kind}")), text: w.chart_desc() },
    ]
}

/// A fingerprint of what [`panel`] draws of panel `p` at `width` in language
/// `lang`, from what its layout was made of rather than the pixels it came to
/// (the static first paint is laid out natively and the page in wasm, whose
/// logarithms may differ in the last bit): the ticks' values, the sources,
/// and each mark's figures, source, glyph, slot and the figure's number,
/// bounds and date. The static first paint writes it on each panel
/// (`data-key`), so the page can take a dense panel over as it stands when its
/// own layout has the same key, rather than write, parse and lay out the same
/// thousands of marks again.
pub fn key(p: &Panel, width: f64, lang: &str, figs: &[Figure]) -> String {
    // FNV-1a, 64 bits
    fn eat_bytes(h: &mut u64, bytes: &[u8]) {
        for &b in bytes {
            *h = (*h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn eat(h: &mut u64, v: i64) {
        eat_bytes(h, &v.to_le_bytes());
    }
    fn eat_str(h: &mut u64, s: &str) {
        eat(h, s.len() as i64);
        eat_bytes(h, s.as_bytes());
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let px = |v: f64| (v * 10.0).round() as i64;
    eat_str(&mut h, p.kind.as_str());
    eat_str(&mut h, lang);
    for v in [px(width), px(p.height), i64::from(matches!(p.y, YScale::Log(_)))] {
        eat(&mut h, v);
    }
    for t in p.x_ticks.iter().chain(&p.y_ticks) {
        eat(&mut h, px(t.value));
    }
    for &(s, _) in &p.slots {
        eat(&mut h, s as i64);
    }
    for k in &p.series {
        eat_str(&mut h, k);
    }
    for m in &p.marks {
        // (OTHER is usize::MAX: not the same number in wasm's 32 bits)
        let series = if m.series == OTHER { -1 } else { m.series as i64 };
        for v in [m.figure as i64, series, m.glyph as i64, m.slot.map_or(-1, |s| s as i64), i64::from(m.muted)] {
            eat(&mut h, v);
        }
        for &i in std::iter::once(&m.figure).chain(&m.also) {
            eat(&mut h, i as i64);
            if let Some(f) = figs.get(i) {
                for v in [f.value, f.min.unwrap_or(u64::MAX), f.max.unwrap_or(u64::MAX), f.vague.map_or(u64::MAX, |v| v as u64)] {
                    eat(&mut h, v as i64);
                }
                eat_str(&mut h, f.reported.as_deref().unwrap_or(""));
            }
        }
    }
    format!("{h:016x}")
}

/// The inside of one panel, `width` px wide (the chart's width): its title,
/// axes with grid lines, marks and the labels of vague bands. `interactive`
/// (the page): the panel's `<title>` and `<desc>`, and marks that are
/// focusable buttons with an `aria-label` and a hit area; `selected`: the
/// figure key of the selected mark.
pub fn panel(p: &Panel, width: f64, figs: &[Figure], w: &impl Words, selected: Option<&str>, interactive: bool) -> Vec<Node> {
    let rtl = w.rtl();
    let kind = p.kind.as_str();
    let r = p.plot;
    let mut out = Vec::with_capacity(8);
    if interactive {
        out.extend(panel_head(p, w));
    }
    let (title_x, title_anchor) = if rtl { (width - 4.0, Anchor::Right) } else { (4.0, Anchor::Left) };
    out.push(text("panel-title", title_x, 20.0, w.kind(p.kind), Style { bold: true, ..Style::text(Paint::Text, 14.0, title_anchor) }));

    // The value axis: a grid line and a label per tick, the labels beside the plot.
    let (label_x, label_anchor) = if rtl { (r.right() + 6.0, Anchor::Left) } else { (r.x - 6.0, Anchor::Right) };
    let grid = Style::stroke(Paint::Grid, 1.0);
    let ticks = p
        .y_ticks
        .iter()
        .map(|tk| {
            let label = Node::Text(Label {
                class: "",
                x: label_x,
                y: tk.pos,
                text: w.number(tk.value),
                style: Style { anchor: Some(label_anchor), ..Style::default() },
                dy: Some("0.32em"),
                rtl: false,
                vertical: false,
            });
            group("tick", Style::default(), vec![line("grid", r.x, tk.pos, r.right(), tk.pos, grid), label])
        })
        .collect();
    let axis_text = Style { fill: Some(Paint::Text), font_size: Some(11.0), ..Style::default() };
    out.push(group("y-axis", axis_text, ticks));

    // The time axis: a line, a tick and a date per tick, and its slots, each
    // under a line of its own (the gap says they are off the axis's dates).
    let bottom = r.bottom();
    let below = bottom + 16.0;
    let axis = Style::stroke(Paint::Axis, 1.0);
    let half = p.slot_half();
    let mut xs = vec![line("axis", p.dates.0, bottom, p.dates.1, bottom, axis)];
    for &(s, x) in &p.slots {
        let class = if s == Slot::Undated { "undated" } else { "slot" };
        xs.push(line("axis", x - half + 4.0, bottom, x + half - 4.0, bottom, axis));
        xs.push(text(class, x, below, w.slot(s), Style { italic: true, ..Style::text(Paint::Soft, 11.0, Anchor::Middle) }));
    }
    for tk in &p.x_ticks {
        let date = text("", tk.pos, below, w.day_short(tk.value as i64), Style { anchor: Some(Anchor::Middle), ..Style::default() });
        xs.push(group("tick", Style::default(), vec![line("axis", tk.pos, bottom, tk.pos, bottom + 4.0, axis), date]));
    }
    out.push(group("x-axis", axis_text, xs));

    out.push(group("lines", Style::default(), lines(p, figs)));
    // Texts placed so far (the axes' labels, the bands' labels): a mark's sign
    // or count that would cover one of them, or another mark's, is left out
    // (its arrow still shows the bound; its label says the rest).
    let bands = band_labels(&p.marks, figs, |v| text_width(&w.vague(v), LABEL_SIZE), r, rtl);
    let mut taken: Vec<Rect> = bands.iter().map(|l| pad(l.bounds())).collect();
    for tk in &p.y_ticks {
        let wd = text_width(&w.number(tk.value), 11.0);
        let x0 = if rtl { label_x } else { label_x - wd };
        taken.push(Rect { x: x0, y: tk.pos - 7.0, width: wd, height: 12.0 });
    }
    for tk in &p.x_ticks {
        let wd = text_width(&w.day_short(tk.value as i64), 11.0);
        taken.push(Rect { x: tk.pos - wd / 2.0, y: below - 9.0, width: wd, height: 12.0 });
    }
    // (Placed boxes are kept padded to a real font's box; a new box is compared as estimated.)
    let fits = |b: Rect, taken: &mut Vec<Rect>| {
        let free = !taken.iter().any(|t| overlaps(t, &b));
        if free {
            taken.push(pad(b));
        }
        free
    };
    let shown_texts: Vec<(bool, bool)> = p
        .marks
        .iter()
        .map(|m| {
            // The count first: a sign only repeats what the arrow shows.
            let count = count_box(m).is_some_and(|b| fits(b, &mut taken));
            let sign = sign_box(m).is_some_and(|b| fits(b, &mut taken));
            (sign, count)
        })
        .collect();
    if p.marks.len() > DENSE {
        let ids = format!("mk{}-{}-{}", u8::from(interactive), kind, width.round() as i64);
        out.push(dense_marks(p, &shown_texts, &ids));
        if let Some(cursor) = cursor(p, figs, w, selected).filter(|_| interactive) {
            out.push(cursor);
        }
    } else {
        let marks = p
            .marks
            .iter()
            .zip(&shown_texts)
            .filter_map(|(m, &(sign, count))| {
                let f = figs.get(m.figure)?;
                let key = figure_key(f);
                let others: Vec<String> = m.also.iter().filter_map(|&i| figs.get(i)).map(figure_key).collect();
                let is_selected = selected.is_some_and(|s| s == key || others.iter().any(|o| o == s));
                let label = interactive.then(|| mark_label(m, figs, w));
                let mut node = mark_with(m, key, label, is_selected, interactive, sign, count);
                if let Node::Group(g) = &mut node {
                    if !others.is_empty() {
                        g.attrs.push(("data-also", others.join(" ")));
                    }
                }
                Some(node)
            })
            .collect();
        out.push(group("marks", Style::default(), marks));
    }

    taken.extend(p.marks.iter().map(glyph_box));
    let labels = bands
        .into_iter()
        .map(|l| text("band-label", l.x, l.y, w.vague(l.vague), Style::text(Paint::Soft, LABEL_SIZE, Anchor::Middle)))
        .collect();
    out.push(group("band-labels", Style::fill(Paint::Soft), labels));
    out.push(group("line-labels", Style::default(), line_labels(p, figs, w, taken)));
    out
}

/// The figures of one source, kind and group of people, asserted and dated,
/// in time order, the highest of each day: the marks a line joins (how the
/// source's count grew).
fn runs<'a>(p: &'a Panel, figs: &[Figure]) -> Vec<Vec<&'a Mark>> {
    let mut runs: Vec<(usize, crate::figure::Victims, Vec<&Mark>)> = Vec::new();
    for m in &p.marks {
        let Some(f) = figs.get(m.figure) else { continue };
        if m.series == OTHER || m.muted || m.slot.is_some() || f.reported.is_none() {
            continue;
        }
        match runs.iter_mut().find(|r| r.0 == m.series && r.1 == f.victims) {
            Some(r) => r.2.push(m),
            None => runs.push((m.series, f.victims, vec![m])),
        }
    }
    // In time order, one point a day: the day's highest count (how the toll grew).
    runs.into_iter()
        .map(|(_, _, ms)| {
            let o = crate::sort::order(ms.len(), &|a, b| {
                figs[ms[a].figure].reported.cmp(&figs[ms[b].figure].reported).then(ms[a].y.total_cmp(&ms[b].y))
            });
            let mut ms = crate::sort::apply(&ms, &o);
            ms.dedup_by(|later, first| figs[later.figure].reported == figs[first.figure].reported);
            ms
        })
        .collect()
}

/// A line per run of two or more days, in the source's colour.
fn lines(p: &Panel, figs: &[Figure]) -> Vec<Node> {
    runs(p, figs)
        .into_iter()
        .filter(|ms| ms.len() > 1 && ms.first().map(|m| m.x) != ms.last().map(|m| m.x))
        .map(|ms| {
            let mut d = String::with_capacity(16 * ms.len());
            for (i, m) in ms.iter().enumerate() {
                d.push_str(if i == 0 { "M" } else { " L" });
                super::palette::push_num(&mut d, m.x);
                d.push(' ');
                super::palette::push_num(&mut d, m.y);
            }
            let color = Paint::Color(series_color(ms[0].series));
            let path = Node::Path {
                class: "series-line",
                d,
                style: Style { fill: Some(Paint::None), stroke_opacity: Some(0.55), ..Style::stroke(color, 1.5) },
            };
            Node::Group(Group { attrs: vec![("data-series", series_attr(ms[0].series))], children: vec![path], ..Group::default() })
        })
        .collect()
}

/// A series as the page names it in `data-series` (for highlighting a source).
pub fn series_attr(series: usize) -> String {
    if series == OTHER {
        "other".to_owned()
    } else {
        series.to_string()
    }
}

/// The box of a mark's bound sign (≥, >, ≤, ~), where it has one: the
/// baseline as [`mark_with`] places it, 11 px text, a pixel to spare.
fn sign_box(m: &Mark) -> Option<Rect> {
    let base = m.y + SIGNS[sign_of(m.glyph)?].baseline;
    // (the box a browser gives an 11 px text in an Arabic font: 1.4 em up, 0.7 em down)
    Some(Rect { x: m.x - 5.0, y: base - 15.5, width: 10.0, height: 23.5 })
}

/// Where a mark's count is written (centre, baseline): beside the glyph,
/// away from a bound's arrow and sign (below when they point up).
fn count_at(m: &Mark) -> (f64, f64) {
    match m.glyph {
        Glyph::AtLeast | Glyph::MoreThan | Glyph::About => (m.x + 9.0, m.y + 12.0),
        _ => (m.x + 9.0, m.y - 6.0),
    }
}

/// The box of a mark's count, where several articles carry its claim.
fn count_box(m: &Mark) -> Option<Rect> {
    if m.also.is_empty() {
        return None;
    }
    let (cx, cy) = count_at(m);
    let wd = text_width(&(1 + m.also.len()).to_string(), 9.0) + 2.0;
    Some(Rect { x: cx - wd / 2.0, y: cy - 12.6, width: wd, height: 19.0 })
}

/// The box of a mark's glyph.
fn glyph_box(m: &Mark) -> Rect {
    Rect { x: m.x - 6.0, y: m.y - 6.0, width: 12.0, height: 12.0 }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// Each coloured source's name beside its latest mark, so the chart reads
/// without the legend; left out where it would cover another text or a mark,
/// or leave the plot.
fn line_labels(p: &Panel, figs: &[Figure], w: &impl Words, mut taken: Vec<Rect>) -> Vec<Node> {
    const SIZE: f64 = 10.0;
    let rtl = w.rtl();
    let r = p.plot;
    // The latest mark of each series.
    let mut latest: Vec<&Mark> = Vec::new();
    for run in runs(p, figs) {
        let Some(last) = run.last().copied() else { continue };
        match latest.iter_mut().find(|m| m.series == last.series) {
            Some(m) if figs[m.figure].reported < figs[last.figure].reported => *m = last,
            Some(_) => {}
            None => latest.push(last),
        }
    }
    let mut out = Vec::new();
    for m in latest {
        let Some(key) = p.series.get(m.series) else { continue };
        let name = w.source_name(key);
        let width = text_width(&name, SIZE);
        // Towards the end of the reading direction, else the other side.
        let sides = if rtl { [-1.0, 1.0] } else { [1.0, -1.0] };
        for side in sides {
            let x0 = if side > 0.0 { m.x + 9.0 } else { m.x - 9.0 - width };
            let b = Rect { x: x0, y: m.y - 0.8 * SIZE + 3.0, width, height: 1.05 * SIZE };
            let inside = b.x >= r.x && b.right() <= r.right() && b.y >= r.y - 12.0 && b.bottom() <= r.bottom();
            if inside && !taken.iter().any(|t| overlaps(t, &b)) {
                taken.push(pad(b));
                let anchor = if side > 0.0 { Anchor::Left } else { Anchor::Right };
                let x = if side > 0.0 { b.x } else { b.right() };
                let color = Paint::Color(series_color(m.series));
                out.push(text("line-label", x, m.y + 3.0, name, Style::text(color, SIZE, anchor)));
                break;
            }
        }
    }
    out
}

/// One mark: its glyph, the bar of a range or band, the arrow of a bound, the
/// line under a month-only date, the strike of a retracted figure and (on
/// the page) a wider circle that takes the pointer.
pub fn mark(m: &Mark, key: String, label: Option<String>, selected: bool, interactive: bool) -> Node {
    mark_with(m, key, label, selected, interactive, true, true)
}

/// [`mark`], with or without its bound's sign and its count (left out where
/// they would cover another text).
fn mark_with(m: &Mark, key: String, label: Option<String>, selected: bool, interactive: bool, sign: bool, count: bool) -> Node {
    let color = if m.muted { Paint::Retracted } else { Paint::Color(series_color(m.series)) };
    let (x, y) = (m.x, m.y);
    let hollow = m.muted || matches!(m.glyph, Glyph::About | Glyph::Vague);
    let size = MARK_SIZE + 1.0;
    let class = match (m.muted, selected) {
        (false, false) => "mark",
        (true, false) => "mark muted",
        (false, true) => "mark selected",
        (true, true) => "mark muted selected",
    };
    let mut attrs = Vec::with_capacity(5);
    if interactive {
        attrs.push(("tabindex", "0".to_owned()));
        attrs.push(("role", "button".to_owned()));
    }
    attrs.push(("data-fig", key));
    attrs.push(("data-glyph", glyph_name(m.glyph).to_owned()));
    attrs.push(("data-series", series_attr(m.series)));
    if let Some(label) = label {
        attrs.push(("aria-label", label));
    }
    let mut kids = Vec::with_capacity(4);
    match (m.y_lo, m.y_hi) {
        (Some(lo), Some(hi)) if m.glyph == Glyph::Vague => kids.push(Node::Rect {
            class: "band",
            x: x - 2.5,
            y: hi.min(lo),
            width: 5.0,
            height: (lo - hi).abs().max(1.0),
            rx: 2.5,
            style: Style { fill_opacity: Some(0.3), ..Style::fill(color) },
        }),
        (Some(lo), Some(hi)) => {
            let mut bar = vec![line("", x, lo, x, hi, Style::default())];
            bar.extend([lo, hi].map(|v| line("", x - 4.0, v, x + 4.0, v, Style::default())));
            kids.push(group("", Style::stroke(color, 1.5), bar));
        }
        _ => {}
    }
    if let (Some(a), Some(b)) = (m.x_lo, m.x_hi) {
        kids.push(line("", a, y + 9.0, b, y + 9.0, Style { stroke_opacity: Some(0.5), ..Style::stroke(color, 2.0) }));
    }
    let sign_shown = sign;
    if let Some(sg) = sign_of(m.glyph).map(|i| &SIGNS[i]) {
        let dir = sg.dir;
        let tip = y + dir * ARROW;
        let mut bound = Vec::with_capacity(2);
        if dir != 0.0 {
            let mut d = String::with_capacity(40);
            for (i, (px, py)) in [(x - 3.5, tip - dir * 4.0), (x, tip), (x + 3.5, tip - dir * 4.0)].into_iter().enumerate() {
                d.push_str(if i == 0 { "M" } else { " L" });
                super::palette::push_num(&mut d, px);
                d.push(' ');
                super::palette::push_num(&mut d, py);
            }
            let shaft = line("", x, y + dir * (size + 1.0), x, tip, Style::default());
            let head = Node::Path { class: "", d, style: Style::default() };
            bound.push(group("", Style { fill: Some(Paint::None), ..Style::stroke(color, 1.5) }, vec![shaft, head]));
        }
        if sign_shown {
            bound.push(text("", x, y + sg.baseline, sg.text.to_owned(), Style::text(color, 11.0, Anchor::Middle)));
        }
        kids.push(group("bound", Style::default(), bound));
    }
    kids.push(Node::Path {
        class: if hollow { "glyph hollow" } else { "glyph" },
        d: shape_path(series_shape(m.series), x, y, size),
        style: Style { fill: Some(if hollow { Paint::Background } else { color }), ..Style::stroke(color, 1.6) },
    });
    if m.muted {
        kids.push(line("", x - 9.0, y, x + 9.0, y, Style::stroke(Paint::Retracted, 2.0)));
    }
    if count && !m.also.is_empty() {
        // How many articles carry the claim, beside the glyph.
        let (cx, cy) = count_at(m);
        kids.push(text("count", cx, cy, (1 + m.also.len()).to_string(), Style::text(color, 9.0, Anchor::Middle)));
    }
    if interactive {
        kids.push(Node::Circle { class: "hit", cx: x, cy: y, r: DODGE / 2.0, style: Style::fill(Paint::Transparent) });
    }
    Node::Group(Group { class, attrs, children: kids, ..Group::default() })
}

/// The length of a bound's arrow, from the mark's centre to its tip.
const ARROW: f64 = 18.0;

/// The sign of a bound or an approximate figure, written beside its mark.
struct Sign {
    glyph: Glyph,
    text: &'static str,
    /// Its marker's name in a dense panel.
    name: &'static str,
    /// The arrow's direction: -1 up (a lower bound), 1 down, 0 none.
    dir: f64,
    /// Its baseline, from the mark's centre: beyond the arrow's tip.
    baseline: f64,
}

const SIGNS: [Sign; 4] = [
    Sign { glyph: Glyph::AtLeast, text: "≥", name: "ge", dir: -1.0, baseline: -ARROW - 3.0 },
    Sign { glyph: Glyph::MoreThan, text: ">", name: "gt", dir: -1.0, baseline: -ARROW - 3.0 },
    Sign { glyph: Glyph::AtMost, text: "≤", name: "le", dir: 1.0, baseline: ARROW + 11.0 },
    Sign { glyph: Glyph::About, text: "~", name: "ab", dir: 0.0, baseline: -8.0 },
];

/// The sign of glyph `g`, as its place in [`SIGNS`].
fn sign_of(g: Glyph) -> Option<usize> {
    SIGNS.iter().position(|s| s.glyph == g)
}

/// Above this many marks in one panel, they are drawn merged ([`dense_marks`];
/// on the page with one focusable [`cursor`]), instead of a group of elements
/// (and on the page a Tab stop) per mark: the browser's cost of thousands of SVG
/// elements (parsing, style, layout, paint) is what made a large set slow.
pub const DENSE: usize = 250;

/// What a screen reader and the tooltip say of a mark: its figure, and how
/// many articles carry its claim.
pub fn mark_label(m: &Mark, figs: &[Figure], w: &impl Words) -> String {
    let Some(f) = figs.get(m.figure) else { return String::new() };
    let mut l = w.describe(f);
    if !m.also.is_empty() {
        l.push_str(&w.carried_by(1 + m.also.len()));
    }
    l
}

/// The attributes that tie a mark to its figures: `data-fig` (the claim's
/// first figure), `data-series` and, when other articles carry the claim,
/// `data-also`.
pub fn mark_attrs(m: &Mark, figs: &[Figure]) -> Vec<(&'static str, String)> {
    let mut attrs = Vec::with_capacity(3);
    if let Some(f) = figs.get(m.figure) {
        attrs.push(("data-fig", figure_key(f)));
    }
    attrs.push(("data-series", series_attr(m.series)));
    let others: Vec<String> = m.also.iter().filter_map(|&i| figs.get(i)).map(figure_key).collect();
    if !others.is_empty() {
        attrs.push(("data-also", others.join(" ")));
    }
    attrs
}

/// One `M x y L x y` segment appended to path data.
fn push_seg(d: &mut String, x1: f64, y1: f64, x2: f64, y2: f64) {
    use super::palette::push_num;
    d.push('M');
    push_num(d, x1);
    d.push(' ');
    push_num(d, y1);
    d.push('L');
    push_num(d, x2);
    d.push(' ');
    push_num(d, y2);
}

/// A panel's marks drawn merged, for a dense chart: per series (and retracted
/// or not) a layer with one path of bands, one of range bars and one of month
/// lines, and one path for each shape its marks repeat (the glyph, filled or
/// hollow, the arrow of a bound, the strike of a retracted figure): the shape
/// at every mark, in relative moves after the mark's point, so the browser
/// draws a path, not thousands of elements; a circle is a dot, a zero-length
/// line with round caps, so a mark costs its position alone. The qualifier
/// signs (texts) are each one `<marker>` that a path of points places. Shapes,
/// colours and signs are those [`mark`] draws one by one, with the counts and
/// signs that have room. The marks' figures are found by position (the page's
/// pointer and arrow keys move the [`cursor`]). `ids` makes the markers' ids
/// unique in the page.
///
/// (Each of the markers, the earlier form of every shape, was painted as an
/// element of its own: at 500 articles the static first paint's first frame
/// spent 42 ms painting them, 12 ms as paths.)
pub fn dense_marks(p: &Panel, texts: &[(bool, bool)], ids: &str) -> Node {
    use super::palette::push_num;
    /// The points where a layer repeats one shape.
    #[derive(Default)]
    struct Layer {
        series: usize,
        muted: bool,
        bands: String,
        bars: String,
        months: String,
        up: Vec<(f64, f64)>,
        down: Vec<(f64, f64)>,
        glyphs: Vec<(f64, f64)>,
        hollow: Vec<(f64, f64)>,
        strikes: Vec<(f64, f64)>,
        /// The points of the qualifier signs that have room, by [`SIGNS`]: `M x y` each.
        signs: [String; 4],
        texts: Vec<Node>,
    }
    let push_at = |d: &mut String, x: f64, y: f64| {
        d.push('M');
        push_num(d, x);
        d.push(' ');
        push_num(d, y);
    };
    let mut layers: Vec<Layer> = Vec::new();
    let size = MARK_SIZE + 1.0;
    for (m, &(sign, count)) in p.marks.iter().zip(texts) {
        let at = match layers.iter().position(|l| l.series == m.series && l.muted == m.muted) {
            Some(i) => i,
            None => {
                layers.push(Layer { series: m.series, muted: m.muted, ..Layer::default() });
                layers.len() - 1
            }
        };
        let l = &mut layers[at];
        let color = if m.muted { Paint::Retracted } else { Paint::Color(series_color(m.series)) };
        let (x, y) = (m.x, m.y);
        match (m.y_lo, m.y_hi) {
            (Some(lo), Some(hi)) if m.glyph == Glyph::Vague => {
                let top = hi.min(lo);
                l.bands.push('M');
                push_num(&mut l.bands, x - 2.5);
                l.bands.push(' ');
                push_num(&mut l.bands, top);
                l.bands.push_str("h5v");
                push_num(&mut l.bands, (lo - hi).abs().max(1.0));
                l.bands.push_str("h-5Z");
            }
            (Some(lo), Some(hi)) => {
                push_seg(&mut l.bars, x, lo, x, hi);
                for v in [lo, hi] {
                    push_seg(&mut l.bars, x - 4.0, v, x + 4.0, v);
                }
            }
            _ => {}
        }
        if let (Some(a), Some(b)) = (m.x_lo, m.x_hi) {
            push_seg(&mut l.months, a, y + 9.0, b, y + 9.0);
        }
        if let Some(at) = sign_of(m.glyph) {
            let dir = SIGNS[at].dir;
            if dir < 0.0 {
                l.up.push((x, y));
            } else if dir > 0.0 {
                l.down.push((x, y));
            }
            if sign {
                // (a marker per sign: its text laid out once, not once per mark)
                push_at(&mut l.signs[at], x, y);
            }
        }
        let hollow = m.muted || matches!(m.glyph, Glyph::About | Glyph::Vague);
        (if hollow { &mut l.hollow } else { &mut l.glyphs }).push((x, y));
        if m.muted {
            l.strikes.push((x, y));
        }
        if count && !m.also.is_empty() {
            let (cx, cy) = count_at(m);
            l.texts.push(text("count", cx, cy, (1 + m.also.len()).to_string(), Style::text(color, 9.0, Anchor::Middle)));
        }
    }
    // A bound's arrow, pointing up (`dir` -1) or down (1), from a mark at 0,0:
    // its start, and the rest in relative moves (the shaft, then the head's two
    // strokes, each a subpath of its own as [`mark`] draws them).
    let arrow = |dir: f64| {
        let (from, tip) = (dir * (size + 1.0), dir * ARROW);
        let mut d = String::from("v");
        push_num(&mut d, tip - from);
        d.push_str("m-3.5 ");
        push_num(&mut d, -dir * 4.0);
        d.push_str("l3.5 ");
        push_num(&mut d, dir * 4.0);
        d.push_str("m0 0l3.5 ");
        push_num(&mut d, -dir * 4.0);
        ((0.0, from), d)
    };
    let children = layers
        .into_iter()
        .map(|mut l| {
            let color = if l.muted { Paint::Retracted } else { Paint::Color(series_color(l.series)) };
            let shape = series_shape(l.series);
            let path = |class: &'static str, d: String, style: Style| (!d.is_empty()).then_some(Node::Path { class, d, style });
            // A shape (`start`, `tail`) at every point.
            let at = |points: &[(f64, f64)], (start, tail): ((f64, f64), String)| {
                let mut d = String::with_capacity(points.len() * (tail.len() + 12));
                for &(x, y) in points {
                    d.push('M');
                    push_num(&mut d, x + start.0);
                    d.push(' ');
                    push_num(&mut d, y + start.1);
                    d.push_str(&tail);
                }
                d
            };
            let stroke = Style { fill: Some(Paint::None), ..Style::stroke(color, 1.5) };
            let mut kids: Vec<Node> = [
                path("band", l.bands, Style { fill_opacity: Some(0.3), ..Style::fill(color) }),
                path("", l.bars, stroke),
                path("", l.months, Style { fill: Some(Paint::None), stroke_opacity: Some(0.5), ..Style::stroke(color, 2.0) }),
                path("", at(&l.up, arrow(-1.0)), stroke),
                path("", at(&l.down, arrow(1.0)), stroke),
            ]
            .into_iter()
            .flatten()
            .collect();
            // The glyphs, outlined 1.6 wide as [`mark`] draws them; hollow ones filled with the background.
            let outline = 1.6;
            if shape == super::palette::Shape::Circle {
                // Dots: zero-length lines with round caps, as wide as the outlined circle.
                let dot = |width: f64, p: Paint| Style { fill: Some(Paint::None), round_cap: true, ..Style::stroke(p, width) };
                kids.extend(path("glyph", at(&l.glyphs, ((0.0, 0.0), "h0".into())), dot(size + outline, color)));
                let hollow = at(&l.hollow, ((0.0, 0.0), "h0".into()));
                kids.extend(path("glyph hollow", hollow.clone(), dot(size + outline, color)));
                kids.extend(path("glyph-hole", hollow, dot(size - outline, Paint::Background)));
            } else {
                let glyph = || super::palette::shape_tail(shape, size);
                kids.extend(path("glyph", at(&l.glyphs, glyph()), Style { fill: Some(color), ..Style::stroke(color, outline) }));
                kids.extend(path("glyph hollow", at(&l.hollow, glyph()), Style { fill: Some(Paint::Background), ..Style::stroke(color, outline) }));
            }
            kids.extend(path("", at(&l.strikes, ((-9.0, 0.0), "h18".into())), Style { fill: Some(Paint::None), ..Style::stroke(Paint::Retracted, 2.0) }));
            let layer_id = format!("{ids}-{}{}", series_attr(l.series), if l.muted { "m" } else { "" });
            // A text (`shape`) placed at `points`: its marker, then the points.
            let placed_node = |name: &str, points: String, shape: Node| {
                (!points.is_empty()).then(|| {
                    let id = format!("{layer_id}-{name}");
                    vec![Node::Marker { id: id.clone(), shape: Box::new(shape) }, Node::Points { class: "dots", d: points, marker: id }]
                })
            };
            // The signs, where [`mark`] writes them: above a lower bound's arrow,
            // below an upper bound's, above an approximate figure.
            for (sg, points) in SIGNS.iter().zip(std::mem::take(&mut l.signs)) {
                let label = text("sign", 0.0, sg.baseline, sg.text.to_owned(), Style::text(color, 11.0, Anchor::Middle));
                kids.extend(placed_node(sg.name, points, label).into_iter().flatten());
            }
            kids.append(&mut l.texts);
            let class = if l.muted { "layer muted" } else { "layer" };
            Node::Group(Group { class, attrs: vec![("data-series", series_attr(l.series))], children: kids, ..Group::default() })
        })
        .collect();
    group("marks dense", Style::default(), children)
}

/// The marks of a panel in the order the arrow keys step through them: by
/// position, left to right, then top to bottom.
pub fn step_order(p: &Panel) -> Vec<usize> {
    crate::sort::order(p.marks.len(), &|a, b| p.marks[a].x.total_cmp(&p.marks[b].x).then(p.marks[a].y.total_cmp(&p.marks[b].y)))
}

/// The one focusable mark of a dense panel: a ring over one mark (the
/// selected one, else the earliest), carrying that mark's figure and label;
/// the page moves it to the mark under the pointer or the next one by arrow
/// key.
pub fn cursor(p: &Panel, figs: &[Figure], w: &impl Words, selected: Option<&str>) -> Option<Node> {
    let is = |m: &Mark, key: &str| {
        figs.get(m.figure).is_some_and(|f| figure_key(f) == key) || m.also.iter().any(|&i| figs.get(i).is_some_and(|f| figure_key(f) == key))
    };
    let chosen = selected.and_then(|k| p.marks.iter().position(|m| is(m, k)));
    // (the first or last of `step_order`, found without sorting every mark)
    let by_place = |a: &usize, b: &usize| p.marks[*a].x.total_cmp(&p.marks[*b].x).then(p.marks[*a].y.total_cmp(&p.marks[*b].y));
    let first = if w.rtl() { (0..p.marks.len()).max_by(by_place) } else { (0..p.marks.len()).min_by(by_place) };
    let at = chosen.or(first)?;
    let m = &p.marks[at];
    let mut attrs = vec![("tabindex", "0".to_owned()), ("role", "button".to_owned())];
    attrs.extend(mark_attrs(m, figs));
    attrs.push(("aria-label", mark_label(m, figs, w)));
    let hit = Node::Circle { class: "hit", cx: m.x, cy: m.y, r: DODGE / 2.0 + 2.0, style: Style::fill(Paint::Transparent) };
    let class = if chosen.is_some() { "mark cursor selected" } else { "mark cursor" };
    Some(Node::Group(Group { class, attrs, children: vec![hit], ..Group::default() }))
}

/// Padding around the picture.
const PAD: f64 = 12.0;
/// Room for the value axis's label, on the value axis's side.
const GUTTER: f64 = 20.0;
const TITLE_SIZE: f64 = 17.0;
const LEGEND_SIZE: f64 = 12.0;
const LEGEND_ROW: f64 = 20.0;
const NOTE_SIZE: f64 = 11.0;
const NOTE_LINE: f64 = 15.0;

/// The whole chart as a standalone picture: the title; a legend with each
/// series that has a mark (its shape, colour and name; `names` are the
/// series' names, indexed as `LayoutOptions::series`); the panels, each with
/// its value axis's label; the time axis's label; a note on how to read the
/// marks (naming retracted and vague figures when there are some); the
/// source line; and the date of the export (`today`, a day number). Texts
/// start on the reader's side: at the right, written right to left, under rtl.
pub fn picture(chart: &Chart, figs: &[Figure], names: &[String], w: &impl Words, today: i64) -> Scene {
    let rtl = w.rtl();
    let width = chart.width + GUTTER;
    let inner = width - 2.0 * PAD;
    let (start_x, start_anchor) = if rtl { (width - PAD, Anchor::Right) } else { (PAD, Anchor::Left) };
    let caption = |class: &'static str, y: f64, s: String, style: Style| {
        Node::Text(Label { class, x: start_x, y, text: s, style, dy: None, rtl, vertical: false })
    };
    let mut nodes = Vec::new();
    let title = w.title();
    nodes.push(Node::Title { id: None, text: title.clone() });

    // The title, wrapped if it must be.
    let mut y = PAD;
    for t in wrap(&title, inner, TITLE_SIZE) {
        y += TITLE_SIZE * 1.25;
        nodes.push(caption("title", y, t, Style { bold: true, ..Style::text(Paint::Text, TITLE_SIZE, start_anchor) }));
    }

    // The legend: the series that have marks, in order, flowing in reading order.
    let marks = || chart.panels.iter().flat_map(|p| &p.marks);
    // (A table of flags rather than a sort: sorting code costs wasm.)
    let mut has = vec![false; names.len()];
    for m in marks() {
        if let Some(h) = has.get_mut(m.series) {
            *h = true;
        }
    }
    let mut present: Vec<usize> = (0..names.len()).filter(|&i| has[i]).collect();
    if marks().any(|m| m.series == OTHER) {
        present.push(OTHER);
    }
    let mut entries = Vec::with_capacity(present.len());
    let (mut cursor, mut row) = (0.0, 0usize);
    let top = y + 8.0;
    for &i in &present {
        let name = names.get(i).cloned().unwrap_or_else(|| w.other_sources());
        let size = 16.0 + 6.0 + text_width(&name, LEGEND_SIZE);
        if cursor > 0.0 && cursor + size > inner {
            (cursor, row) = (0.0, row + 1);
        }
        let mid = top + LEGEND_ROW * (row as f64 + 0.5);
        // Along the row from the reading side: icon, then name.
        let along = |d: f64| if rtl { width - PAD - d } else { PAD + d };
        let color = Paint::Color(series_color(i));
        let icon = Node::Path {
            class: "swatch",
            d: shape_path(series_shape(i), along(cursor + 6.0), mid, 11.0),
            style: Style { fill: Some(color), ..Style::stroke(color, 1.2) },
        };
        let label = Node::Text(Label {
            class: "",
            x: along(cursor + 16.0),
            y: mid + 0.35 * LEGEND_SIZE,
            text: name,
            style: Style::text(Paint::Text, LEGEND_SIZE, start_anchor),
            dy: None,
            rtl,
            vertical: false,
        });
        entries.push(Node::Group(Group {
            class: "legend-entry",
            attrs: vec![("data-series", if i == OTHER { "other".to_owned() } else { i.to_string() })],
            children: vec![icon, label],
            ..Group::default()
        }));
        cursor += size + 10.0;
    }
    if !present.is_empty() {
        y = top + LEGEND_ROW * (row + 1) as f64;
    }
    nodes.push(group("legend", Style::default(), entries));

    // The panels, each with its value axis's label beside its value labels.
    let gx = if rtl { 0.0 } else { GUTTER };
    let axis_x = if rtl { width - 6.0 } else { 14.0 };
    let y0 = y + 6.0;
    let mut py = y0;
    for p in &chart.panels {
        let log = matches!(p.y, YScale::Log(_));
        let mut kids = panel(p, chart.width, figs, w, None, false);
        let label = Label {
            class: "axis-label",
            x: axis_x - gx,
            y: p.plot.y + p.plot.height / 2.0,
            text: w.value_axis(log),
            style: Style::text(Paint::Soft, NOTE_SIZE, Anchor::Middle),
            dy: None,
            rtl,
            vertical: true,
        };
        kids.push(Node::Text(label));
        nodes.push(Node::Group(Group {
            class: "panel",
            attrs: vec![("data-kind", p.kind.as_str().to_owned())],
            translate: Some((gx, py)),
            children: kids,
            ..Group::default()
        }));
        py += p.height;
    }
    y = py;
    if let Some(p) = chart.panels.first() {
        y += 10.0;
        let centre = gx + p.plot.x + p.plot.width / 2.0;
        let label = Label {
            class: "axis-label",
            x: centre,
            y,
            text: w.time_axis(),
            style: Style::text(Paint::Soft, NOTE_SIZE, Anchor::Middle),
            dy: None,
            rtl,
            vertical: false,
        };
        nodes.push(Node::Text(label));
    }

    // The note, the source line and the date of the export.
    let muted = marks().any(|m| m.muted);
    let vague = marks().any(|m| m.glyph == Glyph::Vague);
    let apart = marks().any(|m| matches!(m.slot, Some(Slot::Earlier | Slot::Later)));
    y += 8.0;
    let soft = Style::text(Paint::Soft, NOTE_SIZE, start_anchor);
    for (class, s) in [("note", w.note(muted, vague, apart)), ("source-line", w.source_line()), ("export-date", w.exported(today))] {
        for l in wrap(&s, inner, NOTE_SIZE) {
            y += NOTE_LINE;
            nodes.push(caption(class, y, l, soft));
        }
    }
    Scene { width, height: y + PAD, rtl, title, nodes }
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A simple native [`Words`]: English, Western digits grouped by commas,
/// dates as «5 Jan» and «30 November 2026». For tests; the page and the
/// static first paint use `crate::i18n::Text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plain {
    /// Lay the picture out right to left (the words stay English).
    pub rtl: bool,
}

/// `v` with its integer part grouped by commas («7,939», «1,234.5»).
pub fn grouped(v: f64) -> String {
    let s = super::palette::num(v);
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(a, b)| (a, Some(b)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

impl Words for Plain {
    fn rtl(&self) -> bool {
        self.rtl
    }
    fn number(&self, v: f64) -> String {
        grouped(v)
    }
    fn day_short(&self, day: i64) -> String {
        let d = Date::from_days(day);
        format!("{} {}", d.day, &MONTHS[usize::from(d.month.clamp(1, 12)) - 1][..3])
    }
    fn kind(&self, k: Kind) -> String {
        match k {
            Kind::Killed => "Killed",
            Kind::Injured => "Injured",
            Kind::Arrested => "Arrested",
        }
        .to_owned()
    }
    fn vague(&self, v: Vague) -> String {
        match v {
            Vague::Tens => "dozens",
            Vague::Hundreds => "hundreds",
            Vague::Thousands => "thousands",
            Vague::TensOfThousands => "tens of thousands",
        }
        .to_owned()
    }
    fn slot(&self, s: Slot) -> String {
        match s {
            Slot::Earlier => "earlier",
            Slot::Later => "later",
            Slot::Undated => "undated",
        }
        .to_owned()
    }
    fn panel_name(&self, k: Kind, log: bool) -> String {
        format!("{} — {} ({})", self.kind(k), self.title(), if log { "logarithmic" } else { "linear" })
    }
    fn chart_desc(&self) -> String {
        "One mark per reported figure, by the date it was reported and its count.".to_owned()
    }
    fn describe(&self, f: &Figure) -> String {
        format!("{} {} ({})", grouped(f.value as f64), self.kind(f.kind), f.reported.as_deref().unwrap_or("undated"))
    }
    fn title(&self) -> String {
        "Reported figures by date and source".to_owned()
    }
    fn value_axis(&self, log: bool) -> String {
        format!("Number of people ({} scale)", if log { "logarithmic" } else { "linear" })
    }
    fn time_axis(&self) -> String {
        "Date reported".to_owned()
    }
    fn note(&self, muted: bool, vague: bool, apart: bool) -> String {
        let mut s = String::from("Filled marks are exact figures, hollow ones approximate; arrows mark lower or upper bounds, bars ranges.");
        if vague {
            s.push_str(" Bands are vague quantities (dozens, hundreds), drawn over their whole class.");
        }
        if muted {
            s.push_str(" Grey struck-through marks were retracted or denied.");
        }
        if apart {
            s.push_str(" Marks under «earlier» or «later» are dated far from the others.");
        }
        s
    }
    fn source_line(&self) -> String {
        "Source: Tally, figures extracted from Arabic news articles.".to_owned()
    }
    fn exported(&self, day: i64) -> String {
        let d = Date::from_days(day);
        format!("Exported {} {} {}", d.day, MONTHS[usize::from(d.month.clamp(1, 12)) - 1], d.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::labels::{intersects, mark_boxes};
    use crate::chart::{layout, LayoutOptions};
    use crate::figure::{Quantity, Status};
    use crate::view::testing::{by, fig, qty};
    use crate::view::{GroupBy, Scale};

    fn sample() -> Vec<Figure> {
        let mut figs = vec![
            by(fig("a1", Kind::Killed, 8, Some("2022-01-05")), "Police"),
            by(fig("a1", Kind::Killed, 225, Some("2022-01-07")), "Interior Ministry"),
            fig("a2", Kind::Arrested, 7939, Some("2022-01-06")),
            qty(fig("a2", Kind::Killed, 0, Some("2022-01-10")), Quantity::Vague(Vague::Tens)),
            qty(by(fig("a3", Kind::Injured, 0, Some("2022-01")), "Police"), Quantity::Range(100, 150)),
            fig("a3", Kind::Injured, 1000, None),
            qty(by(fig("a3", Kind::Killed, 0, Some("2022-01-10")), "Information Ministry"), Quantity::MoreThan(164)),
        ];
        figs[6].status = Status::Retracted;
        figs
    }

    fn series() -> Vec<String> {
        ["Police", "Interior Ministry", "Unattributed", "Information Ministry", "Nobody"].map(String::from).to_vec()
    }

    fn chart(rtl: bool) -> (Vec<Figure>, Chart) {
        let figs = sample();
        let opts = LayoutOptions {
            width: 640.0,
            panel_height: 240.0,
            scale: Scale::Log,
            by: GroupBy::Claimant,
            rtl,
            kinds: Kind::ALL.to_vec(),
            series: series(),
            focus: true,
            axis: None,
        };
        let c = layout(&figs, &(0..figs.len()).collect::<Vec<_>>(), &opts);
        (figs, c)
    }

    /// Every node, depth first.
    fn walk<'a>(nodes: &'a [Node], out: &mut Vec<&'a Node>) {
        for n in nodes {
            out.push(n);
            if let Node::Group(g) = n {
                walk(&g.children, out);
            }
        }
    }

    fn groups<'a>(nodes: &'a [Node], class: &str) -> Vec<&'a Group> {
        let mut all = Vec::new();
        walk(nodes, &mut all);
        all.into_iter()
            .filter_map(|n| match n {
                Node::Group(g) if g.class == class || g.class.split(' ').next() == Some(class) => Some(g),
                _ => None,
            })
            .collect()
    }

    fn texts<'a>(nodes: &'a [Node], class: &str) -> Vec<&'a Label> {
        let mut all = Vec::new();
        walk(nodes, &mut all);
        all.into_iter()
            .filter_map(|n| match n {
                Node::Text(l) if l.class == class => Some(l),
                _ => None,
            })
            .collect()
    }

    /// `n` killed figures of two sources over 30 days, the odd ones «more than».
    fn many(n: usize) -> Vec<Figure> {
        (0..n)
            .map(|i| {
                let day = format!("2022-01-{:02}", 1 + i % 30);
                let f = by(fig(&format!("a{i}"), Kind::Killed, 10 + i as u64, Some(&day)), ["Police", "Interior Ministry"][i % 2]);
                if i % 2 == 1 { qty(f, Quantity::MoreThan(10 + i as u64)) } else { f }
            })
            .collect()
    }

    /// The killed panel alone, 900 px wide, on a log scale, by claimant.
    fn killed_900() -> LayoutOptions {
        LayoutOptions {
            width: 900.0,
            panel_height: 240.0,
            scale: Scale::Log,
            by: GroupBy::Claimant,
            rtl: false,
            kinds: vec![Kind::Killed],
            series: series(),
            focus: true,
            axis: None,
        }
    }

    #[test]
    fn a_dense_panel_merges_its_marks_and_has_one_cursor() {
        let figs = many(DENSE + 50);
        let opts = killed_900();
        let c = layout(&figs, &(0..figs.len()).collect::<Vec<_>>(), &opts);
        let p = &c.panels[0];
        assert!(p.marks.len() > DENSE);
        let nodes = panel(p, c.width, &figs, &Plain::default(), None, true);
        // One focusable mark: the cursor, on the earliest mark, with its label.
        let marks = groups(&nodes, "mark");
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].class, "mark cursor");
        let order = step_order(p);
        let first = &p.marks[order[0]];
        let attr = |g: &Group, k: &str| g.attrs.iter().find(|a| a.0 == k).map(|a| a.1.clone());
        assert_eq!(attr(marks[0], "data-fig"), Some(figure_key(&figs[first.figure])));
        assert_eq!(attr(marks[0], "aria-label"), Some(mark_label(first, &figs, &Plain::default())));
        // Every mark's glyph is drawn once, by one path of its series' layer
        // (filled or hollow): a subpath per mark, no element of its own.
        let layers = groups(&nodes, "layer");
        assert_eq!(layers.len(), 2, "one layer per source");
        let mut points = 0;
        for l in &layers {
            assert!(!l.children.iter().any(|n| matches!(n, Node::Marker { shape, .. } if matches!(**shape, Node::Path { .. }))), "a shape as a marker");
            for n in &l.children {
                if let Node::Path { class: "glyph" | "glyph hollow", d, .. } = n {
                    points += d.matches('M').count();
                }
            }
        }
        assert_eq!(points, p.marks.len());
        // Each at its mark: a dot on the point itself, another shape from its start.
        let num = crate::chart::palette::num;
        for l in &layers {
            let series: Vec<&Mark> = p.marks.iter().filter(|m| series_attr(m.series) == l.attrs[0].1).collect();
            let shape = series_shape(series[0].series);
            let ((sx, sy), tail) = crate::chart::palette::shape_tail(shape, MARK_SIZE + 1.0);
            let (sx, sy, tail) = if shape == crate::chart::palette::Shape::Circle { (0.0, 0.0, "h0".to_string()) } else { (sx, sy, tail) };
            let mut want: Vec<String> = series.iter().map(|m| format!("M{} {}{tail}", num(m.x + sx), num(m.y + sy))).collect();
            let mut drawn: Vec<String> = Vec::new();
            for n in &l.children {
                if let Node::Path { class: "glyph" | "glyph hollow", d, .. } = n {
                    drawn.extend(d.split('M').filter(|s| !s.is_empty()).map(|s| format!("M{s}")));
                }
            }
            want.sort();
            drawn.sort();
            assert_eq!(drawn, want, "layer {:?}", l.attrs);
        }
        // The «more than» signs that have room: one text each layer, in a marker that
        // a path of points places on those marks (not a text per mark).
        let mut signs = Vec::new();
        for l in &layers {
            assert!(!l.children.iter().any(|n| matches!(n, Node::Text(t) if t.text == ">")), "a sign as a text of its own");
            for n in &l.children {
                let Node::Marker { id, shape } = n else { continue };
                let Node::Text(t) = &**shape else { continue };
                assert_eq!((t.class, t.text.as_str(), t.x), ("sign", ">", 0.0));
                let Some(Node::Points { d, .. }) = l.children.iter().find(|n| matches!(n, Node::Points { marker, .. } if marker == id)) else { panic!("{id} placed nowhere") };
                signs.extend(d.split('M').filter(|s| !s.is_empty()).map(str::to_owned));
            }
        }
        assert!(!signs.is_empty(), "no sign drawn");
        let more_than: Vec<String> = p.marks.iter().filter(|m| m.glyph == Glyph::MoreThan).map(|m| format!("{} {}", crate::chart::palette::num(m.x), crate::chart::palette::num(m.y))).collect();
        assert!(signs.iter().all(|s| more_than.contains(s)), "a sign off a «more than» mark");
        // The markers' ids are unique in the panel, and differ in another panel or layout.
        let ids: Vec<String> = layers.iter().flat_map(|l| &l.children).filter_map(|n| if let Node::Marker { id, .. } = n { Some(id.clone()) } else { None }).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        let narrow = panel(p, c.width - 100.0, &figs, &Plain::default(), None, false);
        let other: Vec<String> = groups(&narrow, "layer").iter().flat_map(|l| &l.children).filter_map(|n| if let Node::Marker { id, .. } = n { Some(id.clone()) } else { None }).collect();
        assert!(other.iter().all(|id| !ids.contains(id)), "{other:?}");
        // Selecting a figure puts the cursor on it.
        let chosen = &p.marks[order[5]];
        let key = figure_key(&figs[chosen.figure]);
        let nodes = panel(p, c.width, &figs, &Plain::default(), Some(&key), true);
        let marks = groups(&nodes, "mark");
        assert_eq!(marks[0].class, "mark cursor selected");
        assert_eq!(attr(marks[0], "data-fig"), Some(key));
        // In a download or the static first paint, the same paths and no cursor.
        let nodes = panel(p, c.width, &figs, &Plain::default(), None, false);
        assert!(groups(&nodes, "mark").is_empty());
        assert_eq!(groups(&nodes, "layer").len(), 2);
    }

    #[test]
    fn a_panels_key_follows_what_it_is_made_of_not_its_rounding() {
        let figs = many(DENSE + 50);
        let opts = killed_900();
        let all: Vec<usize> = (0..figs.len()).collect();
        let key_of = |figs: &[Figure], opts: &LayoutOptions, lang: &str| {
            let c = layout(figs, &all, opts);
            key(&c.panels[0], c.width, lang, figs)
        };
        let k = key_of(&figs, &opts, "ar");
        assert_eq!(k.len(), 16);
        assert_eq!(key_of(&figs, &opts, "ar"), k, "the same layout, the same key");
        // Positions off by less than the writer's tenth of a pixel (a last bit of a logarithm): the same key.
        let c = layout(&figs, &all, &opts);
        let mut nudged = c.panels[0].clone();
        nudged.marks.iter_mut().for_each(|m| m.y += 1e-9);
        assert_eq!(key(&nudged, c.width, "ar", &figs), k);
        // Another language, width, number or date: another key.
        assert_ne!(key_of(&figs, &opts, "en"), k);
        assert_ne!(key_of(&figs, &LayoutOptions { width: 800.0, ..opts.clone() }, "ar"), k);
        let mut other = figs.clone();
        other[7].value += 1;
        assert_ne!(key_of(&other, &opts, "ar"), k);
        let mut other = figs.clone();
        other[7].reported = Some("2022-01-29".into());
        assert_ne!(key_of(&other, &opts, "ar"), k);
    }

    #[test]
    fn a_panel_has_one_mark_group_per_mark_with_its_attributes() {
        let (figs, c) = chart(false);
        let p = &c.panels[0];
        let nodes = panel(p, c.width, &figs, &Plain::default(), Some(&figure_key(&figs[0])), true);
        let marks = groups(&nodes, "mark");
        assert_eq!(marks.len(), p.marks.len());
        for (g, m) in marks.iter().zip(&p.marks) {
            let attr = |k: &str| g.attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str());
            assert_eq!(attr("data-fig"), Some(figure_key(&figs[m.figure]).as_str()));
            assert_eq!(attr("data-glyph"), Some(glyph_name(m.glyph)));
            assert_eq!((attr("tabindex"), attr("role")), (Some("0"), Some("button")));
            assert!(attr("aria-label").is_some_and(|l| l.len() > 5));
            assert_eq!(g.class.contains("muted"), m.muted);
            assert_eq!(g.class.contains("selected"), figure_key(&figs[m.figure]) == figure_key(&figs[0]));
        }
        assert!(matches!(nodes[0], Node::Title { .. }) && matches!(nodes[1], Node::Desc { .. }));
        // Not interactive: no title, no focus, no hit area; still the data attributes.
        let nodes = panel(p, c.width, &figs, &Plain::default(), None, false);
        assert!(!matches!(nodes[0], Node::Title { .. }));
        for g in groups(&nodes, "mark") {
            assert!(g.attrs.iter().all(|(k, _)| !["tabindex", "role", "aria-label"].contains(k)));
            assert!(g.attrs.iter().any(|(k, _)| *k == "data-fig"));
            assert!(!g.children.iter().any(|n| matches!(n, Node::Circle { class: "hit", .. })));
        }
    }

    #[test]
    fn a_source_s_figures_over_time_are_joined_and_named_at_the_end() {
        let f = |v: u64, d: &str, who: &str| {
            let mut x = crate::view::testing::by(crate::view::testing::fig("a", Kind::Killed, v, Some(d)), who);
            x.article = format!("{who}{d}");
            x
        };
        let mut figs = vec![f(10, "2024-03-01", "Health Ministry"), f(40, "2024-03-05", "Health Ministry"), f(90, "2024-03-09", "Health Ministry"), f(7, "2024-03-03", "Police")];
        // Another group of people from the same source is never joined to it.
        let mut other = f(3, "2024-03-07", "Health Ministry");
        other.victims = crate::figure::Victims::Children;
        figs.push(other);
        let opts = LayoutOptions {
            width: 800.0,
            panel_height: 240.0,
            scale: Scale::Log,
            by: GroupBy::Claimant,
            rtl: false,
            kinds: vec![Kind::Killed],
            series: vec!["Health Ministry".into(), "Police".into()],
            focus: true,
            axis: None,
        };
        let all: Vec<usize> = (0..figs.len()).collect();
        let c = layout(&figs, &all, &opts);
        let nodes = panel(&c.panels[0], c.width, &figs, &Plain::default(), None, true);
        let mut flat = Vec::new();
        walk(&nodes, &mut flat);
        let lines: Vec<&Node> = flat.iter().copied().filter(|n| matches!(n, Node::Path { class: "series-line", .. })).collect();
        assert_eq!(lines.len(), 1, "one line: the ministry's three dates (the police have one, the children one)");
        if let Node::Path { d, .. } = lines[0] {
            assert_eq!(d.matches('L').count(), 2);
        }
        let labels = texts(&nodes, "line-label");
        let names: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert!(names.contains(&"Health Ministry"), "{names:?}");
        // No label box covers another.
        let boxes: Vec<(f64, f64)> = labels.iter().map(|l| (l.x, l.y)).collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!((a.1 - b.1).abs() >= 10.0 || (a.0 - b.0).abs() >= 60.0, "{boxes:?}");
            }
        }
    }

    #[test]
    fn crowded_signs_and_counts_never_cover_each_other() {
        // Forty "at least" claims of nearby values on three days: their signs would pile up.
        let mut figs = Vec::new();
        for i in 0..40u64 {
            let mut f = crate::view::testing::by(
                crate::view::testing::qty(
                    crate::view::testing::fig("a", Kind::Killed, 10, Some(["2024-03-01", "2024-03-02", "2024-03-03"][i as usize % 3])),
                    crate::figure::Quantity::AtLeast(10 + i),
                ),
                ["Police", "Army", "UN"][i as usize % 3],
            );
            f.article = format!("a{i}");
            figs.push(f);
        }
        let opts = LayoutOptions {
            width: 320.0,
            panel_height: 240.0,
            scale: Scale::Log,
            by: GroupBy::Claimant,
            rtl: false,
            kinds: vec![Kind::Killed],
            series: vec!["Police".into(), "Army".into(), "UN".into()],
            focus: true,
            axis: None,
        };
        let all: Vec<usize> = (0..figs.len()).collect();
        let c = layout(&figs, &all, &opts);
        let nodes = panel(&c.panels[0], c.width, &figs, &Plain::default(), None, true);
        let mut flat = Vec::new();
        walk(&nodes, &mut flat);
        // Every text drawn inside the plot (signs, counts, line labels), as the writer places it.
        let boxes: Vec<Rect> = flat
            .iter()
            .filter_map(|n| match n {
                Node::Text(l) if l.text.len() <= 3 && !l.vertical => {
                    let wd = text_width(&l.text, 11.0);
                    Some(Rect { x: l.x - wd / 2.0 + 1.0, y: l.y - 7.0, width: wd - 2.0, height: 8.0 })
                }
                _ => None,
            })
            .collect();
        let signs = flat.iter().filter(|n| matches!(n, Node::Text(l) if l.text == "≥")).count();
        assert!(signs > 0 && signs < 40, "some signs shown, crowded ones left out: {signs}");
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!overlaps(a, b), "{a:?} covers {b:?}");
            }
        }
    }

    #[test]
    fn grid_and_axis_lines_carry_their_stroke() {
        let (figs, c) = chart(false);
        let nodes = panel(&c.panels[0], c.width, &figs, &Plain::default(), None, false);
        let mut all = Vec::new();
        walk(&nodes, &mut all);
        let lines: Vec<_> = all
            .iter()
            .filter_map(|n| match n {
                Node::Line { class, style, .. } if *class == "grid" || *class == "axis" => Some((*class, style)),
                _ => None,
            })
            .collect();
        assert!(lines.iter().filter(|(c, _)| *c == "grid").count() >= 2);
        assert!(lines.iter().filter(|(c, _)| *c == "axis").count() >= 2);
        for (class, s) in lines {
            assert_eq!(s.stroke, Some(if class == "grid" { Paint::Grid } else { Paint::Axis }));
            assert_eq!(s.stroke_width, Some(1.0));
        }
    }

    #[test]
    fn the_picture_has_title_legend_axes_note_source_and_date() {
        let (figs, c) = chart(false);
        let names: Vec<String> = series().iter().map(|s| format!("name of {s}")).collect();
        let today = Date::parse("2026-11-30").unwrap().to_days();
        let s = picture(&c, &figs, &names, &Plain::default(), today);
        assert_eq!(s.width, 640.0 + GUTTER);
        assert!(s.height > c.height + 100.0);
        assert_eq!(texts(&s.nodes, "title")[0].text, "Reported figures by date and source");
        // Legend entries are exactly the series with marks, in order.
        let entries = groups(&s.nodes, "legend-entry");
        let legend: Vec<String> = entries
            .iter()
            .map(|g| match &g.children[1] {
                Node::Text(l) => l.text.clone(),
                _ => panic!(),
            })
            .collect();
        let mut want: Vec<usize> = c.panels.iter().flat_map(|p| p.marks.iter().map(|m| m.series)).collect();
        want.sort();
        want.dedup();
        assert_eq!(legend, want.iter().map(|&i| names[i].clone()).collect::<Vec<_>>());
        assert_eq!(legend.len(), 4, "Nobody has no mark: {legend:?}");
        for (g, &i) in entries.iter().zip(&want) {
            assert!(matches!(&g.children[0], Node::Path { style, .. } if style.fill == Some(Paint::Color(series_color(i)))));
        }
        // Panels with their marks, one value-axis label each, one time-axis label.
        let panels = groups(&s.nodes, "panel");
        assert_eq!(panels.len(), 3);
        assert_eq!(groups(&s.nodes, "mark").len(), figs.len());
        let axis = texts(&s.nodes, "axis-label");
        assert_eq!(axis.iter().filter(|l| l.vertical).count(), 3);
        assert_eq!(axis.iter().filter(|l| !l.vertical).map(|l| l.text.as_str()).collect::<Vec<_>>(), ["Date reported"]);
        let note: String = texts(&s.nodes, "note").iter().map(|l| l.text.clone()).collect::<Vec<_>>().join(" ");
        assert!(note.contains("retracted") && note.contains("vague"), "{note}");
        assert!(texts(&s.nodes, "source-line")[0].text.starts_with("Source:"));
        assert_eq!(texts(&s.nodes, "export-date")[0].text, "Exported 30 November 2026");
        // Everything lies inside the picture.
        for l in texts(&s.nodes, "note").iter().chain(&texts(&s.nodes, "title")) {
            assert!(l.x >= 0.0 && l.x + text_width(&l.text, NOTE_SIZE) <= s.width && l.y < s.height, "{l:?}");
        }
        // No retracted or vague figure: the note does not mention them.
        let plain: Vec<Figure> = figs.iter().filter(|f| f.status == Status::Asserted && f.vague.is_none()).cloned().collect();
        let c2 = layout(&plain, &(0..plain.len()).collect::<Vec<_>>(), &LayoutOptions {
            width: 640.0,
            panel_height: 240.0,
            scale: Scale::Linear,
            by: GroupBy::Claimant,
            rtl: false,
            kinds: Kind::ALL.to_vec(),
            series: series(),
            focus: true,
            axis: None,
        });
        let s2 = picture(&c2, &plain, &names, &Plain::default(), today);
        let note: String = texts(&s2.nodes, "note").iter().map(|l| l.text.clone()).collect();
        assert!(!note.contains("retracted") && !note.contains("Bands") && !note.contains("earlier"), "{note}");
        // A figure dated years before the others: the note says where it stands.
        let mut far = plain.clone();
        far.push(Figure { reported: Some("2011-03-01".into()), ..plain[0].clone() });
        let c3 = layout(&far, &(0..far.len()).collect::<Vec<_>>(), &LayoutOptions { width: 640.0, panel_height: 240.0, scale: Scale::Log, by: GroupBy::Claimant, rtl: false, kinds: Kind::ALL.to_vec(), series: series(), focus: true, axis: None });
        let note: String = texts(&picture(&c3, &far, &names, &Plain::default(), today).nodes, "note").iter().map(|l| l.text.clone()).collect::<Vec<_>>().join(" ");
        assert!(note.contains("«earlier»"), "{note}");
    }

    #[test]
    fn rtl_captions_start_at_the_right() {
        let (figs, c) = chart(true);
        let s = picture(&c, &figs, &series(), &Plain { rtl: true }, 0);
        for class in ["title", "note", "source-line", "export-date"] {
            for l in texts(&s.nodes, class) {
                assert!(l.rtl, "{class} is written right to left");
                assert_eq!(l.style.anchor, Some(Anchor::Right), "{class}");
                assert_eq!(l.x, s.width - PAD, "{class}");
            }
        }
        // The legend flows from the right: the first entry is rightmost.
        let xs: Vec<f64> = groups(&s.nodes, "legend-entry")
            .iter()
            .map(|g| match &g.children[1] {
                Node::Text(l) => {
                    assert_eq!(l.style.anchor, Some(Anchor::Right));
                    l.x
                }
                _ => panic!(),
            })
            .collect();
        assert!(xs.windows(2).all(|w| w[0] > w[1]), "{xs:?}");
        // The value axis's label is on the right, beyond the panels.
        for l in texts(&s.nodes, "axis-label").iter().filter(|l| l.vertical) {
            assert!(l.x > c.width - 10.0, "{l:?}");
        }
        let ltr = picture(&chart(false).1, &figs, &series(), &Plain::default(), 0);
        for l in texts(&ltr.nodes, "title") {
            assert!(!l.rtl && l.style.anchor == Some(Anchor::Left) && l.x == PAD);
        }
    }

    #[test]
    fn band_labels_cover_no_mark_in_the_sample() {
        for rtl in [false, true] {
            let (figs, c) = chart(rtl);
            let p = &c.panels[0];
            let nodes = panel(p, c.width, &figs, &Plain { rtl }, None, false);
            let labels = texts(&nodes, "band-label");
            assert_eq!(labels.len(), 1);
            let l = labels[0];
            let w = text_width(&l.text, LABEL_SIZE);
            let b = crate::chart::Rect { x: l.x - w / 2.0, y: l.y - 0.8 * LABEL_SIZE, width: w, height: 1.05 * LABEL_SIZE };
            for m in &p.marks {
                for r in mark_boxes(m) {
                    assert!(!intersects(&b, &r), "rtl {rtl}: {b:?} covers {r:?} of {m:?}");
                }
            }
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(grouped(7939.0), "7,939");
        assert_eq!(grouped(1_234_567.0), "1,234,567");
        assert_eq!(grouped(-1234.5), "-1,234.5");
        assert_eq!(grouped(10.0), "10");
        assert_eq!(wrap("aa bb cc", 1000.0, 10.0), ["aa bb cc"]);
        assert_eq!(wrap("aa bb cc", 15.0, 10.0), ["aa", "bb", "cc"]);
        assert!(wrap("", 10.0, 10.0).is_empty());
        assert!(text_width("عشرات", 10.0) > 20.0 && text_width("dozens", 10.0) > 30.0);
        assert_eq!(Plain::default().day_short(Date::parse("2022-01-05").unwrap().to_days()), "5 Jan");
    }
}
