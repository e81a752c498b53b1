//! Phase 2, tokenise: the folded text cut into tokens (Arabic words, Latin
//! words, numbers, other things such as links, dates and clocks, punctuation,
//! line breaks) and sentences. It knows nothing of the rules: each token's
//! lexicon entry is left empty here and filled by [`super::annotate`].

use super::lexicon::{self, Cue, Lex, Words};
use super::normalise::{fold, is_ar_letter, is_latin, normalise};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cls {
    /// A run of Arabic letters.
    Word,
    /// A run of Latin letters (and digits inside them).
    Latin,
    /// Digits, possibly with thousands or decimal separators.
    Num,
    /// Something to ignore for figures: links, `2022-01-06`, `10:30`.
    Other,
    /// One punctuation char (quotes folded to `"`).
    Punct(char),
    /// A line break.
    Break,
}

/// One token of the folded text.
#[derive(Clone, Debug)]
pub struct Tok {
    /// The folded form (Latin lower-cased).
    pub w: String,
    /// Char range in the folded text.
    pub s: usize,
    pub e: usize,
    pub cls: Cls,
    /// The lexicon entry, if the word (less its clitics) is in it.
    pub lex: Option<Lex>,
    /// Whether the lexicon match stripped the article ال.
    pub def: bool,
    /// Whether the original text marks the word's last «ا» with the accusative's tanween
    /// («ممرضاً», «ممرضًا»): an indefinite object, or an adverb («مؤقتاً»).
    pub nunated: bool,
}

impl Tok {
    /// The word less a leading conjunction و/ف.
    pub fn bare(&self) -> &str {
        strip_conj(&self.w)
    }
    /// Whether the word, less a conjunction or as written, is in `list`: «وفجر»
    /// and «فجر» are both «فجر» (whose «ف» is no conjunction).
    #[inline]
    pub fn is_in(&self, list: &Words) -> bool {
        let b = self.bare();
        // (the word as written only when it has a conjunction to strip)
        list.contains(&b) || b.len() != self.w.len() && list.contains(&self.w.as_str())
    }
    /// [`Tok::is_in`], the article ال stripped too: «الوسائل», «ووسائل».
    #[inline]
    pub fn is_in_def(&self, list: &Words) -> bool {
        let b = self.bare();
        list.contains(&b.no_al()) || b.len() != self.w.len() && list.contains(&self.w.no_al())
    }
    /// Whether the word starts with the conjunction و/ف: the word without it has the
    /// same entry («وإصابة», «وقالت»; not «وفاة», nor «وثّقت»).
    pub fn has_conj(&self) -> bool {
        self.w.len() != self.bare().len() && lexicon::lookup_or_dual(self.bare()).map(|x| x.0) == self.lex
    }
    /// A definite word after the conjunction «و»/«ف»: «والشرطة».
    pub fn and_definite(&self) -> bool {
        self.w.len() != self.bare().len() && self.bare().starts_with("ال")
    }
    /// A definite group after the conjunction «و»/«ف» («والشرطة»): right after a count, the
    /// subject of a clause of its own («إلى 23 والشرطة تعتقل ثلاثة»).
    pub fn and_group(&self) -> bool {
        self.has_conj() && self.def && matches!(self.lex, Some(Lex::Group(..)))
    }
    /// A noun with a possessive pronoun, its, their or our: «جنوده», «عناصرها», «أبنائنا».
    pub fn with_possessive(&self) -> bool {
        self.cls == Cls::Word && ["ه", "ها", "هم", "نا"].iter().any(|p| self.w.ends_with(p)) && self.w.chars().count() > 4
    }
    /// A participle of saying: «مؤكدا», «مضيفة», «مشيرا», «قائلا», «لافتا» (it goes on with
    /// the speaker named).
    pub fn says_participle(&self) -> bool {
        let w = self.bare();
        self.lex == Some(Lex::Cue(Cue::Says)) && (w.starts_with('م') && (w.ends_with('ا') || w.ends_with('ه')) || matches!(w, "قائلا" | "قائله" | "لافتا" | "لافته"))
    }
    pub fn is_quote(&self) -> bool {
        self.cls == Cls::Punct('"')
    }
    /// Punctuation that ends a clause (quotes and dashes do not).
    pub fn is_clause_end(&self) -> bool {
        match self.cls {
            Cls::Break => true,
            Cls::Punct(c) => matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '(' | ')' | '[' | ']'),
            _ => false,
        }
    }
}

/// A word less the article ال (once): `strip_prefix`, not `trim_start_matches`,
/// whose pattern searcher costs the pass several percent.
pub trait Article {
    fn no_al(&self) -> &str;
}

impl Article for str {
    #[inline]
    fn no_al(&self) -> &str {
        self.strip_prefix("ال").unwrap_or(self)
    }
}

/// A word less a leading conjunction و or ف (when two chars or more are left).
///
/// Read from the bytes: the rules ask this of nearly every token, many times,
/// and the page runs it first as baseline wasm, where each `chars()` step is a
/// call. و is U+0648 and ف U+0641, `D9 88` and `D9 81` in UTF-8.
pub fn strip_conj(w: &str) -> &str {
    match w.as_bytes() {
        [0xD9, 0x88 | 0x81, lead, ..] => {
            // the length of the char after the conjunction, from its lead byte
            let first = match lead {
                0..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            // (something after that char: a second char)
            if w.len() > 2 + first {
                &w[2..]
            } else {
                w
            }
        }
        _ => w,
    }
}

/// Longest sentence, in tokens: longer runs are cut so work stays linear.
const MAX_SENTENCE: usize = 120;

/// The article text, folded and tokenised.
pub struct Doc<'a> {
    pub text: &'a str,
    /// For each folded char, the index of the original char it came from.
    pub map: Vec<usize>,
    /// Byte offset of each original char (plus one past the end).
    pub bytes: Vec<usize>,
    pub toks: Vec<Tok>,
    /// Sentences as token ranges.
    pub sents: Vec<(usize, usize)>,
}

impl<'a> Doc<'a> {
    /// The text normalised and tokenised, tokens not yet annotated (see
    /// [`Doc::new`] in [`super::annotate`] for the whole front end).
    pub fn tokenise(text: &'a str) -> Doc<'a> {
        let super::normalise::Folded { chars, map, bytes } = normalise(text);
        let toks = tokenize(&chars);
        let sents = sentences(&toks);
        Doc { text, map, bytes, toks, sents }
    }

    /// Original char offset of folded index `s` (start) / one past `e - 1` (end).
    pub fn orig_start(&self, s: usize) -> usize {
        self.map.get(s).copied().unwrap_or(self.bytes.len() - 1)
    }
    pub fn orig_end(&self, e: usize) -> usize {
        if e == 0 {
            return 0;
        }
        // take in the marks that follow (harakat after the last letter)
        let mut k = self.map[e - 1] + 1;
        while k + 1 < self.bytes.len() && self.text[self.bytes[k]..].chars().next().is_some_and(|c| fold(c).is_none()) {
            k += 1;
        }
        k
    }
    /// The original text of tokens `a..=b`, skipping `pre` chars of clitic on `a`.
    pub fn slice_toks(&self, a: usize, b: usize, pre: usize) -> &'a str {
        let s = self.orig_start(self.toks[a].s + pre);
        let e = self.orig_end(self.toks[b].e);
        self.slice(s, e)
    }
    /// The original text between original char offsets.
    pub fn slice(&self, s: usize, e: usize) -> &'a str {
        let (s, e) = (s.min(self.bytes.len() - 1), e.min(self.bytes.len() - 1));
        if s >= e {
            return "";
        }
        &self.text[self.bytes[s]..self.bytes[e]]
    }
    /// Index of the sentence holding token `i`.
    #[cfg(test)]
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sents.partition_point(|&(_, e)| e <= i)
    }
}

/// Marks whitespace-delimited chunks that are links, so their digits are not numbers.
fn link_mask(chars: &[char]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && !chars[j].is_whitespace() {
            j += 1;
        }
        let chunk = &chars[i..j];
        let has = |p: &str| {
            let p: Vec<char> = p.chars().collect();
            chunk.windows(p.len()).any(|w| w == &p[..])
        };
        let latin = chunk.iter().any(|c| c.is_ascii_punctuation()) && chunk.iter().any(|c| c.is_ascii_alphabetic());
        if latin && ["://", "www.", ".com", ".org", ".net", "pic.", ".co/", ".ly/", "@"].iter().any(|p| has(p)) {
            // (not the brackets, quotes and stops around it: «(ROP@):» leaves its colon to the
            // sentence, a speaker's mark)
            let (mut a, mut b) = (i, j);
            while a < b && matches!(chars[a], '(' | '[' | '"' | '\'' | '«') {
                a += 1;
            }
            while b > a && matches!(chars[b - 1], ')' | ']' | ':' | ',' | '.' | ';' | '"' | '\'' | '»' | '،') {
                b -= 1;
            }
            mask[a..b].iter_mut().for_each(|m| *m = true);
        }
        i = j;
    }
    mask
}

// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
fn tokenize(chars: &[char]) -> Vec<Tok> {
    let mask = link_mask(chars);
    let n = chars.len();
    let mut toks = Vec::with_capacity(n / 5);
    let mut i = 0;
    let push = |toks: &mut Vec<Tok>, s: usize, e: usize, cls: Cls| {
        let w: String = chars[s..e].iter().collect();
        toks.push(Tok { w, s, e, cls, lex: None, def: false, nunated: false });
    };
    while i < n {
        let c = chars[i];
        if c == '\n' {
            push(&mut toks, i, i + 1, Cls::Break);
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if mask[i] {
            let s = i;
            while i < n && mask[i] && !chars[i].is_whitespace() {
                i += 1;
            }
            push(&mut toks, s, i, Cls::Other);
        } else if c.is_ascii_digit() {
            let s = i;
            let mut other = false;
            while i < n && chars[i].is_ascii_digit() {
                i += 1;
                if i + 1 < n && matches!(chars[i], ',' | '.' | '-' | '/' | ':') && chars[i + 1].is_ascii_digit() {
                    other |= matches!(chars[i], '-' | '/' | ':');
                    i += 1;
                }
            }
            let latin_near = (s > 0 && is_latin(chars[s - 1])) || (i < n && is_latin(chars[i]));
            // «30-40»: two numbers joined by a dash are a range (a date has three parts)
            let mut seps = (s..i).filter(|&k| !chars[k].is_ascii_digit());
            if let (true, Some(d), None) = (other && !latin_near, seps.next(), seps.next()) {
                if chars[d] == '-' {
                    push(&mut toks, s, d, Cls::Num);
                    push(&mut toks, d, d + 1, Cls::Punct('-'));
                    push(&mut toks, d + 1, i, Cls::Num);
                    continue;
                }
            }
            push(&mut toks, s, i, if other || latin_near { Cls::Other } else { Cls::Num });
        } else if is_ar_letter(c) {
            let s = i;
            while i < n && is_ar_letter(chars[i]) {
                i += 1;
            }
            push(&mut toks, s, i, Cls::Word);
        } else if is_latin(c) {
            let s = i;
            while i < n && (is_latin(chars[i]) || chars[i].is_ascii_digit()) {
                i += 1;
            }
            push(&mut toks, s, i, Cls::Latin);
        } else if c == '.' && i > 0 && i + 1 < n && is_ar_letter(chars[i - 1]) && is_ar_letter(chars[i + 1]) {
            // «العربية.نت», «الجزيرة.نت»: a site's name, not a sentence's end
            push(&mut toks, i, i + 1, Cls::Other);
            i += 1;
        } else {
            push(&mut toks, i, i + 1, Cls::Punct(c));
            i += 1;
        }
    }
    // «مقتل (531) شخصا»: brackets around a lone number read through, like quotes
    for j in 2..toks.len() {
        if toks[j - 2].cls == Cls::Punct('(') && toks[j - 1].cls == Cls::Num && toks[j].cls == Cls::Punct(')') {
            toks[j - 2].cls = Cls::Punct('"');
            toks[j].cls = Cls::Punct('"');
        }
    }
    toks
}

// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
fn sentences(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (i, t) in toks.iter().enumerate() {
        let end = match t.cls {
            Cls::Break => true,
            Cls::Punct(c) => matches!(c, '.' | '!' | '?' | ';'),
            _ => false,
        };
        if t.cls == Cls::Break && i == s {
            s = i + 1; // blank lines make no sentence
        } else if end || i + 1 - s >= MAX_SENTENCE {
            out.push((s, i + 1));
            s = i + 1;
        }
    }
    if s < toks.len() {
        out.push((s, toks.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conjunction_is_stripped_when_two_chars_or_more_follow() {
        for (w, want) in [
            ("وقتل", "قتل"),
            ("فقتل", "قتل"),
            ("وفي", "في"),
            ("ول", "ول"),
            ("وa", "وa"),
            ("وab", "ab"),
            ("و5€", "5€"),
            ("و€", "و€"),
            ("و😀x", "😀x"),
            ("و", "و"),
            ("قتل", "قتل"),
            ("", ""),
            ("ي", "ي"),
        ] {
            assert_eq!(strip_conj(w), want, "{w}");
            // the same as counting chars
            let mut it = w.chars();
            let by_chars = match it.next() {
                Some('و' | 'ف') if it.clone().count() >= 2 => it.as_str(),
                _ => w,
            };
            assert_eq!(strip_conj(w), by_chars, "{w}");
        }
    }

    #[test]
    fn a_listed_word_that_starts_with_waw_or_fa_is_found_with_and_without_a_conjunction() {
        use super::super::lexicon::{MEN_OF, OTHERS_SAID, TIMES};
        let tok = |w: &str| Doc::new(w).toks.remove(0);
        for (w, list, want) in [
            ("فجر", &TIMES, true),
            ("وفجر", &TIMES, true),
            ("فرد", &MEN_OF, true),
            ("وفرد", &MEN_OF, true),
            ("رد", &MEN_OF, false),
        ] {
            assert_eq!(tok(w).is_in(list), want, "{w}");
        }
        assert!(tok("وسائل").is_in_def(&OTHERS_SAID));
        assert!(tok("ووسائل").is_in_def(&OTHERS_SAID));
        assert!(!tok("سائل").is_in_def(&OTHERS_SAID));
    }

    #[test]
    fn keeps_offsets_into_the_original() {
        let text = "قُتِلَ\u{200F} ٣ «أشخاص»\u{00A0}ـــ";
        let d = Doc::new(text);
        let folded: String = text.chars().filter_map(fold).collect();
        assert_eq!(folded, "قتل 3 \"اشخاص\" ");
        // every folded char points back at the char it came from
        let orig: Vec<char> = text.chars().collect();
        for (k, &o) in d.map.iter().enumerate() {
            assert_eq!(Some(fold(orig[o]).unwrap()), folded.chars().nth(k));
        }
        let three = d.toks.iter().find(|t| t.cls == Cls::Num).unwrap();
        assert_eq!(d.slice(d.orig_start(three.s), d.orig_end(three.e)), "٣");
    }

    #[test]
    fn digits_of_all_families_and_separators() {
        let d = Doc::new("۱۲ و١٢ و12 و18,000 و١٬٥٠٠ و1,8");
        let nums: Vec<&str> = d.toks.iter().filter(|t| t.cls == Cls::Num).map(|t| t.w.as_str()).collect();
        assert_eq!(nums, ["12", "12", "12", "18,000", "1,500", "1,8"]);
    }

    #[test]
    fn links_dates_and_times_are_not_numbers() {
        let d = Doc::new("انظر https://t.co/Op5Gw pic.twitter.com/pd7v في 2022-01-06 الساعة 10:30 covid19");
        assert!(d.toks.iter().all(|t| t.cls != Cls::Num), "{:?}", d.toks);
    }

    #[test]
    fn a_handle_leaves_its_brackets_and_colon_to_the_sentence() {
        let d = Doc::new("شرطة عمان (ROP@): وفاة 2");
        let cls: Vec<Cls> = d.toks.iter().map(|t| t.cls).collect();
        assert_eq!(cls, [Cls::Word, Cls::Word, Cls::Punct('('), Cls::Other, Cls::Punct(')'), Cls::Punct(':'), Cls::Word, Cls::Num]);
    }

    #[test]
    fn sentences_split_on_stops_and_lines() {
        let d = Doc::new("قال الوزير. ثم أضاف؟\nسطر آخر 1.5 مليون");
        assert_eq!(d.sents.len(), 3);
    }
}
