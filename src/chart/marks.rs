//! The mark layout: shown figures → panels of positioned marks with axes.
//!
//! One panel per kind, stacked; all panels share one time axis so they
//! compare. Positions are in panel-local pixels (the panel's top-left is
//! `(0, 0)`); the UI stacks panels by their `height`.

use super::scale::{LinearScale, LogScale, TimeScale, YScale};
use super::ticks::Tick;
use crate::figure::{Figure, Kind, Quantity, Status};
use crate::view::{claims, reported_span, source_key, GroupBy, Scale};

/// Space above the plot, for the panel title.
pub const MARGIN_TOP: f64 = 42.0;
/// Space below the plot, for the date labels.
pub const MARGIN_BOTTOM: f64 = 28.0;
/// Space on the value-axis side (left, or right under rtl), for its labels.
pub const MARGIN_AXIS: f64 = 56.0;
/// Space on the other side.
pub const MARGIN_FAR: f64 = 16.0;
/// Width of a slot at an end of the x axis ([`Slot`]), at most.
pub const SLOT: f64 = 56.0;
/// A mark's size in pixels (see [`super::shape_path`]).
pub const MARK_SIZE: f64 = 9.0;
/// Horizontal distance between dodged marks.
pub const DODGE: f64 = 10.0;
/// Pixels kept free at each end of the time axis (three dodge steps).
pub const X_INSET: f64 = 3.0 * DODGE;
/// Pixels per date label, to decide how many fit.
const LABEL_WIDTH: f64 = 72.0;
/// Pixels per value label.
const LABEL_HEIGHT: f64 = 36.0;

/// What the layout needs besides the figures.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Width of the chart in pixels.
    pub width: f64,
    /// Height of each panel in pixels, margins included.
    pub panel_height: f64,
    pub scale: Scale,
    pub by: GroupBy,
    /// Right to left: the x axis is mirrored (earliest date at the right) and
    /// the value axis is on the right.
    pub rtl: bool,
    /// Which panels, in order (the time axis spans every shown figure, of
    /// these kinds or not).
    pub kinds: Vec<Kind>,
    /// The legend: source keys (see [`crate::view::sources`]); a key's index is
    /// its colour and shape.
    pub series: Vec<String>,
    /// Whether a few figures dated far from all the others stand apart, in a
    /// slot at an end of the time axis ([`focus`]), so that they do not squeeze
    /// the others into a corner: when the reader has not picked a date range.
    pub focus: bool,
    /// The figures the time axis spans (indices into the figures; `None`: the
    /// shown ones). The page gives those its view shows whatever their kind
    /// ([`crate::view::axis_figures`]), so that switching a kind off or on
    /// leaves the axis, and so the other kinds' panels, as they are.
    pub axis: Option<Vec<usize>>,
}

/// A place at an end of the time axis for marks not drawn at their date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Dated far before all but a few of the others ([`focus`]).
    Earlier,
    /// Dated far after them.
    Later,
    /// No date.
    Undated,
}

/// A rectangle in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
}

/// How a mark is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Glyph {
    /// Filled.
    Exact,
    /// Hollow, "~".
    About,
    /// Upward arrow, "≥".
    AtLeast,
    /// Upward arrow, ">".
    MoreThan,
    /// Downward arrow, "≤".
    AtMost,
    /// Error bar from `y_lo` to `y_hi`.
    Range,
    /// Band over its class (tens = 10..99) from `y_lo` to `y_hi`.
    Vague,
}

impl Glyph {
    pub fn of(q: Quantity) -> Glyph {
        match q {
            Quantity::Exact(_) => Glyph::Exact,
            Quantity::About(_) => Glyph::About,
            Quantity::AtLeast(_) => Glyph::AtLeast,
            Quantity::MoreThan(_) => Glyph::MoreThan,
            Quantity::AtMost(_) => Glyph::AtMost,
            Quantity::Range(..) => Glyph::Range,
            Quantity::Vague(_) => Glyph::Vague,
        }
    }
}

/// One claim, placed: a figure, and the other shown figures that carry the
/// same claim ([`crate::view::same_claim`]: other articles repeating it).
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Index into the figures given to [`layout`]: the claim's first figure.
    pub figure: usize,
    /// The claim's other figures, in shown order (empty for most marks).
    pub also: Vec<usize>,
    /// Index into `LayoutOptions::series` ([`super::series_color`],
    /// [`super::series_shape`]); [`super::palette::OTHER`] if its key is not there.
    pub series: usize,
    /// Centre of the mark, after dodging.
    pub x: f64,
    pub y: f64,
    pub glyph: Glyph,
    /// Pixel y of the low and high value of a range or vague class (`y_lo`
    /// is below `y_hi` on screen); `None` for other glyphs.
    pub y_lo: Option<f64>,
    pub y_hi: Option<f64>,
    /// Pixel x of the first and last day a month-only date covers (day
    /// edges; `x_lo > x_hi` under rtl); `None` for a single day or a slot.
    pub x_lo: Option<f64>,
    pub x_hi: Option<f64>,
    /// The slot the mark stands in, when it is not drawn at its date.
    pub slot: Option<Slot>,
    /// Retracted or denied: hollow, grey, struck through.
    pub muted: bool,
}

/// One kind's panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub kind: Kind,
    /// The plot area inside the panel.
    pub plot: Rect,
    /// Date ticks: values are day numbers.
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub marks: Vec<Mark>,
    /// The panel's height, margins included.
    pub height: f64,
    /// The slots at the ends of the time axis that some of its figures
    /// ([`LayoutOptions::axis`]) stand in, with their centres (the same in
    /// every panel).
    pub slots: Vec<(Slot, f64)>,
    /// Where the dates' stretch of the time axis starts and ends, left to
    /// right (the plot less its slots).
    pub dates: (f64, f64),
    /// The panel's value scale (for pointer → value).
    pub y: YScale,
    /// The source keys with a colour of their own (`LayoutOptions::series`),
    /// for the lines and direct labels.
    pub series: Vec<String>,
}

impl Panel {
    /// The centre of `slot`, if the chart has it.
    pub fn slot_x(&self, slot: Slot) -> Option<f64> {
        self.slots.iter().find(|s| s.0 == slot).map(|s| s.1)
    }

    /// Half the width of a slot.
    pub fn slot_half(&self) -> f64 {
        slot_width(self.plot.width, self.slots.len()) / 2.0
    }
}

/// The width of each of `n` slots in a plot `plot_width` wide.
fn slot_width(plot_width: f64, n: usize) -> f64 {
    SLOT.min(plot_width / (1.0 + 2.0 * n as f64))
}

/// Where the time axis stops when a few dates lie far from all the others:
/// dates that end before the first (`Some(from)`) go to the earlier slot, and
/// those that start after the second to the later slot (`None`: that end stays).
///
/// `spans` are the figures' dates (first and last day each). At each end, a
/// few of the dates that end first (or start last) may be put aside: no more
/// than one in ten (at least one), and of those the fewest that leave the
/// others' span at most a tenth wider than putting aside all it may would;
/// they must end before every other date starts. They go when they and the
/// gap after them fill at least half of the whole span (the others would get
/// less than half of the axis) and at least [`FOCUS_GAP`] days (a report a
/// few days after the others is not far). At least [`FOCUS_KEEP`] dates stay.
pub fn focus(spans: &[(f64, f64)]) -> (Option<f64>, Option<f64>) {
    let n = spans.len();
    let most = (n / 10).max(1);
    if n < most + FOCUS_KEEP {
        return (None, None);
    }
    let from = near_cut(spans, most);
    let to = near_cut(&spans.iter().map(|&(a, b)| (-b, -a)).collect::<Vec<_>>(), most).map(|t| -t);
    // (both ends cut: only if the dates between still hold enough)
    match (from, to) {
        (Some(f), Some(t)) if spans.iter().filter(|s| s.0 >= f && s.1 <= t).count() < FOCUS_KEEP || f > t => (from, None),
        other => other,
    }
}

/// [`focus`] at the near (earliest) end: the first day of the dates kept.
fn near_cut(spans: &[(f64, f64)], most: usize) -> Option<f64> {
    let lo = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
    let hi = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    let whole = hi - lo;
    if !whole.is_finite() || whole <= 0.0 {
        return None;
    }
    // By their last day (a key that orders as `f64::total_cmp` does); `start[k]`:
    // the first day of the dates left once the k that end first are put aside.
    let mut by_end: Vec<(u64, usize)> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let b = s.1.to_bits();
            (if b >> 63 == 1 { !b } else { b | 1 << 63 }, i)
        })
        .collect();
    crate::sort::pairs(&mut by_end);
    let mut start = vec![f64::INFINITY; spans.len() + 1];
    for k in (0..spans.len()).rev() {
        start[k] = start[k + 1].min(spans[by_end[k].1].0);
    }
    let widest = (hi - start[most]) * 1.1;
    let k = (1..=most).find(|&k| hi - start[k] <= widest && spans[by_end[k - 1].1].1 < start[k])?;
    let freed = start[k] - lo;
    (freed >= whole / 2.0 && freed >= FOCUS_GAP).then_some(start[k])
}

/// Dates that [`focus`] always keeps on the axis.
const FOCUS_KEEP: usize = 3;
/// The fewest days that [`focus`] takes off the axis: four weeks.
const FOCUS_GAP: f64 = 28.0;

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub panels: Vec<Panel>,
    /// The shared time axis (for pointer → day).
    pub x: TimeScale,
    /// Sum of the panels' heights.
    pub height: f64,
    /// The width the panels were laid out for.
    pub width: f64,
}

/// `v` if finite and at least `min`, else `fallback`.
fn sane(v: f64, min: f64, fallback: f64) -> f64 {
    if v.is_finite() {
        v.max(min)
    } else {
        fallback
    }
}

/// The first and last day number a figure's date covers.
pub fn day_span(f: &Figure) -> Option<(f64, f64)> {
    let (a, b) = reported_span(f.reported.as_deref()?)?;
    Some((a.to_days() as f64, b.to_days() as f64))
}

/// A shown figure of a drawn kind, with the days its date covers.
struct Drawn<'a> {
    index: usize,
    fig: &'a Figure,
    days: Option<(f64, f64)>,
}

/// The lowest and highest value a figure asks its axis to show.
fn value_extent(q: Quantity) -> (f64, f64) {
    let v = q.value() as f64;
    match q {
        Quantity::Range(lo, hi) => ((lo.min(hi)) as f64, (lo.max(hi)) as f64),
        Quantity::Vague(c) => (c.bounds().0 as f64, c.bounds().1 as f64),
        _ => (v, v),
    }
}

/// The value scale of a panel showing values in `lo..=hi` (`None`: nothing shown).
fn y_scale(scale: Scale, extent: Option<(f64, f64)>, plot: &Rect, count: usize) -> YScale {
    let range = (plot.bottom(), plot.y);
    match scale {
        Scale::Linear => {
            let hi = extent.map_or(10.0, |e| e.1.max(1.0));
            YScale::Linear(LinearScale::new((0.0, hi), range).nice(count))
        }
        Scale::Log => {
            let (lo, hi) = extent.unwrap_or((1.0, 100.0));
            YScale::Log(LogScale::new((lo, hi), range).nice())
        }
    }
}

/// Lays out the shown figures (`shown`: indices into `figs`, as from
/// [`crate::view::filter`]) into one panel per kind of `opts.kinds`. Every
/// shown claim of a panel's kind gives exactly one mark (several articles
/// carrying the same claim share it: [`Mark::also`]); indices out of range
/// are skipped. Never panics, never yields NaN.
pub fn layout(figs: &[Figure], shown: &[usize], opts: &LayoutOptions) -> Chart {
    let width = sane(opts.width, 0.0, 600.0);
    let panel_height = sane(opts.panel_height, MARGIN_TOP + MARGIN_BOTTOM + 20.0, 240.0);
    // Every shown figure, whatever its kind (those of `opts.kinds` are drawn).
    let drawn: Vec<Drawn> = shown
        .iter()
        .filter_map(|&index| Some(Drawn { index, fig: figs.get(index)?, days: None }))
        .map(|d| Drawn { days: day_span(d.fig), ..d })
        .collect();

    // The plot area, the same in every panel.
    let (left, right) = if opts.rtl { (MARGIN_FAR, MARGIN_AXIS) } else { (MARGIN_AXIS, MARGIN_FAR) };
    let plot = Rect {
        x: left,
        y: MARGIN_TOP,
        width: (width - left - right).max(20.0),
        height: panel_height - MARGIN_TOP - MARGIN_BOTTOM,
    };

    // The shared time axis, over the dates of `opts.axis` (or of every shown
    // figure, whatever its kind, so that a kind's panel drawn alone, a narrow
    // screen's tab, keeps the axis the panels share side by side): the dates it
    // keeps ([`focus`]) between the slots for the others (earlier ones at its
    // near end; later and undated ones at its far end).
    let axis: Vec<Option<(f64, f64)>> = match &opts.axis {
        Some(a) => a.iter().filter_map(|&i| figs.get(i)).map(day_span).collect(),
        None => drawn.iter().map(|d| d.days).collect(),
    };
    let (from, to) = if opts.focus {
        focus(&axis.iter().flatten().copied().collect::<Vec<_>>())
    } else {
        (None, None)
    };
    let slot_of = |days: Option<(f64, f64)>| match days {
        None => Some(Slot::Undated),
        Some((_, b)) if from.is_some_and(|f| b < f) => Some(Slot::Earlier),
        Some((a, _)) if to.is_some_and(|t| a > t) => Some(Slot::Later),
        Some(_) => None,
    };
    let x_domain = axis.iter().filter(|d| slot_of(**d).is_none()).flatten().fold(None, |acc: Option<(f64, f64)>, &(a, b)| {
        Some(acc.map_or((a, b), |(lo, hi)| (lo.min(a), hi.max(b))))
    });
    let used: Vec<Slot> = [Slot::Earlier, Slot::Later, Slot::Undated].into_iter().filter(|s| axis.iter().any(|d| slot_of(*d) == Some(*s))).collect();
    let slot = slot_width(plot.width, used.len());
    let near = if used.contains(&Slot::Earlier) { slot } else { 0.0 };
    let far = slot * used.iter().filter(|s| **s != Slot::Earlier).count() as f64;
    // Room at both ends of the time axis, so marks dodged around the first or
    // last day stay inside the plot (and off the value labels) on narrow screens.
    let inset = X_INSET.min((plot.width - near - far) / 4.0);
    // Slot centres, counted from the axis's near end (its left, or its right under rtl).
    let from_near = |px: f64| if opts.rtl { plot.right() - px } else { plot.x + px };
    let x_range = (from_near(near + inset), from_near(plot.width - far - inset));
    let mut slots = Vec::with_capacity(used.len());
    let mut at = plot.width - far;
    for s in used {
        let centre = if s == Slot::Earlier {
            slot / 2.0
        } else {
            at += slot;
            at - slot / 2.0
        };
        slots.push((s, from_near(centre)));
    }
    let slot_x = |s: Slot| slots.iter().find(|x| x.0 == s).map_or(x_range.1, |x| x.1);
    let (a, b) = (from_near(near), from_near(plot.width - far));
    let dates = (a.min(b), a.max(b));
    let x = TimeScale::new(x_domain.map_or((-0.5, 0.5), |(a, b)| (a - 0.5, b + 0.5)), x_range);
    let x_ticks = if x_domain.is_some() {
        x.ticks((((plot.width - near - far) / LABEL_WIDTH) as usize).clamp(1, 8))
    } else {
        Vec::new()
    };
    let y_count = ((plot.height / LABEL_HEIGHT) as usize).clamp(2, 8);

    let panels: Vec<Panel> = opts
        .kinds
        .iter()
        .map(|&kind| {
            let all_mine: Vec<&Drawn> = drawn.iter().filter(|d| d.fig.kind == kind).collect();
            // One mark per claim: its first figure, with the others in `also`.
            let ids: Vec<usize> = all_mine.iter().map(|d| d.index).collect();
            let groups = claims(figs, &ids, opts.by);
            let mut at: Vec<Option<&Drawn>> = vec![None; figs.len()];
            for d in &all_mine {
                at[d.index] = Some(d);
            }
            let mine: Vec<(&Drawn, Vec<usize>)> =
                groups.into_iter().filter_map(|g| Some((at[g[0]]?, g[1..].to_vec()))).collect();
            let extent = mine.iter().map(|(d, _)| value_extent(Quantity::of(d.fig))).fold(None, |acc, (a, b)| {
                Some(acc.map_or((a, b), |(lo, hi): (f64, f64)| (lo.min(a), hi.max(b))))
            });
            let y = y_scale(opts.scale, extent, &plot, y_count);
            let mut marks: Vec<Mark> = mine
                .into_iter()
                .map(|(d, also)| {
                    let (figure, f, span) = (d.index, d.fig, d.days);
                    let q = Quantity::of(f);
                    let glyph = Glyph::of(q);
                    let (lo, hi) = value_extent(q);
                    let banded = matches!(glyph, Glyph::Range | Glyph::Vague);
                    let key = source_key(f, opts.by);
                    let slot = slot_of(span);
                    let (mx, x_lo, x_hi) = match (slot, span) {
                        (None, Some((a, b))) if a == b => (x.map(a), None, None),
                        (None, Some((a, b))) => (x.map((a + b) / 2.0), Some(x.map(a - 0.5)), Some(x.map(b + 0.5))),
                        // (in its slot: an undated figure always is)
                        (s, _) => (s.map_or(x_range.1, slot_x), None, None),
                    };
                    Mark {
                        figure,
                        also,
                        series: opts.series.iter().position(|s| *s == key).unwrap_or(super::palette::OTHER),
                        x: mx,
                        y: y.map(q.value() as f64),
                        glyph,
                        y_lo: banded.then(|| y.map(lo)),
                        y_hi: banded.then(|| y.map(hi)),
                        x_lo,
                        x_hi,
                        slot,
                        muted: f.status != Status::Asserted,
                    }
                })
                .collect();
            // The pixels a mark's date covers, which its cluster may not leave: its
            // day, its month or range, or its slot.
            let day_px = (x.map(1.0) - x.map(0.0)).abs();
            let room = |m: &Mark| match (m.x_lo, m.x_hi) {
                (Some(a), Some(b)) => (b - a).abs(),
                _ if m.slot.is_some() => slot,
                _ => day_px,
            };
            dodge(&mut marks, opts.rtl, &room);
            Panel {
                kind,
                plot,
                x_ticks: x_ticks.clone(),
                y_ticks: y.ticks(y_count),
                marks,
                height: panel_height,
                slots: slots.clone(),
                dates,
                y,
                series: opts.series.clone(),
            }
        })
        .collect();
    let height = panel_height * panels.len() as f64;
    Chart { panels, x, height, width }
}

/// Spreads marks that would hide each other: marks at the same x (same day,
/// same month, or undated) whose y values chain within [`MARK_SIZE`] form a
/// cluster, spread symmetrically by [`DODGE`] pixels in input order (the
/// first towards the start of the reading direction). A cluster never
/// spreads over more than 80 % of the `room` its first mark's date has (the
/// pixels of its day, month or slot): on a crowded day of a long axis its
/// marks are closer and overlap rather than stand on other days' dates.
/// Deterministic.
pub fn dodge(marks: &mut [Mark], rtl: bool, room: &dyn Fn(&Mark) -> f64) {
    // By column, then y (to 1/1024 px), each mark's as one key; ties stay in
    // mark order (the claims' order: `shown` order).
    let cols: Vec<i64> = marks.iter().map(|m| ((m.x * 2.0).round() as i64).clamp(-(1 << 15), (1 << 15) - 1)).collect();
    let mut keyed: Vec<(u64, usize)> = marks
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let y = ((m.y * 1024.0).round() as i64).clamp(-(1 << 47), (1 << 47) - 1);
            (((cols[i] + (1 << 15)) as u64) << 48 | (y + (1 << 47)) as u64, i)
        })
        .collect();
    crate::sort::pairs(&mut keyed);
    let order: Vec<usize> = keyed.iter().map(|p| p.1).collect();
    let dir = if rtl { -1.0 } else { 1.0 };
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len()
            && cols[order[end]] == cols[order[start]]
            && marks[order[end]].y - marks[order[end - 1]].y < MARK_SIZE
        {
            end += 1;
        }
        let mut cluster = order[start..end].to_vec();
        crate::sort::by(&mut cluster, &|a, b| marks[a].figure.cmp(&marks[b].figure));
        let mid = (cluster.len() as f64 - 1.0) / 2.0;
        let step = if cluster.len() > 1 { DODGE.min(0.8 * room(&marks[cluster[0]]) / (2.0 * mid)) } else { 0.0 };
        for (k, &i) in cluster.iter().enumerate() {
            marks[i].x += (k as f64 - mid) * step * dir;
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::figure::Vague;
    use crate::view::testing::{by, fig, qty};

    fn opts(rtl: bool, scale: Scale) -> LayoutOptions {
        LayoutOptions {
            width: 640.0,
            panel_height: 240.0,
            scale,
            by: GroupBy::Claimant,
            rtl,
            kinds: Kind::ALL.to_vec(),
            series: vec!["Police".into(), "Interior Ministry".into(), "Unattributed".into()],
            focus: true,
            axis: None,
        }
    }

    fn day(s: &str) -> f64 {
        Date::parse(s).unwrap().to_days() as f64
    }

    fn sample() -> Vec<Figure> {
        let mut figs = vec![
            by(fig("a1", Kind::Killed, 8, Some("2022-01-05")), "Police"),
            by(fig("a1", Kind::Killed, 225, Some("2022-01-07")), "Interior Ministry"),
            fig("a2", Kind::Arrested, 7939, Some("2022-01-06")),
            qty(fig("a2", Kind::Killed, 0, Some("2022-01-06")), Quantity::Vague(Vague::Tens)),
            qty(by(fig("a3", Kind::Injured, 0, Some("2022-01")), "Police"), Quantity::Range(100, 150)),
            fig("a3", Kind::Injured, 1000, None),
            qty(fig("a3", Kind::Killed, 0, Some("2022-01-05")), Quantity::MoreThan(1000)),
        ];
        figs[1].status = Status::Denied;
        figs
    }

    fn all_finite(c: &Chart) -> bool {
        let mut v = vec![c.height, c.x.map(0.0)];
        for p in &c.panels {
            v.extend([p.plot.x, p.plot.y, p.plot.width, p.plot.height, p.height]);
            v.extend(p.x_ticks.iter().chain(&p.y_ticks).flat_map(|t| [t.value, t.pos]));
            for m in &p.marks {
                v.extend([m.x, m.y]);
                v.extend([m.y_lo, m.y_hi, m.x_lo, m.x_hi].into_iter().flatten());
            }
        }
        v.iter().all(|x| x.is_finite())
    }

    #[test]
    fn one_mark_per_shown_figure_in_its_panel() {
        let figs = sample();
        let shown: Vec<usize> = (0..figs.len()).collect();
        let c = layout(&figs, &shown, &opts(false, Scale::Log));
        assert_eq!(c.panels.iter().map(|p| p.kind).collect::<Vec<_>>(), Kind::ALL);
        let mut seen: Vec<usize> = Vec::new();
        for p in &c.panels {
            for m in &p.marks {
                assert_eq!(figs[m.figure].kind, p.kind);
                seen.push(m.figure);
            }
        }
        seen.sort();
        assert_eq!(seen, shown);
        assert!(all_finite(&c));
        assert_eq!(c.height, 720.0);
        // only the shown ones, only the panels asked for
        let o = LayoutOptions { kinds: vec![Kind::Injured], ..opts(false, Scale::Log) };
        let c = layout(&figs, &[0, 4, 99], &o);
        assert_eq!(c.panels.len(), 1);
        assert_eq!(c.panels[0].marks.iter().map(|m| m.figure).collect::<Vec<_>>(), vec![4]);
    }

    #[test]
    fn marks_sit_inside_their_plot_with_axes_inside_too() {
        let figs = sample();
        for scale in [Scale::Log, Scale::Linear] {
            for rtl in [false, true] {
                let c = layout(&figs, &[0, 1, 2, 3, 4, 5, 6], &opts(rtl, scale));
                for p in &c.panels {
                    let r = p.plot;
                    for t in &p.y_ticks {
                        assert!(t.pos >= r.y - 1e-9 && t.pos <= r.bottom() + 1e-9, "{t:?}");
                    }
                    for t in &p.x_ticks {
                        assert!(t.pos >= r.x && t.pos <= r.right(), "{t:?}");
                    }
                    assert!(p.y_ticks.len() >= 2 && p.y_ticks.len() <= 9, "{:?}", p.y_ticks);
                    for m in &p.marks {
                        assert!(m.y >= r.y - 1e-9 && m.y <= r.bottom() + 1e-9, "{m:?}");
                        assert!(m.x >= r.x - 2.0 * DODGE && m.x <= r.right() + 2.0 * DODGE, "{m:?}");
                    }
                }
                // the value-axis margin is on the reading side's start
                let p = &c.panels[0];
                if rtl {
                    assert_eq!(640.0 - p.plot.right(), MARGIN_AXIS);
                } else {
                    assert_eq!(p.plot.x, MARGIN_AXIS);
                }
            }
        }
    }

    #[test]
    fn y_domains_are_per_panel_and_cover_extents() {
        let figs = sample();
        let c = layout(&figs, &[0, 1, 2, 3, 4, 5, 6], &opts(false, Scale::Log));
        assert_eq!(c.panels[0].y.domain(), (1.0, 1000.0), "killed: 8..1000, tens band 10..99");
        assert_eq!(c.panels[1].y.domain(), (100.0, 1000.0), "injured: range 100..150, 1000");
        assert_eq!(c.panels[2].y.domain(), (1000.0, 10_000.0));
        let c = layout(&figs, &[0, 1, 2, 3, 4, 5, 6], &opts(false, Scale::Linear));
        assert_eq!(c.panels[0].y.domain(), (0.0, 1000.0));
        assert_eq!(c.panels[2].y.domain(), (0.0, 8000.0));
    }

    #[test]
    fn glyphs_extents_and_muting() {
        let figs = sample();
        let c = layout(&figs, &[0, 1, 2, 3, 4, 5, 6], &opts(false, Scale::Log));
        let mark = |i: usize| c.panels.iter().flat_map(|p| &p.marks).find(|m| m.figure == i).unwrap().clone();
        assert_eq!(mark(0).glyph, Glyph::Exact);
        assert_eq!(mark(6).glyph, Glyph::MoreThan);
        assert!(mark(1).muted && !mark(0).muted);
        let v = mark(3);
        assert_eq!(v.glyph, Glyph::Vague);
        let y = c.panels[0].y;
        assert_eq!((v.y_lo, v.y_hi), (Some(y.map(10.0)), Some(y.map(99.0))));
        assert!(v.y_lo.unwrap() > v.y_hi.unwrap(), "low value is lower on screen");
        let r = mark(4);
        assert_eq!(r.glyph, Glyph::Range);
        assert_eq!((r.y, r.y_lo, r.y_hi), (c.panels[1].y.map(100.0), Some(c.panels[1].y.map(100.0)), Some(c.panels[1].y.map(150.0))));
        assert_eq!((mark(0).y_lo, mark(0).x_lo), (None, None));
        assert_eq!(mark(0).series, 0);
        assert_eq!(mark(1).series, 1);
        assert_eq!(mark(2).series, 2);
        let o = LayoutOptions { series: vec![], ..opts(false, Scale::Log) };
        assert_eq!(layout(&figs, &[0], &o).panels[0].marks[0].series, super::super::palette::OTHER, "not in the legend: other sources");
    }

    #[test]
    fn month_only_dates_span_their_month_and_set_the_domain() {
        let figs = sample();
        let c = layout(&figs, &[0, 4], &opts(false, Scale::Log));
        assert_eq!(c.x.domain, (day("2022-01-01") - 0.5, day("2022-01-31") + 0.5));
        let m = &c.panels[1].marks[0];
        assert_eq!(m.x_lo, Some(c.x.map(day("2022-01-01") - 0.5)));
        assert_eq!(m.x_hi, Some(c.x.map(day("2022-01-31") + 0.5)));
        assert!(m.x_lo.unwrap() < m.x && m.x < m.x_hi.unwrap());
        assert_eq!(m.x_lo, Some(c.panels[1].plot.x + X_INSET), "the time axis keeps X_INSET free at its ends");
    }

    #[test]
    fn x_domain_is_shared_and_padded_half_a_day() {
        let figs = sample();
        let c = layout(&figs, &[0, 1, 2], &opts(false, Scale::Log));
        assert_eq!(c.x.domain, (day("2022-01-05") - 0.5, day("2022-01-07") + 0.5));
        assert_eq!(c.panels[0].x_ticks, c.panels[2].x_ticks);
        assert_eq!(c.panels[0].x_ticks.iter().map(|t| t.value).collect::<Vec<_>>(), vec![day("2022-01-05"), day("2022-01-06"), day("2022-01-07")]);
        let m0 = &c.panels[0].marks.iter().find(|m| m.figure == 0).unwrap();
        let m2 = &c.panels[2].marks[0];
        assert!(m0.x < m2.x, "earlier is further left");
        assert_eq!(m2.x, c.panels[2].x_ticks[1].pos, "a day is drawn at its tick");
    }

    #[test]
    fn rtl_mirrors_x() {
        let figs = sample();
        let ltr = layout(&figs, &[0, 1, 2], &opts(false, Scale::Log));
        let rtl = layout(&figs, &[0, 1, 2], &opts(true, Scale::Log));
        let (a, b) = (&ltr.panels[2], &rtl.panels[2]);
        // plots are mirror images of each other within the width
        assert_eq!(a.plot.x, 640.0 - b.plot.right());
        assert!((a.marks[0].x - (640.0 - b.marks[0].x)).abs() < 1e-9);
        for (ta, tb) in a.x_ticks.iter().zip(&b.x_ticks) {
            assert_eq!(ta.value, tb.value);
            assert!((ta.pos - (640.0 - tb.pos)).abs() < 1e-9);
        }
        let first = &b.x_ticks[0];
        assert!(first.pos > b.x_ticks.last().unwrap().pos, "earliest date at the right");
    }

    #[test]
    fn undated_figures_get_a_slot_at_the_far_end() {
        let figs = sample();
        let c = layout(&figs, &[4, 5], &opts(false, Scale::Log));
        let p = &c.panels[1];
        let u = p.slot_x(Slot::Undated).unwrap();
        assert!(u > p.x_ticks.last().unwrap().pos && u < p.plot.right());
        let m = p.marks.iter().find(|m| m.figure == 5).unwrap();
        assert_eq!((m.x, m.slot), (u, Some(Slot::Undated)));
        assert!(c.panels.iter().all(|p| p.slot_x(Slot::Undated) == Some(u)));
        let r = layout(&figs, &[4, 5], &opts(true, Scale::Log));
        let p = &r.panels[1];
        let u = p.slot_x(Slot::Undated).unwrap();
        assert!(u < p.x_ticks[0].pos && u > p.plot.x);
        assert!(layout(&figs, &[0], &opts(false, Scale::Log)).panels[0].slots.is_empty());
        // only undated figures: no date ticks, marks still placed
        let c = layout(&figs, &[5], &opts(false, Scale::Log));
        assert!(c.panels[1].x_ticks.is_empty() && all_finite(&c));
        assert_eq!(c.panels[1].marks[0].x, c.panels[1].slot_x(Slot::Undated).unwrap());
    }

    /// `(dates as "first..last" day offsets, the days the axis keeps)`: a few
    /// dates far from all the others are put aside; spread dates, or too many
    /// far ones, are not.
    const FOCUS: &[(&[(f64, f64)], (Option<f64>, Option<f64>))] = &[
        // one date years before nine close together: it goes, the axis starts at the others
        (&[(0.0, 0.0), (4000.0, 4000.0), (4001.0, 4001.0), (4002.0, 4002.0), (4003.0, 4003.0), (4004.0, 4004.0), (4005.0, 4005.0), (4006.0, 4006.0), (4007.0, 4007.0), (4008.0, 4008.0)], (Some(4000.0), None)),
        // the same at the other end
        (&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0), (900.0, 930.0)], (None, Some(3.0))),
        // evenly spread dates: nothing is far
        (&[(0.0, 0.0), (10.0, 10.0), (20.0, 20.0), (30.0, 30.0), (40.0, 40.0), (50.0, 50.0)], (None, None)),
        // two clusters of two: too many to put aside (one in ten, at least one)
        (&[(0.0, 0.0), (1.0, 1.0), (100.0, 100.0), (101.0, 101.0)], (None, None)),
        // too few dates to keep
        (&[(0.0, 0.0), (100.0, 100.0), (101.0, 101.0)], (None, None)),
        // a far date whose gap is under half the whole span stays
        (&[(0.0, 0.0), (40.0, 40.0), (50.0, 50.0), (60.0, 60.0), (100.0, 100.0)], (None, None)),
        // a month-only date over the others' days is not far from them, at either end
        (&[(0.0, 30.0), (4.0, 4.0), (5.0, 5.0), (6.0, 6.0), (9.0, 9.0), (9.0, 9.0)], (None, None)),
        // a far month-only date goes whole: the axis starts at the others
        (&[(0.0, 29.0), (120.0, 120.0), (121.0, 121.0), (122.0, 122.0), (130.0, 130.0)], (Some(120.0), None)),
        // a report some days after the others stays: four weeks at least are far
        (&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0), (20.0, 20.0)], (None, None)),
        (&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0), (31.0, 31.0)], (None, Some(3.0))),
        // one day only, or nothing
        (&[(5.0, 5.0), (5.0, 5.0), (5.0, 5.0), (5.0, 5.0)], (None, None)),
        (&[], (None, None)),
    ];

    /// [`near_cut`] with the standard library's sort of the dates' last days.
    fn near_cut_by_sorting(spans: &[(f64, f64)], most: usize) -> Option<f64> {
        let lo = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
        let hi = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
        let whole = hi - lo;
        if !whole.is_finite() || whole <= 0.0 {
            return None;
        }
        let mut by_end: Vec<usize> = (0..spans.len()).collect();
        by_end.sort_by(|&a, &b| spans[a].1.total_cmp(&spans[b].1));
        let mut start = vec![f64::INFINITY; spans.len() + 1];
        for k in (0..spans.len()).rev() {
            start[k] = start[k + 1].min(spans[by_end[k]].0);
        }
        let widest = (hi - start[most]) * 1.1;
        let k = (1..=most).find(|&k| hi - start[k] <= widest && spans[by_end[k - 1]].1 < start[k])?;
        let freed = start[k] - lo;
        (freed >= whole / 2.0 && freed >= FOCUS_GAP).then_some(start[k])
    }

    proptest::proptest! {
        /// The dates sorted by integer keys give the cut that sorting them as `f64`s gives.
        #[test]
        fn the_cut_is_the_one_sorting_the_dates_as_floats_gives(
            raw in proptest::collection::vec((1000u32..1400, 0u32..40), 1..120),
            far in proptest::collection::vec((0u32..3000, 0u32..40), 0..6),
        ) {
            let spans: Vec<(f64, f64)> = raw.iter().chain(&far).map(|&(a, l)| (f64::from(a), f64::from(a + l))).collect();
            for most in 1..=(spans.len() / 20).max(1) + 2 {
                if most <= spans.len() {
                    proptest::prop_assert_eq!(near_cut(&spans, most), near_cut_by_sorting(&spans, most));
                }
            }
        }
    }

    #[test]
    fn a_few_far_dates_are_put_aside() {
        for (spans, want) in FOCUS {
            assert_eq!(focus(spans), *want, "{spans:?}");
        }
        // of forty-two dates, two may go: both here (a month, then three months,
        // then the rest in a week)
        let mut spans: Vec<(f64, f64)> = (0..40).map(|i| (200.0 + f64::from(i % 7), 200.0 + f64::from(i % 7))).collect();
        spans.extend([(0.0, 30.0), (90.0, 90.0)]);
        assert_eq!(focus(&spans), (Some(200.0), None));
        // the fewest far dates go, not the first days of the others (forty
        // dates: two may go, here only the first)
        let mut spans: Vec<(f64, f64)> = (100..139).map(|d| (f64::from(d), f64::from(d))).collect();
        spans.push((0.0, 0.0));
        assert_eq!(focus(&spans), (Some(100.0), None));
    }

    #[test]
    fn far_dates_stand_in_a_slot_unless_a_date_range_is_picked() {
        let mut figs: Vec<Figure> = (1..=9).map(|d| by(fig("a", Kind::Killed, 10 * d, Some(&format!("2022-03-0{d}"))), "Police")).collect();
        figs.push(by(fig("b", Kind::Killed, 5, Some("2011-09")), "Police"));
        let all: Vec<usize> = (0..figs.len()).collect();
        for rtl in [false, true] {
            let c = layout(&figs, &all, &LayoutOptions { kinds: vec![Kind::Killed], ..opts(rtl, Scale::Log) });
            let p = &c.panels[0];
            let old = p.marks.iter().find(|m| m.figure == 9).unwrap();
            let e = p.slot_x(Slot::Earlier).unwrap();
            assert_eq!((old.slot, old.x_lo), (Some(Slot::Earlier), None));
            assert!((old.x - e).abs() <= p.slot_half());
            // the axis holds March only, its first day at the slot's side
            assert_eq!(c.x.domain, (day("2022-03-01") - 0.5, day("2022-03-09") + 0.5));
            let first = p.marks.iter().find(|m| m.figure == 0).unwrap();
            assert_eq!(e < first.x, !rtl, "earlier slot at the axis's near end");
            assert!(p.x_ticks.iter().all(|t| (t.pos - e).abs() > p.slot_half()));
            // the source's line joins its March figures only
            assert!(p.marks.iter().filter(|m| m.figure != 9).all(|m| m.slot.is_none()));
            // a picked date range shows the dates as they are
            let c = layout(&figs, &all, &LayoutOptions { kinds: vec![Kind::Killed], focus: false, ..opts(rtl, Scale::Log) });
            assert!(c.panels[0].slots.is_empty() && c.panels[0].marks.iter().all(|m| m.slot.is_none()));
        }
    }

    #[test]
    fn a_panel_drawn_alone_keeps_the_time_axis_it_shares() {
        let figs = sample();
        let all: Vec<usize> = (0..figs.len()).collect();
        let side_by_side = layout(&figs, &all, &opts(false, Scale::Log));
        for (i, kind) in Kind::ALL.into_iter().enumerate() {
            let alone = layout(&figs, &all, &LayoutOptions { kinds: vec![kind], ..opts(false, Scale::Log) });
            assert_eq!(alone.x, side_by_side.x, "{kind:?}");
            assert_eq!(alone.panels[0].x_ticks, side_by_side.panels[i].x_ticks);
            assert_eq!(alone.panels[0].slots, side_by_side.panels[i].slots);
        }
        // A kind switched off: its figures are no longer shown, but given as the
        // axis's, they keep the axis (and the other panels) where they were.
        let mut figs = figs;
        figs.push(by(fig("a4", Kind::Killed, 3, Some("2022-02-10")), "Police"));
        let all: Vec<usize> = (0..figs.len()).collect();
        let on = layout(&figs, &all, &opts(false, Scale::Log));
        let others: Vec<usize> = all.iter().copied().filter(|&i| figs[i].kind != Kind::Killed).collect();
        let kinds = vec![Kind::Injured, Kind::Arrested];
        let off = layout(&figs, &others, &LayoutOptions { kinds: kinds.clone(), axis: Some(all.clone()), ..opts(false, Scale::Log) });
        assert_eq!(off.x, on.x);
        assert_eq!(off.panels[0], on.panels[1]);
        let moved = layout(&figs, &others, &LayoutOptions { kinds, ..opts(false, Scale::Log) });
        assert_ne!(moved.x, on.x, "(a killed figure is the last)");
    }

    #[test]
    fn a_claim_carried_by_several_articles_is_one_mark() {
        let base = by(fig("a", Kind::Killed, 8, Some("2022-01-05")), "Interior Ministry");
        let figs = vec![base.clone(), Figure { article: "b".into(), ..base.clone() }, by(base.clone(), "Police")];
        let c = layout(&figs, &[0, 1, 2], &opts(false, Scale::Log));
        let ms = &c.panels[0].marks;
        assert_eq!(ms.len(), 2);
        assert_eq!((ms[0].figure, ms[0].also.clone()), (0, vec![1]));
        assert_eq!((ms[1].figure, ms[1].also.clone()), (2, vec![]));
        // Filtered out, the other article's figure leaves the claim.
        assert!(layout(&figs, &[1], &opts(false, Scale::Log)).panels[0].marks[0].also.is_empty());
    }

    #[test]
    fn identical_positions_are_dodged_apart() {
        // Four claims of 8 on one day (different sources), and a far-away value.
        let base = fig("a", Kind::Killed, 8, Some("2022-01-05"));
        let figs = vec![
            base.clone(),
            by(base.clone(), "Army"),
            by(base.clone(), "Health Ministry"),
            by(base.clone(), "Police"),
            fig("a", Kind::Killed, 9000, Some("2022-01-05")),
        ];
        let c = layout(&figs, &[0, 1, 2, 3, 4], &opts(false, Scale::Log));
        let ms = &c.panels[0].marks;
        let centre = c.x.map(day("2022-01-05"));
        let xs: Vec<f64> = ms.iter().filter(|m| m.figure < 4).map(|m| m.x).collect();
        assert_eq!(xs, vec![centre - 1.5 * DODGE, centre - 0.5 * DODGE, centre + 0.5 * DODGE, centre + 1.5 * DODGE]);
        assert_eq!(ms[4].x, centre, "a far-away value is left in place");
        // mirrored under rtl: the first figure towards the right
        let r = layout(&figs, &[0, 1, 2, 3, 4], &opts(true, Scale::Log));
        let centre = r.x.map(day("2022-01-05"));
        assert_eq!(r.panels[0].marks[0].x, centre + 1.5 * DODGE);
        // deterministic
        assert_eq!(layout(&figs, &[0, 1, 2, 3, 4], &opts(false, Scale::Log)), c);
    }

    #[test]
    fn a_crowded_day_keeps_its_marks_on_that_day() {
        // Thirty sources claim 8 on one day of a two-month axis: spread by DODGE
        // they would stand on other days; they stay within the day, in order.
        let base = fig("a", Kind::Killed, 8, Some("2022-01-20"));
        let mut figs: Vec<Figure> = (0..30).map(|k| by(base.clone(), &format!("Source {k:02}"))).collect();
        figs.push(fig("a", Kind::Killed, 8, Some("2022-01-01")));
        figs.push(fig("a", Kind::Killed, 8, Some("2022-02-28")));
        let shown: Vec<usize> = (0..figs.len()).collect();
        for rtl in [false, true] {
            // (the dates as they are: the reader picked the two months)
            let c = layout(&figs, &shown, &LayoutOptions { focus: false, ..opts(rtl, Scale::Log) });
            let px = (c.x.map(1.0) - c.x.map(0.0)).abs();
            assert!(px < DODGE, "the axis is long enough for the test: {px} px a day");
            let centre = c.x.map(day("2022-01-20"));
            let xs: Vec<f64> = c.panels[0].marks.iter().filter(|m| m.figure < 30).map(|m| m.x).collect();
            assert_eq!(xs.len(), 30);
            assert!(xs.iter().all(|x| (x - centre).abs() <= 0.4 * px + 1e-9), "{xs:?} around {centre}");
            let dir = if rtl { -1.0 } else { 1.0 };
            assert!(xs.windows(2).all(|w| (w[1] - w[0]) * dir > 0.0), "spread in order: {xs:?}");
        }
    }

    #[test]
    fn near_values_chain_into_one_cluster() {
        let figs: Vec<Figure> = [100, 103, 106, 109].iter().map(|&v| fig("a", Kind::Killed, v, Some("2022-01-05"))).collect();
        let o = LayoutOptions { scale: Scale::Linear, ..opts(false, Scale::Linear) };
        let c = layout(&figs, &[0, 1, 2, 3], &o);
        let mut xs: Vec<i64> = c.panels[0].marks.iter().map(|m| (m.x * 10.0) as i64).collect();
        xs.dedup();
        assert_eq!(xs.len(), 4, "all four apart: {:?}", c.panels[0].marks);
    }

    #[test]
    fn empty_and_degenerate_inputs() {
        for scale in [Scale::Log, Scale::Linear] {
            let c = layout(&[], &[], &opts(false, scale));
            assert_eq!(c.panels.len(), 3);
            assert!(c.panels.iter().all(|p| p.marks.is_empty() && p.x_ticks.is_empty() && p.y_ticks.len() >= 2));
            assert!(all_finite(&c));
            let odd = LayoutOptions { width: f64::NAN, panel_height: -5.0, kinds: vec![], ..opts(true, scale) };
            let c = layout(&sample(), &[0, 1], &odd);
            assert!(c.panels.is_empty() && all_finite(&c));
            let tiny = LayoutOptions { width: 0.0, panel_height: 0.0, ..opts(true, scale) };
            assert!(all_finite(&layout(&sample(), &[0, 1, 2, 3, 4, 5, 6], &tiny)));
        }
        // zero values on a log axis are drawn at 1
        let figs = vec![fig("a", Kind::Killed, 0, Some("2022-01-05"))];
        let c = layout(&figs, &[0], &opts(false, Scale::Log));
        assert_eq!(c.panels[0].marks[0].y, c.panels[0].plot.bottom());
        assert!(all_finite(&c));
        // huge values
        let figs = vec![fig("a", Kind::Killed, u64::MAX, Some("2022-01-05"))];
        assert!(all_finite(&layout(&figs, &[0], &opts(false, Scale::Log))));
        assert!(all_finite(&layout(&figs, &[0], &opts(false, Scale::Linear))));
    }
}
