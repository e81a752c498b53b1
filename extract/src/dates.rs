//! Dates: the article's publication date, from (in order) what the caller
//! passes, a header line (` date 2022-01` or ` date 2022-01-06`), or the text
//! itself: explicit dates with month names of all four families (يناير /
//! كانون الثاني / جانفي / يوليوز, and English), «اليوم الخميس» or «أمس
//! الأربعاء» after an explicit date, and other weekdays resolved from it. A page
//! clock line («الأربعاء 24 أبريل 2024») that the text contradicts is not the
//! article's date; a deadline («حتى 19 يناير») is not either. A date with its
//! weekday in the lead is the report's day unless «اليوم» or a later reporting
//! verb says otherwise; ordinal days («التاسع من أبريل 2023») need their year. A
//! Hijri date is read by the arithmetic Islamic calendar, set right by its weekday,
//! where no Gregorian date line is; a day without its year but with its weekday
//! (or a dateline without its year, and «اليوم» with the weekday) takes the
//! year the text names in which it fell on that day, else the first such year
//! of the five after the latest named ([`fit_year`]); in a text that names no
//! year, the latest year up to the reader's day (when the caller gives it) in
//! which it fell on that day. When nothing fixes the date the answer is `None`:
//! no guessing.
//!
//! Each figure's own report day ([`report_day`]) is read from its sentence
//! relative to that date: the time a reporting clause names («أعلنت، مساء
//! أمس، ...», «في بيان يوم 19 أوت»), or the past month of a background toll.

use super::tokenise::{Cls, Doc, Tok};
use super::lexicon::{Cue, Lex, Table, ACCUSE, AGENCIES, EVENT, HIJRI, LOWER, PART_OF_DAY, PAST, PUBLISHED, THEN};
use std::sync::OnceLock;
use crate::date::Date;
use serde::Serialize;

/// Where a publication date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The caller passed it.
    Given,
    /// A header line such as ` date 2022-01-06`.
    Header,
    /// Read from the text.
    Text,
}

impl DateSource {
    pub const ALL: [DateSource; 3] = [DateSource::Given, DateSource::Header, DateSource::Text];

    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Header => "header",
            DateSource::Text => "text",
        }
    }
}

/// `YYYY-MM-DD` or `YYYY-MM`, checked.
fn valid(s: &str) -> bool {
    Date::parse(s).is_some() || (s.len() == 7 && Date::parse(&(s.to_string() + "-01")).is_some())
}

/// The article's publication date and where it comes from; `today` is the reader's day
/// (`YYYY-MM-DD`, see [`crate::Options::today`]).
pub fn publication_date(text: &str, given: Option<&str>, today: Option<&str>) -> Option<(String, DateSource)> {
    from_doc(&Doc::new(text), given, today.and_then(Date::parse))
}

pub(super) fn from_doc(doc: &Doc, given: Option<&str>, today: Option<Date>) -> Option<(String, DateSource)> {
    if let Some(g) = given.map(str::trim).filter(|g| valid(g)) {
        return Some((g.to_string(), DateSource::Given));
    }
    let header = doc.text.lines().find_map(|l| {
        let r = l.trim_start().strip_prefix("date")?;
        let d = r.split_whitespace().next()?;
        (r.starts_with(char::is_whitespace) && valid(d)).then(|| d.to_string())
    });
    if let Some(h) = header.as_ref().filter(|h| h.len() == 10) {
        return Some((h.clone(), DateSource::Header));
    }
    let hym = header.as_ref().map(|h| (h[..4].parse::<i32>().unwrap_or(0), h[5..7].parse::<u8>().unwrap_or(0)));
    match from_text(&doc.toks, hym.map(|x| x.0), today).or_else(|| kuna_trailer(doc.text)) {
        Some(d) if hym.is_none_or(|(y, m)| (d.year, d.month) == (y, m)) => Some((d.to_string(), DateSource::Text)),
        _ => header.map(|h| (h, DateSource::Header)),
    }
}

/// KUNA's trailer, when its dateline has no year («دار السلام - 4 - 8 (كونا)»):
/// «كونا041534 جمت اغس 25», the agency, the day, hour and minute, GMT, the
/// month's first three letters and the year's last two digits.
fn kuna_trailer(text: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = ["ينا", "فبر", "مار", "ابر", "ماي", "يون", "يول", "اغس", "سبت", "اكت", "نوف", "ديس"];
    // (most texts have no trailer: they are not folded for nothing)
    if !text.contains("جمت") {
        return None;
    }
    let folded: String = text.chars().filter_map(super::normalise::fold).collect();
    folded.match_indices("كونا").find_map(|(i, _)| {
        let rest = &folded[i + "كونا".len()..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let mut words = rest[digits.len()..].split_whitespace();
        if digits.len() != 6 || words.next() != Some("جمت") {
            return None;
        }
        let mw = words.next()?;
        let m = MONTHS.iter().position(|&x| x == mw)? as u8 + 1;
        let yy = words.next().filter(|y| y.len() == 2)?.parse::<i32>().ok()?;
        Date::new(2000 + yy, m, digits[..2].parse().ok()?)
    })
}

/// The month names, folded, with their numbers (a table: see [`super::lexicon::Table`]).
fn months() -> &'static Table<u8> {
    static T: OnceLock<Table<u8>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table::new(1 << 8);
        let names = [
            "يناير جانفي january jan",
            "فبراير فيفري شباط february feb",
            "مارس اذار march",
            "ابريل افريل نيسان april apr",
            "مايو ماي ايار may",
            "يونيو يونيه جوان حزيران june jun",
            "يوليو يوليه جويليه يوليوز تموز july jul",
            "اغسطس اوت غشت اب august aug",
            "سبتمبر شتنبر ايلول september sep sept",
            "اكتوبر october oct",
            "نوفمبر نونبر november nov",
            "ديسمبر دجنبر december dec",
        ];
        for (month, words) in (1..).zip(names) {
            t.put(words, month);
        }
        t
    })
}

/// The month named at token `j`: `(month, last token of its name)` («كانون الثاني» is two).
pub(super) fn month(toks: &[Tok], j: usize) -> Option<(u8, usize)> {
    let t = toks.get(j)?;
    let two = |k: usize| toks.get(j + 1).map(|n| n.w.as_str()) == Some(["الثاني", "الاول"][k]);
    // «فبراير», «فيفري» start with ف: the word as written first, then without و/ف
    let w = if matches!(t.w.as_str(), "فبراير" | "فيفري") { t.w.as_str() } else { t.bare() };
    if let Some(m) = months().get(w) {
        return Some((m, j));
    }
    match w {
        "كانون" if two(0) => Some((1, j + 1)),
        "كانون" if two(1) => Some((12, j + 1)),
        "تشرين" if two(1) => Some((10, j + 1)),
        "تشرين" if two(0) => Some((11, j + 1)),
        _ => None,
    }
}

/// Weekday of a word, 0 = Monday.
pub fn weekday(t: &Tok) -> Option<i64> {
    Some(match t.bare() {
        "الاثنين" => 0,
        "الثلاثاء" => 1,
        "الاربعاء" => 2,
        "الخميس" => 3,
        "الجمعه" => 4,
        "السبت" => 5,
        "الاحد" => 6,
        _ => return None,
    })
}

fn year(t: Option<&Tok>) -> Option<i32> {
    let t = t?;
    // (or glued to a colon before its clock: Al Arabiya's «12 فبراير ,2026: 03:15 م»)
    let w = if t.cls == Cls::Num { Some(t.w.as_str()) } else { t.w.strip_suffix(':').filter(|w| w.bytes().all(|b| b.is_ascii_digit())) };
    w.filter(|w| w.len() == 4).and_then(|w| w.parse().ok()).filter(|y| (1900..=2100).contains(y))
}

/// A day written as an ordinal word before «من» and a month: «التاسع من
/// أبريل», «الحادي والعشرين من» → (day, last token).
fn ordinal(toks: &[Tok], i: usize) -> Option<(u8, usize)> {
    const ORD: [&str; 10] = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    let w = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
    let (u, l) = match w(i) {
        "العشرين" => (20, i),
        "الثلاثين" => (30, i),
        "الحادي" => (1, i + 1),
        x => (ORD.iter().position(|o| *o == x)? as u8 + 1, i),
    };
    let d = match w(i + 1) {
        "عشر" if u < 10 => (u + 10, i + 1),
        "والعشرين" if u < 10 => (u + 20, i + 1),
        "والثلاثين" if u == 1 => (31, i + 1),
        _ if l == i => (u, i),
        _ => return None,
    };
    (w(d.1 + 1) == "من").then_some(d)
}


struct Explicit {
    date: Option<Date>,
    /// Weekday written with it.
    wd: Option<i64>,
    future: bool,
    /// After «اليوم»: the day of the report.
    today: bool,
    /// Alone on its line: a dateline (or a page clock).
    alone: bool,
    /// Read from a Hijri date (by the arithmetic calendar, set right by its
    /// weekday when it has one): a dateline only where no other is.
    hijri: bool,
    /// Month and day, when written without a year that could be told.
    yearless: Option<(u8, u8)>,
    first: usize,
    last: usize,
}

/// The year of a day written without one («يوم الأحد 8 نوفمبر», «الزرقاء 3 آذار
/// ... اليوم الثلاثاء»), by its weekday `w`: the latest year the text names, or
/// the one after the latest, in which that day was that weekday; else the first
/// such year of the five after the latest (a report names earlier years, not
/// later ones; and a day falls on the same weekday again only after five years
/// or more, so this is exact when the report is at most five years after the
/// latest year it names). None when the text names no year.
///
/// Not before the latest month of a year the text names, an event the report
/// tells of (`floor`: «انهيار سد سردوبا في مايو 2020» rules out 22 April 2020,
/// and the search then goes on to the sixth year after).
fn fit_year(years: &[i32], floor: Option<(i32, u8)>, m: u8, d: u8, w: i64) -> Option<Date> {
    let on = |y: i32| Date::new(y, m, d).filter(|x| x.weekday().index() == w && floor.is_none_or(|f| (x.year, x.month) >= f));
    let max = *years.iter().max()?;
    years.iter().copied().chain([max + 1]).filter_map(on).max().or_else(|| (max + 2..=max + 6).find_map(on))
}

/// An agency's day and month in digits, without the year, before its name in brackets:
/// «إسلام آباد - 15 - 4 (كونا) --» (KUNA's dateline), as `(month, day)`.
fn agency_day_month(toks: &[Tok], i: usize) -> Option<(u8, u8)> {
    let num = |j: usize, max: u32| toks.get(j).filter(|t| t.cls == Cls::Num && t.w.len() <= 2).and_then(|t| t.w.parse::<u32>().ok()).filter(|&n| (1..=max).contains(&n));
    let dash = |j: usize| toks.get(j).is_some_and(|t| matches!(t.cls, Cls::Punct('-' | '/')));
    let d = num(i, 31)?;
    let m = num(i + 2, 12).filter(|_| dash(i + 1))?;
    let agency = toks.get(i + 3).is_some_and(|t| t.cls == Cls::Punct('(')) && toks.get(i + 4).is_some_and(|t| AGENCIES.contains(&t.w.as_str()));
    agency.then_some((m as u8, d as u8))
}

/// The latest month with its year that the text names («في مايو 2020»).
fn latest_month(toks: &[Tok]) -> Option<(i32, u8)> {
    (0..toks.len())
        .filter_map(|j| {
            let (m, l) = month_span(toks, j)?;
            let k = if toks.get(l + 1).is_some_and(|t| t.cls == Cls::Punct(',')) { l + 2 } else { l + 1 };
            year(toks.get(k)).map(|y| (y, m))
        })
        .max()
}

/// Explicit dates in the text.
fn explicit(toks: &[Tok], header_year: Option<i32>) -> Vec<Explicit> {
    let mut out = Vec::new();
    // (and a clock joined to its day: «نُشر: 18:25-24 مارس 2026»)
    let clock_day = |t: &Tok| (t.cls == Cls::Other && t.w.contains(':')).then(|| t.w.rsplit('-').next().filter(|d| d.len() <= 2)?.parse::<u8>().ok()).flatten();
    let day = |t: &Tok| (t.cls == Cls::Num && t.w.len() <= 2).then(|| t.w.parse::<u8>().ok()).flatten().or_else(|| clock_day(t));
    let skip = |mut j: usize, set: &[char]| {
        while toks.get(j).is_some_and(|t| matches!(t.cls, Cls::Punct(c) if set.contains(&c))) {
            j += 1;
        }
        j
    };
    // the years the text names, for a date without its year but with its weekday
    let years: Vec<i32> = toks.iter().filter_map(|t| year(Some(t))).collect();
    // (and the latest month of a year it names, looked for once, when first needed)
    let mut floor = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let mut found = None;
        // a date without its year: (month, day)
        let mut yearless = None;
        let mut from_hijri = false;
        if let Some((d, last)) = hijri(toks, i) {
            // «السبت 2 ربيع الأول 1448»
            found = Some((Some(d), i, last));
            from_hijri = true;
        } else if let Some((d, last)) = solar_hijri(toks, i) {
            // «20 تير 1406 - 11:32» (Mehr)
            found = Some((Some(d), i, last));
        } else if (t.cls == Cls::Other || t.cls == Cls::Num && t.w.bytes().filter(|&b| b == b'.').count() == 2) && clock_day(t).is_none() {
            // «2023-06-14», «2023/06/14», or day first: «14/06/2023», «5-6-2019», «9/6/2024», «14.07.2025»
            if let Some(d) = numeric(&t.w) {
                found = Some((Some(d), i, i));
            }
        } else if let Some(d) = spaced(toks, i) {
            // «7 / 3 / 2021»
            found = Some((Some(d), i, i + 4));
        } else if let Some((m, d)) = agency_day_month(toks, i) {
            // «إسلام آباد - 15 - 4 (كونا) --»: an agency's day and month, without the year
            yearless = Some((m, d));
            found = Some((None, i, i + 2));
        } else if let Some(d) = east_asian(toks, i) {
            // «2026年2月8日» (NHK's and Xinhua's Arabic pages keep the Japanese or Chinese date)
            found = Some((Some(d), i, i + 5));
        } else if let Some((d, last)) = month_first(toks, i) {
            // «مارس 7, 2021», «مارس 7 2021»
            found = Some((Some(d), i, last));
        } else if let Some((d, l)) = day(t).map(|d| (d, i)).or_else(|| t.w.starts_with("ال").then(|| ordinal(toks, i)).flatten()) {
            // «5 كانون الثاني 2022», «19 يناير/كانون الثاني الجاري», «التاسع من أبريل 2023»
            let mut j = l + 1;
            if toks.get(j).is_some_and(|t| t.w == "من") {
                j += 1;
            }
            // «16 - يوليو - 2026», «27/أكتوبر/2026»
            let dashed = toks.get(j).is_some_and(|t| matches!(t.cls, Cls::Punct('-' | '/'))) && month(toks, j + 1).is_some();
            if dashed {
                j += 1;
            }
            if let Some((m, mut last)) = month(toks, j) {
                // its other name after a slash or in brackets, or side by side
                // when it is the same month («12 يونيو حزيران 2025», Reuters)
                loop {
                    let k = skip(last + 1, &['/', '-', '(', ')']);
                    match month(toks, k) {
                        Some((m2, l)) if k > last + 1 || m2 == m => last = l,
                        _ => break,
                    }
                }
                let k = skip(last + 1, if dashed { &[',', '/', ')', '-'] } else { &[',', '/', ')'] });
                let y = year(toks.get(k));
                let cur = toks.get(k).is_some_and(|t| matches!(t.bare(), "الجاري" | "الحالي"));
                // an ordinal day without its year («منذ السابع من أكتوبر») names an event, not the report
                let yy = y.or(if day(t).is_some() && (cur || y.is_none()) { header_year } else { None });
                if yy.is_none() && day(t).is_some() {
                    yearless = Some((m, d));
                }
                found = Some((yy.and_then(|y| Date::new(y, m, d)), i, if y.is_some() || cur { k } else { last }));
            }
        } else if let Some((m, _)) = month(toks, i).filter(|_| t.cls == Cls::Latin) {
            // «January 5, 2022»
            if let Some(d) = toks.get(i + 1).and_then(day) {
                let k = skip(i + 2, &[',']);
                let y = year(toks.get(k)).or(header_year);
                found = Some((y.and_then(|y| Date::new(y, m, d)), i, if year(toks.get(k)).is_some() { k } else { i + 1 }));
            }
        }
        if let Some((mut date, first, mut last)) = found {
            // «2021م»: the era letter after the year
            if toks.get(last + 1).is_some_and(|t| t.w == "م") && year(toks.get(last)).is_some() {
                last += 1;
            }
            let mut f = first;
            let mut wd = None;
            // (or a dash after a weekday that opens its line: «الأربعاء - 19 أغسطس 2026 - الساعة 03:25 م»)
            let opens_line = |w: usize| w == 0 || toks[w - 1].cls == Cls::Break;
            let p = first.checked_sub(1).map(|p| if toks[p].cls == Cls::Punct(',') || matches!(toks[p].cls, Cls::Punct('-' | '–')) && p > 0 && opens_line(p - 1) { p.saturating_sub(1) } else { p });
            if let Some(p) = p.filter(|&p| p < first) {
                if let Some(w) = weekday(&toks[p]) {
                    wd = Some(w);
                    f = p;
                }
            }
            if let Some(w) = wd {
                // a Hijri date, by the arithmetic calendar, is a day or two off the
                // sighted one: its weekday sets it right
                if from_hijri {
                    date = date.and_then(|d| [0, -1, 1, -2, 2].into_iter().map(|k| d.add_days(k)).find(|x| x.weekday().index() == w));
                }
                // «يوم الأحد 8 نوفمبر»: the latest year the text names, or the one after the
                // latest (a report names earlier years, not later ones), in which that day was that weekday
                if let Some((m, d)) = yearless.filter(|_| date.is_none()) {
                    date = fit_year(&years, *floor.get_or_insert_with(|| latest_month(toks)), m, d, w);
                }
            }
            // (a deadline or a start to come: «حتى 19 يناير», «بدءا من الخميس 19 يونيو»)
            let from = |j: usize| matches!(toks[j].bare(), "بدءا" | "ابتداء" | "اعتبارا") && toks.get(j + 1).is_some_and(|t| t.w == "من");
            let future = (f.saturating_sub(3)..f).any(|j| matches!(toks[j].bare(), "حتي" | "لغايه" | "غايه") && j + 2 >= f || from(j));
            let line_start = (0..f).rev().find(|&j| toks[j].cls == Cls::Break).map_or(0, |j| j + 1);
            let line_end = (last + 1..toks.len()).find(|&j| toks[j].cls == Cls::Break).unwrap_or(toks.len());
            // a clock after it is part of the dateline: «20 أيلول 2024 - 22:10»
            // («14.12.2025 | 11:26 GMT»)
            let mut alone = (line_start..f).all(|j| matches!(toks[j].cls, Cls::Punct(_)))
                && (last + 1..line_end).all(|j| matches!(toks[j].cls, Cls::Punct(_)) || toks[j].w.contains(':') || matches!(toks[j].w.as_str(), "gmt" | "utc" | "GMT" | "UTC"));
            // an agency's dateline: «الرياض 17 يناير 2022 م واس», «أبوظبي في 17 يناير / وام /»
            let after = (last + 1..line_end).find(|&j| toks[j].cls != Cls::Punct('/') && toks[j].w != "م");
            let after = after.map(|j| if toks[j].cls == Cls::Punct('(') { j + 1 } else { j });
            alone |= after.is_some_and(|j| toks.get(j).is_some_and(|t| AGENCIES.contains(&t.w.as_str())));
            // a wire dateline: «الخرطوم، 3 شباط 2023 -», «بغداد 2023-06-14 (رويترز) -»,
            // or in brackets: «(بيروت، 11 مارس/آذار 2024) –»
            let bracket = toks[line_start].cls == Cls::Punct('(') && toks.get(last + 1).is_some_and(|t| t.cls == Cls::Punct(')'));
            let (city_start, after_date) = if bracket { (line_start + 1, last + 2) } else { (line_start, last + 1) };
            // (or two, with a slash: «أبو حمد / بورتسودان 18 فبراير 2026 —»)
            let two = (city_start..f).filter(|&j| toks[j].cls == Cls::Punct('/')).count() == 1;
            let city = (city_start..f).all(|j| matches!(toks[j].cls, Cls::Word | Cls::Punct(',' | '،' | '/'))) && (city_start..f).filter(|&j| toks[j].cls == Cls::Word).count() <= if two { 4 } else { 2 };
            // «نشر في: 12 مارس 2024», «آخر تحديث: ...»
            // (and a print edition's issue and page: «نُشر في 2026/08/03، العدد: 13571، ص(5)»)
            // («هذا المحتوى تم نشره يوم 22 أكتوبر 2026 - 13:05»)
            let label = |t: &Tok| {
                matches!(t.w.as_str(), "نشر" | "نشرت" | "في" | "بتاريخ" | "تاريخ" | "التاريخ" | "النشر" | "اخر" | "تحديث" | "محدث" | "تم" | "رقم" | "العدد" | "ص" | "الصفحه")
                    || matches!(t.w.as_str(), "هذا" | "المحتوي" | "نشره" | "يوم")
            };
            // the rest of such a line: another labelled date, a clock, a time zone in
            // brackets («| آخر تحديث: 14/5/2023 18:20 (توقيت مكة)»)
            // in brackets or after «بتوقيت» («14:37 بتوقيت أبوظبي»)
            let rest_of_label_line = || {
                let mut depth = 0i32;
                let mut zone = false;
                (last + 1..line_end).all(|j| {
                    let t = &toks[j];
                    match t.cls {
                        Cls::Punct('(') => depth += 1,
                        Cls::Punct(')') => depth -= 1,
                        _ => {}
                    }
                    zone |= matches!(t.w.as_str(), "بتوقيت" | "توقيت");
                    // (the Hijri date after it: «... 2026 م ـ 05 شوال 1447 هـ»)
                    // (a time zone or am/pm in Latin letters: «03:15 م GST», «10:05 AM»; or
                    // in words: «11:05 صباحاً», «01:40 مساءً»)
                    // (or «الساعة» before the clock: «تم النشر: 2026/09/22 الساعة 11:05 بتوقيت غرينتش»)
                    matches!(t.cls, Cls::Punct(_) | Cls::Num | Cls::Other) || depth > 0 || zone || t.w.contains(':') || label(t) || month(toks, j).is_some() || HIJRI.contains(&t.w.as_str()) || matches!(t.w.as_str(), "م" | "ص" | "صباحا" | "مساء" | "مساءا" | "ظهرا" | "الساعه")
                        || t.cls == Cls::Latin && t.w.len() <= 4
                })
            };
            // and before the date, after the label, its clock and the Hijri date
            // («نُشر: 19:05-26 شعبان 1447 هـ - 14 فبراير 2026 م»)
            // (or after the city and a dash: «أبوجا - نشر في: 2026/06/26»)
            let city_dash = (line_start + 1..f.min(line_start + 3)).find(|&j| matches!(toks[j].cls, Cls::Punct('-' | '–'))).is_some_and(|j| (line_start..j).all(|k| toks[k].cls == Cls::Word) && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "نشر" | "نشرت" | "تاريخ" | "بتاريخ")));
            let labelled = f > line_start && (label(&toks[line_start]) || city_dash);
            // («14:22 GMT 18.06.2025 (تم التحديث: ...)»: a clock first, as Sputnik writes it)
            let clock_first = toks[line_start].w.contains(':');
            let before = |t: &Tok| {
                matches!(t.cls, Cls::Punct(_)) || label(t) || labelled && (matches!(t.cls, Cls::Num | Cls::Other) || HIJRI.contains(&t.w.as_str()))
                    || clock_first && (t.w.contains(':') || matches!(t.w.as_str(), "gmt" | "utc" | "GMT" | "UTC"))
            };
            alone |= f > line_start && (line_start..f).all(|j| before(&toks[j])) && rest_of_label_line();
            // «نشر في الصباح نيوز يوم 27 - 01 - 2026»: the outlet's name after the label
            alone |= labelled && f - line_start <= 7 && rest_of_label_line();
            // «19.02.2025 | آخر تحديث: 19.02.2025 13:47»: the date first, then the labelled update
            alone |= f == line_start && rest_of_label_line();
            // «الأربعاء 15 ذو الحجة 1446هـ 11 يونيو 2025 02:17»: the Hijri date before the dateline's
            let hijri_word = |t: &Tok| matches!(t.cls, Cls::Punct(_) | Cls::Num | Cls::Other) || HIJRI.contains(&t.w.as_str()) || weekday(t).is_some() || t.w.ends_with('ه') && t.w.trim_end_matches('ه').parse::<u16>().is_ok();
            alone |= f > line_start && (line_start..f).any(|j| HIJRI.contains(&toks[j].w.as_str()) || toks[j].w.ends_with('ه') && toks[j].cls != Cls::Word) && (line_start..f).all(|j| hijri_word(&toks[j])) && rest_of_label_line();
            alone |= f > city_start && city && toks.get(after_date).is_some_and(|t| matches!(t.cls, Cls::Punct('-' | '–' | '(')));
            // a section's name and a bar: «محليات | 11-02-2026»
            // (or the outlet's name, in Latin letters too: «TSA عربي | 14 يناير 2026 - 11:20»)
            // (or the outlet and its section, each before a bar: «الراي | محليات | 16 نوفمبر 2026»)
            let named = |j: usize| matches!(toks[j].cls, Cls::Word | Cls::Latin);
            // (or a byline: «سيدي محمد ولد أحمد | 09.06.2026 - 14:32 | آخر تحديث: ...»)
            let section = f >= line_start + 2 && toks[f - 1].cls == Cls::Punct('|') && (line_start..f - 1).all(|j| named(j) || toks[j].cls == Cls::Punct('|')) && (line_start..f - 1).filter(|&j| named(j)).count() <= 5 && named(line_start);
            alone |= section && rest_of_label_line();
            // the date first, then a bar and the outlet or a byline: «1 نوفمبر، 2026 | المرصد السوري»
            let byline = f == line_start && toks.get(last + 1).is_some_and(|t| t.cls == Cls::Punct('|')) && line_end <= last + 7 && (last + 2..line_end).all(|j| matches!(toks[j].cls, Cls::Word | Cls::Punct(_)));
            alone |= byline;
            // a city, the outlet and the agencies, a colon, then the date ending the line: «أبوجا –
            // «القدس العربي» ووكالات: 16 سبتمبر 2026»
            let credit = f > line_start + 2 && toks[f - 1].cls == Cls::Punct(':') && f - line_start <= 10 && (line_start..f).all(|j| toks[j].lex.is_none()) && (last + 1..line_end).all(|j| matches!(toks[j].cls, Cls::Punct(_)));
            alone |= credit;
            // a wire's trailer, its code and the time in GMT before the date: «بنا 1245 جمت 07/09/2026»
            alone |= f > line_start && toks[f - 1].w == "جمت";
            let today = f.checked_sub(1).is_some_and(|p| toks[p].bare() == "اليوم" || p > 0 && toks[p].cls == Cls::Punct(',') && toks[p - 1].bare() == "اليوم");
            let yearless = yearless.filter(|_| date.is_none());
            out.push(Explicit { date, wd, future, today, alone, hijri: from_hijri, yearless, first: f, last });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// A Hijri date: a day, a Hijri month's name and a year («2 ربيع الأول 1448»,
/// «15 ذو الحجة 1446هـ»), as the Gregorian day the arithmetic (tabular)
/// Islamic calendar gives, which may be a day or two off the sighted one
/// (Umm al-Qura): the caller sets it right by a weekday → (date, last token).
fn hijri(toks: &[Tok], i: usize) -> Option<(Date, usize)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
    let d = (toks.get(i)?.cls == Cls::Num && w(i).len() <= 2).then(|| w(i).parse::<i64>().ok()).flatten().filter(|d| (1..=30).contains(d))?;
    let (m, l) = match (w(i + 1), w(i + 2)) {
        ("محرم", _) => (1, i + 1),
        ("صفر", _) => (2, i + 1),
        ("ربيع", "الاول") => (3, i + 2),
        ("ربيع", "الاخر" | "الثاني") => (4, i + 2),
        ("جمادي", "الاولي" | "الاول") => (5, i + 2),
        ("جمادي", "الاخره" | "الثانيه" | "الاخر" | "الثاني") => (6, i + 2),
        ("رجب", _) => (7, i + 1),
        ("شعبان", _) => (8, i + 1),
        ("رمضان", _) => (9, i + 1),
        ("شوال", _) => (10, i + 1),
        ("ذو" | "ذي", "القعده") => (11, i + 2),
        ("ذو" | "ذي", "الحجه") => (12, i + 2),
        _ => return None,
    };
    // «1448», «1448هـ» (folded «1448ه»)
    let y = toks.get(l + 1).and_then(|t| t.w.trim_end_matches('ه').parse::<i64>().ok()).filter(|y| (1300..=1600).contains(y))?;
    // the era's letter after it
    let last = if matches!(w(l + 2), "ه" | "هـ") { l + 2 } else { l + 1 };
    // the tabular calendar's day number (Julian Day), then days since 1970
    let jdn = d + (59 * (m - 1) + 1) / 2 + 354 * (y - 1) + (3 + 11 * y) / 30 + 1_948_439;
    Some((Date::from_days(jdn - 2_440_588), last))
}

/// A Solar Hijri date, as Iranian agencies' Arabic pages give it (Mehr, IRNA, Tasnim): «20 تير
/// 1406» (day, Persian month, year 1300–1500) → (the Gregorian day, last token). Exact: the
/// 33-year arithmetic of the calendar matches the astronomical one in these years.
fn solar_hijri(toks: &[Tok], i: usize) -> Option<(Date, usize)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
    let d = (toks.get(i)?.cls == Cls::Num && w(i).len() <= 2).then(|| w(i).parse::<i64>().ok()).flatten().filter(|d| (1..=31).contains(d))?;
    let m = match w(i + 1) {
        "فروردين" => 1,
        "ارديبهشت" => 2,
        "خرداد" => 3,
        "تير" => 4,
        "مرداد" | "امرداد" => 5,
        "شهريور" => 6,
        "مهر" => 7,
        "ابان" => 8,
        "اذر" => 9,
        "دي" => 10,
        "بهمن" => 11,
        "اسفند" => 12,
        _ => return None,
    };
    let y = (toks.get(i + 2)?.cls == Cls::Num).then(|| w(i + 2).parse::<i64>().ok()).flatten().filter(|y| (1300..=1500).contains(y))?;
    // days from the proleptic Gregorian day 0001-01-01 (jdf's count, less its 365), then from 1970
    let jy = y + 1595;
    let days = -355_668 + 365 * jy + (jy / 33) * 8 + ((jy % 33) + 3) / 4 + d + if m < 7 { (m - 1) * 31 } else { (m - 7) * 30 + 186 };
    Some((Date::from_days(days - 365 - 719_163), i + 2))
}

/// A numeric date in one token: year first («2023-06-14», «2023/06/14») or day
/// first («14/06/2023», «5-6-2019», «9.6.2024»), with one kind of separator.
fn numeric(w: &str) -> Option<Date> {
    let sep = w.chars().find(|c| !c.is_ascii_digit())?;
    let mut it = w.split(sep);
    let (a, b, c) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let n = |x: &str| x.parse::<u16>().ok();
    let (y, m, d) = match (a.len(), b.len(), c.len()) {
        (4, 1..=2, 1..=2) => (n(a)?, n(b)?, n(c)?),
        (1..=2, 1..=2, 4) => (n(c)?, n(b)?, n(a)?),
        _ => return None,
    };
    (1900..=2100).contains(&y).then(|| Date::new(y as i32, m as u8, d as u8)).flatten()
}

/// A date written the Japanese or Chinese way: «2026年2月8日» (year 年, month 月, day 日).
fn east_asian(toks: &[Tok], i: usize) -> Option<Date> {
    let num = |k: usize| toks.get(k).filter(|t| t.cls == Cls::Num).and_then(|t| t.w.parse::<u16>().ok());
    let mark = |k: usize, c: char| toks.get(k).is_some_and(|t| t.cls == Cls::Punct(c));
    let (y, m, d) = (num(i)?, num(i + 2)?, num(i + 4)?);
    (mark(i + 1, '年') && mark(i + 3, '月') && mark(i + 5, '日') && (1900..=2100).contains(&y)).then(|| Date::new(y as i32, m as u8, d as u8)).flatten()
}

/// A day-first date written with spaces around its slashes or dashes: «7 / 3
/// / 2021», «27 - 01 - 2026».
fn spaced(toks: &[Tok], i: usize) -> Option<Date> {
    let num = |k: usize, len: std::ops::RangeInclusive<usize>| toks.get(k).filter(|t| t.cls == Cls::Num && len.contains(&t.w.len())).and_then(|t| t.w.parse::<u8>().ok());
    let sep = |k: usize| toks.get(k).and_then(|t| match t.cls {
        Cls::Punct(c @ ('/' | '-')) => Some(c),
        _ => None,
    });
    let (d, m) = (num(i, 1..=2)?, num(i + 2, 1..=2)?);
    (sep(i + 1).is_some() && sep(i + 1) == sep(i + 3)).then(|| year(toks.get(i + 4)).and_then(|y| Date::new(y, m, d))).flatten()
}

/// A month name before its day and year: «مارس 7, 2021», «يوليو 30 2022» → (date, last token).
fn month_first(toks: &[Tok], i: usize) -> Option<(Date, usize)> {
    if toks[i].cls != Cls::Word {
        return None;
    }
    let (m, l) = month(toks, i)?;
    let d = toks.get(l + 1).filter(|t| t.cls == Cls::Num && t.w.len() <= 2)?.w.parse::<u8>().ok()?;
    let k = if toks.get(l + 2).is_some_and(|t| t.cls == Cls::Punct(',')) { l + 3 } else { l + 2 };
    let y = year(toks.get(k))?;
    Some((Date::new(y, m, d)?, k))
}

/// A day or month that a report names, relative to the publication date.
enum When {
    /// The publication day itself: «اليوم».
    Today,
    Day(Date),
    Month(i32, u8),
}

impl When {
    fn to_string(&self, pubd: Date) -> Option<String> {
        match self {
            When::Today => Some(pubd.to_string()),
            When::Day(d) if *d <= pubd => Some(d.to_string()),
            When::Day(_) => None,
            When::Month(y, m) => Some(format!("{y:04}-{m:02}")),
        }
    }
}

/// A month's name at `j` with its other names after a slash or in brackets
/// («أيلول/سبتمبر», «نوفمبر (تشرين الثاني)», the bracket closed) → (month,
/// last token).
fn month_span(toks: &[Tok], j: usize) -> Option<(u8, usize)> {
    let (m, mut last) = month(toks, j).filter(|_| matches!(toks[j].cls, Cls::Word | Cls::Latin))?;
    loop {
        let mut k = last + 1;
        while toks.get(k).is_some_and(|t| matches!(t.cls, Cls::Punct('/' | '-' | '(' | ')'))) {
            k += 1;
        }
        match month(toks, k) {
            Some((_, l)) if k > last + 1 => last = l,
            _ if toks.get(last + 1).is_some_and(|t| t.cls == Cls::Punct(')')) && toks[j..last].iter().any(|t| t.cls == Cls::Punct('(')) => return Some((m, last + 1)),
            _ => return Some((m, last)),
        }
    }
}

/// The month a past month's name means: «مارس الماضي» written in May 2023 is 2023-03.
fn past_month(m: u8, pubd: Date) -> When {
    When::Month(if m > pubd.month { pubd.year - 1 } else { pubd.year }, m)
}

/// A time that a report names at token `j`: «أمس», «أول أمس» / «أمس الأول»,
/// «اليوم», a weekday (the latest before publication; «الأحد الماضي» the one
/// before that day), a date with or without its year («في 21 أغسطس»: the
/// latest before publication), or a month («في يناير», «أيار 2023», «مارس
/// الماضي», «مارس الجاري»). → (when, last token).
fn time_at(toks: &[Tok], j: usize, pubd: Date) -> Option<(When, usize)> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.bare());
    // (`j` may be one past the text: after a comma that ends it)
    let t = toks.get(j)?;
    if w(j) == "اول" && w(j + 1) == "امس" {
        return Some((When::Day(pubd.add_days(-2)), j + 1));
    }
    // «أول من أمس»
    if w(j) == "اول" && w(j + 1) == "من" && w(j + 2) == "امس" {
        return Some((When::Day(pubd.add_days(-2)), j + 2));
    }
    // the date written after a day names it: «أمس الخميس 6 آب/أغسطس 2020»
    let dated = |last: usize, when: When| match toks.get(last + 1).filter(|t| matches!(t.cls, Cls::Num | Cls::Other)).and_then(|_| time_at(toks, last + 1, pubd)) {
        Some((d @ When::Day(_), l)) => Some((d, l)),
        _ => Some((when, last)),
    };
    // «أمس الأول»: the day before yesterday
    if w(j) == "امس" && w(j + 1) == "الاول" {
        return Some((When::Day(pubd.add_days(-2)), j + 1));
    }
    if w(j) == "امس" {
        // («أمس الأحد», «أمس (الأحد)»)
        let bracketed = toks.get(j + 1).is_some_and(|t| t.cls == Cls::Punct('(')) && toks.get(j + 2).is_some_and(|t| weekday(t).is_some()) && toks.get(j + 3).is_some_and(|t| t.cls == Cls::Punct(')'));
        let last = if toks.get(j + 1).is_some_and(|t| weekday(t).is_some()) { j + 1 } else if bracketed { j + 3 } else { j };
        return dated(last, When::Day(pubd.add_days(-1)));
    }
    // «قبل أسبوع», «قبل يومين», «قبل 3 أيام»: days back (not «قبل أسبوع من الانتخابات»)
    if w(j) == "قبل" {
        let (n, l) = match (w(j + 1), toks.get(j + 1).and_then(|t| t.w.parse::<i64>().ok())) {
            ("اسبوع", _) => (7, j + 1),
            ("اسبوعين", _) => (14, j + 1),
            ("يومين", _) => (2, j + 1),
            (_, Some(n @ 3..=10)) if w(j + 2) == "ايام" => (n, j + 2),
            _ => return None,
        };
        return (w(l + 1) != "من").then_some((When::Day(pubd.add_days(-n)), l));
    }
    // «في الشهر نفسه من ذلك العام», «في الشهر ذاته»: the month and year named last before
    if w(j) == "الشهر" && matches!(w(j + 1), "نفسه" | "ذاته") {
        let l = if w(j + 2) == "من" && matches!(w(j + 3), "ذلك" | "العام") { j + 3 + usize::from(w(j + 3) == "ذلك") } else { j + 1 };
        let named = (j.saturating_sub(60)..j).rev().filter(|&k| month(toks, k).is_some()).find_map(|k| match time_at(toks, k, pubd) {
            Some((When::Month(y, m), _)) => Some(When::Month(y, m)),
            Some((When::Day(d), _)) => Some(When::Month(d.year, d.month)),
            _ => None,
        })?;
        return Some((named, l));
    }
    // «الشهر الماضي», «الشهر الجاري», «مطلع الشهر الحالي»: a month («الأسبوع
    // الماضي» names none: its week may straddle two)
    if w(j) == "الشهر" {
        let d = match w(j + 1) {
            x if PAST.contains(&x) => pubd.add_days(-(pubd.day as i64)),
            "الجاري" | "الحالي" => pubd,
            _ => return None,
        };
        return Some((When::Month(d.year, d.month), j + 1));
    }
    if w(j) == "اليوم" {
        let next = toks.get(j + 1);
        // «مساء اليوم نفسه»: the day named last before it (within the 80 words before)
        if next.is_some_and(|n| matches!(n.bare(), "نفسه" | "ذاته")) {
            let mut last = None;
            let mut k = j.saturating_sub(80);
            while k < j {
                // (not a span's start: «منذ الأول من أبريل»)
                let since = k > 0 && matches!(toks[k - 1].bare(), "منذ" | "حتي" | "خلال");
                match time_at(toks, k, pubd).filter(|_| !since) {
                    Some((d @ When::Day(_), l)) if l < j => {
                        last = Some(d);
                        k = l + 1;
                    }
                    _ => k += 1,
                }
            }
            return last.map(|d| (d, j + 1));
        }
        let today = next.is_none_or(|n| weekday(n).is_some() || !(n.w.starts_with("ال") || matches!(n.bare(), "نفسه" | "ذاته")));
        return today.then_some((When::Today, j));
    }
    // «في الثالث من يونيو», «الأول من يونيو (حزيران)»: an ordinal day of a month without its
    // year, in the publication's year (or the one before, if that day is still to come); with
    // its year, a date the rules for datelines and past months read
    if let Some((d, l)) = t.w.starts_with("ال").then(|| ordinal(toks, j)).flatten() {
        let k = if w(l + 1) == "من" { l + 2 } else { l + 1 };
        if let Some((m, lm)) = month_span(toks, k).filter(|&(_, lm)| year(toks.get(lm + 1)).is_none()) {
            let y = if (m, d) > (pubd.month, pubd.day) { pubd.year - 1 } else { pubd.year };
            if let Some(date) = Date::new(y, m, d) {
                return Some((When::Day(date), lm));
            }
        }
    }
    if let Some(wd) = weekday(t) {
        return match w(j + 1) {
            "المقبل" | "القادم" => None,
            x => {
                let past = PAST.contains(&x);
                let mut back = (pubd.weekday().index() - wd).rem_euclid(7);
                if past && back == 0 {
                    back = 7;
                }
                dated(j + past as usize, When::Day(pubd.add_days(-back)))
            }
        };
    }
    if t.cls == Cls::Num || t.cls == Cls::Other {
        // «21 أغسطس/آب», «19 أوت 2025», «2 فبراير/شباط 2024», «2024/02/02»
        // (a day's number before a month's name, or a date in one token)
        let named = |k: usize| month(toks, k).is_some();
        if !(t.cls == Cls::Other || t.w.contains('.') || named(j + 1) || w(j + 1) == "من" && named(j + 2) || toks.get(j + 1).is_some_and(|n| n.cls == Cls::Punct('-')) && named(j + 2)) {
            return None;
        }
        let end = (j + 10).min(toks.len());
        let e = explicit(&toks[j..end], Some(pubd.year)).into_iter().next().filter(|e| e.first == 0)?;
        let d = e.date?;
        let d = if d > pubd { Date::new(d.year - 1, d.month, d.day)? } else { d };
        return Some((When::Day(d), j + e.last));
    }
    // «في كانون الثاني/يناير», «في أيار/مايو 2023», «مارس الماضي», «مطلع آذار/مارس الجاري»
    // (only a word after «في» or «مطلع», or before «الماضي», a year or a slash, is looked up)
    let placed = j > 0 && matches!(w(j - 1), "في" | "مطلع" | "منتصف" | "اواخر" | "اوائل" | "شهر")
        || PAST.contains(&w(j + 1))
        || toks.get(j + 1).is_some_and(|n| n.cls == Cls::Num || n.cls == Cls::Punct('/') || n.w == "الثاني" || n.w == "الاول");
    if !placed || t.cls != Cls::Word && t.cls != Cls::Latin {
        return None;
    }
    let (m, l) = month_span(toks, j)?;
    let k = if toks.get(l + 1).is_some_and(|t| t.cls == Cls::Punct(',')) { l + 2 } else { l + 1 };
    // («في فبراير عام 2018», «في مارس من عام 2019»)
    let k = if w(k) == "عام" && year(toks.get(k + 1)).is_some() { k + 1 } else if w(k) == "من" && w(k + 1) == "عام" && year(toks.get(k + 2)).is_some() { k + 2 } else { k };
    if let Some(y) = year(toks.get(k)) {
        return Some((When::Month(y, m), k));
    }
    if matches!(w(l + 1), "الجاري" | "الحالي") {
        return Some((When::Month(pubd.year, m), l + 1));
    }
    // «في يوليو/تموز من العام الماضي»
    if w(l + 1) == "من" && w(l + 2) == "العام" && PAST.contains(&w(l + 3)) {
        return Some((When::Month(pubd.year - 1, m), l + 3));
    }
    // «في أغسطس من العام نفسه», «من ذلك العام»: the year named last before it
    let same_year = w(l + 1) == "من" && (w(l + 2) == "العام" && matches!(w(l + 3), "نفسه" | "ذاته") || w(l + 2) == "ذلك" && w(l + 3) == "العام");
    if same_year {
        let y = (j.saturating_sub(40)..j).rev().find_map(|k| year(toks.get(k)).filter(|&y| y <= pubd.year))?;
        return Some((When::Month(y, m), l + 3));
    }
    (PAST.contains(&w(l + 1)) || j > 0 && w(j - 1) == "في").then(|| (past_month(m, pubd), l + PAST.contains(&w(l + 1)) as usize))
}

/// Whether the day at `j` is an event's, not a report's: after an event's
/// noun or verb, or starting or ending a span («منذ فجر الأحد»), over «مساء», «يوم».
fn after_event(toks: &[Tok], j: usize) -> bool {
    let mut p = j;
    // («فجر» as written: its ف is not a conjunction)
    while p > 0 && toks[p - 1].is_in(&PART_OF_DAY) {
        p -= 1;
    }
    p > 0 && {
        let t = &toks[p - 1];
        matches!(t.lex, Some(Lex::Trig(..)))
            || t.is_in_def(&EVENT)
            || matches!(t.bare(), "منذ" | "حتي" | "خلال" | "الي")
            // («خلال الفترة الممتدة من 28 جوان إلى 4 جويلية»: a period's start)
            || t.w == "من" && p >= 2 && matches!(toks[p - 2].bare(), "الممتده" | "الفتره")
            // («خلال قداس الأحد», «أثناء مباراة السبت»: an occasion's day)
            || p >= 2 && t.cls == Cls::Word && matches!(toks[p - 2].bare(), "خلال" | "اثناء" | "اثر" | "عقب")
            // («بعد ظهر أمس», «قبل ظهر الأحد»: the afternoon, the morning)
            || matches!(t.bare(), "قبل" | "بعد") && toks[p].w != "ظهر"
    } || toll_of_event(toks, p)
}

/// «ارتفاع حصيلة انفجار صهريج للوقود مساء الاثنين»: a time a few words after a toll's
/// event (`p`, the time's first token) is the event's.
fn toll_of_event(toks: &[Tok], p: usize) -> bool {
    (p.saturating_sub(4)..p).rev().take_while(|&k| toks[k].cls == Cls::Word).any(|k| {
        k > 0 && toks[k].is_in_def(&EVENT) && (toks[k - 1].lex == Some(Lex::Toll) || matches!(toks[k - 1].bare(), "ضحايا" | "الضحايا"))
    })
}

/// Whether a report's clause starts at `j`: a reporting verb («نقلت ... عن» too), a denial
/// or retraction, a verb lowering a toll («خفّضت المنظمة في تحديثها ...»), one of
/// publishing, an accusation («اتهمت جمعية ...، السبت، الجيش بإعدام 31») or an estimate.
fn opens_report(t: &Tok) -> bool {
    matches!(t.lex, Some(Lex::Cue(Cue::Says | Cue::Via) | Lex::Deny | Lex::Retract)) || t.is_in(&LOWER) || t.is_in(&PUBLISHED) || t.is_in(&ACCUSE)
        // a count recorded: «وكانت الدائرة قد سجلت أمس الثلاثاء 87 حالة»
        || matches!(t.bare(), "سجلت" | "سجل")
        // an estimate: «قدّرت التنسيقية، في بيان أصدرته قبل يومين، عدد الوفيات بـ...»
        || t.lex == Some(Lex::Toll) && t.is_in(&super::lexicon::ESTIMATE)
}

/// Whether what follows token `last` (over commas) opens a report: «ومساء أمس، أعلنت ...».
fn fronts_report(toks: &[Tok], last: usize, end: usize) -> bool {
    let k = (last + 1..end).find(|&k| toks[k].cls != Cls::Punct(','));
    k.is_some_and(|k| opens_report(&toks[k]))
}

/// Whether the clause of a figure (tokens `f0..=f1` of the sentence `s0..s1`) names a
/// year before the publication's as its time: «إذ قُتل شخصان في اشتباك بينهما عام 2019»,
/// «اشتباكاً مماثلاً العام الماضي أودى بحياة شخصين», «في تقريرها عن عام 2024 مقتل صحفي
/// واحد». Such a figure is another event's, never a repeat of this one's with the same
/// numbers. (Not a span's start: «الأعنف منذ عام 2019».)
pub fn past_year(toks: &[Tok], s0: usize, (f0, f1): (usize, usize), s1: usize, published: &str) -> bool {
    let Some(pubd) = Date::parse(published) else { return false };
    let w = |k: usize| toks.get(k).map_or("", |t| t.bare());
    // (since or until a year: «منذ 2019», «منذ بداية عام 2024»; not «بعد هجوم سنة 2023», after
    // an event of that year)
    let span = |m: usize| matches!(w(m), "عام" | "العام" | "سنه" | "بدايه" | "مطلع" | "نهايه" | "اواخر" | "اوائل" | "منتصف");
    let since = |k: usize| (k.saturating_sub(3).max(s0)..k).any(|m| matches!(w(m), "منذ" | "ومنذ" | "حتي" | "بعد" | "قبل") && (m + 1..k).all(span));
    // (the figure's clause: from the last clause break before it to the next after it; and
    // the clause before, when the figure's is a relative one of it: «بعد هجوم سنة 2023 على
    // مركز حرس، والذي أسفر عن مقتل عون»)
    let start = |e: usize| (s0.max(e.saturating_sub(16))..e).rev().find(|&k| matches!(toks[k].cls, Cls::Punct(',' | ';' | ':'))).map_or(s0.max(e.saturating_sub(16)), |k| k + 1);
    let a = start(f0);
    let a = if a > s0 && matches!(w(a), "الذي" | "التي" | "الذين") { start(a - 1) } else { a };
    let b = (f1 + 1..s1.min(f1 + 12)).find(|&k| matches!(toks[k].cls, Cls::Punct(',' | ';' | ':' | '.'))).unwrap_or(s1.min(f1 + 12));
    // (a number or «العام» only: most words are neither)
    (a..b).any(|k| match toks[k].cls {
        Cls::Num => {
            let named = || matches!(w(k - 1), "عام" | "العام" | "سنه" | "في") || month(toks, k - 1).is_some();
            let y = (k > a && named()).then(|| year(toks.get(k))).flatten();
            y.is_some_and(|y| y < pubd.year) && !since(k)
        }
        Cls::Word => matches!(toks[k].w.as_str(), "العام" | "السنه" | "والعام") && PAST.contains(&w(k + 1)) && !since(k),
        _ => false,
    })
}

/// The day a figure was reported, when its sentence says so, relative to the
/// publication date `published` (`YYYY-MM-DD`). Four readings, the first that
/// answers wins:
/// 1. a time named in a report's clause before the figure: after a reporting
///    verb and before the «أن/إن» or the figure's word that opens what was reported («وأعلنت
///    الوزارة، مساء أمس، ...», «أعلنت في بيان لها يوم 19 أوت توقيف ...»,
///    «التي أعلنها المحافظ، صباح أمس، قد أشارت إلى ...»), or fronted before
///    its verb («وفي تحديث لاحق مساء أمس، أعلنت ...»); the last one named
///    counts, and none right after an event («حصيلة هجوم الأحد»);
/// 2. the time of the report named in the figure's attribution after it
///    («، وفق ما أعلن المحافظ مساء الثلاثاء», «بحسب تقرير نُشر في يناير»);
/// 3. the last time named before «حينها» («at that time») before the figure or
///    right after it («في 28 أكتوبر 2025 ... بينما أحصت الديفنسوريا حينها 132»);
/// 4. a toll of an event in a past month: «مارس الماضي», «يونيو 2024» or
///    «يوليو من العام الماضي» before the figure (not «منذ ...», nor a day's
///    date under two months old: «في 28 أكتوبر 2025» a year back is its month),
///    or after it with «حينها».
///
/// `None`: the sentence names no day («اليوم» names the publication day). `s0..s1` is the sentence, `f0..=f1` the figure's tokens.
pub fn report_day(toks: &[Tok], s0: usize, (f0, f1): (usize, usize), s1: usize, published: &str) -> Option<String> {
    let pubd = Date::parse(published)?;
    let w = |k: usize| toks.get(k).map_or("", |t| t.bare());
    let start = s0.max(f0.saturating_sub(60));
    let mut said = None;
    let mut open = false;
    // (before the sentence's first reporting verb or figure word)
    let mut first = true;
    let mut j = start;
    // (before the figure, a verb of issuing with the pronoun of the toll it issued: «وكانت
    // حصيلة أولية أعلنتها الشرطة صباح الاثنين قد تحدثت عن ...»; «ها» only, as «ه» may be
    // a folded «ة»: «التابعة»)
    let issues = |t: &Tok| !t.w.starts_with("ال") && t.bare().ends_with("ها") && super::lexicon::issued_verb(t.bare());
    // (or updates it: «قبل أن تُحيّن الحصيلة صباح اليوم الاثنين لتبلغ 48»)
    let updates = |j: usize| matches!(toks[j].bare(), "حدث" | "حدثت" | "تحدث" | "يحدث" | "حين" | "حينت" | "تحين" | "يحين") && toks.get(j + 1).is_some_and(|t| t.lex == Some(Lex::Toll));
    // («منذ إعلان وقف إطلاق النار في 10 أكتوبر 2025»: a span's start, named by a verbal
    // noun of saying, opens no report)
    let since = |j: usize| j > s0 && matches!(toks[j - 1].bare(), "منذ" | "قبل" | "بعد" | "حتي");
    // (a time after «منذ», «حتى», over a part of the day: «منذ مساء أمس السبت»)
    // (or a period's end: «للفترة الممتدة من 19 إلى 25 أوت 2026»)
    let span_bound = |j: usize| {
        (s0..j).rev().find(|&k| !toks[k].is_in(&PART_OF_DAY)).is_some_and(|k| matches!(w(k), "منذ" | "حتي" | "وحتي") || w(k) == "الي" && (k.saturating_sub(4).max(s0)..k).any(|m| w(m) == "من"))
    };
    while j < f0 {
        if (opens_report(&toks[j]) || issues(&toks[j]) || super::status::raises(toks, j) || updates(j)) && !since(j) {
            open = true;
            first = false;
        } else if matches!(w(j), "ان" | "بان" | "انه" | "انها" | "بانه" | "بانها") || matches!(toks[j].lex, Some(Lex::Trig(..))) {
            // what was reported starts: a time named in it is the event's
            open = false;
            first = false;
        } else if (open || first) && span_bound(j) {
            // (not a span's bound, which goes on to the report: «ارتفاع حصيلة الاشتباكات التي
            // شهدتها المنطقة منذ مساء أمس السبت»)
            if let Some((_, last)) = time_at(toks, j, pubd) {
                j = last + 1;
                continue;
            }
        } else if open || first {
            // in a report's clause, or fronted before the sentence's reporting verb
            if let Some((when, last)) = time_at(toks, j, pubd).filter(|&(_, last)| (open || fronts_report(toks, last, f0)) && !after_event(toks, j)) {
                said = Some(when);
                j = last + 1;
                continue;
            }
        }
        j += 1;
    }
    // a count that a reporting verb takes as its object, then its time: «بعد أن كان
    // المكتب قد أحصى 12 قتيلا مساء أمس» (the counting's day, not the deaths')
    if f0 > s0 && opens_report(&toks[f0 - 1]) {
        let k = (f1 + 1..s1).find(|&k| !toks[k].is_in(&PART_OF_DAY)).unwrap_or(s1);
        if let Some((when, _)) = (k < s1).then(|| time_at(toks, k, pubd)).flatten() {
            return when.to_string(pubd);
        }
    }
    // (not when the figure names its own source within or after it: «... لترتفع الحصيلة، وفق
    // حسابات الصحيفة، إلى 214», «... إلى 492، بحسب الأرقام الرسمية»)
    let per_after = (f0 + 1..s1.min(f1 + 12)).take_while(|&k| k <= f1 || !matches!(toks[k].lex, Some(Lex::Trig(..)))).any(|k| toks[k].lex == Some(Lex::Cue(Cue::Per)));
    if let Some(when) = said.filter(|_| !per_after) {
        return when.to_string(pubd);
    }
    // «حين قُتل 121 ... في 28 أكتوبر 2025، بينما أحصت الديفنسوريا حينها 132»:
    // «حينها» before the figure, or right after it, tells the last time named before it again
    // (after it, within its attribution: «وأودى بحياة أكثر من 2200 شخص في شمال غربي سوريا
    // وحدها، بحسب "الدفاع المدني السوري" حينها»; not past another clause)
    let reach = (f1 + 1..s1.min(f1 + 30)).find(|&j| matches!(toks[j].w.as_str(), "فيما" | "وفيما" | "بينما" | "وبينما") || matches!(toks[j].cls, Cls::Punct(';' | '.'))).unwrap_or(s1.min(f1 + 30));
    // (the first one after the figure, else the last before it: «... في يناير 2013، التي قتل
    // فيها أكثر من 50 شخصا وفق السلطات حينها، وحريق ... في مارس 2018 ... حينها»)
    let then = (f1 + 1..reach).find(|&j| toks[j].is_in(&THEN)).or_else(|| (start..=f1).rev().find(|&j| toks[j].is_in(&THEN)));
    if let Some(h) = then {
        // the last time named in `from..to`, the figure's tokens skipped (an event's day, «زلزال
        // 6 شباط 2023», told «at that time», gives its month)
        let last_named = |from: usize, to: usize| {
            let mut last = None;
            let mut j = from;
            while j < to {
                if (f0..=f1).contains(&j) {
                    j = f1 + 1;
                    continue;
                }
                match time_at(toks, j, pubd) {
                    Some((When::Day(d), l)) if after_event(toks, j) => {
                        last = Some(When::Month(d.year, d.month));
                        j = l + 1;
                    }
                    Some((when, l)) => {
                        last = Some(when);
                        j = l + 1;
                    }
                    None => j += 1,
                }
            }
            last
        };
        // (before the figure, or between it and «حينها»: «بعد وفاة منقبين اثنين ... يوم 30
        // ديسمبر الماضي، وفق ما أعلنته وزارة المعادن حينها»)
        let mut last = last_named(start, h);
        // (or in the sentence before, in the same paragraph: «واندلع الحريق فجر 3 مايو في
        // مبنى .... وكانت وزارة الداخلية قد أعلنت حينها القبض على 4 أشخاص»)
        if last.is_none() && h < f0 {
            let p0 = (s0.saturating_sub(80)..s0).rev().find(|&k| toks[k].cls == Cls::Break).map_or(s0.saturating_sub(80), |k| k + 1);
            last = last_named(p0, s0);
        }
        if let Some(when) = last {
            return when.to_string(pubd);
        }
    }
    // after the figure, in its attribution: «، وفق ما أعلن المحافظ مساء
    // الثلاثاء», «بحسب تقرير ... نُشر في كانون الثاني/يناير»
    let mut open = false;
    for j in f1 + 1..s1.min(f1 + 60) {
        let t = &toks[j];
        // (up to the next clause's report: «بحسب حكومة طالبان، فيما أعلنت الحكومة في أكتوبر
        // 2023 أن ...»; not over an aside that the attribution after it covers too: «لقي 21
        // عاملا حتفهم، فيما لا يزال 7 آخرون محاصرين، بحسب ما أفادت الوكالة أمس»)
        let clause = if matches!(t.w.as_str(), "فيما" | "وفيما" | "بينما" | "وبينما") { Some(j + 1) } else { (w(j) == "في" && w(j + 1) == "حين").then_some(j + 2) };
        let own_report = |k: usize| (k..s1).take_while(|&x| toks[x].lex != Some(Lex::Cue(Cue::Per))).any(|x| opens_report(&toks[x]));
        if clause.is_some_and(own_report) {
            break;
        }
        // (nor into what came before it: «... إلى 41، بعد أن سجلت المنظمة في تقريرها الصادر في
        // كانون الثاني 2025 وفاة 78»)
        if w(j) == "بعد" && w(j + 1) == "ان" {
            break;
        }
        if opens_report(t) || matches!(t.lex, Some(Lex::Cue(Cue::Per))) {
            open = true;
        } else if matches!(w(j), "ان" | "بان" | "انه" | "انها") || matches!(t.lex, Some(Lex::Trig(..))) {
            open = false;
        } else if open {
            if let Some((when, _)) = time_at(toks, j, pubd).filter(|_| !after_event(toks, j)) {
                return when.to_string(pubd);
            }
        }
    }
    // a day set off by commas right after the figure, in a sentence whose attribution names
    // no time: «لقي 7 أشخاص مصرعهم، أمس الثلاثاء، إثر سقوط حافلة ...، بحسب ما أعلنته
    // الشرطة» (wire copy tells the day it was told)
    // (or after the clause's next figure: «لقي 7 أشخاص مصرعهم وأصيب 20 آخرين، أمس، ...»)
    let k = (f1 + 1..s1.min(f1 + 10)).find(|&k| toks[k].cls == Cls::Punct(',')).filter(|&k| !(f1 + 1..k).any(|m| toks[m].is_clause_end() || matches!(toks[m].lex, Some(Lex::Cue(_)))));
    if let Some((When::Day(d), last)) = k.and_then(|k| time_at(toks, k + 1, pubd)) {
        if toks.get(last + 1).is_some_and(|t| t.cls == Cls::Punct(',')) {
            return When::Day(d).to_string(pubd);
        }
    }
    // a past month's toll: the month before the figure, or after it with «حينها»
    // (found from what follows its name, then the name before it): «مارس
    // الماضي», «يونيو/حزيران 2024» (a month before the publication's), «يوليو/تموز
    // من العام الماضي»
    let past = |p: usize| {
        let last_year = w(p) == "من" && w(p + 1) == "العام" && PAST.contains(&w(p + 2));
        let y = year(toks.get(p)).filter(|&y| y <= pubd.year);
        if !PAST.contains(&w(p)) && !last_year && y.is_none() {
            return None;
        }
        let (j, m) = (p.saturating_sub(5).max(s0)..p).find_map(|k| month_span(toks, k).filter(|&(_, l)| l + 1 == p).map(|(m, _)| (k, m)))?;
        // (a day before the month names a date, not a month: «في 3 مارس 2024»,
        // «في الأول من فبراير»; «منذ» in the clause before it, a span)
        let dated = j > s0 && (toks[j - 1].cls == Cls::Num || w(j - 1) == "من");
        let clause = (s0..j).rev().find(|&k| toks[k].is_clause_end()).map_or(s0, |k| k + 1);
        // (or a period's end: «في الفترة من تموز/يوليو إلى أيلول/سبتمبر 2026»)
        let since = (clause..j).any(|k| matches!(w(k), "منذ" | "حتي")) || j > s0 && w(j - 1) == "الي" && (clause..j).any(|k| w(k) == "من");
        // (or what started then and goes on: «الحرب التي اندلعت في 15 أبريل 2023 أودت بحياة»)
        let since = since || (clause.max(s0 + 1)..j).any(|k| matches!(w(k - 1), "التي" | "الذي") && matches!(w(k), "اندلعت" | "اندلع" | "بدات" | "بدا" | "انطلقت" | "انطلق" | "اشتعلت"));
        let when = match y {
            Some(y) => When::Month(y, m),
            None if last_year => When::Month(pubd.year - 1, m),
            None => past_month(m, pubd),
        };
        let before = match when {
            When::Month(y, mm) => (y, mm) < (pubd.year, pubd.month),
            _ => false,
        };
        // (but a date two months or more before the publication is a background toll's,
        // told in its month: «في 28 تشرين الأول/أكتوبر 2025، ... إذ قتل فيها 121 شخصا»)
        let far = match when {
            When::Month(y, mm) => (pubd.year * 12 + i32::from(pubd.month)) - (y * 12 + i32::from(mm)) >= 2,
            _ => false,
        };
        (!since && (!dated || far) && before).then_some(when)
    };
    let end = s1.min(f0 + 60);
    // (in the figure's own clause, the nearest first: «نفّذ المستوطنون خلال يناير الماضي 412
    // اعتداءً، فيما وثّقت الوزارة استشهاد 7 ...» names no month for the 7; «انهيار رانا
    // بلازا في أبريل 2013 ...، بعد أشهر من حريق تازرين في نوفمبر 2012 الذي قتل فيه 112»;
    // «بينما» sets another account of the same event beside it, and keeps its month:
    // «في 28 أكتوبر 2025 ... قتل فيها 121 ...، بينما أحصى الدفاع العام 132»)
    let own = (start..f0).rev().find(|&k| matches!(toks[k].w.as_str(), "فيما" | "وفيما" | "كما")).map_or(start, |k| k + 1);
    let month = (own..f0).rev().find_map(past).or_else(|| {
        let m = (f0..end).find_map(past)?;
        (start..end).any(|j| toks[j].is_in(&THEN)).then_some(m)
    });
    // (or «في» a past month close after the figure, in its clause: «سجلت ٤١ إصابة بالألعاب
    // النارية في عيد الأضحى الماضي، في يونيو ٢٠٢٦»)
    let month = month.or_else(|| {
        // (not past another report or what came before: «إلى 41، بعد أن سجلت المنظمة في
        // تقريرها الصادر في كانون الثاني 2025 وفاة 78»)
        let other = |k: usize| w(k) == "بعد" && w(k + 1) == "ان" || opens_report(&toks[k]) || matches!(toks[k].lex, Some(Lex::Cue(_)));
        let near = (f1 + 1..reach.min(f1 + 14)).find(|&k| other(k)).unwrap_or(reach.min(f1 + 14));
        let k = (f1 + 1..near).find(|&k| w(k) == "في" && month_span(toks, k + 1).is_some())?;
        let (_, l) = month_span(toks, k + 1)?;
        past(l + 1)
    })?;
    month.to_string(pubd)
}

/// Tokens of the lead (the opening sentence or two).
const LEAD: usize = 60;

fn from_text(toks: &[Tok], header_year: Option<i32>, reader_day: Option<Date>) -> Option<Date> {
    let dates = explicit(toks, header_year);
    let inside = |j: usize| dates.iter().any(|d| (d.first..=d.last).contains(&j));
    // «اليوم الخميس», «أمس الأربعاء»
    let mut today = None;
    let mut mentions = Vec::new();
    // a weekday right after a reporting verb («ثم أعلن الخميس»): a later report
    let mut said = false;
    for (j, t) in toks.iter().enumerate() {
        let Some(w) = weekday(t) else { continue };
        if inside(j) {
            continue;
        }
        let pk = (0..j).rev().find(|&k| !matches!(toks[k].cls, Cls::Punct(',' | '"')));
        said |= pk.is_some_and(|k| matches!(toks[k].lex, Some(Lex::Cue(_))));
        let prev = pk.map(|k| toks[k].bare());
        let next = toks.get(j + 1).map(|n| n.w.as_str()).unwrap_or("");
        match prev {
            Some("اليوم") => today = today.or(Some(w)),
            // «أول أمس السبت»: two days before the report
            // («أول من أمس الأحد» too)
            Some("امس") if pk.is_some_and(|k| k > 0 && toks[k - 1].bare() == "اول" || k > 1 && toks[k - 1].w == "من" && toks[k - 2].bare() == "اول") => today = today.or(Some((w + 2) % 7)),
            Some("امس") => today = today.or(Some((w + 1) % 7)),
            Some("الاول") if pk.is_some_and(|k| k > 0 && toks[k - 1].bare() == "امس") => today = today.or(Some((w + 2) % 7)),
            _ if !matches!(next, "الماضي" | "المقبل" | "القادم" | "المنصرم" | "الفائت") => mentions.push(w),
            _ => {}
        }
    }
    let consistent = |d: &Explicit| d.date.is_some_and(|x| d.wd.is_none_or(|w| x.weekday().index() == w));
    // «اليوم السبت 26 تشرين الأول 2019»
    if let Some(d) = dates.iter().find(|d| d.today && consistent(d)) {
        return d.date;
    }
    // a date with its weekday in the lead («أعلنت الوزارة، الأحد 24 ديسمبر 2023، ...»):
    // the day of the report; the other weekdays named are the events before it
    let lead = dates.iter().find(|d| d.wd.is_some() && !d.alone && !d.future && !d.hijri && d.first < LEAD && consistent(d));
    if let Some(d) = lead.filter(|_| today.is_none() && !said) {
        return d.date;
    }
    // a dateline, unless the text contradicts it (a page clock)
    let dateline_of = |hijri: bool| {
        dates.iter().find(move |d| d.hijri == hijri && d.alone && consistent(d) && today.is_none_or(|w| d.date.unwrap().weekday().index() == w))
    };
    let dateline = dateline_of(false).or_else(|| dateline_of(true));
    if let Some(d) = dateline.filter(|d| !d.future) {
        return d.date;
    }
    // a dateline without its year, and the report's weekday («الزرقاء 3 آذار (بترا)- ...
    // أعلنت ...، اليوم الثلاثاء، ...»)
    if let (Some(w), Some((m, d))) = (today, dates.iter().find(|d| d.alone && !d.future).and_then(|d| d.yearless)) {
        let years: Vec<i32> = toks.iter().filter_map(|t| year(Some(t))).collect();
        // (given the reader's day: the latest year up to the reader's, and not before the
        // latest the text names (a report names earlier years), in which that day was that
        // weekday, as a reader of the dispatch takes it; it comes again within 28 years)
        let floor = latest_month(toks);
        if let Some(r) = reader_day {
            let from = years.iter().max().copied().unwrap_or(r.year - 27);
            let on = |y: i32| Date::new(y, m, d).filter(|x| x.weekday().index() == w && floor.is_none_or(|f| (x.year, x.month) >= f));
            if let Some(x) = (from..=r.year).rev().find_map(on) {
                return Some(x);
            }
        }
        if let Some(x) = fit_year(&years, floor, m, d, w) {
            return Some(x);
        }
    }
    // an agency's dateline without its year or a weekday («الدوحة في 26 أبريل /قنا/»): the
    // latest year the text names, if it names one; else, given the reader's day, that day's
    // latest up to it, as a reader of the dispatch takes it (a guess the text cannot check:
    // measured over the references, 11 figures' report dates right and none wrong)
    if let Some((m, d)) = dates.iter().find(|d| d.alone && !d.future).and_then(|d| d.yearless).filter(|_| today.is_none()) {
        if let Some(x) = toks.iter().filter_map(|t| year(Some(t))).max().and_then(|y| Date::new(y, m, d)) {
            return Some(x);
        }
        if let Some(r) = reader_day {
            let y = if (m, d) <= (r.month, r.day) { r.year } else { r.year - 1 };
            if let Some(x) = Date::new(y, m, d) {
                return Some(x);
            }
        }
    }
    let anchor = dates.iter().filter(|d| !d.future && !d.alone && !d.hijri && consistent(d)).filter_map(|d| d.date).max()?;
    let next_on = |w: i64| anchor.add_days((w - anchor.weekday().index()).rem_euclid(7));
    if let Some(w) = today {
        return Some(next_on(w));
    }
    let with_wd = dates.iter().any(|d| d.date == Some(anchor) && d.wd.is_some());
    if mentions.is_empty() && !with_wd {
        return None;
    }
    mentions.into_iter().map(next_on).chain([anchor]).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pd(s: &str) -> Option<(String, DateSource)> {
        publication_date(s, None, None)
    }

    #[test]
    fn given_then_header_then_text() {
        assert_eq!(publication_date("x", Some("2021-03-04"), None), Some(("2021-03-04".into(), DateSource::Given)));
        assert_eq!(publication_date(" date 2021-03-04\nنص", Some("bad"), None), Some(("2021-03-04".into(), DateSource::Header)));
        assert_eq!(pd(" date 2021-03 نص بلا تاريخ"), Some(("2021-03".into(), DateSource::Header)));
        assert_eq!(pd("نص بلا تاريخ"), None);
    }

    #[test]
    fn today_after_an_explicit_date() {
        // 3 March 2021 was a Wednesday; «اليوم السبت» is the Saturday after
        let t = "وقال الوزير في 3 آذار 2021 إن الوضع هادئ. وأعلنت الشرطة اليوم السبت اعتقال 5 أشخاص.";
        assert_eq!(pd(t), Some(("2021-03-06".into(), DateSource::Text)));
        let t = "وقع الهجوم في 10 جانفي 2023. وقالت الوزارة أمس الخميس إن ...";
        assert_eq!(pd(t), Some(("2023-01-13".into(), DateSource::Text)));
        let t = " date 2019-07\nوقال يوم 2 يوليوز إن ... اليوم الجمعة";
        assert_eq!(pd(t), Some(("2019-07-05".into(), DateSource::Text)));
    }

    #[test]
    fn weekdays_after_a_dated_weekday() {
        let t = "قال الثلاثاء 14 تشرين الأول 2025 إن ... ثم أعلن الخميس أن ...";
        assert_eq!(pd(t), Some(("2025-10-16".into(), DateSource::Text)));
        // a date alone and no weekday: nothing fixes the publication day
        assert_eq!(pd("وكان ذلك في 14 أكتوبر 2025."), None);
    }

    #[test]
    fn today_with_its_date_and_agency_datelines() {
        // the weekday mentioned later is an earlier day, not a later one
        let t = "أعلن الوزير، اليوم الأحد 3 آذار 2024، أن ... وكان قد صرح يوم الجمعة بأن ...";
        assert_eq!(pd(t), Some(("2024-03-03".into(), DateSource::Text)));
        let t = "الدوحة 9 مايو 2021 م قنا\nأعلنت الوزارة ... يوم الأربعاء";
        assert_eq!(pd(t), Some(("2021-05-09".into(), DateSource::Text)));
        // a city, the outlet and the agencies, a colon and the date; «الساعة» before a clock
        let t = "القدس العربي\nأبوجا – «القدس العربي» ووكالات: 16 سبتمبر 2026\n\nقُتل 40 شخصا في هجوم ليل الاثنين.";
        assert_eq!(pd(t), Some(("2026-09-16".into(), DateSource::Text)));
        let t = "عربي بوست\nتم النشر: 2026/09/22 الساعة 11:05 بتوقيت غرينتش\n\nقُتل 22 شخصاً في غارة صباح الإثنين.";
        assert_eq!(pd(t), Some(("2026-09-22".into(), DateSource::Text)));
        // a city and a dash before the label
        let t = "ميدل ايست أونلاين\n\nأبوجا - نشر في: 2026/06/26\n\nقالت الشرطة إن اثنين من عناصرها قتلا الخميس.";
        assert_eq!(pd(t), Some(("2026-06-26".into(), DateSource::Text)));
    }

    #[test]
    fn a_yearless_dateline_takes_the_readers_latest_year_with_its_weekday() {
        let t = "الدوحة في 17 مارس /قنا/ أعلنت الإدارة وفاة شخص في حادث صباح اليوم الثلاثاء.";
        let on = |today: &str| publication_date(t, None, Some(today)).map(|d| d.0);
        // 17 March fell on a Tuesday in 2015, 2020 and 2026, not in 2027
        assert_eq!(on("2026-12-04"), Some("2026-03-17".into()));
        assert_eq!(on("2027-06-01"), Some("2026-03-17".into()));
        assert_eq!(on("2025-12-31"), Some("2020-03-17".into()));
        // no reader's day: no year is guessed; no weekday: that day's latest up to the
        // reader's (an old dispatch read years later takes the wrong year: the text tells no more)
        assert_eq!(pd(t), None);
        let t2 = "الدوحة في 17 مارس /قنا/ أعلنت الإدارة وفاة شخص.";
        assert_eq!(publication_date(t2, None, Some("2026-12-04")).map(|d| d.0), Some("2026-03-17".into()));
        assert_eq!(publication_date(t2, None, Some("2026-03-16")).map(|d| d.0), Some("2025-03-17".into()));
        // not before the latest year the text names; with no such year up to the reader's,
        // the first after it, as without a reader's day
        let t = "كرج/ 12 أيار/ مايو/ إرنا – أعلن المسؤول اليوم الثلاثاء ... منذ عام 2023";
        assert_eq!(publication_date(t, None, Some("2030-01-01")).map(|d| d.0), Some("2026-05-12".into()));
        assert_eq!(publication_date(t, None, Some("2025-01-01")).map(|d| d.0), Some("2026-05-12".into()));
        let t = "سيدي بوزيد 21 سبتمبر (وات) - توفيت صباح اليوم الاثنين 3 عاملات، وكانت الولاية شهدت حادثا مماثلا في 2020.";
        assert_eq!(publication_date(t, None, Some("2026-12-04")).map(|d| d.0), Some("2026-09-21".into()));
        assert_eq!(pd(t).map(|d| d.0), Some("2020-09-21".into()));
    }

    #[test]
    fn an_agencys_day_and_month_in_digits_take_the_year_as_a_yearless_dateline() {
        // KUNA's dateline: day and month in digits, the agency's name in brackets
        let t = "كونا\nدولي\n\nإسلام آباد - 15 - 4 (كونا) -- لقي محام حتفه.\n\nوقال متحدث في بيان اليوم الأربعاء إن ثلاثة وعشرين شرطيا أصيبوا.";
        // 15 April fell on a Wednesday in 2026
        assert_eq!(publication_date(t, None, Some("2026-12-05")).map(|d| d.0), Some("2026-04-15".into()));
        let t2 = "مانيلا - 3 - 11 (كونا) -- أعلنت السلطات مقتل 5 أشخاص.";
        assert_eq!(publication_date(t2, None, Some("2026-12-05")).map(|d| d.0), Some("2026-11-03".into()));
        // (not a score or a range with no agency after it)
        assert_eq!(publication_date("فاز الفريق 3 - 1 (ذهابا) على ضيفه.", None, Some("2026-12-05")), None);
    }

    #[test]
    fn clock_lines_and_deadlines() {
        let t = "الأربعاء 24 أبريل 2024\n\nقالت الوزارة اليوم الإثنين إن ...";
        assert_eq!(pd(t), None);
        let t = "الخميس 9 مايو 2024\n\nقالت الوزارة اليوم الخميس إن ...";
        assert_eq!(pd(t), Some(("2024-05-09".into(), DateSource::Text)));
        let t = " date 2022-01\nتستمر الطوارئ حتى 19 يناير الجاري. وقال اليوم الأربعاء ... January 5, 2022";
        assert_eq!(pd(t), Some(("2022-01-05".into(), DateSource::Text)));
        // a dateline's clock with am/pm in words, and its update after a bar
        let t = "نشر في: 06 مايو 2026 - 11:05 صباحاً | آخر تحديث: 06 مايو 2026 - 01:40 مساءً\n\nقتل مسلحون 11 راكبا الثلاثاء.";
        assert_eq!(pd(t), Some(("2026-05-06".into(), DateSource::Text)));
        // a weekday and a dash before the date, opening the line; the outlet's name in Latin
        // letters and a bar before it (the weekdays in the text are the days before)
        let t = "عدن الغد | خاص:\nالأربعاء - 19 أغسطس 2026 - الساعة 03:25 م\n\nقُتل أربعة أشخاص مساء الثلاثاء.";
        assert_eq!(pd(t), Some(("2026-08-19".into(), DateSource::Text)));
        let t = "TSA عربي | 14 يناير 2026 - 11:20\n\nتوفي أربعة أشخاص ليلة الثلاثاء إلى الأربعاء.";
        assert_eq!(pd(t), Some(("2026-01-14".into(), DateSource::Text)));
        let t = "الراي | محليات | 16 نوفمبر 2026\n\nنشرت الوزارة، أمس، أرقام الأسبوع الممتد حتى السبت.";
        assert_eq!(pd(t), Some(("2026-11-16".into(), DateSource::Text)));
        let t = "سيدي محمد ولد أحمد | 09.06.2026 - 14:32 | آخر تحديث: 09.06.2026 - 17:05\n\nوقال الجيش مساء الاثنين إن 4 جنود قتلوا.";
        assert_eq!(pd(t), Some(("2026-06-09".into(), DateSource::Text)));
    }
}

/// A line that is only a date, «السبت 14 فبراير», «الاثنين 16 فبراير 2026»: a weekly
/// roundup's or a timeline's heading, which dates what follows it (`s0..s1`, the line).
pub fn heading_day(toks: &[Tok], s0: usize, s1: usize, published: &str) -> Option<String> {
    let pubd = Date::parse(published)?;
    let k = (s0..s1).find(|&k| !matches!(toks[k].cls, Cls::Break | Cls::Punct(_)))?;
    let starts_line = k == 0 || (s0..k).chain(k.checked_sub(1)).any(|m| toks[m].cls == Cls::Break);
    let j = if weekday(&toks[k]).is_some() && k + 1 < s1 { k + 1 } else { k };
    let (when, last) = time_at(toks, j, pubd)?;
    let alone = (last + 1..s1).all(|m| matches!(toks[m].cls, Cls::Break | Cls::Punct(_)));
    (starts_line && alone && matches!(when, When::Day(_))).then(|| when.to_string(pubd)).flatten()
}
