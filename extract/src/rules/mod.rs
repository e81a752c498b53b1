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
//!
//! This module is the driver ([`candidates`], [`number_figure`], [`quantity`]); the rules
//! live in its children: [`tolls`] (a toll's head or verb, ranges, corrections), [`numbers`]
//! (the other rules for a number phrase), [`words`] (figures told by a word), [`before_verb`]
//! (one or two told before their verb), [`posts`] (those held, named by a trade or post) and
//! [`shape`] (the shape of a word the table does not know).

use super::filters;
use super::lexicon::{self, trig, Form, Lex, CASE_DUAL, EXCEED, NAMED_BY_NUMBER, ONE_MORE, ONE_TWO, OTHERS_SAID, PAST, PERIODS, STILL, SUBSET, TIMES, TOLL_HEADS};
use super::number::{self, Phrase, Q};
use super::qualifier::{self, exceeds, Before};
use super::status;
use super::tokenise::{Article, Cls, Tok};
use super::victims;
use crate::figure::{Kind, Quantity, Status, Victims};

mod before_verb;
mod numbers;
mod posts;
mod shape;
mod tolls;
mod words;

use before_verb::*;
use numbers::*;
use posts::*;
use shape::*;
use tolls::*;
use words::*;

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
                // («القبض على رابع كان مختبئاً ...، ليرتفع عدد المقبوض عليهم إلى 4»: or the ordinal
                // alone)
                || r.q == Quantity::Exact(1) && (filters::one_more(toks, r.pb.max(r.b), s1) || toks[r.pb].is_in(&ONE_MORE)) && filters::raises_a_toll(toks, r.pb.max(r.b), s1)
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
    // («وفاة 10 أطفال مصابين بسرطان الدم»: or a death's noun right before them, whatever
    // afflicted them)
    // (not a count's own noun before another count joined: «18 وفاة وأكثر من 18 ألف إصابة»)
    let deaths_of = pj.is_some_and(|j| j + 1 == q0 && !toks[q0].has_conj() && toks[q0].w != "و" && !(j > s0 && is_num(toks, j - 1, s1)) && trig(toks[j].lex) == Some((Kind::Killed, Form::Event)) && [toks[j].w.as_str(), toks[j].bare()].iter().any(|w| matches!(w.trim_start_matches('ب'), "وفاه" | "مقتل" | "مصرع" | "استشهاد")));
    let bodies = deaths_of || pj.is_some_and(|j| matches!(toks[j].bare().no_al(), "جثث" | "جثامين"));
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
        .or_else(|| treated_subject(&c))
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
        || filters::inmates(toks, kind, ti, trig_after, s0, q0, s1)
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
    // (not the subject of the verb before it, who did it, in the nominative: «وقتل مسلحون 3
    // نواب»; its object is the count's: «اعتقلت صحفيين اثنين»)
    let agent = |j: usize| j > c.s0 && matches!(trig(t[j - 1].lex), Some((_, Form::Verb))) && t[j].bare().ends_with("ون");
    if v == Ok(None) && (!trig_after || pj == q0.checked_sub(1) && t[c.p.a].cls == Cls::Word) {
        if let Some(Lex::Group(g, _)) = pj.filter(|&j| !t[j].def && !agent(j)).and_then(|j| t[j].lex) {
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

/// An exact count told by a word, spanning tokens `a..=b` with the number word at `pa`.
fn word_raw(kind: Kind, n: u64, v: Victims, a: usize, b: usize, pa: usize) -> Raw {
    Raw { kind, q: Quantity::Exact(n), victims: Some(v), a, b, pa, pb: b, pre: 0, sub: false, corrected: None, given_by: None }
}
