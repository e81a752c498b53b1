//! The whole chart as a standalone picture (the SVG and PNG downloads): the
//! title, legend, panels, axis labels, the note on how to read the marks, the
//! source line and the date of the export.

use super::*;

/// Padding around the picture.
pub(super) const PAD: f64 = 12.0;
/// Room for the value axis's label, on the value axis's side.
pub(super) const GUTTER: f64 = 20.0;
const TITLE_SIZE: f64 = 17.0;
const LEGEND_SIZE: f64 = 12.0;
const LEGEND_ROW: f64 = 20.0;
pub(super) const NOTE_SIZE: f64 = 11.0;
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
