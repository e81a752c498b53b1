//! The figure record: one reported casualty figure, as the extractor finds it.
//!
//! This is the one shape that the browser app, the `tally` command line and the
//! tests share (see `docs/figures.md`). Its serde form *is* the JSON Lines record
//! that `tally extract` prints, so field names and enum spellings here are part of
//! the public contract.

use serde::{Deserialize, Serialize};

/// What a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Killed,
    Injured,
    Arrested,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Killed, Kind::Injured, Kind::Arrested];

    /// The short name used in JSON, CSV and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Killed => "killed",
            Kind::Injured => "injured",
            Kind::Arrested => "arrested",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How the text bounds a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// «8 قتلى»
    Exact,
    /// «8 على الأقل», «ما لا يقل عن 8»
    AtLeast,
    /// «أكثر من ألف»
    MoreThan,
    /// «نحو 95»
    About,
    /// «لا يتجاوز 12»
    AtMost,
    /// «ما بين 10 و15»
    Range,
    /// «عشرات»: a class of quantity, not a number
    Vague,
}

impl Qualifier {
    pub const ALL: [Qualifier; 7] = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::AtMost,
        Qualifier::Range,
        Qualifier::Vague,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::About => "about",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// The class of a vague quantity (عشرات, مئات, آلاف, عشرات الآلاف).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vague {
    Tens,
    Hundreds,
    Thousands,
    TensOfThousands,
}

impl Vague {
    pub const ALL: [Vague; 4] = [Vague::Tens, Vague::Hundreds, Vague::Thousands, Vague::TensOfThousands];

    pub fn as_str(self) -> &'static str {
        match self {
            Vague::Tens => "tens",
            Vague::Hundreds => "hundreds",
            Vague::Thousands => "thousands",
            Vague::TensOfThousands => "tens_of_thousands",
        }
    }

    /// The lowest and highest count the class stands for (tens = 10..=99).
    pub fn bounds(self) -> (u64, u64) {
        match self {
            Vague::Tens => (10, 99),
            Vague::Hundreds => (100, 999),
            Vague::Thousands => (1_000, 9_999),
            Vague::TensOfThousands => (10_000, 99_999),
        }
    }
}

/// Who was counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Victims {
    Protesters,
    SecurityForces,
    Civilians,
    Attackers,
    Children,
    Journalists,
    People,
}

impl Victims {
    pub const ALL: [Victims; 7] = [
        Victims::Protesters,
        Victims::SecurityForces,
        Victims::Civilians,
        Victims::Attackers,
        Victims::Children,
        Victims::Journalists,
        Victims::People,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Victims::Protesters => "protesters",
            Victims::SecurityForces => "security_forces",
            Victims::Civilians => "civilians",
            Victims::Attackers => "attackers",
            Victims::Children => "children",
            Victims::Journalists => "journalists",
            Victims::People => "people",
        }
    }

    pub fn parse(s: &str) -> Option<Victims> {
        Victims::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Whether the figure still stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Asserted,
    /// Withdrawn by whoever published it.
    Retracted,
    /// Rejected by another party.
    Denied,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Asserted, Status::Retracted, Status::Denied];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Asserted => "asserted",
            Status::Retracted => "retracted",
            Status::Denied => "denied",
        }
    }
}

/// Who the text says reported the figure.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claimant {
    /// The attribution as written («وزارة الداخلية»).
    pub text: String,
    /// A short English name for the chart («Interior Ministry»).
    pub label: String,
}

/// One reported casualty figure.
///
/// `value`, `min` and `max` are derived from the quantity the text states; use
/// [`Quantity::bounds`] and [`Quantity::value`] to fill them so they never
/// disagree with `qualifier` and `vague`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The article's id: its file name without `.txt`.
    pub article: String,
    pub kind: Kind,
    pub qualifier: Qualifier,
    /// The one number a chart plots.
    pub value: u64,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub vague: Option<Vague>,
    /// The number phrase exactly as written.
    pub phrase: String,
    pub victims: Victims,
    pub claimant: Option<Claimant>,
    /// `YYYY-MM-DD`, `YYYY-MM`, or `None` when nothing fixes the date.
    pub reported: Option<String>,
    pub status: Status,
    /// Evidence span, in Unicode scalar values into the article text as stored.
    pub start: usize,
    pub end: usize,
    /// The sentence that holds the evidence, as written.
    pub sentence: String,
}

/// A quantity as the text states it. A vague quantity is not a number: it has
/// its own variant, so it can never be mistaken for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Exact(u64),
    AtLeast(u64),
    MoreThan(u64),
    About(u64),
    AtMost(u64),
    Range(u64, u64),
    Vague(Vague),
}

impl Quantity {
    pub fn qualifier(self) -> Qualifier {
        match self {
            Quantity::Exact(_) => Qualifier::Exact,
            Quantity::AtLeast(_) => Qualifier::AtLeast,
            Quantity::MoreThan(_) => Qualifier::MoreThan,
            Quantity::About(_) => Qualifier::About,
            Quantity::AtMost(_) => Qualifier::AtMost,
            Quantity::Range(..) => Qualifier::Range,
            Quantity::Vague(_) => Qualifier::Vague,
        }
    }

    /// The number a chart plots: as stated; a range's low end; a vague class's low end.
    pub fn value(self) -> u64 {
        match self {
            Quantity::Exact(n)
            | Quantity::AtLeast(n)
            | Quantity::MoreThan(n)
            | Quantity::About(n)
            | Quantity::AtMost(n) => n,
            Quantity::Range(lo, _) => lo,
            Quantity::Vague(v) => v.bounds().0,
        }
    }

    /// The bounds the text allows (`None` = open).
    pub fn bounds(self) -> (Option<u64>, Option<u64>) {
        match self {
            Quantity::Exact(n) => (Some(n), Some(n)),
            Quantity::AtLeast(n) => (Some(n), None),
            Quantity::MoreThan(n) => (Some(n.saturating_add(1)), None),
            Quantity::About(_) => (None, None),
            Quantity::AtMost(n) => (None, Some(n)),
            Quantity::Range(lo, hi) => (Some(lo), Some(hi)),
            Quantity::Vague(v) => {
                let (lo, hi) = v.bounds();
                (Some(lo), Some(hi))
            }
        }
    }

    pub fn vague(self) -> Option<Vague> {
        match self {
            Quantity::Vague(v) => Some(v),
            _ => None,
        }
    }

    /// Rebuild the quantity from a record's fields (the inverse of the above).
    pub fn of(f: &Figure) -> Quantity {
        match (f.qualifier, f.vague) {
            (Qualifier::Vague, Some(v)) => Quantity::Vague(v),
            (Qualifier::Exact, _) | (Qualifier::Vague, None) => Quantity::Exact(f.value),
            (Qualifier::AtLeast, _) => Quantity::AtLeast(f.value),
            (Qualifier::MoreThan, _) => Quantity::MoreThan(f.value),
            (Qualifier::About, _) => Quantity::About(f.value),
            (Qualifier::AtMost, _) => Quantity::AtMost(f.value),
            (Qualifier::Range, _) => Quantity::Range(f.value, f.max.unwrap_or(f.value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantity_fields_agree() {
        assert_eq!(Quantity::MoreThan(1000).bounds(), (Some(1001), None));
        assert_eq!(Quantity::MoreThan(1000).value(), 1000);
        assert_eq!(Quantity::Range(10, 15).value(), 10);
        assert_eq!(Quantity::Vague(Vague::Tens).value(), 10);
        assert_eq!(Quantity::Vague(Vague::Tens).qualifier(), Qualifier::Vague);
    }

    #[test]
    fn enum_spellings_match_the_record() {
        assert_eq!(serde_json::to_string(&Qualifier::AtLeast).unwrap(), "\"at_least\"");
        assert_eq!(serde_json::to_string(&Victims::SecurityForces).unwrap(), "\"security_forces\"");
        assert_eq!(serde_json::to_string(&Vague::TensOfThousands).unwrap(), "\"tens_of_thousands\"");
        for k in Kind::ALL {
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.as_str()));
        }
        for q in Qualifier::ALL {
            assert_eq!(serde_json::to_string(&q).unwrap(), format!("\"{}\"", q.as_str()));
        }
    }
}
