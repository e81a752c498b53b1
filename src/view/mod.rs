//! The view state that travels in the URL, and the filter it applies.
//!
//! A [`View`] is everything a reader can set on the page: which kinds, sources,
//! victims and dates are shown, how the chart is scaled and grouped, the page
//! language, and the figure in focus. It is plain data; [`View::from_query`] and
//! [`View::to_query`] (in `query`) move it in and out of the URL, [`filter`]
//! picks the figures it shows and [`summary`] finds the extremes among them.

mod filter;
mod pct;
mod query;
mod set;
mod summary;

pub use filter::{axis_figures, filter, keep_known_sources, reported_span, sources, toggle, top_sources};
pub use set::Set;
pub use summary::{summary, KindSummary};

use crate::date::Date;
use crate::figure::{Figure, Kind, Victims};

/// How the value axis is scaled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scale {
    #[default]
    Log,
    Linear,
}

/// What the chart's series (legend entries) stand for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GroupBy {
    /// One series per claimant (its English label, or "Unattributed").
    #[default]
    Claimant,
    /// One series per article.
    Article,
}

/// The page language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Ar,
    En,
}

/// Whether the figures are drawn or listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Display {
    #[default]
    Chart,
    Table,
}

/// Which articles of the set are shown: the page's own, the reader's added
/// ones, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Part {
    #[default]
    All,
    Base,
    Added,
}

impl Part {
    /// The URL spelling (`set=base`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::All => "all",
            Part::Base => "base",
            Part::Added => "added",
        }
    }
    pub fn parse(s: &str) -> Option<Part> {
        [Part::All, Part::Base, Part::Added].into_iter().find(|x| x.as_str() == s)
    }
}

impl Scale {
    /// The URL spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Log => "log",
            Scale::Linear => "linear",
        }
    }
    pub fn parse(s: &str) -> Option<Scale> {
        [Scale::Log, Scale::Linear].into_iter().find(|x| x.as_str() == s)
    }
}

impl GroupBy {
    /// The URL spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Claimant => "claimant",
            GroupBy::Article => "article",
        }
    }
    pub fn parse(s: &str) -> Option<GroupBy> {
        [GroupBy::Claimant, GroupBy::Article].into_iter().find(|x| x.as_str() == s)
    }
}

impl Lang {
    /// The URL spelling, also the BCP 47 tag for `Intl` and `<html lang>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
    pub fn parse(s: &str) -> Option<Lang> {
        [Lang::Ar, Lang::En].into_iter().find(|x| x.as_str() == s)
    }
    /// Whether the page runs right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }
}

impl Display {
    /// The URL spelling (`view=table`).
    pub fn as_str(self) -> &'static str {
        match self {
            Display::Chart => "chart",
            Display::Table => "table",
        }
    }
    pub fn parse(s: &str) -> Option<Display> {
        [Display::Chart, Display::Table].into_iter().find(|x| x.as_str() == s)
    }
}

/// Everything the reader can set; see the module docs. `Default` is the page
/// as first opened: every figure, log scale, grouped by claimant, in Arabic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    /// Which kinds get a panel. Default: all three. URL `kind=killed,injured`.
    pub kinds: Set<Kind>,
    /// Source keys (see [`source_key`]) shown; `None` = all. URL `source=Police,Interior%20Ministry`.
    pub sources: Option<Set<String>>,
    /// Victims shown; `None` = all. URL `victims=protesters,security_forces`.
    pub victims: Option<Set<Victims>>,
    /// First day shown, inclusive. URL `from=2022-01-05`.
    pub from: Option<Date>,
    /// Last day shown, inclusive. URL `to=2022-01-07`. If `from > to` the two
    /// are taken the other way round (see [`View::date_range`]).
    pub to: Option<Date>,
    /// URL `scale=linear`.
    pub scale: Scale,
    /// URL `by=article`.
    pub by: GroupBy,
    /// Include retracted and denied figures. Default true. URL `disputed=0`.
    pub disputed: bool,
    /// Include vague quantities («عشرات»). Default true. URL `vague=0`.
    pub vague: bool,
    /// URL `lang=en`.
    pub lang: Lang,
    /// URL `view=table`.
    pub display: Display,
    /// The page's own articles, the added ones, or both. URL `set=base`.
    pub part: Part,
    /// The figure in focus, a [`figure_key`]. URL `fig=...`.
    pub selected: Option<String>,
    /// Drawn inside another page: no chrome. URL `embed=1`.
    pub embed: bool,
}

impl Default for View {
    fn default() -> View {
        View {
            kinds: Kind::ALL.into_iter().collect(),
            sources: None,
            victims: None,
            from: None,
            to: None,
            scale: Scale::default(),
            by: GroupBy::default(),
            disputed: true,
            vague: true,
            lang: Lang::default(),
            display: Display::default(),
            part: Part::default(),
            selected: None,
            embed: false,
        }
    }
}

impl View {
    /// `from` and `to` in order: if both are set and `from > to`, swapped.
    /// The filter and [`View::to_query`] use this, so a reversed range means
    /// the same days as the right way round.
    pub fn date_range(&self) -> (Option<Date>, Option<Date>) {
        match (self.from, self.to) {
            (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
            other => other,
        }
    }
}

/// The label of figures with no claimant, when grouping by claimant.
pub const UNATTRIBUTED: &str = "Unattributed";

/// The legend key a figure belongs to: its claimant's English label (or
/// [`UNATTRIBUTED`] when there is no claimant or the label is blank) when
/// grouping by claimant, its article id when grouping by article. Borrowed:
/// it is asked for every figure, often several times over.
pub fn source_key(f: &Figure, by: GroupBy) -> &str {
    match by {
        GroupBy::Article => &f.article,
        GroupBy::Claimant => match &f.claimant {
            // (a label that starts with a letter is not blank: no trimming to tell)
            Some(c) if c.label.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()) || !c.label.trim().is_empty() => &c.label,
            _ => UNATTRIBUTED,
        },
    }
}

/// Whether two figures are the same claim: the same source (as the legend
/// groups, by `by`), kind, people counted, number and bounds, qualifier and
/// status, reported the same day. Several articles carrying one claim (wire
/// copy, a ministry's statement quoted everywhere) give one mark.
pub fn same_claim(a: &Figure, b: &Figure, by: GroupBy) -> bool {
    a.kind == b.kind
        && a.victims == b.victims
        && a.qualifier == b.qualifier
        && (a.value, a.min, a.max, a.vague) == (b.value, b.min, b.max, b.vague)
        && a.status == b.status
        && a.reported == b.reported
        && source_key(a, by) == source_key(b, by)
}

/// `shown` grouped into claims ([`same_claim`]), each group in `shown` order,
/// groups in the order of their first figure.
pub fn claims(figs: &[Figure], shown: &[usize], by: GroupBy) -> Vec<Vec<usize>> {
    // Sorted by a cheap key first, so only neighbours are compared: a hash of
    // what [`same_claim`] compares but the source (two claims that share one
    // are told apart by `same_claim`), ties in index order.
    let cheap = |f: &Figure| -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let small = [f.kind as u8, f.qualifier as u8, f.status as u8, f.victims as u8, u8::from(f.reported.is_some())];
        for &b in f.value.to_le_bytes().iter().chain(&small).chain(f.reported.as_deref().unwrap_or("").as_bytes()) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        h
    };
    // (in index order first: `shown` usually is, then this costs one pass)
    let mut keyed: Vec<(u64, usize)> = shown.iter().copied().filter(|&i| i < figs.len()).map(|i| (i as u64, i)).collect();
    crate::sort::pairs(&mut keyed);
    for p in &mut keyed {
        p.0 = cheap(&figs[p.1]);
    }
    crate::sort::pairs(&mut keyed);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut run_start = 0;
    for (n, &(key, i)) in keyed.iter().enumerate() {
        if n > 0 && keyed[n - 1].0 != key {
            run_start = groups.len();
        }
        match groups[run_start..].iter_mut().find(|g| same_claim(&figs[g[0]], &figs[i], by)) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    // Back to `shown` order (within a group and between groups).
    let mut rank = vec![usize::MAX; figs.len()];
    for (r, &i) in shown.iter().enumerate() {
        if let Some(x) = rank.get_mut(i) {
            *x = (*x).min(r);
        }
    }
    for g in groups.iter_mut().filter(|g| g.len() > 1) {
        crate::sort::by(g, &|a, b| rank[a].cmp(&rank[b]));
    }
    let mut by_first: Vec<(u64, usize)> = groups.iter().enumerate().map(|(n, g)| (rank[g[0]] as u64, n)).collect();
    crate::sort::pairs(&mut by_first);
    by_first.into_iter().map(|(_, n)| std::mem::take(&mut groups[n])).collect()
}

/// A stable, URL-safe id for a figure: `<article>-<start><k|i|a>` (the kind's
/// initial), e.g. `000_a76ca8b2228a38c1-1234k`. Unique within the article set as
/// long as no two figures of one kind start at the same character of one
/// article. Characters of the article id outside `A-Z a-z 0-9 - . _ ~` become `_`.
pub fn figure_key(f: &Figure) -> String {
    let mut s = String::with_capacity(f.article.len() + 12);
    for c in f.article.chars() {
        s.push(if c.is_ascii_alphanumeric() || "-._~".contains(c) { c } else { '_' });
    }
    s.push('-');
    pct::push_uint(&mut s, f.start as u64);
    s.push(match f.kind {
        Kind::Killed => 'k',
        Kind::Injured => 'i',
        Kind::Arrested => 'a',
    });
    s
}

#[cfg(test)]
pub(crate) mod testing {
    //! Small hand-made figures for the tests of `view` and `chart`.
    use crate::figure::*;

    /// An asserted, exact figure of `value` `kind`, reported on `reported`.
    pub fn fig(article: &str, kind: Kind, value: u64, reported: Option<&str>) -> Figure {
        Figure {
            article: article.to_string(),
            kind,
            qualifier: Qualifier::Exact,
            value,
            min: Some(value),
            max: Some(value),
            vague: None,
            phrase: value.to_string(),
            victims: Victims::Protesters,
            claimant: None,
            reported: reported.map(str::to_string),
            status: Status::Asserted,
            start: 0,
            end: 1,
            sentence: String::new(),
        }
    }

    /// Sets the claimant's label (and text).
    pub fn by(mut f: Figure, label: &str) -> Figure {
        f.claimant = Some(Claimant { text: label.to_string(), label: label.to_string() });
        f
    }

    /// Sets the quantity, keeping the record's fields consistent.
    pub fn qty(mut f: Figure, q: Quantity) -> Figure {
        f.qualifier = q.qualifier();
        f.value = q.value();
        let (lo, hi) = q.bounds();
        f.min = lo;
        f.max = hi;
        f.vague = q.vague();
        f
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn source_keys() {
        let f = fig("a1", Kind::Killed, 3, None);
        assert_eq!(source_key(&f, GroupBy::Claimant), "Unattributed");
        assert_eq!(source_key(&f, GroupBy::Article), "a1");
        let f = by(f, "Police");
        assert_eq!(source_key(&f, GroupBy::Claimant), "Police");
        assert_eq!(source_key(&by(f, " "), GroupBy::Claimant), "Unattributed");
    }

    #[test]
    fn figure_keys_are_url_safe_and_tell_kinds_apart() {
        let mut f = fig("000_a7", Kind::Killed, 3, None);
        f.start = 1234;
        assert_eq!(figure_key(&f), "000_a7-1234k");
        f.kind = Kind::Arrested;
        assert_eq!(figure_key(&f), "000_a7-1234a");
        f.article = "a b/ج".to_string();
        f.start = 0;
        assert_eq!(figure_key(&f), "a_b__-0a");
    }

    #[test]
    fn one_claim_carried_by_several_articles_is_one_group() {
        let a = by(fig("a", Kind::Killed, 8, Some("2022-01-06")), "Interior Ministry");
        let figs = vec![
            a.clone(),
            by(fig("b", Kind::Killed, 8, Some("2022-01-06")), "Interior Ministry"), // the same claim
            by(fig("c", Kind::Killed, 8, Some("2022-01-07")), "Interior Ministry"), // another day
            by(fig("d", Kind::Killed, 8, Some("2022-01-06")), "Police"),            // another source
            by(fig("e", Kind::Injured, 8, Some("2022-01-06")), "Interior Ministry"), // another kind
            Figure { status: crate::figure::Status::Retracted, ..a.clone() },       // withdrawn
            Figure { victims: Victims::SecurityForces, ..a.clone() },               // other people
            by(fig("f", Kind::Killed, 8, Some("2022-01-06")), "Interior Ministry"), // the same again
        ];
        let all: Vec<usize> = (0..figs.len()).collect();
        assert_eq!(claims(&figs, &all, GroupBy::Claimant), vec![vec![0, 1, 7], vec![2], vec![3], vec![4], vec![5], vec![6]]);
        // Grouped by article, each article is its own source.
        assert_eq!(claims(&figs, &all, GroupBy::Article).len(), figs.len(), "each article is its own source");
        // Only what is shown, in shown order.
        assert_eq!(claims(&figs, &[7, 2, 1], GroupBy::Claimant), vec![vec![7, 1], vec![2]]);
        assert!(claims(&figs, &[], GroupBy::Claimant).is_empty());
    }

    proptest::proptest! {
        /// The sorted grouping gives what comparing every figure with every
        /// group gives: groups in `shown` order of their first figure.
        #[test]
        fn claims_are_the_naive_grouping(
            picks in proptest::collection::vec((0u64..3, 0usize..3, 0usize..3, proptest::bool::ANY), 0..60),
            shown_seed in proptest::collection::vec(0usize..60, 0..80),
        ) {
            let dates = [None, Some("2022-01-06"), Some("2022-01-07")];
            let figs: Vec<Figure> = picks
                .iter()
                .enumerate()
                .map(|(i, &(v, d, s, k))| {
                    let kind = if k { Kind::Killed } else { Kind::Injured };
                    by(fig(&format!("a{i}"), kind, v, dates[d]), ["Police", "Army", " "][s])
                })
                .collect();
            // (each figure once, some out of range, in any order)
            let mut shown: Vec<usize> = Vec::new();
            for i in shown_seed.into_iter().filter(|&i| i < figs.len() + 2) {
                if !shown.contains(&i) {
                    shown.push(i);
                }
            }
            let mut naive: Vec<Vec<usize>> = Vec::new();
            for &i in shown.iter().filter(|&&i| i < figs.len()) {
                match naive.iter_mut().find(|g| same_claim(&figs[g[0]], &figs[i], GroupBy::Claimant)) {
                    Some(g) => g.push(i),
                    None => naive.push(vec![i]),
                }
            }
            proptest::prop_assert_eq!(claims(&figs, &shown, GroupBy::Claimant), naive);
        }
    }

    #[test]
    fn reversed_dates_mean_the_same_range() {
        let a = Date::new(2022, 1, 7);
        let b = Date::new(2022, 1, 5);
        let v = View { from: a, to: b, ..View::default() };
        assert_eq!(v.date_range(), (b, a));
    }
}
