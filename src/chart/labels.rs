//! Labels for vague bands («dozens», «hundreds»): one per class and day, so a
//! day where several sources said «عشرات» carries one word, not a pile of them.

use super::{Glyph, Mark};
use crate::figure::{Figure, Vague};

/// Where to write the name of a vague class: centred on `x`, its baseline at `y`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BandLabel {
    pub vague: Vague,
    pub x: f64,
    pub y: f64,
}

/// One label per vague class and reported date (the bands of one day sit
/// side by side after dodging), centred over them, above the highest.
pub fn band_labels(marks: &[Mark], figs: &[Figure]) -> Vec<BandLabel> {
    let mut out: Vec<(BandLabel, Option<&str>, f64, f64)> = Vec::new(); // label, day, first x, last x
    for m in marks.iter().filter(|m| m.glyph == Glyph::Vague) {
        let Some(f) = figs.get(m.figure) else { continue };
        let Some(vague) = f.vague else { continue };
        let top = m.y_hi.unwrap_or(m.y) - 4.0;
        let day = f.reported.as_deref();
        match out.iter_mut().find(|(l, d, ..)| l.vague == vague && *d == day) {
            Some((l, _, x0, x1)) => {
                (*x0, *x1) = (x0.min(m.x), x1.max(m.x));
                l.x = (*x0 + *x1) / 2.0;
                l.y = l.y.min(top);
            }
            None => out.push((BandLabel { vague, x: m.x, y: top }, day, m.x, m.x)),
        }
    }
    out.into_iter().map(|(l, ..)| l).collect()
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
        Mark { figure, series: 0, x, y: 100.0, glyph, y_lo: Some(100.0), y_hi: Some(top), x_lo: None, x_hi: None, muted: false }
    }

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
            mark(3, 110.0, Glyph::Exact, 0.0), // not vague: no label, and no split
            mark(1, 120.0, Glyph::Vague, 30.0),
            mark(2, 300.0, Glyph::Vague, 40.0), // another day: its own label
            mark(4, 130.0, Glyph::Vague, 10.0), // another class: its own label
        ];
        let labels = band_labels(&marks, &figs);
        assert_eq!(
            labels,
            vec![
                BandLabel { vague: Vague::Tens, x: 110.0, y: 26.0 },
                BandLabel { vague: Vague::Tens, x: 300.0, y: 36.0 },
                BandLabel { vague: Vague::Hundreds, x: 130.0, y: 6.0 },
            ]
        );
        assert!(band_labels(&[], &figs).is_empty());
    }
}
