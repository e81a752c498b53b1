//! A dense panel (a large set): every mark of one shape drawn by one path,
//! and the key that lets the page take the static first paint's panel over
//! when its own layout is the same.

use super::*;

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

/// One `M x y L x y` segment appended to path data.
fn push_seg(d: &mut String, x1: f64, y1: f64, x2: f64, y2: f64) {
    use crate::chart::palette::push_num;
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
    use crate::chart::palette::push_num;
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
            if shape == crate::chart::palette::Shape::Circle {
                // Dots: zero-length lines with round caps, as wide as the outlined circle.
                let dot = |width: f64, p: Paint| Style { fill: Some(Paint::None), round_cap: true, ..Style::stroke(p, width) };
                kids.extend(path("glyph", at(&l.glyphs, ((0.0, 0.0), "h0".into())), dot(size + outline, color)));
                let hollow = at(&l.hollow, ((0.0, 0.0), "h0".into()));
                kids.extend(path("glyph hollow", hollow.clone(), dot(size + outline, color)));
                kids.extend(path("glyph-hole", hollow, dot(size - outline, Paint::Background)));
            } else {
                let glyph = || crate::chart::palette::shape_tail(shape, size);
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
