//! Reading numbers: Western, Arabic-Indic and Persian digits with thousands and
//! decimal separators (`18,000`, `١٬٥٠٠`, `1,8 مليون`), number words with their
//! genders and clitics (ثلاث/ثلاثة, اثني عشر, مئة وخمسة وثلاثين, ألفين, ملايين),
//! mixed forms (`8 آلاف`), and vague quantities (عشرات, مئات الجرحى, آلاف,
//! عشرات الآلاف, بضع عشرات), which come out as their own kind, never a number;
//! «بضعة» alone is below those classes and reads as the range 3–9 («بضعة عشر» 13–19).

use super::lexicon::Table;
use super::tokenise::{strip_conj, Cls, Tok};
use std::sync::OnceLock;
use crate::figure::Vague;

/// A quantity as written, before qualifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Q {
    N(u64),
    V(Vague),
    /// A range a word gives: «بضعة» 3–9, «بضعة عشر» 13–19.
    R(u64, u64),
}

/// A number phrase: tokens `a..=b`, with `pre` chars of clitic on token `a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub q: Q,
    pub a: usize,
    pub b: usize,
    pub pre: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum W {
    /// 1..=10
    Unit(u64),
    /// أحد/اثنا: only before عشر
    TeenHead(u64),
    /// 20..=90
    Ten(u64),
    /// 100..=900
    Hund(u64),
    /// ألف, مليون (single), dual (ألفان) or plural (آلاف)
    Scale(u64, u8),
    Vague(Vague),
    /// بضع/بضعة
    Few,
    /// الآلاف after عشرات/مئات
    TheThousands,
}

fn unit_stem(s: &str) -> Option<u64> {
    Some(match s {
        "ثلاث" | "ثلث" => 3,
        "اربع" => 4,
        "خمس" => 5,
        "ست" => 6,
        "سبع" => 7,
        "ثمان" | "ثماني" => 8,
        "تسع" => 9,
        _ => return None,
    })
}

/// The number words, in their folded spellings, in a table built on first use
/// (a lookup is one hash, where a `match` on strings compares many).
fn words() -> &'static Table<W> {
    static T: OnceLock<Table<W>> = OnceLock::new();
    T.get_or_init(|| {
        use W::*;
        let mut t = Table::new(1 << 8);
        t.put("واحد واحده واحدا", Unit(1));
        t.put("احد احدي", TeenHead(1));
        t.put("اثنان اثنين اثنتان اثنتين", Unit(2));
        t.put("اثنا اثني اثنتا اثنتي", TeenHead(2));
        // (with the accusative's «ا»: «بلغ عدد الجثث تسعا»)
        t.put("ثلاث ثلاثه ثلاثا", Unit(3));
        t.put("اربع اربعه اربعا", Unit(4));
        t.put("خمس خمسه خمسا", Unit(5));
        t.put("ست سته ستا", Unit(6));
        t.put("سبع سبعه سبعا", Unit(7));
        t.put("ثمان ثماني ثمانيه ثمانيا", Unit(8));
        t.put("تسع تسعه تسعا", Unit(9));
        t.put("عشر عشره عشرا", Unit(10));
        t.put("عشرون عشرين", Ten(20));
        t.put("ثلاثون ثلاثين", Ten(30));
        t.put("اربعون اربعين", Ten(40));
        t.put("خمسون خمسين", Ten(50));
        t.put("ستون ستين", Ten(60));
        t.put("سبعون سبعين", Ten(70));
        t.put("ثمانون ثمانين", Ten(80));
        t.put("تسعون تسعين", Ten(90));
        t.put("مئه مائه", Hund(100));
        t.put("مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي", Hund(200));
        t.put("الف الفا", Scale(1_000, 1));
        t.put("الفان الفين الفي", Scale(1_000, 2));
        t.put("الاف الافا", Scale(1_000, 0));
        t.put("مليون مليونا", Scale(1_000_000, 1));
        t.put("مليونان مليونين مليوني", Scale(1_000_000, 2));
        t.put("ملايين", Scale(1_000_000, 0));
        t.put("مليار مليارا", Scale(1_000_000_000, 1));
        t.put("ملياران مليارين", Scale(1_000_000_000, 2));
        t.put("مليارات", Scale(1_000_000_000, 0));
        t.put("عشرات العشرات", Vague(crate::figure::Vague::Tens));
        t.put("مئات المئات", Vague(crate::figure::Vague::Hundreds));
        t.put("الالاف", TheThousands);
        t.put("بضع بضعه", Few);
        t
    })
}

fn word_value(w: &str) -> Option<W> {
    words().get(w).or_else(|| {
        // «ثلاثمئة», «خمسمائة»
        let h = w.strip_suffix("مئه").or_else(|| w.strip_suffix("مائه"))?;
        Some(W::Hund(unit_stem(h)? * 100))
    })
}

/// A number word, less clitics: `(value, clitic chars, had a و)`.
fn word(t: &Tok) -> Option<(W, usize, bool)> {
    if t.cls != Cls::Word {
        return None;
    }
    if let Some(v) = word_value(&t.w) {
        return Some((v, 0, false));
    }
    let c = strip_conj(&t.w);
    let waw = c.len() < t.w.len();
    if waw {
        if let Some(v) = word_value(c) {
            return Some((v, 1, true));
        }
    }
    // («مقارنة بست وفيات»: «ست» after «ب» too, though «لست» is «you are not»)
    let r = c.strip_prefix(['ب', 'ل', 'ك']).filter(|r| r.chars().count() > 2 || *r == "ست" && c.starts_with('ب'))?;
    word_value(r).map(|v| (v, waw as usize + 1, waw))
}

/// Parses a digit token: `(integer, decimal places)` (`1,8` → (18, 1); `18,000` → (18000, 0)).
fn digits(w: &str) -> Option<(u128, u32)> {
    let groups: Vec<&str> = w.split([',', '.']).collect();
    let seps: Vec<char> = w.chars().filter(|c| matches!(c, ',' | '.')).collect();
    let num = |s: &str| s.parse::<u128>().ok();
    if groups.len() == 1 {
        return Some((num(w)?, 0));
    }
    let thousands = groups[1..].iter().all(|g| g.len() == 3) && seps.iter().all(|&c| c == seps[0]) && groups[0].len() <= 3;
    if thousands {
        return Some((num(&groups.concat())?, 0));
    }
    if groups.len() == 2 {
        return Some((num(&groups.concat())?, groups[1].len() as u32));
    }
    // «1,234.5»: the last group is the decimals
    let (last, rest) = groups.split_last()?;
    Some((num(&(rest.concat() + last))?, last.len() as u32))
}

const MAX: u128 = 1_000_000_000_000;

/// A number word with ال («الألف», «المئة»), where the caller knows it is a count.
pub fn read_def(toks: &[Tok], i: usize, end: usize) -> Option<Phrase> {
    let t = toks.get(i).filter(|_| i < end && toks[i].cls == Cls::Word)?;
    let c = strip_conj(&t.w);
    // «الاثنتي عشرة», «الأحد عشر»: a teen with ال, then «عشر»
    if let Some(W::TeenHead(h)) = word_value(c.strip_prefix("ال")?) {
        toks.get(i + 1).filter(|_| i + 1 < end && matches!(toks[i + 1].w.as_str(), "عشر" | "عشره"))?;
        return Some(Phrase { q: Q::N(10 + h), a: i, b: i + 1, pre: (c.len() < t.w.len()) as usize });
    }
    // «الجرحى الأربعة عشر»: a unit with ال, then «عشر»
    if let Some(W::Unit(v @ 1..=9)) = word_value(c.strip_prefix("ال")?) {
        if toks.get(i + 1).is_some_and(|n| i + 1 < end && matches!(n.w.as_str(), "عشر" | "عشره")) {
            return Some(Phrase { q: Q::N(10 + v), a: i, b: i + 1, pre: (c.len() < t.w.len()) as usize });
        }
        // («تجاوز الخمسة والعشرين»: a unit with ال, then its tens with «وال»)
        let tens = toks.get(i + 1).filter(|_| i + 1 < end).and_then(|n| n.w.strip_prefix("وال")).and_then(word_value);
        if let Some(W::Ten(ten)) = tens {
            return Some(Phrase { q: Q::N(v + ten), a: i, b: i + 1, pre: (c.len() < t.w.len()) as usize });
        }
    }
    let n = word_value(c.strip_prefix("ال")?).and_then(|w| match w {
        W::Unit(v) | W::Ten(v) | W::Hund(v) => Some(v),
        W::Scale(s, 1) => Some(s),
        W::Scale(s, 2) => Some(2 * s),
        _ => None,
    })?;
    Some(Phrase { q: Q::N(n), a: i, b: i, pre: (c.len() < t.w.len()) as usize })
}

/// The number phrase starting at token `i` (before `end`), if any.
pub fn read(toks: &[Tok], i: usize, end: usize) -> Option<Phrase> {
    let t = toks.get(i).filter(|_| i < end)?;
    if t.cls == Cls::Num {
        let (mut m, dec) = digits(&t.w)?;
        // «40 000», «1 234 567»: digits grouped by spaces (one space, groups of three)
        let mut i = i;
        let short = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
        let a = i;
        while dec == 0 && short(&toks[i].w) && i + 1 < end && toks[i + 1].cls == Cls::Num && toks[i + 1].w.len() == 3 && short(&toks[i + 1].w) && toks[i + 1].s == toks[i].e + 1 {
            m = m * 1000 + digits(&toks[i + 1].w)?.0;
            i += 1;
        }
        let scale = toks.get(i + 1).filter(|_| i + 1 < end).and_then(|n| word_value(&n.w));
        let (mut v, mut b) = match scale {
            Some(W::Scale(s, n)) if n != 2 => (m * s as u128 / 10u128.pow(dec), i + 1),
            _ if dec > 0 => return None,
            _ => (m, i),
        };
        // «38 ألفا و345» (not a second count with its own scale: «بين 12 ألفاً و30 ألفاً»)
        let own_scale = toks.get(b + 3).is_some_and(|n| b + 3 < end && matches!(word_value(&n.w), Some(W::Scale(..))));
        if let Some(W::Scale(s, _)) = scale.filter(|_| b + 2 < end && toks[b + 1].w == "و" && toks[b + 2].cls == Cls::Num && !own_scale) {
            if let Some((r, 0)) = digits(&toks[b + 2].w).filter(|&(r, _)| r < s as u128) {
                v += r;
                b += 2;
            }
        }
        return (v <= MAX).then_some(Phrase { q: Q::N(v as u64), a, b, pre: 0 });
    }
    let (w0, pre, _) = word(t)?;
    let next = |j: usize| if j < end { toks.get(j).and_then(word) } else { None };
    match w0 {
        W::Vague(v) => {
            if let Some((W::TheThousands | W::Scale(1_000, 0), _, false)) = next(i + 1) {
                return Some(Phrase { q: Q::V(Vague::TensOfThousands), a: i, b: i + 1, pre });
            }
            return Some(Phrase { q: Q::V(v), a: i, b: i, pre });
        }
        W::TheThousands => return Some(Phrase { q: Q::V(Vague::Thousands), a: i, b: i, pre }),
        W::Scale(1_000, 0) => return Some(Phrase { q: Q::V(Vague::Thousands), a: i, b: i, pre }),
        W::Few => {
            return match next(i + 1) {
                Some((W::Vague(v), _, false)) => Some(Phrase { q: Q::V(v), a: i, b: i + 1, pre }),
                Some((W::Scale(1_000, 0), _, false)) => Some(Phrase { q: Q::V(Vague::Thousands), a: i, b: i + 1, pre }),
                Some((W::Unit(10), _, false)) => Some(Phrase { q: Q::R(13, 19), a: i, b: i + 1, pre }),
                Some(_) => None,
                None => Some(Phrase { q: Q::R(3, 9), a: i, b: i, pre }),
            }
        }
        W::TeenHead(_) if !matches!(next(i + 1), Some((W::Unit(10), _, false))) => return None,
        _ => {}
    }
    // numeric words: total of scale groups plus the group being built
    let (mut total, mut cur): (u128, u128) = (0, 0);
    let mut order = 9u8; // order of the last part of `cur`: 0 unit, 1 ten, 2 hundred, 9 none
    let mut last_scale = u128::MAX;
    let mut b = i;
    let mut j = i;
    while j < end {
        // «مائة و ستون», «ألفين و مائتان»: «و» written apart from the number word after it
        let spaced = j > i && toks[j].w == "و" && matches!(next(j + 1), Some((_, _, false)));
        if spaced {
            j += 1;
        }
        let Some((mut w, _, mut waw)) = next(j) else { break };
        waw |= spaced;
        // «وأحد عشر» folds to «واحد عشر»
        if j > i && toks[j].w == "واحد" && matches!(next(j + 1), Some((W::Unit(10), _, false))) {
            (w, waw) = (W::TeenHead(1), true);
        }
        let first = j == i;
        let fresh = cur == 0 && (first || waw);
        match w {
            W::Unit(v) | W::TeenHead(v) if fresh || (waw && order == 2) => {
                if let Some((W::Unit(10), _, false)) = next(j + 1) {
                    if v < 10 {
                        cur += 10 + v as u128;
                        order = 1; // a teen takes no tens after it
                        j += 2;
                        b = j - 1;
                        continue;
                    }
                }
                if matches!(w, W::TeenHead(_)) {
                    break;
                }
                cur += v as u128;
                order = 0;
            }
            W::Ten(v) if fresh || (waw && (order == 2 || (order == 0 && cur % 100 < 10))) => {
                cur += v as u128;
                order = 1;
            }
            W::Hund(v) if fresh => {
                cur += v as u128;
                order = 2;
            }
            // «ثلاث مئة»
            W::Hund(100) if !waw && order == 0 && (1..10).contains(&cur) => {
                cur *= 100;
                order = 2;
            }
            W::Scale(s, n) if (s as u128) < last_scale => {
                let s = s as u128;
                match n {
                    2 if fresh => total += 2 * s,
                    // «خمسة آلاف»; and «مائة آلاف» as people write it (for «مائة ألف»)
                    0 if !waw && ((3..=10).contains(&cur) || cur >= 100 && cur % 100 == 0) => total += cur * s,
                    1 if fresh => total += s,
                    1 if !waw && cur > 0 => total += cur * s,
                    _ => break,
                }
                cur = 0;
                order = 9;
                last_scale = s;
            }
            _ => break,
        }
        b = j;
        j += 1;
    }
    // «ثلاثة آلاف و500»: digits after a scale word; «مليون و200 ألف»: with a smaller scale
    // word of their own
    if order == 9 && total > 0 && b + 2 < end && toks[b + 1].w == "و" && toks[b + 2].cls == Cls::Num {
        let small = next(b + 3).and_then(|(w, _, waw)| match w {
            W::Scale(s, n) if !waw && n != 2 && (s as u128) < last_scale => Some(s as u128),
            _ => None,
        });
        if let Some((r, 0)) = digits(&toks[b + 2].w).filter(|&(r, _)| r < small.map_or(last_scale, |s| last_scale / s)) {
            total += r * small.unwrap_or(1);
            b += if small.is_some() { 3 } else { 2 };
        }
    }
    let v = total + cur;
    (v > 0 && v <= MAX).then_some(Phrase { q: Q::N(v as u64), a: i, b, pre })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::tokenise::Doc;
    use super::*;

    fn num(s: &str) -> Option<Q> {
        let d = Doc::new(s);
        read(&d.toks, 0, d.toks.len()).filter(|p| p.b + 1 == d.toks.len()).map(|p| p.q)
    }

    /// Writes `n` (1..1e12) in Arabic words, the way newspapers do.
    pub(crate) fn words(n: u64, fem: bool) -> String {
        const UM: [&str; 11] = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
        const UF: [&str; 11] = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
        const TENS: [&str; 10] = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"];
        const HUNDS: [&str; 10] =
            ["", "مئة", "مئتين", "ثلاثمئة", "أربعمائة", "خمسمئة", "ستمائة", "سبعمئة", "ثمانمئة", "تسعمائة"];
        fn below_1000(n: u64, fem: bool) -> String {
            let u = if fem { &UF } else { &UM };
            let (h, r) = (n / 100, n % 100);
            let mut parts = Vec::new();
            if h > 0 {
                parts.push(HUNDS[h as usize].to_string());
            }
            if r > 0 {
                parts.push(match r {
                    1..=10 => u[r as usize].to_string(),
                    11 => if fem { "إحدى عشرة" } else { "أحد عشر" }.to_string(),
                    12 => if fem { "اثنتي عشرة" } else { "اثني عشر" }.to_string(),
                    13..=19 => format!("{} {}", u[(r - 10) as usize], if fem { "عشرة" } else { "عشر" }),
                    _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
                    _ => format!("{} و{}", u[(r % 10) as usize], TENS[(r / 10) as usize]),
                });
            }
            parts.join(" و")
        }
        let scales = [(1_000_000_000, "مليار", "ملياران", "مليارات"), (1_000_000, "مليون", "مليونين", "ملايين"), (1000, "ألف", "ألفين", "آلاف")];
        let mut parts = Vec::new();
        let mut r = n;
        for (s, one, two, many) in scales {
            let k = r / s;
            r %= s;
            match k {
                0 => {}
                1 => parts.push(one.to_string()),
                2 => parts.push(two.to_string()),
                3..=10 => parts.push(format!("{} {}", below_1000(k, false), many)),
                _ => parts.push(format!("{} {}", below_1000(k, false), one)),
            }
        }
        if r > 0 {
            parts.push(below_1000(r, fem));
        }
        parts.join(" و")
    }

    #[test]
    fn digits_in_every_family() {
        assert_eq!(num("317"), Some(Q::N(317)));
        assert_eq!(num("٣١٧"), Some(Q::N(317)));
        assert_eq!(num("۳۱۷"), Some(Q::N(317)));
        assert_eq!(num("18,000"), Some(Q::N(18_000)));
        assert_eq!(num("١٨٬٠٠٠"), Some(Q::N(18_000)));
        assert_eq!(num("1,8 مليون"), Some(Q::N(1_800_000)));
        assert_eq!(num("١٫٥ مليون"), Some(Q::N(1_500_000)));
        assert_eq!(num("8 آلاف"), Some(Q::N(8_000)));
        assert_eq!(num("٣ ملايين"), Some(Q::N(3_000_000)));
        assert_eq!(num("20 ألفا"), Some(Q::N(20_000)));
        assert_eq!(num("38 ألفا و345"), Some(Q::N(38_345)));
        // (not a second count with its own scale: «بين 12 ألفاً و30 ألفاً»)
        let d = Doc::new("12 ألفاً و30 ألفاً");
        assert_eq!(read(&d.toks, 0, d.toks.len()).map(|p| (p.q, p.b)), Some((Q::N(12_000), 1)));
        assert_eq!(num("2.5"), None);
    }

    #[test]
    fn words_with_gender_and_clitics() {
        assert_eq!(num("ثلاث"), Some(Q::N(3)));
        assert_eq!(num("ثلاثة"), Some(Q::N(3)));
        assert_eq!(num("بثمانية"), Some(Q::N(8)));
        assert_eq!(num("اثني عشر"), Some(Q::N(12)));
        assert_eq!(num("عشرون"), Some(Q::N(20)));
        assert_eq!(num("وعشرين"), Some(Q::N(20)));
        assert_eq!(num("ثلاثمئة"), Some(Q::N(300)));
        assert_eq!(num("ثلاثمائة"), Some(Q::N(300)));
        assert_eq!(num("ثلاث مئة"), Some(Q::N(300)));
        assert_eq!(num("مئة وخمسة وثلاثين"), Some(Q::N(135)));
        assert_eq!(num("ألف"), Some(Q::N(1000)));
        assert_eq!(num("ألفان"), Some(Q::N(2000)));
        assert_eq!(num("ألفين"), Some(Q::N(2000)));
        assert_eq!(num("خمسة آلاف"), Some(Q::N(5000)));
        assert_eq!(num("مليون"), Some(Q::N(1_000_000)));
        assert_eq!(num("مليون و200 ألف"), Some(Q::N(1_200_000)));
        assert_eq!(num("ثلاثة آلاف و500"), Some(Q::N(3_500)));
        assert_eq!(num("ثلاثة ملايين"), Some(Q::N(3_000_000)));
        assert_eq!(num("ثَمَانِيَةُ"), Some(Q::N(8)));
    }

    #[test]
    fn vague_quantities_are_not_numbers() {
        assert_eq!(num("عشرات"), Some(Q::V(Vague::Tens)));
        assert_eq!(num("العشرات"), Some(Q::V(Vague::Tens)));
        assert_eq!(num("مئات"), Some(Q::V(Vague::Hundreds)));
        assert_eq!(num("آلاف"), Some(Q::V(Vague::Thousands)));
        assert_eq!(num("الآلاف"), Some(Q::V(Vague::Thousands)));
        assert_eq!(num("عشرات الآلاف"), Some(Q::V(Vague::TensOfThousands)));
        assert_eq!(num("بضع عشرات"), Some(Q::V(Vague::Tens)));
        assert_eq!(num("بضعة آلاف"), Some(Q::V(Vague::Thousands)));
        // «بضعة» is three to nine, «بضعة عشر» thirteen to nineteen: ranges, below the vague classes
        assert_eq!(num("بضعة"), Some(Q::R(3, 9)));
        assert_eq!(num("بضع عشرة"), Some(Q::R(13, 19)));
    }

    #[test]
    fn separate_numbers_do_not_join() {
        let d = Doc::new("ثلاثة وخمسة");
        assert_eq!(read(&d.toks, 0, 2).map(|p| (p.q, p.b)), Some((Q::N(3), 0)));
        let d = Doc::new("خمسة وعشرون");
        assert_eq!(read(&d.toks, 0, 2).map(|p| (p.q, p.b)), Some((Q::N(25), 1)));
    }

    #[test]
    fn every_written_integer_reads_back() {
        let mut seed = 0x2545F4914F6CDD1Du64;
        let mut vals: Vec<u64> = (1..=3000).collect();
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let digits = 1 + seed % 12;
            vals.push(1 + seed % 10u64.pow(digits as u32));
        }
        for n in vals {
            for fem in [false, true] {
                let w = words(n, fem);
                assert_eq!(num(&w), Some(Q::N(n)), "{n} = «{w}»");
            }
        }
    }
}
