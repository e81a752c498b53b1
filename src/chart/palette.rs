//! Series colours and shapes: each series differs by both, so the chart reads
//! without colour vision and in greyscale print.
//!
//! Colours are the Okabe–Ito palette in its usual order, without black (it
//! vanishes in dark mode): 7 colours. Shapes are 6, so colour and shape
//! together repeat only after 42 series.


/// Okabe–Ito without black.
pub const PALETTE: [&str; 7] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

/// The series of every source without a colour of its own ("other sources").
pub const OTHER: usize = usize::MAX;
/// How many sources get a colour and shape of their own at once: one colour
/// each. The rest share [`OTHER`]'s muted colour until the reader picks them.
pub const MAX_SERIES: usize = PALETTE.len();
/// The colour of "other sources": a mid grey, filled (retracted figures are
/// grey too, but hollow and struck through).
pub const OTHER_COLOR: &str = "#999999";

/// The colour of series `i` (cycling); [`OTHER_COLOR`] for [`OTHER`].
pub fn series_color(i: usize) -> &'static str {
    if i == OTHER {
        return OTHER_COLOR;
    }
    PALETTE[i % PALETTE.len()]
}

/// A mark's outline. Every shape is one closed path, so it can be filled
/// (exact figures) or only stroked (hollow: "about", retracted, denied).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
    Star,
}

impl Shape {
    pub const ALL: [Shape; 6] = [Shape::Circle, Shape::Square, Shape::Triangle, Shape::Diamond, Shape::Cross, Shape::Star];
}

/// The shape of series `i` (cycling).
pub fn series_shape(i: usize) -> Shape {
    if i == OTHER {
        return Shape::Circle;
    }
    Shape::ALL[i % Shape::ALL.len()]
}

/// `v` rounded to one decimal, for SVG attributes: written by hand so the page
/// carries no float formatting (core's costs ~20 KB of wasm); integers are
/// formatted by `fmt` as everywhere else.
pub fn num(v: f64) -> String {
    let mut s = String::with_capacity(8);
    push_num(&mut s, v);
    s
}

/// Appends `v` as [`num`] writes it.
pub fn push_num(out: &mut String, v: f64) {
    let t = if v.is_finite() { (v * 10.0).round().clamp(-1e15, 1e15) as i64 } else { 0 };
    if t < 0 {
        out.push('-');
    }
    let t = t.unsigned_abs();
    // the digits of t / 10, written back to front (the fmt machinery costs more per call)
    let mut buf = [0u8; 20];
    let (mut n, mut i) = (t / 10, buf.len());
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf[i..].iter().for_each(|&b| out.push(char::from(b)));
    if t % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (t % 10) as u8));
    }
}

/// Appends a closed polygon through `pts` (offsets from the centre, in units
/// of `r`).
fn polygon(out: &mut String, x: f64, y: f64, r: f64, pts: &[(f64, f64)]) {
    for (i, (dx, dy)) in pts.iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        push_num(out, x + dx * r);
        out.push(' ');
        push_num(out, y + dy * r);
    }
    out.push('Z');
}

/// Five-pointed star: outer radius 1.2, inner 0.5, first point up.
const STAR: [(f64, f64); 10] = [
    (0.0, -1.2),
    (0.294, -0.405),
    (1.141, -0.371),
    (0.476, 0.155),
    (0.705, 0.971),
    (0.0, 0.5),
    (-0.705, 0.971),
    (-0.476, 0.155),
    (-1.141, -0.371),
    (-0.294, -0.405),
];

/// An SVG path `d` for `shape`, about `size` px across, centred on `(x, y)`;
/// the shapes are scaled to look about as large as each other.
pub fn shape_path(shape: Shape, x: f64, y: f64, size: f64) -> String {
    let r = if size.is_finite() { size.max(0.0) / 2.0 } else { 0.0 };
    let mut d = String::with_capacity(64);
    match shape {
        Shape::Circle => {
            d.push('M');
            push_num(&mut d, x - r);
            d.push(' ');
            push_num(&mut d, y);
            for end in [x + r, x - r] {
                d.push('A');
                push_num(&mut d, r);
                d.push(' ');
                push_num(&mut d, r);
                d.push_str(" 0 1 0 ");
                push_num(&mut d, end);
                d.push(' ');
                push_num(&mut d, y);
            }
            d.push('Z');
        }
        _ => polygon(&mut d, x, y, r, corners(shape)),
    }
    d
}

/// A polygonal shape's corners (offsets from the centre, in units of the
/// radius); none for the circle.
fn corners(shape: Shape) -> &'static [(f64, f64)] {
    match shape {
        Shape::Circle => &[],
        Shape::Square => &[(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)],
        Shape::Triangle => &[(0.0, -1.15), (1.0, 0.58), (-1.0, 0.58)],
        Shape::Diamond => &[(0.0, -1.2), (0.85, 0.0), (0.0, 1.2), (-0.85, 0.0)],
        Shape::Cross => &CROSS,
        Shape::Star => &STAR,
    }
}

/// [`shape_path`] in a compact form for drawing many marks in one path: the
/// offset of its starting point from the centre, and the rest of the path in
/// relative moves (the same for every mark of one shape and size), so a mark
/// is `M` + its start + this tail.
pub fn shape_tail(shape: Shape, size: f64) -> ((f64, f64), String) {
    let r = if size.is_finite() { size.max(0.0) / 2.0 } else { 0.0 };
    let mut d = String::with_capacity(64);
    if shape == Shape::Circle {
        for dx in [2.0 * r, -2.0 * r] {
            d.push('a');
            push_num(&mut d, r);
            d.push(' ');
            push_num(&mut d, r);
            d.push_str(" 0 1 0 ");
            push_num(&mut d, dx);
            d.push_str(" 0");
        }
        d.push('z');
        return ((-r, 0.0), d);
    }
    let pts = corners(shape);
    // Each corner relative to the one before, rounded as drawn (from the rounded
    // corners, so the rounding does not add up along the path).
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let mut at = (round(pts[0].0 * r), round(pts[0].1 * r));
    for &(px, py) in &pts[1..] {
        let next = (round(px * r), round(py * r));
        d.push('l');
        push_num(&mut d, next.0 - at.0);
        d.push(' ');
        push_num(&mut d, next.1 - at.1);
        at = next;
    }
    d.push('z');
    ((pts[0].0 * r, pts[0].1 * r), d)
}

/// The cross's corners (offsets from the centre, in units of the radius).
const CROSS: [(f64, f64); 12] = {
    let (a, b) = (0.35, 1.05);
    [(-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b), (-a, a), (-b, a), (-b, -a), (-a, -a)]
};

#[cfg(test)]
mod tests {
    use super::*;

    /// `(value, as written)`: one decimal at most, none when it is zero, no "-0".
    const NUMBERS: &[(f64, &str)] = &[
        (0.0, "0"),
        (7.0, "7"),
        (12.04, "12"),
        (12.05, "12.1"),
        (-3.25, "-3.3"),
        (-0.04, "0"),
        (1280.5, "1280.5"),
        (f64::NAN, "0"),
        (1e20, "100000000000000"),
    ];

    #[test]
    fn numbers_are_written_with_at_most_one_decimal() {
        for &(v, want) in NUMBERS {
            assert_eq!(num(v), want, "{v}");
        }
    }

    #[test]
    fn a_tail_draws_the_same_corners_as_the_whole_path() {
        for shape in Shape::ALL {
            let ((sx, sy), tail) = shape_tail(shape, 10.0);
            let whole = shape_path(shape, 100.0, 50.0, 10.0);
            // The start is the whole path's first point.
            let mut start = String::from("M");
            push_num(&mut start, 100.0 + sx);
            start.push(' ');
            push_num(&mut start, 50.0 + sy);
            assert!(whole.starts_with(&start), "{shape:?}: {whole} / {start}");
            // As many corners (or arcs), closed.
            let corners = |d: &str| d.chars().filter(|c| matches!(c, 'L' | 'l' | 'A' | 'a')).count();
            assert_eq!(corners(&tail), corners(&whole), "{shape:?}");
            assert!(tail.ends_with('z'));
        }
    }

    #[test]
    fn colours_cycle_without_black() {
        assert_eq!(series_color(0), "#0072B2");
        assert_eq!(series_color(7), "#0072B2");
        assert!(!PALETTE.contains(&"#000000"));
        let distinct: std::collections::HashSet<_> = PALETTE.iter().collect();
        assert_eq!(distinct.len(), 7);
    }

    #[test]
    fn colour_and_shape_pairs_repeat_late() {
        let pairs: std::collections::HashSet<_> = (0..42).map(|i| (series_color(i), series_shape(i))).collect();
        assert_eq!(pairs.len(), 42);
        assert_eq!(series_shape(6), Shape::Circle);
    }

    #[test]
    fn paths() {
        assert_eq!(shape_path(Shape::Square, 10.0, 20.0, 10.0), "M5.8 15.8L14.3 15.8L14.3 24.3L5.8 24.3Z");
        assert_eq!(shape_path(Shape::Circle, 10.0, 20.0, 8.0), "M6 20A4 4 0 1 0 14 20A4 4 0 1 0 6 20Z");
        assert_eq!(shape_path(Shape::Triangle, -1.0, 0.0, 2.0), "M-1 -1.2L0 0.6L-2 0.6Z");
        for s in Shape::ALL {
            let d = shape_path(s, 100.0, 50.0, 8.0);
            assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
            assert!(!d.contains("NaN") && !d.contains("inf"));
            assert!(shape_path(s, f64::NAN, 1.0, f64::INFINITY).starts_with('M'));
        }
    }
}
