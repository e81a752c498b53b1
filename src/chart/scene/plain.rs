//! [`Plain`], a simple native [`Words`] in English, for tests and the
//! native build.

use super::*;

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A simple native [`Words`]: English, Western digits grouped by commas,
/// dates as «5 Jan» (ticks: also «Jan 2023», «2023») and «30 November 2026».
/// For tests; the page and the static first paint use `crate::i18n::Text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plain {
    /// Lay the picture out right to left (the words stay English).
    pub rtl: bool,
}

/// `v` with its integer part grouped by commas («7,939», «1,234.5»).
pub fn grouped(v: f64) -> String {
    let s = crate::chart::palette::num(v);
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(a, b)| (a, Some(b)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

impl Words for Plain {
    fn rtl(&self) -> bool {
        self.rtl
    }
    fn number(&self, v: f64) -> String {
        grouped(v)
    }
    fn date_tick(&self, day: i64, form: DateForm) -> String {
        let d = Date::from_days(day);
        let month = &MONTHS[usize::from(d.month.clamp(1, 12)) - 1][..3];
        match form {
            DateForm::Day => format!("{} {month}", d.day),
            DateForm::DayYear => format!("{} {month} {}", d.day, d.year),
            DateForm::Month => month.to_owned(),
            DateForm::MonthYear => format!("{month} {}", d.year),
            DateForm::Year => d.year.to_string(),
        }
    }
    fn kind(&self, k: Kind) -> String {
        match k {
            Kind::Killed => "Killed",
            Kind::Injured => "Injured",
            Kind::Arrested => "Arrested",
        }
        .to_owned()
    }
    fn vague(&self, v: Vague) -> String {
        match v {
            Vague::Tens => "dozens",
            Vague::Hundreds => "hundreds",
            Vague::Thousands => "thousands",
            Vague::TensOfThousands => "tens of thousands",
        }
        .to_owned()
    }
    fn slot(&self, s: Slot) -> String {
        match s {
            Slot::Earlier => "earlier",
            Slot::Later => "later",
            Slot::Undated => "undated",
        }
        .to_owned()
    }
    fn panel_name(&self, k: Kind, log: bool) -> String {
        format!("{} — {} ({})", self.kind(k), self.title(), if log { "logarithmic" } else { "linear" })
    }
    fn chart_desc(&self) -> String {
        "One mark per reported figure, by the date it was reported and its count.".to_owned()
    }
    fn describe(&self, f: &Figure) -> String {
        format!("{} {} ({})", grouped(f.value as f64), self.kind(f.kind), f.reported.as_deref().unwrap_or("undated"))
    }
    fn title(&self) -> String {
        "Reported figures by date and source".to_owned()
    }
    fn value_axis(&self, log: bool) -> String {
        format!("Number of people ({} scale)", if log { "logarithmic" } else { "linear" })
    }
    fn time_axis(&self) -> String {
        "Date reported".to_owned()
    }
    fn note(&self, muted: bool, vague: bool, apart: bool) -> String {
        let mut s = String::from("Filled marks are exact figures, hollow ones approximate; arrows mark lower or upper bounds, bars ranges.");
        if vague {
            s.push_str(" Bands are vague quantities (dozens, hundreds), drawn over their whole class.");
        }
        if muted {
            s.push_str(" Grey struck-through marks were retracted or denied.");
        }
        if apart {
            s.push_str(" Marks under «earlier» or «later» are dated far from the others.");
        }
        s
    }
    fn source_line(&self) -> String {
        "Source: Tally, figures extracted from Arabic news articles.".to_owned()
    }
    fn exported(&self, day: i64) -> String {
        let d = Date::from_days(day);
        format!("Exported {} {} {}", d.day, MONTHS[usize::from(d.month.clamp(1, 12)) - 1], d.year)
    }
}
