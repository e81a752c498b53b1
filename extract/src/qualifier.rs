//! Qualifiers: how the text bounds a number. Before it: أكثر من / ما يزيد على /
//! تجاوز / نيف و (more than), ما لا يقل عن (at least), نحو / حوالي / قرابة / زهاء /
//! ما يقارب / يقترب من (about), لا يتجاوز / أقل من (at most), ما بين X و Y / من X إلى Y
//! (range). After it: على الأقل (at least), تقريبا (about), أو أكثر / وأكثر (at least),
//! أو أقل (at most), ونيف (more than).

use super::lexicon::{Lex, EXCEED, TOLL_HEADS};
use super::tokenise::{Article, Cls, Tok};

/// A qualifier written before the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Before {
    MoreThan,
    AtLeast,
    About,
    AtMost,
    /// «بين» / «ما بين»: a range if a second number follows.
    Between,
    /// «من»: a range if «إلى» and a second number follow.
    From,
}

const BEFORE: &[(&[&str], Before)] = &[
    (&["ما", "لا", "يقل", "عن"], Before::AtLeast),
    (&["ما", "لا", "تقل", "عن"], Before::AtLeast),
    (&["لا", "يقل", "عن"], Before::AtLeast),
    (&["لا", "تقل", "عن"], Before::AtLeast),
    // (the future's negation: «عدد الضحايا لن يقل عن 60»)
    (&["لن", "يقل", "عن"], Before::AtLeast),
    (&["لن", "تقل", "عن"], Before::AtLeast),
    (&["علي", "الاقل"], Before::AtLeast),
    (&["ما", "لا", "يزيد", "عن"], Before::AtMost),
    (&["ما", "لا", "يزيد", "علي"], Before::AtMost),
    (&["لا", "يزيد", "عن"], Before::AtMost),
    (&["لا", "يزيد", "علي"], Before::AtMost),
    (&["لا", "تزيد", "عن"], Before::AtMost),
    (&["لا", "تزيد", "علي"], Before::AtMost),
    (&["لا", "يتجاوز"], Before::AtMost),
    (&["لا", "تتجاوز"], Before::AtMost),
    (&["لم", "يتجاوز"], Before::AtMost),
    (&["لم", "تتجاوز"], Before::AtMost),
    (&["لن", "يتجاوز"], Before::AtMost),
    (&["لن", "تتجاوز"], Before::AtMost),
    // (the plural, after the people: «وأن قتلاها "لا يتجاوزون ثلاثة"», «يزيدون على العشرين»)
    (&["لا", "يتجاوزون"], Before::AtMost),
    (&["لم", "يتجاوزوا"], Before::AtMost),
    (&["لا", "يزيدون", "علي"], Before::AtMost),
    (&["لا", "يزيدون", "عن"], Before::AtMost),
    // «لا أقل من ثلاثين»: at least (before «أقل من», at most)
    (&["ما", "لا", "اقل", "من"], Before::AtLeast),
    (&["لا", "اقل", "من"], Before::AtLeast),
    (&["اقل", "من", "او", "يساوي"], Before::AtMost),
    (&["يساوي", "او", "اقل", "من"], Before::AtMost),
    (&["لا", "اكثر", "من"], Before::AtMost),
    (&["اقل", "من"], Before::AtMost),
    (&["اصغر", "من"], Before::AtMost),
    (&["علي", "الاكثر"], Before::AtMost),
    (&["اكثر", "من", "او", "يساوي"], Before::AtLeast),
    (&["اكبر", "من", "او", "يساوي"], Before::AtLeast),
    (&["يساوي", "او", "اكثر", "من"], Before::AtLeast),
    (&["اكبر", "من"], Before::MoreThan),
    (&["ما", "فوق"], Before::MoreThan),
    (&["فوق"], Before::MoreThan),
    // «ما يصل إلى 700», «قد يصل إلى 500»: up to
    (&["ما", "يصل", "الي"], Before::AtMost),
    (&["ما", "تصل", "الي"], Before::AtMost),
    (&["يصل", "الي"], Before::AtMost),
    (&["تصل", "الي"], Before::AtMost),
    (&["ما", "يزيد", "علي"], Before::MoreThan),
    (&["ما", "يزيد", "عن"], Before::MoreThan),
    (&["ما", "يربو", "علي"], Before::MoreThan),
    (&["ما", "ينيف", "عن"], Before::MoreThan),
    (&["ما", "ينيف", "علي"], Before::MoreThan),
    (&["ينيف", "عن"], Before::MoreThan),
    (&["ينيف", "علي"], Before::MoreThan),
    (&["ما", "يربو", "عن"], Before::MoreThan),
    (&["يزيدون", "علي"], Before::MoreThan),
    (&["يزيدون", "عن"], Before::MoreThan),
    (&["يزيد", "علي"], Before::MoreThan),
    (&["يزيد", "عن"], Before::MoreThan),
    (&["يربو", "علي"], Before::MoreThan),
    // (the feminine, after a feminine noun: «خسائر تزيد على 12 قتيلاً», «حصيلة تربو على 40»)
    (&["تزيد", "علي"], Before::MoreThan),
    (&["تزيد", "عن"], Before::MoreThan),
    (&["تربو", "علي"], Before::MoreThan),
    (&["ما", "يفوق"], Before::MoreThan),
    (&["ما", "تفوق"], Before::MoreThan),
    (&["اكثر", "من"], Before::MoreThan),
    (&["ازيد", "من"], Before::MoreThan),
    (&["يقترب", "من"], Before::About),
    (&["تقترب", "من"], Before::About),
    (&["ما", "يقرب", "من"], Before::About),
    (&["يقرب", "من"], Before::About),
    (&["ما", "يقارب"], Before::About),
    (&["ما", "يناهز"], Before::About),
    (&["في", "حدود"], Before::About),
    (&["يفوق"], Before::MoreThan),
    (&["تفوق"], Before::MoreThan),
    (&["تجاوز"], Before::MoreThan),
    (&["تجاوزت"], Before::MoreThan),
    (&["يتجاوز"], Before::MoreThan),
    (&["تتجاوز"], Before::MoreThan),
    (&["فاق"], Before::MoreThan),
    (&["فاقت"], Before::MoreThan),
    (&["تخطي"], Before::MoreThan),
    (&["تخطت"], Before::MoreThan),
    (&["نحو"], Before::About),
    (&["حوالي"], Before::About),
    (&["قرابه"], Before::About),
    (&["زهاء"], Before::About),
    (&["يقارب"], Before::About),
    (&["يناهز"], Before::About),
    (&["تقريبا"], Before::About),
    (&["نيف"], Before::MoreThan),
    (&["نيفا"], Before::MoreThan),
    (&["بين"], Before::Between),
    (&["من"], Before::From),
];

/// The first word of a pattern may carry و, ب or ل («وأكثر من», «بنحو», «الإسعافات لنحو 150»);
/// not «لتصل إلى»: a toll that rose «to reach» a count gives it exactly.
fn first_matches(t: &Tok, p: &str) -> bool {
    let b = t.bare();
    b == p || b.strip_prefix('ب') == Some(p) || b.strip_prefix('ل') == Some(p) && !matches!(p, "من" | "يصل" | "تصل") || t.w == p
}

/// The qualifier ending right before token `a` (not before `s0`), with the index it starts at.
pub fn before(toks: &[Tok], a: usize, s0: usize) -> Option<(Before, usize)> {
    // «تجاوز الـ 700»: the article written apart before the number
    let a = if a > s0 && toks[a - 1].w == "ال" { a - 1 } else { a };
    for &(pat, q) in BEFORE {
        let n = pat.len();
        if a < s0 + n {
            continue;
        }
        let st = a - n;
        let ok = pat.iter().enumerate().all(|(k, p)| {
            let t = &toks[st + k];
            if k == 0 { first_matches(t, p) } else { t.w == *p }
        });
        if ok {
            return Some((q, st));
        }
    }
    None
}

/// A qualifier after the number in `toks[from..to]` (within its clause):
/// at least, more than, about or at most, as a [`Before`], with the index of its last token.
pub fn after(toks: &[Tok], from: usize, to: usize) -> Option<(Before, usize)> {
    let to = to.min(toks.len());
    let w = |j: usize| if j < to { toks[j].w.as_str() } else { "" };
    for (j, tok) in toks.iter().enumerate().take(to).skip(from) {
        if tok.is_clause_end() || tok.cls == super::tokenise::Cls::Num {
            break;
        }
        match (tok.bare(), w(j + 1), w(j + 2)) {
            ("علي" | "في", "الاقل", _) => return Some((Before::AtLeast, j + 1)),
            ("علي", "اقل", "تقدير") => return Some((Before::AtLeast, j + 2)),
            ("او", "اكثر", _) => return Some((Before::AtLeast, j + 1)),
            // «500 أو أقل»: at most; «خمسمائة وأكثر», «50 فأكثر»: at least
            ("او", "اقل", _) => return Some((Before::AtMost, j + 1)),
            ("علي", "الاكثر", _) => return Some((Before::AtMost, j + 1)),
            // (but «وأكثر من 5000» starts another number)
            _ if matches!(tok.w.as_str(), "واكثر" | "فاكثر") && w(j + 1) != "من" => return Some((Before::AtLeast, j)),
            // «عشرون ونيف»
            ("نيف" | "نيفا", _, _) if tok.w.starts_with('و') => return Some((Before::MoreThan, j)),
            ("تقريبا", _, _) => return Some((Before::About, j)),
            _ => {}
        }
    }
    None
}

/// A toll that exceeds the number at `q0`: a verb of exceeding with a toll
/// word after it, or the counted noun itself, definite, within 8 words before
/// the number (20 before a toll's head, «عدد», «مجموع», whose subject may be
/// long) and nothing between that ends a clause or counts («وتجاوز عدد
/// القتلى 500», «فاقت حصيلة القتلى 90», «تجاوزت الوفيات 800 حالة»): more than
/// the number; after «لا» or «لم», at most («لم يتجاوز عدد الوفيات الناجمة عن
/// إصابات العمل 31 حالة»).
pub fn exceeds(toks: &[Tok], s0: usize, q0: usize) -> Option<Before> {
    let toll = |t: &Tok| t.lex == Some(Lex::Toll) || t.is_in(&TOLL_HEADS) || t.def && matches!(super::lexicon::trig(t.lex), Some((_, super::lexicon::Form::Counted)));
    // (a year is no count: «تجاوز مجموع حالات الاعتقال خلال عام 2025 كاملاً 60 حالة»)
    let year = |j: usize| j > s0 && matches!(toks[j - 1].bare().no_al(), "عام" | "سنه");
    let open = |j: usize| !toks[j].is_clause_end() && (toks[j].cls != Cls::Num || year(j)) && !matches!(toks[j].lex, Some(Lex::Cue(_)));
    // (a toll's head, «عدد», «مجموع», may take a longer subject: up to 20 words)
    let far = |j: usize| q0 - j <= 8 || toks.get(j + 1).is_some_and(|t| t.is_in(&TOLL_HEADS));
    let j = (q0.saturating_sub(20).max(s0)..q0).rev().take_while(|&j| open(j)).find(|&j| toks.get(j + 1).is_some_and(toll) && toks[j].is_in(&EXCEED) && far(j))?;
    let not = j > s0 && matches!(toks[j - 1].w.as_str(), "لا" | "لم" | "ولم");
    Some(if not { Before::AtMost } else { Before::MoreThan })
}

/// A verb of exceeding at `k`, negated or not: «تجاوز», «لا يتجاوز», «لم تتجاوز», «لا تقل» (a
/// qualifier that is a verb of the toll, and stands for it).
pub fn exceeding_verb(toks: &[Tok], k: usize) -> bool {
    // («لا تقل عن 19»: not less than, a bound that is a verb too)
    toks[k].is_in(&EXCEED) || matches!(toks[k].w.as_str(), "لا" | "لم" | "لن") && toks.get(k + 1).is_some_and(|x| x.is_in(&EXCEED) || matches!(x.w.as_str(), "يقل" | "تقل"))
}

#[cfg(test)]
mod tests {
    use super::super::tokenise::Doc;
    use super::*;

    fn q(s: &str) -> Option<Before> {
        let d = Doc::new(s);
        before(&d.toks, d.toks.len(), 0).map(|x| x.0)
    }

    #[test]
    fn qualifiers_before() {
        assert_eq!(q("أكثر من"), Some(Before::MoreThan));
        assert_eq!(q("ما يزيد على"), Some(Before::MoreThan));
        assert_eq!(q("تجاوز"), Some(Before::MoreThan));
        assert_eq!(q("ما لا يقل عن"), Some(Before::AtLeast));
        assert_eq!(q("لن يقل عن"), Some(Before::AtLeast));
        assert_eq!(q("لن يتجاوز"), Some(Before::AtMost));
        assert_eq!(q("نحو"), Some(Before::About));
        assert_eq!(q("بنحو"), Some(Before::About));
        assert_eq!(q("لنحو"), Some(Before::About));
        assert_eq!(q("حوالى"), Some(Before::About));
        assert_eq!(q("قُرابة"), Some(Before::About));
        assert_eq!(q("زهاء"), Some(Before::About));
        assert_eq!(q("ما يقارب"), Some(Before::About));
        assert_eq!(q("لا يتجاوز"), Some(Before::AtMost));
        assert_eq!(q("لا يتجاوزون"), Some(Before::AtMost));
        assert_eq!(q("يزيدون على"), Some(Before::MoreThan));
        assert_eq!(q("أقل من"), Some(Before::AtMost));
        assert_eq!(q("ما بين"), Some(Before::Between));
        assert_eq!(q("قال"), None);
    }

    #[test]
    fn qualifiers_after() {
        let d = Doc::new("12 من الجنود على الأقل");
        assert_eq!(after(&d.toks, 1, d.toks.len()).map(|x| x.0), Some(Before::AtLeast));
        let d = Doc::new("12 قتيلا تقريباً");
        assert_eq!(after(&d.toks, 1, d.toks.len()).map(|x| x.0), Some(Before::About));
        let d = Doc::new("12 قتيلا، على الأقل");
        assert_eq!(after(&d.toks, 1, d.toks.len()), None);
    }
}
