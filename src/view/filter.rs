//! Which figures a [`View`] shows, and the legend's series.
//!
//! A figure is shown when every criterion of the view lets it through: its
//! kind, its source key, its victims, its date, its status (`disputed`) and
//! whether it is vague (`vague`). The figure in focus (`selected`) filters
//! nothing.

use super::{source_key, GroupBy, View};
use crate::view::Set;
use crate::date::{days_in_month, Date};
use crate::figure::{Figure, Qualifier, Status};

/// The days a `reported` value covers: one day for `YYYY-MM-DD`, the whole
/// month for `YYYY-MM`; `None` for anything else.
pub fn reported_span(reported: &str) -> Option<(Date, Date)> {
    if let Some(d) = Date::parse(reported) {
        return Some((d, d));
    }
    let b = reported.as_bytes();
    if b.len() != 7 || b[4] != b'-' || !b.iter().enumerate().all(|(i, c)| i == 4 || c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = reported[..4].parse().ok()?;
    let month: u8 = reported[5..].parse().ok()?;
    let first = Date::new(year, month, 1)?;
    Some((first, Date::new(year, month, days_in_month(year, month))?))
}

/// Whether the figure's date overlaps the view's range. With no bound set,
/// every figure matches; with one set, an undated (or unreadable) figure
/// does not. A month-only date matches if any day of its month is in range.
fn date_matches(f: &Figure, v: &View) -> bool {
    let (from, to) = v.date_range();
    if from.is_none() && to.is_none() {
        return true;
    }
    match f.reported.as_deref().and_then(reported_span) {
        Some((first, last)) => from.is_none_or(|a| last >= a) && to.is_none_or(|b| first <= b),
        None => false,
    }
}

/// Whether the view shows this figure (grouping sources by `v.by`).
pub fn shows(f: &Figure, v: &View) -> bool {
    v.kinds.contains(&f.kind)
        && v.victims.as_ref().is_none_or(|s| s.contains(&f.victims))
        && (v.disputed || f.status == Status::Asserted)
        && (v.vague || f.qualifier != Qualifier::Vague)
        && date_matches(f, v)
        && v.sources.as_ref().is_none_or(|s| s.contains(source_key(f, v.by)))
}

/// The figures the view shows, in input order (indices into `figs`).
/// Unknown sources in the view simply match nothing.
pub fn filter(figs: &[Figure], v: &View) -> Vec<usize> {
    (0..figs.len()).filter(|&i| shows(&figs[i], v)).collect()
}

/// The figures the chart's time axis spans: those the view would show with
/// every kind on (`LayoutOptions::axis`), so the axis stays put while kinds
/// are switched off and on.
pub fn axis_figures(figs: &[Figure], v: &View) -> Vec<usize> {
    let every = View { kinds: crate::figure::Kind::ALL.into(), ..v.clone() };
    filter(figs, &every)
}

/// The distinct source keys of `figs` under `by`, in order of first
/// appearance: the legend's series. Call it on *all* figures, not the shown
/// ones, so a series keeps its colour and shape while the reader filters.
pub fn sources(figs: &[Figure], by: GroupBy) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in figs {
        let k = source_key(f, by);
        if !out.iter().any(|o| o == k) {
            out.push(k.to_owned());
        }
    }
    out
}

/// The sources that get a colour and shape of their own, in the legend's
/// order: all of them when there are at most `max` (in order of first
/// appearance, as the filters list them); else the ones the reader picked
/// (when `chosen` names at most `max`), else the `max` with the most figures
/// (most first; on a tie, the first seen). Every other source is drawn as
/// "other sources".
pub fn top_sources(figs: &[Figure], by: GroupBy, chosen: Option<&Set<String>>, max: usize) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for f in figs {
        let k = source_key(f, by);
        match counts.iter_mut().find(|(s, _)| *s == k) {
            Some(c) => c.1 += 1,
            None => counts.push((k.to_owned(), 1)),
        }
    }
    if counts.len() <= max {
        return counts.into_iter().map(|(k, _)| k).collect();
    }
    if let Some(chosen) = chosen.filter(|c| c.len() <= max) {
        counts.retain(|(k, _)| chosen.contains(k));
        return counts.into_iter().map(|(k, _)| k).collect();
    }
    // Stable: a tie keeps the order first seen.
    let most = crate::sort::order(counts.len(), &|a, b| counts[b].1.cmp(&counts[a].1));
    most.into_iter().take(max).map(|i| counts[i].0.clone()).collect()
}

/// Toggles `item` in an optional set where `None` means "all of `every`" (a
/// legend or checkbox list): the result is `None` again once it holds them all.
pub fn toggle<T: Ord + Clone>(set: &mut Option<Set<T>>, item: &T, every: &[T]) {
    let mut s = set.take().unwrap_or_else(|| every.iter().cloned().collect());
    if !s.remove(item) {
        s.insert(item.clone());
    }
    *set = if every.iter().all(|x| s.contains(x)) { None } else { Some(s) };
}

/// Drops the source keys that name no series in `known` (from a stale or
/// hostile link), saying so; when none is left the view shows every source,
/// as a list of unknown kinds does.
pub fn keep_known_sources(v: &mut View, known: &[String]) -> Option<String> {
    let set = v.sources.as_mut()?;
    let before = set.len();
    set.retain(|k| known.contains(k));
    let dropped = before - set.len();
    if dropped == 0 {
        return None;
    }
    if set.is_empty() && before > 0 {
        v.sources = None;
    }
    Some(format!("source: {dropped} unknown source(s) ignored"))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn unknown_sources_are_dropped_with_a_note() {
        let known = vec!["Police".to_string(), "Health Ministry".to_string()];
        let mut v = View { sources: Some(Set::from(["Police".to_string(), "<b>".to_string()])), ..View::default() };
        assert!(keep_known_sources(&mut v, &known).is_some());
        assert_eq!(v.sources, Some(Set::from(["Police".to_string()])));
        let mut v = View { sources: Some(Set::from(["nope".to_string()])), ..View::default() };
        assert!(keep_known_sources(&mut v, &known).is_some());
        assert_eq!(v.sources, None);
        // An empty list is a choice (hide every source), not an error.
        let mut v = View { sources: Some(Set::new()), ..View::default() };
        assert_eq!(keep_known_sources(&mut v, &known), None);
        assert_eq!(v.sources, Some(Set::new()));
        let mut v = View::default();
        assert_eq!(keep_known_sources(&mut v, &known), None);
    }

    #[test]
    fn the_sources_with_most_figures_get_colours_unless_the_reader_picks() {
        let mut figs = Vec::new();
        for (label, n) in [("A", 1), ("B", 5), ("C", 3), ("D", 3), ("E", 2)] {
            for _ in 0..n {
                figs.push(by(fig("x", Kind::Killed, 1, None), label));
            }
        }
        assert_eq!(top_sources(&figs, GroupBy::Claimant, None, 3), ["B", "C", "D"]);
        assert_eq!(top_sources(&figs, GroupBy::Claimant, None, 9), ["A", "B", "C", "D", "E"], "few: all, as first seen");
        let picked: Set<String> = ["A", "E"].map(String::from).into();
        assert_eq!(top_sources(&figs, GroupBy::Claimant, Some(&picked), 3), ["A", "E"]);
        assert_eq!(top_sources(&figs, GroupBy::Claimant, Some(&picked), 5), ["A", "B", "C", "D", "E"], "few: the unpicked stay in the legend");
        let many: Set<String> = ["A", "B", "C", "D"].map(String::from).into();
        assert_eq!(top_sources(&figs, GroupBy::Claimant, Some(&many), 3), ["B", "C", "D"], "more picked than colours: the largest");
        assert!(top_sources(&[], GroupBy::Claimant, None, 3).is_empty());
    }

    #[test]
    fn toggling_returns_to_all() {
        let every = ["a", "b", "c"];
        let mut set: Option<Set<&str>> = None;
        toggle(&mut set, &"b", &every);
        assert_eq!(set, Some(Set::from(["a", "c"])));
        toggle(&mut set, &"a", &every);
        assert_eq!(set, Some(Set::from(["c"])));
        toggle(&mut set, &"a", &every);
        toggle(&mut set, &"b", &every);
        assert_eq!(set, None);
    }
    use crate::figure::{Kind, Quantity, Vague, Victims};
    use crate::view::Set;

    fn sample() -> Vec<Figure> {
        let mut figs = vec![
            by(fig("a1", Kind::Killed, 8, Some("2022-01-05")), "Police"),
            by(fig("a1", Kind::Injured, 100, Some("2022-01-06")), "Interior Ministry"),
            fig("a2", Kind::Arrested, 7939, Some("2022-01")),
            by(fig("a2", Kind::Killed, 225, None), "Police"),
            qty(fig("a3", Kind::Killed, 0, Some("2022-01-07")), Quantity::Vague(Vague::Tens)),
            by(fig("a3", Kind::Injured, 12, Some("2021-12-31")), "Police"),
        ];
        figs[1].status = Status::Retracted;
        figs[3].status = Status::Denied;
        figs[5].victims = Victims::SecurityForces;
        figs
    }

    fn day(s: &str) -> Option<Date> {
        Date::parse(s)
    }

    #[test]
    fn default_view_shows_everything_in_order() {
        let figs = sample();
        assert_eq!(filter(&figs, &View::default()), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(filter(&[], &View::default()), Vec::<usize>::new());
    }

    #[test]
    fn by_kind() {
        let v = View { kinds: [Kind::Killed].into(), ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![0, 3, 4]);
        let v = View { kinds: Set::new(), ..View::default() };
        assert!(filter(&sample(), &v).is_empty());
    }

    #[test]
    fn by_source_under_each_grouping() {
        let v = View { sources: Some(["Police".to_string()].into()), ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![0, 3, 5]);
        let v = View { sources: Some(["Unattributed".to_string(), "Nobody".to_string()].into()), ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![2, 4]);
        let v = View { sources: Some(["a2".to_string()].into()), by: GroupBy::Article, ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![2, 3]);
        let v = View { sources: Some(Set::new()), ..View::default() };
        assert!(filter(&sample(), &v).is_empty());
    }

    #[test]
    fn by_victims() {
        let v = View { victims: Some([Victims::SecurityForces].into()), ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![5]);
        let v = View { victims: Some([Victims::Children].into()), ..View::default() };
        assert!(filter(&sample(), &v).is_empty());
    }

    #[test]
    fn by_date_with_months_and_undated() {
        let figs = sample();
        let v = View { from: day("2022-01-06"), to: day("2022-01-06"), ..View::default() };
        // the day itself and the month-only figure; never the undated one
        assert_eq!(filter(&figs, &v), vec![1, 2]);
        let v = View { from: day("2022-01-06"), ..View::default() };
        assert_eq!(filter(&figs, &v), vec![1, 2, 4]);
        let v = View { to: day("2022-01-01"), ..View::default() };
        assert_eq!(filter(&figs, &v), vec![2, 5]);
        let v = View { from: day("2022-02-01"), ..View::default() };
        assert!(filter(&figs, &v).is_empty());
        // reversed bounds mean the same range
        let v = View { from: day("2022-01-07"), to: day("2022-01-05"), ..View::default() };
        assert_eq!(filter(&figs, &v), vec![0, 1, 2, 4]);
        // unreadable dates count as undated
        let mut odd = figs[0].clone();
        odd.reported = Some("last week".into());
        assert_eq!(filter(&[odd.clone()], &View::default()), vec![0]);
        assert!(filter(&[odd], &View { to: day("2030-01-01"), ..View::default() }).is_empty());
    }

    #[test]
    fn by_status_and_vagueness() {
        let v = View { disputed: false, ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![0, 2, 4, 5]);
        let v = View { vague: false, ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![0, 1, 2, 3, 5]);
        let v = View { vague: false, disputed: false, ..View::default() };
        assert_eq!(filter(&sample(), &v), vec![0, 2, 5]);
    }

    #[test]
    fn selection_filters_nothing() {
        let v = View { selected: Some("nope".into()), ..View::default() };
        assert_eq!(filter(&sample(), &v).len(), 6);
    }

    #[test]
    fn spans() {
        assert_eq!(reported_span("2022-01-05"), Some((day("2022-01-05").unwrap(), day("2022-01-05").unwrap())));
        assert_eq!(reported_span("2024-02"), Some((day("2024-02-01").unwrap(), day("2024-02-29").unwrap())));
        for bad in ["2024-13", "2024-1", "+202-01", "2024-0a", "", "2024-02-30", "۲۰۲۴-۰۲"] {
            assert_eq!(reported_span(bad), None, "{bad}");
        }
    }

    #[test]
    fn series_in_order_of_first_appearance() {
        assert_eq!(sources(&sample(), GroupBy::Claimant), ["Police", "Interior Ministry", "Unattributed"]);
        assert_eq!(sources(&sample(), GroupBy::Article), ["a1", "a2", "a3"]);
        assert!(sources(&[], GroupBy::Article).is_empty());
    }
}
