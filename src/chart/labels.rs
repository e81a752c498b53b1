//! Labels for vague bands («dozens», «hundreds»): one per class and day, so a
//! day where several sources said «عشرات» carries one word, not a pile of them.
//!
//! A label is placed where it covers no mark: above its bands if that is
//! free, else a little higher, beside them, or below them; in a panel too
//! crowded for that, each class is named once (see [`band_labels`]). What a mark covers is [`mark_boxes`]: the ink the scene
//! ([`super::scene`]) draws for it.

use super::marks::{Rect, MARK_SIZE};
use super::{Glyph, Mark};
use crate::figure::{Figure, Vague};

/// Font size of a band label, in pixels.
pub const LABEL_SIZE: f64 = 10.0;

/// Where to write the name of a vague class: centred on `x`, its baseline at `y`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandLabel {
    pub vague: Vague,
    pub x: f64,
    pub y: f64,
    /// The label's estimated width in pixels (as given to [`band_labels`]).
    pub width: f64,
}

impl BandLabel {
    /// The box the label's ink takes (ascent 0.8 em, descent 0.25 em).
    pub fn bounds(&self) -> Rect {
        label_box(self.x, self.y, self.width)
    }
}

fn label_box(x: f64, y: f64, width: f64) -> Rect {
    Rect { x: x - width / 2.0, y: y - 0.8 * LABEL_SIZE, width, height: 1.05 * LABEL_SIZE }
}

/// Whether two boxes overlap (touching is not overlapping).
pub fn intersects(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// `r` grown by the difference between the estimated and a real font's box
/// (2 px across, 6 px up and down: an Arabic font's box is nearly twice its
/// size in height), for keeping texts apart.
pub fn pad(r: Rect) -> Rect {
    Rect { x: r.x - 2.0, y: r.y - 6.0, width: r.width + 4.0, height: r.height + 12.0 }
}

fn overlap(a: &Rect, b: &Rect) -> f64 {
    let w = a.right().min(b.right()) - a.x.max(b.x);
    let h = a.bottom().min(b.bottom()) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// The boxes a mark's ink covers: its glyph (with the strike of a retracted
/// figure and the arrow and sign of a bound), the bar of a range or band, and
/// the line under a month-only date.
pub fn mark_boxes(m: &Mark) -> Vec<Rect> {
    let half = (MARK_SIZE + 1.0) * 0.6 + 1.0; // the star reaches 1.2 × the radius
    let (mut top, mut bottom) = (m.y - half, m.y + half);
    let wide = if m.muted { 9.0 } else { half };
    match m.glyph {
        Glyph::AtLeast | Glyph::MoreThan => top = m.y - 18.0 - 3.0 - 9.0,
        Glyph::AtMost => bottom = m.y + 18.0 + 11.0 + 2.0,
        Glyph::About => top = m.y - 8.0 - 9.0,
        _ => {}
    }
    let mut out = vec![Rect { x: m.x - wide, y: top, width: 2.0 * wide, height: bottom - top }];
    if let (Some(lo), Some(hi)) = (m.y_lo, m.y_hi) {
        let (a, b) = (lo.min(hi), lo.max(hi));
        out.push(Rect { x: m.x - 4.0, y: a, width: 8.0, height: b - a });
    }
    if let (Some(a), Some(b)) = (m.x_lo, m.x_hi) {
        out.push(Rect { x: a.min(b), y: m.y + 8.0, width: (b - a).abs(), height: 2.0 });
    }
    out
}

/// One label per vague class and reported date (the bands of one day sit
/// side by side after dodging), placed where it covers no mark of `marks` and
/// no other label: above the highest band if that is free; else a little
/// higher; else beside the bands (the later side first); else below them.
/// A label with no such place is left out; a class left with no label at all
/// (a crowded panel) gets one, where it covers least. Never one label over
/// another. `width` estimates a label's width in pixels; `plot` is the plot
/// area (a label stays within a few pixels of it). In the order of the
/// groups' first marks, then the classes named in a crowd.
pub fn band_labels(marks: &[Mark], figs: &[Figure], width: impl Fn(Vague) -> f64, plot: Rect, rtl: bool) -> Vec<BandLabel> {
    // class, day, first x, last x, top, bottom
    type Run<'a> = (Vague, Option<&'a str>, f64, f64, f64, f64);
    // The vague marks by (class, day), each group in the order of its first
    // mark (sorted, not searched: a dense chart has thousands).
    let vague: Vec<(usize, Vague, Option<&str>)> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.glyph == Glyph::Vague)
        .filter_map(|(i, m)| {
            let f = figs.get(m.figure)?;
            Some((i, f.vague?, f.reported.as_deref()))
        })
        .collect();
    let by_key = crate::sort::order(vague.len(), &|a, b| (vague[a].1, vague[a].2).cmp(&(vague[b].1, vague[b].2)).then(a.cmp(&b)));
    let mut groups: Vec<(usize, Run)> = Vec::new();
    for (k, &v) in by_key.iter().enumerate() {
        let (i, class, day) = vague[v];
        let m = &marks[i];
        let top = m.y_hi.unwrap_or(m.y);
        let bottom = m.y_lo.unwrap_or(m.y).max(m.y);
        let same = k > 0 && {
            let (_, c, d) = vague[by_key[k - 1]];
            (c, d) == (class, day)
        };
        match groups.last_mut() {
            Some((_, g)) if same => {
                (g.2, g.3) = (g.2.min(m.x), g.3.max(m.x));
                (g.4, g.5) = (g.4.min(top), g.5.max(bottom));
            }
            _ => groups.push((i, (class, day, m.x, m.x, top, bottom))),
        }
    }
    let first = crate::sort::order(groups.len(), &|a, b| groups[a].0.cmp(&groups[b].0));
    let groups: Vec<Run> = first.into_iter().map(|g| groups[g].1).collect();
    // The marks' boxes, found by where they are (a dense chart has thousands,
    // a crowded day hundreds in one column): whether a spot is free is asked of
    // the boxes in the grid's cells it touches only ([`Boxes`]).
    let boxes = Boxes::new(marks.iter().flat_map(mark_boxes).collect(), plot);
    // (the area of a spot the boxes cover: only a crowded panel's few labels need it,
    // each box's overlap in turn)
    let covered = |b: &Rect| -> f64 { boxes.boxes.iter().map(|r| overlap(b, r)).sum() };
    let later = if rtl { -1.0 } else { 1.0 };
    // Where a group's label may go, by preference, and its width.
    let candidates = |&(vague, _, x0, x1, top, bottom): &Run| {
        let w = width(vague).max(1.0);
        let cx = (x0 + x1) / 2.0;
        let above = top - 4.0;
        let beside = (x1 - x0) / 2.0 + 5.0 + w / 2.0;
        let mid = (top + bottom) / 2.0 + 0.3 * LABEL_SIZE;
        let mut c = vec![(cx, above)];
        c.extend((1..=3).map(|k| (cx, above - 6.0 * k as f64)));
        c.push((cx + later * beside, mid));
        c.push((cx - later * beside, mid));
        c.push((cx + later * beside, above));
        c.push((cx - later * beside, above));
        c.push((cx, bottom + 4.0 + 0.8 * LABEL_SIZE));
        (w, c)
    };
    let inside = |b: &Rect| b.x >= plot.x - 4.0 && b.right() <= plot.right() + 4.0 && b.y >= plot.y - 12.0 && b.bottom() <= plot.bottom() + 2.0;
    // The labels placed so far (their boxes, and padded for the font's real
    // box): obstacles for the next ones too.
    let mut placed: Vec<(BandLabel, Rect)> = Vec::new();
    let cost = |placed: &[(BandLabel, Rect)], (x, y): (f64, f64), w: f64| {
        let b = label_box(x, y, w);
        covered(&b) + placed.iter().map(|(l, _)| overlap(&b, &l.bounds())).sum::<f64>() + if inside(&b) { 0.0 } else { 1e6 }
    };
    let clear = |placed: &[(BandLabel, Rect)], (x, y): (f64, f64), w: f64| {
        let b = pad(label_box(x, y, w));
        !placed.iter().any(|(_, p)| overlap(&b, p) > 0.0)
    };
    // Whether a label there would cover nothing: its cost would be 0 (each of
    // its terms is), found without adding up what it covers.
    let free = |placed: &[(BandLabel, Rect)], (x, y): (f64, f64), w: f64| {
        let b = label_box(x, y, w);
        inside(&b) && !boxes.touches(&b) && !placed.iter().any(|(l, _)| overlap(&b, &l.bounds()) > 0.0)
    };
    // First, each group's label where it covers no mark. Then a class that
    // found no such place anywhere (a crowded panel) is named once, by its
    // first group that has room, where it covers least: one word over the
    // marks, not one per day.
    for crowded in [false, true] {
        for g in &groups {
            if crowded && placed.iter().any(|(l, _)| l.vague == g.0) {
                continue;
            }
            let (w, spots) = candidates(g);
            let mut best: Option<(f64, (f64, f64))> = None;
            for spot in spots {
                if !clear(&placed, spot, w) {
                    continue;
                }
                if !crowded {
                    // (here only a spot that covers nothing will do)
                    if free(&placed, spot, w) {
                        best = Some((0.0, spot));
                        break;
                    }
                    continue;
                }
                let c = cost(&placed, spot, w);
                if best.is_none_or(|b| c < b.0) {
                    best = Some((c, spot));
                }
                if c == 0.0 {
                    break;
                }
            }
            if let Some((_, (x, y))) = best.filter(|b| crowded || b.0 == 0.0) {
                let label = BandLabel { vague: g.0, x, y, width: w };
                placed.push((label, pad(label.bounds())));
            }
        }
    }
    placed.into_iter().map(|(l, _)| l).collect()
}

/// The marks' boxes in a grid of square cells over the plot and a margin
/// around it (a box beyond lies in the edge cells), each box listed in every
/// cell it touches, so that whether a label's spot is free is asked of the
/// few boxes near it rather than all of them (a crowded day has hundreds).
struct Boxes {
    boxes: Vec<Rect>,
    /// The grid's top left corner, its columns and rows, and each cell's boxes.
    origin: (f64, f64),
    cols: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

impl Boxes {
    /// A cell's side: about a mark's box.
    const SIDE: f64 = 24.0;
    /// The margin around the plot the grid covers.
    const MARGIN: f64 = 64.0;

    fn new(boxes: Vec<Rect>, plot: Rect) -> Boxes {
        let n = |len: f64| ((len + 2.0 * Self::MARGIN).max(0.0) / Self::SIDE) as usize + 1;
        let (cols, rows) = (n(plot.width), n(plot.height));
        let empty = Boxes { boxes: Vec::new(), origin: (plot.x - Self::MARGIN, plot.y - Self::MARGIN), cols, rows, cells: Vec::new() };
        let mut cells = vec![Vec::new(); cols * rows];
        // (a box that is not finite covers nothing)
        for (i, b) in boxes.iter().enumerate().filter(|(_, b)| (b.x + b.y + b.width + b.height).is_finite()) {
            empty.each(b, |c| cells[c].push(i as u32));
        }
        Boxes { boxes, cells, ..empty }
    }

    /// Calls `f` with each cell that box `b` touches.
    fn each(&self, b: &Rect, mut f: impl FnMut(usize)) {
        // (clamped to the grid: a box beyond it is in its edge cells)
        let cell = |v: f64, origin: f64, n: usize| (((v - origin) / Self::SIDE) as usize).min(n - 1);
        let (c0, c1) = (cell(b.x, self.origin.0, self.cols), cell(b.right(), self.origin.0, self.cols));
        let (r0, r1) = (cell(b.y, self.origin.1, self.rows), cell(b.bottom(), self.origin.1, self.rows));
        for r in r0..=r1 {
            for c in c0..=c1 {
                f(r * self.cols + c);
            }
        }
    }

    /// Whether any box overlaps `b`.
    fn touches(&self, b: &Rect) -> bool {
        let mut hit = false;
        self.each(b, |c| hit = hit || self.cells[c].iter().any(|&i| overlap(b, &self.boxes[i as usize]) > 0.0));
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::{Kind, Qualifier, Status, Victims};

    fn fig(vague: Option<Vague>, day: &str) -> Figure {
        Figure {
            article: "a".into(),
            kind: Kind::Killed,
            qualifier: if vague.is_some() { Qualifier::Vague } else { Qualifier::Exact },
            value: 10,
            min: None,
            max: None,
            vague,
            phrase: String::new(),
            victims: Victims::People,
            claimant: None,
            reported: Some(day.into()),
            status: Status::Asserted,
            start: 0,
            end: 0,
            sentence: String::new(),
        }
    }

    fn mark(figure: usize, x: f64, glyph: Glyph, top: f64) -> Mark {
        Mark { figure, also: Vec::new(), series: 0, x, y: 100.0, glyph, y_lo: Some(100.0), y_hi: Some(top), x_lo: None, x_hi: None, slot: None, muted: false }
    }

    const PLOT: Rect = Rect { x: 0.0, y: 0.0, width: 1000.0, height: 200.0 };

    #[test]
    fn one_label_per_class_and_day() {
        let d1 = "2022-01-06";
        let figs = [
            fig(Some(Vague::Tens), d1),
            fig(Some(Vague::Tens), d1),
            fig(Some(Vague::Tens), "2022-01-10"),
            fig(None, d1),
            fig(Some(Vague::Hundreds), d1),
        ];
        let marks = [
            mark(0, 100.0, Glyph::Vague, 40.0),
            mark(3, 170.0, Glyph::Exact, 0.0), // not vague: no label, and no split
            mark(1, 120.0, Glyph::Vague, 30.0),
            mark(2, 300.0, Glyph::Vague, 40.0), // another day: its own label
            mark(4, 130.0, Glyph::Vague, 10.0), // another class: its own label
        ];
        let labels = band_labels(&marks, &figs, |_| 10.0, PLOT, false);
        let at: Vec<(Vague, f64, f64)> = labels.iter().map(|l| (l.vague, l.x, l.y)).collect();
        assert_eq!(at, vec![(Vague::Tens, 110.0, 26.0), (Vague::Tens, 300.0, 36.0), (Vague::Hundreds, 130.0, 6.0)]);
        assert!(band_labels(&[], &figs, |_| 10.0, PLOT, false).is_empty());
    }

    /// The case of issue 9: on 10 January a retracted «more than 164» (grey
    /// star, arrow up) sits just above the «dozens» band of the same day.
    #[test]
    fn labels_avoid_marks() {
        let figs = [fig(Some(Vague::Tens), "2022-01-10"), fig(None, "2022-01-10"), fig(None, "2022-01-10")];
        for rtl in [false, true] {
            for star_dy in [-4.0, -10.0, -13.0, -20.0, -30.0] {
                let band = Mark { y: 150.0, y_lo: Some(150.0), y_hi: Some(92.0), ..mark(0, 500.0, Glyph::Vague, 92.0) };
                let star = Mark { y: 92.0 + star_dy, glyph: Glyph::MoreThan, muted: true, y_lo: None, y_hi: None, ..mark(1, 500.0, Glyph::MoreThan, 0.0) };
                // a neighbour on the later side as well
                let next = Mark { x: 500.0 + if rtl { -30.0 } else { 30.0 }, y: 120.0, y_lo: None, y_hi: None, ..mark(2, 0.0, Glyph::Exact, 0.0) };
                let marks = [band, star, next];
                let labels = band_labels(&marks, &figs, |_| 38.0, PLOT, rtl);
                assert_eq!(labels.len(), 1);
                let b = labels[0].bounds();
                for m in &marks {
                    for r in mark_boxes(m) {
                        assert!(!intersects(&b, &r), "rtl {rtl}, star at {star_dy}: label {b:?} covers mark {} {r:?}", m.figure);
                    }
                }
                assert!(b.x >= PLOT.x - 4.0 && b.right() <= PLOT.right() + 4.0 && b.y >= PLOT.y - 12.0);
            }
        }
    }

    /// 500 articles: a «dozens» band every few pixels, each with marks all
    /// around it. One word names the class; it was one per day, over the marks.
    #[test]
    fn a_crowded_panel_names_each_class_once() {
        let days: Vec<String> = (1..=28).map(|d| format!("2022-03-{d:02}")).collect();
        let mut figs = Vec::new();
        let mut marks = Vec::new();
        for (k, day) in days.iter().enumerate() {
            let x = 100.0 + 12.0 * k as f64;
            for (class, top) in [(Vague::Tens, 120.0), (Vague::Hundreds, 60.0)] {
                figs.push(fig(Some(class), day));
                marks.push(Mark { y: top + 40.0, y_lo: Some(top + 40.0), y_hi: Some(top), ..mark(figs.len() - 1, x, Glyph::Vague, top) });
            }
            // exact figures filling the panel above, between and below the bands
            for y in (0..20).map(|i| 5.0 + 10.0 * i as f64) {
                figs.push(fig(None, day));
                marks.push(Mark { y, y_lo: None, y_hi: None, ..mark(figs.len() - 1, x, Glyph::Exact, 0.0) });
            }
        }
        for rtl in [false, true] {
            let labels = band_labels(&marks, &figs, |_| 38.0, PLOT, rtl);
            let count = |v: Vague| labels.iter().filter(|l| l.vague == v).count();
            assert_eq!((count(Vague::Tens), count(Vague::Hundreds)), (1, 1), "rtl {rtl}: {labels:?}");
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    assert!(!intersects(&pad(a.bounds()), &b.bounds()), "{a:?} over {b:?}");
                }
            }
        }
    }

    #[test]
    fn free_space_above_is_kept() {
        let figs = [fig(Some(Vague::Tens), "2022-01-10")];
        let band = Mark { y: 150.0, y_lo: Some(150.0), y_hi: Some(92.0), ..mark(0, 500.0, Glyph::Vague, 92.0) };
        let l = band_labels(&[band], &figs, |_| 38.0, PLOT, false)[0];
        assert_eq!((l.x, l.y), (500.0, 88.0));
    }

    #[test]
    fn the_grid_finds_what_every_box_would() {
        // Boxes of every size, one huge, some far off the plot, one not finite; each
        // query touches a box when a scan of every box says so (queries off the plot too).
        let mut boxes: Vec<Rect> = (0..400)
            .map(|i| {
                let (a, b) = ((i * 37 % 101) as f64, (i * 53 % 97) as f64);
                Rect { x: a * 7.3 - 140.0, y: b * 3.9 - 110.0, width: 3.0 + (i % 13) as f64 * 4.1, height: 2.0 + (i % 7) as f64 * 5.3 }
            })
            .collect();
        boxes.push(Rect { x: -5000.0, y: 40.0, width: 90000.0, height: 1.5 });
        boxes.push(Rect { x: 80000.0, y: 20.0, width: 30.0, height: 30.0 });
        let mut with_nan = boxes.clone();
        with_nan.push(Rect { x: f64::NAN, y: 0.0, width: 10.0, height: 10.0 });
        // (a box that is not finite covers nothing: a scan would count it by `f64::max`)
        let grid = Boxes::new(with_nan, Rect { x: 0.0, y: 0.0, width: 600.0, height: 200.0 });
        let mut hits = 0;
        for q in 0..400 {
            let b = if q == 0 {
                Rect { x: 80010.0, y: 30.0, width: 5.0, height: 5.0 }
            } else {
                Rect { x: (q * 29 % 113) as f64 * 7.1 - 160.0, y: (q * 17 % 61) as f64 * 6.0 - 130.0, width: 1.0 + (q % 11) as f64 * 6.0, height: 10.5 }
            };
            let every = boxes.iter().any(|r| overlap(&b, r) > 0.0);
            assert_eq!(grid.touches(&b), every, "query {q}: {b:?}");
            hits += usize::from(every);
        }
        // (both answers are asked: some queries touch a box, some do not)
        assert!(hits > 50 && hits < 350, "{hits}");
        // no box at all
        assert!(!Boxes::new(Vec::new(), PLOT).touches(&Rect { x: 0.0, y: 0.0, width: 5.0, height: 5.0 }));
    }
}
