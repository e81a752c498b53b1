//! One article's reading (its figures and publication date) as one compact
//! string, and back; and the request that asks the page's extractor module
//! for it ([`request`]).
//!
//! A built page carries, beside each article's text, the figures that the
//! build read from it, so the page shows its chart without running the
//! extractor (which the page then loads only when the reader adds articles).
//! The page's lazily loaded extractor answers in this form too. It is a cache,
//! not a format for people: [`VERSION`] names the extractor that wrote it, and
//! a reader with another version reads the text again.
//!
//! The string is records separated by `^`, fields by `|`. The first
//! record is the publication date (empty, or the date and the index of its
//! [`DateSource`]); each figure is one record of [`FIELDS`] fields in the
//! order of [`Figure`]'s (the article id is the caller's): enums as their index
//! in `ALL`, numbers in decimal, an absent value empty, a present optional
//! text after a `=`. In text, `` ` ``, `^` and `|` are written `` ` ``
//! followed by `0`, `1` and `2`. The sentence, a piece of the article's text,
//! is where it is in the text (`@` and its first and last byte + 1: a set's
//! figures would otherwise hold its texts again and more, one sentence per
//! figure), so reading needs the text; a sentence not found there is written
//! out after a `=`.

use crate::dates::DateSource;
use crate::figure::{Claimant, Figure, Kind, Qualifier, Status, Vague, Victims};

/// The extractor that read the figures: a hash of its sources (`build.rs`).
pub const VERSION: &str = env!("TALLY_EXTRACT_VERSION");

// Printable: a set's data block is JSON, which writes a control character in
// six bytes (`\u001f`): 15 of them a figure made a third of a large set's block.
const RS: char = '^';
const US: char = '|';
const ESC: char = '`';
/// The fields of one figure's record.
pub const FIELDS: usize = 15;

/// Why a packed string does not read (it was cut, or not written by [`write`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackedError {
    /// The record (0: the date; 1: the first figure).
    pub record: usize,
}

impl std::fmt::Display for PackedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "packed figures: record {} does not read", self.record)
    }
}

fn text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            ESC => out.push_str("`0"),
            RS => out.push_str("`1"),
            US => out.push_str("`2"),
            c => out.push(c),
        }
    }
}

fn untext(s: &str) -> Option<String> {
    if !s.contains(ESC) {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        out.push(match c {
            ESC => match it.next()? {
                '0' => ESC,
                '1' => RS,
                '2' => US,
                _ => return None,
            },
            c => c,
        });
    }
    Some(out)
}

fn num(out: &mut String, n: u64) {
    // (no `format!`: a u64's digits are all it takes)
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or("0"));
}

fn unnum(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 20 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.bytes().try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))
}

fn opt_text(out: &mut String, s: Option<&str>) {
    if let Some(s) = s {
        out.push('=');
        text(out, s);
    }
}

fn unopt_text(s: &str) -> Option<Option<String>> {
    match s.strip_prefix('=') {
        Some(s) => untext(s).map(Some),
        None => s.is_empty().then_some(None),
    }
}

fn index<T: Copy + PartialEq>(all: &[T], v: T) -> u64 {
    all.iter().position(|&a| a == v).unwrap_or(0) as u64
}

fn unindex<T: Copy>(all: &[T], s: &str) -> Option<T> {
    all.get(usize::try_from(unnum(s)?).ok()?).copied()
}

/// `figures` (read in `text`) and the publication date, packed.
pub fn write(text_of: &str, figures: &[Figure], published: Option<&(String, DateSource)>) -> String {
    let mut o = String::with_capacity(figures.iter().map(|f| f.sentence.len() + 64).sum::<usize>() + 16);
    if let Some((date, source)) = published {
        text(&mut o, date);
        o.push(US);
        num(&mut o, index(&DateSource::ALL, *source));
    }
    for f in figures {
        o.push(RS);
        num(&mut o, index(&Kind::ALL, f.kind));
        o.push(US);
        num(&mut o, index(&Qualifier::ALL, f.qualifier));
        o.push(US);
        num(&mut o, f.value);
        for n in [f.min, f.max] {
            o.push(US);
            if let Some(n) = n {
                num(&mut o, n);
            }
        }
        o.push(US);
        if let Some(v) = f.vague {
            num(&mut o, index(&Vague::ALL, v));
        }
        o.push(US);
        text(&mut o, &f.phrase);
        o.push(US);
        num(&mut o, index(&Victims::ALL, f.victims));
        o.push(US);
        opt_text(&mut o, f.claimant.as_ref().map(|c| c.text.as_str()));
        o.push(US);
        opt_text(&mut o, f.claimant.as_ref().map(|c| c.label.as_str()));
        o.push(US);
        opt_text(&mut o, f.reported.as_deref());
        o.push(US);
        num(&mut o, index(&Status::ALL, f.status));
        o.push(US);
        num(&mut o, f.start as u64);
        o.push(US);
        num(&mut o, f.end as u64);
        o.push(US);
        match sentence_at(text_of, f) {
            Some(at) => {
                o.push('@');
                num(&mut o, at as u64);
                o.push(',');
                num(&mut o, (at + f.sentence.len()) as u64);
            }
            None => {
                o.push('=');
                text(&mut o, &f.sentence);
            }
        }
    }
    o
}

/// Where `f.sentence` is in `text`, in bytes (its first occurrence: any
/// gives the same string). Only a sentence that holds the number phrase is
/// written so: reading checks that it does, to tell a text that is not the
/// one the figures were read in.
fn sentence_at(text: &str, f: &Figure) -> Option<usize> {
    if f.sentence.is_empty() || !f.sentence.contains(f.phrase.as_str()) {
        return None;
    }
    text.find(f.sentence.as_str())
}

/// `s` split at each `sep`, an ASCII byte: `str::split` with a char, without
/// making a searcher for each record and field (a large set's block holds
/// tens of thousands of them).
fn split(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The figures (each with `article` as its article) and the publication date
/// that [`write`] packed from `text`.
#[allow(clippy::type_complexity)]
pub fn read(article: &str, text_of: &str, packed: &str) -> Result<(Vec<Figure>, Option<(String, DateSource)>), PackedError> {
    let mut records = split(packed, RS as u8);
    let head = records.next().unwrap_or_default();
    let published = if head.is_empty() {
        None
    } else {
        let mut parts = split(head, US as u8);
        let (date, source) = parts.next().zip(parts.next()).filter(|_| parts.next().is_none()).ok_or(PackedError { record: 0 })?;
        let date = untext(date).ok_or(PackedError { record: 0 })?;
        Some((date, unindex(&DateSource::ALL, source).ok_or(PackedError { record: 0 })?))
    };
    let figures = records
        .enumerate()
        .map(|(i, r)| figure(article, text_of, r).ok_or(PackedError { record: i + 1 }))
        .collect::<Result<Vec<Figure>, PackedError>>()?;
    Ok((figures, published))
}

fn figure(article: &str, text_of: &str, record: &str) -> Option<Figure> {
    let mut f = [""; FIELDS];
    let mut it = split(record, US as u8);
    for slot in &mut f {
        *slot = it.next()?;
    }
    if it.next().is_some() {
        return None;
    }
    let opt_num = |s: &str| if s.is_empty() { Some(None) } else { unnum(s).map(Some) };
    let phrase = untext(f[6])?;
    let sentence = match f[14].split_at_checked(1)? {
        ("=", s) => untext(s)?,
        ("@", span) => {
            let (a, b) = span.split_once(',')?;
            let (a, b) = (usize::try_from(unnum(a)?).ok()?, usize::try_from(unnum(b)?).ok()?);
            let s = text_of.get(a..b)?;
            // (another text than the one read: the phrase is not in the sentence)
            if !s.contains(phrase.as_str()) {
                return None;
            }
            s.to_string()
        }
        _ => return None,
    };
    let claimant = match (unopt_text(f[8])?, unopt_text(f[9])?) {
        (Some(text), Some(label)) => Some(Claimant { text, label }),
        (None, None) => None,
        _ => return None,
    };
    Some(Figure {
        article: article.to_string(),
        kind: unindex(&Kind::ALL, f[0])?,
        qualifier: unindex(&Qualifier::ALL, f[1])?,
        value: unnum(f[2])?,
        min: opt_num(f[3])?,
        max: opt_num(f[4])?,
        vague: if f[5].is_empty() { None } else { Some(unindex(&Vague::ALL, f[5])?) },
        phrase,
        victims: unindex(&Victims::ALL, f[7])?,
        claimant,
        reported: unopt_text(f[10])?,
        status: unindex(&Status::ALL, f[11])?,
        start: usize::try_from(unnum(f[12])?).ok()?,
        end: usize::try_from(unnum(f[13])?).ok()?,
        sentence,
    })
}

/// A request to the page's extractor module (`reader/`): the article's id,
/// its given publication date and the reader's day ([`crate::Options::today`];
/// empty for none), each after its length in 4 bytes (little-endian), then the
/// text; all UTF-8.
pub fn request(id: &str, published: Option<&str>, today: Option<&str>, text: &str) -> Vec<u8> {
    let (published, today) = (published.unwrap_or(""), today.unwrap_or(""));
    let mut r = Vec::with_capacity(12 + id.len() + published.len() + today.len() + text.len());
    for f in [id, published, today] {
        r.extend((f.len() as u32).to_le_bytes());
        r.extend(f.as_bytes());
    }
    r.extend(text.as_bytes());
    r
}

/// A [`request`] taken apart.
#[derive(Debug, PartialEq, Eq)]
pub struct Request<'a> {
    pub id: &'a str,
    /// The given publication date.
    pub published: Option<&'a str>,
    /// The reader's day ([`crate::Options::today`]).
    pub today: Option<&'a str>,
    pub text: &'a str,
}

/// A [`request`] taken apart, or what is wrong with it.
pub fn parse_request(req: &[u8]) -> Result<Request<'_>, &'static str> {
    fn field(b: &[u8]) -> Option<(&[u8], &[u8])> {
        let n = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
        Some((b.get(4..4 + n)?, b.get(4 + n..)?))
    }
    let (id, rest) = field(req).ok_or("request cut short")?;
    let (date, rest) = field(rest).ok_or("request cut short")?;
    let (today, text) = field(rest).ok_or("request cut short")?;
    fn some(b: &[u8]) -> Result<Option<&str>, &'static str> {
        let s = std::str::from_utf8(b).map_err(|_| "request is not UTF-8")?;
        Ok((!s.is_empty()).then_some(s))
    }
    let utf8 = |b| std::str::from_utf8(b).map_err(|_| "request is not UTF-8");
    Ok(Request { id: utf8(id)?, published: some(date)?, today: some(today)?, text: utf8(text)? })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract_dated, Options};

    fn sample() -> Figure {
        Figure {
            article: "a".into(),
            kind: Kind::Injured,
            qualifier: Qualifier::Range,
            value: 12,
            min: Some(10),
            max: Some(u64::MAX),
            vague: Some(Vague::TensOfThousands),
            phrase: "بين 10 و^20 |".into(),
            victims: Victims::Journalists,
            claimant: Some(Claimant { text: "وزارة `0".into(), label: "".into() }),
            reported: Some("2022-01".into()),
            status: Status::Denied,
            start: 0,
            end: 7,
            sentence: "|`^ =x \u{1e}".into(),
        }
    }

    #[test]
    fn every_field_and_every_separator_in_text_reads_back() {
        let mut none = sample();
        none.min = None;
        none.max = None;
        none.vague = None;
        none.claimant = None;
        none.reported = None;
        none.phrase = String::new();
        none.sentence = String::new();
        let figs = vec![sample(), none];
        for published in [None, Some(("2022-01-06".to_string(), DateSource::Text))] {
            let p = write("", &figs, published.as_ref());
            assert_eq!(read("a", "", &p), Ok((figs.clone(), published)));
        }
        assert_eq!(read("a", "", ""), Ok((vec![], None)));
    }

    #[test]
    fn a_sentence_is_written_as_where_it_is_in_the_text() {
        let mut f = sample();
        f.sentence = "قتل 5 أشخاص.".into();
        f.phrase = "5 أشخاص".into();
        let text = "ثم قتل 5 أشخاص. وغير ذلك";
        let p = write(text, &[f.clone()], None);
        let at = text.find("قتل 5").unwrap();
        assert!(p.ends_with(&format!("@{at},{}", at + f.sentence.len())), "{p:?}");
        assert_eq!(read("a", text, &p), Ok((vec![f.clone()], None)));
        // Read against another text: the span does not fit, or not on a character's edge.
        assert!(read("a", "short", &p).is_err());
        assert!(read("a", &"x".repeat(200), &p).is_err(), "the phrase is not in what the span gives");
        let cut = format!("{}@1,3", &p[..p.rfind('@').unwrap()]);
        assert!(read("a", text, &cut).is_err(), "inside a character");
    }

    #[test]
    fn what_the_extractor_reads_in_the_test_fixtures_reads_back() {
        let mut n = 0;
        for dir in ["../tests/fixtures", "../../shared/seeds"] {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            for e in entries.flatten() {
                let paths: Vec<_> = if e.path().is_dir() {
                    std::fs::read_dir(e.path()).unwrap().flatten().map(|e| e.path()).collect()
                } else {
                    vec![e.path()]
                };
                for p in paths.into_iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
                    let text = std::fs::read_to_string(&p).unwrap();
                    let (figs, published) = extract_dated("x", &text, &Options::default());
                    let packed = write(&text, &figs, published.as_ref());
                    assert_eq!(read("x", &text, &packed), Ok((figs.clone(), published)), "{p:?}");
                    // Every sentence is found in the text, with its phrase: none is written out.
                    assert!(packed.split(RS).skip(1).all(|r| r.rsplit(US).next().is_some_and(|s| s.starts_with('@'))), "{p:?}");
                    n += figs.len();
                }
            }
        }
        assert!(n > 100, "only {n} figures read: are the fixtures where this test looks?");
    }

    #[test]
    fn a_request_reads_back_and_a_bad_one_is_a_message() {
        let r = request("a-1", Some("2022-01-06"), Some("2026-12-04"), "نص \u{1e}");
        assert_eq!(parse_request(&r), Ok(Request { id: "a-1", published: Some("2022-01-06"), today: Some("2026-12-04"), text: "نص \u{1e}" }));
        assert_eq!(parse_request(&request("", None, None, "")), Ok(Request { id: "", published: None, today: None, text: "" }));
        assert_eq!(parse_request(b"\x05\x00\x00\x00ab"), Err("request cut short"));
        assert_eq!(parse_request(&[1, 0, 0, 0, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]), Err("request is not UTF-8"));
        assert_eq!(parse_request(&[]), Err("request cut short"));
    }

    #[test]
    fn a_cut_or_foreign_string_is_an_error_not_a_panic() {
        let p = write("", &[sample()], Some(&("2022-01-06".to_string(), DateSource::Given)));
        for cut in 1..p.len() {
            if p.is_char_boundary(cut) {
                let _ = read("a", "", &p[..cut]);
            }
        }
        for bad in ["x", "^1", "2022|9", "^0|0|99999999999999999999999", "^0|0|1||||`x|0||||0|0|0|=s"] {
            assert!(read("a", "", bad).is_err(), "{bad:?}");
        }
        let two_claimant_fields_disagree = p.replacen("|=وزارة", "|", 1);
        assert!(read("a", "", &two_claimant_fields_disagree).is_err());
    }
}
