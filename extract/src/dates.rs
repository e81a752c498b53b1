//! Dates: the article's publication date, from (in order) what the caller
//! passes, a header line (` date 2022-01` or ` date 2022-01-06`), or the text
//! itself: explicit dates with month names of all four families (يناير /
//! كانون الثاني / جانفي / يوليوز, and English), «اليوم الخميس» or «أمس
//! الأربعاء» after an explicit date, and other weekdays resolved from it. A page
//! clock line («الأربعاء 24 أبريل 2024») that the text contradicts is not the
//! article's date; a deadline («حتى 19 يناير») is not either. A date with its
//! weekday in the lead is the report's day unless «اليوم» or a later reporting
//! verb says otherwise; ordinal days («التاسع من أبريل 2023») need their year. When nothing
//! fixes the date the answer is `None`: no guessing.

use super::tokenise::{Cls, Doc, Tok};
use super::lexicon::{Lex, Table, AGENCIES};
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

/// The article's publication date and where it comes from.
pub fn publication_date(text: &str, given: Option<&str>) -> Option<(String, DateSource)> {
    from_doc(&Doc::new(text), given)
}

pub(super) fn from_doc(doc: &Doc, given: Option<&str>) -> Option<(String, DateSource)> {
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
    match from_text(&doc.toks, hym.map(|x| x.0)) {
        Some(d) if hym.is_none_or(|(y, m)| (d.year, d.month) == (y, m)) => Some((d.to_string(), DateSource::Text)),
        _ => header.map(|h| (h, DateSource::Header)),
    }
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
fn weekday(t: &Tok) -> Option<i64> {
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
    (t.cls == Cls::Num && t.w.len() == 4).then(|| t.w.parse().ok()).flatten().filter(|y| (1900..=2100).contains(y))
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
    first: usize,
    last: usize,
}

/// Explicit dates in the text.
fn explicit(toks: &[Tok], header_year: Option<i32>) -> Vec<Explicit> {
    let mut out = Vec::new();
    let day = |t: &Tok| (t.cls == Cls::Num && t.w.len() <= 2).then(|| t.w.parse::<u8>().ok()).flatten();
    let skip = |mut j: usize, set: &[char]| {
        while toks.get(j).is_some_and(|t| matches!(t.cls, Cls::Punct(c) if set.contains(&c))) {
            j += 1;
        }
        j
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let mut found = None;
        if t.cls == Cls::Other {
            // «2023-06-14», «2023/06/14», or day first: «14/06/2023», «5-6-2019», «9/6/2024»
            if let Some(d) = numeric(&t.w) {
                found = Some((Some(d), i, i));
            }
        } else if let Some(d) = spaced(toks, i) {
            // «7 / 3 / 2021»
            found = Some((Some(d), i, i + 4));
        } else if let Some((d, last)) = month_first(toks, i) {
            // «مارس 7, 2021», «مارس 7 2021»
            found = Some((Some(d), i, last));
        } else if let Some((d, l)) = day(t).map(|d| (d, i)).or_else(|| t.w.starts_with("ال").then(|| ordinal(toks, i)).flatten()) {
            // «5 كانون الثاني 2022», «19 يناير/كانون الثاني الجاري», «التاسع من أبريل 2023»
            let mut j = l + 1;
            if toks.get(j).is_some_and(|t| t.w == "من") {
                j += 1;
            }
            if let Some((m, mut last)) = month(toks, j) {
                loop {
                    let k = skip(last + 1, &['/', '-', '(', ')']);
                    match month(toks, k) {
                        Some((_, l)) if k > last + 1 => last = l,
                        _ => break,
                    }
                }
                let k = skip(last + 1, &[',', '/', ')']);
                let y = year(toks.get(k));
                let cur = toks.get(k).is_some_and(|t| matches!(t.bare(), "الجاري" | "الحالي"));
                // an ordinal day without its year («منذ السابع من أكتوبر») names an event, not the report
                let yy = y.or(if day(t).is_some() && (cur || y.is_none()) { header_year } else { None });
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
        if let Some((date, first, mut last)) = found {
            // «2021م»: the era letter after the year
            if toks.get(last + 1).is_some_and(|t| t.w == "م") && year(toks.get(last)).is_some() {
                last += 1;
            }
            let mut f = first;
            let mut wd = None;
            let p = first.checked_sub(1).map(|p| if toks[p].cls == Cls::Punct(',') { p.saturating_sub(1) } else { p });
            if let Some(p) = p.filter(|&p| p < first) {
                if let Some(w) = weekday(&toks[p]) {
                    wd = Some(w);
                    f = p;
                }
            }
            let future = (f.saturating_sub(2)..f).any(|j| matches!(toks[j].bare(), "حتي" | "لغايه" | "غايه"));
            let line_start = (0..f).rev().find(|&j| toks[j].cls == Cls::Break).map_or(0, |j| j + 1);
            let line_end = (last + 1..toks.len()).find(|&j| toks[j].cls == Cls::Break).unwrap_or(toks.len());
            // a clock after it is part of the dateline: «20 أيلول 2024 - 22:10»
            let mut alone = (line_start..f).all(|j| matches!(toks[j].cls, Cls::Punct(_))) && (last + 1..line_end).all(|j| matches!(toks[j].cls, Cls::Punct(_)) || toks[j].w.contains(':'));
            // an agency's dateline: «الرياض 17 يناير 2022 م واس», «أبوظبي في 17 يناير / وام /»
            let after = (last + 1..line_end).find(|&j| toks[j].cls != Cls::Punct('/') && toks[j].w != "م");
            alone |= after.is_some_and(|j| AGENCIES.contains(&toks[j].w.as_str()));
            // a wire dateline: «الخرطوم، 3 شباط 2023 -», «بغداد 2023-06-14 (رويترز) -»,
            // or in brackets: «(بيروت، 11 مارس/آذار 2024) –»
            let bracket = toks[line_start].cls == Cls::Punct('(') && toks.get(last + 1).is_some_and(|t| t.cls == Cls::Punct(')'));
            let (city_start, after_date) = if bracket { (line_start + 1, last + 2) } else { (line_start, last + 1) };
            let city = (city_start..f).all(|j| matches!(toks[j].cls, Cls::Word | Cls::Punct(',' | '،'))) && (city_start..f).filter(|&j| toks[j].cls == Cls::Word).count() <= 2;
            // «نشر في: 12 مارس 2024», «آخر تحديث: ...»
            let label = |t: &Tok| matches!(t.w.as_str(), "نشر" | "نشرت" | "في" | "بتاريخ" | "تاريخ" | "النشر" | "اخر" | "تحديث" | "محدث" | "تم");
            // the rest of such a line: another labelled date, a clock, a time zone in
            // brackets («| آخر تحديث: 14/5/2023 18:20 (توقيت مكة)»)
            let rest_of_label_line = || {
                let mut depth = 0i32;
                (last + 1..line_end).all(|j| {
                    let t = &toks[j];
                    match t.cls {
                        Cls::Punct('(') => depth += 1,
                        Cls::Punct(')') => depth -= 1,
                        _ => {}
                    }
                    matches!(t.cls, Cls::Punct(_) | Cls::Num | Cls::Other) || depth > 0 || t.w.contains(':') || label(t) || month(toks, j).is_some()
                })
            };
            alone |= f > line_start && (line_start..f).all(|j| matches!(toks[j].cls, Cls::Punct(_)) || label(&toks[j])) && rest_of_label_line();
            alone |= f > city_start && city && toks.get(after_date).is_some_and(|t| matches!(t.cls, Cls::Punct('-' | '–' | '(')));
            let today = f.checked_sub(1).is_some_and(|p| toks[p].bare() == "اليوم" || p > 0 && toks[p].cls == Cls::Punct(',') && toks[p - 1].bare() == "اليوم");
            out.push(Explicit { date, wd, future, today, alone, first: f, last });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
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

/// A day-first date written with spaces around its slashes: «7 / 3 / 2021».
fn spaced(toks: &[Tok], i: usize) -> Option<Date> {
    let num = |k: usize, len: std::ops::RangeInclusive<usize>| toks.get(k).filter(|t| t.cls == Cls::Num && len.contains(&t.w.len())).and_then(|t| t.w.parse::<u8>().ok());
    let slash = |k: usize| toks.get(k).is_some_and(|t| t.cls == Cls::Punct('/'));
    let (d, m) = (num(i, 1..=2)?, num(i + 2, 1..=2)?);
    (slash(i + 1) && slash(i + 3)).then(|| year(toks.get(i + 4)).and_then(|y| Date::new(y, m, d))).flatten()
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

/// The day a figure was reported, when its sentence says so in its reporting
/// clause, relative to the publication date `published` (`YYYY-MM-DD`): a cue
/// followed by «أمس» («أعلنت الوزارة، مساء أمس، ...») is the day before; by a
/// weekday («وكانت اللجنة قد أعلنت، مساء الاثنين، ...») the latest such day
/// before publication; a month with «الماضي/المنصرم» between the cue and the
/// figure («أحصت في تقرير نشرته في مارس الماضي ...»), or before a cue with
/// «حينها», is that month. `None`: the publication date stands.
pub fn report_day(toks: &[Tok], s0: usize, f0: usize, published: &str) -> Option<String> {
    let pubd = Date::parse(published)?;
    let cue = (s0..f0).rev().take(40).find(|&j| matches!(toks[j].lex, Some(Lex::Cue(_))))?;
    let w = |k: usize| toks.get(k).map_or("", |t| t.bare());
    // «قد أعلنت، مساء أمس الأحد،», «أعلنت أمس»
    let mut k = cue + 1;
    let mut seen = 0;
    while k < f0 && seen < 4 {
        let t = &toks[k];
        if matches!(t.cls, Cls::Punct(',')) || matches!(w(k), "مساء" | "صباح" | "ليل" | "ليله" | "فجر" | "ظهر" | "يوم" | "عصر") {
            k += 1;
            seen += 1;
            continue;
        }
        if w(k) == "امس" && w(k.wrapping_sub(1)) != "اول" {
            return Some(pubd.add_days(-1).to_string());
        }
        if let Some(wd) = weekday(t).filter(|_| !matches!(w(k + 1), "الماضي" | "المقبل" | "القادم" | "المنصرم" | "الفائت")) {
            let back = (pubd.weekday().index() - wd).rem_euclid(7);
            return Some(pubd.add_days(-back).to_string());
        }
        break;
    }
    // after the source, set off by a comma: «أعلنت لجنة الأطباء، مساء أمس الأحد، ...»
    for (k, t) in toks.iter().enumerate().take(f0.min(cue + 10)).skip(cue + 1) {
        if t.cls == Cls::Punct(',') {
            let mut j = k + 1;
            while matches!(w(j), "مساء" | "صباح" | "ليل" | "ليله" | "فجر" | "ظهر" | "يوم" | "عصر") {
                j += 1;
            }
            if w(j) == "امس" && j < f0 {
                return Some(pubd.add_days(-1).to_string());
            }
            break;
        }
    }
    // «في تقرير نشره في مارس الماضي», «خلال شهر نونبر المنصرم، أعلنت السلطات حينها»
    let then = (cue..f0.min(cue + 4)).any(|j| w(j) == "حينها" || w(j) == "حينذاك");
    let from = if then { s0 } else { cue };
    for j in from..f0 {
        if let Some((m, l)) = month(toks, j).filter(|_| toks[j].cls == Cls::Word) {
            if matches!(w(l + 1), "الماضي" | "المنصرم" | "الفائت") {
                let y = if m > pubd.month { pubd.year - 1 } else { pubd.year };
                return Some(format!("{y:04}-{m:02}"));
            }
        }
    }
    None
}

/// Tokens of the lead (the opening sentence or two).
const LEAD: usize = 60;

fn from_text(toks: &[Tok], header_year: Option<i32>) -> Option<Date> {
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
            Some("امس") => today = today.or(Some((w + 1) % 7)),
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
    let lead = dates.iter().find(|d| d.wd.is_some() && !d.alone && !d.future && d.first < LEAD && consistent(d));
    if let Some(d) = lead.filter(|_| today.is_none() && !said) {
        return d.date;
    }
    // a dateline, unless the text contradicts it (a page clock)
    let dateline = dates.iter().find(|d| {
        d.alone && consistent(d) && today.is_none_or(|w| d.date.unwrap().weekday().index() == w)
    });
    if let Some(d) = dateline.filter(|d| !d.future) {
        return d.date;
    }
    let anchor = dates.iter().filter(|d| !d.future && !d.alone && consistent(d)).filter_map(|d| d.date).max()?;
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
        publication_date(s, None)
    }

    #[test]
    fn given_then_header_then_text() {
        assert_eq!(publication_date("x", Some("2021-03-04")), Some(("2021-03-04".into(), DateSource::Given)));
        assert_eq!(publication_date(" date 2021-03-04\nنص", Some("bad")), Some(("2021-03-04".into(), DateSource::Header)));
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
    }

    #[test]
    fn clock_lines_and_deadlines() {
        let t = "الأربعاء 24 أبريل 2024\n\nقالت الوزارة اليوم الإثنين إن ...";
        assert_eq!(pd(t), None);
        let t = "الخميس 9 مايو 2024\n\nقالت الوزارة اليوم الخميس إن ...";
        assert_eq!(pd(t), Some(("2024-05-09".into(), DateSource::Text)));
        let t = " date 2022-01\nتستمر الطوارئ حتى 19 يناير الجاري. وقال اليوم الأربعاء ... January 5, 2022";
        assert_eq!(pd(t), Some(("2022-01-05".into(), DateSource::Text)));
    }
}
