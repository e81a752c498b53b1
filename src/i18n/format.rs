//! Numbers and dates in the page's language, written natively exactly as
//! Chromium's `Intl` writes the forms the page uses (checked against the
//! browser in tests/browser/first-paint.test.mjs):
//!
//! | form                                   | `ar`            | `en`              |
//! |----------------------------------------|-----------------|-------------------|
//! | `n.toLocaleString(l)`                  | `7,939` `‎-5`    | `7,939` `-5`      |
//! | `{day, month: 'short'}` (UTC)          | `5 يناير`       | `Jan 5`           |
//! | `{day, month: 'long', year}` (UTC)     | `5 يناير 2022`  | `January 5, 2022` |
//! | `{month: 'long', year}` (UTC)          | `يناير 2022`    | `January 2022`    |
//! | `{day, month: 'short', year}` (UTC)    | `5 يناير 2022`  | `Jan 5, 2022`     |
//! | `{month: 'short'}` (UTC)               | `يناير`         | `Jan`             |
//! | `{month: 'short', year}` (UTC)         | `يناير 2022`    | `Jan 2022`        |
//! | `{year}` (UTC)                         | `2022`          | `2022`            |
//!
//! (Chromium's ICU writes Arabic with Western digits and the same grouping
//! as English.) One formatter for the static first paint and the live page:
//! the same text, so the same pixels, and no JS call per number.

use super::Text;
use crate::chart::DateForm;
use crate::date::Date;
use crate::figure::{Figure, Quantity};
use crate::view::Lang;

const MONTHS_EN: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_AR: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/// `v` as `toLocaleString` writes it: grouped by commas, at most three
/// decimals (rounded half away from zero, trailing zeros dropped); in Arabic a
/// negative number starts with a left-to-right mark.
pub fn number(v: f64, lang: Lang) -> String {
    if !v.is_finite() {
        return if v.is_nan() { "NaN".into() } else if v > 0.0 { "∞".into() } else { "-∞".into() };
    }
    // Thousandths, rounded half away from zero (as Intl's "halfExpand").
    let milli = (v.abs() * 1000.0).round();
    let negative = v < 0.0 && milli > 0.0;
    // Integers only: float formatting would add its tables to the wasm.
    let int = (milli / 1000.0).trunc();
    let frac = (milli - int * 1000.0) as u64;
    let digits = (int as u64).to_string();
    let mut out = String::new();
    if negative {
        if lang == Lang::Ar {
            out.push('\u{200E}');
        }
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0 {
        let f = (1000 + frac).to_string();
        out.push('.');
        out.push_str(f[1..].trim_end_matches('0'));
    }
    out
}

fn month(m: u8, lang: Lang) -> &'static str {
    let i = usize::from(m.clamp(1, 12)) - 1;
    match lang {
        Lang::En => MONTHS_EN[i],
        Lang::Ar => MONTHS_AR[i],
    }
}

/// A day number as a short date («Jan 5» / «5 يناير»).
pub fn day_short(days: i64, lang: Lang) -> String {
    let d = Date::from_days(days);
    match lang {
        Lang::En => format!("{} {}", &month(d.month, lang)[..3], d.day),
        Lang::Ar => format!("{} {}", d.day, month(d.month, lang)),
    }
}

/// A day number as a tick of the time axis names it, in `form`: «Jan 5» /
/// «5 يناير», «Jan 5, 2022» / «5 يناير 2022», «Jan» / «يناير», «Jan 2022» /
/// «يناير 2022», «2022».
pub fn date_tick(days: i64, form: DateForm, lang: Lang) -> String {
    let d = Date::from_days(days);
    let short = match lang {
        Lang::En => &month(d.month, lang)[..3],
        Lang::Ar => month(d.month, lang),
    };
    match (form, lang) {
        (DateForm::Day, _) => day_short(days, lang),
        (DateForm::DayYear, Lang::En) => format!("{short} {}, {}", d.day, d.year),
        (DateForm::DayYear, Lang::Ar) => format!("{} {short} {}", d.day, d.year),
        (DateForm::Month, _) => short.to_owned(),
        (DateForm::MonthYear, _) => format!("{short} {}", d.year),
        (DateForm::Year, _) => d.year.to_string(),
    }
}

/// A day number as a full date («January 5, 2022» / «5 يناير 2022»).
pub fn day_long(days: i64, lang: Lang) -> String {
    let d = Date::from_days(days);
    match lang {
        Lang::En => format!("{} {}, {}", month(d.month, lang), d.day, d.year),
        Lang::Ar => format!("{} {} {}", d.day, month(d.month, lang), d.year),
    }
}

/// The month of a day number with its year («January 2022» / «يناير 2022»).
pub fn month_year(days: i64, lang: Lang) -> String {
    let d = Date::from_days(days);
    format!("{} {}", month(d.month, lang), d.year)
}

/// A figure's `reported` value (`YYYY-MM-DD`, `YYYY-MM` or none) in words.
pub fn reported(reported: Option<&str>, lang: Lang) -> String {
    let Some(s) = reported else {
        return Text::new(lang).date_unknown().to_owned();
    };
    if let Some(d) = Date::parse(s) {
        return day_long(d.to_days(), lang);
    }
    match s.get(..7).and_then(|m| Date::parse(&format!("{m}-01"))) {
        Some(d) => month_year(d.to_days(), lang),
        None => s.to_owned(),
    }
}

/// A figure's quantity the way a reader says it: «more than 1,000», «dozens», «10–15».
pub fn quantity(f: &Figure, lang: Lang) -> String {
    let t = Text::new(lang);
    let n = |v: u64| number(v as f64, lang);
    match Quantity::of(f) {
        Quantity::Exact(v) => n(v),
        Quantity::AtLeast(v) => format!("≥ {}", n(v)),
        Quantity::MoreThan(v) => format!("> {}", n(v)),
        Quantity::About(v) => format!("~ {}", n(v)),
        Quantity::AtMost(v) => format!("≤ {}", n(v)),
        Quantity::Range(lo, hi) => format!("{}–{}", n(lo), n(hi)),
        Quantity::Vague(v) => t.vague_class(v).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Chromium 156's `Intl` prints (tests/browser/first-paint.test.mjs
    /// checks the same table in the browser).
    #[test]
    fn numbers_as_intl_writes_them() {
        let cases: &[(f64, &str, &str)] = &[
            (0.0, "0", "0"),
            (7.0, "7", "7"),
            (999.0, "999", "999"),
            (1000.0, "1,000", "1,000"),
            (7939.0, "7,939", "7,939"),
            (12345.0, "12,345", "12,345"),
            (1234567.0, "1,234,567", "1,234,567"),
            (2.5, "2.5", "2.5"),
            (0.001, "0.001", "0.001"),
            (1.23456, "1.235", "1.235"),
            (100.25, "100.25", "100.25"),
            (1e15, "1,000,000,000,000,000", "1,000,000,000,000,000"),
            (-5.0, "\u{200E}-5", "-5"),
        ];
        for &(v, ar, en) in cases {
            assert_eq!(number(v, Lang::Ar), ar, "ar {v}");
            assert_eq!(number(v, Lang::En), en, "en {v}");
        }
    }

    #[test]
    fn dates_as_intl_writes_them() {
        // (day number, ar short, ar long, ar month, en short, en long, en month)
        let cases: &[(i64, [&str; 6])] = &[
            (0, ["1 يناير", "1 يناير 1970", "يناير 1970", "Jan 1", "January 1, 1970", "January 1970"]),
            (18997, ["5 يناير", "5 يناير 2022", "يناير 2022", "Jan 5", "January 5, 2022", "January 2022"]),
            (20422, ["30 نوفمبر", "30 نوفمبر 2025", "نوفمبر 2025", "Nov 30", "November 30, 2025", "November 2025"]),
            (-1, ["31 ديسمبر", "31 ديسمبر 1969", "ديسمبر 1969", "Dec 31", "December 31, 1969", "December 1969"]),
            (11016, ["29 فبراير", "29 فبراير 2000", "فبراير 2000", "Feb 29", "February 29, 2000", "February 2000"]),
        ];
        for (d, [ars, arl, arm, ens, enl, enm]) in cases {
            assert_eq!(day_short(*d, Lang::Ar), *ars);
            assert_eq!(day_long(*d, Lang::Ar), *arl);
            assert_eq!(month_year(*d, Lang::Ar), *arm);
            assert_eq!(day_short(*d, Lang::En), *ens);
            assert_eq!(day_long(*d, Lang::En), *enl);
            assert_eq!(month_year(*d, Lang::En), *enm);
        }
        // The time axis's ticks: (day number, ar day+year, month, month+year, year, en the same)
        let ticks: &[(i64, [&str; 8])] = &[
            (18997, ["5 يناير 2022", "يناير", "يناير 2022", "2022", "Jan 5, 2022", "Jan", "Jan 2022", "2022"]),
            (20422, ["30 نوفمبر 2025", "نوفمبر", "نوفمبر 2025", "2025", "Nov 30, 2025", "Nov", "Nov 2025", "2025"]),
            (-1, ["31 ديسمبر 1969", "ديسمبر", "ديسمبر 1969", "1969", "Dec 31, 1969", "Dec", "Dec 1969", "1969"]),
        ];
        use DateForm::*;
        for (d, want) in ticks {
            let forms = [DayYear, Month, MonthYear, Year];
            let got: Vec<String> = [Lang::Ar, Lang::En].iter().flat_map(|&l| forms.map(|f| date_tick(*d, f, l))).collect();
            assert_eq!(got, want, "{d}");
            assert_eq!(date_tick(*d, Day, Lang::Ar), day_short(*d, Lang::Ar));
        }
        for (m, name) in MONTHS_AR.iter().enumerate() {
            let d = Date::new(2022, m as u8 + 1, 15).unwrap().to_days();
            assert_eq!(day_short(d, Lang::Ar), format!("15 {name}"));
        }
    }

    #[test]
    fn reported_values_in_words() {
        assert_eq!(reported(Some("2022-01-05"), Lang::En), "January 5, 2022");
        assert_eq!(reported(Some("2022-01"), Lang::Ar), "يناير 2022");
        assert_eq!(reported(None, Lang::En), "date unknown");
        assert_eq!(reported(Some("soon"), Lang::En), "soon");
    }
}
