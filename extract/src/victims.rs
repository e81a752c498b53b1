//! Victims: who a figure counts (protesters, security forces, civilians,
//! attackers, children, journalists, else people), read from the words after
//! the number; «آخرون» and a bare count take the group of the clause they
//! continue. Also the non-person nouns (cars, days, shops) that make a number
//! not a figure.

use super::tokenise::{Article, Tok};
use super::lexicon::{Lex, BY_AGENT, MEN_OF};
use crate::figure::Victims;


/// The group named in `toks[from..to]`: stops at clause ends, numbers and
/// prepositions (but reads through «من» and «في صفوف»). `Err(())` means
/// «آخرون» (take the clause's group).
pub fn find(toks: &[Tok], from: usize, to: usize) -> Result<Option<Victims>, ()> {
    let mut j = from;
    while j < to.min(toks.len()) {
        let t = &toks[j];
        // «بينهم ...» names a part, not the whole
        if t.is_clause_end() || t.cls == super::tokenise::Cls::Num || matches!(t.bare(), "بينهم" | "منهم" | "بينها") {
            break;
        }
        // «برصاص الشرطة», «على يد مسلحين»: who did it, not who was counted
        // («بتهمة مقاومة رجال الأمن»: or what they are charged with)
        if t.is_in(&BY_AGENT) || matches!(t.bare(), "بتهمه" | "بتهم") {
            break;
        }
        // «41 مصابا بين أحباء وأعوان أمن»: among two groups, people
        if t.w == "بين" && mixed_after(toks, j) {
            return Ok(Some(Victims::People));
        }
        // «3 عناصر بجروح», «40 عنصرا من "متطوعي الدفاع"»: members the table has no group for,
        // right after the number
        // (not in construct with a noun of their own: «إيقاف 5 عناصر دعم وإسناد»)
        let construct = toks.get(j + 1).is_some_and(|n| n.cls == super::tokenise::Cls::Word && n.lex.is_none() && !n.w.starts_with('ب') && !n.w.starts_with("ال") && n.w != "فقط");
        if j == from && t.lex.is_none() && t.is_in(&MEN_OF) && !construct {
            let v = men_of(toks, j, Victims::People);
            if v != Victims::People {
                return Ok(Some(v));
            }
        }
        // («12 من عناصر الكتيبة», «من عناصر النظام»: or after «من», of a force's unit)
        if j == from + 1 && toks[from].w == "من" && t.lex.is_none() && t.is_in(&MEN_OF) && toks.get(j + 1).is_some_and(force_unit) {
            return Ok(Some(Victims::SecurityForces));
        }
        // «إلى 23 والشرطة تعتقل ثلاثة»: a definite group joined by «و» right after the count
        // starts a clause of its own
        if j == from && t.and_group() {
            break;
        }
        match t.lex {
            // «22 "مشتبها بهم" وشرطيين اثنين»: a dual joined by «و» is the next count's
            Some(Lex::Group(_, 2)) if j > from && t.w != t.bare() => break,
            Some(Lex::Group(v, _)) => {
                let v = men_of(toks, j, v);
                // («70 شاباً من المحتجين», «70 شخصاً من المتظاهرين»: people of a group named after
                // «من» are of that group)
                let of_group = |k: usize| toks.get(k).filter(|t| t.w.starts_with("ال")).and_then(|t| match t.lex {
                    Some(Lex::Group(g, _)) if g != Victims::People => Some(g),
                    _ => None,
                });
                // (not of two: «128 متهماً من المواطنين والمقيمين»)
                let two = toks.get(j + 3).is_some_and(|n| n.w != n.bare() && matches!(n.lex, Some(Lex::Group(..))));
                if let Some(g) = (v == Victims::People && !two && toks.get(j + 1).is_some_and(|t| t.w == "من")).then(|| of_group(j + 2)).flatten() {
                    return Ok(Some(g));
                }
                // «عشرات الجنود والمدنيين»: two groups counted together are people
                let mixed = toks.get(j + 1).filter(|n| n.w != n.bare()).is_some_and(|n| matches!(n.lex, Some(Lex::Group(w, 0)) if w != v));
                return Ok(Some(if mixed { Victims::People } else { v }));
            }
            Some(Lex::Others) => return Err(()),
            // «وأصيب اثنان من زملائه»: his colleagues are of his group, as «آخرون» are
            None if colleagues(t) => return Err(()),
            Some(Lex::Prep) if t.bare() != "من" => {
                let next_ranks = toks.get(j + 1).is_some_and(|n| matches!(n.bare(), "صفوف" | "بين"));
                if !(t.bare() == "في" && next_ranks) {
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    Ok(None)
}

/// «زملائه», «رفاقهم», «زميلين له»: colleagues, of the group of whom they are named with.
pub fn colleagues(t: &Tok) -> bool {
    let w = t.bare();
    matches!(w, "زميلين" | "زميلان") || ["ه", "ها", "هم", "هما"].iter().any(|p| w.strip_suffix(p).is_some_and(|s| matches!(s, "زملاء" | "زملائ" | "رفاق" | "زميل")))
}

/// «بين أحباء وأعوان أمن», «بين مدنيين وعسكريين»: after «بين» at `j`, a word and then
/// a group joined by «و» that is not the first word's.
fn mixed_after(toks: &[Tok], j: usize) -> bool {
    let (Some(a), Some(b)) = (toks.get(j + 1), toks.get(j + 2)) else { return false };
    let first = match a.lex {
        Some(Lex::Group(v, _)) => Some(v),
        None => None,
        _ => return false,
    };
    b.w != b.bare() && matches!(b.lex, Some(Lex::Group(v, _)) if first != Some(v))
}

/// A force's unit («الكتيبة», «دوريتها», «مفرزة», «القوة»), a guard («الحراسة», «التأمين»), or
/// a regime, as its enemies call its forces («12 من عناصر النظام»).
fn force_unit(t: &Tok) -> bool {
    matches!(t.bare().no_al(), "كتيبه" | "كتيبته" | "كتيبتها" | "دوريه" | "دوريته" | "دوريتها" | "لواء" | "جهاز" | "جهازها" | "جهازه" | "قوه" | "مفرزه" | "مفارز" | "سريه")
        || t.bare() == "النظام"
        // (a guard: «عناصر الحراسة», «أفراد التأمين»)
        || matches!(t.bare(), "الحراسه" | "التامين")
}

/// «رجال الأمن», «رجل شرطة», «عناصر من رجال الدرك», «عنصر من الخلية»: men or
/// members of a group (the word at `j`, read as `v`) are of that group.
pub fn men_of(toks: &[Tok], j: usize, v: Victims) -> Victims {
    let group = |k: usize| match toks.get(k).and_then(|t| t.lex) {
        Some(Lex::Group(g, _)) if g != Victims::People => Some(g),
        _ => None,
    };
    let men = toks[j].is_in(&MEN_OF);
    let of = toks.get(j + 1).is_some_and(|t| t.w == "من");
    // a force's own unit: «عنصران من الكتيبة», «من دوريتها», «أحد أفراد الدورية», «عنصر من القوة
    // الخاصة», «عنصرين من مفرزة الجيش»
    let unit = |k: usize| toks.get(k).is_some_and(force_unit);
    // («عنصران من فرق الهندسة التابعة لوزارة الدفاع»: of a unit that belongs to a force's ministry)
    let forces = |k: usize| toks.get(k).is_some_and(|t| matches!(t.bare(), "للجيش" | "للشرطه") || t.bare() == "لوزاره" && toks.get(k + 1).is_some_and(|n| matches!(n.bare(), "الدفاع" | "الداخليه")));
    let belongs = || (j + 2..toks.len().min(j + 7)).any(|k| matches!(toks[k].bare(), "التابعه" | "التابع" | "التابعين") && forces(k + 1));
    if v == Victims::People && men {
        // «إصابة 3 عناصر بجروح طفيفة»: members of no group named are a force's
        let bare_members = !of && matches!(toks[j].bare(), "عناصر" | "عنصرا" | "عنصران" | "عنصرين") && group(j + 1).is_none();
        return group(j + 1)
            .or_else(|| group(j + 2).filter(|_| of))
            .or_else(|| (of && (unit(j + 2) || belongs()) || unit(j + 1) || bare_members).then_some(Victims::SecurityForces))
            .unwrap_or(v);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::super::tokenise::Doc;
    use super::*;
    use crate::figure::Victims::*;

    fn group(s: &str) -> Result<Option<Victims>, ()> {
        let d = Doc::new(s);
        find(&d.toks, 0, d.toks.len())
    }

    #[test]
    fn groups_from_the_words_after_a_count() {
        assert_eq!(group("من عناصر الشرطة"), Ok(Some(SecurityForces)));
        assert_eq!(group("جنود سقطوا"), Ok(Some(SecurityForces)));
        assert_eq!(group("محتجين في الساحة"), Ok(Some(Protesters)));
        assert_eq!(group("من المدنيين بينهم نساء"), Ok(Some(Civilians)));
        assert_eq!(group("مسلحين"), Ok(Some(Attackers)));
        assert_eq!(group("أطفالاً"), Ok(Some(Children)));
        assert_eq!(group("صحفيين"), Ok(Some(Journalists)));
        assert_eq!(group("أشخاص في اشتباكات مع الشرطة"), Ok(Some(People)));
        assert_eq!(group("في اشتباكات مع الشرطة"), Ok(None));
        assert_eq!(group("في صفوف الجيش"), Ok(Some(SecurityForces)));
        assert_eq!(group("آخرون"), Err(()));
        assert_eq!(group("بين أحباء وأعوان أمن"), Ok(Some(People)));
        assert_eq!(group("بين مدنيين وعسكريين"), Ok(Some(People)));
    }
}
