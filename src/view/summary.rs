//! What the sentence above the chart says: per kind, the latest figure of
//! each of the sources that reported most («Killed — Health Ministry 1,031
//! (12 March) · Interior Ministry ≥ 8 (6 January) · Police: dozens»), rather
//! than a highest/lowest pair across unrelated claims. Only indices: the UI
//! words it.

use super::{source_key, GroupBy};
use crate::figure::{Figure, Kind, Status};

/// How many sources a kind's line names.
pub const TOP_SOURCES: usize = 3;

/// One kind's line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindSummary {
    pub kind: Kind,
    /// The sources with most asserted figures of this kind (most first; by
    /// key on a tie), each with its latest figure (index into `figs`).
    pub latest: Vec<(String, usize)>,
    /// How many other sources reported this kind.
    pub others: usize,
}

/// Per kind (in [`Kind::ALL`] order, only kinds with an asserted figure among
/// `shown`), the latest asserted figure of each of the [`TOP_SOURCES`]
/// sources (grouped as the legend groups, by `by`) with the most figures. The
/// latest is the one reported last (dated before undated; on the same day,
/// the last in `shown` order). Indices out of range are skipped.
pub fn summary(figs: &[Figure], shown: &[usize], by: GroupBy) -> Vec<KindSummary> {
    let mut out = Vec::new();
    for kind in Kind::ALL {
        // (source, count, latest)
        let mut sources: Vec<(String, usize, usize)> = Vec::new();
        for &i in shown {
            let Some(f) = figs.get(i) else { continue };
            if f.kind != kind || f.status != Status::Asserted {
                continue;
            }
            let key = source_key(f, by);
            match sources.iter_mut().find(|s| s.0 == key) {
                None => sources.push((key.to_owned(), 1, i)),
                Some(s) => {
                    s.1 += 1;
                    // `None < Some(_)`: a dated figure is later than an undated one.
                    if f.reported >= figs[s.2].reported {
                        s.2 = i;
                    }
                }
            }
        }
        if sources.is_empty() {
            continue;
        }
        let most = crate::sort::order(sources.len(), &|a, b| {
            let (x, y) = (&sources[a], &sources[b]);
            y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0))
        });
        let others = sources.len().saturating_sub(TOP_SOURCES);
        let latest = most.into_iter().take(TOP_SOURCES).map(|i| (sources[i].0.clone(), sources[i].2)).collect();
        out.push(KindSummary { kind, latest, others });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn the_latest_figure_of_each_top_source_per_kind() {
        let mut figs = vec![
            by(fig("a", Kind::Killed, 8, Some("2022-01-06")), "Interior Ministry"),
            by(fig("a", Kind::Killed, 26, Some("2022-01-08")), "Interior Ministry"),
            by(fig("b", Kind::Killed, 164, Some("2022-01-09")), "Health Ministry"),
            by(fig("b", Kind::Killed, 225, Some("2022-01-15")), "Health Ministry"),
            by(fig("c", Kind::Killed, 9000, Some("2022-01-20")), "Health Ministry"),
            fig("c", Kind::Killed, 3, None),
            by(fig("d", Kind::Arrested, 7939, Some("2022-01-10")), "Interior Ministry"),
            by(fig("d", Kind::Killed, 40, Some("2022-01-07")), "Police"),
        ];
        figs[4].status = Status::Denied; // a denied figure is never the latest
        let all: Vec<usize> = (0..figs.len()).collect();
        let s = summary(&figs, &all, GroupBy::Claimant);
        assert_eq!(
            s,
            vec![
                KindSummary {
                    kind: Kind::Killed,
                    latest: vec![("Health Ministry".into(), 3), ("Interior Ministry".into(), 1), ("Police".into(), 7)],
                    others: 1,
                },
                KindSummary { kind: Kind::Arrested, latest: vec![("Interior Ministry".into(), 6)], others: 0 },
            ]
        );
        // Only shown figures count; stray indices are skipped; an undated figure is older than a dated one.
        let s = summary(&figs, &[5, 0, 99], GroupBy::Claimant);
        assert_eq!(s[0].latest, vec![("Interior Ministry".into(), 0), ("Unattributed".into(), 5)]);
        assert!(summary(&figs, &[], GroupBy::Claimant).is_empty());
        assert!(summary(&figs, &[4], GroupBy::Claimant).is_empty());
        // Grouped by article, the legend's way.
        let s = summary(&figs, &all, GroupBy::Article);
        assert_eq!(s[0].latest[0], ("a".to_string(), 1));
    }
}
