//! One panel's nodes: its title and description, axes and grid, marks (each
//! a group of its own, a focusable button in the page), the lines that join a
//! source's marks, the labels at their ends and of vague bands, and the
//! cursor of a dense panel.

use super::*;

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
    let values: Vec<f64> = p.x_ticks.iter().map(|tk| tk.value).collect();
    let dates: Vec<String> = p.x_ticks.iter().zip(date_forms(&values)).map(|(tk, f)| w.date_tick(tk.value as i64, f)).collect();
    for (tk, date) in p.x_ticks.iter().zip(&dates) {
        let date = text("", tk.pos, below, date.clone(), Style { anchor: Some(Anchor::Middle), ..Style::default() });
        xs.push(group("tick", Style::default(), vec![line("axis", tk.pos, bottom, tk.pos, bottom + 4.0, axis), date]));
    }
    out.push(group("x-axis", axis_text, xs));

    // (each source's marks a line joins, and its latest: read once)
    let runs = runs(p, figs);
    out.push(group("lines", Style::default(), lines(&runs)));
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
    for (tk, date) in p.x_ticks.iter().zip(&dates) {
        let wd = text_width(date, 11.0);
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
    out.push(group("line-labels", Style::default(), line_labels(p, &runs, figs, w, taken)));
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
fn lines(runs: &[Vec<&Mark>]) -> Vec<Node> {
    runs.iter()
        .filter(|ms| ms.len() > 1 && ms.first().map(|m| m.x) != ms.last().map(|m| m.x))
        .map(|ms| {
            let mut d = String::with_capacity(16 * ms.len());
            for (i, m) in ms.iter().enumerate() {
                d.push_str(if i == 0 { "M" } else { " L" });
                crate::chart::palette::push_num(&mut d, m.x);
                d.push(' ');
                crate::chart::palette::push_num(&mut d, m.y);
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
pub(super) fn count_at(m: &Mark) -> (f64, f64) {
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

pub(super) fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// Each coloured source's name beside its latest mark, so the chart reads
/// without the legend; left out where it would cover another text or a mark,
/// or leave the plot.
fn line_labels(p: &Panel, runs: &[Vec<&Mark>], figs: &[Figure], w: &impl Words, mut taken: Vec<Rect>) -> Vec<Node> {
    const SIZE: f64 = 10.0;
    let rtl = w.rtl();
    let r = p.plot;
    // The latest mark of each series.
    let mut latest: Vec<&Mark> = Vec::new();
    for run in runs {
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
                crate::chart::palette::push_num(&mut d, px);
                d.push(' ');
                crate::chart::palette::push_num(&mut d, py);
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
