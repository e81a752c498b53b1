//! Phase 8, de-duplication: a figure repeated (a headline and the body, a
//! summary and a paragraph) is kept once, where the text says who reported it;
//! the same numbers from two different sources, or reported for days more than a month
//! apart (in the body: for two days), or a part of a figure («بينهم امرأتان») and a figure of its own
//! in the body (a headline's part is the body's figure it repeats), stay two figures. A headline's one held («واعتقال مدير المصنع») is dropped when the body holds more
//! and never one: he is one of them. Then the figures are put in text order.

use crate::date::Date;
use crate::figure::{Claimant, Figure, Kind, Qualifier, Status, Victims};

/// What makes two figures one: the same figure repeated (headline and body).
type Key = (Kind, Qualifier, u64, Option<u64>, Option<u64>, Victims, Status);

/// The key of a figure.
pub fn key(f: &Figure) -> Key {
    (f.kind, f.qualifier, f.value, f.min, f.max, f.victims, f.status)
}

/// The figures kept so far, and the earlier ones a later repeat replaces.
#[derive(Default)]
pub struct Dedup {
    seen: Seen,
    /// Whether each figure admitted so far is a part of the one before it («بينهم طفلان»).
    parts: Vec<bool>,
    /// Whether each figure admitted so far is told of a past year («عام 2019»).
    past: Vec<bool>,
    dropped: Vec<usize>,
    /// How many figures the headline gave (the first figures of the output).
    pub headline: usize,
}

impl Dedup {
    /// Whether a figure with key `k` and `claimant` (`part`: a part of the figure
    /// before it; `past`: told of a past year) is to be added to `out` (the caller then pushes it). A repeat is not
    /// added, unless it names its source and the earlier one did not, or the earlier
    /// one is the headline's and the repeat names a source if the headline did: then
    /// the earlier one is dropped (the body's sentence tells more of it: its day, its
    /// clause).
    pub fn admit(&mut self, out: &[Figure], k: Key, claimant: &Option<Claimant>, reported: &Option<String>, (part, past): (bool, bool)) -> bool {
        let admitted = self.admit_one(out, k, claimant, reported, part, past);
        if admitted {
            self.parts.push(part);
            self.past.push(past);
        }
        admitted
    }

    /// [`Dedup::admit`] without recording the part.
    fn admit_one(&mut self, out: &[Figure], k: Key, claimant: &Option<Claimant>, reported: &Option<String>, part: bool, past: bool) -> bool {
        let (slot, new) = self.seen.insert(out, k);
        if new {
            // a headline drops the body's bound or the body's victims: «مقتل 12 شخصا» above
            // «لقي 12 شخصا على الأقل», «16 قتيلا» above «قتل 16 مدنيا», is that figure, told
            // in the body (which the headline's exact, unspecified one then leaves to)
            if out.len() >= self.headline {
                // (or a bound, the same: «محامو الطوارئ: أكثر من 40 قتيلا» above «مقتل أكثر من 40 مدنيا»)
                let same = |f: &Figure| {
                    (f.kind, f.value, f.status) == (k.0, k.2, k.6)
                        && (f.qualifier == Qualifier::Exact && f.victims == k.5 && k.1 != Qualifier::Exact
                            || (f.qualifier == Qualifier::Exact || f.qualifier == k.1) && f.victims == Victims::People && k.5 != Victims::People)
                };
                if let Some(h) = (0..self.headline).find(|&h| same(&out[h]) && self.parts[h] == part && !self.dropped.contains(&h)) {
                    self.dropped.push(h);
                }
            }
            return true;
        }
        let old = self.seen.slots[slot] - 1;
        // the same numbers from two different sources are two figures, and so are a part of
        // a figure («بينهم امرأتان») and a figure of its own with the same numbers
        // (but a headline's unnamed source, «مسؤول: مقتل 3 أشخاص», is the one the body names)
        let unnamed_headline = |x: &crate::figure::Claimant| old < self.headline && super::sources::is_generic(&x.label);
        // (a headline's part is the body's figure it repeats: «9 قتلى بينهم 6 شرطيين» above
        // «مقتل ستة من عناصر الشرطة وثلاثة مدنيين»)
        let two = part != self.parts[old] && old >= self.headline || matches!((&out[old].claimant, claimant), (Some(x), Some(y)) if !unnamed_headline(x) && (x.label != y.label || super::sources::is_generic(&x.label) && x.text != y.text));
        // and the same numbers reported for days far apart are two events («مقتل شخصين» today,
        // and a past attack «الذي قتل فيه شخصان» in March last year)
        // (and so are, in the body, a figure of a past year's event and one of this one's:
        // «وفاة مصابَين اثنين» today and «إذ قُتل شخصان في اشتباك بينهما عام 2019»; a
        // headline's figure is the one its body tells, whatever year the body names)
        if two || past != self.past[old] && old >= self.headline {
            return true;
        }
        // (so are, in the body, the same numbers told for two days: «انتشلت اليوم جثث أربعة»
        // and «وكان قد أعلن أمس مقتل أربعة»; a headline is of the day its body tells)
        let other_day = old >= self.headline && matches!((&out[old].reported, reported), (Some(a), Some(b)) if a != b);
        if other_day || far_apart(&out[old].reported, reported) {
            // (a later repeat is of this event, the latest one with these numbers)
            self.seen.slots[slot] = out.len() + 1;
            return true;
        }
        // a repeat: kept once, where the text says who reported it, and in the body
        // rather than the headline when the body says as much
        let in_headline = old < self.headline;
        let body_says_as_much = in_headline && (claimant.is_some() || out[old].claimant.is_none());
        if !body_says_as_much && (out[old].claimant.is_some() || claimant.is_none()) {
            return false;
        }
        self.dropped.push(old);
        self.seen.slots[slot] = out.len() + 1;
        true
    }

    /// The kept figures, in text order.
    pub fn finish(self, out: &mut Vec<Figure>) {
        let mut keep = vec![true; out.len()];
        for &i in &self.dropped {
            keep[i] = false;
        }
        // (a headline's one held, «واعتقال مدير المصنع», is one of those its body counts when
        // the body holds more and never one: «اعتقلت الشرطة مدير المصنع واثنين من مهندسيه»)
        let held = |f: &Figure, n: u64| f.kind == Kind::Arrested && f.vague.is_none() && (if n == 1 { f.value == 1 } else { f.value >= n });
        let body = |n: u64| (self.headline..out.len()).any(|j| keep[j] && held(&out[j], n));
        if body(2) && !body(1) {
            for h in 0..self.headline.min(out.len()) {
                if held(&out[h], 1) {
                    keep[h] = false;
                }
            }
        }
        let mut k = keep.into_iter();
        out.retain(|_| k.next().unwrap_or(true));
        // In text order. A figure's span lies inside its sentence and the figures
        // come sentence by sentence, so only figures of one sentence can be out of
        // order: an insertion sort (stable) is linear here, and much less code in
        // the page than `sort_by_key`.
        for i in 1..out.len() {
            let mut j = i;
            while j > 0 && (out[j - 1].start, out[j - 1].end) > (out[j].start, out[j].end) {
                out.swap(j - 1, j);
                j -= 1;
            }
        }
    }
}

/// Whether two report dates (`YYYY-MM-DD` or `YYYY-MM`) lie more than a month apart: then
/// the same numbers are two events, not a repeat (a headline and a late-night report a day
/// apart, across the turn of a month, are still one).
fn far_apart(a: &Option<String>, b: &Option<String>) -> bool {
    // (a month alone stands for its first day, and may be a month off)
    let day = |r: &Option<String>| {
        let r = r.as_deref()?;
        let d = if r.len() == 7 { Date::parse(&format!("{r}-01"))? } else { Date::parse(r)? };
        Some((d.to_days(), if r.len() == 7 { 31 } else { 0 }))
    };
    matches!((day(a), day(b)), (Some((x, sx)), Some((y, sy))) if (x - y).abs() > 31 + sx.max(sy))
}

/// The keys of the figures given so far: a minimal open-addressing hash set of
/// indices into the output. Not `std::collections::HashSet`, which costs the
/// web page about 1.7 KB gzipped; not a scan of every earlier figure either,
/// which would make a text with many figures quadratic.
#[derive(Default)]
struct Seen {
    /// 1 + the index in the output of the figure in each slot (0: empty);
    /// a power of two long, at most half full.
    slots: Vec<usize>,
}

impl Seen {
    /// The slot of `k` and whether `k` is new; if new, it is recorded as the key of the figure about to be pushed to `out`.
    fn insert(&mut self, out: &[Figure], k: Key) -> (usize, bool) {
        if 2 * (out.len() + 1) > self.slots.len() {
            // grow, and place the figures again (of a replaced repeat, the later wins)
            self.slots = vec![0; 4 * self.slots.len().max(4)];
            for (i, f) in out.iter().enumerate() {
                let s = self.slot(out, key(f));
                self.slots[s] = i + 1;
            }
        }
        let s = self.slot(out, k);
        let new = self.slots[s] == 0;
        if new {
            self.slots[s] = out.len() + 1;
        }
        (s, new)
    }

    /// The slot that holds `k`, or the empty slot where it goes. The hash
    /// takes the fields that vary most; the rest only cost a probe.
    fn slot(&self, out: &[Figure], k: Key) -> usize {
        let h = (k.2 ^ k.4.unwrap_or(0).rotate_left(32) ^ (k.0 as u64) << 61).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mask = self.slots.len() - 1;
        let mut s = (h >> 32) as usize & mask;
        while self.slots[s] != 0 && key(&out[self.slots[s] - 1]) != k {
            s = (s + 1) & mask;
        }
        s
    }
}
