//! Tick values: "nice" numbers for the axes, as numbers only.
//!
//! Linear ticks step by 1, 2 or 5 × 10^k; log ticks sit on powers of ten (with
//! the 2 and 5 multiples when the domain spans two decades or less); day ticks
//! fall on whole days, every 2 days, on Mondays weekly or fortnightly, or on
//! the first of a month. Labels are left to the UI's words; [`date_forms`]
//! says which parts of its date each day tick names (day, month, year), so
//! that ticks a year apart do not all read «1 Jan».

use crate::date::Date;

/// One tick: its value (a count, or a day number on the time axis) and its
/// pixel position along the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub pos: f64,
}

/// The 1/2/5 × 10^k step that cuts `lo..=hi` into about `count` pieces;
/// `None` if the span is empty or not finite.
pub fn tick_step(lo: f64, hi: f64, count: usize) -> Option<f64> {
    let span = (hi - lo).abs();
    if !(span.is_finite() && span > 0.0) {
        return None;
    }
    let raw = span / count.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let err = raw / power;
    let factor = if err >= 50f64.sqrt() {
        10.0
    } else if err >= 10f64.sqrt() {
        5.0
    } else if err >= 2f64.sqrt() {
        2.0
    } else {
        1.0
    };
    Some(factor * power)
}

/// Multiples of `step` within `lo..=hi`, computed from integer indices so they
/// stay exact (0.1 × 3 is 0.3, not 0.30000000000000004).
fn multiples(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let inv = if step < 1.0 { (1.0 / step).round() } else { 0.0 };
    let (i0, i1) = if inv > 0.0 {
        ((lo * inv).ceil(), (hi * inv).floor())
    } else {
        ((lo / step).ceil(), (hi / step).floor())
    };
    if !(i0.is_finite() && i1.is_finite()) || i1 - i0 > 1000.0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = i0;
    while i <= i1 {
        out.push(if inv > 0.0 { i / inv } else { i * step });
        i += 1.0;
    }
    out
}

/// About `count` (at most `2 × count`) nice values within `lo..=hi`, ascending.
pub fn linear_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    match tick_step(lo, hi, count) {
        Some(step) => multiples(lo, hi, step),
        None if lo.is_finite() && lo == hi => vec![lo],
        None => Vec::new(),
    }
}

/// Log ticks within `lo..=hi` (both ≥ 1 after clamping), ascending: powers of
/// ten; plus 2× and 5× when the domain spans at most two decades; every
/// second (third…) power when there would be more than `max` of them. A domain
/// inside one decade gets linear ticks instead.
pub fn log_ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    let (lo, hi) = (lo.max(1.0), hi.max(1.0));
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if !hi.is_finite() {
        return Vec::new();
    }
    let eps = 1e-9;
    let (l0, l1) = (lo.log10(), hi.log10());
    let (e0, e1) = (l0.floor() as i32, l1.ceil() as i32);
    let mults: &[f64] = if l1 - l0 <= 2.0 + eps { &[1.0, 2.0, 5.0] } else { &[1.0] };
    let every = ((e1 - e0 + 1) as usize).div_ceil(max.max(1)).max(1);
    let mut out = Vec::new();
    for e in e0..=e1 {
        if mults.len() == 1 && !((e - e0) as usize).is_multiple_of(every) {
            continue;
        }
        for m in mults {
            let v = m * 10f64.powi(e);
            if v >= lo * (1.0 - eps) && v <= hi * (1.0 + eps) {
                out.push(v);
            }
        }
    }
    if out.len() < 2 {
        return linear_ticks(lo, hi, 4);
    }
    out
}

/// Months since year 0 of a date.
fn month_index(d: Date) -> i64 {
    i64::from(d.year) * 12 + i64::from(d.month) - 1
}

/// Whole-day ticks (day numbers, see [`Date::to_days`]) within `lo..=hi`, at
/// most `max` of them: every day, every 2 days, Mondays, every other Monday,
/// or the first of every 1, 2, 3, 6, 12, 24, … months — the first that fits.
pub fn day_ticks(lo: f64, hi: f64, max: usize) -> Vec<f64> {
    let max = max.max(1) as i64;
    if !(lo.is_finite() && hi.is_finite()) {
        return Vec::new();
    }
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let (first, last) = (lo.ceil() as i64, hi.floor() as i64);
    if last < first {
        return Vec::new();
    }
    // 1970-01-05 (day 4) was a Monday.
    for (step, phase) in [(1, 0), (2, 0), (7, 4), (14, 4)] {
        let start = first + (phase - first).rem_euclid(step);
        if start > last {
            continue;
        }
        if (last - start) / step < max {
            return (0..=(last - start) / step).map(|i| (start + i * step) as f64).collect();
        }
    }
    let (m0, m1) = (month_index(Date::from_days(first)), month_index(Date::from_days(last)));
    // The first of every `step` months within the range (counted as they fall in
    // it: two months from 28 February hold the first of March and of April).
    let months = |step: i64| {
        let mut out = Vec::new();
        let mut m = m0 + (-m0).rem_euclid(step);
        while m <= m1 && out.len() <= max as usize {
            let d = Date { year: m.div_euclid(12) as i32, month: (m.rem_euclid(12) + 1) as u8, day: 1 }.to_days();
            if d >= first && d <= last {
                out.push(d as f64);
            }
            m += step;
        }
        out
    };
    [1, 2, 3, 6, 12, 24, 60, 120, 300, 600, 1200]
        .into_iter()
        .filter(|&s| (m1 - m0) / s <= max)
        .map(months)
        .find(|t| t.len() <= max as usize)
        .unwrap_or_else(|| months(1200).into_iter().take(max as usize).collect())
}

/// The parts of its date that a day tick names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// «5 Jan»
    Day,
    /// «5 Jan 2023»: the first tick of a new year among day ticks
    DayYear,
    /// «Feb»
    Month,
    /// «Jan 2023»: the first month tick, and the first of each new year
    MonthYear,
    /// «2023»
    Year,
}

/// How to write each of `ticks` (day numbers, ascending, as [`day_ticks`]
/// gives them): years when they are all 1 January and a year or more apart;
/// months when they are all the first of a month, four weeks or more apart,
/// the first of them and the first of each new year with its year; else days,
/// the first of each new year with its year (the first tick without: the
/// chart's title gives the dates).
pub fn date_forms(ticks: &[f64]) -> Vec<DateForm> {
    let dates: Vec<Date> = ticks.iter().map(|&t| Date::from_days(t.round() as i64)).collect();
    let apart = |days: f64| ticks.len() > 1 && ticks.windows(2).all(|w| w[1] - w[0] >= days);
    let new_year = |i: usize| i > 0 && dates[i].year != dates[i - 1].year;
    if apart(365.0) && dates.iter().all(|d| d.month == 1 && d.day == 1) {
        return vec![DateForm::Year; dates.len()];
    }
    let months = apart(28.0) && dates.iter().all(|d| d.day == 1);
    (0..dates.len())
        .map(|i| match (months, new_year(i)) {
            (true, named) if named || i == 0 => DateForm::MonthYear,
            (true, _) => DateForm::Month,
            (false, true) => DateForm::DayYear,
            (false, false) => DateForm::Day,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> f64 {
        Date::parse(s).unwrap().to_days() as f64
    }

    #[test]
    fn steps_are_one_two_five() {
        assert_eq!(tick_step(0.0, 10.0, 10), Some(1.0));
        assert_eq!(tick_step(0.0, 100.0, 5), Some(20.0));
        assert_eq!(tick_step(0.0, 7939.0, 5), Some(2000.0));
        assert_eq!(tick_step(0.0, 1.0, 5), Some(0.2));
        assert_eq!(tick_step(0.0, 40.0, 5), Some(10.0));
        assert_eq!(tick_step(3.0, 3.0, 5), None);
        assert_eq!(tick_step(0.0, f64::NAN, 5), None);
        for hi in [1.0, 7.0, 13.0, 99.0, 250.0, 1234.0, 99_999.0] {
            let s = tick_step(0.0, hi, 5).unwrap();
            let m = s / 10f64.powf(s.log10().floor());
            assert!([1.0, 2.0, 5.0].iter().any(|x| (m - x).abs() < 1e-9), "{hi}: {s}");
        }
    }

    #[test]
    fn linear_ticks_are_exact_and_inside() {
        assert_eq!(linear_ticks(0.0, 10.0, 5), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(linear_ticks(0.0, 1.0, 10)[3], 0.3);
        assert_eq!(linear_ticks(3.0, 97.0, 4), vec![20.0, 40.0, 60.0, 80.0]);
        assert_eq!(linear_ticks(5.0, 5.0, 4), vec![5.0]);
        assert!(linear_ticks(0.0, f64::INFINITY, 4).is_empty());
        for n in 2..10 {
            let t = linear_ticks(0.0, 7939.0, n);
            assert!(t.len() <= 2 * n + 1 && t.len() >= n / 2, "{n}: {t:?}");
        }
    }

    #[test]
    fn log_ticks_on_decades() {
        assert_eq!(log_ticks(1.0, 100_000.0, 8), vec![1.0, 10.0, 100.0, 1e3, 1e4, 1e5]);
        assert_eq!(log_ticks(1.0, 100.0, 8), vec![1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0]);
        assert_eq!(log_ticks(10.0, 1000.0, 8), vec![10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0]);
        assert_eq!(log_ticks(0.0, 10.0, 8), vec![1.0, 2.0, 5.0, 10.0], "0 is clamped to 1");
        assert_eq!(log_ticks(1.0, 1e12, 4), vec![1.0, 1e4, 1e8, 1e12]);
        assert_eq!(log_ticks(12.0, 40.0, 8), vec![15.0, 20.0, 25.0, 30.0, 35.0, 40.0], "inside a decade: linear");
        assert_eq!(log_ticks(21.0, 40.0, 8), vec![25.0, 30.0, 35.0, 40.0]);
        assert!(log_ticks(1.0, f64::INFINITY, 8).is_empty());
    }

    #[test]
    fn day_ticks_thin_out_when_crowded() {
        let (a, b) = (day("2022-01-05"), day("2022-01-07"));
        assert_eq!(day_ticks(a - 0.5, b + 0.5, 8), vec![a, a + 1.0, b]);
        let t = day_ticks(a - 0.5, a + 11.5, 8);
        assert_eq!(t.len(), 6);
        assert!(t.iter().all(|d| *d as i64 % 2 == 0));
        let t = day_ticks(day("2022-01-01"), day("2022-02-15"), 8);
        assert_eq!(t[0], day("2022-01-03"), "a Monday");
        assert!(t.len() <= 8 && t.windows(2).all(|w| w[1] - w[0] == 7.0));
        let t = day_ticks(day("2021-01-15"), day("2022-12-31"), 8);
        assert_eq!(t[0], day("2021-04-01"));
        assert!(t.len() <= 8 && t.len() >= 6, "{t:?}");
        assert!(day_ticks(a - 0.4, a - 0.1, 8).is_empty());
        assert_eq!(day_ticks(a, a, 0), vec![a]);
        assert!(day_ticks(f64::NAN, a, 8).is_empty());
        assert!(day_ticks(-1e7, 1e7, 8).len() <= 8);
        // two months from the last day of February: the first of March and of April
        assert_eq!(day_ticks(day("2022-02-28") - 0.5, day("2022-04-30") + 0.5, 2), vec![day("2022-03-01"), day("2022-04-01")]);
    }

    #[test]
    fn date_forms_name_the_year_where_ticks_alone_would_not() {
        use DateForm::*;
        // (ticks, forms)
        let cases: &[(&[&str], &[DateForm])] = &[
            (&["2022-01-05", "2022-01-06", "2022-01-07"], &[Day, Day, Day]),
            (&["2021-12-27", "2022-01-03", "2022-01-10"], &[Day, DayYear, Day]),
            (&["2022-01-01"], &[Day]),
            (&["2022-01-01", "2022-02-01", "2022-03-01"], &[MonthYear, Month, Month]),
            (&["2022-07-01", "2023-01-01", "2023-07-01"], &[MonthYear, MonthYear, Month]),
            (&["2019-01-01", "2020-01-01", "2021-01-01"], &[Year, Year, Year]),
            (&["2020-01-01", "2022-01-01"], &[Year, Year]),
            // the first of two months a week apart: days
            (&["2022-01-01", "2022-01-08"], &[Day, Day]),
        ];
        for (ticks, want) in cases {
            let t: Vec<f64> = ticks.iter().map(|s| day(s)).collect();
            assert_eq!(date_forms(&t), *want, "{ticks:?}");
        }
        assert!(date_forms(&[]).is_empty());
    }

    #[test]
    fn day_ticks_over_years_read_as_distinct_dates() {
        // A reader going along the axis, who knows the first tick's year (from
        // the chart's title when the tick does not name it) and keeps the last
        // year named, reads each tick's date; no two read alike.
        let ranges = [("2019-03-10", "2024-07-24", 8), ("2019-03-10", "2024-07-24", 3), ("2023-05-12", "2024-07-24", 8), ("2021-12-20", "2022-01-12", 8), ("2021-11-20", "2022-03-12", 8)];
        for (lo, hi, max) in ranges {
            let t = day_ticks(day(lo), day(hi), max);
            let mut year = Date::from_days(t[0] as i64).year;
            let mut read = Vec::new();
            for (&v, f) in t.iter().zip(date_forms(&t)) {
                let d = Date::from_days(v as i64);
                if matches!(f, DateForm::DayYear | DateForm::MonthYear | DateForm::Year) {
                    year = d.year;
                }
                let (month, dd) = match f {
                    DateForm::Year => (1, 1),
                    DateForm::Month | DateForm::MonthYear => (d.month, 1),
                    DateForm::Day | DateForm::DayYear => (d.month, d.day),
                };
                assert_eq!((year, month, dd), (d.year, d.month, d.day), "{lo}..{hi}: tick {v} read as {f:?}");
                read.push((year, month, dd));
            }
            assert!(read.windows(2).all(|w| w[0] < w[1]), "{lo}..{hi}: {read:?}");
        }
    }
}
