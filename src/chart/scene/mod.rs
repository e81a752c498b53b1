//! The chart as a plain description: a small scene tree with no DOM.
//!
//! Each node carries its own presentation (stroke, fill, widths, font size
//! and weight, anchor, opacity), so the picture does not depend on the page's
//! CSS; colours that follow the page's light or dark mode are named by role
//! ([`Paint::Text`], [`Paint::Grid`], ...) and a theme chooses them when the
//! scene is written (see [`super::svg`], the one writer).
//!
//! - this module: the nodes ([`Node`], [`Style`], [`Scene`]), the words the
//!   scene needs ([`Words`]), the estimate of a text's width, and the signs
//!   written beside bounded and approximate figures;
//! - `panel`: one laid-out [`Panel`] as nodes (its title, axes and grid,
//!   marks, lines, band and line labels), and the cursor of a dense panel;
//! - `dense`: a dense panel's marks, one path per shape, and the key that lets
//!   the page take the static first paint's panel over;
//! - `picture`: every panel of a [`Chart`] as a standalone picture (the
//!   downloads), with its title, legend, axis labels, note, source line and
//!   date of export;
//! - `plain`: [`Plain`], a simple native [`Words`] in English.
//!
//! Everything the scene needs from the interface (words, number and date
//! formatting, direction) comes through [`Words`], so it builds natively as
//! well as in the page. All functions here are pure.

use super::labels::{band_labels, pad, LABEL_SIZE};
use super::marks::{Chart, Glyph, Mark, Panel, Slot, DODGE, MARK_SIZE};
use super::marks::Rect;
use super::palette::{series_color, series_shape, shape_path, OTHER};
use super::scale::YScale;
use super::ticks::{date_forms, DateForm};
use crate::date::Date;
use crate::figure::{Figure, Kind, Vague};
use crate::view::figure_key;

mod dense;
mod panel;
mod picture;
mod plain;
#[cfg(test)]
mod tests;

pub use dense::{dense_marks, key};
pub use panel::{cursor, mark, mark_attrs, mark_label, panel, panel_head, series_attr, step_order, DENSE};
pub use picture::picture;
pub use plain::{grouped, Plain};
// (for `dense`, which places its signs as `panel` does)
use panel::count_at;
#[cfg(test)]
use {
    panel::overlaps,
    picture::{GUTTER, NOTE_SIZE, PAD},
};

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
    /// A day number ([`Date::to_days`]) as a tick of the time axis names it
    /// («5 Jan», «Jan 2023», «2023»: see [`crate::chart::date_forms`]).
    fn date_tick(&self, day: i64, form: DateForm) -> String;
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
