//! The shape of a word the table does not know: singular, in the accusative, its own first
//! letter, and the words that are never one person («أكثر», «بعض», «صباح»).

use super::*;

/// A sound plural in construct at `j`, what it is of after it: «سائقي التطبيقات», «موظفي شركات
/// المقاولة» («أحد سائقي ...»: one of them).
pub(super) fn plural_in_construct(toks: &[Tok], j: usize, s1: usize) -> bool {
    let t = &toks[j];
    unknown_word(t) && t.w.ends_with('ي') && t.w.chars().count() > 4 && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.cls == Cls::Word && !matches!(n.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep)))
}

/// One by a noun the table does not know, `w` (the word less its conjunction, if any): written
/// with the accusative's tanween, singular in shape, no adverb («أيضاً», «مؤقتاً», «تلقائياً»).
pub(super) fn one_in_the_accusative(t: &Tok, w: &str) -> bool {
    t.nunated && !w.ends_with("يا") && w.strip_suffix('ا').is_some_and(|w| w.chars().count() >= 3 && singular(w) && !not_one(w)) && !t.is_in(&lexicon::ADVERBS)
}

/// A word the table does not know, indefinite, with no preposition or conjunction on it.
pub(super) fn unknown_word(t: &Tok) -> bool {
    let w = stem(t);
    t.cls == Cls::Word && t.lex.is_none() && !t.def && !w.starts_with("ال") && (own_letter(w) || !w.starts_with(['ب', 'ل', 'ك', 'و', 'ف']))
}

/// Whether the word's first letter, that of a preposition or conjunction, is its own: «بائع»,
/// «لاعب», «فلاح», «فنياً».
pub(super) fn own_letter(w: &str) -> bool {
    // (and their duals and plurals: «بائعان», «فلاحين»)
    let stem = ["ان", "ين", "ون", "ا"].iter().find_map(|p| w.strip_suffix(p)).unwrap_or(w);
    [w, stem].iter().any(|s| matches!(*s, "بائع" | "بائعه" | "باحث" | "باحثه" | "لاعب" | "لاعبه" | "لاجئ" | "لاجئه" | "فلاح" | "فلاحه" | "فني" | "فنيه" | "كاتب" | "كاتبه"))
}

/// The word less a conjunction, unless its «ف» is its own: «فني» (which [`Tok::bare`] reads
/// as «ف» + «ني»), «وفني».
pub(super) fn stem(t: &Tok) -> &str {
    if own_letter(&t.w) { &t.w } else { t.bare() }
}

/// The shape of a singular noun: not a plural, a dual, nor an adverb's accusative.
pub(super) fn singular(w: &str) -> bool {
    !(w.ends_with('ا') || w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات") || w.ends_with("ان") || w.chars().count() < 3)
}

/// Words after a verb of killing or injuring that are no one it happened to: quantities
/// («أكثر», «نحو», «أحد», «معظمهم»), pointers, and words of place, time and cause.
pub(super) fn not_one(w: &str) -> bool {
    matches!(
        w,
        "اكثر" | "ازيد" | "اقل" | "نحو" | "قرابه" | "زهاء" | "حوالي" | "احد" | "احدي" | "احدهم" | "احداهم" | "احدهما" | "بعض" | "بعضهم" | "معظم" | "معظمهم" | "اغلب" | "اغلبهم" | "جميع" | "جميعهم" | "كل" | "غير" | "منهم" | "منهن" | "منهما" | "هذه" | "هذا" | "ذلك" | "تلك" | "عدد" | "يدعي" | "تدعي" | "ضمن" | "عمد" | "جماعي" | "خارج" | "داخل" | "امام" | "خلف" | "قرب" | "وسط" | "اثناء" | "اثر" | "عقب" | "جراء" | "خلال" | "بعد" | "قبل" | "صباح" | "مساء" | "ظهر" | "فجر" | "ليل" | "ليله" | "عصر" | "امس" | "اليوم" | "يوم" | "حين" | "عندما" | "لدي" | "عند" | "تحت" | "فوق" | "جنوب" | "شمال" | "شرق" | "غرب" | "انفجار" | "هجوم" | "قصف" | "حادث" | "نتيجه" | "مجددا" | "انذاك" | "حينها" | "حينذاك" | "يومها" | "وقتها"
    )
}

/// Kin told by a pronoun, «شقيقتها», «والده», «ابنهم», «نجلهما»: the word less its pronoun is a
/// kin noun («والد», «شقيقت», «نجل» ...) or one of `more`.
pub(super) fn kin_with_pronoun(w: &str, more: &[&str]) -> bool {
    const KIN: [&str; 10] = ["والد", "والدت", "شقيق", "شقيقت", "ابن", "ابنت", "زوج", "زوجت", "نجل", "صديق"];
    ["ها", "ه", "هم", "هما"].iter().find_map(|p| w.strip_suffix(p)).is_some_and(|s| KIN.contains(&s) || more.contains(&s))
}
