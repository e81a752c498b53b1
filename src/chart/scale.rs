//! Scales: functions from a data domain to a pixel range, and back.
//!
//! Kept apart from the marks (as in Observable Plot): a scale knows nothing of
//! figures. Every scale is total: a degenerate or non-finite domain or range
//! gives finite positions (the middle of the range), never NaN.

use super::ticks::{day_ticks, linear_ticks, log_ticks, tick_step, Tick};

/// `(a, b)` if both are finite, else `fallback`.
fn finite(pair: (f64, f64), fallback: (f64, f64)) -> (f64, f64) {
    if pair.0.is_finite() && pair.1.is_finite() {
        pair
    } else {
        fallback
    }
}

/// Maps `t` in domain units linearly from `d` to `r`.
fn lerp(d: (f64, f64), r: (f64, f64), v: f64) -> f64 {
    if d.1 == d.0 || !v.is_finite() {
        return (r.0 + r.1) / 2.0;
    }
    r.0 + (v - d.0) / (d.1 - d.0) * (r.1 - r.0)
}

/// A linear scale. `range` may run backwards (y axes, right-to-left x axes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    /// Non-finite bounds fall back to a domain `0..1` and a range `0..1`.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale { domain: finite(domain, (0.0, 1.0)), range: finite(range, (0.0, 1.0)) }
    }

    pub fn map(&self, v: f64) -> f64 {
        lerp(self.domain, self.range, v)
    }

    /// The domain value at pixel `px`.
    pub fn invert(&self, px: f64) -> f64 {
        lerp(self.range, self.domain, px)
    }

    /// The domain widened to multiples of the tick step for about `count`
    /// ticks (d3's `nice`), so the axis starts and ends on a tick.
    pub fn nice(self, count: usize) -> LinearScale {
        let (mut lo, mut hi) = self.domain;
        let flip = lo > hi;
        if flip {
            (lo, hi) = (hi, lo);
        }
        let mut prev = None;
        for _ in 0..10 {
            let Some(step) = tick_step(lo, hi, count) else { break };
            if prev == Some(step) {
                break;
            }
            prev = Some(step);
            (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
        }
        let domain = if flip { (hi, lo) } else { (lo, hi) };
        LinearScale { domain, ..self }
    }

    /// About `count` nice ticks inside the domain.
    pub fn ticks(&self, count: usize) -> Vec<Tick> {
        let (a, b) = self.domain;
        linear_ticks(a.min(b), a.max(b), count).into_iter().map(|value| Tick { value, pos: self.map(value) }).collect()
    }
}

/// A base-10 log scale for counts. Values below 1 (0 above all) are clamped
/// to 1, so it never takes the log of 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogScale {
    /// Both ends ≥ 1.
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LogScale {
    /// Domain ends are clamped to ≥ 1; non-finite ones fall back to `1..10`.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LogScale {
        let (a, b) = finite(domain, (1.0, 10.0));
        LogScale { domain: (a.max(1.0), b.max(1.0)), range: finite(range, (0.0, 1.0)) }
    }

    fn logs(&self) -> (f64, f64) {
        (self.domain.0.log10(), self.domain.1.log10())
    }

    pub fn map(&self, v: f64) -> f64 {
        lerp(self.logs(), self.range, v.max(1.0).log10())
    }

    /// The domain value at pixel `px` (≥ 1).
    pub fn invert(&self, px: f64) -> f64 {
        10f64.powf(lerp(self.range, self.logs(), px))
    }

    /// The domain widened to whole powers of ten (at least one decade).
    pub fn nice(self) -> LogScale {
        let (a, b) = self.domain;
        let (lo, hi) = (a.min(b), a.max(b));
        let lo = 10f64.powf(lo.log10().floor());
        let mut hi = 10f64.powf(hi.log10().ceil());
        if hi <= lo {
            hi = lo * 10.0;
        }
        let domain = if a > b { (hi, lo) } else { (lo, hi) };
        LogScale { domain, ..self }
    }

    /// Ticks on powers of ten (and 2×, 5× over two decades or less), at most `max`.
    pub fn ticks(&self, max: usize) -> Vec<Tick> {
        let (a, b) = self.domain;
        log_ticks(a.min(b), a.max(b), max).into_iter().map(|value| Tick { value, pos: self.map(value) }).collect()
    }
}

/// A time scale over day numbers ([`crate::date::Date::to_days`]); a day `d`
/// is drawn at `map(d)`, and covers `map(d - 0.5)..map(d + 0.5)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl TimeScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> TimeScale {
        TimeScale { domain: finite(domain, (-0.5, 0.5)), range: finite(range, (0.0, 1.0)) }
    }

    pub fn map(&self, day: f64) -> f64 {
        lerp(self.domain, self.range, day)
    }

    /// The (fractional) day number at pixel `px`; round it for the day.
    pub fn invert(&self, px: f64) -> f64 {
        lerp(self.range, self.domain, px)
    }

    /// Whole-day ticks, at most `max` (see [`day_ticks`]).
    pub fn ticks(&self, max: usize) -> Vec<Tick> {
        let (a, b) = self.domain;
        day_ticks(a, b, max).into_iter().map(|value| Tick { value, pos: self.map(value) }).collect()
    }
}

/// The value axis of a panel: linear or log.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YScale {
    Linear(LinearScale),
    Log(LogScale),
}

impl YScale {
    pub fn map(&self, v: f64) -> f64 {
        match self {
            YScale::Linear(s) => s.map(v),
            YScale::Log(s) => s.map(v),
        }
    }

    pub fn invert(&self, px: f64) -> f64 {
        match self {
            YScale::Linear(s) => s.invert(px),
            YScale::Log(s) => s.invert(px),
        }
    }

    pub fn domain(&self) -> (f64, f64) {
        match self {
            YScale::Linear(s) => s.domain,
            YScale::Log(s) => s.domain,
        }
    }

    /// About `count` ticks (at most `count` on a log scale). Counts are whole,
    /// so a linear axis gets no fractional ticks.
    pub fn ticks(&self, count: usize) -> Vec<Tick> {
        match self {
            YScale::Linear(s) => {
                let mut t = s.ticks(count);
                t.retain(|t| t.value.fract() == 0.0);
                t
            }
            YScale::Log(s) => s.ticks(count),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn linear_maps_and_inverts() {
        let s = LinearScale::new((0.0, 100.0), (200.0, 0.0));
        assert_eq!(s.map(0.0), 200.0);
        assert_eq!(s.map(25.0), 150.0);
        assert_eq!(s.map(100.0), 0.0);
        assert_eq!(s.invert(150.0), 25.0);
        for v in [0.0, 3.0, 57.5, 100.0, 130.0] {
            assert!(close(s.invert(s.map(v)), v));
        }
    }

    #[test]
    fn degenerate_linear_scales_stay_finite() {
        let s = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(s.map(5.0), 50.0);
        assert_eq!(s.invert(10.0), 5.0);
        let s = LinearScale::new((f64::NAN, 1.0), (0.0, f64::INFINITY));
        assert!(s.map(0.5).is_finite() && s.map(f64::NAN).is_finite());
        assert_eq!(LinearScale::new((0.0, 0.0), (0.0, 10.0)).nice(5).domain, (0.0, 0.0));
    }

    #[test]
    fn linear_nice() {
        assert_eq!(LinearScale::new((0.0, 7939.0), (0.0, 1.0)).nice(5).domain, (0.0, 8000.0));
        assert_eq!(LinearScale::new((3.0, 97.0), (0.0, 1.0)).nice(5).domain, (0.0, 100.0));
        assert_eq!(LinearScale::new((97.0, 3.0), (0.0, 1.0)).nice(5).domain, (100.0, 0.0));
        assert_eq!(LinearScale::new((0.0, 225.0), (0.0, 1.0)).nice(5).domain, (0.0, 250.0));
    }

    #[test]
    fn log_maps_inverts_and_clamps() {
        let s = LogScale::new((1.0, 100_000.0), (500.0, 0.0));
        assert_eq!(s.map(1.0), 500.0);
        assert_eq!(s.map(100_000.0), 0.0);
        assert!(close(s.map(100.0), 300.0));
        assert!(close(s.invert(300.0), 100.0));
        assert_eq!(s.map(0.0), 500.0, "0 is drawn at 1");
        assert_eq!(s.map(-5.0), 500.0);
        assert!(s.map(f64::NAN).is_finite());
        for v in [1.0, 2.0, 8.0, 7939.0, 99_999.0] {
            assert!((s.invert(s.map(v)) - v).abs() / v < 1e-9);
        }
        let z = LogScale::new((0.0, 0.0), (0.0, 10.0));
        assert_eq!(z.domain, (1.0, 1.0));
        assert_eq!(z.map(0.0), 5.0);
    }

    #[test]
    fn log_nice_to_decades() {
        assert_eq!(LogScale::new((8.0, 7939.0), (0.0, 1.0)).nice().domain, (1.0, 10_000.0));
        assert_eq!(LogScale::new((10.0, 100.0), (0.0, 1.0)).nice().domain, (10.0, 100.0));
        assert_eq!(LogScale::new((1.0, 1.0), (0.0, 1.0)).nice().domain, (1.0, 10.0));
        assert_eq!(LogScale::new((0.0, 0.0), (0.0, 1.0)).nice().domain, (1.0, 10.0));
        assert_eq!(LogScale::new((100.0, 100.0), (0.0, 1.0)).nice().domain, (100.0, 1000.0));
    }

    #[test]
    fn ticks_carry_positions_inside_the_range() {
        let s = LinearScale::new((0.0, 8000.0), (300.0, 20.0));
        let t = s.ticks(5);
        assert_eq!(t.first().unwrap(), &Tick { value: 0.0, pos: 300.0 });
        assert_eq!(t.last().unwrap(), &Tick { value: 8000.0, pos: 20.0 });
        let y = YScale::Log(LogScale::new((1.0, 10_000.0), (300.0, 20.0)));
        let t = y.ticks(8);
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), vec![1.0, 10.0, 100.0, 1000.0, 10_000.0]);
        assert!(t.iter().all(|t| (20.0..=300.0).contains(&t.pos)));
        let y = YScale::Linear(LinearScale::new((0.0, 2.0), (100.0, 0.0)));
        assert_eq!(y.ticks(8).iter().map(|t| t.value).collect::<Vec<_>>(), vec![0.0, 1.0, 2.0]);
        let x = TimeScale::new((99.5, 102.5), (600.0, 0.0));
        let t = x.ticks(8);
        assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), vec![100.0, 101.0, 102.0]);
        assert_eq!(t[0].pos, 500.0);
        assert_eq!(x.invert(500.0), 100.0);
    }
}
