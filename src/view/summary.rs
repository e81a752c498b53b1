//! The extremes among the shown figures, for the sentence above the chart
//! («highest: 7939 arrested, Interior Ministry»). Only indices: the UI words it.

use crate::figure::{Figure, Kind, Status};

/// The highest and lowest asserted figure of one kind (indices into `figs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindSummary {
    pub kind: Kind,
    /// Largest `value`; the first in `shown` order on a tie.
    pub highest: usize,
    /// Smallest `value`; the first in `shown` order on a tie.
    pub lowest: usize,
    /// How many asserted figures of this kind are shown.
    pub count: usize,
}

/// Per kind (in [`Kind::ALL`] order, only kinds with at least one), the
/// highest and lowest *asserted* figure among `shown`, compared by `value`
/// (the number the chart plots: a range's low end, a vague class's low end).
/// Indices out of range are skipped.
pub fn summary(figs: &[Figure], shown: &[usize]) -> Vec<KindSummary> {
    let mut out: Vec<KindSummary> = Vec::new();
    for kind in Kind::ALL {
        let mut s: Option<KindSummary> = None;
        for &i in shown {
            let Some(f) = figs.get(i) else { continue };
            if f.kind != kind || f.status != Status::Asserted {
                continue;
            }
            match &mut s {
                None => s = Some(KindSummary { kind, highest: i, lowest: i, count: 1 }),
                Some(s) => {
                    s.count += 1;
                    if f.value > figs[s.highest].value {
                        s.highest = i;
                    }
                    if f.value < figs[s.lowest].value {
                        s.lowest = i;
                    }
                }
            }
        }
        out.extend(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn extremes_per_kind_ignoring_disputed() {
        let mut figs = vec![
            fig("a", Kind::Arrested, 7939, None),
            fig("a", Kind::Killed, 8, None),
            fig("b", Kind::Killed, 225, None),
            fig("b", Kind::Killed, 9000, None),
            fig("c", Kind::Killed, 8, None),
            fig("c", Kind::Killed, 3, None),
        ];
        figs[3].status = Status::Denied;
        figs[5].status = Status::Retracted;
        let all: Vec<usize> = (0..figs.len()).collect();
        assert_eq!(
            summary(&figs, &all),
            vec![
                KindSummary { kind: Kind::Killed, highest: 2, lowest: 1, count: 3 },
                KindSummary { kind: Kind::Arrested, highest: 0, lowest: 0, count: 1 },
            ]
        );
        // only shown figures count; stray indices are skipped
        assert_eq!(
            summary(&figs, &[4, 1, 99]),
            vec![KindSummary { kind: Kind::Killed, highest: 4, lowest: 4, count: 2 }]
        );
        assert!(summary(&figs, &[]).is_empty());
        assert!(summary(&figs, &[3, 5]).is_empty());
    }
}
