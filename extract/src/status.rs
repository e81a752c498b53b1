//! Status: whether a figure still stands. A figure in a sentence where its
//! publisher withdraws a statement («سحبت ... خطأ تقني», «تراجعت عن») or
//! corrects it («... 12، والصحيح 9») is retracted; one in a sentence where
//! another party rejects it («نفت ... ما تردد عن»), or followed by one that
//! rejects «these numbers» or names their source ([`rejected`]), is denied.
//! Negated statements («لم تسفر عن سقوط جرحى») give no figure at all: see
//! [`negated`].

use super::tokenise::{Article, Cls, Tok};
use super::lexicon::{Lex, HEARSAY, LOWER, RAISE, REJECT, TOLD};
use crate::figure::{Kind, Status};


/// The status of a figure at token `at` in the sentence `toks[s0..s1]`. A
/// denial covers its clause: a coordinated attribution verb between it and the
/// figure («نفت ... مقتل 40، وأكدت أن 3 أصيبوا») starts another clause.
pub fn of(toks: &[Tok], s0: usize, s1: usize, at: usize) -> Status {
    // (a figure after «والصحيح أن ...», «وتبين أن ...» is the corrected one)
    let corrected = (s0..at).any(|j| matches!(toks[j].w.as_str(), "والصحيح" | "والصواب" | "وتبين"));
    if lowered(toks, s0, s1, at) || !corrected && (corrected_after(toks, s1, at) || earlier_version(toks, s0, at)) {
        return Status::Retracted;
    }
    if said_wrong(toks, s0, s1, at) {
        return Status::Retracted;
    }
    if called_false(toks, at, s1) || fabricated_claim(toks, s0, at) {
        return Status::Denied;
    }
    let mut st = Status::Asserted;
    for (j, t) in toks[s0..s1].iter().enumerate().map(|(k, t)| (s0 + k, t)) {
        match t.lex {
            // (not one of a later clause, told by another verb or a relative pronoun: «قُتل 5،
            // بحسب ما أعلنت الشرطة، التي كانت قد تحدثت عن مقتل 6 قبل أن تصحح الرقم»)
            Some(Lex::Retract) if backs_off(toks, j) && !(j > at && (at + 1..j).any(|k| another_clause(toks, k))) => return Status::Retracted,
            Some(Lex::Deny) if !(j.min(at + 1)..j.max(at)).any(|k| k != j && new_clause(&toks[k])) && (j <= at || refers_back(toks, j, s1) && !later_figure(toks, at, j)) => st = Status::Denied,
            // «رفض المحافظ ما نشرته منظمة "هنغاو" عن مقتل ستة»: a rejection of what another told
            // before it
            _ if j < at && t.is_in(&REJECT) && (j + 1..at.min(j + 8)).any(|k| toks[k].w == "ما" && toks[k + 1].is_in(&TOLD)) && !(j + 1..at).any(|k| new_clause(&toks[k])) => st = Status::Denied,
            // «قتلوا 20، غير أن متحدثا رفض هذا الرقم»: a rejection of «this number» after it
            _ if j > at && rejects_this(toks, j, s1) && !(at + 1..j).any(|k| new_clause(&toks[k])) => st = Status::Denied,
            _ => {}
        }
    }
    st
}

/// A figure inside a hearsay report («المعلومات التي تفيد بأن عدد القتلى بلغ
/// 50», «الأنباء عن مقتل 20») is denied when the sentence before denies
/// (`prev_denies`): «نفت الوزارة ذلك. وقالت إن المعلومات التي تفيد بأن ...».
pub fn hearsay_denied(toks: &[Tok], s0: usize, at: usize, prev_denies: bool) -> bool {
    let told = |j: usize| toks.get(j + 1).is_some_and(|t| matches!(t.bare(), "التي" | "عن" | "تفيد" | "تتحدث" | "تشير" | "المتداوله"));
    prev_denies && (at.saturating_sub(12).max(s0)..at).any(|j| toks[j].is_in_def(&HEARSAY) && told(j))
}

/// «استنكر المكتب ما تداولته وسائل إعلام عن سقوط 30 قتيلا، واصفا تلك الأرقام
/// بأنها مضللة», «شدد على أن تلك الأنباء غير صحيحة», «مؤكدا أن لا صحة لهذه
/// الأخبار», «وهي أرقام وصفها المتحدث بأنها كاذبة», «وهو رقم وصفه الرئيس بأنه
/// "كذبة أخرى"», «غير أن الشرطة وصفت الرقم بأنه "دعاية"»: the numbers before (`at`)
/// called false after them, named as «these numbers» (or «إياها», or a verb
/// calling them so with their pronoun).
fn called_false(toks: &[Tok], at: usize, s1: usize) -> bool {
    let these = |k: usize| {
        matches!(toks[k].bare(), "تلك" | "هذه" | "هذا" | "ذلك") && toks.get(k + 1).is_some_and(|n| numbers_word(n) || matches!(n.w.no_al(), "اخبار"))
            || toks[k].w == "اياها"
            // «، إلا أن الوزارة أكدت أن الرقم غير دقيق»: the number, said to be false
            || k > 0 && matches!(toks[k - 1].w.as_str(), "ان" | "بان") && toks[k].w.starts_with("ال") && numbers_word(&toks[k])
            // «، وهو رقم قال المتحدث إنه "مبالغ فيه"», «، وهو ما وصفه الجيش بأنه "لا أساس له"»
            || matches!(toks[k].w.as_str(), "وهو" | "وهي") && toks.get(k + 1).is_some_and(|n| matches!(n.w.as_str(), "رقم" | "ارقام" | "ما"))
            || matches!(toks[k].w.trim_start_matches('و'), "صفها" | "صفتها" | "صفه" | "صفته")
            || matches!(toks[k].bare(), "لهذه" | "لتلك") && toks[k - 1].w == "صحه" && k > 1 && toks[k - 2].bare() == "لا"
            // «غير أن الشرطة وصفت الرقم بأنه "دعاية"»: the number just given, called so
            // (not another's, named by its adjective: «ووصفت الرقم الأرميني بأنه "كذب"»)
            // («إلا أن مصدراً أمنياً وصف ذلك بأنه "عارٍ من الصحة"»: «that», called so)
            || toks.get(k + 1).is_some_and(|n| k + 1 < s1 && n.w == "ذلك") && describes(&toks[k])
            // (nor the numbers passed round, «واصفة الأرقام المتداولة بالمبالغ فيها»: others')
            || describes(&toks[k]) && (k + 1..s1.min(k + 4)).any(|m| toks[m].w.starts_with("ال") && numbers_word(&toks[m]) && !toks.get(m + 1).is_some_and(|n| n.w.starts_with("ال") && n.lex.is_none() && (n.w.ends_with('ي') || n.w.ends_with("يه")) && n.w != "الرسميه" || matches!(n.w.as_str(), "المتداوله" | "المتداول" | "الاخري" | "المنشوره")))
    };
    // (false by name within a few words; «لا صحة لهذه» says so itself)
    // (and said of this figure: no verb of saying between them, «قُتل 2، فيما قالت طالبان إنها "قتلت 9"، وهو ما وصفه ...»)
    // (a participle goes on with the same speaker: «أكد أن الجرحى 12، مؤكدا أن لا صحة لهذه الأخبار»)
    // (a denier's own verb of saying between them starts no other figure: «تداول ناشطون
    // أنباء عن "وفاة 7 أشخاص"، إلا أن مصدراً أكد أن هذه المعلومات "غير دقيقة"»)
    let own = |k: usize| !(at + 1..k).any(|m| another_clause(toks, m) && !toks[m].says_participle() && (m..k).any(|x| toks[x].cls == Cls::Num || matches!(toks[x].lex, Some(Lex::Trig(..)))));
    // («ما يُتداول في مجموعات "واتساب" عن وفاة 3 أطفال "لا أساس له من الصحة"»: what is passed
    // round, called false right after the figure)
    let passed_round = || {
        (at.saturating_sub(12)..at).any(|k| toks[k].w == "ما" && toks.get(k + 1).is_some_and(|t| t.is_in(&super::lexicon::PASSED_ROUND))) && (at + 1..s1.min(at + 8)).any(|m| false_word(toks, m))
    };
    passed_round() || (at + 1..s1).filter(|&k| these(k) && own(k)).any(|k| (k + 1..s1.min(k + 12)).any(|m| false_word(toks, m)) || matches!(toks[k].bare(), "لهذه" | "لتلك"))
}

/// What a sentence's denial is aimed at when the numbers it rejects were
/// given before it: «ونفت الوزارة في بيان ثان هذه الأرقام» (the sentence
/// before's), «رفض ... الأرقام التي أعلنتها شبكة الأطباء», «نفى ... الأرقام
/// التي تحدث عنها النائب», «رفضت ... رقم الجمعية», «واصفا أرقام المرصد بأنها
/// أكاذيب» (a source's, however far back), «نفى ... الحصيلة المتداولة على
/// مواقع التواصل» (what pages and accounts passed round).
#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    /// The numbers of the sentence before.
    Before,
    /// The numbers a source gave: its words, folded, as in the text; `one`
    /// when a single number is named («الرقم الذي أعلنته اللجنة»), of `kind`
    /// when the denial names it («رقم القتلى الذي أعلنته اللجنة»).
    Source { who: String, one: bool, kind: Option<Kind> },
    /// The numbers pages, sites and accounts passed round.
    Rumours,
    /// The numbers of the last two sources named, by a dual: «أرقام المنظمتين».
    LastTwo,
}

/// «الأرقام», «الحصيلة», «هذه المزاعم»: what a denial of numbers names (without «ال»).
fn numbers_word(t: &Tok) -> bool {
    matches!(t.bare().no_al(), "رقم" | "ارقام" | "حصيله" | "عدد" | "اعداد" | "معلومات" | "انباء" | "روايه" | "مزاعم" | "ادعاء" | "ادعاءات" | "احصائيات" | "احصاءات" | "تقديرات")
}

/// «وأي أرقام أخرى غير دقيقة», «وإن الأرقام الأخرى مضخمة»: one who gives his own number calls
/// every other number false. The token of «other», if the sentence `toks[s0..s1]` says so.
pub fn others_false(toks: &[Tok], s0: usize, s1: usize) -> Option<usize> {
    (s0 + 1..s1).find(|&k| toks[k].bare().no_al() == "اخري" && numbers_word(&toks[k - 1]) && (k + 1..s1.min(k + 6)).any(|m| false_word(toks, m)))
}

/// What the denial in `toks[s0..s1]` rejects, if it rejects numbers given
/// before (see [`Rejected`]): the verb (or one calling them false, «واصفا ...
/// بأنها أكاذيب»), then within 24 tokens, before any number or count word of
/// its own, «هذه/تلك + الأرقام», «الأرقام المتداولة», «الأرقام (المضخمة)
/// التي أعلنتها/تحدث عنها + a source», or «أرقام/رقم + a source».
pub fn rejected(toks: &[Tok], s0: usize, s1: usize) -> Option<Rejected> {
    // (over a parenthesis: «ووصف حاكم الولاية، في مؤتمر صحافي عقده بعد الظهر، أرقام المنصة بأنها "مضخمة"»)
    let calls = |j: usize| describes(&toks[j]) && (j + 1..s1.min(j + 20)).any(|k| false_word(toks, k));
    // «ورد المتحدث بأن هذه الأرقام "لا أساس لها"», «هذا الرقم غير صحيح إطلاقا» (an answer
    // in an interview): the numbers just given, called false with no verb of denying
    let given = |j: usize| (s0..j).any(|m| toks[m].cls == Cls::Num || matches!(toks[m].lex, Some(Lex::Trig(..))));
    let these_false = |j: usize| {
        matches!(toks[j].bare(), "هذه" | "هذا" | "تلك") && j + 1 < s1 && numbers_word(&toks[j + 1]) && (j + 2..s1.min(j + 10)).any(|k| false_word(toks, k))
    };
    if (s0..s1).any(|j| these_false(j) && !given(j)) {
        return Some(Rejected::Before);
    }
    // «ج: هذا غير صحيح إطلاقا»، «المحافظ: الكلام ده غير صحيح تماما»، «مدير الشرطة: هذه دعاية
    // إرهابية»: an answer that opens by calling «this» false (after its speaker's label)
    let label = (s0..s1.min(s0 + 4)).find(|&j| toks[j].cls == Cls::Punct(':')).map_or(s0, |j| j + 1);
    let this = |j: usize| j < s1 && matches!(toks[j].bare(), "هذا" | "هذه" | "ده" | "الكلام" | "كلام");
    let opens_false = this(label) && (label + 1..s1.min(label + 5)).any(|k| false_word(toks, k)) && !given(label + 1);
    if opens_false {
        return Some(Rejected::Before);
    }
    // «وقال المتحدث إن أرقام التقرير "مبالغ فيها"»: a source's numbers, named in construct,
    // called false with no verb of denying
    let theirs_false = |k: usize| {
        !toks[k].w.starts_with("ال") && matches!(toks[k].bare(), "ارقام" | "رقم" | "حصيله") && k + 1 < s1
            && toks[k + 1].w.starts_with("ال") && toks[k + 1].cls == Cls::Word && toks[k + 1].lex.is_none()
            && (k + 2..s1.min(k + 8)).any(|m| false_word(toks, m))
    };
    // (a sentence with a verb of denying is read by the rules below: «ورفض المحافظ أرقام المنظمتين»)
    let verb = (s0..s1).any(|j| rejects(&toks[j]));
    if let Some(k) = (s0..s1).find(|&k| !verb && theirs_false(k) && !given(k)) {
        return Some(Rejected::Source { who: toks[k + 1].w.clone(), one: toks[k].bare() != "ارقام", kind: None });
    }
    for j in (s0..s1).filter(|&j| rejects(&toks[j]) || calls(j)) {
        for k in j + 1..s1.min(j + 25) {
            let t = &toks[k];
            if t.cls == Cls::Num || matches!(t.lex, Some(Lex::Trig(..))) {
                break;
            }
            // (the sentence before's numbers only if this one has given none yet)
            let fresh = || !(s0..k).any(|m| toks[m].cls == Cls::Num || matches!(toks[m].lex, Some(Lex::Trig(..))));
            // «ونفى المصدر الطبي ذلك»: «that» as the verb's object, not after a preposition («مسؤوليتها عن ذلك»)
            if t.w == "ذلك" && k <= j + 8 && !matches!(toks[k - 1].bare(), "عن" | "في" | "من" | "علي" | "الي" | "مع" | "بعد" | "قبل" | "رغم" | "كل") && fresh() {
                return Some(Rejected::Before);
            }
            if !numbers_word(t) {
                continue;
            }
            let one = matches!(t.bare().no_al(), "رقم" | "حصيله" | "عدد");
            let kind = toks.get(k + 1).and_then(|n| super::lexicon::trig(n.lex)).filter(|x| matches!(x.1, super::lexicon::Form::Counted | super::lexicon::Form::Event)).map(|x| x.0);
            let prev = toks[k - 1].bare();
            let w = |m: usize| toks.get(m).filter(|_| m < s1).map_or("", |n| n.w.as_str());
            if matches!(prev, "هذه" | "هذا" | "تلك" | "ذلك") {
                if fresh() {
                    return Some(Rejected::Before);
                }
                continue;
            }
            if matches!(w(k + 1), "المتداوله" | "المتداول" | "المتناقله" | "المنتشره") {
                return Some(Rejected::Rumours);
            }
            // (over an adjective: «الأرقام المضخمة التي ...»)
            let r = if w(k + 1).starts_with("ال") && matches!(w(k + 2), "التي" | "الذي") { k + 2 } else { k + 1 };
            let named = |a: usize| {
                let b = (a..s1.min(a + 5)).take_while(|&m| !toks[m].is_clause_end() && toks[m].cls != Cls::Num && !matches!(toks[m].bare(), "في" | "علي" | "عن" | "امس" | "يوم" | "اليوم" | "بانها" | "بانه" | "انها")).last()?;
                let words: Vec<&str> = toks[a..=b].iter().map(|t| t.w.as_str()).collect();
                Some(Rejected::Source { who: words.join(" "), one, kind })
            };
            if matches!(w(r), "التي" | "الذي") && toks.get(r + 1).is_some_and(issued) {
                return named(r + 2);
            }
            // «الأرقام التي تحدث عنها النائب»
            if matches!(w(r), "التي" | "الذي") && toks.get(r + 1).is_some_and(says) && matches!(w(r + 2), "عنها" | "عنه" | "بها" | "به") {
                return named(r + 3);
            }
            // «رقم الجمعية», «أرقام المرصد»: the source in construct
            let construct = !t.w.starts_with("ال") && toks.get(k + 1).is_some_and(|n| n.w.starts_with("ال") && n.lex.is_none() && k + 1 < s1);
            // «ورفض المحافظ أرقام المنظمتين»: the two sources just named
            if construct && matches!(toks[k + 1].w.as_str(), "المنظمتين" | "الجهتين" | "الهيئتين" | "المجموعتين" | "الطرفين" | "المصدرين") {
                return Some(Rejected::LastTwo);
            }
            // («ونفت الوزارة رواية النقابات عن سقوط أربعة قتلى»: their account of deaths, not
            // their count of arrests)
            let about = (k + 2..s1.min(k + 7)).find(|&m| toks[m].w == "عن").and_then(|m| (m + 1..s1.min(m + 5)).find_map(|x| super::lexicon::trig(toks[x].lex).map(|t| t.0)));
            if construct {
                return match named(k + 1) {
                    Some(Rejected::Source { who, one, kind: None }) if about.is_some() => Some(Rejected::Source { who, one, kind: about }),
                    r => r,
                };
            }
            // «رفضت الحكومة أرقام "القوى الحية"»: a quoted name in construct
            let quoted = !t.w.starts_with("ال") && toks.get(k + 1).is_some_and(|n| n.is_quote()) && k + 2 < s1;
            if let Some(close) = quoted.then(|| (k + 2..s1.min(k + 8)).find(|&m| toks[m].is_quote())).flatten().filter(|&c| c > k + 2) {
                let words: Vec<&str> = toks[k + 2..close].iter().map(|t| t.w.as_str()).collect();
                return Some(Rejected::Source { who: words.join(" "), one, kind });
            }
            // «ووصفت الرواية الروسية بأنها "كذب"», «رفض الأرقام الحكومية»: the source by its adjective
            // (the verb's object, right after it or its subject; not «الرسمية», a denier's own)
            let object = k <= j + 3 && !(j + 1..k).any(|m| matches!(toks[m].bare(), "ان" | "بان" | "انه" | "انها"));
            let adjective = object
                && t.w.starts_with("ال")
                && toks.get(k + 1).is_some_and(|n| n.w.starts_with("ال") && n.w.ends_with("يه") && n.w != "الرسميه" && n.lex.is_none() && k + 1 < s1);
            if adjective {
                let words = toks[k + 1].w.clone();
                return Some(Rejected::Source { who: words, one, kind });
            }
        }
    }
    None
}

/// «رفض هذا الرقم», «رفضت هذه الأرقام»: a verb of rejecting at `j` with «this
/// number» for its object.
fn rejects_this(toks: &[Tok], j: usize, s1: usize) -> bool {
    toks[j].is_in(&REJECT)
        && (j + 1..s1.min(j + 3)).any(|k| matches!(toks[k].bare(), "هذا" | "هذه" | "تلك") && toks.get(k + 1).is_some_and(numbers_word))
}

/// A verb of saying at `t`.
fn says(t: &Tok) -> bool {
    matches!(t.lex, Some(Lex::Cue(super::lexicon::Cue::Says)))
}

/// «واصفا», «وصفها», «معتبرا»: a verb calling what was said something.
fn describes(t: &Tok) -> bool {
    // (the verb's «و» is its root's, which `bare` would strip: «وصفها», and «ووصفها»)
    let w = t.w.as_str();
    let root = if w.starts_with("وو") { &w['و'.len_utf8()..] } else { w };
    matches!(root, "واصفا" | "واصفه" | "واصفين" | "وصفت" | "وصف" | "وصفها" | "وصفتها" | "وصفه")
        || matches!(t.bare(), "معتبرا" | "معتبره" | "اعتبر" | "اعتبرت")
}

/// «أن الرقم الذي أعلنه مكتبه صباحاً وتحدث عن توقيف 31 شخصاً "كان خاطئاً"»: the number
/// named before the figure (`at`) by a relative clause, which the sentence then says was
/// wrong, a mistake of its own publisher's.
fn said_wrong(toks: &[Tok], s0: usize, s1: usize, at: usize) -> bool {
    let named = || (at.saturating_sub(12).max(s0 + 1)..at).any(|k| matches!(toks[k].w.as_str(), "الذي" | "التي") && toks[k - 1].w.starts_with("ال") && numbers_word(&toks[k - 1]));
    let wrong = |k: usize| matches!(toks[k].bare(), "خاطئا" | "خاطئه" | "خاطئ" | "خطا") && (k.saturating_sub(3).max(at)..k).any(|m| matches!(toks[m].bare(), "كان" | "كانت"));
    (at + 1..s1.min(at + 10)).any(wrong) && named()
}

/// «مقطعاً مفبركاً يزعم أن الحادث أسفر عن مقتل 12 شخصاً»: the figure (`at`) is what something
/// called false right before claims.
fn fabricated_claim(toks: &[Tok], s0: usize, at: usize) -> bool {
    let claims = |k: usize| matches!(toks[k].bare(), "يزعم" | "تزعم" | "يزعمون" | "يدعي" | "تدعي" | "يدعون");
    (at.saturating_sub(10).max(s0)..at).filter(|&k| claims(k)).any(|k| (k.saturating_sub(3).max(s0)..k).any(|m| false_word(toks, m) || matches!(toks[m].bare().trim_end_matches('ا'), "مفبرك" | "ملفق" | "مختلق" | "زائف" | "كاذب")))
}

/// A word calling numbers false at `k`: «مضللة», «مفبركة», «أكاذيب», «غير دقيقة», «عار عن
/// الصحة», «تكهنات».
fn false_word(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    matches!(t.bare().no_al(), "مضلله" | "مضلل" | "مفبركه" | "كاذبه" | "كاذب" | "ملفقه" | "مبالغ" | "مبالغات" | "عاريه" | "مختلقه" | "مغلوطه" | "زائفه" | "مغرضه" | "اكاذيب" | "افتراء" | "افتراءات" | "مضخمه" | "كذبه" | "كذب" | "تخمين" | "دعايه" | "مختلق" | "ملفق" | "مفبرك" | "زائف" | "تكهنات" | "شائعات" | "اشاعات")
        || t.bare() == "اساس" && k > 0 && toks[k - 1].w == "لا"
        // «لا يستند إلى أي توثيق»
        || matches!(t.bare(), "يستند" | "تستند") && k > 0 && toks[k - 1].w == "لا"
        // «عار عن الصحة», «عارٍ تماماً من الصحة»
        || matches!(t.bare(), "عار" | "عاري") && (k + 1..toks.len().min(k + 3)).any(|m| matches!(toks[m].w.as_str(), "عن" | "من") && toks.get(m + 1).is_some_and(|n| n.w == "الصحه"))
        || matches!(t.bare(), "عار" | "عاري") && toks.get(k + 1).is_some_and(|n| n.w == "عن")
        || t.w == "غير" && toks.get(k + 1).is_some_and(|n| matches!(n.w.as_str(), "دقيقه" | "صحيحه" | "صحيح" | "دقيق"))
}

/// «أشارت حسابات إلى "وفاة رجل"، غير أن الشرطة أكدت عدم تسجيل أي وفيات»: another, after «غير
/// أن», «إلا أن» or «لكن», says none of the figure's kind was recorded («عدم تسجيل أي وفيات»,
/// «لم تسجل أي إصابات»): the figure (ending at `b`) is denied.
pub fn none_recorded(toks: &[Tok], kind: Kind, b: usize, s1: usize) -> bool {
    // (the word as written: «وفيات» is no «و» + «فيات»)
    let of_kind = |t: &Tok| match kind {
        Kind::Killed => matches!(t.w.as_str(), "وفيات" | "وفاه" | "قتلي" | "ضحايا"),
        Kind::Injured => matches!(t.w.as_str(), "اصابات" | "اصابه" | "جرحي" | "مصابين"),
        Kind::Arrested => matches!(t.w.as_str(), "اعتقالات" | "توقيفات"),
    };
    let but = |j: usize| matches!(toks[j].bare(), "لكن" | "بينما") || matches!(toks[j].bare(), "غير" | "الا") && toks.get(j + 1).is_some_and(|t| t.w == "ان");
    let Some(j) = (b + 1..s1.min(b + 12)).find(|&j| but(j)) else { return false };
    (j + 1..s1.min(j + 12)).any(|k| {
        let none = matches!(toks[k].w.as_str(), "عدم" | "لم") && toks.get(k + 1).is_some_and(|t| t.bare().starts_with("تسجيل") || matches!(t.bare(), "تسجل" | "يسجل"));
        none && toks.get(k + 2).is_some_and(|t| t.w == "اي") && toks.get(k + 3).is_some_and(|t| k + 3 < s1 && of_kind(t))
    })
}

/// «أعلنتها», «نشرتها», «أوردتها», «تداولتها»: a verb of saying with the pronoun of the numbers.
fn issued(t: &Tok) -> bool {
    super::lexicon::issued_verb(t.bare())
}

/// Whether the sentence `toks[s0..s1]` has a denial verb.
pub fn denies(toks: &[Tok], s0: usize, s1: usize) -> bool {
    toks[s0..s1].iter().any(|t| t.lex == Some(Lex::Deny))
}

/// A toll lowered or corrected by its publisher: the old number is retracted,
/// the new one stands. The old number is the one before «قبل أن ... خفّضت»
/// («بلغت 40 قبل أن تعود وتخفضها إلى 33») or after «بعد أن» following the verb
/// («خفّض الوزير الحصيلة إلى 33 بعد أن أعلن 40»).
fn lowered(toks: &[Tok], s0: usize, s1: usize, at: usize) -> bool {
    let Some(l) = (s0..s1).find(|&j| toks[j].is_in(&LOWER)) else { return false };
    let has = |r: std::ops::Range<usize>, w: &str| r.into_iter().any(|j| toks[j].bare() == w);
    // (not a figure of an earlier clause, before another verb of saying or a relative pronoun)
    let own_clause = || !(at + 1..l).any(|k| another_clause(toks, k));
    at < l && has(at..l, "قبل") && own_clause() || at > l && has(l..at, "بعد")
}

/// An outlet's correction after the figure: «نشرت ... أن عدد القتلى 12،
/// والصحيح 9» (and «والصواب»), «... بلغ 11، وقد تم تعديل الخبر ... أن العدد
/// الصحيح هو 9»: the number it had published is withdrawn. («أن 9 هو العدد
/// الصحيح» gives no new number, and withdraws nothing.)
fn corrected_after(toks: &[Tok], s1: usize, at: usize) -> bool {
    let right = |j: usize| matches!(toks[j].bare(), "الصحيح" | "الصواب");
    let number_follows = |j: usize| (j + 1..s1.min(j + 4)).any(|k| toks[k].cls == Cls::Num);
    let edited = |j: usize| matches!(toks[j].bare(), "تعديل" | "تصحيح") && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "الخبر" | "الرقم" | "الحصيله"));
    (at + 1..s1).any(|j| right(j) && (toks[j].w.starts_with('و') || number_follows(j)) || edited(j) || went_back(toks, j))
}

/// «نشرت الصحيفة في نسخة سابقة من هذا الخبر أن امرأة قتلت ...»: what an earlier version of
/// the report said, told in its correction, is withdrawn; so is what a correction headed «تصحيح:»
/// («تنويه:», «استدراك:») says was published before the figure («تصحيح: كانت الشبكة قد نشرت في
/// وقت سابق أن عدد القتلى خمسة، قبل أن يتبين ...»).
fn earlier_version(toks: &[Tok], s0: usize, at: usize) -> bool {
    let headed = matches!(toks[s0].bare(), "تصحيح" | "تنويه" | "استدراك") && toks.get(s0 + 1).is_some_and(|t| t.cls == Cls::Punct(':'));
    let published = |t: &Tok| matches!(t.bare(), "نشرت" | "نشر" | "نشرنا" | "ذكرت" | "ذكر" | "ذكرنا" | "اوردت" | "اورد" | "اوردنا");
    (s0..at).any(|j| matches!(toks[j].bare(), "نسخه" | "النسخه") && toks.get(j + 1).is_some_and(|t| matches!(t.bare(), "سابقه" | "السابقه")))
        || headed && (s0 + 2..at).any(|j| published(&toks[j]))
}

/// «تحدث عن توقيف 30 شخصاً، قبل أن يعود ويوضح أن الرقم "غير دقيق"», «قبل أن تعود
/// وتصحح الرقم»: the one who gave it went back on it (at `j`, «قبل»; not «قبل أن
/// يعود الهدوء», where no verb of saying or correcting follows).
fn went_back(toks: &[Tok], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.bare());
    let says = |t: &Tok| {
        t.w.starts_with('و') && (matches!(t.lex, Some(Lex::Cue(_) | Lex::Retract | Lex::Deny)) || t.is_in(&LOWER) || matches!(t.bare(), "يوضح" | "توضح" | "يصحح" | "تصحح" | "يوضحوا"))
    };
    w(j) == "قبل" && w(j + 1) == "ان" && matches!(w(j + 2), "يعود" | "تعود" | "يعودوا" | "عاد" | "عادت") && toks.get(j + 3).is_some_and(says)
}

/// Whether another count stands after a comma between the figure at `at` and a denial
/// after it at `j`, which the denial is about: «إن 4 من مقاتليها استشهدوا، وإن الأخيرة
/// اعتقلت "أكثر من 60 شاباً"، وهو ما نفاه الناطق».
fn later_figure(toks: &[Tok], at: usize, j: usize) -> bool {
    let Some(n0) = (at..j).find(|&k| toks[k].cls == Cls::Num) else { return false };
    // (not a part of it: «وفاة 17 نزيلاً ...، بينهم 9 في سجن الناصرية»)
    let part = |m: usize| m > 0 && toks[m - 1].is_in(&super::lexicon::SUBSET);
    (n0 + 1..j).any(|m| toks[m].cls == Cls::Num && !part(m) && (n0 + 1..m).any(|c| toks[c].cls == Cls::Punct(',')))
}

/// Whether a denial after a figure is about it: «وهو ما نفته الشرطة», «نفته
/// الوزارة», «ونفت الوزارة ذلك», «نفت صحة هذه الأرقام», «نفت الحصيلة»; a
/// denial of something else («فيما نفت الشرطة استخدام الرصاص») is not.
fn refers_back(toks: &[Tok], j: usize, s1: usize) -> bool {
    let w = toks[j].bare();
    // («نافية» is a participle, not «نفا» with «ه»)
    let pronoun = !matches!(w, "نفي" | "نافيه") && (w.ends_with('ه') || w.ends_with("ها") || w.ends_with("هما"));
    // «نافيا الأرقام التي أوردتها الحكومة»: someone else's numbers, rejected by name
    if matches!(rejected(toks, j, s1), Some(Rejected::Source { .. } | Rejected::Rumours)) {
        return false;
    }
    let what = j > 0 && toks[j - 1].w == "ما";
    // a denial whose object is a later figure («ونفت المعلومات التي تفيد بمقتل 20») is about that one
    let next = j + 1..s1.min(j + 8);
    let later = next.clone().any(|k| toks[k].cls == Cls::Num || matches!(toks[k].lex, Some(Lex::Trig(..))));
    // «غير أن وزارة الصحة نفت ذلك، مؤكدة ارتقاء شهيدين»: «that» right after the verb (or its subject)
    let that = (j + 1..s1.min(j + 4)).any(|k| toks[k].w == "ذلك");
    pronoun || what || that || !later && next.into_iter().any(|k| matches!(toks[k].bare().no_al(), "ذلك" | "هذه" | "هذا" | "رقم" | "ارقام" | "حصيله" | "صحه"))
}

/// «رفع المكتب الحصيلة مساء الأربعاء إلى 18»: a verb raising a toll, the toll
/// after it (or its subject, then the toll), which reports it; «ما يرفع حصيلة
/// العدوان إلى ...», which tells what a toll comes to, does not.
pub fn raises(toks: &[Tok], j: usize) -> bool {
    let toll = |k: usize| toks.get(k).is_some_and(|t| t.lex == Some(Lex::Toll));
    // (or after a subject of a few words, a name in brackets among them: «رفع المعهد الوطني
    // لإدارة مخاطر الكوارث (INGD) حصيلة قتلى الإعصار إلى 38»)
    let after_subject = || (j + 1..toks.len().min(j + 10)).take_while(|&k| matches!(toks[k].cls, Cls::Word | Cls::Latin | Cls::Punct('(' | ')'))).any(toll);
    toks[j].is_in(&RAISE) && (toll(j + 1) || toll(j + 2) || after_subject()) && (j == 0 || toks[j - 1].w != "ما")
}

/// A verb of denying or rejecting: «نفى», «رفض».
pub fn rejects(t: &Tok) -> bool {
    t.lex == Some(Lex::Deny) || t.is_in(&REJECT)
}

/// Whether the retracting word at `j` withdraws something: «تراجع» only with
/// «عن» after it («تراجعت الوزارة عن الرقم»), not a decline («بتراجع نسبته 12%»).
fn backs_off(toks: &[Tok], j: usize) -> bool {
    let w = toks[j].bare();
    let decline = w.starts_with("بتراجع") || w.contains("تراجع") && !(j + 1..toks.len().min(j + 4)).any(|k| toks[k].w == "عن");
    !decline
}

/// Another clause starts at `k`: a verb of saying («بحسب ما أعلنت الشرطة»,
/// not «نقلا عن», which attributes the same figure) or a relative clause after a
/// comma («، التي كانت قد تحدثت ...»).
fn another_clause(toks: &[Tok], k: usize) -> bool {
    let relative = toks[k].cls == Cls::Punct(',') && toks.get(k + 1).is_some_and(|t| matches!(t.w.as_str(), "التي" | "الذي" | "الذين"));
    relative || toks[k].lex == Some(Lex::Cue(super::lexicon::Cue::Says))
}

/// «وأكدت», «وقال»: an attribution verb with و, which starts a new clause;
/// so does a participle of saying («نفته الشرطة مؤكدة أن الحصيلة 3»).
fn new_clause(t: &Tok) -> bool {
    // («قدّرت النقابات الجرحى بأكثر من 60، واتهمت الشرطة باستخدام الرصاص، وهو ما نفاه ...»: a
    // conjoined accusation is what a denial after it answers)
    t.says_participle() || matches!(t.lex, Some(Lex::Cue(super::lexicon::Cue::Says) | Lex::Deny)) && t.has_conj() || t.has_conj() && t.is_in(&super::lexicon::ACCUSE)
}

/// Whether the trigger at `t` is negated: a negation word shortly before it in
/// the same clause («لم يُقتل», «دون سقوط قتلى», «لا إصابات»).
pub fn negated(toks: &[Tok], s0: usize, t: usize) -> bool {
    let mut j = t;
    let mut seen = 0;
    while j > s0 && seen < 5 {
        j -= 1;
        let w = &toks[j];
        if w.is_clause_end() {
            return false;
        }
        if w.is_quote() {
            continue;
        }
        // «أنقذت 30 شخصا وقُتل 4»: a negation word before another count governs that one
        // «طالبا عدم كشف هويته إن 55 جريحا ...»: nor across «أن/إن» to the clause before
        // (and «وأن», «فإن»: «أن "لا وفيات" وأن عدد المصابين "لا يتجاوز 20"»)
        if w.cls == super::tokenise::Cls::Num || matches!(w.bare(), "ان" | "انه" | "انها" | "بان") {
            return false;
        }
        seen += 1;
        // («لم تؤكد الوزارة سوى 14 وفاة», «لم يُقتل إلا 4», «لا تضم سوى أربع حالات
        // وفاة»: «not ... but» gives the only number; «إلا أن» is «but», not «only»)
        let only = || {
            (j + 1..(t + 3).min(toks.len()))
                .take_while(|&k| k <= t || !toks[k].is_clause_end())
                .any(|k| matches!(toks[k].bare(), "سوي" | "الا") && !toks.get(k + 1).is_some_and(|n| matches!(n.bare(), "ان" | "انه" | "انها" | "انهم")))
        };
        // («لم يتجاوز عدد الوفيات 31»: a bound, as «لا يتجاوز» below)
        let bound = || toks.get(j + 1).is_some_and(|n| n.is_in(&super::lexicon::EXCEED));
        if w.lex == Some(Lex::Neg) && !only() && !bound() || w.lex == Some(Lex::Away) && seen == 1 {
            return true;
        }
        // «قد يرتفع عدد القتلى إلى 100»: a forecast, not a toll («قد يتجاوز 40» is an estimate, and stays)
        let next = toks.get(j + 1).map_or("", |n| n.w.as_str());
        if w.bare() == "قد" && matches!(next, "يرتفع" | "ترتفع") {
            return true;
        }
        // «لا» negates, but «لا يقل عن» / «لا يتجاوز» are qualifiers, and «لا يزال» is «still»
        if w.bare() == "لا" || w.w == "لا" {
            let next = toks.get(j + 1).map(|n| n.w.as_str()).unwrap_or("");
            if !matches!(next, "يقل" | "تقل" | "يتجاوز" | "تتجاوز" | "يزيد" | "تزيد" | "يزال" | "تزال" | "يزالون") && !only() {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tokenise::Doc;
    use super::*;

    #[test]
    fn retraction_and_denial() {
        let d = Doc::new("وسحبت الوكالة خبرا عن مقتل 12 شخصا بسبب خطأ");
        assert_eq!(of(&d.toks, 0, d.toks.len(), 0), Status::Retracted);
        let d = Doc::new("ونفى المتحدث ما تردد عن اعتقال 40 طالبا");
        assert_eq!(of(&d.toks, 0, d.toks.len(), 0), Status::Denied);
        let d = Doc::new("وأعلن المتحدث اعتقال 40 طالبا");
        assert_eq!(of(&d.toks, 0, d.toks.len(), 0), Status::Asserted);
    }

    #[test]
    fn negation_before_a_trigger() {
        let d = Doc::new("ولم تسفر المواجهات عن سقوط جرحى");
        let t = d.toks.iter().position(|t| t.w == "جرحي").unwrap();
        assert!(negated(&d.toks, 0, t));
        let d = Doc::new("ما لا يقل عن عشرة قتلى");
        let t = d.toks.iter().position(|t| t.w == "قتلي").unwrap();
        assert!(!negated(&d.toks, 0, t));
    }
}
