//! Phase 3, annotate: each Arabic word token gets its entry from the one
//! lexicon ([`super::lexicon`]), found after stripping clitics, and whether the
//! article ال was stripped to find it. After this phase the rules read tokens
//! and their entries only.

use super::lexicon::{self, Lex};
use crate::figure::Kind;
use super::tokenise::{Cls, Doc, Tok};

/// Fills in each word token's lexicon entry.
// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
pub fn annotate(toks: &mut [Tok]) {
    for t in toks.iter_mut().filter(|t| t.cls == Cls::Word) {
        if let Some((l, _, d)) = lexicon::lookup(&t.w).or_else(|| feminine_dual(&t.w)) {
            t.lex = Some(l);
            t.def = d;
        }
    }
    // Idioms whose first word would be an arrest: «ضبط النفس» (self-restraint),
    // «دعت إلى ضبط النفس», «تعاملت بضبط النفس مع المحتجين»; «الحراسة» that is
    // no custody («سجن شديد الحراسة»); «سقط» to the ground («سقط العشرات أرضا»).
    // A charge names a crime, not a casualty: «بتهمة القتل العمد», «بتهم بينها "القتل"».
    for i in 1..toks.len() {
        // «تم ضبطهم», «جرى اعتقالهن», «سيتم توقيفهما»: a verbal noun with the pronoun of
        // those it took, after a verb of taking place, is their passive verb («ضبطوا»)
        if toks[i].lex.is_none() && matches!(toks[i - 1].bare(), "تم" | "يتم" | "سيتم" | "جري" | "يجري") {
            let stem = ["هم", "هن", "هما"].iter().find_map(|p| toks[i].w.strip_suffix(p)).and_then(lexicon::lookup);
            if let Some((Lex::Trig(k, lexicon::Form::Event | lexicon::Form::NeedsAla), ..)) = stem {
                toks[i].lex = Some(Lex::Trig(k, lexicon::Form::Verb));
            }
        }
        // («الحبس سنة مع إيقاف التنفيذ»: a suspended sentence, no arrest)
        if matches!(toks[i].w.as_str(), "النفس" | "التنفيذ") && matches!(toks[i - 1].lex, Some(Lex::Trig(Kind::Arrested, _))) {
            toks[i - 1].lex = None;
        }
        // «وسقط العشرات أرضا»: fell to the ground
        if toks[i].w == "ارضا" {
            if let Some(k) = (i.saturating_sub(4)..i).find(|&k| matches!(toks[k].bare(), "سقط" | "سقطوا" | "سقوط")) {
                toks[k].lex = None;
            }
        }
        // «حصدت حياة شخصين», «تحصد أرواح 5»: lives reaped are the dead
        // (the verb up to 4 words back: «حصدت قبل هذه المذبحة حياة شخصين»)
        let reaped = |k: usize| matches!(toks[k].bare(), "حصد" | "حصدت" | "يحصد" | "تحصد");
        if matches!(toks[i].bare(), "حياه" | "ارواح") && (i.saturating_sub(4)..i).rev().take_while(|&k| !toks[k].is_clause_end()).any(reaped) {
            toks[i].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Event));
        }
        // «تعرضوا لحوادث غرق»: an incident of drowning tells no one died («حادث غرق» names
        // the accident, whose dead are counted by their own words)
        // (nor does a near-drowning, «شبه غرق»)
        if toks[i].bare() == "غرق" && matches!(toks[i - 1].bare().trim_start_matches('ل'), "حادث" | "حوادث" | "الحادث" | "الحوادث" | "شبه") {
            toks[i].lex = None;
        }
        // «تحت الحراسة النظرية» is custody; «سجن شديد الحراسة» (a high-security prison) is not
        if toks[i].w == "الحراسه" && toks[i - 1].w != "تحت" && toks.get(i + 1).is_none_or(|n| n.w != "النظريه") {
            toks[i].lex = None;
        }
        if matches!(toks[i].lex, Some(Lex::Trig(..))) {
            let charge = |t: &Tok| matches!(t.bare(), "تهمه" | "بتهمه" | "تهم" | "بتهم" | "تهمتي" | "بتهمتي");
            // (but a count after it is of the dead the charge names: «تهم قتل 5 أشخاص عمدا»)
            let counted = toks.get(i + 1).is_some_and(|t| t.cls == Cls::Num);
            if (i.saturating_sub(3)..i).any(|k| charge(&toks[k])) && !counted {
                toks[i].lex = None;
            }
        }
    }
}

/// The feminine dual of a person the table knows in the singular: «تلميذتين»,
/// «الطفلتين» are two of «تلميذة», «طفلة» (ة written ه here); «قتيلتين» two of
/// the dead.
fn feminine_dual(w: &str) -> Option<(Lex, usize, bool)> {
    let stem = w.strip_suffix("تين").or_else(|| w.strip_suffix("تان"))?;
    let mut one = String::with_capacity(stem.len() + 2);
    one.push_str(stem);
    one.push('ه');
    match lexicon::lookup(&one)? {
        (Lex::Group(v, 1), p, d) => Some((Lex::Group(v, 2), p, d)),
        // («فأرداهما قتيلتين»: two of a counted noun in the feminine, «قتيلة»)
        (Lex::Trig(k, lexicon::Form::Counted), p, d) => Some((Lex::Trig(k, lexicon::Form::Dual), p, d)),
        _ => None,
    }
}

impl<'a> Doc<'a> {
    /// The whole front end: normalise, tokenise, annotate.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut d = Doc::tokenise(text);
        annotate(&mut d.toks);
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lex;

    #[test]
    fn words_get_their_entries_numbers_do_not() {
        let d = Doc::new("وقتل 5 بالسيارات");
        assert!(matches!(d.toks[0].lex, Some(Lex::Trig(..))));
        assert_eq!(d.toks[1].lex, None);
        assert_eq!((d.toks[2].lex, d.toks[2].def), (Some(Lex::Thing), true));
    }

    #[test]
    fn a_feminine_dual_is_two_of_its_singular() {
        use crate::figure::Victims;
        let d = Doc::new("وفاة تلميذتين وإصابة الطفلتين وساعتين");
        assert_eq!(d.toks[1].lex, Some(Lex::Group(Victims::Children, 2)));
        assert_eq!((d.toks[3].lex, d.toks[3].def), (Some(Lex::Group(Victims::Children, 2)), true));
        assert_eq!(d.toks[4].lex, None);
    }
}
