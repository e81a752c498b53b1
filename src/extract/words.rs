//! The one word table every rule looks up: the word lists of the trigger,
//! victim, attribution and status modules, merged into a table built once, and
//! the clitic stripping (و ف ب ل ك ال) that finds a word's entry.

use super::{claimant, status, triggers, victims};
use crate::figure::{Kind, Victims};
use std::sync::OnceLock;

/// How a trigger word relates to the number it governs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A verb: «قتل 5», «5 أشخاص قتلوا».
    Verb,
    /// A verbal noun before the count: «مقتل 5», «اعتقال 20».
    Event,
    /// A counted noun after the count: «5 قتلى», «عشرات الجرحى».
    Counted,
    /// A dual counted noun that is its own count: «قتيلين» = 2.
    Dual,
    /// A word that completes the verb after the count: «لقوا حتفهم», «أصيبوا بجروح».
    After,
    /// A verbal noun that needs «على» after it: «القضاء على», «القبض على».
    NeedsAla,
}

/// An attribution cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A verb whose subject is the source: «قالت الشرطة».
    Says,
    /// A preposition whose object is the source: «بحسب الشرطة».
    Per,
    /// «نقل ... عن»: the source follows «عن».
    Via,
}

/// What a word is to the extractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    Trig(Kind, Form),
    /// A victim group; the number is 1 for a singular noun, 2 for a dual, 0 otherwise.
    Group(Victims, u8),
    /// «آخرون»: the group of the clause it continues.
    Others,
    /// A counted thing that is not people: a number before it is not a figure.
    Thing,
    /// «حالات» as in «10 حالات وفاة»: look at the next word.
    Case,
    Cue(Cue),
    Neg,
    /// «تشريد», «نزوح»: the count right after it is of people displaced, not a figure.
    Away,
    Retract,
    Deny,
    /// A preposition: a number right after it is its object, not a count.
    Prep,
    /// «حصيلة», «عدد», «ارتفع»: toll phrasing.
    Toll,
}

/// Every word with its entry: a fixed-size open-addressing hash table (FNV-1a,
/// linear probing). Not `std::collections::HashMap`, whose generic code costs
/// the web page about 0.6 KB gzipped; this is as fast and a few lines.
pub(super) struct Table {
    /// A word and its entry, or nothing; `SLOTS` long.
    slots: Vec<Option<(&'static str, Lex)>>,
    len: usize,
}

/// Slots in the table (a power of two): at least twice the number of words, so probes stay short.
const SLOTS: usize = 1 << 11;

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table { slots: vec![None; SLOTS], len: 0 };
        triggers::add(&mut t);
        victims::add(&mut t);
        claimant::add(&mut t);
        status::add(&mut t);
        t
    })
}

/// The slot that holds `w`, or the empty slot where it goes.
fn slot(t: &Table, w: &str) -> usize {
    let h = w.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    let mut s = h as usize % SLOTS;
    while let Some((k, _)) = t.slots[s] {
        if k == w {
            break;
        }
        s = (s + 1) % SLOTS;
    }
    s
}

/// Adds `words` (space separated) with entry `lex`; a word already in the
/// table keeps its first entry.
pub(super) fn put(t: &mut Table, words: &'static str, lex: Lex) {
    for w in words.split_whitespace() {
        let s = slot(t, w);
        if t.slots[s].is_none() {
            assert!(t.len < SLOTS / 2, "the word table needs more slots");
            t.slots[s] = Some((w, lex));
            t.len += 1;
        }
    }
}

/// The entry of a folded word: `(entry, clitic chars stripped, whether ال was stripped)`.
pub fn lookup(w: &str) -> Option<(Lex, usize, bool)> {
    let t = table();
    let mut cs = [(0usize, '\0'); 5];
    let mut n = 0;
    for (k, x) in w.char_indices().enumerate() {
        if k < 5 {
            cs[k] = x;
        }
        n = k + 1;
    }
    let at = |k: usize| (k < n.min(5)).then(|| cs[k].1);
    let byte = |k: usize| if k < n.min(5) { cs[k].0 } else { w.len() };
    // candidate prefix lengths, least stripping first
    let mut cands: [(usize, bool); 8] = [(usize::MAX, false); 8];
    let mut k = 0;
    let mut add = |p: usize, d: bool| {
        if n >= p + 2 && k < 8 {
            cands[k] = (p, d);
            k += 1;
        }
    };
    add(0, false);
    let conj = matches!(at(0), Some('و' | 'ف')) as usize;
    if conj == 1 {
        add(1, false);
    }
    for c in [0, conj] {
        if matches!(at(c), Some('ب' | 'ل' | 'ك')) {
            add(c + 1, false);
        }
    }
    for c in [0, conj] {
        if at(c) == Some('ا') && at(c + 1) == Some('ل') {
            add(c + 2, true);
        }
        if matches!(at(c), Some('ب' | 'ك')) && at(c + 1) == Some('ا') && at(c + 2) == Some('ل') {
            add(c + 3, true);
        }
        if at(c) == Some('ل') && at(c + 1) == Some('ل') {
            add(c + 2, true);
        }
        if conj == 0 {
            break;
        }
    }
    cands[..k].iter().find_map(|&(p, d)| t.slots[slot(t, &w[byte(p)..])].map(|e| (e.1, p, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_are_stripped_to_find_a_word() {
        assert_eq!(lookup("وقتل").map(|x| x.0), Some(Lex::Trig(Kind::Killed, Form::Verb)));
        assert_eq!(lookup("بالسيارات").map(|x| (x.0, x.1, x.2)), Some((Lex::Thing, 3, true)));
        assert_eq!(lookup("للشرطه").map(|x| x.2), Some(true));
        assert_eq!(lookup("وفقا").map(|x| x.0), Some(Lex::Cue(Cue::Per)));
        assert!(lookup("كتب").is_none());
    }
}
