//! Reading and writing a [`View`] as a URL query string.
//!
//! Keys and values, all short and readable:
//!
//! | key | value | default |
//! | --- | --- | --- |
//! | `kind` | comma list of `killed`, `injured`, `arrested`; empty = none | all |
//! | `source` | comma list of source keys (percent-encoded; `%2C` inside a key); empty = none | all |
//! | `victims` | comma list of victim names; empty = none | all |
//! | `from`, `to` | `YYYY-MM-DD`, year 1900..=2100 | open |
//! | `scale` | `log`, `linear` | `log` |
//! | `by` | `claimant`, `article` | `claimant` |
//! | `disputed`, `vague`, `embed` | `1`/`0` (`true`/`false`; a bare key = `1`) | `1`, `1`, `0` |
//! | `lang` | `ar`, `en` | `ar` |
//! | `view` | `chart`, `table` | `chart` |
//! | `set` | `all`, `base` (the page's own articles), `added` (the reader's) | `all` |
//! | `fig` | a figure key | none |
//!
//! Reading never fails: whatever cannot be read keeps its default and yields one
//! short plain-text note. Repeated list keys add up (`kind=killed&kind=injured`);
//! a repeated single-valued key: the last one wins. A list whose items are all
//! unknown keeps its default. `from > to` is read as the range the other way
//! round (with a note). Only the first [`MAX_QUERY`] bytes and [`MAX_PARAMS`]
//! parameters are read.

use super::pct::{decode, encode_into, push_date};
use super::{Display, GroupBy, Lang, Part, Scale, View};
use crate::date::Date;
use crate::figure::{Kind, Victims};
use crate::view::Set;

/// Every key the query may hold, in the order [`View::to_query`] writes them
/// (index.html's view check names the same ones, to hide a first paint of
/// another view).
pub const KEYS: [&str; 14] =
    ["kind", "source", "victims", "from", "to", "scale", "by", "disputed", "vague", "lang", "view", "set", "fig", "embed"];

/// Bytes of query read; the rest is ignored.
pub const MAX_QUERY: usize = 8 * 1024;
/// Parameters read; the rest are ignored.
pub const MAX_PARAMS: usize = 64;
/// Items read from one list value.
const MAX_ITEMS: usize = 64;
/// Longest source key (in bytes, decoded) accepted.
const MAX_ITEM: usize = 120;
/// Notes about single settings returned; more are summed up in one last
/// note. With the two notes about the caps, at most `MAX_NOTES + 3` in all.
const MAX_NOTES: usize = 4;
/// Characters of the reader's input quoted in a note.
const MAX_QUOTE: usize = 24;
/// Longest figure key accepted.
const MAX_FIG: usize = 200;
/// Years a URL date may have.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The notes about what was ignored: few, short, plain text.
#[derive(Default)]
struct Notes {
    list: Vec<String>,
    overflow: bool,
    too_long: bool,
    too_many: bool,
}

impl Notes {
    fn push(&mut self, msg: String) {
        if self.list.len() < MAX_NOTES {
            self.list.push(msg);
        } else {
            self.overflow = true;
        }
    }

    /// "ignored <what>: “<quote>”", the quote stripped of control and
    /// direction-changing characters and cut short.
    fn ignored(&mut self, what: &str, quote: &str) {
        if self.list.len() >= MAX_NOTES {
            self.overflow = true;
            return;
        }
        let mut m = String::with_capacity(what.len() + 40);
        m.push_str("ignored ");
        m.push_str(what);
        m.push_str(": “");
        let mut n = 0;
        for c in quote.chars() {
            if c.is_control() || matches!(c, '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                continue;
            }
            if n == MAX_QUOTE {
                m.push('…');
                break;
            }
            m.push(c);
            n += 1;
        }
        m.push('”');
        self.push(m);
    }

    /// The notes, those about the caps first: they explain the others.
    fn finish(self) -> Vec<String> {
        let caps = [
            (self.too_long, "address too long: only its first 8 KB were read"),
            (self.too_many, "too many settings: only the first 64 were read"),
        ];
        let mut out: Vec<String> = caps[..2].iter().filter(|c| c.0).map(|c| c.1.to_string()).collect();
        out.extend(self.list);
        if self.overflow {
            out.push("more settings ignored".to_string());
        }
        out
    }
}

/// Which list keys have been seen, so the first replaces the default and later ones add to it.
#[derive(Default)]
struct Seen {
    kind: bool,
    source: bool,
    victims: bool,
}

/// Reads a comma list. `None` when it had items and none could be read
/// (the caller keeps what it had); an empty value is the empty set.
fn read_list<T: Ord>(
    key: &str,
    raw: &str,
    notes: &mut Notes,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<Set<T>> {
    let mut set = Set::new();
    let mut bad = false;
    for item in raw.split(',').filter(|s| !s.is_empty()).take(MAX_ITEMS) {
        match decode(item).as_deref().and_then(&parse) {
            Some(x) => {
                set.insert(x);
            }
            None => {
                bad = true;
                notes.ignored(key, &decode(item).unwrap_or_else(|| item.to_string()));
            }
        }
    }
    (!(bad && set.is_empty())).then_some(set)
}

/// Merges a list read from a repeated key into the view's set.
fn merge<T: Ord>(seen: &mut bool, into: &mut Set<T>, got: Option<Set<T>>) {
    if let Some(got) = got {
        if *seen {
            into.extend(got);
        } else {
            *into = got;
        }
        *seen = true;
    }
}

fn read_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

fn read_date(s: &str) -> Option<Date> {
    Date::parse(s).filter(|d| YEARS.contains(&d.year))
}

impl View {
    /// Reads a query string (with or without the leading `?`; a `#fragment`
    /// is dropped). Never panics. What can be read is applied; the rest keeps
    /// its default and is reported as one short plain-text note each (at most
    /// a handful; show them as text, never as HTML). See the module docs for
    /// the keys.
    pub fn from_query(query: &str) -> (View, Vec<String>) {
        let mut v = View::default();
        let mut notes = Notes::default();
        let mut seen = Seen::default();

        let mut q = query.strip_prefix('?').unwrap_or(query);
        if q.len() > MAX_QUERY {
            let mut end = MAX_QUERY;
            while !q.is_char_boundary(end) {
                end -= 1;
            }
            q = &q[..end];
            notes.too_long = true;
        }
        if let Some(i) = q.find('#') {
            q = &q[..i];
        }
        for (n, part) in q.split('&').filter(|p| !p.is_empty()).enumerate() {
            if n == MAX_PARAMS {
                notes.too_many = true;
                break;
            }
            let (raw_key, raw_val) = match part.split_once('=') {
                Some((k, val)) => (k, Some(val)),
                None => (part, None),
            };
            match decode(raw_key) {
                Some(key) => v.apply(&key, raw_val, &mut notes, &mut seen),
                None => notes.ignored("setting", raw_key),
            }
        }
        if let (Some(a), Some(b)) = (v.from, v.to) {
            if a > b {
                v.from = Some(b);
                v.to = Some(a);
                notes.push("“from” was after “to”: the two were swapped".to_string());
            }
        }
        (v, notes.finish())
    }

    /// Whether `query` names any of the view's [`KEYS`], read as
    /// [`View::from_query`] reads them: a query without one, such as
    /// `?utm_source=…`, leaves the page on the view its set opens with.
    /// (index.html's view check reads the keys as written: a percent-encoded
    /// key still opens its view, after the first paint of the other.)
    pub fn asks_for_view(query: &str) -> bool {
        let q = query.strip_prefix('?').unwrap_or(query);
        let q = q.split('#').next().unwrap_or("");
        let named = |part: &str| decode(part.split('=').next().unwrap_or("")).is_some_and(|k| KEYS.contains(&k.as_str()));
        q.split('&').take(MAX_PARAMS).any(named)
    }

    /// Applies one `key=value` (value still encoded; `None` for a bare key).
    fn apply(&mut self, key: &str, raw: Option<&str>, notes: &mut Notes, seen: &mut Seen) {
        // List keys split before decoding, so `%2C` stays inside an item.
        match (key, raw) {
            ("kind", Some(raw)) => {
                let got = read_list(key, raw, notes, Kind::parse);
                return merge(&mut seen.kind, &mut self.kinds, got);
            }
            ("victims", Some(raw)) => {
                let got = read_list(key, raw, notes, Victims::parse);
                let mut set = self.victims.take().unwrap_or_default();
                merge(&mut seen.victims, &mut set, got);
                self.victims = seen.victims.then_some(set);
                return;
            }
            ("source", Some(raw)) => {
                let got = read_list(key, raw, notes, |s| (s.len() <= MAX_ITEM).then(|| s.to_string()));
                let mut set = self.sources.take().unwrap_or_default();
                merge(&mut seen.source, &mut set, got);
                self.sources = seen.source.then_some(set);
                return;
            }
            _ => {}
        }
        if !KEYS.contains(&key) {
            return notes.ignored("unknown setting", key);
        }
        let val = match raw.map(decode) {
            Some(Some(s)) => s,
            Some(None) => return notes.ignored(key, "text that is not UTF-8"),
            None if matches!(key, "disputed" | "vague" | "embed") => "1".to_string(),
            None => return notes.ignored(key, "no value"),
        };
        let ok = match key {
            "from" => read_date(&val).map(|d| self.from = Some(d)).is_some(),
            "to" => read_date(&val).map(|d| self.to = Some(d)).is_some(),
            "scale" => Scale::parse(&val).map(|x| self.scale = x).is_some(),
            "by" => GroupBy::parse(&val).map(|x| self.by = x).is_some(),
            "lang" => Lang::parse(&val).map(|x| self.lang = x).is_some(),
            "view" => Display::parse(&val).map(|x| self.display = x).is_some(),
            "set" => Part::parse(&val).map(|x| self.part = x).is_some(),
            "disputed" => read_bool(&val).map(|x| self.disputed = x).is_some(),
            "vague" => read_bool(&val).map(|x| self.vague = x).is_some(),
            "embed" => read_bool(&val).map(|x| self.embed = x).is_some(),
            "fig" => {
                let fits = !val.is_empty() && val.len() <= MAX_FIG;
                if fits {
                    self.selected = Some(val.clone());
                }
                fits
            }
            _ => false,
        };
        if !ok {
            notes.ignored(key, &val);
        }
    }

    /// The query string with only the settings that differ from the default,
    /// in the fixed key order of the module docs; `""` when everything is the
    /// default, else starting with `?`. `from`/`to` are written in order (see
    /// [`View::date_range`]); dates outside 1900..=2100, an empty `selected`
    /// and empty source keys cannot be written and are left out.
    pub fn to_query(&self) -> String {
        let d = View::default();
        let mut out = String::new();
        fn key<'a>(out: &'a mut String, k: &str) -> &'a mut String {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(k);
            out.push('=');
            out
        }
        fn list<'a>(out: &mut String, k: &str, items: impl Iterator<Item = &'a str>) {
            let out = key(out, k);
            let mut first = true;
            for s in items.filter(|s| !s.is_empty()) {
                if !first {
                    out.push(',');
                }
                first = false;
                encode_into(out, s);
            }
        }
        if self.kinds != d.kinds {
            list(&mut out, "kind", self.kinds.iter().map(|k| k.as_str()));
        }
        if let Some(s) = &self.sources {
            list(&mut out, "source", s.iter().map(String::as_str));
        }
        if let Some(s) = &self.victims {
            list(&mut out, "victims", s.iter().map(|x| x.as_str()));
        }
        let (from, to) = self.date_range();
        for (k, date) in [("from", from), ("to", to)] {
            if let Some(date) = date.filter(|x| YEARS.contains(&x.year)) {
                push_date(key(&mut out, k), date);
            }
        }
        let words = [
            ("scale", self.scale != d.scale, self.scale.as_str()),
            ("by", self.by != d.by, self.by.as_str()),
            ("disputed", self.disputed != d.disputed, if self.disputed { "1" } else { "0" }),
            ("vague", self.vague != d.vague, if self.vague { "1" } else { "0" }),
            ("lang", self.lang != d.lang, self.lang.as_str()),
            ("view", self.display != d.display, self.display.as_str()),
            ("set", self.part != d.part, self.part.as_str()),
        ];
        for (k, differs, word) in words {
            if differs {
                key(&mut out, k).push_str(word);
            }
        }
        if let Some(f) = self.selected.as_deref().filter(|f| !f.is_empty()) {
            encode_into(key(&mut out, "fig"), f);
        }
        if self.embed {
            key(&mut out, "embed").push('1');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(q: &str) -> View {
        View::from_query(q).0
    }

    #[test]
    fn the_pages_view_check_names_every_key() {
        // index.html hides the static first paint when the query holds one of these.
        let page = include_str!("../../index.html");
        let names = format!("[?&]({})(=|&|$)", KEYS.join("|"));
        assert!(page.contains(&names), "index.html's view check should test {names}");
        let mut v = View::default();
        v.kinds = Set::new();
        v.sources = Some(["a".to_string()].into());
        v.victims = Some(Default::default());
        v.from = Date::parse("2022-01-01");
        v.to = Date::parse("2022-01-02");
        v.scale = Scale::Linear;
        v.by = GroupBy::Article;
        v.lang = Lang::En;
        v.display = Display::Table;
        v.part = Part::Added;
        v.disputed = false;
        v.vague = false;
        v.embed = true;
        v.selected = Some("x".into());
        let q = v.to_query();
        let written: Vec<&str> = q[1..].split('&').map(|p| p.split('=').next().unwrap()).collect();
        assert_eq!(written, KEYS, "every setting written, in KEYS' order");
    }

    #[test]
    fn a_query_asks_for_a_view_when_it_names_a_key() {
        for (q, asks) in [
            ("", false),
            ("?", false),
            ("?utm_source=x&fbclid=1", false),
            ("?kindness=1", false),
            ("?xkind=1", false),
            ("?lang=en", true),
            ("?utm_source=x&embed", true),
            ("embed=1", true),
            ("?a=1#kind=killed", false),
            ("?%6Bind=killed", true),
        ] {
            assert_eq!(View::asks_for_view(q), asks, "{q}");
        }
    }

    #[test]
    fn default_is_the_empty_query() {
        assert_eq!(View::default().to_query(), "");
        assert_eq!(View::from_query(""), (View::default(), vec![]));
        assert_eq!(View::from_query("?"), (View::default(), vec![]));
    }

    #[test]
    fn reads_every_key() {
        let (v, notes) = View::from_query(
            "?kind=killed,injured&source=Police,Interior%20Ministry&victims=protesters,security_forces\
             &from=2022-01-05&to=2022-01-07&scale=linear&by=article&disputed=0&vague=0&lang=en\
             &view=table&fig=000_a7-12k&embed=1",
        );
        assert_eq!(notes, Vec::<String>::new());
        assert_eq!(v.kinds, [Kind::Killed, Kind::Injured].into());
        assert_eq!(v.sources, Some(["Police".to_string(), "Interior Ministry".to_string()].into()));
        assert_eq!(v.victims, Some([Victims::Protesters, Victims::SecurityForces].into()));
        assert_eq!((v.from, v.to), (Date::new(2022, 1, 5), Date::new(2022, 1, 7)));
        assert_eq!((v.scale, v.by, v.lang, v.display), (Scale::Linear, GroupBy::Article, Lang::En, Display::Table));
        assert!(!v.disputed && !v.vague && v.embed);
        assert_eq!(v.selected.as_deref(), Some("000_a7-12k"));
        assert_eq!(
            v.to_query(),
            "?kind=killed,injured&source=Interior%20Ministry,Police&victims=protesters,security_forces\
             &from=2022-01-05&to=2022-01-07&scale=linear&by=article&disputed=0&vague=0&lang=en\
             &view=table&fig=000_a7-12k&embed=1"
        );
    }

    #[test]
    fn writes_only_what_differs() {
        let v = View { scale: Scale::Linear, ..View::default() };
        assert_eq!(v.to_query(), "?scale=linear");
        let v = View { kinds: Set::new(), sources: Some(Set::new()), ..View::default() };
        assert_eq!(v.to_query(), "?kind=&source=");
        assert_eq!(read("?kind=&source="), v);
        let v = View { sources: Some(["a,b".to_string(), "c&d=e".to_string()].into()), ..View::default() };
        assert_eq!(v.to_query(), "?source=a%2Cb,c%26d%3De");
        assert_eq!(read(&v.to_query()), v);
    }

    #[test]
    fn repeated_keys() {
        assert_eq!(read("kind=killed&kind=arrested").kinds, [Kind::Killed, Kind::Arrested].into());
        assert_eq!(read("scale=linear&scale=log").scale, Scale::Log);
        assert_eq!(read("source=A&source=B").sources, Some(["A".to_string(), "B".to_string()].into()));
        assert_eq!(read("victims=children&victims=").victims, Some([Victims::Children].into()));
    }

    #[test]
    fn bare_flags_and_plus_signs() {
        let v = read("embed&disputed=false&vague=true");
        assert!(v.embed && !v.disputed && v.vague);
        assert_eq!(read("source=Interior+Ministry").sources, Some(["Interior Ministry".to_string()].into()));
    }

    #[test]
    fn reversed_dates_are_swapped_with_a_note() {
        let (v, notes) = View::from_query("from=2022-01-07&to=2022-01-05");
        assert_eq!((v.from, v.to), (Date::new(2022, 1, 5), Date::new(2022, 1, 7)));
        assert_eq!(notes.len(), 1);
        // and a view built reversed in code is written in order
        let r = View { from: Date::new(2022, 1, 7), to: Date::new(2022, 1, 5), ..View::default() };
        assert_eq!(r.to_query(), "?from=2022-01-05&to=2022-01-07");
    }

    #[test]
    fn notes_are_few_short_and_plain() {
        let (v, notes) = View::from_query("kind=<script>alert(1)</script>");
        assert_eq!(v.kinds, View::default().kinds, "an all-unknown list keeps its default");
        assert_eq!(notes.len(), 1);
        assert!(notes[0].starts_with("ignored kind: “<script>"), "{}", notes[0]);
        assert!(notes[0].chars().count() < 60, "{}", notes[0]);
        let (_, notes) = View::from_query(&"x=1&".repeat(50));
        assert_eq!(notes.len(), MAX_NOTES + 1);
        assert_eq!(notes[MAX_NOTES], "more settings ignored");
        let (_, notes) = View::from_query("a%E2%80%AEb%0A=1");
        assert_eq!(notes, ["ignored unknown setting: “ab”"]);
        let (v, notes) = View::from_query("kind=killed,bogus");
        assert_eq!(v.kinds, [Kind::Killed].into());
        assert_eq!(notes, ["ignored kind: “bogus”"]);
    }

    /// Inputs a page may meet in the wild. None may panic; each must give a
    /// usable view with no more than a handful of short notes.
    const HOSTILE: &[&str] = &[
        "?kind=<script>",
        "?kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "?source=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "??kind=killed",
        "?&&&&",
        "?=",
        "?==",
        "?=killed",
        "?kind",
        "?kind=",
        "?kind=,,,",
        "?kind=KILLED",
        "?kind=killed%",
        "?kind=%",
        "?kind=%%%",
        "?kind=%zz",
        "?kind=%C3%28",
        "?source=%FF%FE%FD",
        "?%FF=1",
        "?from=2022-02-30",
        "?from=1899-12-31",
        "?to=2101-01-01",
        "?from=99999-01-01",
        "?from=-2022-01-01",
        "?from=2022-1-5",
        "?from=۲۰۲۲-۰۱-۰۵",
        "?from=2022-01-05T00:00",
        "?from=&to=",
        "?scale=LOG",
        "?scale=",
        "?scale",
        "?by=nobody",
        "?disputed=maybe",
        "?vague=2",
        "?embed=yes please",
        "?lang=fr",
        "?lang=ar&lang=en&lang=xx",
        "?view=graph",
        "?fig=",
        "?fig=%00%01%02",
        "?victims=aliens",
        "?victims=,protesters,",
        "?victims=%70rotesters",
        "?unknown=1&other=2",
        "?kind=killed#fragment&scale=linear",
        "#?kind=killed",
        "?kind=killed;scale=linear",
        "?\u{202E}kind=killed",
        "?kind=killed&kind=<b>",
        "?%E2%80%AEscale=linear",
        "?source=a,,b,",
        "kind=killed&scale=linear",
        "?&kind=arrested&",
        "?+kind+=+killed+",
    ];

    fn check_sane(q: &str) {
        let (v, notes) = View::from_query(q);
        let q: String = q.chars().take(60).collect();
        assert!(notes.len() <= MAX_NOTES + 3, "{q}: {notes:?}");
        for n in &notes {
            assert!(n.chars().count() <= 80, "{q}: {n}");
            assert!(!n.chars().any(|c| c.is_control()), "{q}: {n}");
        }
        for d in [v.from, v.to].into_iter().flatten() {
            assert!(YEARS.contains(&d.year), "{q}");
        }
        if let (Some(a), Some(b)) = (v.from, v.to) {
            assert!(a <= b, "{q}");
        }
        // what was read is written back and read the same (if it fits the cap:
        // encoding may make the text longer than what was read)
        let back = v.to_query();
        assert!(back.len() <= 32 * 1024, "{q}");
        if back.len() <= MAX_QUERY {
            assert!(read(&back) == v, "{q}");
        }
    }

    #[test]
    fn hostile_queries_do_not_panic() {
        assert!(HOSTILE.len() >= 30);
        for q in HOSTILE {
            check_sane(q);
        }
        let junk: String = (0..100_000u32).map(|i| char::from(b"%&=,+?#ak9\xC3"[(i * 7 % 11) as usize])).collect();
        check_sane(&junk);
        check_sane(&"kind=killed&".repeat(10_000));
        check_sane(&format!("source={}", "é".repeat(20_000)));
        check_sane(&format!("fig={}", "x".repeat(5_000)));
        check_sane(&format!("source={}", "a,".repeat(5_000)));
    }

    #[test]
    fn hostile_queries_keep_defaults_where_unreadable() {
        let d = View::default();
        assert_eq!(read("?kind=<script>"), d);
        assert_eq!(read("?from=2022-02-30"), d);
        assert_eq!(read("?from=1899-12-31&to=2101-01-01"), d);
        assert_eq!(read("?scale=LOG&lang=fr&view=graph&by=x&vague=2&fig="), d);
        assert_eq!(read("?kind=killed#fragment&scale=linear").kinds, [Kind::Killed].into());
        assert_eq!(read("?kind=killed#fragment&scale=linear").scale, Scale::Log);
        assert_eq!(read("??kind=killed"), d, "the second '?' is part of the key");
        assert_eq!(read("?kind=,,,").kinds, Set::new());
        assert_eq!(read("?victims=%70rotesters").victims, Some([Victims::Protesters].into()));
        let (v, notes) = View::from_query(&format!("scale=linear&{}", "x&".repeat(100)));
        assert_eq!(v.scale, Scale::Linear);
        assert!(notes.iter().any(|n| n.contains("first 64")), "{notes:?}");
        let (_, notes) = View::from_query(&"a".repeat(MAX_QUERY + 1));
        assert!(notes[0].contains("8 KB"));
    }

    fn arb_view() -> impl Strategy<Value = View> {
        let name = "[ -~\u{600}-\u{6FF}]{1,12}";
        let date = (1900i32..=2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap());
        (
            proptest::collection::btree_set(proptest::sample::select(Kind::ALL.to_vec()), 0..=3),
            proptest::option::of(proptest::collection::btree_set(name, 0..4)),
            proptest::option::of(proptest::collection::btree_set(proptest::sample::select(Victims::ALL.to_vec()), 0..=7)),
            (proptest::option::of(date.clone()), proptest::option::of(date)),
            (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
            (any::<bool>(), any::<bool>(), any::<bool>(), proptest::sample::select(vec![Part::All, Part::Base, Part::Added])),
            proptest::option::of("[ -~\u{600}-\u{6FF}]{1,30}"),
        )
            .prop_map(|(kinds, sources, victims, (from, to), (a, b, c, d), (e, f, g, part), selected)| {
                let mut v = View {
                    kinds: kinds.into_iter().collect(),
                    sources: sources.map(|s| s.into_iter().collect()),
                    victims: victims.map(|s| s.into_iter().collect()),
                    from,
                    to,
                    scale: if a { Scale::Linear } else { Scale::Log },
                    by: if b { GroupBy::Article } else { GroupBy::Claimant },
                    disputed: c,
                    vague: d,
                    lang: if e { Lang::En } else { Lang::Ar },
                    display: if f { Display::Table } else { Display::Chart },
                    part,
                    selected,
                    embed: g,
                };
                (v.from, v.to) = v.date_range();
                v
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn round_trips(v in arb_view()) {
            let q = v.to_query();
            let (back, notes) = View::from_query(&q);
            prop_assert_eq!(&back, &v, "{}", q);
            prop_assert!(notes.is_empty(), "{:?}", notes);
            prop_assert!(q.is_empty() || q.starts_with('?'));
            prop_assert!(q.bytes().all(|b| b.is_ascii_graphic()), "{}", q);
        }

        #[test]
        fn never_panics(q in "\\PC{0,300}") {
            let (v, notes) = View::from_query(&q);
            prop_assert!(notes.len() <= MAX_NOTES + 3);
            prop_assert_eq!(read(&v.to_query()), v);
        }

        #[test]
        fn never_panics_on_query_shaped_junk(q in "([a-z]{1,8}(=[a-z0-9%,+&=-]{0,12})?&?){0,12}") {
            let (v, _) = View::from_query(&q);
            prop_assert_eq!(read(&v.to_query()), v);
        }
    }
}
