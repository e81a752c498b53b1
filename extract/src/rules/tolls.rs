//! Rules for a toll: a number reached by a toll's head or verb («ارتفع عدد القتلى إلى 50»,
//! «الحصيلة ... بلغت 25»), a range («بين 40 و60»), a corrected number («بدلا من 18») and a
//! toll's old value («من 10 إلى 15»). Called by [`super::number_figure`].

use super::*;

/// One more joined right after a count's noun (after the number that ends at `b`) and a plural
/// adjective of the noun: «٧ طلاب ومعلماً», «أصيب 4 طلاب وشرطي». A singular the table knows
/// («وشرطي», «وامرأة»), or one it does not know written with the accusative's tanween; not one
/// in construct («وسائق الحافلة»), described after it («وطفلاً في الثانية عشرة»), or
/// followed by more («وطفل و3 نساء»). Where it ends, and whether the one is of the count's
/// group («3 جنود وضابط»).
pub(super) fn and_one_more(toks: &[Tok], b: usize, s1: usize) -> Option<(usize, bool)> {
    // (the count's noun a plural the table knows: «طلاب», «مهربين»; not a singular after eleven,
    // «1200 جندي وشرطي», whose noun counts both)
    let plural = |t: &Tok| unknown_word(t) && (t.w.ends_with("ين") || t.w.ends_with("ون"));
    let noun = |k: usize| toks.get(k).is_some_and(|t| k < s1 && (matches!(t.lex, Some(Lex::Group(_, 0))) || plural(t)));
    let b = if noun(b + 1) { b + 1 } else { return None };
    let mut j = b + 1;
    // (over an adjective of the count's noun: «مهربين سوريين»)
    if toks.get(j).is_some_and(|t| j < s1 && plural(t)) {
        j += 1;
    }
    let t = toks.get(j).filter(|_| j < s1)?;
    let w = t.bare();
    let known = matches!(t.lex, Some(Lex::Group(_, 1)));
    let unknown = t.lex.is_none() && one_in_the_accusative(t, w);
    if !(t.w.starts_with('و') && t.w.len() > 2 && !t.def && !w.starts_with("ال") && (known || unknown)) {
        return None;
    }
    // (what stands after it: the clause's end, a verb or preposition, or a word with «ب»; no noun
    // of its own, no number, no more joined)
    let after = toks.get(j + 1).filter(|_| j + 1 < s1);
    // (not one described after it, «وطفلة في العاشرة من عمرها», whom a toll may count apart)
    let ends = after.is_none_or(|n| n.w != "في") && after.is_none_or(|n| n.is_clause_end() || n.cls == Cls::Punct(',') || matches!(n.lex, Some(Lex::Trig(..) | Lex::Prep)) || n.w.starts_with('ب') && !n.def || n.bare().starts_with('ن') && n.cls == Cls::Word && n.lex.is_none() && !n.has_conj());
    let same = known && matches!((toks[b].lex, t.lex), (Some(Lex::Group(u, _)), Some(Lex::Group(v, _))) if u == v);
    ends.then_some((j, same))
}

/// The count a toll rose or fell from, a figure of its own of the toll's kind:
/// «عدد القتلى ارتفع من 39 إلى 47», «ارتفع عدد المصابين من 101 إلى 132» (the
/// number after «إلى» is read as any toll's). Not a range: the verb of change
/// stands within six words before «من», the toll's noun (definite) within eight.
pub(super) fn risen_from(toks: &[Tok], s0: usize, s1: usize, p: &Phrase, qb: Option<(Before, usize)>, q0: usize) -> Option<Raw> {
    let Q::N(n) = p.q else { return None };
    if qb.map(|x| x.0) != Some(Before::From) {
        return None;
    }
    let change = |k: usize| matches!(toks[k].bare(), "ارتفع" | "ارتفعت" | "يرتفع" | "ترتفع" | "زاد" | "زادت" | "قفز" | "قفزت" | "تراجع" | "تراجعت" | "انخفض" | "انخفضت");
    let back = || (q0.saturating_sub(8).max(s0)..q0).rev().take_while(|&k| !toks[k].is_clause_end());
    if !back().take(6).any(change) {
        return None;
    }
    next_sig(toks, p.b + 1, s1).filter(|&j| toks[j].w == "الي" && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && t.cls == Cls::Num))?;
    let kind = back().find_map(|k| toks[k].def.then(|| trig(toks[k].lex)).flatten().filter(|x| matches!(x.1, Form::Counted | Form::Event)).map(|x| x.0))?;
    Some(Raw { kind, q: Quantity::Exact(n), victims: None, a: q0, b: p.b, pa: p.a, pb: p.b, pre: p.pre, sub: false, corrected: None, given_by: None })
}

/// A number the text corrects, right after a figure of the sentence: «إلى 27
/// بدلا من 21», «بدل 40», «عوضا عن 12», «إلى 14، بعد أن كانت تسعة» (the old toll), «قتيلا وليس 35» (a
/// wrong number): the kind of the figure before, retracted; denied when the
/// wrong number came from others («وليس 35 كما تداولت بعض الصفحات»).
pub(super) fn correction(toks: &[Tok], s1: usize, p: &Phrase, q0: usize, pb: usize, pj: Option<usize>, prev: &[Raw]) -> Option<Raw> {
    let last = prev.last()?;
    let j = pj?;
    let w = |k: usize| toks.get(k).map_or("", |t| t.bare());
    let instead = matches!(w(j), "بدل" | "بدلا") || w(j) == "من" && j > 0 && w(j - 1) == "بدلا" || w(j) == "عن" && j > 0 && w(j - 1) == "عوضا";
    let not = toks[j].w == "وليس" || toks[j].w == "ليس";
    // «رفعت الوزارة الحصيلة إلى 14، بعد أن كانت تسعة», «بعدما كان 9»: the toll before
    let was = matches!(w(j), "كانت" | "كان") && j >= 2 && (w(j - 1) == "بعدما" || w(j - 1) == "ان" && w(j - 2) == "بعد");
    let instead = instead || was;
    // right after the figure, or after a number of the same toll («لترتفع الحصيلة إلى 27 بدلا من 21»)
    let k = if instead && w(j) != "بدل" && w(j) != "بدلا" { j.saturating_sub(1) } else { j };
    let after_number = k > 0 && toks[k - 1].cls == Cls::Num;
    if !(instead || not) || !matches!(p.q, Q::N(_)) || j < last.pb || j > last.b + (if was { 6 } else { 4 }) && !after_number {
        return None;
    }
    let Q::N(n) = p.q else { return None };
    // the figure the corrected number replaces: the one whose number stands right before, else the last
    let before = after_number.then(|| number::read(toks, k - 1, s1)).flatten().map(|x| x.q);
    let last = prev.iter().rev().find(|r| before.is_some_and(|q| matches!(q, Q::N(v) if r.q.value() == v))).unwrap_or(last);
    let others = (pb + 1..s1.min(pb + 10)).find(|&k| toks[k].is_in_def(&OTHERS_SAID));
    let st = if not && others.is_some() { Status::Denied } else { Status::Retracted };
    // the others who gave it: «بعض المواقع الإخبارية», «صفحات التواصل»
    let given_by = others.filter(|_| not).map(|k| {
        let k = if toks[k].w.starts_with("ال") || toks[k].bare() == "بعض" { k } else { k + 1 };
        let plain = |j: usize| toks[j].cls == Cls::Word && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Neg | Lex::Toll));
        let e = (k..s1.min(k + 4)).take_while(|&j| plain(j)).last().unwrap_or(k);
        (k, e)
    });
    Some(Raw { kind: last.kind, q: Quantity::Exact(n), victims: last.victims, a: q0, b: pb, pa: p.a, pb, pre: p.pre, sub: true, corrected: Some(st), given_by })
}

/// The subject of a toll names its kind from further away: «ارتفع عدد
/// الوفيات جراء السيول التي ضربت الولاية منذ الأحد إلى 11», «عدد الجرحى وفق
/// بيان الهيئة بلغ 45», «عدد المعتقلين منذ بدء التظاهرات تجاوز 400», «عدد
/// الوفيات ... يتراوح بين 150 و200». The number follows «إلى», «بـ», a toll or
/// exceeding verb, or «يتراوح بين»; «عدد» or «حصيلة» with a definite trigger
/// after it (or «عدد حالات» and one: «عدد حالات التسمم») stands up to 30 words
/// before, over commas («، المعروف بسجن "الحوت"،») and over a number after a
/// preposition («مؤلف من خمسة طوابق»), but not over another clause or count.
/// The toll word may also follow: «ارتفعت إلى 14 حصيلة قتلى الهجوم»; the
/// people counted may be told by a relative clause: «عدد الصحفيين الذين
/// استشهدوا».
pub(super) fn toll_subject(c: &At) -> Option<Hit> {
    let t = c.toks;
    let pj = c.pj?;
    // (a qualifier that is a verb of the toll stands for it: «تجاوز 400», «يتراوح بين 150 و200», «قد تصل إلى 35»)
    // («لا يتجاوز ثلاثة» too)
    // (or a verb of exceeding before the toll: «لم يتجاوز عدد الوفيات الناجمة عن إصابات العمل 31»)
    let verb_q = c.qb.is_some_and(|(_, q0)| qualifier::exceeding_verb(t, q0) || matches!(t[q0].bare(), "يصل" | "تصل")) || qualifier::exceeds(t, c.s0, c.q0).is_some();
    let ranges = matches!(t[pj].bare(), "يتراوح" | "تتراوح");
    if !(matches!(t[pj].w.as_str(), "الي" | "ب") || t[pj].lex == Some(Lex::Toll) || t[pj].is_in(&EXCEED) || ranges || verb_q) {
        return None;
    }
    // «ارتفعت إلى 14 حصيلة قتلى الهجوم»
    if t[pj].w == "الي" && c.n1.is_some_and(|n| matches!(t[n].bare(), "حصيله" | "عدد")) {
        let n = c.n1? + 1;
        if let Some((k, Form::Counted | Form::Event)) = t.get(n).and_then(|x| trig(x.lex)) {
            return Some((k, n, true));
        }
    }
    // «أقر بسقوط قتلى بين المحتجين، لكنه قال إن عددهم لا يتجاوز ثلاثة»: the count of
    // those named before it in the sentence
    if let Some(j) = (c.s0..=pj).rev().take(4).find(|&j| matches!(t[j].bare(), "عددهم" | "عددهن")) {
        let named = (c.s0..j).rev().take(15).find(|&k| matches!(trig(t[k].lex), Some((_, Form::Counted))) && !t[k].def);
        return named.and_then(|k| trig(t[k].lex).map(|(kind, _)| (kind, k, false))).filter(|_| !status::negated(t, c.s0, j));
    }
    for j in (c.s0..pj).rev().take(30) {
        let after_prep = j > c.s0 && t[j - 1].lex == Some(Lex::Prep);
        // (over a name in brackets: «في بناية بمنطقة (جليب الشيوخ) إلى خمس حالات»)
        if t[j].is_clause_end() && !matches!(t[j].cls, Cls::Punct(',' | '(' | ')')) || is_num(t, j, c.s1) && !is_date_num(t, j) && !after_prep {
            return None;
        }
        // «لترتفع الحصيلة إلى خمسة أطفال»: the toll alone, counted in people, is of the dead
        // too (as «حصيلة انفجار المنجم» below)
        if t[j].bare() == "الحصيله" && c.n1.is_some_and(|m| matches!(t[m].lex, Some(Lex::Group(..)))) && (j + 1..pj).all(|m| trig(t[m].lex).is_none()) && !status::negated(t, c.s0, j) {
            return Some((Kind::Killed, j, false));
        }
        if t[j].is_in(&TOLL_HEADS) {
            return toll_head(c, j, pj);
        }
    }
    None
}

/// The kind a toll's head at `j` («عدد», «حصيلة», «إجمالي») counts, the number's
/// token before `pj`: a definite trigger after it («عدد القتلى»), a counted noun in
/// construct («عدد ضحايا غرق العبارة»), «عدد حالات» and one («عدد حالات التسمم»),
/// or those counted by a verb of their own («عدد من تلقوا العلاج», «عدد الذين قتلوا»,
/// «عدد من تم ضبطهم»); not a negated toll.
pub(super) fn toll_head(c: &At, j: usize, pj: usize) -> Option<Hit> {
    let t = c.toks;
    // «عدد من تلقوا العلاج بلغ 97», «عدد الذين قتلوا»: those counted by a verb of their own
    if j + 2 < pj && matches!(t[j + 1].w.as_str(), "من" | "الذين" | "اللواتي") {
        if treated(t, j + 2) || in_hospital(t, j + 2) {
            return Some((Kind::Injured, j + 2, false));
        }
        // (the verb may carry their pronoun: «عدد من اعتقلتهم قوى الأمن»)
        let object = ["هم", "هن"].iter().find_map(|p| t[j + 2].w.strip_suffix(p)).and_then(lexicon::lookup).map(|x| x.0);
        if let Some((kind, Form::Verb)) = trig(t[j + 2].lex).or_else(|| trig(object)) {
            return (!status::negated(t, c.s0, j)).then_some((kind, j + 2, false));
        }
        // («عدد من تم ضبطهم بلغ 142»: a verbal noun's passive, read as a verb by annotate)
        // («عدد من تم القبض عليهم»: or one that takes «على»)
        if matches!(t[j + 2].bare(), "تم" | "جري") && j + 3 < pj {
            if let Some((kind, Form::Verb | Form::NeedsAla)) = trig(t[j + 3].lex) {
                return (!status::negated(t, c.s0, j)).then_some((kind, j + 3, false));
            }
        }
    }
    // (definite, or a counted noun in construct: «عدد ضحايا غرق العبارة»; «عدد حالات التسمم»)
    // (or crimes: «عدد جرائم قتل النساء ... بلغ 22 جريمة», the verbal noun after them)
    let cases = t.get(j + 1).is_some_and(|n| matches!(n.w.as_str(), "حالات" | "جرائم"));
    let k = if cases { j + 2 } else { j + 1 };
    // «ارتفعت حصيلة انفجار المنجم إلى 16 عاملا»: a toll that names no kind, counted in
    // people, is of the dead
    let people = c.n1.is_some_and(|m| matches!(t[m].lex, Some(Lex::Group(..))));
    if t[j].bare() == "حصيله" && people && (j + 1..pj).all(|m| trig(t[m].lex).is_none()) && !status::negated(t, c.s0, j) {
        return Some((Kind::Killed, j, false));
    }
    let n = t.get(k).filter(|n| n.def || trig(n.lex).is_some_and(|x| x.1 == Form::Counted || cases && x.1 == Form::Verb))?;
    // «عدد الصحفيين الذين استشهدوا منذ بدء الحرب إلى 163»: the people, then the verb that counts them
    let who = |r: usize| t.get(r).is_some_and(|x| matches!(x.w.as_str(), "الذين" | "اللواتي" | "اللاتي" | "ممن"));
    // («عدد الصحفيين والإعلاميين الذين قتلوا»: two groups joined by «و»)
    let k = if matches!(n.lex, Some(Lex::Group(..))) && t.get(k + 1).is_some_and(|x| x.w.starts_with("وال") && x.cls == Cls::Word) && who(k + 2) { k + 1 } else { k };
    // («عدد الإرهابيين الذين تم تحييدهم», «الذين تم القضاء عليهم»: the passive after «تم»)
    let passive = t.get(k + 2).is_some_and(|x| matches!(x.bare(), "تم" | "جري"));
    let v = if passive { k + 3 } else { k + 2 };
    let rel = (matches!(n.lex, Some(Lex::Group(..))) && who(k + 1)).then(|| t.get(v).and_then(|x| trig(x.lex))).flatten();
    if let Some((kind, Form::Verb | Form::NeedsAla)) = rel.filter(|x| x.1 == Form::Verb || passive) {
        return (!status::negated(t, c.s0, j)).then_some((kind, v, false));
    }
    // («عدد الطالبات اللواتي ما زلن في المستشفى "لا يتجاوز 12"»: those still in hospital)
    if matches!(n.lex, Some(Lex::Group(..))) && who(k + 1) && (treated(t, k + 2) || in_hospital(t, k + 2)) {
        return Some((Kind::Injured, k + 2, false));
    }
    match trig(n.lex) {
        Some((kind, Form::Counted | Form::Event)) if !status::negated(t, c.s0, j) => Some((kind, k, false)),
        Some((kind, Form::Verb)) if cases && !n.has_conj() && !status::negated(t, c.s0, j) => Some((kind, k, false)),
        _ => None,
    }
}

/// A toll's verb first, then its subject and what it says of them, then the number:
/// «وبلغ عدد المعتقلين خلال محاولتهم عبور الحدود إلى داخل المملكة 300 شخص», «وبلغ
/// إجمالي من تم ضبطهم ... (1520) شخصاً», «تجاوز مجموع حالات الاعتقال ... خلال عام 2025
/// كاملاً 60 حالة». «بلغ», «وصل», «ناهز» or a verb of exceeding right before a toll's
/// head ([`toll_head`]) up to 20 words back, over commas and brackets but not over
/// a clause end, a cue or another count; the number is no preposition's object.
pub(super) fn toll_verb_first(c: &At) -> Option<Hit> {
    let t = c.toks;
    let pj = c.pj?;
    if c.after_prep {
        return None;
    }
    for j in (c.s0 + 1..pj).rev().take(20) {
        if t[j].is_clause_end() && !matches!(t[j].cls, Cls::Punct(',' | '(' | ')')) || matches!(t[j].lex, Some(Lex::Cue(_))) || is_num(t, j, c.s1) && !is_date_num(t, j) {
            return None;
        }
        if t[j].is_in(&TOLL_HEADS) && (matches!(t[j - 1].bare(), "بلغ" | "بلغت" | "يبلغ" | "تبلغ" | "وصل" | "وصلت" | "ناهز" | "ناهزت") || t[j - 1].is_in(&EXCEED)) {
            return toll_head(c, j, pj);
        }
    }
    None
}

/// A toll that names no kind, of the kind the sentence before counted (`before`):
/// «أعلنت فرق الدفاع المدني انتشال جثتي طفلين. وقالت الوزارة إن الحصيلة ارتفعت
/// بذلك إلى 25», «وارتفعت حصيلة القتلى في وقت لاحق. وقال المدعي العام إن العدد
/// "بلغ 15"»: «الحصيلة» or «العدد» a few words before «إلى» or «بلغ» and the
/// number, with nothing counted after it; or before a verb of exceeding or «لا يقل
/// عن» and a number of people or nothing counted («العدد الحقيقي يتجاوز 100 شخص»,
/// «إن العدد تجاوز 2300،», «العدد الحقيقي "لا يقل عن 27"»).
pub(super) fn bare_toll(c: &At, prev: &[Raw], before: Option<Kind>) -> Option<Hit> {
    let t = c.toks;
    // («استقبل المصابين، وإن عددهم ارتفع إلى 21»: «their number», of the people the sentence
    // named before it)
    let theirs = (c.s0..c.q0).rev().take(12).find(|&j| matches!(t[j].bare(), "عددهم" | "عددهن"));
    let named = theirs.and_then(|j| (c.s0..j).rev().find_map(|m| trig(t[m].lex).filter(|_| t[m].def).map(|x| x.0)));
    // (or the kind this sentence counted last: «أعلنت الشرطة أنها اعتقلت 17 شخصا، قبل أن
    // يقول المفتش العام إن العدد ارتفع إلى 23 بعد مداهمات»)
    let kind = named.or_else(|| prev.last().map(|r| r.kind)).or(before)?;
    let pj = c.pj?;
    // (or a number that exceeds it: «العدد الحقيقي يتجاوز 100 شخص», people after it; the verb
    // read as the qualifier)
    // (or a bound that is a verb: «إن العدد الحقيقي "لا يقل عن 27"»)
    let not_less = c.qb.is_some() && t[c.q0].w == "لا" && t.get(c.q0 + 1).is_some_and(|x| matches!(x.w.as_str(), "يقل" | "تقل") || x.is_in(&EXCEED));
    let pj = if c.qb.is_some() && t[c.q0].is_in(&EXCEED) || not_less { c.q0 } else { pj };
    // (a toll, with nothing counted after it: the clause ends, or its circumstances start)
    // (or a clause of reason: «لأن الوكالة لا تحتسب ...»)
    let reason = |n: usize| matches!(t[n].bare(), "لان" | "لانه" | "لانها" | "اذ" | "حيث");
    // (or its time: «إلى تسعة عند منتصف الليل»)
    let nothing_after = !c.n1.is_some_and(|n| !t[n].is_clause_end() && !t[n].is_quote() && t[n].lex != Some(Lex::Prep) && !reason(n) && !t[n].is_in(&TIMES) && t[n].w != "عند");
    // («يؤكد التحالف أن العدد تجاوز 2300،»: exceeding, with people counted after it or nothing)
    let exceeding = (t[pj].is_in(&EXCEED) || not_less) && (nothing_after || c.n1.is_some_and(|n| matches!(t[n].lex, Some(Lex::Group(..)))));
    let bare = matches!(t[pj].bare(), "الي" | "بلغ" | "بلغت") && nothing_after;
    // («قدّرت الحكومة العدد آنذاك بأكثر من 2,000»: an estimate of the toll, «بـ» its amount)
    let at = c.qb.is_some() && t[c.q0].w.starts_with('ب') || matches!(t[pj].w.as_str(), "ب" | "بـ");
    let estimate = |j: usize| (j.saturating_sub(5).max(c.s0)..j).any(|m| t[m].lex == Some(Lex::Toll) && t[m].is_in(&lexicon::ESTIMATE));
    if !(exceeding || bare || at && nothing_after) {
        return None;
    }
    // («أعلن حصيلة أولية بلغت سبعة قتلى، قبل أن ترتفع إلى تسعة»: or a verb of rising right
    // before «إلى», whose subject is the toll this sentence named with a count of its own;
    // or «ثم» before it: «، ثم إلى 11 صباح اليوم»)
    let toll_named = || prev.last().is_some_and(|r| (c.s0..r.a).any(|m| matches!(t[m].bare().no_al(), "حصيله" | "عدد")));
    let rising = || (bare && pj > c.s0 && matches!(t[pj - 1].bare(), "ارتفع" | "ارتفعت" | "ترتفع" | "يرتفع" | "لترتفع" | "ليرتفع" | "ثم") && toll_named()).then(|| pj - 1);
    let j = (c.s0..pj).rev().take(5).find(|&j| matches!(t[j].bare(), "الحصيله" | "العدد") || named.is_some() && Some(j) == theirs).or_else(rising)?;
    // (of the kind this sentence counted: «قدّرت الشرطة العدد بـ600» after a count of
    // protesters in the sentence before is a crowd)
    if at && !(exceeding || bare) && (!estimate(j) || prev.last().is_none_or(|r| r.kind != kind)) {
        return None;
    }
    // (over a day: «ارتفعت الحصيلة يوم الاثنين إلى 23»)
    let plain = (j + 1..pj).all(|m| t[m].cls == Cls::Word && t[m].lex.is_none() || t[m].is_quote() || status::raises(t, m) || matches!(t[m].bare(), "ارتفعت" | "ارتفع" | "وصلت" | "وصل" | "الحقيقي" | "الفعلي" | "يوم") || m > 0 && t[m - 1].bare() == "يوم");
    (plain && !status::negated(t, c.s0, j)).then_some((kind, j, false))
}

/// Cases recorded or received that name no kind, after a count of the dead or the hurt in
/// this sentence or the one before (`before`), are of the hurt: «استقبلت ٣٧ مصاباً ... بعدما كانت
/// قد أعلنت مساء الأربعاء تسجيل ١٩ حالة», «أعلنت المديرية استقبال 40 حالة تعاني من
/// قيء وإسهال» after a count of the poisoned. «حالة» or «حالات» right after the number,
/// nothing counted after it, and a verb or verbal noun of recording or receiving
/// right before, or «تحدث ... عن»; not of arrests.
pub(super) fn cases_of_before(c: &At, prev: &[Raw], before: Option<Kind>) -> Option<Hit> {
    let t = c.toks;
    // (cases are of the hurt, also after deaths: «وكانت الدائرة قد سجلت أمس الثلاثاء 87 حالة»)
    if prev.last().map(|r| r.kind).or(before).is_none_or(|k| k == Kind::Arrested) {
        return None;
    }
    let n = c.n1.filter(|&j| t[j].lex == Some(Lex::Case))?;
    if next_sig(t, n + 1, c.s1).is_some_and(|j| trig(t[j].lex).is_some() || matches!(t[j].lex, Some(Lex::Disease)) || t[j].w == "من") {
        return None;
    }
    // (over a time: «وكانت الدائرة قد سجلت أمس الثلاثاء 87 حالة»)
    let pj = (c.s0..c.q0).rev().take(5).find(|&j| !t[j].is_in(&TIMES) && !t[j].is_quote())?;
    // («مؤكداً أن فرقه باشرت ٩ حالات في الموقع»: cases its teams attended to)
    let recorded = |w: &str| matches!(w, "تسجيل" | "سجلت" | "سجل" | "سجلنا" | "استقبال" | "استقبل" | "استقبلت" | "استقبلنا" | "رصد" | "رصدت" | "باشرت" | "باشر" | "باشروا");
    // («تحدثت مصادر محلية صباح الأحد عن "أزيد من 40 حالة"»: told of)
    let told = t[pj].w == "عن" && (pj.saturating_sub(6).max(c.s0)..pj).any(|j| matches!(t[j].bare(), "تحدث" | "تحدثت" | "تحدثوا" | "يتحدث" | "تتحدث"));
    ((recorded(t[pj].bare()) || told) && !status::negated(t, c.s0, pj)).then_some((Kind::Injured, n, true))
}

/// A range: a second number after «و» or «إلى» («ما بين 10 و15», «من 10 إلى
/// 15», «10 إلى 15»). Returns the phrase's last token and the high end; `None`
/// when the range is a toll's old value («ارتفعت الحصيلة من 10 إلى 15»: 10 is
/// no figure).
pub(super) fn range(toks: &[Tok], s1: usize, p: &Phrase, qb: Option<(Before, usize)>, q0: usize) -> Option<(usize, Option<u64>)> {
    let (pb, hi) = (p.b, None);
    let (Q::N(lo), Some(c)) = (p.q, next_sig(toks, p.b + 1, s1)) else { return Some((pb, hi)) };
    // «أكثر من 100 وأقل من 300»: a lower bound, then an upper one
    if matches!(qb.map(|x| x.0), Some(Before::MoreThan | Before::AtLeast)) {
        let w = |k: usize| toks.get(k).filter(|_| k < s1).map_or("", |t| t.w.as_str());
        let (k, ok) = match w(c) {
            "واقل" | "واصغر" | "ودون" => (c + 1, true),
            "و" => (c + 2, matches!(w(c + 1), "اقل" | "اصغر")),
            _ => (c, false),
        };
        if ok && w(k) == "من" {
            if let Some(Phrase { q: Q::N(h), b: b2, .. }) = number::read(toks, k + 1, s1).filter(|x| matches!(x.q, Q::N(h) if h > lo)) {
                return Some((b2, Some(h)));
            }
        }
    }
    let conn = toks[c].w.as_str();
    let ok = match qb.map(|x| x.0) {
        Some(Before::Between) => conn == "و" || conn == "الي" || conn == "-",
        None => conn == "الي" || conn == "-",
        Some(Before::From) => conn == "الي",
        _ => false,
    };
    // («بين سبعة وتسعة»: the second number word carries its «و»)
    let joined = || (qb.map(|x| x.0) == Some(Before::Between) && toks[c].cls == Cls::Word).then(|| number::read(toks, c, s1).filter(|p| p.pre > 0)).flatten();
    if let Some(Phrase { q: Q::N(h), b: b2, .. }) = ok.then(|| number::read(toks, c + 1, s1)).flatten().or_else(joined) {
        let toll = (q0.saturating_sub(5)..q0).any(|j| toks[j].lex == Some(Lex::Toll));
        if qb.map(|x| x.0) == Some(Before::From) && toll {
            return None;
        }
        if h > lo {
            return Some((b2, Some(h)));
        }
    }
    Some((pb, hi))
}
