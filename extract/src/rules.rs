//! Phase 5, the named candidate rules: each ties a number phrase (or a
//! singular or dual noun) to a trigger word, and so to a kind (killed,
//! injured, arrested). They are tried in a fixed order, the first that matches
//! wins:
//!
//! | rule | pattern | examples |
//! | --- | --- | --- |
//! | [`counted_noun_after`] | NUMBER + counted noun | «5 قتلى», «10 حالات وفاة», «300 إصابة» |
//! | [`verb_after_subject`] | NUMBER + people + verb | «95 شرطيا أصيبوا», «العشرات أصيبوا» |
//! | [`trigger_before`] | verb or verbal noun + NUMBER | «مقتل 5», «ارتفع عدد القتلى إلى 50» |
//! | [`toll_subject`] | عدد + the counted ... إلى/بلغ NUMBER | «ارتفع عدد الوفيات جراء السيول منذ الأحد إلى 11» |
//! | [`of_the_counted`] | NUMBER + من + the counted | «5 من القتلى», «3 من الجرحى» |
//! | [`part_or_more_of_previous`] | بينهم + NUMBER / NUMBER + آخرين | «بينهم 5 أطفال», «وعالجت 140 آخرين» |
//! | [`coordinated_with_previous`] | FIGURE و NUMBER | «مقتل 18 من الأمن و26 من المسلحين» |
//! | [`arrest_object`] | arrest verb + subject, times + NUMBER + people | «أوقفت عناصر الدرك بمركز ... ثلاثة أشخاص» |
//! | [`campaign_reached`] | arrest campaign + طالت + NUMBER | «حملة اعتقالات طالت 15 مواطنا» |
//! | [`hospitalised`] | taken to hospital, treated | «نُقل 6 منهم إلى مستشفى», «16 سجينا يتلقون العلاج» |
//! | [`bare_toll`] | الحصيلة/العدد ... إلى/بلغ NUMBER, the kind the sentence before counted | «إن الحصيلة ارتفعت بذلك إلى 25» |
//!
//! Before them all, [`correction`]: FIGURE + بدلا من / وليس + NUMBER
//! («إلى 27 بدلا من 21»: 21 retracted).
//!
//! For figures told by a word: [`dual_of_case`] («حالتي وفاة»), [`dual_subject`] («شرطيان أصيبا»),
//! [`dual_object`] («اعتقلت الشرطة شخصين»),
//! [`coordinated_word`] («مقتل 22 مسلحا وشرطيين اثنين»),
//! [`subject_before_verb`] («أن أمين شرطة أصيب»), [`one_of_a_unit_before_verb`] («إن رقيباً في
//! إدارة مكافحة المخدرات استشهد»), [`dual_noun`] («قتيلين»),
//! [`noun_after_trigger`] («قُتل متظاهر», «وأصيب شرطيان»), and after it, for those named by a
//! trade, a post or kinship: [`post_and_others`] («صاحب المستودع واثنين من عماله»),
//! [`two_named_by_post`] («مالك العقار ومؤجر الباطن»), [`one_held_by_post`] («أوقفت سائق
//! الشاحنة»), [`unknown_one`] («أصيب مزارع»), [`kin_hurt`] («وأصيبت والدتهم»); and
//! [`mourned`] («ونعت النقابة طبيبة امتياز»), [`all_of_them`] («وأن ثلاثتهم قُتلوا»),
//! [`kin_before_verb`] («أن شقيقتها أصيبت»). One so told, and those joined to him in his
//! clause, are one count: [`joined_ones`] («قُتل مدير ناحية ... وسائقه»: 2).
//!
//! A candidate then goes through the [`super::filters`], and gets its
//! quantity (with its qualifier) and the group it counts here; claimant,
//! status and date come later ([`super::pass`]).

use super::filters;
use super::lexicon::{self, trig, Form, Lex, CASE_DUAL, EXCEED, NAMED_BY_NUMBER, ONE_MORE, ONE_TWO, OTHERS_SAID, PAST, PERIODS, STILL, SUBSET, TIMES, TOLL_HEADS};
use super::number::{self, Phrase, Q};
use super::qualifier::{self, exceeds, Before};
use super::status;
use super::tokenise::{Article, Cls, Tok};
use super::victims;
use crate::figure::{Kind, Quantity, Status, Victims};

/// A figure found in a sentence, before attribution.
pub struct Raw {
    pub kind: Kind,
    pub q: Quantity,
    /// `None`: take the group of the clause it continues.
    pub victims: Option<Victims>,
    /// Evidence span (tokens, inclusive).
    pub a: usize,
    pub b: usize,
    /// Number phrase (tokens, inclusive) and clitic chars on its first token.
    pub pa: usize,
    pub pb: usize,
    pub pre: usize,
    /// Part of the figure before («بينهم 5 أطفال»): its group is not the clause's.
    pub sub: bool,
    /// A number the text corrects («بدلا من 18», «وليس 90 كما ذكر سابقا»):
    /// retracted, or denied when others gave it.
    pub corrected: Option<Status>,
    /// Who gave a number the text denies («كما تداولت بعض الصفحات»), as tokens.
    pub given_by: Option<(usize, usize)>,
}

/// A rule's match: the kind, the index of the trigger word, and whether the
/// trigger comes after the number.
type Hit = (Kind, usize, bool);

/// The first token from `j` (before `end`) that is not a quote.
pub fn next_sig(toks: &[Tok], mut j: usize, end: usize) -> Option<usize> {
    while j < end {
        if !toks[j].is_quote() {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// The last token before `j` (from `start`) that is not a quote.
pub fn prev_sig(toks: &[Tok], j: usize, start: usize) -> Option<usize> {
    (start..j).rev().find(|&k| !toks[k].is_quote())
}

/// Whether token `j` starts a number phrase.
pub fn is_num(toks: &[Tok], j: usize, end: usize) -> bool {
    toks[j].cls == Cls::Num || (toks[j].cls == Cls::Word && number::read(toks, j, end).is_some())
}

/// A number that is part of a date, a year or a period («منذ 8 تشرين الأول», «منذ عام
/// 2011», «خلال الـ72 ساعة الماضية», «في الساعات الـ24 الأخيرة»): it does not stand
/// between a verb or a toll and its number as another count does.
fn is_date_num(toks: &[Tok], j: usize) -> bool {
    // (the period's noun before the article written apart: «الساعات الـ24»)
    let unit = |p: usize| toks[p].bare().starts_with("ال") && toks[p].is_in_def(&PERIODS);
    toks[j].cls == Cls::Num
        && (super::dates::month(toks, j + 1).is_some()
            || toks.get(j + 1).is_some_and(|n| n.is_in(&PERIODS))
            || j > 0 && (super::dates::month(toks, j - 1).is_some() || toks[j - 1].is_in(&NAMED_BY_NUMBER) || unit(j - 1))
            // (a year after a month of two words: «منذ السابع من تشرين الأول 2023»)
            || (j.saturating_sub(2)..j).any(|m| super::dates::month(toks, m).is_some_and(|(_, l)| l + 1 == j))
            || j > 1 && toks[j - 1].w == "ال" && unit(j - 2)
            // (the second year of a span: «موسم 2019-2020»)
            || j > 1 && matches!(toks[j - 1].cls, Cls::Punct('-' | '/')) && toks[j - 2].cls == Cls::Num && toks[j - 2].w.chars().count() == 4 && toks[j].w.chars().count() == 4 && is_date_num(toks, j - 2))
}

/// A toll word, then a qualifier right before token `i`: «عدد القتلى تجاوز»,
/// «الحصيلة تقترب من».
fn qualified_toll(toks: &[Tok], s0: usize, i: usize) -> bool {
    // (a toll word near first: the qualifier's patterns cost more to match)
    let near = (i.saturating_sub(9).max(s0)..i).any(|j| toks[j].lex == Some(Lex::Toll));
    near && qualifier::before(toks, i, s0).is_some_and(|(q, q0)| {
        !matches!(q, Before::From | Before::Between) && (q0.saturating_sub(4).max(s0)..q0).any(|j| toks[j].lex == Some(Lex::Toll))
    })
}

/// Every candidate figure of the sentence `toks[s0..s1]`, in text order.
// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
pub fn candidates(toks: &[Tok], s0: usize, s1: usize, before: Option<Kind>) -> Vec<Raw> {
    let mut raws: Vec<Raw> = Vec::new();
    let mut i = s0;
    while i < s1 {
        if matches!(toks[i].cls, Cls::Num | Cls::Word) {
            // «تجاوز عدد المعتقلين الألف», «عدد القتلى يفوق الستين»: a number word
            // with ال after an exceeding toll, or after a toll and its qualifier
            // (or a teen with ال, which is a number wherever it stands: «الجثث الاثنتي عشرة»)
            let teen = || toks.get(i + 1).is_some_and(|n| matches!(n.w.as_str(), "عشر" | "عشره"));
            // (the definite number word first: it is rare, and the context costs more to read)
            // (not a day: «ارتفعت الحصيلة يوم الاثنين إلى 23»)
            let day = || i > s0 && matches!(toks[i - 1].bare(), "يوم" | "ليل" | "ليله" | "صباح" | "مساء" | "فجر" | "ظهر" | "عصر");
            let p = number::read(toks, i, s1).or_else(|| number::read_def(toks, i, s1).filter(|_| (teen() || exceeds(toks, s0, i).is_some() || qualified_toll(toks, s0, i)) && !day()));
            if let Some(p) = p {
                let mut next = p.b + 1;
                if let Some(r) = number_figure(toks, s0, s1, p, &raws, before).filter(|r| !(r.kind == Kind::Arrested && filters::supervised(toks, r.pb, s1))) {
                    next = next.max(r.pb + 1);
                    raws.push(r);
                }
                i = next;
                continue;
            }
        }
        // (one more, «وفاة عامل ثانٍ», or the death or two that raised it, «إلى 3، بعد وفاة
        // امرأة», only beside a toll of its kind that counts it)
        let held = |r: &Raw| {
            !(r.kind == Kind::Arrested && filters::supervised(toks, r.pb, s1)
                || r.q == Quantity::Exact(1) && filters::one_more(toks, r.pb, s1) && raws.iter().any(|p| p.kind == r.kind)
                // («أعلنت وفاة ثلاثة أشخاص، قبل أن تتوفى امرأة متأثرة بإصابتها»: one death after a
                // toll of the dead told before it, «before» it rose by her)
                || r.q == Quantity::Exact(1) && r.kind == Kind::Killed && filters::died_after_a_toll(toks, r.a, raws.iter().filter(|p| p.kind == Kind::Killed && !p.sub).map(|p| p.pb.max(p.b)).max())
                // («وفاة 4 عمال، قبل أن يُعثر على جثتين أخريين»: two more bodies, beside the toll)
                || r.q == Quantity::Exact(2) && filters::two_more_bodies(toks, r.a.min(r.pa), r.pb.max(r.b), s1) && raws.iter().any(|p| p.kind == r.kind)
                || matches!(r.q, Quantity::Exact(1 | 2)) && filters::raised_the_toll(toks, r.a, s0) && raws.iter().any(|p| p.kind == r.kind)
                // («نعلن وفاة فتاة تبلغ 17 عاما متأثرة بجروحها، ليرتفع عدد القتلى إلى 3»: or one who
                // died of wounds, right before the toll it raised)
                || r.q == Quantity::Exact(1) && r.kind == Kind::Killed && filters::died_of_wounds_raising(toks, r.pb.max(r.b), s1)
                // («كما توفي متطوع رابع في المستشفى ...، لترتفع حصيلة القتلى إلى 4»: one more, by
                // its ordinal, before the toll it raised)
                || r.q == Quantity::Exact(1) && filters::one_more(toks, r.pb.max(r.b), s1) && filters::raises_a_toll(toks, r.pb.max(r.b), s1)
                // («تقضي بالإعدام لمتهم»: a sentence of death, no death)
                || filters::sentenced(toks, r.kind, r.a, s0, s1)
                // («أوقفت ضابطين عن العمل»: suspended from work)
                || filters::suspended(toks, r.kind, r.a.max(r.b), s1)
                // («بعد محاولة الحراس اعتقال شابة»: an attempt)
                || filters::attempted(toks, r.kind, r.a, s0))
        };
        if let Some(r) = word_figure(toks, s0, s1, i).map(|r| joined_ones(toks, s1, r)).or_else(|| coordinated_word(toks, s1, i, &raws)).or_else(|| subset_dual(toks, s0, i, &raws)).or_else(|| one_of_them(toks, s0, s1, i, before)).filter(held) {
            i = r.pb.max(i) + 1;
            raws.push(r);
            continue;
        }
        i += 1;
    }
    raws
}

/// What the rules know about a number phrase in its sentence.
struct At<'t> {
    toks: &'t [Tok],
    s0: usize,
    s1: usize,
    p: Phrase,
    /// The qualifier before the number, and where it starts.
    qb: Option<(Before, usize)>,
    /// Where the phrase starts, its qualifier included.
    q0: usize,
    /// The phrase's last token, a range's second number included.
    pb: usize,
    /// The high end of a range «ما بين 10 و15».
    hi: Option<u64>,
    /// The first token after the phrase that is not a quote.
    n1: Option<usize>,
    /// The last token before the phrase (and its qualifier) that is not a quote.
    pj: Option<usize>,
    /// The number is a preposition's object («في 3 مدن»), not a count.
    after_prep: bool,
    /// Toll phrasing shortly before: «حصيلة», «عدد», «ارتفع», or a definite trigger («القتلى»).
    toll: bool,
    /// Toll phrasing and «إلى»/«ب» right before the number («ارتفع عدد القتلى إلى 50»).
    toll_ok: bool,
}

impl At<'_> {
    fn lex(&self, j: Option<usize>) -> Option<Lex> {
        j.and_then(|j| self.toks[j].lex)
    }
}

/// The figure a number phrase gives, if any; `prev` are the sentence's figures so far.
fn number_figure(toks: &[Tok], s0: usize, s1: usize, p: Phrase, prev: &[Raw], before: Option<Kind>) -> Option<Raw> {
    if filters::not_people(toks, &p, s0, s1) {
        return None;
    }
    let qb = qualifier::before(toks, p.a, s0);
    let q0 = qb.map_or(p.a, |x| x.1);
    if let Some(r) = risen_from(toks, s0, s1, &p, qb, q0) {
        return Some(r);
    }
    let (pb, hi) = range(toks, s1, &p, qb, q0)?;
    let n1 = next_sig(toks, pb + 1, s1);
    if n1.is_some_and(|j| filters::missing(toks, j, s1)) {
        return None;
    }
    let pj = prev_sig(toks, q0, s0);
    // («سقط كل شيء دفعة واحدة»: «one» after a noun that names no one is that noun's number)
    let one_of_a_thing = p.a == p.b && matches!(toks[p.a].w.as_str(), "واحده" | "واحد" | "واحدا") && pj.is_some_and(|j| j + 1 == p.a && toks[j].cls == Cls::Word && !toks[j].def && toks[j].lex == Some(Lex::Thing));
    if one_of_a_thing {
        return None;
    }
    if let Some(r) = correction(toks, s1, &p, q0, pb, pj, prev) {
        return Some(r);
    }
    // «أفرجت عن 200 معتقل», «لم يسقط 5 قتلى» (not «وأسر» read as capture: [`captured_others`])
    if status::negated(toks, s0, q0) && !captured(toks, pj, n1, s1, prev) {
        return None;
    }
    let after_prep = !prep_governs_trigger(toks, s0, pj) && pj.is_some_and(|j| toks[j].lex == Some(Lex::Prep));
    let toll = (q0.saturating_sub(10).max(s0)..q0).any(|j| toks[j].lex == Some(Lex::Toll) || toks[j].def && trig(toks[j].lex).is_some());
    // (or a verb that bounds the toll: «الوفيات المسجلة بين الحجاج خلال أيام المناسك "لا تتجاوز 38 حالة"»)
    let bound_verb = qb.is_some_and(|(_, q0)| qualifier::exceeding_verb(toks, q0));
    // (or an amount after «بـ» with its bound: «قدّر عدد القتلى ... بما بين 15 و20», «بنحو 40»)
    let at_bound = qb.is_some() && toks[q0].w.starts_with('ب');
    let toll_ok = toll && (pj.is_some_and(|j| matches!(toks[j].w.as_str(), "الي" | "ب")) || bound_verb || at_bound);
    if filters::ages(toks, q0, n1) && !filters::murders(toks, s0, q0, n1) || filters::parent_of(toks, q0) || filters::aboard(toks, s0, pj) || filters::charged(toks, s0, pj) || filters::enumerated(toks, s0, q0) {
        return None;
    }
    // «أعداد الأسرى تتجاوز 10 آلاف أسير، بينهم نحو 3500 معتقل إداري», «412 نزيلاً،
    // بينهم 290 موقوفاً»: a part of the prisoners or inmates held (who are no figure:
    // no figure just before) is none either
    // «أحيل منهم 1,604 إلى النيابة», «وسألت ٢٦ من المصابين»: those of a count referred,
    // released or questioned are no count of their own
    // («حالة اثنين من الجرحى خطرة»: the condition of some of them)
    if pj.is_some_and(|j| toks[j].bare() == "حاله") && n1.is_some_and(|j| toks[j].w == "من") {
        return None;
    }
    let other_act = |j: usize| matches!(toks[j].bare(), "احيل" | "احيلت" | "افرج" | "سالت" | "سال" | "استمعت" | "استمع" | "استجوبت" | "استجوب" | "التقت" | "التقي" | "زارت" | "زار");
    let of_them = pj.is_some_and(|j| toks[j].w == "منهم" && j > s0 && other_act(j - 1)) || pj.is_some_and(other_act) && n1.is_some_and(|j| toks[j].w == "من");
    if of_them {
        return None;
    }

    let prisoners = pj.filter(|&j| toks[j].is_in(&SUBSET)).is_some_and(|j| {
        let held = |k: usize| matches!(toks[k].bare().no_al(), "اسير" | "اسيرا" | "اسري" | "سجين" | "سجينا" | "سجناء" | "نزيل" | "نزيلا" | "نزلاء") && (k.saturating_sub(3).max(s0)..k).any(|m| toks[m].cls == Cls::Num);
        (j.saturating_sub(4).max(s0)..j).any(held) && prev.last().is_none_or(|r| r.pb.max(r.b) + 8 < j)
    });
    if prisoners {
        return None;
    }
    // «وفاة سجينين اثنين من بين 27 موقوفا يخوضون إضرابا»: the detainees among whom a figure
    // of the sentence fell, a population, not arrests (nor deaths)
    // («بين» is read as the qualifier of a range, then «من» stands right before it)
    let among = (pj.is_some_and(|j| toks[j].bare() == "بين" && j > s0 && toks[j - 1].w == "من") || toks[q0].bare() == "بين" && pj.is_some_and(|j| toks[j].w == "من")) && !prev.is_empty();
    // («سجل 22 وفاة من بين أكثر من 400 مريض استقبلهم»: or those among whom it fell, whoever;
    // not those a verb of a kind right after tells of: «9 أشخاص، من بين 23 شخصاً أوقفتهم»)
    let told = n1.and_then(|j| toks.get(j + 1)).is_some_and(|t| matches!(trig(t.lex), Some((_, Form::Verb))));
    if among && !told {
        return None;
    }
    let c = At { toks, s0, s1, p, qb, q0, pb, hi, n1, pj, after_prep, toll, toll_ok };
    // («استقبل جثث أربعة أشخاص مصابين بأعيرة نارية»: the bodies of those counted, whatever
    // hit them)
    let bodies = pj.is_some_and(|j| matches!(toks[j].bare().no_al(), "جثث" | "جثامين"));
    let (kind, ti, trig_after) = bodies.then(|| trigger_before(&c)).flatten()
        .or_else(|| captured_others(&c, prev))
        .or_else(|| besides_detainees(&c, prev))
        .or_else(|| counted_noun_after(&c))
        .or_else(|| verb_after_subject(&c))
        .or_else(|| trigger_before(&c))
        .or_else(|| toll_subject(&c))
        .or_else(|| toll_verb_first(&c))
        .or_else(|| counted_subject_reached(&c))
        .or_else(|| of_the_counted(&c, true))
        .or_else(|| still_in_care(&c))
        .or_else(|| part_or_more_of_previous(&c, prev))
        .or_else(|| coordinated_with_previous(&c, prev))
        .or_else(|| arrest_object(&c))
        .or_else(|| campaign_reached(&c))
        .or_else(|| hospitalised(&c, prev))
        .or_else(|| critical(&c))
        .or_else(|| list_item(&c))
        .or_else(|| losses(&c))
        .or_else(|| lost_own(&c))
        .or_else(|| injuries_to(&c))
        .or_else(|| bare_toll(&c, prev, before))
        .or_else(|| cases_of_before(&c, prev, before))?;
    // («مشيرة إلى أن اثنين آخرين أفرج عنهما بعد التحقيق»: those released, told after the
    // number with no verb of arrest right before it, are no count; «واعتقلت 11 عاملا أفرج
    // عنهم بعد يومين» were arrested)
    let released = |j: usize| matches!(toks[j].bare(), "افرج" | "اطلق" | "اخلي") && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && matches!(n.w.as_str(), "عنهم" | "عنهما" | "عنهن" | "سراحهم" | "سراحهما" | "سبيلهم" | "سبيلهما"));
    let governed = ti < q0 && ti + 3 >= q0;
    if kind == Kind::Arrested && !governed && (pb + 1..s1.min(pb + 4)).any(released) {
        return None;
    }
    // (some of those held, unless an arrest's verb right before governs them: «قررت المحكمة حبس
    // 14 من المحتجزين»)
    let governs = pj.is_some_and(|j| matches!(trig(toks[j].lex), Some((Kind::Arrested, _))) && j + 1 == q0);
    if filters::of_the_held(toks, kind, pb, s1) && !governs
        || filters::hostages(toks, kind, ti, pb, s1)
        || filters::abducted(toks, kind, ti)
        || filters::fell_between_kinds(toks, ti, s1)
        || filters::suspended(toks, kind, ti.min(q0), s1)
        || filters::trapped(toks, kind, ti, pb, s1)
        || filters::killed_or_missing(toks, ti, s1)
        || filters::killed_and_injured_together(toks, s0, q0, kind, ti, trig_after)
        || filters::infections(toks, kind, ti, s0, s1)
        || filters::patients(toks, kind, ti, pb, s1)
        || filters::confirmed_cases(toks, pb, s1)
        || filters::discharged(toks, kind, (p.a, pb), s0, s1)
        || filters::sentenced(toks, kind, ti, s0, s1)
        || filters::fell_from(toks, kind, ti, pb, s1)
        || filters::attempted(toks, kind, ti, s0)
        || filters::stopped_a_thing(toks, kind, ti, q0, s1)
        || filters::rate(toks, s0, q0, pb.max(ti), s1)
    {
        return None;
    }
    // («وفاة خمسة، قبل أن يفارق ثلاثة من المصابين الحياة»: the deaths that raised a toll given
    // before them in the sentence)
    // («قبل أن يرتفع العدد مع وفاة ثلاثة من الجرحى»: or with the word of death before them)
    let with_death = ti < q0 && ti + 2 >= q0 && ti > s0 && toks[ti - 1].w == "مع" && matches!(trig(toks[ti].lex), Some((Kind::Killed, Form::Event)));
    let raised = filters::raised_the_toll(toks, q0, s0) || with_death && filters::raised_the_toll(toks, ti, s0);
    if kind == Kind::Killed && raised && prev.iter().any(|r| r.kind == Kind::Killed) {
        return None;
    }
    // («وثق سقوط 47 ضحية مدنية، بينهم 16 قتيلاً و31 جريحاً»: victims that a breakdown right
    // after splits into the dead and the hurt are both, no toll of the dead)
    let victims_word = trig_after && matches!(toks[ti].bare().no_al(), "ضحيه" | "ضحايا");
    let split = || (ti + 1..s1.min(ti + 12)).find(|&j| toks[j].is_in(&SUBSET)).is_some_and(|j| (j + 1..s1.min(j + 8)).any(|k| matches!(trig(toks[k].lex), Some((Kind::Injured, Form::Counted)))));
    if kind == Kind::Killed && victims_word && split() {
        return None;
    }
    let (q, b) = quantity(&c, ti, trig_after);
    let a = if qb.is_some_and(|x| !matches!(x.0, Before::From)) { q0 } else { p.a }.min(ti);
    let victims = counted_group(&c, ti, trig_after);
    // «حيّدت القوات 6 من عناصر القوات الديمقراطية المتحالفة», «تحييد 7 من عناصر الفصيل»:
    // those a force neutralised are its enemies, whatever their name
    // («قضت على 25 من عناصر فانو»: a force that «did away with» them)
    let neutralised = matches!(toks[ti].bare(), "حيد" | "حيدت" | "حيدوا" | "يحيد" | "تحييد");
    let done_away = matches!(toks[ti].bare(), "قضت" | "القضاء" | "قضاء") && trig(toks[ti].lex).is_some_and(|x| x.1 == Form::NeedsAla);
    // («و(حيّد) ستة منهم»: of those just named, whoever they were; «القضاء على 40 من العسكريين»:
    // soldiers, named so)
    let victims = if neutralised && matches!(victims, None | Some(Victims::People | Victims::SecurityForces)) || done_away && matches!(victims, None | Some(Victims::People)) { Some(Victims::Attackers) } else { victims };
    // «مقتل أربعة من المهربين», «مقتل 27 مهربا»: smugglers killed or hurt in a clash are the
    // attackers (arrested, they are people)
    // (and so are suspects, the wanted and outlaws the police kill: «مقتل 41 مشتبهاً بهم», «8 من
    // "المشتبه بهم"», «اثنين من المطلوبين», «3 من الخارجين عن القانون», «أربعة عناصر إجرامية»,
    // «8 من عناصر الخوارج»)
    let outlaw = |t: &Tok| {
        let w = t.bare().no_al();
        w.starts_with("مهرب") || w.starts_with("مشتبه") || w.starts_with("مطلوب") || w.starts_with("اجرامي") || matches!(w, "خارجين" | "خارجون" | "خوارج")
    };
    let smugglers = kind != Kind::Arrested && (pb + 1..s1.min(pb + 5)).find(|&j| toks[j].w != "من" && !toks[j].is_quote() && !toks[j].is_in(&lexicon::MEN_OF)).is_some_and(|j| outlaw(&toks[j]));
    let victims = if smugglers { Some(Victims::Attackers) } else { victims };
    // (and so is a part joined by «و» right after one: «بينهم 7 نساء و4 أطفال»)
    let joined = |r: &Raw| r.sub && r.kind == kind && pj.is_some_and(|j| toks[j].w == "و" && j + 1 == q0) && q0 <= r.pb.max(r.b) + 3;
    // (or the next item of a «بينهم» list between commas, of the whole's kind: «تسعة أشخاص، بينهم
    // ممرضتان، وثلاثة أطفال، قُتلوا», not «تسعة قتلى، بينهم طفل وامرأتان، و34 جريحاً»)
    let and_at = if pj.is_some_and(|j| toks[j].w == "و" && j + 1 == q0) { q0 - 1 } else if p.pre > 0 && toks[p.a].w.starts_with('و') { q0 } else { 0 };
    let listed = and_at > s0 + 1 && prev.iter().rev().find(|r| !r.sub).is_some_and(|r| r.kind == kind) && toks[and_at - 1].cls == Cls::Punct(',') && (and_at.saturating_sub(8).max(s0)..and_at - 1).rev().take_while(|&k| !toks[k].is_clause_end()).any(|k| toks[k].is_in(&SUBSET));
    let sub = pj.is_some_and(|j| toks[j].is_in(&SUBSET)) || prev.last().is_some_and(joined) || listed;
    // «بلغت حصيلة المصابين ٧ طلاب ومعلماً»: a count and one more joined to it is the sum (not in
    // a part, «بينهم 6 أطفال وامرأة», «بين القتلى 3 سيدات وطفلة», «هم 3 أطفال ورجل», where the
    // part counts its own group)
    let part = sub || pj.is_some_and(|j| matches!(toks[j].bare(), "هم" | "منهم") || j > s0 && toks[j - 1].bare() == "بين");
    if let (Quantity::Exact(n), Some((j, same)), false) = (q, and_one_more(toks, p.b, s1), part) {
        let victims = if same { victims } else { Some(Victims::People) };
        return Some(Raw { kind, q: Quantity::Exact(n + 1), victims, a, b: j.max(b), pa: p.a, pb: j, pre: p.pre, sub, corrected: None, given_by: None });
    }
    Some(Raw { kind, q, victims, a, b, pa: p.a, pb, pre: p.pre, sub, corrected: None, given_by: None })
}

/// One more joined right after a count's noun (after the number that ends at `b`) and a plural
/// adjective of the noun: «٧ طلاب ومعلماً», «أصيب 4 طلاب وشرطي». A singular the table knows
/// («وشرطي», «وامرأة»), or one it does not know written with the accusative's tanween; not one
/// in construct («وسائق الحافلة»), described after it («وطفلاً في الثانية عشرة»), or
/// followed by more («وطفل و3 نساء»). Where it ends, and whether the one is of the count's
/// group («3 جنود وضابط»).
fn and_one_more(toks: &[Tok], b: usize, s1: usize) -> Option<(usize, bool)> {
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
fn risen_from(toks: &[Tok], s0: usize, s1: usize, p: &Phrase, qb: Option<(Before, usize)>, q0: usize) -> Option<Raw> {
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
fn correction(toks: &[Tok], s1: usize, p: &Phrase, q0: usize, pb: usize, pj: Option<usize>, prev: &[Raw]) -> Option<Raw> {
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
fn toll_subject(c: &At) -> Option<Hit> {
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
fn toll_head(c: &At, j: usize, pj: usize) -> Option<Hit> {
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
fn toll_verb_first(c: &At) -> Option<Hit> {
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
fn bare_toll(c: &At, prev: &[Raw], before: Option<Kind>) -> Option<Hit> {
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
fn cases_of_before(c: &At, prev: &[Raw], before: Option<Kind>) -> Option<Hit> {
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
fn range(toks: &[Tok], s1: usize, p: &Phrase, qb: Option<(Before, usize)>, q0: usize) -> Option<(usize, Option<u64>)> {
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

/// A preposition before the number that belongs to the trigger, so the number
/// is still its count: «القبض على 12», «القضاء على 30» (a verbal noun that
/// needs «على»; «قضى على 30» too), and an execution carried out «بحق» the number («تنفيذ حكم
/// الإعدام بحق 3 مدانين»; «أحكام بالإعدام بحق 5» is only a sentence).
fn prep_governs_trigger(toks: &[Tok], s0: usize, pj: Option<usize>) -> bool {
    // («قضى على 30»: the verb of «قضى 5 أشخاص» (died) with «على» is the noun's)
    // (over a time between commas: «ألقت القبض، الخميس الماضي، على 3»)
    // (or over an adverb of time: «ألقت القبض لاحقاً على 4»)
    let verb = |j: usize| if j > s0 { apposition(toks, s0, j - 1).map_or(j - 1, |k| k.saturating_sub(1).max(s0)) } else { j };
    let verb = |j: usize| {
        let v = verb(j);
        if v > s0 && time_adverb(&toks[v]) { v - 1 } else { v }
    };
    let ala = pj.is_some_and(|j| toks[j].w == "علي" && j > s0 && (trig(toks[verb(j)].lex).is_some_and(|t| t.1 == Form::NeedsAla) || toks[verb(j)].bare() == "قضي"));
    // (or over the arrest's subject, up to three words: «قبضت الشرطة على 17», «تحفظت
    // قوات الأمن على 5»; or a force's that did away with them, «قضت مفرزة للجيش على
    // إرهابيين اثنين», but not a court's sentence, «قضت المحكمة على»)
    let court = |t: &Tok| matches!(t.bare().no_al(), "محكمه" | "محاكم" | "قاضي" | "قاض" | "دائره" | "هيئه" | "غرفه" | "للمحكمه");
    let subject = pj.is_some_and(|j| {
        let before = (j.saturating_sub(4).max(s0)..j).rev().take_while(|&k| toks[k].cls == Cls::Word && !toks[k].is_clause_end());
        let arrest = || before.clone().any(|k| k + 1 < j && trig(toks[k].lex) == Some((Kind::Arrested, Form::NeedsAla)));
        let did_away = || before.clone().find(|&k| k + 1 < j && matches!(toks[k].bare(), "قضت" | "قضي") && !toks[k].def).is_some_and(|v| !(v + 1..j).any(|m| court(&toks[m])));
        toks[j].w == "علي" && (arrest() || did_away())
    });
    let executed = pj.is_some_and(|j| {
        toks[j].w == "بحق"
            && j > s0
            && trig(toks[j - 1].lex) == Some((Kind::Killed, Form::Event))
            && (j.saturating_sub(6).max(s0)..j - 1).any(|k| toks[k].bare().starts_with("نفذ") || toks[k].bare().starts_with("تنفيذ") || toks[k].bare().starts_with("ينفذ"))
    });
    ala || subject || executed
}

/// An adverb of time that may stand between a verb and its «على»: «ألقت القبض لاحقاً على 4».
fn time_adverb(t: &Tok) -> bool {
    matches!(t.bare(), "لاحقا" | "مجددا" | "مؤخرا" | "اليوم" | "امس" | "فجرا" | "ليلا" | "صباحا" | "مساء")
}

/// NUMBER + counted noun: «5 قتلى», «قتيلين», «11 ألف وفاة», «300 إصابة» (a
/// verbal noun without و), or NUMBER + «حالات» + trigger: «10 حالات وفاة».
fn counted_noun_after(c: &At) -> Option<Hit> {
    // «وفاة أربعة مصابين», «مقتل 3 جرحى»: the injured who died are killed
    // (but «سقط 9 جرحى», «سقوط 9 جرحى»: fell injured)
    // (not a count coordinated after it: «14 حالة وفاة وأكثر من 40 مصاباً»)
    // (over «فيه»: «توفي فيه ما لا يقل عن 3 محتجزين»)
    let verb_at = c.pj.filter(|&j| j + 1 == c.q0).map(|j| if j > c.s0 && matches!(c.toks[j].w.as_str(), "فيه" | "فيها" | "خلاله" | "خلالها") { j - 1 } else { j });
    let died = verb_at.is_some_and(|j| {
        matches!(trig(c.toks[j].lex), Some((Kind::Killed, Form::Event | Form::Verb))) && !c.toks[j].bare().trim_start_matches('ب').starts_with("سق")
    }) && !c.toks[c.q0].has_conj();
    // («شيع المئات جثامين الجنود»: a definite number is no count of an indefinite noun after
    // it, which has its own in construct)
    let def_number = c.toks[c.q0].w.starts_with("ال") || c.toks[c.q0].w.starts_with("وال");
    if def_number && c.n1.is_some_and(|n| !c.toks[n].def && c.toks.get(n + 1).is_some_and(|t| n + 1 < c.s1 && t.w.starts_with("ال"))) {
        return None;
    }
    // («عدد القتلى بلغ 58 والجرحى 212»: a definite noun after «و» is the next count's)
    if c.n1.is_some_and(|n| c.toks[n].has_conj() && c.toks[n].def) {
        return of_the_counted(c, false);
    }
    // «260 معتقلا توفوا داخل السجون», «3 جرحى توفوا لاحقا»: the detained or injured who died
    // (but «عشرات الجرحى سقطوا في الشوارع»: fell injured)
    // (over «على الأقل»: «7 محتجزين على الأقل توفوا تحت التعذيب»)
    let over_least = |v: usize| if c.toks[v].w == "علي" && c.toks.get(v + 1).is_some_and(|t| t.w == "الاقل") { next_sig(c.toks, v + 2, c.s1) } else { Some(v) };
    let then_died = c.n1.and_then(|n| next_sig(c.toks, n + 1, c.s1)).and_then(over_least).filter(|&v| matches!(trig(c.toks[v].lex), Some((Kind::Killed, Form::Verb | Form::After))) && !c.toks[v].has_conj() && !c.toks[v].bare().starts_with("سق"));
    // «إصابة 7 معتقلين بكسور»: the detained who were hurt are injured
    let hurt = c.pj.filter(|&j| j + 1 == c.q0).is_some_and(|j| matches!(trig(c.toks[j].lex), Some((Kind::Injured, Form::Event | Form::Verb)))) && !c.toks[c.q0].has_conj();
    // («نُقل 4 محتجزين إلى المستشفى»: detainees taken to hospital, hurt; `hospitalised` reads it)
    let to_hospital = c.pj.is_some_and(|j| matches!(c.toks[j].bare(), "نقل" | "نقلت" | "نقلوا" | "ادخل" | "اسعف")) && c.n1.and_then(|n| c.toks.get(n + 1)).is_some_and(|t| t.w == "الي");
    if to_hospital && matches!(trig(c.lex(c.n1)), Some((Kind::Arrested, Form::Counted))) {
        return None;
    }
    match trig(c.lex(c.n1)) {
        // («توفي 135 محتجزا داخل السجون»: the detained who died too)
        Some((Kind::Injured | Kind::Arrested, Form::Counted)) if died => Some((Kind::Killed, c.pj?, false)),
        Some((Kind::Arrested, Form::Counted)) if hurt => Some((Kind::Injured, c.pj?, false)),
        Some((Kind::Injured | Kind::Arrested, Form::Counted)) if then_died.is_some() => Some((Kind::Killed, then_died?, true)),
        Some((k, Form::Counted | Form::Dual)) => Some((k, c.n1?, true)),
        Some((k, Form::Event)) if !c.toks[c.n1?].has_conj() => Some((k, c.n1?, true)),
        _ => of_the_counted(c, false),
    }
}

/// NUMBER + «من» + a definite counted noun («5 من القتلى», «3 من المصابين»);
/// with `of` false, NUMBER + «حالات» + trigger («10 حالات وفاة», «4 حالات اعتقال»,
/// «218 حالة قتل»).
fn of_the_counted(c: &At, of: bool) -> Option<Hit> {
    let t = c.toks;
    let n = c.n1?;
    let ok = if of { t[n].w == "من" } else { t[n].lex == Some(Lex::Case) };
    // («112 حالة من حالات الاعتقال التعسفي»: over «من حالات»)
    let of_cases = !of && t.get(n + 1).is_some_and(|x| x.w == "من") && t.get(n + 2).is_some_and(|x| x.lex == Some(Lex::Case) && x.w.starts_with("حالات"));
    let j = if of_cases { n + 3 } else { n + 1 };
    // «7 من الموقوفين تعرضوا للضرب», «12 من المعتقلين أضربوا», «11 من المعتقلين أفادوا بتعرضهم»: those
    // of them who did or said something else
    // («52 من الموقوفين أفرج عنهم بكفالة», «أطلق سراحهم», «أخلي سبيلهم»: released)
    // («11 من المحتجزين وجهت إليهم تهمة», «أحيل 29 منهم»: charged or referred)
    // (as written: «وجهت» is no «و» + «جهت»)
    // («3 من الموقوفين سبق أن صدرت بحقهم أحكام»: what they had done before; «غادر 5 من المصابين»)
    let released = |v: &Tok| matches!(v.bare(), "افرج" | "افرجت" | "اطلق" | "اطلقت" | "اخلي" | "اخلت" | "احيل" | "احيلوا" | "يواجه" | "يواجهون" | "سبق" | "غادر" | "غادروا") || matches!(v.w.as_str(), "وجهت" | "وجه");
    let other_verb = of && t.get(j + 1).is_some_and(|v| v.cls == Cls::Word && (v.w.ends_with("وا") && matches!(v.lex, None | Some(Lex::Cue(_))) || released(v)) && j + 1 < c.s1);
    // «اثنين من المصابين توفيا»: those of the injured or detained who died
    // («يلفظ اثنان من المصابين أنفاسهما»: their last breath after them)
    let died = of && j + 1 < c.s1 && matches!(trig(t[j + 1].lex), Some((Kind::Killed, Form::Verb | Form::After))) && !t[j + 1].has_conj();
    // («قبل أن يفارق ثلاثة من المصابين الحياة», «توفي 3 من الجرحى»: or the verb before them)
    let died = died || of && c.pj.is_some_and(|p| matches!(trig(t[p].lex), Some((Kind::Killed, Form::Verb))) && p + 1 == c.q0);
    match trig(c.lex(Some(j).filter(|&j| ok && j < c.s1))) {
        Some((Kind::Injured | Kind::Arrested, Form::Counted)) if died && t[j].def => Some((Kind::Killed, j + 1, true)),
        Some((k, Form::Counted | Form::Event)) if (!of || t[j].def) && !other_verb => Some((k, j, true)),
        // («218 حالة قتل خارج نطاق القضاء»: after «حالة» the verb's spelling is its verbal noun)
        Some((k, Form::Verb)) if !of && !t[j].has_conj() => Some((k, j, true)),
        _ => None,
    }
}

/// NUMBER + the people counted + a verb: «95 شرطيا أصيبوا», «8 من أفراد الأمن
/// على الأقل قتلوا», «1300 إسرائيلي قتلوا», «العشرات أصيبوا», «12 مدنيا، بينهم
/// 5 أطفال، قتلوا», «3 مواطنين مصابين». A noun the table does not know must
/// follow the number directly, with its verb close («7 فلاحين قتلوا»), unless
/// «من» follows it («11 عنصرا من قوات النظام قتلوا»).
fn verb_after_subject(c: &At) -> Option<Hit> {
    let t = c.toks;
    let (s1, n1) = (c.s1, c.n1);
    // a word the table does not know: only right after the number (or its closing
    // quote: «"العشرات" أصيبوا»), the verb close after it
    let plain = n1.is_some_and(|j| {
        let w = &t[j];
        (c.pb + 1..j).all(|k| t[k].is_quote()) && !c.after_prep && (w.cls == Cls::Word && w.lex.is_none() && !w.w.starts_with("ان") && !w.w.starts_with("بان") || trig(w.lex).is_some_and(|x| x.1 == Form::Verb) && !w.has_conj())
    });
    // «مدنيين اثنين، هما مزارع وابنه، قُتلا»: who they were, between commas, after the noun and its number
    let appos = |j: usize| t[j].cls == Cls::Punct(',') && t.get(j + 1).is_some_and(|n| matches!(n.bare(), "هما" | "هم" | "هن"));
    let noun_before = c.pj.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..))));
    let starts = plain || n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..) | Lex::Others)) || matches!(t[j].w.as_str(), "من" | "علي") || appos(j) && noun_before);
    if !starts {
        return None;
    }
    let j0 = n1?;
    // («إلى 23 والشرطة تعتقل ثلاثة»: a definite group joined by «و» starts a clause of its own)
    if t[j0].and_group() {
        return None;
    }
    // (a verbal noun of its own right before governs the count, and what they did after «بعدما»
    // is theirs: «توقيف 5 شبان من القرية بعدما قتلوا فرس نهر»)
    let governed = c.pj.is_some_and(|j| j + 1 == c.q0 && matches!(trig(t[j].lex), Some((_, Form::Event))));
    if governed && (j0..s1.min(j0 + 6)).any(|k| matches!(t[k].bare(), "بعدما" | "عندما" | "حينما" | "لانهم")) {
        return None;
    }
    let of = t.get(j0 + 1).is_some_and(|w| w.w == "من");
    // («11 معدّنا تقليديا على الأقل لقوا حتفهم»: the qualifier after the people does not count)
    let least = (j0 + 1..s1.min(j0 + 4)).any(|k| t[k].w == "الاقل" && t[k - 1].w == "علي");
    let mut end = s1.min(j0 + if plain && !of { 4 } else { 9 } + if least { 2 } else { 0 });
    let mut j = j0;
    while j < end {
        let w = &t[j];
        // a parenthesis «، بينهم خمسة أطفال،», «، هما مزارع وابنه،», «، معظمهم نساء وأطفال،» is skipped
        let most = |n: &Tok| matches!(n.bare(), "معظمهم" | "اغلبهم" | "غالبيتهم" | "جلهم");
        if w.cls == Cls::Punct(',') && t.get(j + 1).is_some_and(|n| n.is_in(&SUBSET) || most(n)) || appos(j) {
            if let Some(mut k) = (j + 2..s1.min(j + 14)).find(|&k| t[k].cls == Cls::Punct(',')) {
                // (and the list's next item, between commas too: «، بينهم ممرضتان، وثلاثة أطفال، قُتلوا»)
                let and_number = |k: usize| t.get(k).is_some_and(|n| n.w == "و") && t.get(k + 1).is_some_and(|n| n.cls == Cls::Num) || t.get(k).is_some_and(|n| n.w.starts_with('و')) && number::read(t, k, s1).is_some();
                while and_number(k + 1) {
                    match (k + 3..s1.min(k + 8)).find(|&m| t[m].cls == Cls::Punct(',')) {
                        Some(m) => k = m,
                        None => break,
                    }
                }
                end = s1.min(k + 4);
                j = k + 1;
                continue;
            }
        }
        // a name in brackets after the people: «اثنين من عناصر قوات التعبئة (الباسيج) قتلا»
        if w.cls == Cls::Punct('(') && j > j0 {
            if let Some(k) = (j + 1..s1.min(j + 6)).find(|&k| t[k].cls == Cls::Punct(')')).filter(|&k| (j + 1..k).all(|x| t[x].cls == Cls::Word && t[x].lex.is_none())) {
                end = s1.min(k + 3);
                j = k + 1;
                continue;
            }
        }
        // «27 مدنيا و4 جنود قتلوا»: a second count joined by «و» shares the verb
        if w.cls == Cls::Num && j > j0 && t[j - 1].w == "و" && t.get(j + 1).is_some_and(|n| j + 1 < s1 && matches!(n.lex, Some(Lex::Group(..)))) {
            end = s1.min(end + 3);
            j += 2;
            continue;
        }
        if w.is_clause_end() || w.cls == Cls::Num || matches!(w.lex, Some(Lex::Cue(_))) {
            return None;
        }
        // «20 مدنيا وأصيب ...»: a verb after و starts a new clause
        if j > j0 && w.has_conj() && trig(w.lex).is_some_and(|x| x.1 == Form::Verb) {
            return None;
        }
        // and so does «فيما», «بينما», «في حين» («إلى 24 شخصاً، بينهم مدنيون، فيما أصيب 87»)
        if j > j0 && matches!(w.w.as_str(), "فيما" | "وفيما" | "بينما" | "وبينما" | "حين") {
            return None;
        }
        // and a time or cause after them: «وضبط 14 متسللًا بعد غرق قارب» (not their verb)
        if j > j0 && matches!(w.bare(), "بعد" | "قبل" | "اثر" | "عقب" | "جراء") && !matches!(t.get(j + 1).map(|n| n.w.as_str()), Some("ان")) {
            return None;
        }
        // «26 شخصا يشتبه في مشاركتهم في أعمال القتل»: what they are suspected of is no verb of theirs
        if matches!(w.bare(), "يشتبه" | "للاشتباه" | "بتهمه") {
            return None;
        }
        // «11 شخصا فقدوا حياتهم»: lost their lives; «51 شخصا يعانون أعراض تسمم»: suffering harm
        // (as written: «فقدوا» is no «ف» + «قدوا»)
        if matches!(w.w.as_str(), "فقد" | "فقدوا" | "فقدت" | "وفقد" | "وفقدوا") && t.get(j + 1).is_some_and(|n| n.w.starts_with("حيات")) {
            return Some((Kind::Killed, j, true));
        }
        if matches!(w.bare(), "يعاني" | "يعانون" | "تعاني" | "عاني" | "عانوا" | "عانت") {
            // (or suffocation, burns, fractures: «4136 مراجعاً يعانون من ضيق في التنفس», «عشرات
            // الشبان عانوا من حالات اختناق»)
            let hurt = |k: usize| matches!(t[k].bare().no_al(), "اختناق" | "حروق" | "كسور" | "رضوض") || t[k].bare() == "ضيق" && (k + 1..s1.min(k + 3)).any(|m| t[m].bare().no_al().ends_with("تنفس"));
            let harm = (j + 1..s1.min(j + 4)).find(|&k| matches!(trig(t[k].lex), Some((Kind::Injured, Form::Event | Form::Counted | Form::After))) || hurt(k));
            return harm.map(|k| (Kind::Injured, k, true));
        }
        // «أربعة أشخاص ... وُضعوا قيد التوقيف الاحتياطي», «وضع 12 شخصا رهن الاعتقال»: put
        // under arrest (the verb «وضع» before «قيد»/«رهن», or before the number)
        let put = |k: usize| k >= c.s0 && (t[k].w.starts_with("وضع") || t[k].w.starts_with("يوضع") || t[k].w.starts_with("توضع"));
        if matches!(w.bare(), "قيد" | "رهن") && (put(j - 1) || c.pj.is_some_and(put)) && t.get(j + 1).is_some_and(|n| j + 1 < s1 && trig(n.lex) == Some((Kind::Arrested, Form::Event))) {
            return Some((Kind::Arrested, j + 1, true));
        }
        // («"أكثر من 1,200 مشتبه" في ملفات إطلاق نار وجرائم قتل»: after «جرائم» the verb's
        // spelling is the crime's name)
        let crime = matches!(t[j - 1].bare().trim_start_matches('و'), "جرائم" | "جريمه" | "الجرائم" | "الجريمه");
        // («14 متهماً في وقائع القتل»: a verb's spelling with «ال» is its verbal noun, what they
        // are accused of, no verb of theirs)
        // («وأن عاملاً واحداً نجا دون أن يصاب بأذى»: without being hurt)
        let without = j >= 2 && t[j - 1].w == "ان" && matches!(t[j - 2].bare(), "دون" | "بدون");
        match trig(w.lex) {
            // («6 صيادين مسلحين بعد أن قتلوا 4 وعول»: a verb with a count for its object is
            // active, what they did)
            Some((_, Form::Verb)) if crime || w.def || without || number::read(t, j + 1, s1).is_some() => return None,
            Some((k, Form::Verb | Form::After)) => return (!status::negated(t, j0, j)).then_some((k, j, true)),
            // «3 مواطنين مصابين» (not «توقيف 11 شخصاً وجرحى بين العناصر»: another count)
            Some((k, Form::Counted)) if j == j0 + 1 && !w.def && !w.has_conj() || w.def && t[j - 1].bare() == "بين" => return Some((k, j, true)),
            Some(_) => return None,
            None => {}
        }
        j += 1;
    }
    None
}

/// A verb or verbal noun before the number: «مقتل 5», «اعتقلت في المجمل
/// 7939», «ارتفع عدد القتلى إلى 50», «ارتفع عدد قتلى التصعيد منذ مطلع العام
/// إلى 345». Looks back 6 words (10 in toll phrasing, 12 when the people
/// counted follow the number), stopping at a clause end, a cue or another
/// number; a number after a preposition needs toll phrasing.
fn trigger_before(c: &At) -> Option<Hit> {
    if c.after_prep && !c.toll_ok {
        return None;
    }
    let t = c.toks;
    // «مقتل حارسين وفرار عشرات السجناء», «يقتلون حارسين ويختطفون عشرات الطلاب»: a word
    // of its own joined by «و» right before the number, after another count, governs it
    if let Some(j) = c.pj.filter(|&j| j > c.s0) {
        let w = &t[j];
        let counted_before = t[j - 1].cls == Cls::Num || matches!(t[j - 1].lex, Some(Lex::Group(..) | Lex::Trig(_, Form::Dual | Form::Counted)));
        if w.cls == Cls::Word && w.w.starts_with('و') && w.w.chars().count() > 3 && w.lex.is_none() && counted_before {
            return None;
        }
    }
    let mut seen = 0;
    let mut j = c.q0;
    // a count that names its people may stand further from its verb, after a
    // subject and times («اعتقلت الشرطة منذ ليل السبت وحتى صباح اليوم 40 شخصا»)
    let people = c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..))));
    // (a toll's number may follow its period: «بلغ عدد القتلى ... منذ فبراير 2022 أكثر من 14 ألفا»)
    let after_date = c.toll && c.pj.is_some_and(|j| is_date_num(t, j));
    let reach = if c.toll_ok || after_date { 10 } else if people { 12 } else { 6 };
    // beyond 6 words only times, prepositions, definite nouns and the forces acting
    // may come between («مقتل مسلح في اشتباك مع دورية بحي يقطنه 500 شخص» counts no one)
    let mut light = true;
    while j > c.s0 && seen < reach {
        j -= 1;
        let w = &t[j];
        if w.is_quote() {
            continue;
        }
        seen += 1;
        if seen > 6 && !c.toll_ok && !light {
            return None;
        }
        // («و(حيّد) ستة منهم»: a word in brackets is read as if quoted)
        if w.cls == Cls::Punct(')') && j >= c.s0 + 2 && t[j - 2].cls == Cls::Punct('(') || w.cls == Cls::Punct('(') && t.get(j + 2).is_some_and(|x| x.cls == Cls::Punct(')')) {
            seen -= 1;
            continue;
        }
        // («اعتقال زعيم الطائفة، وهو قس يبلغ من العمر 53 عاما، و6 من مساعديه»: over an apposition)
        if let Some(k) = apposition(t, c.s0, j) {
            j = k;
            continue;
        }
        // («أصيبوا بعدما هاجمهم نحو 200 سائق»: a clause of when or why starts between them)
        if matches!(w.bare(), "بعدما" | "عندما" | "حينما" | "لما") {
            return None;
        }
        // («ضبطت خلال أسبوع واحد 21,340 مخالفاً»: «one» of a period is no count)
        let period_one = matches!(w.w.as_str(), "واحد" | "واحده") && j > c.s0 && matches!(t[j - 1].bare(), "اسبوع" | "يوم" | "شهر" | "ساعه" | "ليله" | "عام" | "سنه");
        if w.is_clause_end() || matches!(w.lex, Some(Lex::Cue(_))) || is_num(t, j, c.s1) && !is_date_num(t, j) && !period_one {
            return None;
        }
        // «عثروا على رفات ما لا يقل عن 60 شخصاً»: the remains of people counted after the
        // number are of the dead («14 رفات» alone counts remains, not people)
        if w.bare().no_al() == "رفات" && seen <= 2 && people {
            return (!status::negated(t, c.s0, j)).then_some((Kind::Killed, j, false));
        }
        // («عدد المصابين في صفوف الموقوفين لا يتجاوز خمسة»: ranks, not the count's noun)
        let ranks = j >= c.s0 + 2 && t[j - 1].bare() == "صفوف" && t[j - 2].w == "في";
        if let Some((k, f)) = trig(w.lex).filter(|_| !ranks) {
            // «تتواصل الأبحاث لتوقيف ثلاثة آخرين»: an arrest still to make
            if purpose(w) && matches!(f, Form::Event | Form::NeedsAla) {
                return None;
            }
            // «حالتا وفاة و2140 حالة لسع»: a number joined by «و» right after a noun of the
            // toll is the next count, not the noun's
            let joined = c.q0 == c.p.a && c.p.pre > 0 && t[c.p.a].w.starts_with('و') || c.pj.is_some_and(|p| t[p].w == "و");
            if joined && seen <= 2 && matches!(f, Form::Event | Form::Counted) && (j + 1..c.q0).all(|m| t[m].w == "و" || t[m].is_quote()) {
                return None;
            }
            let ok = match f {
                Form::Verb | Form::Event | Form::After => true,
                Form::NeedsAla => {
                    // (over a time between commas: «ألقت القبض، الخميس الماضي، على 3»)
                    let close = (j + 2..c.q0).find(|&k| t[k].cls == Cls::Punct(',')).filter(|&k| apposition(t, c.s0, k) == Some(j + 1));
                    // (or over an adverb of time: «ألقت القبض لاحقاً على 4»)
                    let k = close.unwrap_or(j) + 1;
                    let k = if t.get(k).is_some_and(time_adverb) { k + 1 } else { k };
                    // (or over the arrest's subject: «قبضت الشرطة على 17», as above)
                    t.get(k).is_some_and(|n| n.w == "علي") || c.pj.is_some_and(|p| t[p].w == "علي" && p > k && p <= k + 3) && prep_governs_trigger(t, c.s0, c.pj)
                }
                // (or made definite by what it is of: «وفيات السائقين بلغت 3», «وفيات المرض لا تتجاوز 3»;
                // not a cause: «عدد الوفيات الناجمة عن إصابات العمل 31»)
                Form::Counted => w.def || seen == 1 || c.toll_ok && t[j - 1].lex == Some(Lex::Toll) || t.get(j + 1).is_some_and(|n| j + 1 < c.q0 && n.cls == Cls::Word && n.w.starts_with("ال") && !n.has_conj()) && !(t[j - 1].lex == Some(Lex::Prep) || t[j - 1].w == "عن"),
                Form::Dual => false,
            };
            // «بعد وفاة مصابين اثنين»: the injured who died are killed
            // (and the detained: «وفاة محتجز واحد»)
            let died = f == Form::Counted && matches!(k, Kind::Injured | Kind::Arrested) && j > c.s0 && matches!(trig(t[j - 1].lex), Some((Kind::Killed, Form::Event | Form::Verb))) && !t[j - 1].bare().trim_start_matches('ب').starts_with("سق");
            let k = if died { Kind::Killed } else { k };
            // «ارتفاع وفيات التسمم إلى 7», «عدد الوفيات الناجمة عن تسمم ... إلى 7»: the poisoning
            // is the deaths' cause; the dead are counted
            // («ارتفاع عدد الوفيات جراء الإصابة بمرض الجمرة الخبيثة إلى 3»: or an infection)
            let infection = matches!(w.bare().no_al(), "اصابه") && t.get(j + 1).is_some_and(filters::of_a_disease);
            let cause = (k == Kind::Injured && f == Form::Event && (matches!(w.bare().no_al(), "تسمم" | "اختناق") || infection))
                .then(|| (j.saturating_sub(4).max(c.s0)..j).rev().find(|&m| matches!(trig(t[m].lex), Some((Kind::Killed, Form::Counted | Form::Event)))))
                .flatten()
                // (not the deaths of a clause before: «وفاة طالبين وارتفاع حالات التسمم ... إلى 143»)
                // (nor a count of their own between: «وفاة 3 عمال واختناق 6 آخرين», the asphyxia
                // joined by «و» is a figure of its own)
                .filter(|&m| !(m + 1..=j).any(|x| t[x].w.len() != t[x].bare().len() || t[x].cls == Cls::Num));
            if let Some(m) = cause {
                return (!status::negated(t, c.s0, m)).then_some((Kind::Killed, m, false));
            }
            return (ok && !status::negated(t, c.s0, j)).then_some((k, j, false));
        }
        light &= w.is_in(&TIMES)
            || w.lex == Some(Lex::Prep)
            || w.w == "و"
            || w.bare().starts_with("ال") && w.lex.is_none()
            || matches!(w.lex, Some(Lex::Group(Victims::SecurityForces, _)))
            // («عدد القتلى المدنيين في البلاد منذ فبراير 2022 أكثر من 14 ألفا»)
            || w.def && matches!(w.lex, Some(Lex::Group(..)))
            || super::dates::month(t, j).is_some()
            || is_date_num(t, j)
            || period_one;
    }
    None
}

/// Where an aside between commas starts, when `j` is its closing comma: an
/// apposition, «زعيم الطائفة، وهو قس يبلغ من العمر 53 عاما، و6 من مساعديه» (the
/// comma before «وهو», up to 14 words back), or a time, «ألقت القبض، الخميس
/// الماضي، على 3», «أوقفت، خلال الـ72 ساعة الماضية، أربعة عناصر».
fn apposition(t: &[Tok], s0: usize, j: usize) -> Option<usize> {
    if t.get(j)?.cls != Cls::Punct(',') {
        return None;
    }
    let k = (j.saturating_sub(14).max(s0)..j).rev().find(|&k| t[k].is_clause_end())?;
    let time = (k + 1..j).all(|m| t[m].is_in(&TIMES) || is_date_num(t, m) || super::dates::month(t, m).is_some() || t[m].is_in_def(&PERIODS) || t[m].w == "ال") && j > k + 1;
    // (or who tells it: «وكانت السلطات قد اعتقلت، بحسب لجنة حماية الصحفيين، ثلاثة صحفيين»)
    // (a name, not a report and its day: «بحسب تقريرها الشهري الصادر اليوم، الأحد 1 من ...»)
    let per = t.get(k + 1).is_some_and(|n| n.lex == Some(Lex::Cue(lexicon::Cue::Per))) && j <= k + 7 && (k + 2..j).all(|m| t[m].cls == Cls::Word && !matches!(t[m].lex, Some(Lex::Trig(..))) && !t[m].is_in(&TIMES) && !matches!(t[m].bare(), "اليوم" | "امس") && !t[m].is_in_def(&lexicon::REPORT_NOUNS));
    (t[k].cls == Cls::Punct(',') && (t.get(k + 1).is_some_and(|n| matches!(n.w.as_str(), "وهو" | "وهي" | "وهم")) || time || per)).then_some(k)
}

/// An arrest verb, its subject and adverbs, then the people it took: «أوقفت
/// عناصر الشرطة القضائية بالمنطقة الإقليمية للأمن بالناظور، مساء أمس الإثنين،
/// سبعة أشخاص». Up to 18 words back, over commas, but not over a number, a
/// cue, another trigger, a relative pronoun or «أن»; the people must be named
/// after the number.
fn arrest_object(c: &At) -> Option<Hit> {
    let t = c.toks;
    if c.after_prep || !c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..)))) {
        return None;
    }
    let (j, k, f) = trigger_over_subject(t, c.s0, c.q0, c.s1, 18)?;
    // (an active verb: «اعتقلت», «أوقفت»; not «أوقفوا» after their subject, nor a noun)
    let active = k == Kind::Arrested && f == Form::Verb && (t[j].bare().ends_with('ت') || t[j].bare().starts_with('ا'));
    (active && !status::negated(t, c.s0, j)).then_some((k, j, false))
}

/// The nearest trigger up to `reach` words before token `i`, over a verb's subject,
/// times and commas, but not over a clause end, a cue, a number (not a date's), a
/// relative pronoun or «أن»: where a verb's object stands after its subject
/// ([`arrest_object`], [`dual_object`]).
fn trigger_over_subject(t: &[Tok], s0: usize, i: usize, s1: usize, reach: usize) -> Option<(usize, Kind, Form)> {
    for j in (s0..i).rev().take(reach) {
        let w = &t[j];
        if w.is_clause_end() && w.cls != Cls::Punct(',') || matches!(w.lex, Some(Lex::Cue(_))) || is_num(t, j, s1) && !is_date_num(t, j) {
            return None;
        }
        if matches!(w.bare(), "الذي" | "التي" | "الذين" | "ان" | "انه" | "انها" | "بان") {
            return None;
        }
        if let Some((k, f)) = trig(w.lex) {
            return Some((j, k, f));
        }
    }
    None
}

/// An arrest campaign and what it reached: «حملة اعتقالات ... طالت ما لا يقل عن
/// 15 مواطنا», «حملة اعتقالات واسعة طالت، حسب ما أعلنه المتحدث، أكثر من 1200»:
/// «طالت/شملت» with an arrest word up to ten words before it (places may
/// stand between: «حملة اعتقالات في سنجل وترمسعيا والمغير طالت», and a comma
/// before the verb), and the number right after it or after a parenthesis
/// between commas.
fn campaign_reached(c: &At) -> Option<Hit> {
    let t = c.toks;
    let reached = |j: usize| matches!(t[j].bare(), "طالت" | "شملت" | "طاولت" | "طال" | "شمل");
    let pj = c.pj?;
    // («طالت منذ أغسطس الماضي ما لا يقل عن 160 مدنياً»: over the time after the verb)
    let over_time = (pj.saturating_sub(5).max(c.s0)..pj).rev().find(|&j| reached(j)).filter(|&v| (v + 1..=pj).all(|k| t[k].is_in(&TIMES) || t[k].is_in(&PAST) || super::dates::month(t, k).is_some() || matches!(t[k].bare(), "منذ" | "خلال" | "حتي" | "مطلع" | "بدايه")));
    let v = if reached(pj) {
        pj
    } else if let Some(v) = over_time {
        v
    } else if t[pj].cls == Cls::Punct(',') {
        // «طالت، حسب ما أعلنه ...، أكثر من 1200»
        let open = (c.s0..pj).rev().take(16).find(|&j| t[j].cls == Cls::Punct(','))?;
        (open > c.s0 && reached(open - 1)).then(|| open - 1)?
    } else {
        return None;
    };
    // (over a comma right before the verb: «حملة اعتقالات واسعة في مقاطعتي عرفات والرياض، طالت»)
    let v0 = if v > c.s0 && t[v - 1].cls == Cls::Punct(',') { v - 1 } else { v };
    let ti = (v0.saturating_sub(10).max(c.s0)..v0)
        .rev()
        .take_while(|&j| !t[j].is_clause_end())
        .find(|&j| matches!(trig(t[j].lex), Some((Kind::Arrested, _))))?;
    Some((Kind::Arrested, ti, false))
}

/// People taken to hospital or treated are injured: «نُقل 6 منهم إلى مستشفى
/// سمالوط لإصابتهم», «نُقل اثنان منهم إلى مجمع السلمانية الطبي لتلقي
/// العلاج», «38 شخصا نُقلوا إلى مستشفيات العاصمة», «16 سجينا يتلقون العلاج»,
/// «قدّم العلاج لـ22 شخصا».
/// (A body taken to hospital is counted by its noun first: «نقل 5 جثث»; some
/// «منهم» of the injured just counted are no new figure: «وإصابة تسعة آخرين،
/// نُقل اثنان منهم إلى باماكو لتلقي العلاج».)
fn hospitalised(c: &At, prev: &[Raw]) -> Option<Hit> {
    let t = c.toks;
    let of_injured = prev.last().is_some_and(|r| r.kind == Kind::Injured);
    let of_them = |j: usize| matches!(t[j].w.as_str(), "منهم" | "منهن");
    if c.n1.is_some_and(|j| of_them(j) && of_injured) {
        return None;
    }
    let taken = |w: &str| matches!(w, "نقل" | "نقلوا" | "نقلت" | "اسعف" | "اسعفوا" | "ادخل" | "ادخلوا");
    // a hospital, a medical centre («مجمع السلمانية الطبي»), or taken «لتلقي العلاج»
    let hospital = |j: usize| {
        (j..c.s1.min(j + 4)).any(|k| matches!(t[k].bare().no_al(), "مستشفي" | "مستشفيات" | "مشفي" | "مشافي" | "طبي" | "طبيه"))
            || (j..c.s1.min(j + 7)).any(|k| matches!(t[k].bare(), "لتلقي" | "لتلقيهم") && t.get(k + 1).is_some_and(|n| n.w == "العلاج") || t[k].bare() == "للعلاج")
    };
    // «قدّم العلاج لـ22 شخصا» (`k`: the token after «العلاج», the «ل» or the number itself)
    if let Some(pj) = c.pj {
        let k = if matches!(t[pj].w.as_str(), "ل" | "الي") { pj } else { pj + 1 };
        let gave = |j: usize| matches!(t[j].bare(), "قدم" | "قدمت" | "قدموا" | "يقدم" | "تقدم" | "تقديم" | "لتقديم" | "بتقديم");
        if k >= c.s0 + 2 && t[k - 1].w == "العلاج" && gave(k - 2) {
            return Some((Kind::Injured, k - 1, false));
        }
        // («قدّم الإسعافات في الموقع لـ12 شخصا», «قدمت الإسعافات الأولية لـ5»; not to survivors,
        // «لـ41 ناجيا», who are the rescued)
        // (its subject may stand between: «قدم المسعفون الإسعافات»)
        let giver = |j: usize| j > c.s0 && gave(j - 1) || j > c.s0 + 1 && gave(j - 2) && t[j - 1].w.starts_with("ال");
        let aid = (k.saturating_sub(5).max(c.s0)..k).rev().find(|&j| matches!(t[j].bare(), "الاسعافات" | "اسعافات") && giver(j));
        let survivors = c.n1.is_some_and(|n| t[n].bare().starts_with("ناج"));
        // (the «ل» may be a qualifier's: «قدموا الإسعافات الأولية لنحو 40 شخصاً»)
        let to = t[pj].w == "ل" || pj + 1 == c.q0 && c.q0 < c.p.a && t[c.q0].w.starts_with('ل');
        if let Some(j) = aid.filter(|&j| to && !survivors && (j + 1..pj).all(|m| t[m].cls == Cls::Word)) {
            return Some((Kind::Injured, j, false));
        }
    }
    // «تعامل مع 10 حالات», «تعاملت مع 16 حالة»: cases a hospital or a crew dealt with (not of a
    // kind named after them, «مع 3 حالات وفاة», which their noun counts)
    let dealt = c.pj.is_some_and(|pj| t[pj].w == "مع" && pj > c.s0 && matches!(t[pj - 1].bare(), "تعامل" | "تعاملت" | "تعاملوا" | "التعامل" | "يتعامل" | "تتعامل"));
    let cases = c.n1.is_some_and(|n| matches!(t[n].bare(), "حالات" | "حاله") && t.get(n + 1).is_none_or(|x| n + 1 >= c.s1 || trig(x.lex).is_none()));
    if dealt && cases {
        return Some((Kind::Injured, c.pj? - 1, false));
    }
    // some of a definite group: «21 من الناجين»
    let of_the = |j: usize| t[j].w == "من" && t.get(j + 1).is_some_and(|n| n.w.starts_with("ال") && n.cls == Cls::Word);
    // people a verb of treating is about: «عالجوا نحو 300 شخص من الاختناق», «وتلقى 17 من الناجين
    // العلاج»
    if let Some(pj) = c.pj.filter(|_| c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..))) || of_the(j) || t[j].w == "منهم")) {
        // (over an adverb: «فيما عالجت ميدانيا 23 مواطنا آخرين»)
        let pj = if matches!(t[pj].bare(), "ميدانيا" | "ميدانيًا") && pj > c.s0 { pj - 1 } else { pj };
        // («وعولج عشرات منهم في الموقع»: treated, in the passive)
        // (or given first aid: «تدخلت لإسعاف 37 شخصاً», «أسعفت الفرق 12 مصاباً»)
        // (not vehicles' or crews' name: «4 سيارات إسعاف ونحو 20 عونا»)
        let vehicles = pj > c.s0 && (t[pj - 1].lex == Some(Lex::Thing) || t[pj - 1].cls == Cls::Num);
        let treat = matches!(t[pj].bare(), "عالج" | "عالجت" | "عالجوا" | "يعالج" | "تعالج" | "عولج" | "عولجوا" | "عولجت") || matches!(t[pj].bare(), "اسعاف" | "لاسعاف" | "باسعاف" | "اسعفت" | "اسعفوا") && !vehicles;
        let care = |k: usize| matches!(t[k].bare(), "العلاج" | "الاسعافات");
        let got = matches!(t[pj].bare(), "تلقي" | "يتلقي") && (c.pb + 1..c.s1.min(c.pb + 5)).any(care);
        if treat || got {
            return Some((Kind::Injured, pj, false));
        }
    }
    // «نُقل 6 منهم إلى مستشفى», «ونُقل 6 من الناجين إلى مستشفى زوارة»
    if let Some(pj) = c.pj.filter(|&j| taken(t[j].bare())) {
        let k = c.n1?;
        // («نُقل 4 محتجزين إلى المستشفى»: detainees taken there too)
        let k = if of_them(k) || matches!(t[k].lex, Some(Lex::Group(..)) | Some(Lex::Trig(Kind::Arrested, Form::Counted))) {
            k + 1
        } else if of_the(k) {
            k + 2
        } else {
            k
        };
        // (or after who they were: «نُقل 3 أطفال من عائلة لاجئة إلى مستشفى المفرق»)
        let k = if t.get(k).is_some_and(|x| x.w == "من") { (k + 1..c.s1.min(k + 4)).find(|&j| t[j].w == "الي" || t[j].is_clause_end() || matches!(t[j].lex, Some(Lex::Trig(..))) || t[j].cls != Cls::Word).unwrap_or(k) } else { k };
        if t.get(k).is_some_and(|x| x.w == "الي") && hospital(k + 1) {
            return Some((Kind::Injured, pj, false));
        }
    }
    // «استقبل قسم الاستعجالي 8 حالات», «استقبلنا 11 ناجياً»: cases or survivors a hospital took in
    // (the hospital may stand between: «فيما استقبل مستشفى الكويت 12 حالة أخرى»)
    // (over a time between: «استقبلت منذ بداية الشهر الماضي 47 شخصا»)
    let received = (c.q0.saturating_sub(7).max(c.s0)..c.q0).rev().take_while(|&j| !t[j].is_clause_end() && !is_num(t, j, c.s1)).any(|j| t[j].bare().starts_with("استقبل"));
    // (or a noun the table does not know, counted in the accusative: «استقبلت المستشفيات 1148
    // "جزاراً هاوياً"»; a hospital takes in people)
    let counted = |j: usize| t[j].cls == Cls::Word && t[j].lex.is_none() && !t[j].def && !t[j].has_conj() && t[j].w.ends_with('ا');
    let cases = c.n1.is_some_and(|j| matches!(t[j].bare(), "حالات" | "حاله" | "ناجيا" | "ناجين" | "ناجون" | "مريضا" | "مريض" | "مراجعا" | "مراجع") || matches!(t[j].lex, Some(Lex::Group(..))) || counted(j));
    // (or two: «أن مستشفيي الجهراء والعدان استقبلا 21 حالة»)
    let at_hospital = (c.q0.saturating_sub(12).max(c.s0)..c.q0).any(|k| matches!(t[k].bare().no_al(), "مستشفي" | "مستشفيات" | "مستشفيي" | "مستشفيا" | "مستشفيان" | "مستشفيين" | "استعجالي" | "استعجالات" | "مستعجلات" | "طوارئ" | "مشفي"))
        || (c.s0..c.s1).any(|k| matches!(t[k].bare(), "مستشفي" | "المستشفي") && k < c.q0);
    if received && cases && at_hospital {
        return Some((Kind::Injured, c.pj?, false));
    }
    // «بينهم 17 تلقوا العلاج من إصابات»: some of those just counted, treated
    if c.n1.is_some_and(|j| treated(t, j)) && c.pj.is_some_and(|j| t[j].is_in(&SUBSET)) {
        return Some((Kind::Injured, c.n1?, true));
    }
    // «38 شخصا نُقلوا إلى مستشفيات العاصمة», «16 سجينا يتلقون العلاج», «ما زال 9 منهم يتلقون العلاج»
    // («21 من الناجين نُقلوا إلى مستشفيات»: some of a definite group)
    // («4 من رجال الإطفاء تلقوا الإسعافات»: of the men of a definite group)
    let of_men = |j: usize| t[j].w == "من" && t.get(j + 1).is_some_and(|n| n.is_in(&lexicon::MEN_OF)) && t.get(j + 2).is_some_and(|n| n.w.starts_with("ال"));
    let people = c.n1.filter(|&j| matches!(t[j].lex, Some(Lex::Group(..))) || of_them(j) || of_the(j) || of_men(j))?;
    let v = if of_men(people) { people + 3 } else if of_the(people) { people + 2 } else { people + 1 };
    // («18 شخصا آخرين تلقوا العلاج»)
    let v = if t.get(v).is_some_and(|x| x.lex == Some(Lex::Others)) { v + 1 } else { v };
    // («5 سجناء على الأقل نقلوا إلى المستشفى»: over a qualifier after the people)
    let v = if t.get(v).is_some_and(|x| x.w == "علي") && t.get(v + 1).is_some_and(|x| x.w == "الاقل") { v + 2 } else { v };
    // («"ما يصل إلى 15 شخصا" من سكان القرى الجبلية تلقوا إسعافات أولية»: over a closing quote,
    // and who they were, «من» + a noun in construct + a definite noun, with its adjective)
    let v = next_sig(t, v, c.s1).unwrap_or(v);
    let who = t.get(v).is_some_and(|x| x.w == "من") && t.get(v + 1).is_some_and(|x| x.cls == Cls::Word && x.lex.is_none() && !x.w.starts_with("ال")) && t.get(v + 2).is_some_and(|x| x.w.starts_with("ال"));
    let v = if who { if t.get(v + 3).is_some_and(|x| x.w.starts_with("ال") && x.lex.is_none()) { v + 4 } else { v + 3 } } else { v };
    // («عشرات الأشخاص راجعوا أقسام الطوارئ»: who came to a hospital's emergency rooms)
    let attended = |v: usize| matches!(t[v].bare(), "راجعوا" | "راجع" | "راجعت" | "يراجعون") && (v + 1..c.s1.min(v + 4)).any(|k| matches!(t[k].bare().no_al(), "طوارئ" | "مستشفي" | "مستشفيات" | "مستعجلات" | "اسعاف" | "عيادات"));
    let verb = |v: usize| v < c.s1 && (taken(t[v].bare()) && t.get(v + 1).is_some_and(|x| x.w == "الي") && hospital(v + 2) || treated(t, v) || beaten(t, v) || attended(v));
    // («9 من المرشحين للهجرة تلقوا العلاجات»: over a word of the people's own, «ل» and a
    // noun or an adjective, that the table does not know)
    let own = |v: usize| t.get(v).is_some_and(|x| x.cls == Cls::Word && x.lex.is_none() && (x.w.starts_with('ل') || x.w.starts_with("ال")));
    let v = if !verb(v) && own(v) { v + 1 } else { v };
    verb(v).then_some((Kind::Injured, v, true))
}

/// A side's losses in people are its dead: «مؤكدا أن خسائره "لا تتجاوز 7 جنود"», «وأن
/// خسائرها ثلاثة عناصر فقط», «الخسائر البشرية 4 جنود»; not its losses in things («خسائره 3
/// آليات»: no people after the number).
fn losses(c: &At) -> Option<Hit> {
    let t = c.toks;
    let people = c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..))) || t[j].is_in(&lexicon::MEN_OF));
    if !people {
        return None;
    }
    let k = (c.q0.saturating_sub(5).max(c.s0)..c.q0).rev().find(|&k| {
        let b = t[k].bare().no_al();
        b.starts_with("خسائر") && (b.len() > "خسائر".len() || t.get(k + 1).is_some_and(|n| n.bare() == "البشريه"))
    })?;
    (!(k + 1..c.q0).any(|j| t[j].is_clause_end())).then_some((Kind::Killed, k, false))
}

/// «تعرضوا للضرب», «تعرض للتعذيب», «تعرضوا لإصابات», «تعرضوا لتسمم غذائي», «تعرضن أمس
/// الإثنين للسعات نحل»: beaten, hurt, poisoned or stung (at `j`, the harm over a time after
/// it), so injured.
fn beaten(t: &[Tok], j: usize) -> bool {
    let harm = |n: &Tok| matches!(n.w.as_str(), "للضرب" | "للتعذيب" | "للاعتداء" | "لاعتداء" | "لاعتداءات" | "للطعن" | "لاصابات" | "لاصابه" | "لجروح" | "للاختناق" | "لاختناق" | "لاختناقات" | "لتسمم" | "للتسمم" | "لحروق" | "للحروق" | "للسعات" | "للدغات" | "لعضات" | "لكسور" | "لرضوض");
    let time = |n: &Tok| matches!(n.bare(), "امس" | "اليوم" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعه" | "السبت" | "صباح" | "مساء" | "ليل" | "فجر");
    let k = (j + 1..t.len().min(j + 4)).find(|&k| !time(&t[k])).unwrap_or(j + 1);
    matches!(t[j].bare(), "تعرضوا" | "تعرض" | "تعرضت" | "تعرضن" | "تعرضا") && t.get(k).is_some_and(harm)
}

/// «تلقوا العلاج», «يتلقون العلاج», «تلقوا الإسعافات الأولية», «طلبوا المساعدة الطبية»:
/// treated (at `j`), so injured.
fn treated(t: &[Tok], j: usize) -> bool {
    let care = |k: usize| t.get(k).is_some_and(|n| matches!(n.bare(), "العلاج" | "العلاجات" | "الاسعافات" | "اسعافات"));
    matches!(t[j].bare(), "يتلقون" | "تلقوا" | "يتلقين" | "تلقين") && care(j + 1)
        || matches!(t[j].bare(), "طلبوا" | "طلب" | "طلبت" | "يطلبون") && t.get(j + 1).is_some_and(|n| n.bare() == "المساعده") && t.get(j + 2).is_some_and(|n| n.bare() == "الطبيه")
}

/// People in a critical or serious condition, or in intensive care, are injured: «بينهم 3
/// في حالة حرجة» (after the rescued, who are no figure), «5 أشخاص في حالة خطيرة»; the
/// people, if named, right after the number; not more «of them» joined to a part.
fn critical(c: &At) -> Option<Hit> {
    let t = c.toks;
    // (not some more «of them», joined to a part just counted: «أصيب أكثر من ألف، أُدخل 400
    // منهم إلى المستشفى و62 في العناية المركزة», as the part itself is no new figure)
    let joined = c.pj.is_some_and(|j| t[j].w == "و") || c.p.pre > 0 && t[c.p.a].w.starts_with('و');
    if joined && (c.q0.saturating_sub(8).max(c.s0)..c.q0).any(|j| matches!(t[j].w.as_str(), "منهم" | "منهن")) {
        return None;
    }
    let n = c.n1?;
    let n = if matches!(t[n].lex, Some(Lex::Group(..))) { n + 1 } else { n };
    let state = |k: usize| t.get(k).is_some_and(|x| matches!(x.bare(), "حرجه" | "خطره" | "خطيره" | "المركزه"));
    let at = |k: usize| t.get(k).is_some_and(|x| matches!(x.bare(), "حاله" | "العنايه"));
    (n + 2 < c.s1 && t[n].w == "في" && at(n + 1) && state(n + 2)).then_some((Kind::Injured, n + 2, true))
}

/// An item of a list under a heading that names the kind: «وتوزعت حصيلة القتلى على
/// النحو التالي:» and then, a line each, «- 11 مدنياً، بينهم 4 أطفال», «- 6 من عناصر
/// الأمن العام». The number first on its line after a dash or a bullet, the people
/// it counts right after it (a group, or «من» and one), and above it only such items
/// up to a line that ends in a colon: the kind of that line's last trigger.
fn list_item(c: &At) -> Option<Hit> {
    let t = c.toks;
    let bullet = |k: usize| matches!(t[k].cls, Cls::Punct('-' | '•' | '*' | '–' | '—'));
    if c.q0 != c.s0 + 1 || !bullet(c.s0) || c.s0 == 0 || t[c.s0 - 1].cls != Cls::Break {
        return None;
    }
    let n = c.n1?;
    let group = |k: usize| t.get(k).is_some_and(|x| matches!(x.lex, Some(Lex::Group(..))) || x.is_in(&lexicon::MEN_OF));
    let ti = if group(n) { n } else if t[n].w == "من" && group(n + 1) { if t[n + 1].is_in(&lexicon::MEN_OF) { n + 2 } else { n + 1 } } else { return None };
    // up over the items before, to the heading
    let mut end = c.s0 - 1;
    for _ in 0..12 {
        let start = (0..end).rev().find(|&k| t[k].cls == Cls::Break).map_or(0, |k| k + 1);
        let last = prev_sig(t, end, start)?;
        if t[last].cls == Cls::Punct(':') {
            let kind = (start..last).rev().find_map(|k| trig(t[k].lex)).map(|x| x.0)?;
            return Some((kind, ti.min(c.s1 - 1), true));
        }
        if !bullet(start) || start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// «إن قتلى الجيش منذ بدء الهجمات بلغوا 19 عنصرًا», «الجرحى وصلوا إلى 40»: a counted noun,
/// definite or in construct, the subject of «بلغ» or «وصل» before the number, up to eight
/// words back in its clause.
fn counted_subject_reached(c: &At) -> Option<Hit> {
    let t = c.toks;
    let pj = c.pj?;
    let pj = if t[pj].w == "الي" && pj > c.s0 { pj - 1 } else { pj };
    if !matches!(t[pj].bare(), "بلغوا" | "وصلوا" | "بلغ" | "بلغت" | "وصل" | "وصلت") {
        return None;
    }
    let counted = |k: usize| trig(t[k].lex).is_some_and(|x| x.1 == Form::Counted) && (t[k].def || t.get(k + 1).is_some_and(|n| n.def && n.cls == Cls::Word));
    let k = (pj.saturating_sub(8).max(c.s0)..pj).rev().take_while(|&k| !t[k].is_clause_end()).find(|&k| counted(k))?;
    let kind = trig(t[k].lex)?.0;
    (!status::negated(t, c.s0, k)).then_some((kind, k, false))
}

/// «وإن 23 آخرين ما زالوا في حالة حرجة», «وستة ما زالوا في العناية المركزة»: a count
/// still in hospital or in care, after those who died, is of the wounded (the verb of
/// staying after it, or after «آخرين»).
fn still_in_care(c: &At) -> Option<Hit> {
    let j = c.n1?;
    let j = if c.toks[j].lex == Some(Lex::Others) { j + 1 } else { j };
    (j < c.s1 && in_hospital(c.toks, j)).then_some((Kind::Injured, j, true))
}

/// «ما زالوا في المستشفى», «لا يزلن في المستشفيات», «يرقدون في المستشفى», «ما زالوا في
/// حالة حرجة», «في العناية المركزة», «يتلقون العلاج»: still in hospital or in care (from
/// `j`), so injured.
fn in_hospital(t: &[Tok], j: usize) -> bool {
    // («فيما لا يزال 7 آخرون يتلقون العلاج»: being treated)
    let treated = t.get(j).is_some_and(|x| matches!(x.bare(), "يتلقون" | "يتلقين" | "يتلقي" | "تتلقي" | "يخضعون"))
        && t.get(j + 1).is_some_and(|x| matches!(x.bare(), "العلاج" | "للعلاج"));
    if treated {
        return true;
    }
    let j = if t.get(j).is_some_and(|x| matches!(x.bare(), "ما" | "لا")) { j + 1 } else { j };
    let still = t.get(j).is_some_and(|x| x.is_in(&STILL) || matches!(x.bare(), "زلن" | "يزلن" | "يرقد" | "يرقدون" | "يرقدن" | "ترقد"));
    still && t.get(j + 1).is_some_and(|x| x.w == "في") && t.get(j + 2).is_some_and(|x| matches!(x.bare().no_al(), "مستشفي" | "مستشفيات" | "مشفي" | "مشافي" | "حاله" | "عنايه"))
}

/// «لتوقيف», «لاعتقال», «للقبض»: a verbal noun with the «ل» of purpose.
fn purpose(t: &Tok) -> bool {
    let b = t.bare();
    b.strip_prefix('ل').is_some_and(|rest| lexicon::lookup(rest).map(|x| x.0) == t.lex) && lexicon::lookup(b).map(|x| x.1) != Some(0)
}

/// Part of the figure before («2670 قتيلا، بينهم 724 طفلا», «منهم 3 نساء») or
/// more of the same («نقلت 80 جريحا وعالجت 140 آخرين», «وأصيب 5 وجرح 7 آخرون»):
/// the kind of the sentence's last figure.
fn part_or_more_of_previous(c: &At, prev: &[Raw]) -> Option<Hit> {
    let last = prev.last()?;
    let others = c.n1.is_some_and(|j| c.toks[j].lex == Some(Lex::Others));
    // («قتلت 143 شخصا خلال العام، مقابل 159 حالة في 2025»: set against it, cases or people)
    // (or compared with it: «147 حالة اعتقال ... مقارنة بـ126 حالة في الربع السابق»)
    let compared = |j: usize| matches!(c.toks[j].w.as_str(), "ب" | "مع") && j > c.s0 && c.toks[j - 1].bare() == "مقارنه";
    // («مقابل 22 من عناصر التنظيم», «مقابل 22 عنصرا»: people, or men of a force, named after
    // it or after «من»)
    let people = |x: &Tok| matches!(x.lex, Some(Lex::Group(..))) || x.is_in(&lexicon::MEN_OF);
    let of_people = |j: usize| people(&c.toks[j]) || c.toks[j].w == "من" && c.toks.get(j + 1).is_some_and(|x| j + 1 < c.s1 && people(x));
    let against = c.pj.is_some_and(|j| c.toks[j].bare() == "مقابل" || compared(j)) && c.n1.is_some_and(|j| c.toks[j].lex == Some(Lex::Case) || of_people(j));
    // («مقارنة بنحو 900 في العام السابق»: the qualifier took the «ب»; nothing counted after)
    let against = against || c.qb.is_some() && c.toks[c.q0].w.starts_with('ب') && c.pj.is_some_and(|j| c.toks[j].bare() == "مقارنه") && c.n1.is_none_or(|j| matches!(c.toks[j].lex, Some(Lex::Prep)) || c.toks[j].is_clause_end());
    // («ارتفعت إلى 27 قتيلا: 25 مشتبها بهم وشرطيان اثنان»: a breakdown after a colon, in people)
    let breakdown = c.pj.is_some_and(|j| c.toks[j].cls == Cls::Punct(':') && j > c.s0 && last.b + 1 == j) && c.n1.is_some_and(|j| matches!(c.toks[j].lex, Some(Lex::Group(..))));
    // («بينهم» after a count that is no figure, «وتحرير 41 من الضحايا، بينهم 9 قُصّر», is a part
    // of that one: the number nearest before «بينهم» must be the figure's)
    let subset = c.pj.filter(|&j| c.toks[j].is_in(&SUBSET)).is_some_and(|j| (j.saturating_sub(8).max(c.s0)..j).rev().find(|&k| is_num(c.toks, k, c.s1)).is_none_or(|k| k >= last.pa && k <= last.pb));
    // (not others something else was done to: «أطلقت سراح 46 منهم، بينما أحيل 27 آخرون إلى
    // قاضي التحقيق», «تلاحق 3 آخرين»)
    // («فيما تمكن نحو 130 آخرين من العبور»: others who managed to get away)
    let elsewhere = c.pj.is_some_and(|j| matches!(c.toks[j].bare(), "احيل" | "احيلت" | "احيلوا" | "تلاحق" | "يلاحق" | "تطارد" | "يطارد" | "سراح" | "تمكن" | "تمكنوا" | "يتمكن"));
    // (nor others a verb of another kind right before counts: «قتلت القوات 5 مسلحين وأسرت
    // اثنين آخرين»)
    let own_verb = c.pj.is_some_and(|j| trig(c.toks[j].lex).is_some_and(|(k, _)| k != last.kind));
    (others && !c.after_prep && !elsewhere && !own_verb || against || breakdown || subset).then_some((last.kind, c.q0, false))
}

/// «قتل خمسة من المهاجمين وأسر اثنين آخرين», «تحييد 7 من عناصر الفصيل وأسر 5 آخرين»: «أسر»
/// (a word of families too, which the table reads so) right before a count of «others», after
/// a count of the dead in the sentence, is capture: arrests.
fn captured_others(c: &At, prev: &[Raw]) -> Option<Hit> {
    captured(c.toks, c.pj, c.n1, c.s1, prev).then(|| (Kind::Arrested, c.pj.unwrap_or(c.q0), false))
}

/// Whether «وأسر» (`pj`) before a count of «others» (`n1`) is capture after a count of the dead
/// (`prev`): [`captured_others`]; not of those released after («وأُسر 8 آخرون أُفرج عنهم
/// لاحقاً»: taken and given back, no arrest).
fn captured(toks: &[Tok], pj: Option<usize>, n1: Option<usize>, s1: usize, prev: &[Raw]) -> bool {
    let released = |j: usize| matches!(toks[j].bare(), "افرج" | "اطلق" | "اخلي");
    pj.is_some_and(|j| toks[j].bare() == "اسر" && toks[j].has_conj())
        && n1.is_some_and(|j| toks[j].lex == Some(Lex::Others) && !(j + 1..s1.min(j + 4)).any(released))
        && prev.iter().any(|r| r.kind == Kind::Killed)
}

/// «أسفرت عن إصابات بسيطة لـ 7 أشخاص», «إصابات متفاوتة لـ12 عاملا»: injuries, and up to two
/// adjectives, then «لـ» and the people hurt.
fn injuries_to(c: &At) -> Option<Hit> {
    let t = c.toks;
    let pj = c.pj.filter(|&j| matches!(t[j].w.as_str(), "ل" | "لـ"))?;
    if !c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..)))) {
        return None;
    }
    let k = (pj.saturating_sub(3).max(c.s0)..pj).rev().find(|&k| matches!(trig(t[k].lex), Some((Kind::Injured, Form::Counted | Form::Event))))?;
    (k + 1..pj).all(|m| t[m].cls == Cls::Word && t[m].lex.is_none()).then_some((Kind::Injured, k, false))
}

/// «أعلن الجيش أنه فقد 5 من جنوده», «فقدت الشرطة 3 من عناصرها»: a side that lost some of its own
/// men lost them dead.
fn lost_own(c: &At) -> Option<Hit> {
    let t = c.toks;
    // (over «أيضا» or «فيه»: «فقدت أيضا 4 من أبنائها», «أنه فقد فيه 3 جنود»)
    // (or «سوى», «إلا» after a negation: «لم تخسر سوى 3 مقاتلين»)
    // (or over the people before «two»: «لم تخسر سوى مقاتلَين اثنين»)
    let two = c.pj.filter(|&j| j > c.s0 && !t[j].def && matches!(t[j].lex, Some(Lex::Group(..))) && ONE_TWO.contains(&t[c.p.a].w.as_str()) && c.p.a == c.p.b);
    let pj = two.map(|j| j - 1).or(c.pj).map(|j| if j > c.s0 && matches!(t[j].w.as_str(), "ايضا" | "كذلك" | "فيه" | "فيها" | "سوي" | "الا") { j - 1 } else { j })?;
    let people = two.is_some() || c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(..))));
    // «لم تخسر سوى 3 مقاتلين», «وخسر الجيش 5 جنود» (over the side named after it): «خسر» has
    // no passive sense of the missing, so any side's men it lost are dead
    let lost = |j: usize| t[j].bare().trim_start_matches(['ي', 'ت']).starts_with("خسر") && t[j].lex.is_none();
    let v = if pj > c.s0 && t[pj].def && matches!(t[pj].lex, Some(Lex::Group(..))) { pj - 1 } else { pj };
    // (an exact count, or «سوى»: a side's «losses» told roughly, «خسر ما يصل إلى 1250 عسكرياً»,
    // count the hurt too)
    let exact = c.qb.is_none() || c.pj.is_some_and(|j| matches!(t[j].w.as_str(), "سوي" | "الا"));
    if people && exact && lost(v) {
        return Some((Kind::Killed, v, false));
    }
    // («خسرت 3 من عناصرها»: lost, as «فقدت»)
    let pj = Some(pj).filter(|&j| matches!(t[j].w.as_str(), "فقد" | "فقدت" | "فقدنا" | "وفقد" | "وفقدت" | "يفقد" | "تفقد" | "خسر" | "خسرت" | "خسرنا" | "وخسر" | "وخسرت" | "يخسر" | "تخسر"))?;
    // «إن الجيش فقد ٤ جنود في المعارك», «أعلن الجيش أنه فقد 3 جنود»: a force named right
    // before the verb, or its pronoun after «أنّ», lost its men (not «فُقد 4 جنود», the
    // passive: missing)
    let force = |x: &Tok| x.def && matches!(x.lex, Some(Lex::Group(Victims::SecurityForces, _))) || matches!(x.w.as_str(), "انه" | "انها" | "بانه" | "بانها");
    if pj > c.s0 && force(&t[pj - 1]) && c.n1.is_some_and(|j| matches!(t[j].lex, Some(Lex::Group(Victims::SecurityForces, _)))) {
        return Some((Kind::Killed, pj, false));
    }
    // (and over «فقط»: «فقدت «اثنين فقط من عناصرها»»)
    let n = c.n1.map(|j| if t[j].w == "فقط" { next_sig(t, j + 1, c.s1).unwrap_or(j) } else { j });
    let n = n.filter(|&j| t[j].w == "من")?;
    // («فقدنا 9 من أبناء المقاطعة»: the sons of a place, or of a people, are its own)
    let sons = |x: &Tok| matches!(x.bare(), "ابناء" | "ابنائها" | "ابنائه" | "ابنائنا" | "شباب" | "اهالي" | "سكان");
    t.get(n + 1).is_some_and(|x| x.with_possessive() || sons(x)).then_some((Kind::Killed, pj, false))
}

/// «إن 9 من عناصرها أصيبوا ...، إلى جانب 5 من المحتجزين»: detainees added to the figure
/// before («besides»), however far back in the sentence, are counted in its kind, not
/// as arrests.
fn besides_detainees(c: &At, prev: &[Raw]) -> Option<Hit> {
    let t = c.toks;
    let last = prev.last().filter(|r| r.kind != Kind::Arrested)?;
    let pj = c.pj.filter(|&j| j > c.s0 && t[j].bare() == "جانب" && t[j - 1].bare() == "الي")?;
    let of = c.n1.filter(|&j| t[j].w == "من").map_or(c.n1, |j| Some(j + 1));
    let detainees = of.is_some_and(|j| matches!(trig(t[j].lex), Some((Kind::Arrested, Form::Counted))));
    detainees.then_some((last.kind, pj, false))
}

/// Coordinated with the figure before it by «و», or by «إلى جانب / إضافة إلى /
/// فضلا عن» (besides), with its number at most 10 words back: «مقتل 18 من عناصر
/// الأمن و26 من المسلحين», «اعتقال 12 طالبا و4 أساتذة», «وإصابة 76 آخرين، إلى
/// جانب 49 عنصرا من القوات».
fn coordinated_with_previous(c: &At, prev: &[Raw]) -> Option<Hit> {
    let t = c.toks;
    let w = |j: Option<usize>| j.map_or("", |j| t[j].bare());
    let before_pj = c.pj.and_then(|j| j.checked_sub(1)).filter(|&j| j >= c.s0);
    // («فضلا» as written: its ف is no conjunction)
    let besides = matches!((w(before_pj), w(c.pj)), ("الي", "جانب") | ("اضافه" | "بالاضافه", "الي")) || before_pj.is_some_and(|j| t[j].w == "فضلا") && w(c.pj) == "عن";
    if c.after_prep && !besides {
        return None;
    }
    // (or on the qualifier: «مقتل 5 جنود وأكثر من 20 مدنيا»)
    let qualifier_joined = c.qb.is_some() && t[c.q0].w.starts_with('و') && t[c.q0].w.len() != t[c.q0].bare().len();
    let waw = besides || c.pj.is_some_and(|j| t[j].w == "و") || (c.p.pre > 0 && t[c.p.a].w.starts_with('و')) || qualifier_joined;
    // (not cases of something the table does not know: «حالتا وفاة و2140 حالة لسع عقربي»)
    let other_cases = c.n1.is_some_and(|n| t[n].lex == Some(Lex::Case) && t.get(n + 1).filter(|_| n + 1 < c.s1).is_some_and(|x| x.cls == Cls::Word && x.lex.is_none()));
    let back = if besides { before_pj.unwrap_or(c.q0) } else { c.pj.unwrap_or(c.q0) };
    // («9 قتلى وآلاف النازحين»: the displaced joined to a toll are none of it)
    if c.n1.is_some_and(|n| ["نازح", "مشرد", "مهجر", "لاجئ"].iter().any(|p| t[n].bare().no_al().starts_with(p))) {
        return None;
    }
    let last = prev.last().filter(|_| waw);
    let Some(last) = last.filter(|_| !other_cases) else {
        return last.and_then(|_| same_cases(c, prev, back));
    };
    let near = (back.saturating_sub(10)..back).rev().take_while(|&j| j >= c.s0).find(|&j| is_num(t, j, c.s1));
    // (not the second party of «بين»: «مواجهات بين الشرطة وآلاف من العمال» is a crowd)
    let between = (back.saturating_sub(4).max(last.pb + 1)..back).any(|j| t[j].bare() == "بين");
    // (nor after a verbal noun of its own joined by «و» between: «اعتقال 3 مشتبه بهم ...
    // وضبط بندقيتين و40 ظرفاً» counts what was seized)
    let own_verb = (last.pb + 1..back).any(|j| t[j].has_conj() && trig(t[j].lex).is_some());
    if near.is_some_and(|j| j >= last.pa && j <= last.pb && !between && !own_verb) {
        return Some((last.kind, last.a.min(c.q0), false));
    }
    // (or after a part of it, the whole's next part: «تسعة أشخاص، بينهم امرأتان، وثلاثة أطفال»)
    let whole = prev.iter().rev().find(|r| !r.sub && near.is_some_and(|j| j >= r.pa && j <= r.pb));
    if let Some(r) = whole.filter(|_| last.sub && !between && !own_verb) {
        return Some((r.kind, r.a.min(c.q0), false));
    }
    same_cases(c, prev, back)
}

/// A count of cases joined by «و» to an earlier count of the same cases in a list, up to 24
/// words back over commas: «112 حالة من حالات الاعتقال نفذتها قوات الحكومة، و71 حالة نفذتها
/// "قسد"، بينها 9 أطفال، و13 حالة نفذتها فصائل أخرى» (`back`: the token before the number).
fn same_cases(c: &At, prev: &[Raw], back: usize) -> Option<Hit> {
    let t = c.toks;
    // (what follows «حالة» is no thing of its own: a verb with its pronoun, «نفذتها», or nothing)
    let n1 = c.n1.filter(|&n| t[n].lex == Some(Lex::Case) && t.get(n + 1).is_none_or(|x| n + 1 >= c.s1 || x.is_clause_end() || x.w.ends_with("ها")))?;
    let same = prev.iter().rev().find(|r| t.get(r.pb + 1).is_some_and(|x| x.w == t[n1].w) && r.pb + 24 >= back && r.pb < back)?;
    (!(same.pb + 1..back).any(|j| t[j].is_clause_end() && t[j].cls != Cls::Punct(','))).then_some((same.kind, c.q0, false))
}

/// The quantity with its qualifier (before the number, or after it: «105 قتلى
/// على الأقل», «12 قتيلا تقريبا»), and the evidence span's last token.
fn quantity(c: &At, ti: usize, trig_after: bool) -> (Quantity, usize) {
    let t = c.toks;
    let counted_after = trig_after && trig(t[ti].lex).is_some_and(|x| x.1 == Form::Counted);
    let limit = if counted_after { ti + 4 } else if trig_after { ti } else { c.pb + 6 };
    let mut q = match (c.p.q, c.hi) {
        (Q::V(v), _) => Quantity::Vague(v),
        (Q::R(lo, h), _) => Quantity::Range(lo, h),
        (Q::N(lo), Some(h)) => Quantity::Range(lo, h),
        (Q::N(n), None) => match c.qb.map(|x| x.0) {
            Some(Before::MoreThan) => Quantity::MoreThan(n),
            Some(Before::AtLeast) => Quantity::AtLeast(n),
            Some(Before::About) => Quantity::About(n),
            Some(Before::AtMost) => Quantity::AtMost(n),
            // «وتجاوز عدد القتلى 500», «لم يتجاوز عدد الوفيات 31»
            _ => match exceeds(t, c.s0, c.q0) {
                Some(Before::AtMost) => Quantity::AtMost(n),
                Some(_) => Quantity::MoreThan(n),
                None => Quantity::Exact(n),
            },
        },
    };
    let mut b = c.pb.max(ti);
    // «ما بين 200 و300 أو أكثر»: a range open above is at least its low end
    if let (Quantity::Range(lo, _), Some((Before::AtLeast, end))) = (q, qualifier::after(t, c.pb + 1, limit.max(c.pb + 1).min(c.s1))) {
        q = Quantity::AtLeast(lo);
        b = b.max(end);
    }
    if let (Quantity::Exact(n), Some((qa, end))) = (q, qualifier::after(t, c.pb + 1, limit.max(c.pb + 1).min(c.s1))) {
        q = match qa {
            Before::AtLeast => Quantity::AtLeast(n),
            Before::MoreThan => Quantity::MoreThan(n),
            Before::AtMost => Quantity::AtMost(n),
            _ => Quantity::About(n),
        };
        b = b.max(end);
    }
    // «11 سجينا قتلوا على الأقل»: «at least» right after the verb that follows the count
    let verb_after = trig_after && trig(t[ti].lex).is_some_and(|x| x.1 == Form::Verb);
    if let (Quantity::Exact(n), Some((Before::AtLeast, end)), true) = (q, qualifier::after(t, ti + 1, (ti + 3).min(c.s1)), verb_after) {
        q = Quantity::AtLeast(n);
        b = b.max(end);
    }
    (q, b)
}

/// The group a number counts, read where the sentence says it: the words
/// after the number or its counted noun («5 جنود», «3 من أعوان الأمن»); an
/// indefinite noun before a number word («مدنيين اثنين قتلا»); the heading of
/// a toll table row («المدنيون: 9 قتلى»); the group after a toll's trigger
/// («ارتفعت حصيلة القتلى المدنيين إلى 185»). `None`: a bare count, which takes
/// the group of the clause it continues («وجرح 317»).
fn counted_group(c: &At, ti: usize, trig_after: bool) -> Option<Victims> {
    let (t, pj, q0) = (c.toks, c.pj, c.q0);
    let counted = trig_after && trig(t[ti].lex).is_some_and(|x| x.1 == Form::Counted);
    let vlimit = if counted { ti + 5 } else if trig_after { ti + 1 } else { c.pb + 7 };
    // «مقتل مدنيين اثنين برصاص القوات»: «اثنين» after its noun (one and two follow the noun they count)
    let noun_before = pj == q0.checked_sub(1) && ONE_TWO.contains(&t[c.p.a].w.as_str()) && pj.is_some_and(|j| !t[j].def && matches!(t[j].lex, Some(Lex::Group(..))));
    let mut v = if noun_before { Ok(None) } else { victims::find(t, c.pb + 1, vlimit.min(c.s1)) };
    // «مدنيين اثنين قتلا»: the noun before the number word
    if v == Ok(None) && (!trig_after || pj == q0.checked_sub(1) && t[c.p.a].cls == Cls::Word) {
        if let Some(Lex::Group(g, _)) = pj.filter(|&j| !t[j].def).and_then(|j| t[j].lex) {
            v = Ok(Some(g));
        }
    }
    // «المدنيون: 9 قتلى»: the group heading a row of a toll table (not one with «و», who
    // tells it in a headline: «... في مقديشو.. والشرطة: 14 قتيلا»)
    if v == Ok(None) {
        if let Some(Lex::Group(g, _)) = pj.filter(|&j| j > c.s0 && t[j].cls == Cls::Punct(':') && !t[j - 1].and_definite()).and_then(|j| t[j - 1].lex) {
            v = Ok(Some(g));
        }
    }
    // «ارتفعت حصيلة القتلى المدنيين إلى 185»: the group after the toll's trigger
    // (over a noun that names no group: «عدد القتلى المدنيين لم يتجاوز 200 شخص»)
    if matches!(v, Ok(None) | Ok(Some(Victims::People))) && c.toll {
        // (or before it: «عدد الشرطيين المصابين بلغ 26»)
        // («عدد شهداء قوات الأمن إلى 3»: a group in construct after it)
        // (not the subject of a verb that has its object: «عدد من اعتقلتهم قوى الأمن»)
        let took_them = |k: usize| matches!(trig(t[k].lex), Some((_, Form::Verb))) && t[k].w.ends_with("هم");
        let g = (q0.saturating_sub(12)..q0).find(|&j| {
            j > 0 && (t[j].def || trig(t[j - 1].lex).is_some() && !took_them(j - 1) && matches!(t[j].lex, Some(Lex::Group(v, 0)) if v != Victims::People))
                && (trig(t[j - 1].lex).is_some() || j + 1 < q0 && t[j + 1].def && trig(t[j + 1].lex).is_some() && t[j - 1].bare() == "عدد")
        });
        // («ارتفاع عدد الجنود الذين قتلوا في الهجوم على حاجز ... إلى 17»: the group a relative
        // clause counts, further back)
        let g = g.or_else(|| (q0.saturating_sub(24).max(c.s0 + 1)..q0.saturating_sub(2)).find(|&j| t[j - 1].bare() == "عدد" && t[j].def && t[j + 1].w == "الذين" && trig(t[j + 2].lex).is_some()));
        if let Some(Lex::Group(g, _)) = g.and_then(|j| t[j].lex) {
            v = Ok(Some(g));
        }
    }
    // «عدد المصابين من الجنود لا يتجاوز ثلاثة», «عدد المصابين من عناصر الشرطة 32»: «من» and
    // the group after the toll's trigger
    if v == Ok(None) && c.toll {
        let of = (q0.saturating_sub(10)..q0.saturating_sub(1)).find(|&j| j >= 2 && t[j - 1].w == "من" && t[j - 2].def && trig(t[j - 2].lex).is_some());
        let g = of.map(|j| match t[j].lex {
            Some(Lex::Group(g, _)) => victims::men_of(t, j, g),
            _ => victims::men_of(t, j, Victims::People),
        });
        if let Some(g) = g.filter(|&g| g != Victims::People) {
            v = Ok(Some(g));
        }
    }
    // «عدد المصابين في صفوف المحتجين لا يتجاوز عشرة»: the ranks after the toll's trigger
    if v == Ok(None) && c.toll {
        let ranks = (q0.saturating_sub(12)..q0.saturating_sub(3)).find(|&j| t[j].def && trig(t[j].lex).is_some() && t[j + 1].w == "في" && t[j + 2].bare() == "صفوف");
        if let Some(Lex::Group(g, _)) = ranks.and_then(|j| t[j + 3].lex) {
            v = Ok(Some(g));
        }
    }
    // «وسقط في صفوف قواتنا 9 شهداء»: the ranks named right before the count
    if matches!(v, Ok(None) | Ok(Some(Victims::People))) {
        let ranks = (q0.saturating_sub(4).max(c.s0 + 1)..q0).find(|&j| t[j].bare() == "صفوف" && t[j - 1].w == "في");
        if let Some(Lex::Group(g, _)) = ranks.and_then(|j| t.get(j + 1)).and_then(|n| n.lex) {
            v = Ok(Some(g));
        }
    }
    // a bare count takes the group of the clause it continues («وجرح 317»), a counted noun does not
    // (a toll is everyone's: «بوفاة طفلين، ليرتفع عدد القتلى إلى 25»)
    // (a plural noun the lexicon has no group for counts people of its own: «مقتل شرطيين و3
    // مزارعين», not the police's)
    let plural_noun = c.n1.is_some_and(|j| j < c.s1 && t[j].cls == Cls::Word && t[j].lex.is_none() && !t[j].def && t[j].bare().len() > 8 && (t[j].bare().ends_with("ين") || t[j].bare().ends_with("ون")));
    let named = trig_after || c.n1.is_some_and(|j| t[j].w == "من") || c.toll_ok || plural_noun;
    match v {
        Ok(None) if named => Some(Victims::People),
        v => v.unwrap_or(None),
    }
}

/// A figure told by a word, not a number: «قُتل متظاهر» (1), «مقتل شرطيين» (2), «قتيلين» (2).
fn word_figure(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    if let Some(r) = their_two(toks, s0, i).or_else(|| all_of_them(toks, s1, i)) {
        return Some(r);
    }
    if let Some(r) = dual_of_case(toks, s0, s1, i).or_else(|| dual_subject(toks, s0, s1, i)).or_else(|| dual_object(toks, s0, s1, i)).or_else(|| one_object(toks, s0, s1, i)) {
        return Some(r);
    }
    let (k, f) = trig(toks[i].lex)?;
    if status::negated(toks, s0, i) {
        return None;
    }
    if let Some(r) = held_by_pronoun(toks, s1, i, k, f) {
        return Some(r);
    }
    if f == Form::Verb {
        if let Some(r) = subject_before_verb(toks, s0, i, k).or_else(|| one_of_a_unit_before_verb(toks, s0, i, k)).or_else(|| mourned(toks, s1, i)) {
            return Some(r);
        }
    }
    // «تسجيل 2700 حالة اختناق ووفاة واحدة»: an event noun and «one» after it
    if matches!(f, Form::Event) && matches!(k, Kind::Killed | Kind::Injured) && toks.get(i + 1).is_some_and(|t| i + 1 < s1 && t.w == "واحده") {
        return Some(word_raw(k, 1, Victims::People, i, i + 1, i + 1));
    }
    match f {
        Form::Dual => dual_noun(toks, s0, s1, i, k),
        Form::Verb | Form::Event | Form::NeedsAla => noun_after_trigger(toks, s1, i, k, f),
        Form::Counted => one_body(toks, s1, i, k),
        _ => None,
    }
}

/// One or two whom a body mourns, its subject between: «ونعت لجنة الأطباء طبيبة امتياز توفيت
/// الأحد», «نعت نقابة الأطباء، أمس الاثنين، طبيباً مقيماً (29 عاماً)». After the verb of
/// mourning (`i`), up to eight words of its subject (and a time between commas), then one told
/// by a noun: a person of the table, indefinite, or a noun it does not know in the accusative.
/// (A count after the subject, «ونعت الوزارة ثلاثة من عناصرها», is the numbers' rules'.)
fn mourned(toks: &[Tok], s1: usize, i: usize) -> Option<Raw> {
    if !matches!(toks[i].bare(), "نعي" | "نعت" | "ينعي" | "تنعي") || toks[i].def {
        return None;
    }
    let mut seen = 0;
    for j in i + 1..s1 {
        let t = &toks[j];
        if t.is_quote() || t.cls == Cls::Punct(',') {
            continue;
        }
        if t.is_clause_end() || is_num(toks, j, s1) || matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Neg)) || seen == 8 {
            return None;
        }
        seen += 1;
        // (the subject is one word at least: «نعى شاب والده» is a young man who mourns)
        if seen == 1 {
            continue;
        }
        let n = match t.lex {
            Some(Lex::Group(v, n @ (1 | 2))) if !t.def => Some((v, n as u64)),
            None if unknown_word(t) && one_in_the_accusative(t, stem(t)) => Some((Victims::People, 1)),
            _ => None,
        };
        if let Some((v, n)) = n {
            return Some(word_raw(Kind::Killed, n, v, i, j, j));
        }
    }
    None
}

/// The death of two told before, by the dual pronoun on an event's noun as an outcome: «ما أدى
/// إلى مقتلهما», «أسفر عن مقتلهما على الفور», «بوفاتهما».
fn their_two(toks: &[Tok], s0: usize, i: usize) -> Option<Raw> {
    let t = &toks[i];
    if t.lex.is_some() || t.cls != Cls::Word {
        return None;
    }
    // (the written word: «وفاتهما» is no «و» + «فاتهما»)
    let stem = t.w.strip_suffix("هما")?;
    let by = stem.strip_prefix('ب');
    // (deaths only: «متأثرين بحروقهما», «بإصابتهما» tell how two died or were hurt, counted before)
    let death = matches!(by.unwrap_or(stem), "مقتل" | "وفات" | "مصرع" | "استشهاد");
    let outcome = by.is_some() || i > s0 && matches!(toks[i - 1].bare(), "الي" | "عن");
    // (of the group of the two named before in the sentence: «رفض مسلحان التسليم ...»)
    let v = (i.saturating_sub(20).max(s0)..i).rev().find_map(|j| match toks[j].lex {
        Some(Lex::Group(v, 2)) => Some(victims::men_of(toks, j, v)),
        _ => None,
    });
    (death && outcome).then(|| word_raw(Kind::Killed, 2, v.unwrap_or(Victims::People), i, i, i))
}

/// All of those told before, by a number with their pronoun, the subject of a verb of a kind
/// right after it: «وعلى متنها 3 أشخاص، وأن ثلاثتهم قُتلوا».
fn all_of_them(toks: &[Tok], s1: usize, i: usize) -> Option<Raw> {
    let n = match toks[i].bare() {
        "ثلاثتهم" => 3,
        "اربعتهم" => 4,
        "خمستهم" => 5,
        "ستتهم" => 6,
        "سبعتهم" => 7,
        "ثمانيتهم" => 8,
        "تسعتهم" => 9,
        "عشرتهم" => 10,
        _ => return None,
    };
    let v = next_sig(toks, i + 1, s1)?;
    let (k, f) = trig(toks[v].lex)?;
    (v == i + 1 && f == Form::Verb && toks[v].w.ends_with("وا")).then(|| word_raw(k, n, Victims::People, i, v, i))
}

/// «جثة شاب واحد», «جثمان طفل واحد»: a body, whose it is, and «one»; and one who fell:
/// «أسفر عن سقوط قتيل و9 جرحى», «بسقوط شهيد».
fn one_body(toks: &[Tok], s1: usize, i: usize, k: Kind) -> Option<Raw> {
    let single = |m: usize| matches!(toks[m].bare(), "قتيل" | "جريح" | "مصاب" | "شهيد") && !toks[m].def;
    // (or one told of: «تحدثت معلومات أولية عن شهيد وجريح»)
    let told = |m: usize| m >= 2 && toks[m - 1].w == "عن" && matches!(toks[m - 2].bare(), "تحدث" | "تحدثت" | "تحدثوا" | "افاد" | "افادت" | "اعلن" | "اعلنت");
    let fell_at = |m: usize| m > 0 && (matches!(toks[m - 1].bare(), "سقوط" | "بسقوط") || told(m)) && !toks[m].has_conj();
    let alone = |m: usize| next_sig(toks, m + 1, s1).is_none_or(|j| !is_num(toks, j, s1));
    if fell_at(i) && single(i) && alone(i) {
        return Some(word_raw(k, 1, Victims::People, i - 1, i, i));
    }
    // («عن شهيد وجريح»: and one more of the other kind joined to it)
    if i > 0 && toks[i].has_conj() && single(i) && single(i - 1) && fell_at(i - 1) && alone(i) {
        return Some(word_raw(k, 1, Victims::People, i, i, i));
    }
    if let Some(r) = bodies_of_the_counted(toks, s1, i, k) {
        return Some(r);
    }
    let Some(Lex::Group(v, 1)) = toks.get(i + 1).filter(|_| i + 1 < s1).and_then(|t| t.lex) else { return None };
    let body = k == Kind::Killed && matches!(toks[i].bare().no_al(), "جثه" | "جثمان") && !toks[i].def;
    if body && toks.get(i + 2).filter(|_| i + 2 < s1).is_some_and(|t| matches!(t.w.as_str(), "واحد" | "واحده" | "واحدا")) {
        return Some(word_raw(k, 1, v, i, i + 2, i + 2));
    }
    // («أكدت السلطات العثور على جثة شاب في العشرينات»: a body whose finding is announced,
    // whose it is; not one a round-up tells of, «فقد عثر على جثة رجل بشقته», whose total it gives)
    let found = i >= 2 && toks[i - 1].w == "علي" && matches!(toks[i - 2].bare(), "العثور" | "عثور") || i >= 1 && toks[i - 1].bare() == "انتشال";
    (body && found && !toks[i + 1].def && !filters::raises_a_toll(toks, i + 1, s1)).then(|| word_raw(k, 1, v, i, i + 1, i + 1))
}

/// The bodies of those named and their number, definite: «جثث الضحايا الأربع», «جثامين العمال
/// الثلاثة» (three or more, the number an adjective after the definite plural).
fn bodies_of_the_counted(toks: &[Tok], s1: usize, i: usize, k: Kind) -> Option<Raw> {
    if !(k == Kind::Killed && !toks[i].def && matches!(toks[i].bare().no_al(), "جثث" | "جثامين")) {
        return None;
    }
    let of = toks.get(i + 1).filter(|t| i + 1 < s1 && t.def && t.cls == Cls::Word)?;
    let v = match of.lex {
        Some(Lex::Group(v, 0)) => victims::men_of(toks, i + 1, v),
        Some(Lex::Trig(Kind::Killed, Form::Counted)) => Victims::People,
        _ => return None,
    };
    let p = number::read_def(toks, i + 2, s1)?;
    let Q::N(n @ 3..) = p.q else { return None };
    Some(word_raw(k, n, v, i, p.b, i + 2))
}

/// A dual or «one» joined by «و» right after a figure counts in its kind:
/// «مقتل 22 مسلحا وشرطيين اثنين», «مقتل 14 سجينا وعنصر واحد من الشرطة», «مقتل 11 جنديا
/// ومتطوعين اثنين».
fn coordinated_word(toks: &[Tok], s1: usize, i: usize, prev: &[Raw]) -> Option<Raw> {
    let last = prev.last()?;
    let t = &toks[i];
    // (or a noun the table does not know, with «اثنين» after it: «مقتل 11 جنديا ومتطوعين اثنين»)
    let two_unknown = and_two_unknown(toks, i, s1);
    let (v, n) = match t.lex {
        Some(Lex::Group(v, 0)) if two_unknown => (v, 2),
        Some(Lex::Group(v, n)) => (v, n),
        // (of the group of the figure it is joined to)
        None if two_unknown => (last.victims.unwrap_or(Victims::People), 2),
        _ => return None,
    };
    // (after the figure's number and its counted noun, quoted or not: «22 "مشتبها بهم" وشرطيين»)
    if !(t.has_conj() || two_unknown) || i <= last.pb || i > last.pb.max(last.b) + 6 || (last.pb + 1..i).any(|k| toks[k].is_clause_end() || matches!(toks[k].lex, Some(Lex::Prep | Lex::Cue(_)))) {
        return None;
    }
    // (the word as written: «واحد» is no «و» + «احد»)
    let next = toks.get(i + 1).filter(|_| i + 1 < s1).map_or("", |x| x.w.as_str());
    let count = if n == 2 { 2 } else if matches!(next, "واحد" | "واحدا" | "واحده") { 1 } else { return None };
    let b = if ONE_TWO.contains(&next) { i + 1 } else { i };
    // «وعنصر واحد من الشرطة», «وعنصرين من الأمن»: members, of the force named after them
    let v = if v == Victims::People { victims::find(toks, b + 1, s1.min(b + 4)).ok().flatten().unwrap_or(v) } else { v };
    Some(word_raw(last.kind, count, v, i, b, i))
}

/// A dual of people right after «بينهم» / «منهم» is two of the figure before it:
/// «مقتل أربعة مواطنين، بينهم طفلان»; «بينهم قاصران».
fn subset_dual(toks: &[Tok], s0: usize, i: usize, prev: &[Raw]) -> Option<Raw> {
    let last = prev.last()?;
    let Some(Lex::Group(v, 2)) = toks[i].lex else { return None };
    let after_subset = i > s0 && toks[i - 1].is_in(&SUBSET) && i - 1 > last.pb && i - 1 <= last.b.max(last.pb) + 4;
    (after_subset && !toks[i].def).then(|| Raw { sub: true, ..word_raw(last.kind, 2, v, i - 1, i, i) })
}

/// One of a group told of before, not as a casualty of this kind, hurt or killed by a verb
/// right before or after «أحدهم»: «أسفرت عن توقيف المشتبه فيهم الخمسة، فيما أصيب أحدهم
/// بجروح», «اعتقلت خمسة صيادين، وقالت النقابة إن أحدهم أصيب برصاصة». Not one of those a
/// count of the same kind holds («أصيب اثنان، أحدهما بشظايا»), nor one of the dead told how
/// he died («قُتل شخصان، أحدهما أصيب بطعنة»), nor of those hurt who died after («استقبل 7
/// جرحى، توفي أحدهم»): the group is told of last by an arrest, or by no trigger at all.
fn one_of_them(toks: &[Tok], s0: usize, s1: usize, i: usize, before: Option<Kind>) -> Option<Raw> {
    let (k, f) = trig(toks[i].lex)?;
    // (not «سقط أحدهما», one of two missiles that fell)
    if f != Form::Verb || k == Kind::Arrested || toks[i].w.ends_with("وا") || toks[i].bare().starts_with("سقط") || status::negated(toks, s0, i) {
        return None;
    }
    let one = |j: usize| toks.get(j).filter(|_| j < s1).is_some_and(|t| matches!(t.bare(), "احدهم" | "احدهما" | "احداهن" | "احداهما"));
    // (the verb's subject right after it, or right before it: «إن أحدهم أصيب»)
    let g = if one(i + 1) { i + 1 } else if i > s0 && one(i - 1) { i - 1 } else { return None };
    let told = (s0..g.min(i)).rev().find_map(|j| trig(toks[j].lex).map(|t| t.0)).or(before);
    (told.is_none_or(|t| t == Kind::Arrested)).then(|| word_raw(k, 1, Victims::People, g.min(i), g.max(i), g))
}

/// An exact count told by a word, spanning tokens `a..=b` with the number word at `pa`.
fn word_raw(kind: Kind, n: u64, v: Victims, a: usize, b: usize, pa: usize) -> Raw {
    Raw { kind, q: Quantity::Exact(n), victims: Some(v), a, b, pa, pb: b, pre: 0, sub: false, corrected: None, given_by: None }
}

/// The dual of «حالة» with a trigger after it counts 2: «حالتي وفاة», «حالتين من الإصابة»;
/// so does the dual after a verbal noun: «ووفاة حالتين».
fn dual_of_case(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    if !toks[i].is_in(&CASE_DUAL) || status::negated(toks, s0, i) {
        return None;
    }
    // (not a dual joined by «و», which starts a count of its own: «248 حالة اعتقال وحالتي
    // وفاة»)
    let joined = toks[i].w.starts_with('و') && toks[i].w.len() != toks[i].bare().len();
    if let Some((k, Form::Event)) = prev_sig(toks, i, s0).and_then(|j| trig(toks[j].lex)).filter(|_| !joined) {
        return Some(Raw { kind: k, q: Quantity::Exact(2), victims: Some(Victims::People), a: i - 1, b: i, pa: i, pb: i, pre: 0, sub: false, corrected: None, given_by: None });
    }
    let j = if toks.get(i + 1).is_some_and(|t| t.w == "من") { i + 2 } else { i + 1 };
    match trig(toks.get(j).filter(|_| j < s1).and_then(|t| t.lex)) {
        Some((k, Form::Event | Form::Counted)) => Some(Raw { kind: k, q: Quantity::Exact(2), victims: Some(Victims::People), a: i, b: j, pa: i, pb: i, pre: 0, sub: false, corrected: None, given_by: None }),
        _ => None,
    }
}

/// An indefinite dual noun of people before its dual verb, or before the words
/// that complete an arrest, counts 2: «شرطيان أصيبا بجروح», «مدنيين اثنين لقيا
/// حتفهما», «وضع شخصين تحت الحراسة النظرية», «متهمين اثنين رهن الاعتقال».
fn dual_subject(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    // (or a dual the table does not know, with its adjective, right before its dual verb:
    // «عتالين كرديين قتلا»)
    if toks[i].lex.is_none() {
        return unknown_dual_subject(toks, s0, s1, i);
    }
    // (a plural's «ين» is also the dual's: the dual verb right after says which, «مدنيين قُتلا»)
    let dual_verb = |t: &Tok| matches!(trig(t.lex), Some((_, Form::Verb))) && t.w.ends_with('ا') && !t.w.ends_with("وا");
    let v = match toks[i].lex {
        Some(Lex::Group(v, 2)) => v,
        Some(Lex::Group(v, 0)) if toks[i].w.ends_with("ين") && toks.get(i + 1).is_some_and(|t| i + 1 < s1 && dual_verb(t)) => v,
        _ => return None,
    };
    // (before «اثنين» the number phrase counts it: «شرطيين اثنين أصيبا»)
    let two_after = toks.get(i + 1).is_some_and(|t| ONE_TWO.contains(&t.w.as_str()));
    if toks[i].def && !definite_dual_subject(toks, s0, s1, i) || two_after || prev_sig(toks, i, s0).is_some_and(|j| is_num(toks, j, s1) || trig(toks[j].lex).is_some()) {
        return None;
    }
    // (further after «من» and the body they are of: «أن عنصرين من قوة قمع العصابات أصيبا»)
    // (not a part of a count before, «جثث 12 شخصا، بينهم مدنيان من سكان الحي أصيبا برصاص»)
    let part = i > s0 && toks[i - 1].is_in(&SUBSET);
    let reach = if toks.get(i + 1).is_some_and(|t| t.w == "من") && !part { 7 } else { 5 };
    for j in i + 1..s1.min(i + reach) {
        let t = &toks[j];
        if t.is_clause_end() || t.cls == Cls::Num || matches!(t.lex, Some(Lex::Cue(_))) || j > i + 1 && t.has_conj() {
            return None;
        }
        let held = j > 0 && matches!(toks[j - 1].bare(), "رهن" | "قيد" | "تحت");
        // the number phrase is the noun; the evidence runs to the verb
        let two = |k: Kind| Some(Raw { pb: i, ..word_raw(k, 2, victims::men_of(toks, i, v), i, j, i) });
        match trig(t.lex) {
            Some((k, Form::Verb)) if t.w.ends_with('ا') && !status::negated(toks, s0, j) => return two(k),
            Some((k, Form::After)) => return two(k),
            Some((k @ Kind::Arrested, Form::Event)) if held => return two(k),
            // («تعرض عسكريان لإصابات طفيفة»: two who suffered injuries)
            Some((Kind::Injured, Form::Counted | Form::Event)) if j == i + 1 && t.w.starts_with('ل') && i > s0 && toks[i - 1].bare().starts_with("تعرض") => return two(Kind::Injured),
            Some(_) => return None,
            None => {}
        }
    }
    None
}

/// A definite dual right after «أن» and right before its dual verb is two the
/// report names for the first time: «وقال قائد الشرطة إن الزوجين قُتلا بالرصاص».
fn definite_dual_subject(toks: &[Tok], s0: usize, s1: usize, i: usize) -> bool {
    let after_that = i > s0 && matches!(toks[i - 1].w.as_str(), "ان" | "بان");
    let dual_verb = toks.get(i + 1).is_some_and(|t| i + 1 < s1 && matches!(trig(t.lex), Some((_, Form::Verb))) && t.w.ends_with('ا') && !t.w.ends_with("وا"));
    after_that && dual_verb && !status::negated(toks, s0, i + 1)
}

/// A noun the table does not know, in the dual («ين», «ان»), indefinite, with at most an
/// adjective of the same ending, right before a dual verb of the table counts 2 people:
/// «قالت المنظمة إن عتالين كرديين قتلا». (A plural subject before its verb takes «وا».)
fn unknown_dual_subject(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    let dual = |k: usize| toks[k].cls == Cls::Word && toks[k].lex.is_none() && !toks[k].bare().starts_with("ال") && (toks[k].w.ends_with("ين") || toks[k].w.ends_with("ان")) && toks[k].w.chars().count() > 4;
    // (or a definite one opening what «أن» reports: «إن الزوجين قُتلا بالرصاص»)
    let definite = toks[i].cls == Cls::Word && toks[i].lex.is_none() && toks[i].bare().starts_with("ال") && toks[i].w.ends_with("ين") && toks[i].w.chars().count() > 6 && definite_dual_subject(toks, s0, s1, i);
    if definite {
        let verb = &toks[i + 1];
        let Some((k, Form::Verb)) = trig(verb.lex) else { return None };
        return Some(Raw { pb: i, ..word_raw(k, 2, Victims::People, i, i + 1, i) });
    }
    if !dual(i) || prev_sig(toks, i, s0).is_some_and(|j| is_num(toks, j, s1) || toks[j].lex.is_some() && toks[j].w != "ان") {
        return None;
    }
    let j = if i + 1 < s1 && dual(i + 1) { i + 2 } else { i + 1 };
    // (over «قد» after «كان»: «بعد أن كان متسابقان قد أصيبا»)
    let had = i > s0 && matches!(toks[i - 1].bare(), "كان" | "كانا") && toks.get(j).is_some_and(|t| j < s1 && t.w == "قد");
    let j = if had { j + 1 } else { j };
    let verb = toks.get(j).filter(|_| j < s1)?;
    match trig(verb.lex) {
        Some((k, Form::Verb)) if verb.w.ends_with('ا') && !verb.w.ends_with("وا") && !status::negated(toks, s0, j) => Some(Raw { pb: i, ..word_raw(k, 2, Victims::People, i, j, i) }),
        _ => None,
    }
}

/// An indefinite dual noun of people in the accusative, the object of an active
/// verb of arrest or killing after its subject, counts 2: «اعتقلت الشرطة
/// شخصين», «أوقفت مصالح الدرك الوطني بدائرة عزازقة شخصين», «أوقفت ... سائق
/// الشاحنة وشخصين كانا برفقته». The verb is up to 12 words back, over commas, but
/// not over a number, a cue, another trigger, a relative pronoun or «أن». And right after
/// a verb of losing, a side's men lost dead: «وأنها فقدت جنديين».
fn dual_object(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    let t = &toks[i];
    let Some(Lex::Group(v, 2)) = t.lex else { return None };
    // (the accusative «شخصين», not the subject «شخصان»; not before «اثنين», which the number phrase reads)
    // (or in construct, «فنيَّي صيانة», or with his pronoun, «منظمَيه»: the oblique too)
    let construct = t.w.ends_with('ي') && toks.get(i + 1).is_some_and(|n| i + 1 < s1 && n.cls == Cls::Word && !matches!(n.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep)));
    let oblique = t.w.ends_with("ين") || construct || t.w.ends_with("يه") || t.w.ends_with("يها");
    if t.def || !oblique || toks.get(i + 1).filter(|_| i + 1 < s1).is_some_and(|n| ONE_TWO.contains(&n.w.as_str())) {
        return None;
    }
    // «وأنها فقدت جنديين في الاشتباك», «لم تخسر سوى مقاتلَين»: a side that lost two of its
    // men, right after the verb, lost them dead (the passive «فُقد جنديان» takes the nominative)
    let lost = |j: usize| matches!(toks[j].w.as_str(), "فقد" | "فقدت" | "فقدنا" | "وفقد" | "وفقدت" | "خسر" | "خسرت" | "خسرنا" | "وخسر" | "وخسرت" | "تخسر" | "يخسر");
    let before = prev_sig(toks, i, s0).map(|j| if j > s0 && matches!(toks[j].w.as_str(), "سوي" | "الا") { j - 1 } else { j });
    if let Some(j) = before.filter(|&j| lost(j) && matches!(v, Victims::SecurityForces | Victims::Attackers)) {
        return Some(Raw { a: j, ..word_raw(Kind::Killed, 2, victims::men_of(toks, i, v), i, i, i) });
    }
    let (j, k, f) = trigger_over_subject(toks, s0, i, s1, 12)?;
    // (not over a clause of its own after a comma: «أوقفت الأعمال ...، وأحالت مسؤولَي السلامة
    // إلى النيابة»)
    if (j + 1..i).any(|m| toks[m].cls == Cls::Punct(',') && toks.get(m + 1).is_some_and(|n| n.has_conj() && n.cls == Cls::Word)) {
        return None;
    }
    // (an active verb with its subject between: «اعتقلت الشرطة», «قتلت الغارة»; not the
    // verb right before, whose subject the noun would be, nor a noun)
    // (or one that takes «على», «على» right before: «قبضت الأجهزة الأمنية على شخصين»)
    let w = toks[j].bare();
    let ala = f == Form::NeedsAla && i > 0 && toks[i - 1].w == "علي" && w.ends_with('ت') && !toks[j].def;
    let active = ala || f == Form::Verb && j + 1 < i && (w.ends_with('ت') || k == Kind::Arrested && w.starts_with('ا'));
    (active && matches!(k, Kind::Arrested | Kind::Killed) && !status::negated(toks, s0, j)).then(|| Raw { a: j, ..word_raw(k, 2, victims::men_of(toks, i, v), i, i, i) })
}

/// One, the indefinite accusative object of an active verb of arrest or killing after its
/// subject: «أوقف الأمن العام مواطناً», «اعتقلت الشرطة شخصاً», «قتلت الغارة طفلاً». The
/// accusative's «ا» tells the object from a subject («قُتل طفل»), which [`noun_after_trigger`]
/// reads. Not one joined to a count or to others («اعتقلت الشرطة شاباً و3 آخرين»), which the
/// count's rules read.
fn one_object(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    let t = &toks[i];
    // (or a noun the table does not know, written with the accusative's tanween: «أوقفت مديرية
    // أمن اللاذقية ممرضاً»; not an adverb: «أيضاً», «مؤقتاً», «تلقائياً»)
    let unknown = unknown_word(t) && one_in_the_accusative(t, &t.w);
    let v = match t.lex {
        Some(Lex::Group(v, 1)) => v,
        _ if unknown => Victims::People,
        _ => return None,
    };
    let joined = |j: usize| toks.get(j).is_some_and(|n| j < s1 && (is_num(toks, j, s1) || n.lex.is_some_and(|l| matches!(l, Lex::Group(..) | Lex::Others))));
    let and_more = toks.get(i + 1).is_some_and(|n| i + 1 < s1 && (n.w == "و" && joined(i + 2) || n.has_conj() && joined(i + 1)));
    if t.def || t.has_conj() || !t.w.ends_with('ا') || and_more || toks.get(i + 1).is_some_and(|n| i + 1 < s1 && ONE_TWO.contains(&n.w.as_str())) {
        return None;
    }
    // (not a count's noun, «اعتقلت ... صباح اليوم 23 مواطناً», nor «كم شخصاً», nor a participle
    // with its object, «... اعتُقلوا، متهماً الشرطة باستخدام»)
    if i == s0 || is_num(toks, i - 1, s1) || toks[i - 1].w == "كم" || toks.get(i + 1).is_some_and(|n| i + 1 < s1 && n.def && n.cls == Cls::Word) {
        return None;
    }
    let (j, k, f) = trigger_over_subject(toks, s0, i, s1, 12)?;
    let w = toks[j].bare();
    // (the subject and adverbs between, no clause: «قتلت هذه الموجة فعلاً، وكم شخصاً ستقتل»)
    let one_clause = (j + 1..i).all(|m| toks[m].cls == Cls::Word);
    // (what «ضبط» seizes, unknown to the table, is as often a thing: «ضبطت قارباً»)
    let seized = t.lex.is_none() && w.starts_with("ضبط");
    // (right after the verb too: the accusative is no subject, «أوقفت موظفاً في أمانة المنطقة»)
    let active = one_clause && !seized && f == Form::Verb && (j + 1 < i || t.nunated) && !toks[j].def && (w.ends_with('ت') || k == Kind::Arrested && w.starts_with('ا'));
    (active && matches!(k, Kind::Arrested | Kind::Killed) && !status::negated(toks, s0, j)).then(|| Raw { a: j, ..word_raw(k, 1, victims::men_of(toks, i, v), i, i, i) })
}

/// An indefinite subject between «أن» and its singular (or dual) verb counts 1
/// (or 2): «أن أمين شرطة أصيب», «بأن جنديين قتلا»; a parenthesis before the
/// verb is skipped («أن شابا (22 عاما) قتل»).
fn subject_before_verb(toks: &[Tok], s0: usize, i: usize, k: Kind) -> Option<Raw> {
    if toks[i].w.ends_with("وا") {
        return the_counted_before_verb(toks, s0, i, k);
    }
    let e = (i > s0 && toks[i - 1].cls == Cls::Punct(')')).then(|| (i.saturating_sub(7).max(s0)..i - 1).rev().find(|&k| toks[k].cls == Cls::Punct('('))).flatten().unwrap_or(i);
    // (or a quote opened on the verb: «إن أحد عناصر الأمن الوطني "ارتقى شهيداً"»)
    let e = if e == i && i > s0 + 1 && toks[i - 1].is_quote() { i - 1 } else { e };
    // (or an age: «أن طفلا يبلغ من العمر ثمانية أعوام توفي», «أن امرأة في الخمسين من عمرها أصيبت»;
    // not after one more, «أن طفلا ثالثا يبلغ من العمر 11 عاما فارق الحياة», who raises a toll)
    let e = age_before(toks, s0, e).filter(|&a| a == s0 || !ONE_MORE.contains(&toks[a - 1].w.trim_end_matches('ا'))).unwrap_or(e);
    // (or what he did, told by a verb in the present right after a noun the table knows: «أن
    // مصوراً يعمل لحساب قناة محلية قُتل»)
    // (or after the noun and its adjective: «أن مواطنَين صينيين يعملان لدى الشركة ... أصيبا»)
    let noun_at = |n: usize| matches!(toks[n].lex, Some(Lex::Group(_, 1..=2))) && !toks[n].def;
    // (or a man of a body in construct: «أن رجل أمن يعمل في شركة الحراسة ... أصيب»)
    let of_body = |k: usize| unknown_word(&toks[k]) || toks[k - 1].is_in(&lexicon::MEN_OF) && toks[k].cls == Cls::Word && !toks[k].def && !matches!(toks[k].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep));
    let of_noun = |v: usize| noun_at(v - 1) && matches!(toks[v - 2].bare(), "ان" | "بان") || v >= s0 + 3 && of_body(v - 1) && noun_at(v - 2) && matches!(toks[v - 3].bare(), "ان" | "بان");
    let e = (e.saturating_sub(7).max(s0 + 2)..e.saturating_sub(1)).find(|&v| does(&toks[v]) && of_noun(v)).unwrap_or(e);
    // (or what she was doing, told by «كانت» and a verb in the present: «بأن امرأة كانت تبيع
    // الشاي قرب مقر الإذاعة أصيبت برصاصة طائشة», «أن مقيماً كان يمر بالموقع أصيب»)
    let was_doing = |v: usize| matches!(toks[v].bare(), "كان" | "كانت") && toks.get(v + 1).is_some_and(|n| n.cls == Cls::Word && (n.w.starts_with('ي') || n.w.starts_with('ت')) && n.lex.is_none());
    let e = if e == i { (i.saturating_sub(10).max(s0 + 2)..i.saturating_sub(2)).find(|&v| was_doing(v) && !toks[v - 1].def && matches!(toks[v - 2].bare(), "ان" | "بان") && (v + 2..i).all(|m| toks[m].cls == Cls::Word && !matches!(toks[m].lex, Some(Lex::Trig(..) | Lex::Cue(_))))).unwrap_or(e) } else { e };
    // (or «كان» and «قد» before the verb: «وكان شاب قد فارق الحياة», «وكان أحد سكان المنطقة قد
    // لقي حتفه»)
    let had = e == i && i > s0 + 2 && toks[i - 1].w == "قد" && k != Kind::Arrested;
    let e = if had { i - 1 } else { e };
    let opener = |k: usize| matches!(toks[k].bare(), "ان" | "بان") || had && matches!(toks[k].bare(), "كان" | "كانت");
    // (up to six words for one of those named: «أن أحد عناصر الحرس الوطني أصيب»)
    let a = (e.saturating_sub(7).max(s0)..e.saturating_sub(1)).rev().find(|&k| opener(k)).filter(|&a| a + 5 >= e || toks.get(a + 1).is_some_and(|t| matches!(t.bare(), "احد" | "احدي")))?;
    let np = &toks[a + 1..e];
    // («مشيرة إلى أن "حارس الفرع أصيب بطلق ناري"», «أن "موظفة أصيبت برضوض"»: one by a noun
    // the table does not know or a post, and what it is of, before a passive verb)
    let a1 = if np.first().is_some_and(|t| t.is_quote()) { a + 2 } else { a + 1 };
    if let Some(r) = unknown_subject_before_verb(toks, a1, e, i, k).or_else(|| kin_before_verb(toks, s0, a1, e, i, k)) {
        return Some(r);
    }
    // (the words after «أن» over the quote: «أن "طالبة فارقت الحياة"»)
    let np = &toks[a1..e];
    // («أن أحد رجال الأمن أصيب بكسور»: one of those named, definite after «أحد»)
    // (one of those the table knows, before «سقط»: «أن أحد الأعمدة سقط» is a pole that fell)
    let fell = toks[i].bare().starts_with("سقط");
    if np.len() >= 2 && matches!(np[0].bare(), "احد" | "احدي") && np[1].w != "عشر" && (!fell || matches!(np[1].lex, Some(Lex::Group(..))) || np[1].is_in(&lexicon::MEN_OF)) && np[1..].iter().all(|t| t.cls == Cls::Word && !matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Thing | Lex::Prep))) {
        let v = match np[1].lex {
            Some(Lex::Group(v, _)) => victims::men_of(toks, a1 + 1, v),
            _ => victims::men_of(toks, a1 + 1, Victims::People),
        };
        return (!toks[i].w.ends_with('ا')).then(|| word_raw(k, 1, v, a1, i, a1));
    }
    // (not «أي مدني»: «لا نعتقد أن أي مدني أصيب»)
    // (nor a count, which the number phrase reads: «أن ثلاث عاملات توفين»)
    let plain = np.iter().all(|t| t.cls == Cls::Word && !t.def && t.w != "اي" && !matches!(t.lex, Some(Lex::Trig(..) | Lex::Others | Lex::Cue(_) | Lex::Thing | Lex::Prep)))
        && !(a1..e).any(|k| number::read(toks, k, e).is_some());
    // («أن رجلي أمن أصيبا»: men of the group named after them)
    let g = (a1..e).find_map(|j| match toks[j].lex {
        Some(Lex::Group(v, n)) => Some((victims::men_of(toks, j, v), n)),
        _ => None,
    });
    // (a force before an arrest verb made the arrest: «أن قيادة شرطة خفر السواحل ضبطت قاربا»)
    let (v, _) = g.filter(|g| plain && !(g.1 == 0 && np[0].lex.is_some()) && !(k == Kind::Arrested && g.0 == Victims::SecurityForces && g.1 == 0))?;
    let n = if toks[i].w.ends_with('ا') { 2 } else { 1 };
    Some(word_raw(k, n, v, a1, i, a1))
}

/// One named by a noun and where he serves, between «أن» and a singular verb of killing or
/// injuring (`i`): «إن رقيباً في إدارة مكافحة المخدرات استشهد», «أن عنصراً في الحرس الوطني قُتل»;
/// or those he is one of: «إن شاباً من المتطوعين أصيب», «أن عنصراً من دورياتها أصيب» (a man of
/// the telling force's own is of the force). The noun is indefinite and singular, one the table
/// knows as a person or does not know; «في» and up to four words follow it (or «من» and one or
/// two, the first definite or with its pronoun), none a trigger, a source, a number or a
/// conjunction.
fn one_of_a_unit_before_verb(toks: &[Tok], s0: usize, i: usize, k: Kind) -> Option<Raw> {
    let passive = matches!(toks[i].bare(), "اصيب" | "اصيبت" | "توفي" | "توفيت" | "استشهد" | "استشهدت" | "قتل" | "قتلت");
    if !passive || i < s0 + 4 {
        return None;
    }
    let a = (i.saturating_sub(9).max(s0)..i - 3).rev().find(|&a| matches!(toks[a].bare(), "ان" | "بان"))?;
    // (over a quote opened on the noun, and an adjective of his, indefinite like him: «وأضاف أن
    // "حارساً أمنياً في أحد المطاعم أصيب بحروق"»)
    let a = if toks[a + 1].is_quote() { a + 1 } else { a };
    let n = &toks[a + 1];
    let adjective = |t: &Tok| unknown_word(t) && t.nunated && n.nunated && !not_one(t.bare());
    let h = if a + 3 < i && adjective(&toks[a + 2]) { a + 2 } else { a + 1 };
    let v = match n.lex {
        Some(Lex::Group(v, 1)) if !n.def => victims::men_of(toks, a + 1, v),
        // (in the accusative after «أن»: «رقيباً»)
        None if unknown_word(n) && singular(stem(n).strip_suffix('ا').unwrap_or(stem(n))) && !not_one(stem(n)) && !n.with_possessive() => Victims::People,
        _ => return None,
    };
    let unit = toks.get(h + 2..i)?;
    // (one of a force where he serves is of the force: «عنصراً في الحرس الوطني»)
    let v = if unit.iter().any(|t| matches!(t.lex, Some(Lex::Group(Victims::SecurityForces, _)))) { Victims::SecurityForces } else { v };
    let plain = |t: &Tok| t.cls == Cls::Word && !t.w.starts_with('و') && !matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Neg | Lex::Others));
    // (or «من» and those he is one of, definite: «وإن شاباً من المتطوعين أصيب بشظية»)
    // (or of its own, by its pronoun: «أن عنصراً من دورياتها أصيب»)
    let theirs = |t: &Tok| t.lex.is_none() && ["ها", "هم", "ه"].iter().any(|p| t.w.strip_suffix(p).is_some_and(|w| w.chars().count() >= 3));
    // (or a force in construct: «أن عنصراً من خفر السواحل أصيب»)
    let force = |u: &[Tok]| u.len() == 2 && n.is_in(&lexicon::MEN_OF) && u[0].lex.is_none() && u[1].w.starts_with("ال");
    let of_them = toks[h + 1].w == "من" && unit.len() <= 2 && unit.first().is_some_and(|t| t.w.starts_with("ال") || theirs(t)) || toks[h + 1].w == "من" && force(unit);
    // (a man of a body's own, «عنصراً من دورياتها», is of the force that tells of him)
    let v = if of_them && !unit[0].w.starts_with("ال") && n.is_in(&lexicon::MEN_OF) { Victims::SecurityForces } else { v };
    ((toks[h + 1].w == "في" || of_them) && unit.iter().all(plain) && number::read(toks, h + 2, i).is_none()).then(|| word_raw(k, 1, v, a + 1, i, a + 1))
}

/// A verb in the present that tells what one does («يعمل», «تعمل», «يقيم»), no word of the
/// table's.
fn does(t: &Tok) -> bool {
    t.cls == Cls::Word && t.lex.is_none() && !t.has_conj() && matches!(t.bare(), "يعمل" | "تعمل" | "يعملان" | "تعملان" | "يقيم" | "تقيم" | "يسكن" | "تسكن" | "يقطن" | "تقطن" | "ينحدر" | "تنحدر")
}

/// One told by a noun before a passive verb of injury or death (`i`), the words after «أن»
/// being `toks[a..e]`: a singular noun the table does not know («موظفة أصيبت») or a post
/// («حارس الفرع أصيب»), with at most one definite word it is in construct with.
fn unknown_subject_before_verb(toks: &[Tok], a: usize, e: usize, i: usize, k: Kind) -> Option<Raw> {
    let np = toks.get(a..e)?;
    let passive = matches!(toks[i].bare(), "اصيب" | "اصيبت" | "توفي" | "توفيت" | "استشهد" | "استشهدت");
    let (n, of) = match np {
        [n] => (n, None),
        [n, of] => (n, Some(of)),
        _ => return None,
    };
    let w = stem(n);
    // (in the accusative after «إن»: «بائعاً»)
    let unknown = unknown_word(n) && singular(if w.ends_with("ها") { w } else { w.strip_suffix('ا').unwrap_or(w) }) && !not_one(w);
    // (a noun the table knows goes its own way, «أن جندياً أصيب», unless in construct: «أن
    // حارس الفرع أصيب»)
    let known = (matches!(n.lex, Some(Lex::Group(_, 1))) || held_post(n)) && of.is_some();
    let noun = n.cls == Cls::Word && !w.starts_with("ال") && !n.def && (unknown || held_post(n) && n.lex.is_none() || known);
    // (or an adjective of his, indefinite like him: «إن بائعاً متجولاً قُتل»)
    let adjective = |t: &Tok| unknown_word(t) && t.w.ends_with('ا') && n.w.ends_with('ا') && !not_one(t.bare());
    let of_ok = of.is_none_or(|t| t.cls == Cls::Word && (t.bare().starts_with("ال") && matches!(t.lex, None | Some(Lex::Thing)) || adjective(t)));
    // (the verb agrees: «موظفة أصيبت», «حارس أصيب»)
    let agrees = w.ends_with('ه') == toks[i].bare().ends_with('ت');
    // (a post is a trade: «حارس الفرع» is no force's)
    let v = match n.lex {
        Some(Lex::Group(v, _)) if !held_post(n) => victims::men_of(toks, a, v),
        _ => Victims::People,
    };
    // (or one held by his post, the passive of arrest with no object after it: «أن سائق الصهريج
    // أُوقف للتحقيق»; «أن سائق الحافلة أوقف المركبة» is the driver who stopped it)
    let no_object = toks.get(i + 1).is_none_or(|t| t.is_clause_end() || t.w.starts_with('ل') && !t.w.starts_with("ال") || matches!(t.lex, Some(Lex::Prep)) || matches!(t.bare(), "بعد" | "عقب" | "فور" | "اثناء"));
    let held = k == Kind::Arrested && matches!(toks[i].bare(), "اوقف" | "اعتقل" | "احتجز" | "ضبط") && held_post(n) && of.is_some() && no_object;
    // («قُتل» with no object after it is passive: «إن بائعاً متجولاً قُتل وأصيب 14 شخصاً»)
    let killed = matches!(toks[i].bare(), "قتل" | "قتلت") && toks.get(i + 1).is_none_or(|t| t.is_clause_end() || t.w.starts_with('و') || t.w.starts_with('ب') || matches!(t.lex, Some(Lex::Prep)));
    ((passive || held || killed) && noun && of_ok && agrees && number::read(toks, a, i).is_none()).then(|| word_raw(k, 1, v, a, i, a))
}

/// One of a family told by kinship and a pronoun, the words after «أن» (`toks[a..e]`), before
/// a passive verb of injury or death that agrees with it (`i`): «أن شقيقتها الصغرى (9 أعوام)
/// أصيبت بكسور», «أن والده توفي».
fn kin_before_verb(toks: &[Tok], s0: usize, a: usize, e: usize, i: usize, k: Kind) -> Option<Raw> {
    let np = toks.get(a..e)?;
    let kin = |t: &Tok| ["ها", "ه", "هم", "هما"].iter().find_map(|p| t.w.strip_suffix(p)).is_some_and(|s| matches!(s, "والد" | "والدت" | "شقيق" | "شقيقت" | "ابن" | "ابنت" | "زوج" | "زوجت" | "نجل" | "صديق" | "جد" | "جدت"));
    // (and a definite adjective: «الصغرى», «الأكبر»)
    let adjective = |t: &Tok| t.cls == Cls::Word && t.w.starts_with("ال") && t.lex.is_none();
    let shape = match np {
        [n] => kin(n),
        [n, adj] => kin(n) && adjective(adj),
        _ => false,
    };
    let passive = matches!(toks[i].bare(), "اصيب" | "اصيبت" | "توفي" | "توفيت" | "استشهد" | "استشهدت");
    // (the verb agrees: «شقيقتها أصيبت», «والده توفي»)
    let feminine = np.first().is_some_and(|n| ["تها", "ته", "تهم", "تهما"].iter().any(|p| n.w.ends_with(p)));
    let agrees = feminine == toks[i].bare().ends_with('ت');
    // (not the speaker's own, told by one of the family: «وقال والد أحد الطلبة ... إن ابنه "أصيب
    // بكدمات"», «قالت والدة شاب ... إن ابنها أصيب», «وقال نجلها الأكبر إن والدته "أصيبت"»)
    // (as written too: «والد» is no «و» + «الد»)
    let family = |t: &Tok| [t.w.as_str(), t.bare()].iter().any(|w| ["والد", "والده", "نجل", "نجله", "نجلها", "شقيق", "شقيقه", "شقيقها", "زوج", "زوجه", "زوجها", "ابن", "ام", "اب"].contains(w));
    let told_by_kin = (s0..a).any(|j| family(&toks[j]));
    (shape && passive && agrees && !told_by_kin && k != Kind::Arrested).then(|| word_raw(k, 1, Victims::People, a, i, a))
}

/// Where an age told right before token `e` starts: «يبلغ من العمر ثمانية أعوام», «في
/// الخمسين من عمرها», «عمره 14 عاما».
fn age_before(toks: &[Tok], s0: usize, e: usize) -> Option<usize> {
    let w = |k: usize| toks[k].bare();
    // «... من عمرها»: «في» and an ordinal or a number of years two or three words back
    if e >= s0 + 4 && matches!(w(e - 1), "عمره" | "عمرها" | "عمرهم" | "عمرهما") && w(e - 2) == "من" {
        return (e.saturating_sub(5).max(s0)..e - 2).rev().find(|&k| w(k) == "في");
    }
    // «... عاما», «... أعوام», «... سنوات» after a number, after «يبلغ من العمر» or «عمره»
    if e < s0 + 3 || !matches!(w(e - 1), "عاما" | "اعوام" | "سنوات" | "سنه" | "عام" | "شهرا" | "اشهر") {
        return None;
    }
    let n = (e.saturating_sub(4).max(s0)..e - 1).find(|&k| is_num(toks, k, e) && number::read(toks, k, e).is_some_and(|p| p.b + 1 == e - 1) || toks[k].cls == Cls::Num && k + 2 == e)?;
    if n >= s0 + 3 && matches!(w(n - 3), "يبلغ" | "تبلغ") && w(n - 2) == "من" && w(n - 1) == "العمر" {
        return Some(n - 3);
    }
    (n > s0 && matches!(w(n - 1), "عمره" | "عمرها")).then_some(n - 1)
}

/// A definite plural, its definite number, then their plural verb, after «أن» (over a
/// quote, and «جميع»): «أن "المهاجمين الخمسة قتلوا جميعا"», «إن الجنود الثلاثة أصيبوا»,
/// «وأن جميع المهاجمين الستة قُتلوا» (three or more:
/// «الاثنين» is Monday as often as «the two»).
fn the_counted_before_verb(toks: &[Tok], s0: usize, i: usize, k: Kind) -> Option<Raw> {
    let n = prev_sig(toks, i, s0).filter(|&n| n > s0)?;
    let g = n - 1;
    // (or those of a place or vehicle in construct: «أن «جميع ركاب المروحية الخمسة» لقوا حتفهم»)
    let (g, v) = match toks[g].lex {
        Some(Lex::Group(v, 0)) if toks[g].def => (g, v),
        None if g > s0 && toks[g].w.starts_with("ال") && of_a_place(toks, g - 1, n) => (g - 1, Victims::People),
        _ => return None,
    };
    // (over «جميع»: «أن جميع المهاجمين الستة قُتلوا»; «وأن» too)
    let all = prev_sig(toks, g, s0).filter(|&j| matches!(toks[j].w.as_str(), "جميع" | "كافه"));
    let that = prev_sig(toks, all.unwrap_or(g), s0).is_some_and(|j| matches!(toks[j].w.as_str(), "ان" | "بان" | "وان" | "وبان"));
    let p = number::read_def(toks, n, i).filter(|p| p.b == n && that)?;
    let Q::N(c @ 3..) = p.q else { return None };
    let mut r = word_raw(k, c, victims::men_of(toks, g, v), g, i, n);
    r.pb = n;
    Some(r)
}

/// Two people held, each named by a trade or post, joined by «و» right after the verb of arrest
/// (`g`, the first word after it): «بحبس مالك العقار ومؤجر الباطن 7 أيام», «بالاحتفاظ بمدير
/// المؤسسة ومقاول», «القبض على مشغّل القاعة وعامل كهرباء»; or one and his companion, the first
/// definite too: «اعتقلت السائق ومعاونه», «بحبس عامل التحويلة ومساعده». Each head may take two
/// words after it; what follows the second must end the phrase (a clause end, a number, a
/// preposition; after a companion, anything but a third person joined).
fn two_named_by_post(toks: &[Tok], s1: usize, i: usize, g: usize) -> Option<Raw> {
    let post = |w: &str| matches!(w, "مالك" | "صاحب" | "مدير" | "رئيس" | "سائق" | "مشغل" | "مقاول" | "مؤجر" | "مشرف" | "حارس" | "عامل" | "موظف" | "مسؤول" | "مهندس" | "طبيب" | "ممرض" | "معلم" | "مراقب" | "قائد" | "وكيل" | "منظم" | "ربان" | "قبطان" | "عون" | "مسير" | "ضابط" | "فني" | "كهربائي" | "متعهد");
    let first = toks[g].bare().strip_prefix('ب').filter(|w| post(w)).is_some() || post(toks[g].bare());
    // («اعتقلت السائق ومعاونه», «بحبس عامل التحويلة ومساعده»: or one and his companion, the
    // first definite too)
    let his = |t: &Tok| t.w.starts_with('و') && ["ه", "ها"].iter().any(|p| t.bare().strip_suffix(p).is_some_and(|w| matches!(w, "مساعد" | "معاون" | "مرافق" | "شريك" | "نجل" | "شقيق" | "ابن" | "سائق" | "حارس" | "والد" | "قائد" | "ربان" | "قبطان")));
    // («الطباخ ومساعديه الاثنين»: and his two, «two» after them: three)
    let his_two = |j: usize| his_two(toks, j, s1);
    let named = toks[g].bare().trim_start_matches('ب').starts_with("ال") && toks[g].cls == Cls::Word && matches!(toks[g].lex, None | Some(Lex::Group(_, 1)));
    if let Some(j) = (g + 1..s1.min(g + 4)).find(|&j| named && his_two(j)).filter(|&j| (g + 1..j).all(|m| toks[m].cls == Cls::Word && !toks[m].w.starts_with('و'))) {
        return Some(word_raw(Kind::Arrested, 3, Victims::People, i, j + 1, g));
    }
    let def = toks[g].bare().trim_start_matches('ب').starts_with("ال");
    let first_def = def && post(toks[g].bare().trim_start_matches('ب').no_al()) || held_post(&toks[g]);
    if !(first && !def || first_def) {
        return None;
    }
    // (the second definite too after an indefinite first: «مالك العقار والمقاول المسؤول»)
    // (over «المسؤولة عن ...» in the first's phrase: «صاحب شركة الصيانة المسؤولة عن المصعد ورئيس
    // لجنة المبنى»)
    let responsible = |j: usize| j > g && toks[j].w == "عن" && matches!(toks[j - 1].bare(), "المسؤول" | "المسؤوله");
    // (or over where he works: «مسؤول الصيانة في القسم والمتعهد»)
    let place = |j: usize| j > g && toks[j].w == "في" && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.w.starts_with("ال") && matches!(n.lex, None | Some(Lex::Thing)));
    let reach = if (g + 1..s1.min(g + 5)).any(responsible) { 8 } else if (g + 1..s1.min(g + 4)).any(place) { 6 } else { 4 };
    // (or a trade by its nisba, definite: «بحبس مالك المعدية والمراكبي»)
    let nisba = |t: &Tok| t.lex.is_none() && t.bare().strip_prefix("ال").is_some_and(|w| w.ends_with('ي') && w.chars().count() >= 5);
    let second = (g + 1..s1.min(g + reach)).find(|&j| toks[j].w.starts_with('و') && ((post(toks[j].bare()) || toks[j].bare().strip_prefix("ال").is_some_and(post) || nisba(&toks[j])) && first && !def || his(&toks[j])))?;
    // (his companion ends the phrase, unless a third is joined: «سائق القطار ومساعده وعامل»)
    if his(&toks[second]) {
        let third = toks.get(second + 1).is_some_and(|t| second + 1 < s1 && t.w.starts_with('و') && (post(t.bare()) || held_post(t) || matches!(t.lex, Some(Lex::Group(..)))));
        return (!third && (g + 1..second).all(|j| toks[j].cls == Cls::Word && !toks[j].w.starts_with('و') && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Neg | Lex::Group(..))))).then(|| word_raw(Kind::Arrested, 2, Victims::People, i, second, g));
    }
    // (what a post is of may be people: «مشرف العمال»)
    let plain = |j: usize| toks[j].cls == Cls::Word && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Neg | Lex::Group(..))) || j > g && toks[j].bare().starts_with("ال") && matches!(toks[j].lex, Some(Lex::Group(..))) && post(toks[j - 1].bare().trim_start_matches(['ب', 'و']));
    // (two only: «سائق القطار ومساعده وعامل» are three)
    if !(g + 1..second).all(|j| (plain(j) || responsible(j) || place(j)) && !toks[j].w.starts_with('و')) {
        return None;
    }
    // (what for ends it too: «ومشرف الوردية لاستكمال الإجراءات», «للتحقيق»)
    let what_for = |j: usize| (toks[j].w.starts_with("لا") || toks[j].w.starts_with("لل")) && toks[j].w.chars().count() > 4;
    // («والمقاول المسؤول عن تعلية طوابق»: responsible, of what he did, no source)
    // (or who he is, by a relative clause: «والكهربائي الذي نفذ التمديدات»)
    let relative = |j: usize| matches!(toks[j].w.as_str(), "الذي" | "التي" | "الذين" | "اللذين" | "اللذان");
    let end = (second + 1..s1.min(second + 3)).take_while(|&j| (plain(j) || toks[j].bare() == "المسؤول") && !matches!(toks[j].w.as_str(), "عن" | "علي") && !toks[j].w.starts_with('و') && !what_for(j) && !relative(j) && number::read(toks, j, s1).is_none()).last().unwrap_or(second);
    // (or, within it, a word with «ب» of what he does: «والعون المكلف بتشغيل الجسر»)
    let closes_at = |e: usize| toks.get(e + 1).is_none_or(|t| e + 1 >= s1 || t.is_clause_end() || relative(e + 1) || t.cls == Cls::Num || number::read(toks, e + 1, s1).is_some() || matches!(t.lex, Some(Lex::Prep)) || matches!(t.w.as_str(), "عن" | "علي") || t.w.starts_with('و') && t.w.chars().count() > 3 || what_for(e + 1));
    let closes = closes_at(end) || (second..end).any(|e| toks[e + 1].w.starts_with('ب') && !toks[e + 1].def && toks[e + 1].lex.is_none());
    // (and a third post joined after the second's phrase, whose own phrase ends it: «اعتقال منظم
    // الكرنفال ومالك نظام الصوت وسائق الشاحنة»)
    // (over a word with «ب» of what the second does: «ومسير الشركة المكلفة بالبناء وسائق الرافعة»)
    let does = toks.get(end + 1).is_some_and(|t| end + 1 < s1 && t.w.starts_with('ب') && !t.def && t.lex.is_none() && t.cls == Cls::Word);
    let at3 = if does { end + 2 } else { end + 1 };
    let third = Some(at3).filter(|&j| j < s1 && toks[j].w.starts_with('و') && post(toks[j].bare()) && !def).and_then(|j| {
        let e3 = (j + 1..s1.min(j + 3)).take_while(|&k| plain(k) && !toks[k].w.starts_with('و') && !what_for(k) && number::read(toks, k, s1).is_none()).last().unwrap_or(j);
        closes_at(e3).then_some(j)
    });
    // (not a prison term: «بحبس مالك مطعم ومشرف صيانة سنتين»)
    let sentenced = filters::sentenced(toks, Kind::Arrested, i, i.saturating_sub(8), s1);
    if let Some(j) = third.filter(|_| !sentenced) {
        return Some(word_raw(Kind::Arrested, 3, Victims::People, i, j, g));
    }
    (closes && !sentenced).then(|| word_raw(Kind::Arrested, 2, Victims::People, i, second, g))
}

/// One person held, named by a trade or post, and a count of others held with him, joined by
/// «و» within a few words after the verb of arrest (`g`, the first word after it): «القبض على
/// صاحب المستودع واثنين من عماله», «أوقفت مالك المطعم وعاملين اثنين», «أوقفت مقاولاً
/// وعاملين», «اعتقال مالك المصنع و3 من مديريه»: one and the others. (One alone, which the
/// references count only sometimes, is left.)
fn post_and_others(toks: &[Tok], s1: usize, i: usize, g: usize) -> Option<Raw> {
    let t = &toks[g];
    // (or one named by a definite word the table does not know, when the others are his:
    // «وتوقيف المودع واثنين من أقاربه»)
    let his = |e: usize| toks.get(e + 1).is_some_and(|m| e + 1 < s1 && m.w == "من") && toks.get(e + 2).is_some_and(|o| e + 2 < s1 && o.cls == Cls::Word && ["ه", "ها"].iter().any(|p| o.w.ends_with(p) && !o.w.ends_with("هما")));
    let def = t.def || t.bare().starts_with("ال");
    let named = def && t.lex.is_none() && t.cls == Cls::Word && !["ين", "ون", "ات"].iter().any(|p| t.w.ends_with(p));
    // (or one by a noun, the table's or one it does not know, singular and not a band's:
    // «القبض على معالج تقليدي واثنين من مساعديه», «على صيدلاني وعاملَين»)
    let one = !def && !t.has_conj() && (matches!(t.lex, Some(Lex::Group(_, 1))) || unknown_word(t) && singular(stem(t)) && !not_one(stem(t)) && !stem(t).ends_with('ه'));
    if !(named || !def && held_post(t) || one) {
        return None;
    }
    // (over his construct and a place: «مدير الصيانة في المستشفى واثنين»)
    // (or a dual the text marks, «ومسؤولَين», whose entry annotate gave it)
    let marked = |t: &Tok| t.w.starts_with('و') && matches!(t.lex, Some(Lex::Group(_, 2))) && !t.def;
    let j = (g + 1..s1.min(g + 5)).take_while(|&j| toks[j].cls == Cls::Word && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_)))).find(|&j| toks[j].has_conj() || toks[j].w == "و" || marked(&toks[j]))?;
    let w = toks[j].w.as_str();
    let (n, end) = if matches!(w, "واثنين" | "واثنان") {
        (2, j)
    } else if matches!(toks[j].lex, Some(Lex::Group(_, 2))) {
        // («وعاملين اثنين»: the dual, and «two» repeating it)
        (2, if toks.get(j + 1).is_some_and(|n| j + 1 < s1 && ONE_TWO.contains(&n.w.as_str())) { j + 1 } else { j })
    } else if and_two_unknown(toks, j, s1) {
        // («وفنيَّين اثنين»: a noun the table does not know, and «two» after it)
        (2, j + 1)
    } else if let Some(p) = Some(j + usize::from(w == "و")).and_then(|at| number::read(toks, at, s1).filter(|p| p.a == at)) {
        let Q::N(n @ 2..=20) = p.q else { return None };
        // (not things seized with him: «ضبطت مدفعي هاون و16 قذيفة»)
        if toks.get(p.b + 1).is_some_and(|x| p.b + 1 < s1 && x.lex == Some(Lex::Thing)) {
            return None;
        }
        (n, p.b)
    } else if held_post(t) && unknown_word(&toks[j]) && one_in_the_accusative(&toks[j], toks[j].bare()) {
        // («صاحب المؤسسة المنظمة للرحلة ومرشداً يعمل لديه»: a post and one more, by a noun in
        // the accusative)
        (1, j)
    } else {
        return None;
    };
    if def && !his(end) {
        return None;
    }
    let mut r = word_raw(Kind::Arrested, 1 + n, Victims::People, i, end, g);
    r.pb = end;
    Some(r)
}

/// One person held, named by his trade or post, right after the verb of arrest (`g`, the first
/// word after it) or after its subject: «أوقفت سائق الشاحنة», «القبض على السائق»,
/// «بالاحتفاظ بسائق الشاحنة», «أوقفت الشرطة مدير الشركة», «ضبط صاحب محل الطهي». The post is
/// definite («السائق», «المتهم») or in construct with what it is of («سائق شاحنة», «مدير
/// الشركة»). Not one of more held: one joined after his phrase («مالك المعدية وقائدها»,
/// «السائق (22 عاماً) ومرافقيه», «حارس البناية، إلى جانب مستأجر الشقة»), or further on
/// («سائق الصهريج، الذي نجا ...، وصاحب الشركة»); nor «المشتبه فيهم», nor one more («المشتبه به
/// الثاني»), nor a term of custody for one named before («بحبس المتهم 60 يوماً»; not «بحبس مشرف
/// الوردية 7 أيام», one by his post in construct) or a verdict.
fn one_held_by_post(toks: &[Tok], s1: usize, i: usize, g: usize, f: Form) -> Option<Raw> {
    // (a word whose «و» is its own, what a post is of: «مدير وكالة الأسفار», «موظف وزارة»)
    let own_waw = |t: &Tok| matches!(t.w.as_str(), "وكاله" | "وزاره" | "وحده" | "ولايه" | "وكالات");
    let word = |j: usize| j < s1 && toks[j].cls == Cls::Word && (!toks[j].w.starts_with('و') || own_waw(&toks[j])) && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Neg | Lex::Others));
    let at = |g: usize| {
        let w = toks[g].bare().trim_start_matches('ب');
        let def_post = w.starts_with("ال") && held_post_word(w.no_al());
        // (or of the victim: «توقيف زوج الضحية»)
        let of_victim = |j: usize| j < s1 && toks[j].def && matches!(trig(toks[j].lex), Some((_, Form::Counted)));
        let construct = !w.starts_with("ال") && held_post_word(w) && (toks[g].lex.is_none() || held_post(&toks[g])) && (word(g + 1) || of_victim(g + 1));
        def_post || construct
    };
    let g = if at(g) {
        g
    } else if toks[g].def && matches!(toks[g].lex, Some(Lex::Group(_, 1))) && g + 1 < s1 && toks[g + 1].bare().starts_with("ال") && at(g + 1) {
        // («أوقفت الشاب المتهم»: the post in apposition)
        g + 1
    } else if f == Form::Verb {
        // (over the subject, a force and where it is from: «أوقفت دورية من مخابرات الجيش صاحب
        // الفرن»)
        // (not over others held: «اعتقلت الشرطة شخصين هما مالك المبنى», «شخصين آخرين كانا في شقة
        // السائق»)
        let subject = |k: usize| toks[k].cls == Cls::Word && !matches!(toks[k].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Neg | Lex::Others)) && !matches!(toks[k].lex, Some(Lex::Group(v, _)) if v != Victims::SecurityForces) && !held_post(&toks[k]);
        (g..s1.min(g + 7)).take_while(|&k| subject(k) || at(k)).find(|&k| k > g && at(k) && toks[g].lex != Some(Lex::Prep) && (g..k).any(|m| toks[m].bare().starts_with("ال")))?
    } else {
        return None;
    };
    // the phrase: the post and up to three words of it
    let mut e = g;
    while e + 1 < g + 4 && word(e + 1) && !matches!(toks[e + 1].w.as_str(), "مع" | "برفقه" | "رفقه") {
        e += 1;
    }
    // what comes after it, over an age in brackets and a comma
    let mut n = e + 1;
    if toks.get(n).is_some_and(|t| t.cls == Cls::Punct('(')) {
        n = (n + 1..s1.min(n + 6)).find(|&j| toks[j].cls == Cls::Punct(')')).map_or(n, |j| j + 1);
    }
    if toks.get(n).is_some_and(|t| t.cls == Cls::Punct(',')) {
        n += 1;
    }
    let companion = |t: &Tok| ["ه", "ها", "يه"].iter().any(|p| t.bare().strip_suffix(p).is_some_and(|w| matches!(w, "مساعد" | "معاون" | "مرافق" | "شريك" | "قائد" | "قبطان" | "والد" | "نجل" | "شقيق" | "ابن")));
    let person = |t: &Tok| held_post(t) || matches!(t.lex, Some(Lex::Group(..))) || matches!(t.bare(), "احد" | "احدي" | "اخر" | "اخرين" | "عدد") || companion(t) || t.bare().starts_with("ال") && (held_post_word(t.bare().no_al()) || t.lex.is_none() && !matches!(t.bare(), "الذي" | "التي" | "الذين"));
    // (right after it, a noun of one who does, «ومتعهد البناء», or of two or more, «ومهندسَين»,
    // «وفنيين»; not what was done, «وفتح تحقيق», «وإحالته»)
    let doer = |t: &Tok| t.lex.is_none() && !t.bare().starts_with("ال") && (t.bare().starts_with('م') && !t.bare().ends_with(['ه', 'ة']) || t.bare().ends_with("ين") || t.bare().ends_with('ا'));
    let joined_at = |j: usize| j < s1 && toks[j].w.starts_with('و') && (person(&toks[j]) || is_num(toks, j, s1) || toks[j].w == "و" || doer(&toks[j]));
    let beside = toks.get(n).is_some_and(|t| n < s1 && matches!(t.w.as_str(), "مع" | "برفقه" | "رفقه") || t.w == "الي" && toks.get(n + 1).is_some_and(|x| x.w == "جانب"));
    let beside_at = |j: usize| j + 1 < s1 && (matches!(toks[j].w.as_str(), "مع" | "برفقه") && person(&toks[j + 1]) || toks[j].w == "الي" && toks[j + 1].w == "جانب" && toks.get(j + 2).is_some_and(|t| j + 2 < s1 && person(t)));
    // (not what he is, after «وهو»: «أوقفت سائق الشاحنة، وهو وافد في الأربعينيات»)
    let described = |j: usize| toks[j - 1].w == "وهو" || toks[j - 1].w == "وهي";
    let more = joined_at(n) || beside || (e + 1..s1.min(g + 14)).any(|j| toks[j].w.starts_with('و') && person(&toks[j]) && !described(j) || beside_at(j));
    let many = toks.get(g + 1).is_some_and(|t| g + 1 < s1 && matches!(t.w.as_str(), "فيهم" | "بهم")) || (g + 1..=e).any(|j| matches!(toks[j].bare(), "الثاني" | "الثالث" | "الرابع" | "الخامس" | "الاخر"));
    let jail = toks[i].bare().trim_start_matches(['ب', 'و']).no_al() == "حبس";
    let verdict = (i.saturating_sub(12)..i).any(|j| matches!(toks[j].bare(), "قضت" | "حكمت" | "محكمه" | "المحكمه" | "الحكم"));
    // (a term of custody for the one already named, «بحبس المتهم 60 يوماً», is no new arrest; for
    // one by his post in construct, «أمرت بحبس مشرف الوردية 7 أيام», it is)
    let named_before = toks[g].bare().trim_start_matches('ب').starts_with("ال");
    let term = jail && (verdict || named_before && (e + 1..s1.min(e + 6)).any(|j| matches!(toks[j].bare(), "ايام" | "يوما" | "يوم" | "اسبوعين" | "ساعه" | "ساعات" | "اشهر" | "شهرا" | "سنه" | "سنوات")));
    if more || many || term || filters::sentenced(toks, Kind::Arrested, i, i.saturating_sub(8), s1) {
        return None;
    }
    Some(word_raw(Kind::Arrested, 1, Victims::People, i, g, g))
}

/// One or two held, told by the pronoun on the arrest's noun or after «على»: «قبل أن يتم
/// توقيفه», «من القبض عليه», «بعد القبض عليهما», «القبض عليه وشخصين آخرين» (him and the two
/// others: three). Not «عليهم», those counted before.
fn held_by_pronoun(toks: &[Tok], s1: usize, i: usize, k: Kind, f: Form) -> Option<Raw> {
    if k != Kind::Arrested {
        return None;
    }
    let n = |w: &str| if w.ends_with("هما") { Some(2) } else if w.ends_with("هم") || w.ends_with("هن") { None } else if w.ends_with('ه') || w.ends_with("ها") { Some(1) } else { None };
    let (n, at) = match f {
        Form::NeedsAla => {
            let t = toks.get(i + 1).filter(|_| i + 1 < s1)?;
            // («عليها» after «القبض» only: what «تحفظت عليها» kept is as often things, «تمثالين
            // ... تحفظت عليها منطقة الآثار»)
            let her = t.w == "عليها" && !toks[i].bare().contains("قبض");
            (n(&t.w).filter(|_| matches!(t.w.as_str(), "عليه" | "عليها" | "عليهما") && !her)?, i + 1)
        }
        // (the noun with its pronoun: «توقيفه», «اعتقالهما»; its stem a verbal noun of arrest;
        // after «تم/يتم», a passive verb: «قبل أن يتم توقيفه»)
        Form::Event | Form::Verb if toks[i].w.len() > toks[i].bare().no_al().len() || toks[i].w.ends_with('ه') => {
            let w = toks[i].w.as_str();
            let stem = ["هما", "ها", "ه"].iter().find_map(|p| w.strip_suffix(p))?;
            (lexicon::trig(lexicon::lookup(stem).map(|x| x.0)).is_some_and(|t| t.0 == Kind::Arrested).then_some(n(w)).flatten()?, i)
        }
        _ => return None,
    };
    // (not one of those counted, «أحد المتهمين ... تم القبض عليه»; nor resisted, «قاوم القبض
    // عليه»; nor asked about, «وفيه حد اتقبض عليه؟»)
    // (nor one of those just counted, «من بينهم المزود الرئيسي الذي تم إيقافه»)
    let one_of = (i.saturating_sub(12)..i).any(|j| matches!(toks[j].bare(), "احد" | "احدي" | "بينهم" | "منهم"));
    let resisted = i > 0 && (toks[i - 1].bare().starts_with("قاوم") || toks[i - 1].bare().no_al() == "مقاومه");
    let asked = s1 > 0 && toks.get(s1 - 1).is_some_and(|t| t.cls == Cls::Punct('?'));
    if one_of || resisted || asked {
        return None;
    }
    // («وإلقاء القبض عليه وشخصين آخرين»: and others with him)
    let others = toks.get(at + 1).filter(|_| at + 1 < s1).and_then(|t| if matches!(t.w.as_str(), "وشخصين" | "واثنين") { Some(2) } else { None });
    Some(word_raw(Kind::Arrested, n + others.unwrap_or(0), Victims::People, i, at + usize::from(others.is_some()), at))
}

/// The two held by their posts of two things, a dual in construct before a definite dual, right
/// after the verb of arrest (`g`): «احتجاز ربانَي السفينتين», «توقيف سائقَي الشاحنتين».
fn posts_of_two(toks: &[Tok], s1: usize, i: usize, g: usize) -> Option<Raw> {
    let stem = toks[g].bare().trim_start_matches('ب').strip_suffix('ي')?;
    let of_two = toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.cls == Cls::Word && t.bare().starts_with("ال") && t.bare().ends_with("ين") && !matches!(t.lex, Some(Lex::Group(..) | Lex::Trig(..) | Lex::Others)));
    // (not with others joined, «سائقى القطارين ومساعديهما», nor for a term: «بحبس ... أربعة أيام»)
    let joined = toks.get(g + 2).is_some_and(|t| g + 2 < s1 && t.w.starts_with('و'));
    (held_post_word(stem) && of_two && !joined && !filters::sentenced(toks, Kind::Arrested, i, i.saturating_sub(8), s1)).then(|| word_raw(Kind::Arrested, 2, Victims::People, i, g + 1, g))
}

/// A trade or post one held is named by, as a word: «سائق», «مالك», «المتهم» less «ال».
fn held_post_word(w: &str) -> bool {
    matches!(w.trim_end_matches('ا'), "مالك" | "صاحب" | "مدير" | "سائق" | "قائد" | "حارس" | "مشغل" | "مقاول" | "مشرف" | "موظف" | "مسؤول" | "مهندس" | "منظم" | "ربان" | "مسير" | "متهم" | "جاني" | "مشتبه" | "امين" | "زوج")
}

/// A trade, post or kinship one held is named by: «مالك», «سائق», «مقاولاً», «شقيق», «أمين
/// الشرطة».
fn held_post(t: &Tok) -> bool {
    // (the word as written first: «والد» is no «و» + «الد», nor «وكيل» «و» + «كيل»)
    matches!(t.w.trim_end_matches('ا'), "والد" | "وكيل") || matches!(t.bare().trim_end_matches('ا'), "مالك" | "صاحب" | "مدير" | "رئيس" | "سائق" | "مشغل" | "مقاول" | "مشرف" | "حارس" | "موظف" | "مسؤول" | "مهندس" | "قائد" | "امر" | "وكيل" | "منظم" | "مطلق" | "ربان" | "مسير" | "شقيق" | "نجل" | "والد" | "امين" | "زوج" | "مختار")
}

/// «ومساعديه الاثنين», «ومرافقيه الاثنين» at `j`: his two companions, «two» after them.
fn his_two(toks: &[Tok], j: usize, s1: usize) -> bool {
    j < s1 && toks[j].w.starts_with('و') && toks[j].bare().strip_suffix("يه").is_some_and(|w| matches!(w, "مساعد" | "معاون" | "مرافق")) && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && matches!(t.w.as_str(), "الاثنين" | "الاثنان"))
}

/// [`post_and_others`] as the object of an active verb of arrest (`j`) after its subject:
/// «وأوقفت الأجهزة الأمنية مالك المطعم وعاملين اثنين» (a subject with a definite word, up to
/// eight words, over no number, clause end, cue or trigger).
fn post_object(toks: &[Tok], s1: usize, j: usize, f: Form) -> Option<Raw> {
    let w = toks[j].bare();
    if f != Form::Verb || !(w.ends_with('ت') || w.starts_with('ا')) {
        return None;
    }
    let subject = |k: usize| toks[k].cls == Cls::Word && !matches!(toks[k].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Neg)) && !held_post(&toks[k]);
    // (or one named by a definite word and his two: «أوقفت مصالح الدرك الوطني الطباخ ومساعديه الاثنين»)
    let object = |k: usize| held_post(&toks[k]) || toks[k].bare().starts_with("ال") && his_two(toks, k + 1, s1);
    let p = (j + 1..s1.min(j + 10)).take_while(|&k| subject(k) || object(k)).find(|&k| object(k) && (j + 1..k).any(|m| toks[m].bare().starts_with("ال")))?;
    post_and_others(toks, s1, j, p).or_else(|| two_named_by_post(toks, s1, j, p))
}

/// A dual counted noun is its own count, 2: «سقوط قتيلين», «وجريحان»; not after a number.
fn dual_noun(toks: &[Tok], s0: usize, s1: usize, i: usize, k: Kind) -> Option<Raw> {
    // (not a definite dual: «شقيق أحد الشهيدين» tells of two counted before; nor one of
    // manner: «أصيب بإصابتين في الرأس», one man hurt twice)
    if toks[i].def || toks[i].bare().starts_with("باصاب") {
        return None;
    }
    let before = prev_sig(toks, i, s0).is_some_and(|j| is_num(toks, j, s1));
    // (nor before its people and «اثنين», which the number phrase reads: «جثتي مواطنين اثنين»)
    let two_after = toks.get(i + 2).filter(|_| i + 2 < s1).is_some_and(|t| ONE_TWO.contains(&t.w.as_str()));
    let v = victims::find(toks, i + 1, (i + 5).min(s1)).ok().flatten().unwrap_or(Victims::People);
    // («استقبل المستشفى جثتي مدنيين اثنين»: «اثنين» after the people repeats the count, the
    // noun's own; after a noun in construct)
    if two_after && !before && matches!(trig(toks[i].lex), Some((Kind::Killed, Form::Dual))) && toks[i].w.ends_with('ي') && !filters::raises_a_toll(toks, i + 2, s1) {
        return Some(word_raw(k, 2, v, i, i + 2, i));
    }
    // («يلفظ مصابان أنفاسهما», «جريحان لقيا حتفهما»: two of the hurt who died)
    // («قبل أن يتوفى مصابان»: or after a verb of dying)
    let died = (i + 1..s1.min(i + 3)).any(|j| trig(toks[j].lex) == Some((Kind::Killed, Form::After))) || k == Kind::Injured && i > s0 && trig(toks[i - 1].lex) == Some((Kind::Killed, Form::Verb));
    // («بعد وفاة جريحين متأثرين بإصابتهما»: or after a death's noun, from it)
    // (not «سقوط جريحين», two hurt who «fell»)
    let death_of = k == Kind::Injured && i > s0 && trig(toks[i - 1].lex) == Some((Kind::Killed, Form::Event)) && [toks[i - 1].w.as_str(), toks[i - 1].bare()].iter().any(|w| matches!(w.trim_start_matches('ب'), "وفاه" | "مقتل" | "مصرع" | "استشهاد"));
    let k = if died || death_of { Kind::Killed } else { k };
    let a = if death_of { i - 1 } else { i };
    (!before && !two_after).then(|| word_raw(k, 2, v, a, i, i))
}

/// A noun the table does not know (or a plural it knows, whose oblique a dual shares) joined
/// by «و», indefinite, with «اثنين» after it (before `s1`): «ومتطوعين اثنين», «ومنتسبَين اثنين».
fn and_two_unknown(toks: &[Tok], j: usize, s1: usize) -> bool {
    let t = &toks[j];
    matches!(t.lex, None | Some(Lex::Group(_, 0))) && !t.def && t.cls == Cls::Word && t.w.starts_with('و') && !t.w.starts_with("وال") && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && matches!(n.w.as_str(), "اثنين" | "اثنان"))
}

/// Those of a place or a vehicle, a plural in construct: «ركاب القارب», «سكان الحي», «عمال
/// المصنع» (after «أحد»: «وفاة أحد ركاب القارب»).
fn of_a_place(toks: &[Tok], j: usize, s1: usize) -> bool {
    let t = &toks[j];
    let plural = matches!(t.lex, Some(Lex::Group(_, 0))) || matches!(t.bare(), "ركاب" | "سكان" | "رواد" | "زوار");
    let def = |k: usize| toks.get(k).is_some_and(|n| k < s1 && n.cls == Cls::Word && n.w.starts_with("ال"));
    // (or of a place in construct with what it is of: «حراس محطة التحكم»)
    let chain = toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.cls == Cls::Word && !n.has_conj() && matches!(n.lex, None | Some(Lex::Thing)) && !n.w.starts_with("ال")) && def(j + 2);
    plural && !t.def && (def(j + 1) || chain)
}

/// One of the family (or a friend) of those just counted, hurt, right after a passive verb of
/// injury or a joined noun of it: «وأصيبت والدتهم بحالة اختناق», «وفاة ثلاثة أشقاء وإصابة
/// والدتهم وشقيقتهم» (two, one joined), «وإصابة صديقه الذي كان يرافقه».
fn kin_hurt(toks: &[Tok], s1: usize, i: usize, g: usize, k: Kind, f: Form) -> Option<Raw> {
    let kin = |w: &str| ["ها", "ه", "هم", "هما"].iter().any(|p| w.strip_suffix(p).is_some_and(|s| matches!(s, "والد" | "والدت" | "شقيق" | "شقيقت" | "ابن" | "ابنت" | "زوج" | "زوجت" | "نجل" | "صديق" | "رفيق" | "زميل" | "جد" | "جدت")));
    let verb = f == Form::Verb && matches!(toks[i].bare(), "اصيب" | "اصيبت");
    // (the death it is joined to up to sixteen words before, over where and when: «بعد وفاة فتاة
    // ... خلال جلسة أقامها في منزل شعبي بمحافظة صبيا، وإصابة شقيقتها»)
    let joined = f == Form::Event && matches!(toks[i].bare(), "اصابه" | "مقتل" | "وفاه" | "مصرع" | "استشهاد") && toks[i].has_conj() && (i.saturating_sub(16)..i).any(|j| trig(toks[j].lex).is_some_and(|t| t.0 != Kind::Arrested));
    if k != Kind::Injured || !(verb || joined) || g != i + 1 || !kin(&toks[g].w) {
        return None;
    }
    let second = toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.w.strip_prefix('و').is_some_and(kin));
    Some(if second { word_raw(k, 2, Victims::People, i, g + 1, g) } else { word_raw(k, 1, Victims::People, i, g, g) })
}

/// One killed or hurt, told by a verb and a noun, and those joined to him by «و» in the same
/// clause, each one a person of the table or kin with a pronoun, over what is told of each:
/// «توفيت سائحة أوروبية وسائح آسيوي» (2), «لقيت امرأة في الأربعينيات وابنتها البالغة 9
/// سنوات حتفهما» (2), «مصرع عامل يبلغ من العمر 38 عاماً، وشقيقه 41 عاماً، ونجل عمهما» (3).
/// Not over another trigger, a number or the clause's end («قُتل شاب وأصيب آخر»).
fn joined_ones(toks: &[Tok], s1: usize, r: Raw) -> Raw {
    if r.q != Quantity::Exact(1) || !matches!(r.kind, Kind::Killed | Kind::Injured) || r.pa <= r.a {
        return r;
    }
    let kin = |t: &Tok| t.w.starts_with('و') && ["ها", "ه", "هم", "هما"].iter().any(|p| t.bare().strip_suffix(p).is_some_and(|s| matches!(s, "والد" | "والدت" | "شقيق" | "شقيقت" | "ابن" | "ابنت" | "زوج" | "زوجت" | "نجل" | "صديق" | "رفيق" | "زميل" | "سائق" | "مرافق" | "حارس")));
    // («ونجل عمهما»: a son in construct)
    let one = |t: &Tok| t.w.starts_with('و') && (!t.def && matches!(t.lex, Some(Lex::Group(_, 1))) || kin(t) || t.bare() == "نجل");
    let (mut n, mut b, mut j) = (1, r.b, r.b + 1);
    while j < s1 && j <= b + 10 {
        let t = &toks[j];
        if one(t) {
            n += 1;
            b = j;
        } else if t.cls == Cls::Punct(',') {
            // (a comma only before the next one joined: «، وشقيقه»)
            if !toks.get(j + 1).is_some_and(|x| j + 1 < s1 && one(x)) {
                break;
            }
        } else if t.is_clause_end() || t.cls == Cls::Num && toks.get(j + 1).is_none_or(|x| !matches!(x.bare(), "عاما" | "عام" | "سنه" | "سنوات" | "اعوام")) || matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Others)) || t.w.starts_with('و') && t.lex.is_some() {
            break;
        }
        j += 1;
    }
    if n == 1 {
        return r;
    }
    Raw { q: Quantity::Exact(n), b, pb: b, ..r }
}

/// One of a family joined to the one before: «وطفل», «وطفلها», «وابنه», «وزوجته» («امرأة
/// وطفلها», «رجل وابنه»).
fn her_one(t: &Tok) -> bool {
    let w = t.bare();
    let kin = |s: &str| matches!(s, "طفل" | "طفلت" | "ابن" | "ابنت" | "نجل" | "زوج" | "زوجت" | "شقيق" | "شقيقت" | "والد" | "والدت");
    t.w.starts_with('و') && !t.def && (matches!(w, "طفل" | "طفله" | "رضيع") || ["ها", "ه"].iter().any(|p| w.strip_suffix(p).is_some_and(kin)))
}

/// A verb or verbal noun followed by an indefinite singular or dual noun of
/// people counts 1 or 2: «قُتل متظاهر», «وأصيب شرطيان», «مقتل شرطيين», «القبض
/// على متهم»; a place or cause may come between («وقتل في الهجوم جندي»), a
/// number word may repeat the count («شخصا واحدا»), and a qualifier may follow
/// («صحفي واحد على الأقل»). A definite plural followed by its number as an
/// adjective counts that number: «قتلت المسلحين الثلاثة», «مقتل المسلحين
/// الخمسة».
fn noun_after_trigger(toks: &[Tok], s1: usize, i: usize, k: Kind, f: Form) -> Option<Raw> {
    let mut g = next_sig(toks, i + 1, s1)?;
    if f == Form::NeedsAla {
        if toks[g].w != "علي" {
            return None;
        }
        g = next_sig(toks, g + 1, s1)?;
        // «قضت على جميع الإرهابيين الأربعة»
        if toks[g].w == "جميع" {
            g = next_sig(toks, g + 1, s1)?;
        }
    }
    // «قضى على عنصرين»: «قضى» (died) with «على» is «killed»
    if f == Form::Verb && toks[i].bare() == "قضي" && toks[g].w == "علي" {
        g = next_sig(toks, g + 1, s1)?;
    }
    // («وراح ضحيتها شخصان»: over the victims' word that made the verb one of killing)
    if f == Form::Verb && matches!(toks[g].bare(), "ضحيتها" | "ضحيته" | "ضحيتهم") {
        g = next_sig(toks, g + 1, s1)?;
    }
    // «وأصيب أيضا عنصران»: an adverb between the verb and its subject
    // (or «فيه», «خلالها», after a verb or «قتل» read as either: «الهجوم الذي قتل فيه شخصان»)
    let pronoun_prep = matches!(toks[g].w.as_str(), "فيه" | "فيها" | "فيهما" | "خلاله" | "خلالها" | "بسببه" | "بسببها" | "جراءه" | "جراءها");
    if f == Form::Verb && matches!(toks[g].bare(), "ايضا" | "كذلك") || matches!(f, Form::Verb | Form::Event) && pronoun_prep {
        g = next_sig(toks, g + 1, s1)?;
    }
    // «توفي صباح اليوم الثلاثاء عون أمن»: a time between the verb and its subject (a part of
    // the day, the day, and its name)
    if f == Form::Verb && matches!(toks[g].bare(), "صباح" | "مساء" | "فجر" | "ظهر" | "ليل" | "ليله" | "عصر") && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && matches!(t.bare(), "اليوم" | "امس")) {
        g = next_sig(toks, g + 2, s1)?;
        if super::dates::weekday(&toks[g]).is_some() {
            g = next_sig(toks, g + 1, s1)?;
        }
    }
    // «وقتل في الهجوم جندي»: a place or cause between the verb and its subject
    if f == Form::Verb && toks[g].lex == Some(Lex::Prep) && toks.get(g + 1).is_some_and(|t| t.w.starts_with("ال") && matches!(t.lex, None | Some(Lex::Thing))) && g + 2 < s1 {
        g += 2;
        // (and its adjective: «وأصيب في الغارة الثانية صحفي»)
        if toks[g].w.starts_with("ال") && toks[g].cls == Cls::Word && matches!(toks[g].lex, None | Some(Lex::Thing)) && g + 1 < s1 && !toks[g + 1].w.starts_with("ال") && matches!(toks[g + 1].lex, Some(Lex::Group(_, 1 | 2))) {
            g += 1;
        }
    }
    // («سقوط عامل من سقالة», «عن سقوط عامل من الطابق السادس»: a fall, not a death)
    let from_a_height = toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.w == "من") && toks.get(g + 2).is_some_and(|t| g + 2 < s1 && !matches!(t.lex, Some(Lex::Group(..))) && !t.is_in(&lexicon::MEN_OF));
    if k == Kind::Killed && toks[i].bare().trim_start_matches('ب') == "سقوط" && from_a_height && !matches!(trig(toks[g].lex), Some((_, Form::Counted))) {
        return None;
    }
    // (not one sought, whom no one holds yet: «جارية لتوقيف شخص سادس», «معلومات تقود إلى القبض على
    // قائد الفصيل»)
    let leads_to = i >= 2 && toks[i - 1].w == "الي" && matches!(toks[i - 2].bare(), "تقود" | "يقود" | "تؤدي" | "يؤدي");
    if k == Kind::Arrested && (toks[i].bare().starts_with('ل') && !toks[i].bare().starts_with("ال") || leads_to) {
        return None;
    }
    // «بحبس مالك العقار ومؤجر الباطن», «القبض على مشغّل القاعة وعامل كهرباء»: two held, each
    // named by his trade or post
    if k == Kind::Arrested {
        if let Some(r) = post_and_others(toks, s1, i, g).or_else(|| post_object(toks, s1, i, f)).or_else(|| two_named_by_post(toks, s1, i, g)).or_else(|| posts_of_two(toks, s1, i, g)) {
            return Some(r);
        }
        if let Some(r) = one_held_by_post(toks, s1, i, g, f) {
            return Some(r);
        }
    }
    // «وأصيب آخر», «وإصابة ثالث بجروح»: one more, of the clause's group
    // (or its cause: «وإصابة ثالث بانفجار لغم»)
    // (or what befell him, by «ب»: «أصيب ثالث بكسور»; or a verb telling of him: «وإصابة ثالث
    // نُقل إلى المستشفى»)
    let told_of = |t: &Tok| matches!(t.bare(), "نقل" | "نقلت" | "يرقد" | "ترقد" | "يخضع" | "تخضع" | "وصفت" | "وصف" | "حالته" | "حالتها");
    let end_after = |j: usize| next_sig(toks, j + 1, s1).is_none_or(|k| toks[k].is_clause_end() || matches!(toks[k].lex, Some(Lex::Prep | Lex::Trig(..))) || toks[k].w.starts_with('ب') && !toks[k].def && toks[k].w.chars().count() > 3 || told_of(&toks[k]));
    // («وأصيب آخران»: two more, the dual as it stands as a subject)
    let two_more = toks[g].w == "اخران";
    if (toks[g].is_in(&ONE_MORE) || two_more) && f != Form::NeedsAla && end_after(g) {
        let mut r = word_raw(k, if two_more { 2 } else { 1 }, Victims::People, i, g, g);
        r.victims = None;
        return Some(r);
    }
    // «أصيب مزارع بشظايا قذيفة», «توفيت راكبة ليبية»: one, a noun the table does not know,
    // the subject of a passive verb of killing or injuring right before it
    if let Some(r) = unknown_one(toks, s1, i, g, k, f).or_else(|| kin_hurt(toks, s1, i, g, k, f)) {
        return Some(r);
    }
    // «كما أصيب المتهم نفسه بكسر»: one named before, «himself»
    if k != Kind::Arrested && f == Form::Verb && toks[g].bare().starts_with("ال") && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && matches!(t.w.as_str(), "نفسه" | "نفسها")) {
        return Some(word_raw(k, 1, Victims::People, i, g + 1, g));
    }
    // «وأصيب الثمانية الآخرون بجروح»: the rest, a definite number and «الآخرون»
    if toks[g].w.starts_with("ال") && toks[g].cls == Cls::Word {
        if let Some(p) = number::read_def(toks, g, s1).filter(|p| toks.get(p.b + 1).is_some_and(|x| x.lex == Some(Lex::Others) && x.w.starts_with("ال"))) {
            if let Q::N(n @ 2..) = p.q {
                let mut r = word_raw(k, n, Victims::People, i, p.b + 1, g);
                r.pb = p.b;
                r.victims = None;
                return Some(r);
            }
        }
    }
    if let (Some(Lex::Group(v, 0)), true) = (toks[g].lex, toks[g].def) {
        let p = number::read_def(toks, g + 1, s1)?;
        // («بسقوط العمال الخمسة من ارتفاع 12 متراً»: a fall, not deaths)
        if toks[i].bare().trim_start_matches('ب') == "سقوط" && toks.get(p.b + 1).is_some_and(|t| t.w == "من") {
            return None;
        }
        // («بحبس المتهمَين الاثنين 7 أيام»: «الاثنين» after a dual is «the two», not Monday,
        // unless a word of time follows: «الاثنين الماضي»)
        let two = p.q == Q::N(2) && toks[g].w.ends_with("ين") && toks.get(p.b + 1).is_none_or(|t| p.b + 1 >= s1 || !(t.is_in(&PAST) || matches!(t.bare(), "المقبل" | "الموافق")));
        let Q::N(n @ 3..) = p.q else {
            return two.then(|| word_raw(k, 2, victims::men_of(toks, g, v), i, p.b, g + 1));
        };
        return Some(word_raw(k, n, victims::men_of(toks, g, v), i, p.b, g + 1));
    }
    // «وفاة أحد المتسللين», «مقتل أحد عناصر الأمن», «إصابة أحد جنوده»: one of those named
    // after it killed or hurt (not «أحد عشر», eleven; not one of the hurt who died, «وفاة أحد
    // المصابين», which a toll counts already; nor one of those sought, arrested: news that
    // tells of the arrest of each one counts none)
    // (but one of the hurt said to have died, in a rumour denied or a version withdrawn, is the
    // rumour's figure: «نفى المصدر ما راج ... بشأن وفاة أحد المصابين», «أوردت في نسخة سابقة ...
    // وفاة أحد المصابين»)
    let told = || {
        (i.saturating_sub(20)..i).rev().take_while(|&j| !matches!(toks[j].cls, Cls::Punct('.') | Cls::Break)).any(|j| {
            matches!(toks[j].lex, Some(Lex::Deny | Lex::Retract)) || toks[j].is_in(&lexicon::TOLD) || toks[j].is_in(&lexicon::PASSED_ROUND) || matches!(toks[j].bare(), "راج" | "تداولت" | "اوردت" | "نسخه")
        })
    };
    let casualty = |t: &Tok| matches!(trig(t.lex), Some((_, Form::Counted))) && !(k == Kind::Killed && told());
    if k != Kind::Arrested && matches!(toks[g].bare(), "احد" | "احدي") && toks.get(g + 1).filter(|_| g + 1 < s1).is_some_and(|t| !casualty(t)) && toks.get(g + 1).filter(|_| g + 1 < s1).is_some_and(|t| t.cls == Cls::Word && t.w != "عشر" && (t.w.starts_with("ال") || t.is_in(&lexicon::MEN_OF) || t.with_possessive() || of_a_place(toks, g + 1, s1) || plural_in_construct(toks, g + 1, s1))) {
        let v = match toks[g + 1].lex {
            Some(Lex::Group(v, _)) => victims::men_of(toks, g + 1, v),
            _ => victims::men_of(toks, g + 1, Victims::People),
        };
        return Some(word_raw(k, 1, v, i, g + 1, g));
    }
    // «ما أدى إلى مقتل أحدهم», «وإصابة إحداهن»: one of those just named, after the event's
    // noun (not after a verb, «سقط أحدهما», one of two missiles; nor one of two counted
    // before, «أصيب أحدهما بشظايا»)
    if k != Kind::Arrested && f == Form::Event && matches!(toks[g].bare(), "احدهم" | "احداهن") {
        return Some(word_raw(k, 1, Victims::People, i, g, g));
    }
    // («أوقفت مستوطنَين اثنين»: a noun the table does not know, and «two» after it)
    if toks[g].lex.is_none() && toks[g].cls == Cls::Word && !toks[g].w.starts_with("ال") && toks.get(g + 1).filter(|_| g + 1 < s1).is_some_and(|t| matches!(t.w.as_str(), "اثنين" | "اثنان")) {
        return Some(word_raw(k, 2, Victims::People, i, g + 1, g));
    }
    // «عن وفاة موقوف في مركز الإصلاح», «مقتل معتقل»: one detainee who died or was hurt
    let detainee = k != Kind::Arrested && f != Form::NeedsAla && !toks[g].def && matches!(toks[g].bare(), "موقوف" | "موقوفا" | "معتقل" | "معتقلا" | "محتجز" | "محتجزا");
    if detainee && next_sig(toks, g + 1, s1).is_none_or(|j| !is_num(toks, j, s1)) {
        return Some(word_raw(k, 1, Victims::People, i, g, g));
    }
    // «لقي راع مصرعه», «لقي سائق توصيل آسيوي حتفه»: one who met his death, whoever he was
    // (two, one and one of his, «لقيت امرأة وطفلها حتفهما»)
    if f == Form::Verb && matches!(toks[i].bare(), "لقي" | "لقيت") && !toks[g].def && !toks[g].bare().starts_with("ال") {
        if let Some(e) = (g + 2 < s1 && her_one(&toks[g + 1]) && matches!(toks[g + 2].w.as_str(), "حتفهما" | "مصرعهما")).then_some(g + 2) {
            return Some(word_raw(k, 2, Victims::People, i, e, g));
        }
        // («لقي عاملا صيانة مصرعهما»: two, a dual in construct)
        if let Some(e) = (g + 1..s1.min(g + 4)).find(|&j| matches!(toks[j].bare(), "حتفهما" | "مصرعهما")).filter(|&e| (g..e).all(|j| toks[j].cls == Cls::Word && !toks[j].def && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep))) && !her_one(&toks[g + 1]) && matches!(toks[g].lex, None | Some(Lex::Group(_, 1)))) {
            return Some(word_raw(k, 2, Victims::People, i, e, g));
        }
        // (an age in brackets after the noun is passed over: «لقي مسن (71 عاماً) حتفه»)
        let age = (g + 1 < s1 && toks[g + 1].cls == Cls::Punct('('))
            .then(|| (g + 2..s1.min(g + 6)).find(|&j| toks[j].cls == Cls::Punct(')')))
            .flatten()
            .filter(|&c| (g + 2..c).any(|j| toks[j].cls == Cls::Num));
        let (h, skip) = age.map_or((g, 0), |c| (c, c - g));
        let end = (h + 1..s1.min(h + 6)).find(|&j| matches!(toks[j].bare(), "حتفه" | "مصرعه" | "حتفها" | "مصرعها"));
        // (or one and those he is of: «لقي غطاس من الحماية المدنية حتفه»)
        let of = g + 1 < s1 && toks[g + 1].w == "من" && !toks[g].def;
        let word = |j: usize| toks[j].cls == Cls::Word && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Thing));
        let plain = |j: usize| j == g || j > h;
        let fits = |e: usize| if of { word(g) && (g + 2..e).all(|j| word(j) && toks[j].w != "من") && e > g + 2 } else { (g..e).filter(|&j| plain(j)).all(|j| word(j) && !toks[j].def) && e <= g + 4 + skip };
        if let Some(end) = end.filter(|&e| fits(e)) {
            let v = (g..end).find_map(|j| match toks[j].lex {
                Some(Lex::Group(v, _)) => Some(v),
                _ => None,
            });
            return Some(word_raw(k, 1, v.unwrap_or(Victims::People), i, end, g));
        }
    }
    // «مقتل امرأة وإصابة زوجها»: one of the family of one just counted, after the event's noun
    // joined by «و» (not «بعد وفاة والده», a death of its own)
    let kin = |t: &Tok| ["ها", "ه"].iter().any(|p| t.bare().strip_suffix(p).is_some_and(|s| matches!(s, "زوج" | "زوجت" | "ابن" | "ابنت" | "نجل" | "والد" | "والدت" | "طفل" | "طفلت")));
    if k != Kind::Arrested && f == Form::Event && toks[i].has_conj() && kin(&toks[g]) && (i.saturating_sub(4)..i).any(|j| matches!(toks[j].lex, Some(Lex::Group(_, 1..=2)))) {
        return Some(word_raw(k, 1, Victims::People, i, g, g));
    }
    let Some(Lex::Group(v, n @ 1..=2)) = toks[g].lex else { return None };
    // (not one held by his post, in construct, whom `one_held_by_post` left: one of more held,
    // «أوقفوا حارس العمارة ومستأجراً»)
    if k == Kind::Arrested && n == 1 && held_post(&toks[g]) && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.bare().starts_with("ال")) {
        return None;
    }
    // (a definite dual is two named after it: «استشهاد الشابين محمد سامي عودة (19 عاما) وأنس ...»)
    let named = n == 2 && toks.get(g + 1).filter(|_| g + 1 < s1).is_some_and(|x| x.cls == Cls::Word && x.lex.is_none() && !x.w.starts_with("ال"));
    // (or two a court orders held, definite: «وأمرت النيابة العامة بحبس المتهمَين»)
    let ordered = n == 2 && k == Kind::Arrested && f == Form::Event && matches!(toks[i].bare(), "حبس" | "بحبس" | "وحبس");
    if toks[g].def && !named && !ordered {
        return None;
    }
    let v = victims::men_of(toks, g, v);
    // «شخصا واحدا» / «شخصين اثنين»: the number word belongs to the noun
    let mut b = g;
    if let Some(j) = next_sig(toks, g + 1, s1) {
        if ONE_TWO.contains(&toks[j].w.as_str()) {
            b = j;
        } else if is_num(toks, j, s1) && !(toks[j].has_conj() || toks[j].w == "و") {
            // (but a term after them is no count of theirs: «بحبس المتهمَين ٢١ يوماً»)
            let term = number::read(toks, j, s1).is_some_and(|p| toks.get(p.b + 1).is_some_and(|t| p.b + 1 < s1 && matches!(t.bare(), "يوما" | "يوم" | "ايام" | "ساعه" | "ساعات" | "اسبوعا" | "اسبوعين" | "اسابيع" | "شهرا" | "شهرين" | "اشهر")));
            if !term {
                return None;
            }
        } else if let Some(p) = number::read(toks, j, s1).filter(|_| toks[j].has_conj() || toks[j].w == "و") {
            // (a count joined after it is its own, «أودى بحياة شخص وعشرات من رؤوس الإبل»;
            // but not one and a count of hers or his, «قُتلت امرأة وثلاثة من أطفالها», which
            // the references count as they please: three, four, or the total told after)
            let hers = toks.get(p.b + 1).is_some_and(|t| p.b + 1 < s1 && t.w == "من") && toks.get(p.b + 2).is_some_and(|t| p.b + 2 < s1 && t.cls == Cls::Word && ["ها", "ه"].iter().any(|x| t.w.ends_with(x)) && !t.w.ends_with("هما"));
            if hers {
                return None;
            }
        }
    }
    // «توفيت سيدة وطفلاها»: one, and her two (a dual with her pronoun) with her
    let her_two = |t: &Tok| t.w.starts_with('و') && ["اها", "اه", "يها", "يه"].iter().any(|p| t.bare().strip_suffix(p).is_some_and(|s| matches!(s, "طفل" | "ابن" | "ابنت" | "طفلت" | "شقيق" | "شقيقت")));
    // («مقتل امرأة وطفلين»: one and two more, joined: three)
    let and_two = |t: &Tok| t.w.starts_with('و') && !t.def && matches!(t.lex, Some(Lex::Group(_, 2)));
    if n == 1 && b == g && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && (her_two(t) || and_two(t))) {
        return Some(word_raw(k, 3, Victims::People, i, g + 1, g));
    }
    // («استشهاد ضابط ومنتسبَين اثنين»: a noun the table does not know, and «two» after it)
    // (a plural the table knows, of the same group: «ضابط ومنتسبين اثنين», not «شرطي ومدنيين اثنين»)
    let same = |t: &Tok| t.lex.is_none() || t.lex == Some(Lex::Group(v, 0));
    if n == 1 && b == g && g + 1 < s1 && and_two_unknown(toks, g + 1, s1) && same(&toks[g + 1]) {
        return Some(Raw { pb: g + 2, ..word_raw(k, 3, victims::men_of(toks, g, v), i, g + 2, g) });
    }
    // («قتلوا حارساً ومعلماً»: one and one more of another trade: two)
    let and_one = |t: &Tok| t.has_conj() && !t.def && matches!(t.lex, Some(Lex::Group(_, 1)));
    // («وفاة امرأة وطفل», «توفي رجل وابنه»: one, and one of hers or his with her: two)
    if n == 1 && b == g && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && (her_one(t) || and_one(t))) {
        return Some(word_raw(k, 2, Victims::People, i, g + 1, g));
    }
    // («إصابة طبيبين وممرضة»: two, and one more of another trade: three; not one of theirs,
    // «مقتل شقيقين ووالدهما», which the references count as they please)
    let ends_at = |j: usize| toks.get(j + 1).is_none_or(|t| j + 1 >= s1 || t.is_clause_end() || matches!(t.lex, Some(Lex::Prep | Lex::Trig(..))) || t.w.starts_with('ب') && !t.def);
    if n == 2 && b == g && !toks[g].def && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && and_one(t)) && ends_at(g + 1) {
        return Some(word_raw(k, 3, Victims::People, i, g + 1, g));
    }
    let mut r = word_raw(k, n as u64, v, i, b, g);
    if let Some((qa, end)) = qualifier::after(toks, b + 1, (b + 4).min(s1)) {
        r.q = match qa {
            Before::AtLeast => Quantity::AtLeast(n as u64),
            Before::AtMost => Quantity::AtMost(n as u64),
            _ => Quantity::About(n as u64),
        };
        r.b = end;
    }
    Some(r)
}

/// One person told by a noun the table does not know (`g`), the subject of a passive verb of
/// killing or injuring right before it (`i`): «أصيب مزارع بشظايا قذيفة», «توفيت راكبة ليبية»,
/// «توفي منقب». The noun is indefinite and singular, no preposition's object («أصيب بانفجار»),
/// no adverb («توفي متأثراً», «قُتل غرقاً», «قُتل صباح أمس») and no number. Or one after a
/// death's noun who died of his wounds: «وفاة ممرض متأثراً بإصابته».
fn unknown_one(toks: &[Tok], s1: usize, i: usize, g: usize, k: Kind, f: Form) -> Option<Raw> {
    // («قُتل خلاله موظف صرافة»: over a preposition with the event's pronoun)
    let over = g == i + 2 && matches!(toks[i + 1].w.as_str(), "فيه" | "فيها" | "خلاله" | "خلالها");
    // («بوفاة سائق الحافلة»: after an event's noun, a trade or post in construct)
    // (as an outcome: «بوفاة», «عن مقتل», «إلى إصابة»; not «تحقيق في مقتل سائق التوصيل», one
    // told of before, nor «منذ اغتيال رئيس البلاد»)
    // (over a quote opened on the noun: «عن "وفاة نجل الإمام متأثراً بجراحه"»)
    let before = if i > 1 && toks[i - 1].is_quote() { i - 1 } else { i };
    // (or what it followed: «إثر اغتيال آمر كتيبة محلية», «على اغتيال مختار قرية», «غداة مقتل الشاب»)
    let outcome = toks[i].w.starts_with('ب') || before > 0 && matches!(toks[before - 1].bare(), "عن" | "الي" | "اثر" | "عقب" | "غداه" | "علي");
    if f == Form::Event && outcome && k != Kind::Arrested && g == i + 1 && g + 1 < s1 && !toks[g].def && held_post(&toks[g]) && toks[g + 1].w.starts_with("ال") && toks[g + 1].cls == Cls::Word {
        return Some(word_raw(k, 1, Victims::People, i, g + 1, g));
    }
    // («أسفر عن وفاة سائق دراجة توصيل (29 عاماً)»: or what it is of, indefinite, up to two words,
    // then the clause ends, an age or «و» follows)
    let of_what = |j: usize| j < s1 && toks[j].cls == Cls::Word && !toks[j].has_conj() && !toks[j].w.starts_with("ال") && matches!(toks[j].lex, None | Some(Lex::Thing)) && number::read(toks, j, s1).is_none();
    // (or by whose hand: «حادثة مقتل بائع شاي برصاص أمين شرطة»)
    // (or where: «إثر اغتيال آمر كتيبة محلية أمام منزله», «في قضاء المقدادية»)
    let stops = |j: usize| toks.get(j).is_none_or(|t| j >= s1 || t.is_clause_end() || t.cls == Cls::Punct('(') || t.w.starts_with('و') || t.is_in(&lexicon::BY_AGENT) && t.w.starts_with('ب') || t.lex == Some(Lex::Prep) || matches!(t.w.as_str(), "امام" | "قرب" | "داخل" | "وسط" | "عند" | "اثناء" | "خلال"));
    // (not after «بحياة», which the references leave out in a toll's telling: «أودى بحياة سائق
    // شاحنة»)
    let life = [toks[i].w.as_str(), toks[i].bare()].contains(&"بحياه");
    if f == Form::Event && outcome && !life && k != Kind::Arrested && g == i + 1 && !toks[g].def && held_post(&toks[g]) && of_what(g + 1) {
        let e = if of_what(g + 2) && stops(g + 3) { Some(g + 2) } else { stops(g + 2).then_some(g + 1) };
        if let Some(e) = e {
            return Some(word_raw(k, 1, Victims::People, i, e, g));
        }
    }
    // («إلى استشهاد وكيل شرطة»: a rank of a force, the force indefinite)
    if f == Form::Event && outcome && k != Kind::Arrested && g == i + 1 && g + 1 < s1 && !toks[g].def && held_post(&toks[g]) && matches!(toks[g + 1].w.as_str(), "شرطه" | "امن" | "جيش" | "درك") {
        return Some(word_raw(k, 1, Victims::SecurityForces, i, g + 1, g));
    }
    // («بمقتل حارس وإصابة صاحب محل للصيرفة», «عن مصرع الأربعة وإصابة أمين شرطة بطلق ناري»: after
    // an outcome's noun, one by a post or a noun the table does not know, after a second noun
    // joined to it)
    let joined = f == Form::Event && matches!(toks[i].bare(), "اصابه" | "مقتل" | "وفاه" | "مصرع" | "استشهاد") && toks[i].has_conj() && (i.saturating_sub(8)..i).any(|j| trig(toks[j].lex).is_some_and(|t| t.1 == Form::Event && t.0 != Kind::Arrested) && (toks[j].w.starts_with('ب') || j > 0 && matches!(toks[j - 1].bare(), "عن" | "الي")));
    let one = |t: &Tok| !t.def && (held_post(t) && !matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_))) || unknown_word(t) && singular(stem(t)) && !not_one(stem(t)));
    // (and what he is of, or what befell him: «صاحب محل», «مزارع فلسطيني», «أمين شرطة بطلق ناري»)
    let then = |t: &Tok| t.cls == Cls::Word && !t.w.starts_with('و') && (!matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Neg | Lex::Others)) || t.w.starts_with('ب'));
    if joined && k != Kind::Arrested && g == i + 1 && one(&toks[g]) && number::read(toks, g, s1).is_none() && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && then(t) && number::read(toks, g + 1, s1).is_none()) {
        // (a post of a force: «وإصابة أمين شرطة»)
        let force = held_post(&toks[g]) && matches!(toks[g + 1].bare().no_al(), "شرطه" | "امن" | "جيش" | "درك");
        return Some(word_raw(k, 1, if force { Victims::SecurityForces } else { Victims::People }, i, g, g));
    }
    // («عن وفاة راكبة سبعينية», «وفاة معتمرة مسنة»: after an event's noun, one by a noun the
    // table does not know and an adjective that agrees with it, then the clause ends or tells
    // where, when or how)
    let adjective = |t: &Tok| unknown_word(t) && !t.has_conj() && singular(stem(t)) && !not_one(stem(t)) && stem(t).ends_with('ه') == stem(&toks[g]).ends_with('ه') && number::read(toks, g + 1, s1).is_none();
    // (or a verb of what he does, «وفاة فني آسيوي يعمل لدى إحدى الشركات», or by whose hand:
    // «حادثة مقتل بائع شاي برصاص أمين شرطة»)
    let closes = |j: usize| toks.get(j).is_none_or(|t| j >= s1 || t.is_clause_end() || matches!(t.lex, Some(Lex::Prep)) || matches!(t.bare(), "بعد" | "اثر" | "عقب" | "جراء" | "خلال" | "يعمل" | "تعمل") || t.bare().starts_with("متاثر") || t.is_in(&lexicon::BY_AGENT) && t.w.starts_with('ب'));
    let one_more = |t: &Tok| t.is_in(&ONE_MORE) || t.w.strip_suffix('ا').is_some_and(|w| ONE_MORE.contains(&w));
    // (not «كل حالة وفاة تبقى معي»: a case's noun, a verb after it)
    let a_case = i > 0 && matches!(toks[i - 1].bare(), "حاله" | "حالات");
    if f == Form::Event && k != Kind::Arrested && g == i + 1 && g + 1 < s1 && !a_case && (!toks[g].has_conj() || own_letter(&toks[g].w)) && !one_more(&toks[g + 1]) && [toks[i].w.as_str(), toks[i].bare()].iter().any(|w| matches!(w.trim_start_matches('ب'), "وفاه" | "مقتل" | "مصرع" | "اصابه" | "استشهاد")) && unknown_word(&toks[g]) && singular(stem(&toks[g])) && !not_one(stem(&toks[g])) && (stem(&toks[g]).chars().count() >= 4 || own_letter(&toks[g].w)) && adjective(&toks[g + 1]) && closes(g + 2) {
        return Some(word_raw(k, 1, Victims::People, i, g + 1, g));
    }
    // («عن وفاة ممرض متأثراً بإصابته»: after a death's noun, one who died of his wounds)
    // (over a closing quote: «عن "وفاة مناصر" متأثراً بجروحه»)
    let after = if toks.get(g + 1).is_some_and(|t| t.is_quote()) { g + 2 } else { g + 1 };
    let of_wounds = toks.get(after).is_some_and(|t| after < s1 && t.bare().starts_with("متاثر"));
    if f == Form::Event && k == Kind::Killed && g == i + 1 && of_wounds && unknown_word(&toks[g]) && singular(stem(&toks[g])) && !not_one(stem(&toks[g])) {
        return Some(word_raw(k, 1, Victims::People, i, g, g));
    }
    // («القبض على آسيوي يبلغ من العمر 34 عاماً», «القبض على وافد يؤجّر الدراجات»: one held after
    // «على», a noun the table does not know; not a band or a ring, «على عصابة», «على تشكيل
    // عصابي», whose count follows if any, nor a post, which [`one_held_by_post`] reads)
    let held_one = f == Form::NeedsAla && k == Kind::Arrested && g < s1 && unknown_word(&toks[g]) && singular(stem(&toks[g])) && !not_one(stem(&toks[g])) && !stem(&toks[g]).ends_with('ه') && stem(&toks[g]).chars().count() >= 4 && !held_post(&toks[g]) && !held_post_word(toks[g].bare()) && !matches!(toks[g].bare(), "تشكيل" | "شبكه" | "خليه");
    if held_one && number::read(toks, g, s1).is_none() && next_sig(toks, g + 1, s1).is_none_or(|j| !is_num(toks, j, s1) && !toks[j].has_conj() && toks[j].w != "و" && toks[j].w != "من") {
        return Some(word_raw(k, 1, Victims::People, i, g, g));
    }
    if f != Form::Verb || k == Kind::Arrested || !(g == i + 1 || over) || g >= s1 {
        return None;
    }
    // (not «جرح», a wound as often: «- جرح قطعي بالرأس»)
    let passive = matches!(toks[i].bare(), "اصيب" | "اصيبت" | "توفي" | "توفيت" | "استشهد" | "استشهدت" | "قتل" | "قتلت");
    let t = &toks[g];
    let w = stem(t);
    let plain = unknown_word(t);
    let shape = singular(w);
    // (nor a word before a number: «وأصيب أكبر من 70 شخصاً»)
    let number_at = |j: usize| j < s1 && (toks[j].cls == Cls::Num || number::read(toks, j, s1).is_some());
    // (a count joined after it is its own: «أودى بحياة راعٍ وعشرات من رؤوس الإبل»)
    let joined = toks.get(g + 1).is_some_and(|t| t.has_conj() || t.w == "و");
    let before_number = number_at(g + 1) && !joined || toks.get(g + 1).is_some_and(|t| t.w == "من") && number_at(g + 2);
    // («أصيب فيها موظفان»: or two, a dual in the nominative, after a verb that agrees with it
    // in the singular; five letters or more, not a name: «عثمان», «مروان»)
    // (nor a land: «باكستان», «لبنان»; «توفي طالبان» is two students)
    let dual = w.ends_with("ان") && w.chars().count() > 5 && !w.ends_with("يان") && !w.ends_with("ستان") && !matches!(w, "لبنان" | "اذربيجان");
    if passive && plain && dual && !before_number && !w.starts_with("متاثر") && toks[i].bare().ends_with(|c| c != 'ا') {
        return Some(word_raw(k, 2, Victims::People, i, g, g));
    }
    if !(passive && plain && shape) || before_number || number::read(toks, g, s1).is_some() || not_one(w) || w.starts_with("متاثر") {
        return None;
    }
    // («قتل» as a verbal noun: «جريمة قتل عمد»: a verb opens its clause, or takes «و»)
    let opens = i == 0 || toks[i].has_conj() || matches!(toks[i - 1].cls, Cls::Punct(_) | Cls::Break) || matches!(toks[i - 1].bare(), "فيما" | "حيث" | "اذ" | "كما" | "بينما" | "قد" | "ثم" | "كذلك");
    // (a verb with the event's pronoun after it is a verb: «هجوم ... قُتل خلاله»)
    if matches!(toks[i].bare(), "قتل" | "قتلت") && !opens && !over {
        return None;
    }
    // («استشهد خليل ونجلاه», «توفي مزارع وابنه»: one, and two or one of his with him)
    let next = toks.get(g + 1).filter(|_| g + 1 < s1);
    if next.is_some_and(|t| t.w.starts_with('و') && !t.def && matches!(t.lex, Some(Lex::Group(_, 2)))) {
        return Some(word_raw(k, 3, Victims::People, i, g + 1, g));
    }
    if next.is_some_and(her_one) {
        return Some(word_raw(k, 2, Victims::People, i, g + 1, g));
    }
    Some(word_raw(k, 1, Victims::People, i, g, g))
}

/// A sound plural in construct at `j`, what it is of after it: «سائقي التطبيقات», «موظفي شركات
/// المقاولة» («أحد سائقي ...»: one of them).
fn plural_in_construct(toks: &[Tok], j: usize, s1: usize) -> bool {
    let t = &toks[j];
    unknown_word(t) && t.w.ends_with('ي') && t.w.chars().count() > 4 && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.cls == Cls::Word && !matches!(n.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep)))
}

/// One by a noun the table does not know, `w` (the word less its conjunction, if any): written
/// with the accusative's tanween, singular in shape, no adverb («أيضاً», «مؤقتاً», «تلقائياً»).
fn one_in_the_accusative(t: &Tok, w: &str) -> bool {
    t.nunated && !w.ends_with("يا") && w.strip_suffix('ا').is_some_and(|w| w.chars().count() >= 3 && singular(w) && !not_one(w)) && !t.is_in(&lexicon::ADVERBS)
}

/// A word the table does not know, indefinite, with no preposition or conjunction on it.
fn unknown_word(t: &Tok) -> bool {
    let w = stem(t);
    t.cls == Cls::Word && t.lex.is_none() && !t.def && !w.starts_with("ال") && (own_letter(w) || !w.starts_with(['ب', 'ل', 'ك', 'و', 'ف']))
}

/// Whether the word's first letter, that of a preposition or conjunction, is its own: «بائع»,
/// «لاعب», «فلاح», «فنياً».
fn own_letter(w: &str) -> bool {
    // (and their duals and plurals: «بائعان», «فلاحين»)
    let stem = ["ان", "ين", "ون", "ا"].iter().find_map(|p| w.strip_suffix(p)).unwrap_or(w);
    [w, stem].iter().any(|s| matches!(*s, "بائع" | "بائعه" | "باحث" | "باحثه" | "لاعب" | "لاعبه" | "لاجئ" | "لاجئه" | "فلاح" | "فلاحه" | "فني" | "فنيه" | "كاتب" | "كاتبه"))
}

/// The word less a conjunction, unless its «ف» is its own: «فني» (which [`Tok::bare`] reads
/// as «ف» + «ني»), «وفني».
fn stem(t: &Tok) -> &str {
    if own_letter(&t.w) { &t.w } else { t.bare() }
}

/// The shape of a singular noun: not a plural, a dual, nor an adverb's accusative.
fn singular(w: &str) -> bool {
    !(w.ends_with('ا') || w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات") || w.ends_with("ان") || w.chars().count() < 3)
}

/// Words after a verb of killing or injuring that are no one it happened to: quantities
/// («أكثر», «نحو», «أحد», «معظمهم»), pointers, and words of place, time and cause.
fn not_one(w: &str) -> bool {
    matches!(
        w,
        "اكثر" | "ازيد" | "اقل" | "نحو" | "قرابه" | "زهاء" | "حوالي" | "احد" | "احدي" | "احدهم" | "احداهم" | "احدهما" | "بعض" | "بعضهم" | "معظم" | "معظمهم" | "اغلب" | "اغلبهم" | "جميع" | "جميعهم" | "كل" | "غير" | "منهم" | "منهن" | "منهما" | "هذه" | "هذا" | "ذلك" | "تلك" | "عدد" | "يدعي" | "تدعي" | "ضمن" | "عمد" | "جماعي" | "خارج" | "داخل" | "امام" | "خلف" | "قرب" | "وسط" | "اثناء" | "اثر" | "عقب" | "جراء" | "خلال" | "بعد" | "قبل" | "صباح" | "مساء" | "ظهر" | "فجر" | "ليل" | "ليله" | "عصر" | "امس" | "اليوم" | "يوم" | "حين" | "عندما" | "لدي" | "عند" | "تحت" | "فوق" | "جنوب" | "شمال" | "شرق" | "غرب" | "انفجار" | "هجوم" | "قصف" | "حادث" | "نتيجه" | "مجددا" | "انذاك" | "حينها" | "حينذاك" | "يومها" | "وقتها"
    )
}
