//! Attribution: who the text says reported a figure. The nearest cue before
//! the figure in its sentence («قال/أعلن/أفاد/أكد/ذكر/أوضح ... المصدر»,
//! «بحسب/وفق/حسب/نقلا عن المصدر», «نقلت ... عن المصدر»), else a «بحسب»
//! after it; carried from a neighbouring sentence only when the text makes it
//! clear (a «وأضاف» with no subject continues the previous speaker; a next
//! sentence that attributes the same kind of event); a subject that opens the
//! sentence before «أفادت بأنها»; for arrests no one tells of, the government
//! or security body that made or ordered them, and for bodies, the one that found
//! them. A name is taken with its post
//! between commas («اللواء ...، مدير أمن المنيا،»); a back-reference
//! («الوزير», «المكتب», «المصدر ذاته», «البيان») takes the earlier full name,
//! a pronoun («مكتبه») the sentence's subject. The source gets a short English
//! label for the chart.

use super::tokenise::{Article, Cls, Doc, Tok};
use super::lexicon::{trig, Cue, Form, Lex, ACCUSE, LOWER, PART_OF_DAY, PAST, REJECT, REPORT_ADJECTIVES, REPORT_NOUNS, ROLES, SOURCE_STOPS, THEN};
use crate::figure::{Claimant, Kind};


/// Words that end a source phrase.
fn is_stop(t: &Tok) -> bool {
    if !matches!(t.cls, Cls::Word | Cls::Latin | Cls::Punct('"')) || matches!(t.w.as_str(), "فيه" | "فيها") {
        return true;
    }
    // («المتحدث باسم والي هرات»: «والي», a governor, is no «و» + «إلى»)
    if matches!(t.w.as_str(), "والي" | "ووالي") {
        return false;
    }
    // («نقلت رويترز عن اثنين من السكان قولهما إن ...»: what they said ends who said it)
    if matches!(t.w.as_str(), "قوله" | "قولها" | "قولهم" | "قولهما" | "قولهن") {
        return true;
    }
    // (and what was done to people: «أعلنت الأسبوع الماضي ترحيل 212 متسللاً»)
    if matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Neg | Lex::Retract | Lex::Deny | Lex::Toll | Lex::Away)) {
        return true;
    }
    t.is_in(&SOURCE_STOPS) || t.is_in(&LOWER) || t.is_in(&super::lexicon::PUBLISHED) || t.is_in(&THEN)
}

/// A word of time at `j`: «أمس», «اليوم», «مساء», «الأسبوع الماضي», «الأحد», «حينها».
fn is_time(toks: &[Tok], j: usize) -> bool {
    let w = toks[j].bare();
    toks[j].is_in(&PART_OF_DAY)
        || toks[j].is_in(&THEN)
        // «أول أمس», «أول من أمس»
        || w == "اول" && toks.get(j + 1).is_some_and(|t| t.w == "امس" || t.w == "من" && toks.get(j + 2).is_some_and(|t| t.w == "امس"))
        || matches!(w, "امس" | "اليوم" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعه" | "السبت")
        || matches!(w, "الاسبوع" | "الشهر" | "العام") && toks.get(j + 1).is_some_and(|t| PAST.contains(&t.w.as_str()) || matches!(t.w.as_str(), "الجاري" | "الحالي"))
        // «مطلع الشهر الجاري», «أواخر الأسبوع الماضي»
        || matches!(w, "مطلع" | "منتصف" | "اواخر" | "اوائل" | "بدايه" | "نهايه") && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "الاسبوع" | "الشهر" | "العام"))
        // («مطلع نيسان الجاري»: or a month)
        || matches!(w, "مطلع" | "منتصف" | "اواخر" | "اوائل" | "بدايه" | "نهايه") && super::dates::month(toks, j + 1).is_some()
}

/// Whether a source phrase from `a` reads on over the preposition at `k`:
/// «مصدر في وزارة الداخلية», «مصدر طبي في مستشفى الجمهورية», «الضابط في
/// الشرطة الصومالية» («في» after a role), «السلطات في مقاطعة صغد», a body «في»
/// a place ([`body_in_place`]), accounts «على/في» a platform («حسابات على منصة
/// "إكس"»), «النائب عن حزب الشعب», and the names of bodies: «الرابطة التونسية
/// للدفاع عن حقوق الإنسان», «الهيئة الوطنية للحد من مخاطر الكوارث», «النقابة
/// الوطنية للعاملين في الصحافة», «الإدارة الوطنية للسلامة في المناجم», «معهد
/// الدراسات من أجل التنمية».
fn reads_on(toks: &[Tok], a: usize, k: usize) -> bool {
    let t = &toks[k];
    let head = if k > a { toks[k - 1].bare() } else { return false };
    // (after «وفقا لـ» too: «وفقا لمسؤول في وزارة الصحة العامة»)
    let role = toks[k - 1].is_in_def(&ROLES) || k == a + 2 && toks[a].is_in_def(&ROLES) || toks[k - 1].w.strip_prefix('ل').is_some_and(|w| ROLES.contains(&w));
    // (not a statement or a time: «وأوضح الناطق في مؤتمر صحفي»)
    let said = toks.get(k + 1).is_some_and(|n| said_word(n.bare()) || said_word(&n.w) || n.is_in(&REPORT_NOUNS));
    (t.w == "في" && (role || matches!(head, "السلطات" | "سلطات")) && !said
        // «قال ثلاثة من السكان ومسؤول محلي»: a count of people who said it
        // («نقلت رويترز عن اثنين من سكان المنطقة»: or a noun in construct)
        || t.w == "من" && k == a + 1 && super::number::read(toks, a, k).is_some() && toks.get(k + 1).is_some_and(|n| n.cls == Cls::Word && (n.w.starts_with("ال") || n.lex.is_none() && toks.get(k + 2).is_some_and(|m| m.w.starts_with("ال"))))
        // «طاقم طبي من نجمة داود الحمراء», «مصدر من الشرطة»
        // («مصدر من الدرك الملكي»: a force by its name)
        || t.w == "من" && role && toks.get(k + 1).is_some_and(|n| n.cls == Cls::Word && (n.lex.is_none() || n.def && matches!(n.lex, Some(Lex::Group(..))) || matches!(n.bare().no_al(), "مستشفي" | "مستشفيات" | "مؤسسه" | "شركه")))
        // «ائتلاف من منظمات المجتمع المدني», «تحالف من الأحزاب»: a body made of others
        || t.w == "من" && matches!(head, "ائتلاف" | "تحالف" | "تجمع" | "شبكه" | "منظمات" | "جمعيات" | "هيئات") && toks.get(k + 1).is_some_and(|n| n.cls == Cls::Word && !is_stop(n))
        || matches!(t.w.as_str(), "علي" | "في") && matches!(head.no_al(), "حسابات" | "صفحات" | "قنوات" | "مجموعات" | "منصات" | "حساب" | "صفحه" | "قناه" | "مجموعه" | "منصه")
        // («صفحات محلية على فيسبوك»: over an adjective)
        || matches!(t.w.as_str(), "علي" | "في") && k >= a + 2 && !toks[k - 1].w.starts_with("ال") && matches!(toks[k - 2].bare().no_al(), "حسابات" | "صفحات" | "قنوات" | "مجموعات")
        || t.w == "عن" && matches!(head, "الدفاع" | "للدفاع" | "دفاع" | "نائب" | "النائب" | "نائبا" | "نائبه" | "النائبه" | "ممثل" | "ممثلين" | "ممثلو" | "ممثلون" | "ممثلا")
        // «المكلف بالإعلام على مستوى المديرية العامة للحماية المدنية»: at a body's level, in it
        || t.w == "علي" && toks.get(k + 1).is_some_and(|n| n.w == "مستوي") && toks.get(k + 2).is_some_and(|n| n.w.starts_with("ال") && super::sources::is_body_head(n.w.no_al()))
        || t.w == "من" && (matches!(head, "الحد" | "للحد") || toks.get(k + 1).is_some_and(|n| n.w == "اجل"))
        // «حسابات مقربة من الكارتل», «مصادر مقربة من الحكومة»: close to whom
        || t.w == "من" && matches!(head.no_al(), "مقربه" | "مقربين" | "مقربون" | "قريبه" | "قريبين")
        || t.w == "في" && matches!(head, "العاملين" | "للعاملين" | "العاملون" | "عاملون" | "عاملين")
        // «الإدارة الوطنية للسلامة في المناجم»: a body's field, then where it works
        || t.w == "في" && head.starts_with("لل") && toks.get(k + 1).is_some_and(|n| n.w.starts_with("ال") && n.lex.is_none() && !place_word(n))
        || t.w == "في" && body_in_place(toks, a, k))
        && toks.get(k + 1).is_some_and(|n| !is_stop(n) || n.is_quote())
}

/// «مركز الطوارئ في بلغراد», «النيابة العامة في سينالوا», «المستشفى الجامعي في
/// توماسينا»: a body the table knows (or its sources), then «في» (at `k`) and a
/// place: a name not in the lexicon (not a statement, a call or a time: «في
/// بيان», «في تصريح», «في وقت سابق»), or a definite place word («في العاصمة»).
/// (The cheap test of the word after «في» first: the label costs a lookup.)
fn body_in_place(toks: &[Tok], a: usize, k: usize) -> bool {
    let Some(n) = toks.get(k + 1) else { return false };
    let name = n.cls == Cls::Word && n.lex.is_none() && !n.w.starts_with("ال") && !n.is_in(&REPORT_NOUNS) && !said_word(n.bare()) && !said_word(&n.w) && !is_time(toks, k + 1) && super::dates::month(toks, k + 1).is_none();
    // («وزارة الأمن الداخلي في ولاية غلمدغ»: a place noun in construct with its name)
    let place = place_word(n) || matches!(n.w.as_str(), "ولايه" | "محافظه" | "مدينه" | "اقليم" | "منطقه" | "بلده" | "مقاطعه") && toks.get(k + 2).is_some_and(|m| m.cls == Cls::Word && m.lex.is_none());
    if !(name || place) {
        return false;
    }
    let words: Vec<&str> = toks[a..k].iter().map(|t| t.w.as_str()).collect();
    // (a body, known by name or by kind, or sources of one: «طبيبين في مجمع ...»; not
    // residents, witnesses or activists)
    !matches!(label(&words.join(" ")), "Other" | "Local sources" | "Witnesses" | "Activists")
}

/// A word of what was said or of a time after «في», which ends a source: «في بيان», «في
/// تصريح», «في مؤتمر صحفي», «في وقت سابق».
fn said_word(w: &str) -> bool {
    matches!(w, "تصريح" | "تصريحات" | "اتصال" | "حديث" | "مقابله" | "مؤتمر" | "منشور" | "تغريده" | "كلمه" | "لقاء" | "رساله" | "وقت" | "ساعه" | "اطار" | "ظل" | "حين") || w.starts_with("بيان") || w.starts_with("تقرير")
}

/// A definite word for a place: «العاصمة», «الولاية», «البلاد».
fn place_word(t: &Tok) -> bool {
    matches!(t.w.as_str(), "العاصمه" | "المدينه" | "الولايه" | "المحافظه" | "الاقليم" | "المنطقه" | "البلده" | "القطاع" | "البلاد")
}

/// A verb with the «ل» of purpose: «لرصد» (in «مركز تعز لرصد الانتهاكات»).
fn purpose(t: &Tok) -> bool {
    t.bare().starts_with('ل') && super::lexicon::lookup(t.bare()).is_some_and(|x| x.1 > 0)
}

/// «قدّر», «قدّرت»: a verb of estimating, whose subject is the source.
fn is_estimate(toks: &[Tok], j: usize) -> bool {
    // (not the passive before what it comes to: «يُقدّر بـ60-70 شخصاً», «كمية تقدر بمليوني حبة»)
    let at = |t: &Tok| matches!(t.w.as_str(), "ب" | "بـ") || matches!(t.w.as_str(), "بنحو" | "بحوالي" | "باكثر" | "باقل" | "بما" | "بعشرات" | "بمئات" | "بالاف" | "بالمئات" | "بالعشرات") || t.w.starts_with("بمليون") || t.w.starts_with("بمليار");
    // (nor a value estimated: «تقدّر قيمتها السوقية بنحو 160 مليون درهم»)
    let value = |t: &Tok| t.bare().starts_with("قيم");
    toks[j].lex == Some(Lex::Toll) && toks[j].is_in(&super::lexicon::ESTIMATE) && !toks.get(j + 1).is_some_and(|t| at(t) || value(t))
}

/// A body's head noun that may take a cue's verbal noun in its name: «نظام رصد
/// الوفيات», «مركز رصد ...», «منظمة رصد الجرائم».
fn name_head(w: &str) -> bool {
    matches!(w, "نظام" | "وحده" | "مشروع" | "برنامج" | "منصه" | "مجموعه") || super::sources::is_body_head(w)
}

/// Whether token `j` is an attribution cue (or an estimate verb, or a verb
/// lowering a toll: «خفّض الوزير الحصيلة إلى 19»).
fn is_cue(toks: &[Tok], j: usize) -> bool {
    // (a verb takes no «ال»: «التابع لوزارة الطوارئ» is no «تابع»; nor is a
    // quoted name: «مرصد "أفاد" لحقوق الإنسان»)
    let name = j > 0 && toks[j - 1].is_quote() && toks.get(j + 1).is_some_and(|t| t.is_quote());
    // (nor one with the «ل» of purpose: «مشروع "أكليد" لرصد النزاعات»)
    let name = name || purpose(&toks[j]);
    // (nor an adjective of belonging after a noun: «في حي ريفي تابع لقضاء سيفريك», «زورق تابع
    // لخفر السواحل»)
    let name = name || toks[j].w == "تابع" && j > 0 && toks[j - 1].cls == Cls::Word && toks[j - 1].lex.is_none() && toks.get(j + 1).is_some_and(|t| t.w.starts_with('ل'));
    // (nor one in construct after a body's head noun: «منظمة رصد الجرائم في ليبيا»)
    let name = name || j > 0 && name_head(toks[j - 1].bare()) && toks.get(j + 1).is_some_and(|t| t.w.starts_with("ال") && !matches!(t.lex, Some(Lex::Trig(..) | Lex::Cue(_))));
    // («وزارة النقل» is no «نقل»)
    // (nor one after a preposition, its verbal noun: «منذ رصد أولى الحالات», «بعد تأكيد»)
    // («يرجى عدم نشر صور»: after «عدم», too)
    // (or «في»: «منظمة أكليد المتخصصة في رصد النزاعات»)
    let masdar = j > 0 && matches!(toks[j - 1].bare(), "منذ" | "بعد" | "قبل" | "عند" | "اثر" | "عقب" | "عدم" | "في") && matches!(toks[j].lex, Some(Lex::Cue(Cue::Says)));
    let verb_ok = !(name || masdar || toks[j].def && matches!(toks[j].lex, Some(Lex::Cue(Cue::Says | Cue::Via))));
    // (and an accusation names its accuser: «اتهمت جمعية حقوقية الجيش بقتل 31 مدنيا»)
    verb_ok && matches!(toks[j].lex, Some(Lex::Cue(_) | Lex::Retract)) || toks[j].is_in(&ACCUSE) && !name || report_issuer(toks, j).is_some() || is_estimate(toks, j) || shows(toks, j) || revises(toks, j) || issued_by(toks, j).is_some() || recorded(toks, j) || learned_from(toks, j, toks.len()).is_some() || came_in(toks, j).is_some()
}

/// «وكانت وزارة الصحة قد سجلت ٤١ إصابة», «وسجّل التقرير وفاة 4 أشخاص»: a verb of
/// recording after «كان ... قد», or before a report or a body, whose subject is the source.
fn recorded(toks: &[Tok], j: usize) -> bool {
    let by = |t: &Tok| t.w.starts_with("ال") && (REPORT_NOUNS.contains(&t.w.no_al()) || super::sources::is_body_head(t.w.no_al()));
    // (or a body in construct: «سجلت وزارة الصحة»)
    let body_of = toks.get(j + 1).is_some_and(|t| super::sources::is_body_head(&t.w)) && toks.get(j + 2).is_some_and(|t| t.w.starts_with("ال"));
    // (or a source the table names: «سجلت الحماية المدنية وفاة 12 شخصا»)
    let known = || {
        let two = toks.get(j + 1..j + 3).map(|w| format!("{} {}", w[0].w, w[1].w)).unwrap_or_default();
        !two.is_empty() && !super::sources::is_generic(super::sources::label(&two))
    };
    // (or after «أن» and a source the table names: «ويذكر أن الحماية المدنية سجلت ...»)
    let known_before = || {
        let k = (j.saturating_sub(4)..j).rev().find(|&k| matches!(toks[k].w.as_str(), "ان" | "بان"));
        let words = k.map(|k| toks[k + 1..j].iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" ")).unwrap_or_default();
        k.is_some_and(|k| k + 1 < j && toks[k + 1..j].iter().all(|t| t.cls == Cls::Word && t.lex.is_none()) && toks[k + 1].w.starts_with("ال")) && !super::sources::is_generic(super::sources::label(&words))
    };
    // (or the answer to «أما»: «أما الشبكة فسجلت ...», «أما منصة ...، فقد سجلت ...»)
    let answer = toks[j].w.starts_with('ف') || j > 0 && toks[j - 1].w == "فقد";
    matches!(toks[j].bare(), "سجل" | "سجلت") && (j > 0 && toks[j - 1].w == "قد" || answer || toks.get(j + 1).is_some_and(by) || body_of || known() || known_before())
}

/// A verb revising a toll: lowering or correcting it («خفّض الوزير الحصيلة»),
/// raising it ([`super::status::raises`]), or updating it («حدّثت الغرفة
/// حصيلتها»: «حدّث», written like «حدث», happened, only with the toll after its
/// subject).
fn revises(toks: &[Tok], j: usize) -> bool {
    let updates = || matches!(toks[j].bare(), "حدث" | "حدثت") && (j + 2..toks.len().min(j + 6)).any(|k| toks[k].lex == Some(Lex::Toll) && toks[k].bare().starts_with("حصيل"));
    toks[j].is_in(&LOWER) || super::status::raises(toks, j) || updates()
}

/// «بيّن التقرير أن ...», «وبيّن المصدر أن ...»: «بيّن» (written like «بين»,
/// between) is a cue only before a report noun, one who speaks, or a subject and «أن»
/// (which «between» never takes); «تُظهر», only before a report noun.
fn shows(toks: &[Tok], j: usize) -> bool {
    let report = |t: &Tok| t.w.strip_prefix("ال").is_some_and(|w| REPORT_NOUNS.contains(&w));
    let that = (j + 2..toks.len().min(j + 5)).find(|&k| matches!(toks[k].w.as_str(), "ان" | "بان" | "انه" | "انها"));
    // («تُظهر بيانات القيادة العامة لشرطة دبي أن ...»: «shows» before a report noun, not
    // before what a video shows: «مقطع فيديو يظهر تلاميذ يفرّون»)
    let data = matches!(toks[j].bare(), "تظهر" | "يظهر") && toks.get(j + 1).is_some_and(|t| t.is_in_def(&REPORT_NOUNS));
    // («وبيّن مصدر أمني لـ"عمون" أنه ...»: before one who speaks)
    let speaker = toks[j].bare() == "بين" && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "مصدر" | "مصادر" | "مسؤول" | "متحدث" | "الناطق" | "المتحدث"));
    data || speaker || toks[j].bare() == "بين" && toks.get(j + 1).is_some_and(|t| report(t) || t.w.starts_with("ال") && that.is_some_and(|k| (j + 1..k).all(|m| toks[m].cls == Cls::Word && !is_stop(&toks[m]))))
}

/// «وعلمت "العمق" من مصادر متطابقة أن ...», «وعلم موقع الأيام من مصدر طبي أن ...»: what an
/// outlet learned is told by whom it learned it from, after «من» (the token after it, if `c`
/// is «علم» with an outlet of at most four words before «من»).
fn learned_from(toks: &[Tok], c: usize, end: usize) -> Option<usize> {
    let learned = !toks[c].def && matches!(toks[c].bare(), "علمت" | "علم");
    let m = learned.then(|| (c + 2..end.min(c + 6)).find(|&m| toks[m].w == "من")).flatten()?;
    ((c + 1..m).all(|k| toks[k].cls == Cls::Word || toks[k].is_quote()) && toks.get(m + 1).is_some_and(|t| t.cls == Cls::Word && !is_stop(t))).then_some(m + 1)
}

/// «وصدر عن قيادة الجيش بيان جاء فيه أن ...»: a report issued by a source,
/// which follows «عن» (the token after it, if `c` is such a verb).
fn issued_by(toks: &[Tok], c: usize) -> Option<usize> {
    (matches!(toks[c].bare(), "صدر" | "صدرت") && toks.get(c + 1).is_some_and(|t| t.w == "عن")).then_some(c + 2)
}

/// «وجاء في بيان الوزارة أن ...», «وورد في تقرير صادر عن المنظمة أن ...»: what a report
/// says, told by the report's issuer (read from the report noun on, as after «بحسب»). The
/// report noun's token, if `c` is «جاء» or «ورد» with «في» and one.
fn came_in(toks: &[Tok], c: usize) -> Option<usize> {
    let report = |t: &Tok| t.is_in(&REPORT_NOUNS) || t.w.strip_prefix("ال").is_some_and(|w| REPORT_NOUNS.contains(&w));
    (matches!(toks[c].bare(), "جاء" | "ورد") && toks.get(c + 1).is_some_and(|t| t.w == "في") && toks.get(c + 2).is_some_and(report)).then_some(c + 2)
}

/// «الحصيلة الأولية التي أعلنتها السلطات ...», «الحصيلة العملياتية ...، التي نشرتها مجلة
/// "الجيش"»: a report's verb of issuing with the report's pronoun, after «التي/الذي» and the
/// report noun (its adjectives, a complement, a comma between); its issuer follows it (the
/// token after the verb, if `c` is one).
fn report_issuer(toks: &[Tok], c: usize) -> Option<usize> {
    // (in the past: «الأرقام التي يعلنها الطرفان» is what both sides are wont to give)
    // (or right after an indefinite report noun and its adjective, which takes no «التي»:
    // «أن حصيلة سابقة أعلنتها وزارة الدفاع مساء الأحد، تحدثت عن ...»)
    // (not after «وفق», «بحسب»: «وفق تقرير نشره معهد ...» names its issuer as they do; nor
    // after «في»: «أعلنت الجماعة في بيان نشرته منصاتها» is the group's, whatever medium
    // carried it)
    let noun = (c.saturating_sub(2)..c).find(|&k| toks[k].is_in(&REPORT_NOUNS) && !toks[k].bare().starts_with("ال"));
    let per = noun.is_some_and(|k| k > 0 && (matches!(toks[k - 1].lex, Some(Lex::Cue(_))) || toks[k - 1].w == "في"));
    let indefinite = noun.is_some() && !per && (c.saturating_sub(2)..c).all(|k| toks[k].cls == Cls::Word && !toks[k].bare().starts_with("ال"));
    if indefinite && !toks[c].bare().starts_with(['ي', 'ت']) && super::lexicon::issued_verb(toks[c].bare()) {
        return Some(c + 1).filter(|&a| toks.get(a).is_some_and(|t| t.cls == Cls::Word && !is_stop(t) && !is_time(toks, a)));
    }
    if c < 3 || !matches!(toks[c - 1].w.as_str(), "التي" | "الذي") || toks[c].bare().starts_with(['ي', 'ت']) || toks[c].bare().starts_with("ال") || !super::lexicon::issued_verb(toks[c].bare()) {
        return None;
    }
    let report = (c.saturating_sub(9)..c - 1).rev().take_while(|&k| !matches!(toks[k].cls, Cls::Punct('.' | ':' | ';') | Cls::Break) && !matches!(toks[k].lex, Some(Lex::Cue(_) | Lex::Trig(..)))).any(|k| toks[k].w.starts_with("ال") && toks[k].is_in_def(&REPORT_NOUNS));
    report.then_some(c + 1).filter(|&a| toks.get(a).is_some_and(|t| t.cls == Cls::Word && !is_stop(t) && !is_time(toks, a)))
}

/// The source phrase a cue at `c` names, as a token range.
fn source(toks: &[Tok], c: usize, end: usize) -> Option<(usize, usize, usize)> {
    // (the issuer, up to a time, a comma or a preposition: «التي أعلنتها السلطات الثلاثاء»,
    // «التي نشرتها مجلة "الجيش" في عددها الأخير»)
    if let Some(a) = report_issuer(toks, c).filter(|&a| a < end) {
        let b = (a..end.min(a + 6)).take_while(|&k| (!is_stop(&toks[k]) || toks[k].is_quote() || reads_on(toks, a, k) && !toks.get(k + 1).is_some_and(|t| t.with_possessive())) && !is_time(toks, k) && !toks[k].is_clause_end() && !(k > a && ends_name(toks, k) && !toks[k].w.starts_with("وال"))).last()?;
        return Some((a, b, 0));
    }
    if let Some(a) = learned_from(toks, c, end) {
        let b = (a..end.min(a + 6)).take_while(|&k| !is_stop(&toks[k]) || reads_on(toks, a, k)).last()?;
        return Some((a, b, 0));
    }
    if let Some(a) = issued_by(toks, c) {
        let b = (a..end.min(a + 6)).take_while(|&k| !is_stop(&toks[k]) && !toks[k].is_in(&REPORT_NOUNS)).last()?;
        return Some((a, b, 0));
    }
    let cue = match toks[c].lex {
        // (a word of saying with «ال» is an adjective: «الإصابات المؤكدة والمشتبه بها»)
        Some(Lex::Cue(Cue::Says)) if toks[c].def => return None,
        Some(Lex::Cue(k)) => k,
        // («"كذب صريح"»: a quoted word is a noun)
        Some(Lex::Retract | Lex::Deny) if c > 0 && toks[c - 1].is_quote() => return None,
        Some(Lex::Retract | Lex::Deny) => Cue::Says,
        // «قدّرت مصادر محلية عدد القتلى بـ...»: an estimate names its source
        _ if is_estimate(toks, c) || shows(toks, c) || revises(toks, c) || toks[c].is_in(&ACCUSE) || recorded(toks, c) && (c == 0 || toks[c - 1].w != "قد") => Cue::Says,
        _ if came_in(toks, c).is_some() => Cue::Per,
        _ => return None,
    };
    // («بأن دورية بحرية رصدت قارباً»: a verb whose subject stood before it, right after «أن»,
    // takes its object after it, no speaker)
    if cue == Cue::Says && fronted_subject(toks, c) {
        return None;
    }
    let skip_quotes = |mut j: usize| {
        while j < end && toks[j].is_quote() {
            j += 1;
        }
        j
    };
    let mut j = came_in(toks, c).unwrap_or_else(|| skip_quotes(c + 1));
    // («التي أعلنت عنها المصالح ذاتها»: the pronoun of what was announced, then who announced it;
    // «في موسم أعلنت فيه السلطات السعودية ...»: or of when)
    // (not a denial's: «بياناً نفت فيه استخدام قواتها ...» names what it denied)
    let when = matches!(toks[c].lex, Some(Lex::Cue(_))) && toks.get(j).is_some_and(|t| matches!(t.w.as_str(), "فيه" | "فيها" | "خلاله" | "خلالها"));
    if when || toks.get(j).is_some_and(|t| matches!(t.w.as_str(), "عنها" | "عنه") && j + 1 < end) {
        j += 1;
    }
    // («في تصريحات أدلى بها والي ...»: statements made, then who made them)
    if matches!(toks[c].bare(), "ادلي" | "ادلت") && toks.get(j).is_some_and(|t| matches!(t.w.as_str(), "بها" | "به") && j + 1 < end) {
        j += 1;
    }
    // («وقال لي مديره ...»: whom it was said to, a pronoun, before the speaker)
    if cue == Cue::Says && j < end && matches!(toks[j].w.as_str(), "لي" | "لنا") {
        j += 1;
    }
    // («قال للجزيرة نت عبر الهاتف إن ...», «وقال لـ"الشرق" مصدر أمني ...»: whom it was said to, an
    // outlet, is no source; the speaker is one of a known kind after it, or none)
    // («قال لبرلمان.كوم إن ...»: or a site's name with «ل» before its dot)
    let site = |j: usize| toks[j].w.starts_with('ل') && toks[j].lex.is_none() && toks.get(j + 1).is_some_and(|t| t.cls == Cls::Other && t.w == ".");
    if cue == Cue::Says && j < end && (toks[j].w.starts_with("لل") && toks[j].w.chars().count() > 3 || matches!(toks[j].w.as_str(), "ل" | "لـ") || site(j)) {
        let speaker = |k: usize| {
            // (as written: «وزارة» is no «و» + «زارة»)
            super::sources::is_body_head(&toks[k].w) || office(&toks[k]) || matches!(toks[k].w.no_al(), "مصدر" | "مصادر" | "مسؤول" | "مسؤولون" | "متحدث" | "شهود" | "شاهد")
        };
        let next = (j + 1..end.min(j + 6)).find(|&k| matches!(toks[k].bare(), "ان" | "انه" | "انها" | "بان") || toks[k].cls == Cls::Punct(':') || speaker(k));
        j = next.filter(|&k| speaker(k))?;
    }
    let mut pre = 0;
    // where a report noun was skipped («وفق تقديرات ...»)
    let mut report = None;
    match cue {
        Cue::Via => {
            let k = (j..end.min(j + 16)).find(|&k| toks[k].bare() == "عن")?;
            j = skip_quotes(k + 1);
            // «نقلت ... عن بحسب الوزارة»: the nearer cue names the source
            if toks.get(j).is_some_and(|t| matches!(t.lex, Some(Lex::Cue(_)))) {
                return source(toks, j, end);
            }
            // «نقلت صحيفة "لا برينسا" عن عدد منهم قولهم»: told by people it does not name, the outlet
            if toks.get(j).is_some_and(|t| matches!(t.bare(), "عدد" | "بعض" | "بعضهم" | "احدهم" | "احدهن")) {
                let a = skip_quotes(c + 1);
                let b = (a..k).rev().find(|&m| !toks[m].is_quote())?;
                return (b >= a && b < a + 6).then_some((a, b, 0));
            }
        }
        Cue::Per => {
            // «حسب ما», «وفقا لما أعلنه المتحدث»
            if toks.get(j).is_some_and(|t| t.w == "ما" || t.w == "لما") {
                j += 1;
                // («وفق ما تقتضيه الأنظمة»: as something requires, no one's report)
                if toks.get(j).is_some_and(|t| t.cls == Cls::Word && t.lex.is_none() && !t.w.starts_with("ال") && (t.w.ends_with('ه') || t.w.ends_with("ها")) && pronoun_stem(t).is_none() && !issued(t)) {
                    return None;
                }
                // «حسب ما نقلته الوكالة عن مصدر طبي»: the source after «عن»; without
                // «عن», the one who reported it («حسب ما نقلته قناة محلية»)
                if toks.get(j).is_some_and(|t| t.lex == Some(Lex::Cue(Cue::Via))) {
                    if let Some(s) = source(toks, j, end) {
                        return Some(s);
                    }
                    j += 1;
                }
            }
            // «حسبما علم يوم الثلاثاء لدى مديرية الصحة»: learned from the body after «لدى» or «من»
            if toks.get(j).is_some_and(|t| t.w == "علم") {
                j = (j + 1..end.min(j + 6)).find(|&k| matches!(toks[k].w.as_str(), "لدي" | "من"))? + 1;
            }
            // («وفق ما ذكرته الوزارة»: the verb with the pronoun of what it said)
            if toks.get(j).is_some_and(|t| t.lex == Some(Lex::Cue(Cue::Says)) || j > 0 && matches!(toks[j - 1].w.as_str(), "ما" | "لما") && said_it(t)) {
                j += 1;
                // «حسب ما أفادت به مصادر طبية»
                if toks.get(j).is_some_and(|t| matches!(t.w.as_str(), "به" | "بها")) {
                    j += 1;
                }
                // «حسب ما أفاد به اليوم الأربعاء بيان لوزارة الدفاع»: over its time, to the report
                let mut k = j;
                while k < end.min(j + 4) && is_time(toks, k) {
                    k += 1;
                }
                if k > j && toks.get(k).is_some_and(|t| t.is_in(&REPORT_NOUNS)) {
                    j = k;
                }
            }
            // «وفق آخر حصيلة أعلنتها الوزارة», «وفقا لأحدث أرقام الهيئة»: the report, not «latest»
            if toks.get(j).is_some_and(|t| matches!(t.bare(), "اخر" | "احدث" | "لاحدث" | "لاخر")) && toks.get(j + 1).is_some_and(|t| t.is_in(&REPORT_NOUNS)) {
                j += 1;
            }
            // «وفق التقرير السنوي للحوادث المرورية الذي أصدرته مديرية الأمن العام», «وبحسب
            // النشرة السنوية التي أصدرها الجهاز المركزي ...»: the issuer
            if toks.get(j).is_some_and(|t| (REPORT_NOUNS.contains(&t.w.no_al()) || t.w == "النشره") && t.w.starts_with("ال")) {
                if let Some(r) = (j + 1..end.min(j + 6)).find(|&r| matches!(toks[r].w.as_str(), "الذي" | "التي")).filter(|&r| toks.get(r + 1).is_some_and(issued)) {
                    j = r + 2;
                }
            }
            // «بحسب بيان أصدرته وزارة الداخلية», «وفق تقرير صادر عن ...», «بحسب بيان للشرطة»,
            // «وفق حصيلة أولية أوردها مسعفون», «بحسب إحصائية جديدة نشرتها الوزارة», «وفقا
            // لبيان صادر عن مديرية الصحة»
            // («ووفق قرار دائرة الاتهام، ...»: a court's or a body's decision, its maker's)
            let report_noun = |t: &Tok| t.is_in(&REPORT_NOUNS) || t.w.strip_prefix('ل').is_some_and(|w| REPORT_NOUNS.contains(&w)) || matches!(t.bare(), "قرار" | "لقرار");
            if toks.get(j).is_some_and(report_noun) {
                report = Some(j);
                j += 1;
                // up to two adjectives: «أولية», «جديدة», «رسمية»
                for _ in 0..2 {
                    if toks.get(j).is_some_and(|t| t.is_in(&REPORT_ADJECTIVES)) {
                        j += 1;
                    }
                }
                if toks.get(j).is_some_and(issued) {
                    j += 1;
                }
                // «وفق أرقام حصلت عليها «الغد» من مديرية الأمن العام»: an outlet's figures from
                // a body, the body's
                if let Some(m) = got_from(toks, j, end) {
                    j = m;
                }
                // «بحسب حصيلة رسمية.»: the report itself, when no issuer follows (a time may
                // end it: «بحسب أرقام رسمية آنذاك.»)
                let then = (j..end.min(j + 3)).find(|&k| !is_time(toks, k)).unwrap_or(end);
                // («وجاء في البيان أن ...»: the report, then what it says)
                let that = |t: &Tok| came_in(toks, c).is_some() && matches!(t.w.as_str(), "ان" | "انه" | "بان" | ":");
                if j > c + 2 && toks.get(then).is_none_or(|t| t.is_clause_end() || that(t)) {
                    return report.map(|r| (r, j - 1, 0));
                }
            }
            // «بحسب بيان جديد لوزارة الصحة»: «لوزارة» → «وزارة» («للمديرية» stays whole)
            let next = toks.get(j).map_or("", |t| t.w.as_str());
            if report.is_some_and(|r| r < j) && next.starts_with('ل') && !next.starts_with("لل") && !next.starts_with("لجن") && next.chars().count() > 3 {
                pre = 1;
            }
            if toks.get(j).is_some_and(|t| matches!(t.w.as_str(), "عن" | "الي" | "ل")) {
                j += 1;
            }
            let w = toks.get(j).map(|t| t.w.as_str()).unwrap_or("");
            // (not «لل», the preposition and the article: «وفقا للمنظمة الدولية للهجرة», see [`claimant`])
            if j == c + 1 && matches!(toks[c].w.as_str(), "وفقا" | "طبقا" | "وفق" | "استنادا" | "ووفقا" | "وطبقا") && w.starts_with('ل') && !w.starts_with("لل") && !w.starts_with("لجن") && !w.starts_with("لجا") && w.chars().count() > 3 {
                pre = 1;
            }
        }
        Cue::Says => {
            // «فقال لرووداو إن ...», «قالت للصحفيين إن»: whom it was said to is no source
            // («وقال لراديو تمازج إن»: an outlet of two or three words)
            let to = |t: &Tok| t.w.starts_with('ل') && !t.w.starts_with("ال");
            let that = |t: &Tok| matches!(t.w.as_str(), "ان" | "انه" | "انها" | "بان") || t.cls == Cls::Punct(',');
            let named = |k: usize| toks.get(k).is_some_and(|t| matches!(t.cls, Cls::Word | Cls::Latin | Cls::Num) && t.lex.is_none() && !t.w.starts_with("ال"));
            // («قال لشبكة رووداو الإعلامية إن ...»: an outlet named by its head, then its name)
            let outlet = |t: &Tok| t.w.strip_prefix('ل').is_some_and(|w| matches!(w, "شبكه" | "قناه" | "صحيفه" | "وكاله" | "موقع" | "اذاعه" | "تلفزيون" | "راديو" | "جريده" | "مجله"));
            let plain = |k: usize| toks.get(k).is_some_and(|t| matches!(t.cls, Cls::Word | Cls::Latin) && !is_stop(t) || t.is_quote());
            let named_outlet = toks.get(j).is_some_and(outlet) && (j + 2..j + 6).find(|&k| toks.get(k).is_some_and(that)).is_some_and(|k| (j + 1..k).all(plain));
            if toks.get(j).is_some_and(to) && (toks.get(j + 1).is_some_and(that) || (j + 2..j + 4).find(|&k| toks.get(k).is_some_and(that)).is_some_and(|k| (j + 1..k).all(named))) || named_outlet {
                return None;
            }
            // «وقال، في مؤتمر صحفي، وزير الصحة ...»: a parenthesis between the verb and its subject
            if toks.get(j).is_some_and(|t| t.cls == Cls::Punct(',')) {
                if let Some(k) = (j + 1..end.min(j + 9)).find(|&k| toks[k].cls == Cls::Punct(',')) {
                    j = k + 1;
                }
            }
            // «أفادت به هيئة ...»: the pronoun after the verb
            if toks.get(j).is_some_and(|t| matches!(t.w.as_str(), "به" | "بها")) {
                j += 1;
            }
            // «أفاد بلاغ للمديرية العامة ...», «ذكر تقرير صادر عن المنظمة»: the issuer
            // (after up to two adjectives: «كشف التقرير الشهري الصادر عن الإدارة العامة
            // للمرور», «كشفت الإحصاءات السنوية للإدارة العامة للمرور»)
            let al = |t: &Tok| t.bare().starts_with("ال");
            let indefinite = toks.get(j).is_some_and(|t| t.is_in(&REPORT_NOUNS));
            if indefinite || toks.get(j).is_some_and(|t| al(t) && t.is_in_def(&REPORT_NOUNS)) {
                let mut m = j + 1;
                while m < end && m < j + 3 && toks[m].is_in_def(&REPORT_ADJECTIVES) && al(&toks[m]) != indefinite {
                    m += 1;
                }
                // («كشفت النشرة الشهرية لإحصاءات المرور الصادرة عن مجلس التخطيط»: over what it
                // reports, a report noun with «ل», and its word)
                if toks.get(m).is_some_and(|t| t.w.strip_prefix('ل').is_some_and(|w| REPORT_NOUNS.contains(&w.no_al()))) {
                    m += 1;
                    if toks.get(m).is_some_and(|t| t.w.starts_with("ال") && !issued(t)) {
                        m += 1;
                    }
                }
                // («وبيّنت النشرة رقم (3)، الصادرة عن إدارة المستشفى»: over its number and a comma)
                if toks.get(m).is_some_and(|t| t.w == "رقم") {
                    m = (m + 1..end.min(m + 5)).find(|&k| !toks[k].is_quote() && toks[k].cls != Cls::Num).unwrap_or(m);
                    if toks.get(m).is_some_and(|t| t.cls == Cls::Punct(',')) && toks.get(m + 1).is_some_and(issued) {
                        m += 1;
                    }
                }
                let next = toks.get(m).map_or("", |t| t.w.as_str());
                if next.starts_with('ل') && next.chars().count() > 3 && !next.starts_with("لجن") && (indefinite || m > j + 1) {
                    j = m;
                    // «لوزارة» → «وزارة»; «للمديرية» stays whole (its «ا» is gone)
                    pre = usize::from(!next.starts_with("لل"));
                } else if toks.get(m).is_some_and(issued) && toks.get(m + 1).is_some_and(|t| t.w == "عن") {
                    j = m + 2;
                } else if indefinite && m == j + 1 && toks.get(m).is_some_and(|t| t.w.starts_with("ال") && (super::sources::is_body_head(t.w.no_al()) || label(&t.w) != "Other")) {
                    // «وأوضح بيان الشرطة أن ...», «وقال بيان الجيش إن ...»: the body's statement
                    let b = (m..end.min(m + 6)).take_while(|&k| !is_stop(&toks[k]) || reads_on(toks, m, k)).last()?;
                    return Some((j, b, 0));
                } else if !indefinite && toks.get(m).is_some_and(|t| matches!(t.w.as_str(), "التي" | "الذي")) && toks.get(m + 1).is_some_and(issued) {
                    // «وأشارت الحصيلة التي أعلنتها السلطات إلى ...»: its issuer
                    j = m + 2;
                } else if let Some(m) = got_from(toks, j + 1, end).filter(|_| indefinite) {
                    // «وتشير إحصائية حصلت عليها شفق نيوز من مصدر في الشرطة»: the source it came from
                    j = m;
                }
            }
        }
    }
    let mut a = skip_quotes(j);
    // «قد أعلن الأسبوع الماضي أنه ...», «أعلنت، اليوم الأحد، ...», «أعلنت يوم الثلاثاء
    // الماضي»: a time is no source
    while a < end && a < j + 5 && (is_time(toks, a) || a > j && toks[a].is_in(&PAST) || a > j && toks[a].bare() == "الاول" && toks[a - 1].bare() == "امس" || matches!(toks[a].bare(), "رسميا" | "سابقا" | "لاحقا" | "مجددا" | "مؤخرا" | "ايضا" | "كذلك")) {
        // («تحدثت يوم الضربة لوسائل إعلام عن ...»: the day of an event, its noun with it)
        let day_of = matches!(toks[a].bare(), "يوم" | "ليله" | "صباح" | "مساء" | "عشيه" | "فجر") && toks.get(a + 1).is_some_and(|t| t.w.starts_with("ال") && t.cls == Cls::Word && a + 1 < end && !is_time(toks, a + 1));
        a += if matches!(toks[a].bare(), "الاسبوع" | "الشهر" | "العام") || day_of { 2 } else { 1 };
    }
    // («جمعية فولانية تتهم الجيش ... بقتل 31»: an accuser named before the verb; whom it
    // accused follows it, and is no source)
    let linking = |t: &Tok| matches!(t.bare(), "بينما" | "فيما" | "كما" | "لكن" | "ثم" | "قد" | "اذ" | "حيث" | "بدوره" | "بدورها");
    let subject = |t: &Tok| t.cls == Cls::Word && !is_stop(t) && !linking(t) && !matches!(t.lex, Some(Lex::Prep | Lex::Cue(_) | Lex::Neg | Lex::Trig(..)));
    if toks[c].is_in(&ACCUSE) && c > 0 && subject(&toks[c - 1]) && toks[c].w.len() == toks[c].bare().len() {
        let a = (c.saturating_sub(6)..c).rev().take_while(|&k| subject(&toks[k])).last()?;
        return Some((a, c - 1, 0));
    }
    // «نفى ذلك», «حذفت خبرا نشرته»: what was denied or withdrawn is no source
    if matches!(toks[c].lex, Some(Lex::Deny | Lex::Retract)) && toks.get(a).is_some_and(|t| matches!(t.bare(), "ذلك" | "هذا" | "هذه" | "تلك" | "خبرا" | "الخبر" | "منشورا" | "المنشور" | "تغريده" | "التغريده")) {
        return None;
    }
    // «تراجع عدد الوفيات مقارنة بشهر فبراير»: a number that fell («تراجع», also «backed
    // down») has no source after it
    if toks[c].lex == Some(Lex::Retract) && toks.get(a).is_some_and(|t| matches!(t.bare(), "مقارنه" | "بنسبه" | "بشكل" | "بمعدل" | "عدد" | "الي" | "قليلا" | "طفيفا")) {
        return None;
    }
    // («يرجع خبراء تزايد الهجمات إلى تراجع الفرائس البرية»: a verbal noun after a preposition
    // tells a decline, no one who backed down)
    if toks[c].lex == Some(Lex::Retract) && c > 0 && (toks[c - 1].lex == Some(Lex::Prep) || matches!(toks[c - 1].w.as_str(), "الي" | "في" | "من" | "مع")) {
        return None;
    }
    // «أصدرت مذكرات توقيف بحق 7 أشخاص»: a document issued is no source
    if toks.get(a).is_some_and(|t| matches!(t.bare(), "مذكرات" | "مذكره" | "مذكرتي" | "قرارا" | "قرار" | "حكما" | "امرا" | "تعليمات")) {
        return None;
    }
    // «رصدت مجموعة من المهربين»: what was spotted is no source
    if matches!(toks[c].bare(), "رصد" | "رصدت" | "ترصد" | "يرصد") && toks.get(a).is_some_and(|t| matches!(t.bare(), "مجموعه" | "مجموعات" | "عددا" | "تحركات" | "تحرك")) && toks.get(a + 1).is_some_and(|t| t.w == "من" || !t.w.starts_with("ال")) {
        return None;
    }
    // «أحصى "أكثر من 30 جثة"»: a count, or its qualifier, is no source; nor what an
    // estimate counted («الحاضرين الذين قدر عددهم بنحو 200»)
    if toks.get(a).is_some_and(|t| t.cls == Cls::Num || matches!(t.bare(), "اكثر" | "اقل" | "نحو" | "قرابه" | "زهاء" | "حوالي" | "عشرات" | "مئات" | "الاف" | "العشرات" | "المئات" | "عددهم" | "عددها" | "عدده" | "عددهن")) {
        return None;
    }
    // («الجيش أعلن "تحييد" 37 مهاجماً»: a word of casualties quoted alone is what was said)
    if a > 0 && toks[a - 1].is_quote() && toks.get(a).is_some_and(|t| matches!(t.lex, Some(Lex::Trig(..)))) && toks.get(a + 1).is_some_and(|t| t.is_quote()) {
        return None;
    }
    // «قد تداولت صباح اليوم أنباء عن ...»: the news told is no source
    if a > j && toks.get(a).is_some_and(|t| super::lexicon::HEARSAY.contains(&t.w.no_al())) {
        return None;
    }
    let mut b = None;
    let mut k = a;
    // a quoted name is read whole, over the words of casualties in it: «"لجنة المفقودين
    // وضحايا العنف"» (words of a name only: no cue, preposition or stop but those)
    // (or a quoted name right after its head: «منصة "سنوقف قتل النساء"»)
    let open_at = if a > 0 && toks[a - 1].is_quote() { Some(a) } else { (toks.get(a).is_some_and(|t| super::sources::is_head(&t.w)) && toks.get(a + 1).is_some_and(|t| t.is_quote())).then_some(a + 2) };
    let quoted_to = open_at
        // (and words that end a name outside quotes, an event's noun among them: «"مركز وصول
        // لحقوق الإنسان"»; not a clause's: «أن», «ما», «التي»)
        .and_then(|o| (o + 1..end.min(o + 10)).find(|&m| toks[m].is_quote()).filter(|&q| (o..q).all(|m| toks[m].cls == Cls::Word && (!is_stop(&toks[m]) || matches!(toks[m].lex, Some(Lex::Trig(..))) || toks[m].lex.is_none() && toks[m].is_in(&SOURCE_STOPS) && !matches!(toks[m].w.as_str(), "ان" | "انه" | "انها" | "بان" | "عن" | "ما" | "الذي" | "التي" | "حيث" | "لكن" | "الا" | "سوي")))));
    // the object of a denial after its subject: «نفى المحافظ الأرقام ...»
    let deny = toks[c].lex == Some(Lex::Deny);
    // the one accused after the accuser: «اتهمت وزارة الدفاع الأذربيجانية يريفان بـ...»
    let accuse = toks[c].is_in(&ACCUSE);
    // what was published after its publisher: «ونشر الإعلام الأمني لقوات الحزام منشوراً جاء فيه»
    // (and right after the verb, no source: «المستشفى ... نشر سلسلة تغريدات:», its subject before)
    let post = |t: &Tok| matches!(t.bare(), "منشورا" | "تغريده" | "تغريدات" | "تدوينه" | "سلسله" | "مقطعا");
    if matches!(toks[c].bare(), "نشر" | "نشرت") && toks.get(a).is_some_and(post) {
        return None;
    }
    while k < end && k < a + 12 {
        let t = &toks[k];
        if k > a && matches!(toks[c].bare(), "نشر" | "نشرت") && post(t) {
            break;
        }
        if k > a && deny && (REPORT_NOUNS.contains(&t.w.no_al()) || super::lexicon::HEARSAY.contains(&t.w.no_al())) {
            break;
        }
        // («اتهم حزب معارض السلطات بـ"إخفاء الحقيقة"»: whomever it accused, right before the
        // accusation)
        if k > a && accuse && toks.get(k + 1).is_some_and(accusation) {
            break;
        }
        // a body named by its definite head alone takes no indefinite word after it: that is
        // the verb's object («أعلنت الوكالة انتهاء عمليات البحث»; a person's title may take a
        // name, «الرئيس ماكرون», a body's may not)
        let body_head = |w: &str| matches!(w, "الوكاله" | "الوزاره" | "المنظمه" | "الهيئه" | "الشرطه" | "المديريه" | "الاداره" | "المركز" | "المكتب" | "الحكومه" | "المجلس" | "الجيش" | "البعثه" | "الشركه");
        if k == a + 1 && body_head(toks[a].bare()) && t.cls == Cls::Word && !t.w.starts_with("ال") && !t.is_quote() && !reads_on(toks, a, k) && toks.get(k + 1).is_some_and(|n| n.cls == Cls::Word) {
            break;
        }
        // (a verb with the pronoun of the report after it starts a clause of its own: «بلاغ
        // للمديرية توصلت به هسبريس»)
        if k > a && !t.w.starts_with("ال") && toks.get(k + 1).is_some_and(|n| matches!(n.w.as_str(), "به" | "بها" | "عليه" | "عليها")) {
            break;
        }
        let role_in = reads_on(toks, a, k);
        // (a quoted name is no cue: «مرصد "أفاد"»; nor a verbal noun with the «ل» of
        // purpose in a body's name: «مركز تعز لرصد الانتهاكات»)
        let quoted_name = k > a && toks[k - 1].is_quote() && toks.get(k + 1).is_some_and(|n| n.is_quote()) && t.cls == Cls::Word;
        let purpose_name = k > a + 1 && purpose(t) && toks.get(k + 1).is_some_and(|n| n.w.starts_with("ال"));
        // (a number inside a quoted name: «"مجموعة 24"»)
        let quoted_number = t.cls == Cls::Num && toks.get(k + 1).is_some_and(|n| n.is_quote()) && (k.saturating_sub(3)..k).any(|j| toks[j].is_quote());
        // («ذوو الضحايا», «أهالي القتلى»: the kin of the counted)
        let kin = k > a && t.def && matches!(t.lex, Some(Lex::Trig(..))) && matches!(toks[k - 1].bare(), "ذوو" | "ذوي" | "اهالي" | "عائلات" | "اسر" | "اقارب" | "اهل" | "امهات" | "محامو" | "محامي");
        // («وحدة الحروق في مستشفى كلية دكا الطبية»: a ward named by what it treats; as written,
        // «وحدة» is no «و» + «حدة»)
        // («رئيس قسم جراحة الإصابات»: or by its speciality and what it treats)
        let ward = |m: usize| [toks[m].w.as_str(), toks[m].bare()].iter().any(|w| matches!(*w, "وحده" | "قسم" | "مركز" | "جناح" | "مستشفي" | "مصلحه"));
        let speciality = |m: usize| matches!(toks[m].bare(), "جراحه" | "طب" | "علاج" | "امراض");
        // («مدير وحدة الحروق في مستشفى كلية طب دكا»: the ward after a post)
        let kin = kin || k > a && t.def && matches!(trig(t.lex), Some((Kind::Injured, _))) && (ward(k - 1) || k >= a + 2 && speciality(k - 1) && ward(k - 2));
        // (a cue's noun with ال after a body's head is its portfolio: «وزارة النقل»)
        let portfolio = k > a && t.w.starts_with("ال") && matches!(t.lex, Some(Lex::Cue(_))) && [toks[k - 1].w.as_str(), toks[k - 1].bare()].iter().any(|w| matches!(w.no_al(), "وزاره" | "هيئه" | "مديريه" | "اداره" | "مصلحه" | "دائره" | "قطاع"));
        // (a cue's verbal noun in a body's name: «نظام رصد الوفيات اليومية», «مركز رصد ...»)
        let masdar_at = |m: usize| m == a + 1 && matches!(toks[m].lex, Some(Lex::Cue(_))) && name_head(toks[a].bare()) && toks.get(m + 1).is_some_and(|n| n.w.starts_with("ال"));
        // (and the definite words of what it watches: «الوفيات اليومية»)
        let name_masdar = masdar_at(k) || k > a + 1 && k <= a + 3 && masdar_at(a + 1) && t.w.starts_with("ال") && (a + 2..k).all(|m| toks[m].w.starts_with("ال"));
        if (k > a || pre == 0) && is_stop(t) && !(t.is_quote() && k > a) && !role_in && !quoted_name && !purpose_name && !governor(toks, a, k) && !quoted_number && !portfolio && !name_masdar && !kin && quoted_to.is_none_or(|q| k >= q) {
            break;
        }
        if !t.is_quote() {
            b = Some(k);
        }
        k += 1;
    }
    // («ونفى ...، واتهم الجيش بـ"اختلاق الحادثة"»: an accusation whose subject went before
    // names whom it accused after it, no source)
    // (a conjoined verb, the accusation within two words after it: «واتهم القوات الحكومية
    // بتنفيذه»; not «واتهم حزب معارض السلطات بـ...», its subject after it)
    let accusation_at = |m: usize| m < end && toks.get(m).is_some_and(accusation);
    if accuse && toks[c].has_conj() && b.is_some() && (accusation_at(a + 1) || accusation_at(a + 2) && toks[a + 1].w.starts_with("ال")) {
        return None;
    }
    // «وقال المدير الطبي للمستشفى، الدكتور تسفاي أليمو، إن ...»: a post, then a title and
    // a name between commas, is named with the name
    if let Some(bb) = b.filter(|&bb| toks.get(bb + 1).is_some_and(|t| t.cls == Cls::Punct(','))) {
        let title = |m: usize| toks.get(m).is_some_and(|t| matches!(t.bare(), "الدكتور" | "الدكتوره" | "اللواء" | "العميد" | "العقيد" | "المقدم" | "الرائد" | "النقيب" | "الجنرال" | "الفريق" | "السيد" | "السيده" | "الشيخ" | "القاضي" | "المهندس"));
        let close = (bb + 3..end.min(bb + 8)).find(|&m| toks[m].cls == Cls::Punct(','));
        if let Some(close) = close.filter(|&cl| title(bb + 2) && (bb + 3..cl).all(|m| toks[m].cls == Cls::Word && toks[m].lex.is_none())) {
            return Some((a, close - 1, pre));
        }
    }
    // «اللواء أسامة عبد الوهاب، مدير أمن المنيا، ...»: a name the table does not
    // know, then its role between commas, is named with its role
    if let Some(bb) = b.filter(|&bb| toks.get(bb + 1).is_some_and(|t| t.cls == Cls::Punct(','))) {
        let norm: Vec<&str> = toks[a..=bb].iter().map(|t| t.w.as_str()).collect();
        let r0 = bb + 2;
        let r1 = (r0..end.min(r0 + 10)).find(|&m| toks[m].cls == Cls::Punct(','));
        // («مدير مستشفى فلجي هيوت في مدينة بحر دار»: a place in the post)
        let role_ok = |m: usize| toks[m].cls == Cls::Word && (toks[m].w == "في" && m > r0 + 1 || !matches!(toks[m].lex, Some(Lex::Cue(_) | Lex::Trig(..) | Lex::Prep | Lex::Neg))) && !matches!(toks[m].bare(), "الذي" | "التي" | "هو" | "هي");
        // (a post: «مدير أمن المنيا», «المتحدث باسم ...», not a title and a name: «المهندس خالد ...»)
        let post = |m: usize| {
            let w = toks[m].bare().no_al();
            toks[m].is_in_def(&ROLES) || matches!(w, "وزير" | "محافظ" | "والي" | "امين" | "نائب" | "منسق" | "قائد" | "مراسل" | "رئيسه" | "مديره" | "وزيره")
        };
        if label(&norm.join(" ")) == "Other" && !toks[r0.min(end - 1)].w.starts_with('و') {
            if let Some(r1) = r1.filter(|&r1| r1 > r0 + 1 && (r0..r1).all(role_ok) && post(r0)) {
                return Some((a, r1 - 1, pre));
            }
        }
    }
    // «وفق تقديرات أممية», «بحسب أرقام حكومية»: a report named only by its adjective is the source
    let nisba = |t: &Tok| !t.w.starts_with("ال") && (t.w.ends_with("يه") || t.w.ends_with('ي'));
    if let (Some(r), Some(bb)) = (report, b) {
        if bb == a && nisba(&toks[a]) && toks.get(a + 1).is_none_or(|t| t.is_clause_end()) {
            return Some((r, bb, 0));
        }
    }
    b.map(|b| (a, b, pre))
}

/// Whether the verb at `c` has its subject before it, a noun (and its adjective) right
/// after «أن», «بأن» or «وأن»: «بأن دورية بحرية رصدت ...», «أن الدوريات رصدت القارب».
fn fronted_subject(toks: &[Tok], c: usize) -> bool {
    let Some(m) = (c.saturating_sub(3)..c).rev().find(|&m| matches!(toks[m].w.as_str(), "ان" | "بان" | "وان")) else { return false };
    // (not «أن ما تداولته منصات»: «ما», what, is no subject)
    let particle = |t: &Tok| matches!(t.w.as_str(), "ما" | "من" | "لا" | "لم" | "لن" | "قد" | "هذا" | "هذه" | "ذلك" | "تلك" | "كل");
    m + 1 < c && !particle(&toks[m + 1]) && toks[m + 1..c].iter().all(|t| t.cls == Cls::Word && t.lex.is_none_or(|l| matches!(l, Lex::Group(..))))
}

/// The source a sentence without figures names first after a verb of saying or denying («وصرح
/// مصدر عسكري في القيادة العامة بأن ...»): a back-reference later («وأوضح المصدر») may stand for it.
pub fn named_in(doc: &Doc, si: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let (s0, s1) = doc.sents[si];
    // (or a verb of denying: «نفى المتحدث باسم المجلس العسكري استهداف المدنيين» before «وقال المتحدث»)
    let denies = |t: &Tok| t.lex == Some(Lex::Deny) && matches!(t.bare(), "نفي" | "نفت");
    let (j, (a, b, pre)) = (s0..s1).filter(|&j| toks[j].lex == Some(Lex::Cue(Cue::Says)) && is_cue(toks, j) || denies(&toks[j])).find_map(|j| Some((j, source(toks, j, s1)?)))?;
    // (what is denied follows the name: «نفى المتحدث باسم المجلس العسكري | استهداف المدنيين»,
    // the first indefinite word after a definite one)
    let b = if denies(&toks[j]) { (a + 1..=b).find(|&k| toks[k - 1].w.starts_with("ال") && !toks[k].w.starts_with("ال") && !toks[k].w.starts_with(['ب', 'ل', 'و'])).map_or(b, |k| k - 1) } else { b };
    Some(claimant(doc, (a, b, pre)))
}

/// «ذكرته», «أكدته», «وثقه»: a verb of saying or recording with the pronoun of what was said.
fn said_it(t: &Tok) -> bool {
    !t.w.starts_with("ال") && matches!(pronoun_stem(t), Some(Lex::Cue(_)))
}

/// The lexicon's entry for a word without its object pronoun «ه» or «ها», read as written
/// and without its conjunction («وثقه» is no «و» + «ثقه»; «تقتضيه» has none).
fn pronoun_stem(t: &Tok) -> Option<Lex> {
    ["ه", "ها"].iter().find_map(|p| [t.w.as_str(), t.bare()].iter().find_map(|w| super::lexicon::lookup(w.strip_suffix(p)?)).map(|x| x.0))
}

/// «بـ"إخفاء الحقيقة"», «بتنفيذه»: what someone is accused of, after whom («اتهم حزب
/// معارض السلطات بـ...»): a word with «ب» that is no cue and no statement («ببيان»).
fn accusation(t: &Tok) -> bool {
    t.w.starts_with('ب') && t.lex.is_none_or(|l| !matches!(l, Lex::Cue(_))) && !matches!(t.bare(), "بيان" | "بلاغ")
}

/// «أصدرته», «أوردها», «نشرتها», «أعلنتها», «صادر/صادرة (عن)»: the verb of
/// issuing a report, with the pronoun of the report.
fn issued(t: &Tok) -> bool {
    matches!(t.bare(), "صادر" | "صادره" | "الصادر" | "الصادره") || super::lexicon::issued_verb(t.bare())
}

/// «وكان مبعوث الأمم المتحدة قد ذكر أن ...», «وكانت الأمم المتحدة قد قدّرت أن»: the
/// source between «كان» and «قد» before a cue at `c`, or before «كان» after «أن» («يشار إلى أن المنتدى كان قد
/// أحصى»), or the one a relative pronoun there stands for («أعلنت شرطة الولاية،
/// التي كانت قد تحدثت»).
fn before_qad(toks: &[Tok], s0: usize, c: usize) -> Option<(usize, usize, usize)> {
    if !(toks[c].lex == Some(Lex::Cue(Cue::Says)) || revises(toks, c) || recorded(toks, c) || is_estimate(toks, c)) || c < s0 + 3 || toks[c - 1].w != "قد" {
        return None;
    }
    let k = (c.saturating_sub(16).max(s0)..c - 1).rev().find(|&k| matches!(toks[k].bare(), "كان" | "كانت"))?;
    // «يشار إلى أن المنتدى كان قد أحصى»: the subject before «كان», after «أن»
    if k + 1 == c - 1 {
        let a = (s0..k).rev().take(8).take_while(|&j| !toks[j].is_clause_end() && !matches!(toks[j].w.as_str(), "ان" | "بان" | "انه" | "انها")).last()?;
        // «بحسب ما أعلنت شرطة الولاية، التي كانت قد تحدثت ...»: the source the relative pronoun stands for
        if matches!(toks[a].w.as_str(), "التي" | "الذي" | "الذين") {
            let comma = a.checked_sub(1).filter(|&p| p > s0 && toks[p].cls == Cls::Punct(','))?;
            return (s0..comma).rev().take(20).find_map(|j| source(toks, j, comma));
        }
        return (a < k && toks[a].w.starts_with("ال")).then(|| (a, k - 1, 0));
    }
    // «وكانت غرفة الطوارئ، وهي مجموعة تطوعية، قد أعلنت»: the name, without what describes it;
    // «وكانت إحصائية أعلنتها الشرطة ... قد أظهرت»: the report's issuer
    // («وكانت الحصيلة الأولية التي أعلنها قائممقام كويه، ...، قد أشارت»)
    let mut a = k + 1;
    if toks[a].is_in_def(&REPORT_NOUNS) {
        let mut r = a + 1;
        while r < c - 1 && r < a + 3 && toks[r].is_in_def(&REPORT_ADJECTIVES) {
            r += 1;
        }
        // («وكانت الحصيلة الأولية، التي أعلنتها السلطات ليلة الاثنين، قد أشارت»: a comma before it)
        if toks[r].cls == Cls::Punct(',') && toks.get(r + 1).is_some_and(|t| matches!(t.w.as_str(), "التي" | "الذي")) {
            r += 1;
        }
        if matches!(toks[r].w.as_str(), "التي" | "الذي") {
            r += 1;
        }
        if toks.get(r).is_some_and(issued) && r + 1 < c - 1 {
            a = r + 1;
            // («وكانت حصيلة أولية صادرة عن الوزارة ... قد أشارت»: issued by)
            if toks[a].w == "عن" && a + 1 < c - 1 {
                a += 1;
            }
        }
    }
    // («وكانت سنة 2023 قد سجلت رقماً قياسياً»: a year that recorded a toll is no source)
    if matches!(toks[a].bare().no_al(), "سنه" | "عام" | "شهر" | "اسبوع" | "يوم" | "فتره" | "ليله") {
        return None;
    }
    // («وكانت النشرة الأولى الصادرة صباح أمس قد أشارت»: up to its participle of issuing)
    // (and up to a preposition that starts no name: «التي أعلنتها الجمعية بعد ساعات من وقوع الهزة»)
    let b = (a..c - 1).take_while(|&j| !(toks[j].is_clause_end() || is_time(toks, j) || j > a && issued(&toks[j]) || j > a && matches!(toks[j].bare(), "بعد" | "قبل" | "عقب" | "اثر" | "خلال"))).last()?;
    Some((a, b, 0))
}

pub fn claimant(doc: &Doc, (a, b, pre): (usize, usize, usize)) -> Claimant {
    // (a past period after the name is its time: «نشرتها الوكالة الوطنية لإدارة الطوارئ الشهر الماضي»)
    let toks = &doc.toks;
    // (a body's data are the body's: «أظهرت بيانات وزارة العمل», «أرقام وزارة الصحة»: the
    // report noun in construct before a body's name is dropped)
    let (a, pre) = if b > a + 1 && pre == 0 && !toks[a].def && toks[a].is_in(&REPORT_NOUNS) && super::sources::is_body_head(toks[a + 1].w.as_str()) { (a + 1, 0) } else { (a, pre) };
    let b = if b > a + 1 && toks[b].is_in(&PAST) && matches!(toks[b - 1].bare(), "الشهر" | "الاسبوع" | "العام") { b - 2 } else { b };
    // (not the bracket of a number after it, read as a quote: «أوقفت مفارز للجيش (173) شخصا»)
    let b = if b > a && toks[b].is_quote() && toks[b].w == "(" { b - 1 } else { b };
    // (and the short name in brackets right after it: «مشروع بيانات مواقع النزاعات المسلحة
    // وأحداثها (أكليد)»)
    let bracketed = |k: usize| toks.get(k).is_some_and(|t| t.cls == Cls::Punct('(')) && toks.get(k + 1).is_some_and(|t| matches!(t.cls, Cls::Word | Cls::Latin)) && toks.get(k + 2).is_some_and(|t| t.cls == Cls::Punct(')'));
    let b = if bracketed(b + 1) { b + 3 } else { b };
    // a quote opened in the name is closed with it: «صحيفة "لا برينسا"»
    let quotes = doc.toks[a..=b].iter().filter(|t| t.is_quote()).count();
    // (but the name quoted whole, its quote opened right before it and closed at its end, is
    // the name without its quotes: «"شرطة الشرقية": ٤ قتلى», «شرطة الشرقية»: as written)
    let whole = quotes == 1 && b > a && doc.toks[b].is_quote() && a > 0 && doc.toks[a - 1].is_quote();
    let (b, quotes) = if whole { (b - 1, 0) } else { (b, quotes) };
    let open = quotes % 2 == 1;
    let b = if open && doc.toks.get(b + 1).is_some_and(|t| t.is_quote()) { b + 1 } else { b };
    // (and one closed in it stays: «جماعة "جيش العدل"»)
    let closed = !open && quotes > 0 && doc.toks[b].is_quote() && !doc.toks[a].is_quote();
    let mut text = doc.slice_toks(a, b, pre).trim_start_matches(|c: char| c == '"' && !open || c.is_whitespace()).trim_end_matches(|c: char| c == '"' && !open && !closed || c.is_whitespace()).to_string();
    // (a quote that closes in the name opened just before it: «"مجموعة 24" المعارضة»)
    if text.matches('"').count() % 2 == 1 && !text.starts_with('"') && a > 0 && doc.toks[a - 1].is_quote() {
        text.insert(0, '"');
    }
    if a == b {
        if let Some(c) = head_of_named(doc, a, &text) {
            return c;
        }
    }
    // «بحسب إحصاء للصليب الأحمر اللبناني»: the «ل» of «لل» is the preposition's, and the
    // name is written with its article («الصليب الأحمر اللبناني»)
    let mut label_of = folded(&doc.toks[a..=b], pre);
    if pre == 0 && doc.toks[a].w.starts_with("لل") && doc.toks[a].w.chars().count() > 4 && text.starts_with("لل") {
        text = format!("ا{}", &text['ل'.len_utf8()..]);
        label_of = format!("ا{}", &label_of['ل'.len_utf8()..]);
    }
    // («بلاغ السلطات», «بيان الوزارة»: a statement in construct with a body is the body's)
    // («سعادة الوزير», «معالي وزير الداخلية»: an honorific before the office)
    let label_of = match label_of.split_once(' ') {
        Some(("سعاده" | "معالي" | "فخامه" | "سمو" | "سماحه", rest)) => rest.to_string(),
        _ => label_of,
    };
    let mut lab = label(&label_of);
    if lab == "Other" && b > a && pre == 0 && doc.toks[a].is_in(&REPORT_NOUNS) && doc.toks[a + 1].w.starts_with("ال") {
        lab = label(&folded(&doc.toks[a + 1..=b], 0));
    }
    Claimant { label: lab.to_string(), text }
}

/// The folded words, space separated, without the first `pre` letters (a prefix: «ف», «ل»).
fn folded(toks: &[Tok], pre: usize) -> String {
    let mut norm = String::new();
    for (k, t) in toks.iter().enumerate() {
        if k > 0 {
            norm.push(' ');
        }
        let skip = if k == 0 { t.w.char_indices().nth(pre).map_or(t.w.len(), |(i, _)| i) } else { 0 };
        norm.push_str(&t.w[skip..]);
    }
    norm
}

/// «زرت المستشفى العام في مبانداكا، وقال لي مديره إن ...»: a role with the
/// pronoun of what it heads («مديره», its director; written with «ه», not the
/// «ة» of «مديرة») is the role of the institution named last before it in the
/// sentence: «مدير المستشفى العام في مبانداكا».
fn head_of_named(doc: &Doc, a: usize, text: &str) -> Option<Claimant> {
    let toks = &doc.toks;
    let role = toks[a].bare().strip_suffix('ه').filter(|r| ROLES.contains(r) && text.ends_with('ه'))?;
    let s0 = doc.sents[doc.sents.partition_point(|&(_, e)| e <= a).min(doc.sents.len() - 1)].0;
    let institution = |t: &Tok| {
        let w = t.bare().no_al();
        super::sources::is_body_head(w) || matches!(w, "مستشفي" | "مشفي" | "مستوصف" | "مجمع" | "مشرحه" | "سجن" | "شركه" | "مدرسه" | "جامعه" | "مصنع" | "مطار" | "ميناء")
    };
    let k = (s0..a).rev().take(30).find(|&k| institution(&toks[k]))?;
    let e = (k..a).take(6).take_while(|&j| j == k || (!is_stop(&toks[j]) || reads_on(toks, k, j)) && !toks[j].is_clause_end() && !matches!(toks[j].cls, Cls::Punct(_))).last()?;
    let pre = toks[k].w.chars().count() - toks[k].bare().chars().count();
    let written = text.strip_suffix('ه')?.trim();
    let text = format!("{written} {}", doc.slice_toks(k, e, pre).trim());
    let norm = format!("{role} {}", folded(&toks[k..=e], 0));
    Some(Claimant { label: label(&norm).to_string(), text })
}

/// «لكن منظمة "إميرجنسي" التي تدير مستشفى أفادت بأنها ...»: the subject that opens
/// the sentence, before a cue at `c` that names no source after it.
fn before_subject(toks: &[Tok], s0: usize, c: usize) -> Option<(usize, usize, usize)> {
    // (over «لكن», «غير أن», «إلا أن», «بيد أن»)
    let linking = |j: usize| {
        // (and an answer's or a turn's opener: «نعم، الهلال الأحمر يتحدث عن ...», «بدوره، ...»)
        matches!(toks[j].bare(), "لكن" | "بينما" | "فيما" | "كما" | "ان" | "اما" | "نعم" | "بدوره" | "بدورها" | "بدورهم")
            || matches!(toks[j].bare(), "غير" | "الا" | "بيد") && toks.get(j + 1).is_some_and(|t| t.w == "ان")
    };
    // (from the sentence's start, or a clause's after a comma: «ولم تعلق الحكومة على
    // الأعداد، لكن قيادة الجيش قالت ...»)
    let but = |j: usize| toks[j].bare() == "لكن" || matches!(toks[j].bare(), "غير" | "الا") && toks.get(j + 1).is_some_and(|t| t.w == "ان");
    let s0 = (s0..c).rev().take(16).find(|&j| toks[j].cls == Cls::Punct(',') && j + 1 < c && but(j + 1)).map_or(s0, |j| j + 1);
    // (or after a colon: «أما الأسماء فتأتي من جهة أخرى: نقابة "اللجان العمالية" قالت إن ...»)
    let s0 = (s0..c).rev().take(16).find(|&j| toks[j].cls == Cls::Punct(':')).map_or(s0, |j| j + 1);
    // (or after the topic a clause opens with: «وفيما يخص العام الجاري، أفاد الرد بأن ...»)
    let topic = |j: usize| matches!(toks[j].bare(), "يخص" | "يتعلق" | "بخصوص" | "بالنسبه");
    let s0 = (s0..c.min(s0 + 3)).find(|&j| topic(j)).and_then(|j| (j + 1..c).find(|&k| toks[k].cls == Cls::Punct(','))).map_or(s0, |k| k + 1);
    // (a dateline's dash right before the verb leaves no subject before it: «أسمرا، 20 أغسطس
    // 2026 (إريتريا الحديثة) - أفادت الإدارة الإقليمية بأن ...»)
    if c > s0 && toks[c - 1].cls == Cls::Punct('-') {
        return None;
    }
    // (or a subject of a word or two with «و» after a comma, right before the verb: «زرت مركز
    // زامبوانغا الطبي، ومديره قال لنا إن ...»; its «و» is not the name's)
    // (not a linking word whose «ف» is its own: «، فيما أفاد مصدر ...»)
    let and_subject = |j: usize| toks[j].lex.is_none() && toks[j].bare().len() < toks[j].w.len() && !toks[j].bare().starts_with("ال") && !linking(j) && !matches!(toks[j].w.as_str(), "فيما" | "فقد" | "وقد") && c <= j + 2 && (j..c).all(|k| !is_stop(&toks[k]));
    if let Some(j) = (s0..c).rev().take(3).find(|&j| toks[j].cls == Cls::Punct(',') && j + 1 < c && and_subject(j + 1)) {
        if toks[c].lex == Some(Lex::Cue(Cue::Says)) {
            return Some((j + 1, c - 1, 1));
        }
    }
    // (or of estimating: «أما الشبكة الوطنية ...، فقدّرت عدد الضحايا بما بين 40 و55»)
    // (or of recording, with no «قد» before it: «ويذكر أن الحماية المدنية سجلت ...»)
    let recorded_here = recorded(toks, c) && c > 0 && toks[c - 1].w != "قد";
    // (a subject after «أما» may be long: «أما منصة "فوغو كروزادو" التي ترصد ...، فقد سجلت»)
    let topic = (s0..c.min(s0 + 2)).any(|j| matches!(toks[j].bare(), "اما")) && (toks[c].w.starts_with('ف') || toks[c - 1].w == "فقد");
    if !(toks[c].lex == Some(Lex::Cue(Cue::Says)) || is_estimate(toks, c) || recorded_here) || c > s0 + if topic { 30 } else { 16 } {
        return None;
    }
    // (over a live blog's clock and bar: «11:05 | المرصد السوري يتحدث عن 9 قتلى», «11:30 ص –
    // مستشفى الزاوية يعلن ...», its «ص» or «م» the clock's am or pm)
    let meridiem = |j: usize| matches!(toks[j].w.as_str(), "ص" | "م") && j > s0 && toks[j - 1].w.ends_with(|c: char| c.is_ascii_digit());
    // (or after a fronted time and its comma, «كان» and its subject: «وحتى مساء اليوم، كان الصليب
    // الأحمر يتحدث عن 11 جثة»)
    let s0 = (c.saturating_sub(8).max(s0 + 1)..c).rev().find(|&k| matches!(toks[k].bare(), "كان" | "كانت") && toks[k - 1].cls == Cls::Punct(',') && k + 1 < c && (k + 1..c).all(|j| toks[j].cls == Cls::Word && toks[j].w != "قد")).unwrap_or(s0);
    // («بشأن تقارير منظمات دولية تحدثت عن أكثر من 100 وفاة»: the reports' authors, in construct
    // with an indefinite report's noun right before a verb that describes it)
    // (not a report's own adjective, «حصيلة أولية تحدثت»)
    let author = |m: usize| toks[m].cls == Cls::Word && toks[m].lex.is_none() && !toks[m].has_conj() && !toks[m].w.starts_with("ال") && !toks[m].is_in_def(&REPORT_ADJECTIVES) && !matches!(toks[m].bare(), "ان" | "انه" | "انها" | "بان" | "محليه" | "اوليه" | "اولي" | "سابقه" | "جديده" | "رسميه");
    let report_of = (c.saturating_sub(4).max(s0)..c.saturating_sub(1)).find(|&k| {
        let t = &toks[k];
        matches!(t.bare(), "تقارير" | "تقرير" | "بيانات" | "بيان") && (k + 1..c).all(author)
    });
    if let Some(k) = report_of {
        return Some((k + 1, c - 1, 0));
    }
    let a = (s0..c).find(|&j| matches!(toks[j].cls, Cls::Word | Cls::Latin) && !linking(j) && toks[j].w != "فيما" && !meridiem(j))?;
    // («يُذكر أن الدفاع المدني أعلن ...», «يشار إلى أن ...»: a note's opener, then «أن»)
    let a = if matches!(toks[a].bare(), "يذكر" | "يشار" | "يجدر") { (a + 1..c.min(a + 4)).find(|&k| toks[k].w == "ان").map_or(a, |k| k + 1) } else { a };
    // («وكانت جماعة "جيش العدل" قد تبنت الهجوم، وزعمت ...»: the subject after «كان»)
    let a = if matches!(toks[a].bare(), "كان" | "كانت") && a + 1 < c { a + 1 } else { a };
    // («لكن الأرقام التي نشرتها الإدارة العامة للمرور تقول ...»: the figures' issuer)
    let report = |j: usize| toks[j].w.starts_with("ال") && toks[j].is_in(&REPORT_NOUNS) || REPORT_NOUNS.contains(&toks[j].w.no_al());
    // («وكانت الحصيلة الأولية التي أعلنتها السلطات تشير ...»: over its adjectives)
    let r = (a + 1..c.min(a + 3)).take_while(|&m| toks[m].is_in_def(&REPORT_ADJECTIVES)).last().map_or(a + 1, |m| m + 1);
    let a = if report(a) && r + 2 < c && matches!(toks[r].w.as_str(), "التي" | "الذي") && issued(&toks[r + 1]) { r + 2 } else { a };
    // (a verb that opens the sentence is no subject: «واتهم زعيم المعارضة ...», «رفض مكتب
    // الاتصال الحكومي التقرير الذي زعم ...»)
    if toks[a].is_in(&ACCUSE) || toks[a].is_in(&REJECT) || matches!(toks[a].lex, Some(Lex::Cue(_) | Lex::Deny)) {
        return None;
    }
    // (a quoted name whole: «حزب "الحركة نحو الاشتراكية"», whose «نحو» is no qualifier)
    let quoted = |j: usize| toks[a..j].iter().filter(|t| t.is_quote()).count() % 2 == 1;
    let b = (a..c.min(a + 8)).take_while(|&j| !is_stop(&toks[j]) || toks[j].is_quote() || quoted(j) || reads_on(toks, a, j) || governor(toks, a, j)).last()?;
    // («فالوزارة تقول إن ...»: the «ف» that links the sentence is not the name's)
    Some((a, b, usize::from(toks[a].w.starts_with("فال") && toks[a].w.chars().count() > 5)))
}

/// A person by their office: a role («المتحدث», «الناطق», ...) or «وزير», «محافظ», «والي»,
/// «حاكم», «مراسل».
fn office(t: &Tok) -> bool {
    t.is_in_def(&ROLES) || matches!(t.w.no_al(), "وزير" | "وزيره" | "محافظ" | "والي" | "حاكم" | "مراسل")
}

/// «والي» folds as «وإلى» does: heading a source phrase from `a`, or after
/// «باسم», the word at `k` is the governor («المتحدث باسم والي بادغيس»).
fn governor(toks: &[Tok], a: usize, k: usize) -> bool {
    toks[k].w == "والي" && (k == a || k > 0 && toks[k - 1].bare() == "باسم")
}

/// «غير أن متحدثا باسم الشرطة في الإقليم رفض ...»: the subject between «أن»
/// (or «لكن», or the clause's start) and the verb at `k`.
fn subject_before(toks: &[Tok], s0: usize, k: usize) -> Option<(usize, usize, usize)> {
    let a = (s0..k).rev().take(8).take_while(|&j| !toks[j].is_clause_end() && !matches!(toks[j].bare(), "ان" | "بان" | "لكن" | "بينما" | "فيما" | "كما")).last()?;
    (a < k && toks[a].cls == Cls::Word && !matches!(toks[a].lex, Some(Lex::Trig(..) | Lex::Cue(_)))).then(|| (a, k - 1, 0))
}

/// Where a denied rumour was told: «ما تردد على بعض صفحات التواصل الاجتماعي
/// حول ...», «ما تم تداوله عبر مواقع التواصل بخصوص ...» (before the figure at
/// `f0`, in the sentence from `s0`): the pages, sites or accounts, when the
/// sentence names no other source; or what spoke of it («نفت صحة مقطع صوتي
/// يتحدث عن ...»).
pub fn rumour(doc: &Doc, s0: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    // «صحة مقطع صوتي متداول يتحدث عن ...», «من رسائل صوتية تتحدث عن ...»: what spoke of it
    let speaks = |t: &Tok| matches!(t.bare(), "يتحدث" | "تتحدث" | "يزعم" | "تزعم" | "يدعي" | "تدعي" | "تفيد" | "يفيد");
    if let Some(v) = (f0.saturating_sub(8).max(s0 + 1)..f0).find(|&j| speaks(&toks[j])) {
        // (not what was said: «أرقام تتحدث عن ...» names no one)
        // (a platform is a thing of the table: «على مواقع التواصل الاجتماعي تتحدث عن»)
        let noun = |j: usize| toks[j].cls == Cls::Word && matches!(toks[j].lex, None | Some(Lex::Thing)) && !matches!(toks[j].bare(), "صحه" | "ما" | "التي" | "الذي") && !toks[j].w.contains("تداوله") && !said_thing(&toks[j]);
        let a = (v.saturating_sub(3).max(s0)..v).rev().take_while(|&j| noun(j)).last();
        // (the thing passed round on a platform before the platform: «صحة مقطع متداول على
        // مواقع التواصل يتحدث عن»)
        let clip = |j: usize| toks[j].cls == Cls::Word && toks[j].lex.is_none() && !matches!(toks[j].bare(), "صحه" | "ما" | "التي" | "الذي") && !said_thing(&toks[j]);
        let platform = a.filter(|&a| a > s0 + 1 && matches!(toks[a - 1].w.as_str(), "علي" | "عبر" | "في") && matches!(toks[a].bare().no_al(), "مواقع" | "صفحات" | "منصات" | "حسابات" | "شبكات"));
        if let Some(p) = platform {
            let clip_at = (p.saturating_sub(4).max(s0)..p - 1).rev().take_while(|&j| clip(j)).last();
            if let Some(c) = clip_at.filter(|&c| matches!(toks[c].bare().no_al(), "مقطع" | "مقاطع" | "فيديو" | "تسجيل" | "تسجيلات")) {
                return Some(claimant(doc, (c, p - 2, 0)));
            }
        }
        if let Some(a) = a {
            return Some(claimant(doc, (a, v - 1, 0)));
        }
    }
    // who passed it round, named after `v` up to what they said it was about («عن», «حول»):
    // on a platform («ما نشرته قنوات على تطبيق "تلغرام" عن ...»), close to someone («حسابات
    // مقربة من الكارتل»)
    let passers = |v: usize, reach: usize, wide: bool| {
        let close = |k: usize| toks[k].w == "من" && k > v + 1 && matches!(toks[k - 1].bare().no_al(), "مقربه" | "مقربين" | "مقربون" | "قريبه" | "قريبين");
        let about = |k: usize| matches!(toks[k].w.as_str(), "حول" | "بخصوص" | "بشان" | "عن") || toks[k].w == "من" && !close(k);
        let quoted = |k: usize| k > v + 2 && (toks[k].is_quote() || toks[k - 1].is_quote() && toks.get(k + 1).is_some_and(|n| n.is_quote()));
        // (after a denial's object, «مزاعم قناة مرتبطة بالتنظيم على تطبيق ...», any platform and tie)
        let tied = |k: usize| wide && (toks[k].w == "علي" || toks[k].w.starts_with("بال"));
        let on = |k: usize| reads_on(toks, v + 1, k) || quoted(k) || close(k) || tied(k);
        // («منظمة "هنغاو" الكردية ومقرها في الخارج»: a clause joined by «و» is not the name)
        let joined = |k: usize| k > v + 2 && toks[k].w.starts_with('و') && toks[k].w.len() != toks[k].bare().len() && toks[k].lex.is_none();
        // (up to what spoke of it: «مقاطع متداولة تتحدث عن»)
        let b = (v + 1..f0.min(v + reach)).take_while(|&k| !about(k) && !joined(k) && !speaks(&toks[k]) && !matches!(toks[k].lex, Some(Lex::Cue(_))) && (!is_stop(&toks[k]) || on(k))).last()?;
        Some(claimant(doc, (v + 1, b, 0)))
    };
    // («ونفت الوزارة مزاعم قناة مرتبطة بالتنظيم على تطبيق "تلغرام" عن ...», «نفت الهيئة منشورات
    // على مواقع التواصل تحدثت عن ...»: the claims of, or the posts on)
    let denied = |j: usize| (j.saturating_sub(5).max(s0)..j).any(|k| toks[k].lex == Some(Lex::Deny));
    let claims = |j: usize| matches!(toks[j].bare(), "مزاعم" | "ادعاءات" | "روايه") && denied(j);
    let posts = |j: usize| matches!(toks[j].bare(), "منشورات" | "تغريدات" | "مقاطع") && denied(j);
    if let Some(j) = (f0.saturating_sub(14).max(s0 + 1)..f0).find(|&j| claims(j) || posts(j)) {
        if let Some(c) = passers(if posts(j) { j - 1 } else { j }, 10, true) {
            return Some(c);
        }
    }
    // «نفت ... ما تداوله مدونون عن سقوط ...», «ما نشره ناشطون حول ...»
    // (also for a second figure of what they told: «ما نشرته منظمة "هنغاو" عن مقتل ستة متظاهرين
    // واعتقال أكثر من 300 شخص»)
    if let Some(v) = (f0.saturating_sub(20).max(s0 + 1)..f0).find(|&j| toks[j - 1].w == "ما" && toks[j].is_in(&super::lexicon::TOLD)) {
        if let Some(c) = passers(v, 8, false) {
            return Some(c);
        }
    }
    let on = (f0.saturating_sub(16).max(s0)..f0).find(|&j| {
        matches!(toks[j].w.as_str(), "علي" | "عبر" | "في")
            && toks.get(j + 1).is_some_and(|t| matches!(t.w.no_al(), "صفحات" | "مواقع" | "منصات" | "حسابات" | "وسائل" | "شبكات") || t.w == "بعض")
    })?;
    let a = on + 1;
    let b = (a..f0).take_while(|&k| !matches!(toks[k].w.as_str(), "حول" | "بخصوص" | "بشان" | "عن" | "من") && !is_stop(&toks[k]) && !said_thing(&toks[k])).last()?;
    Some(claimant(doc, (a, b.min(a + 5), 0)))
}

/// «أرقام», «أنباء», «أخبار», «معلومات»: what was passed round, not who passed it.
fn said_thing(t: &Tok) -> bool {
    matches!(t.bare().no_al(), "ارقام" | "انباء" | "اخبار" | "معلومات" | "شائعات" | "اشاعات")
}

/// «انتشرت في مواقع التواصل أرقام تتحدث عن 9 وفيات»: a number passed round (a verb of
/// spreading before the figure, `f0`, in its sentence), whose source is [`rumour`]'s.
/// «ما يُتداول في بعض مجموعات "واتساب" عن ...», «ما يتردد على ...»: what is passed round,
/// unnamed by a pronoun, shortly before the figure at `f0`; a denied figure there is
/// the passers' before the denier's.
pub fn passed_round_before(doc: &Doc, s0: usize, f0: usize) -> bool {
    (f0.saturating_sub(12).max(s0)..f0).any(|j| doc.toks[j].w == "ما" && doc.toks.get(j + 1).is_some_and(|t| t.is_in(&super::lexicon::PASSED_ROUND)))
}

pub fn spread(doc: &Doc, s0: usize, f0: usize) -> bool {
    (f0.saturating_sub(12).max(s0)..f0).any(|j| matches!(doc.toks[j].bare(), "انتشرت" | "انتشر" | "تداولت" | "راجت" | "تناقلت"))
}

/// Whether `c` is the source a later denial names by `who` (folded words):
/// «الأرقام التي أعلنتها شبكة أطباء السودان», or by its head («الشبكة»).
pub fn same_source(c: &Claimant, who: &str) -> bool {
    let n = c.text.chars().filter_map(super::normalise::fold).collect::<String>();
    let head = who.strip_prefix("ال").unwrap_or(who);
    head.chars().count() > 2 && (n.contains(head) || who.contains(n.as_str()) && n.chars().count() > 2)
}

/// Whether `c` is pages, sites or accounts online («صفحات على فيسبوك»,
/// «مواقع التواصل الاجتماعي», «حسابات على منصة إكس»): what a denial of «the
/// numbers passed round» is aimed at.
pub fn passed_round(c: &Claimant) -> bool {
    let n = c.text.chars().filter_map(super::normalise::fold).collect::<String>();
    let first = n.split(' ').find(|w| *w != "بعض").unwrap_or("").no_al();
    matches!(first, "صفحات" | "مواقع" | "منصات" | "حسابات" | "مدونون" | "مدونين" | "رواد" | "ناشطون" | "ناشطين" | "مغردون" | "مغردين" | "منشورات" | "تدوينات" | "تغريدات")
        || ["التواصل", "فيسبوك", "فيس بوك", "تويتر", "تيك توك", "واتساب", "تلغرام", "تليغرام"].iter().any(|w| n.contains(w))
}

/// The claimant of a figure spanning tokens `f0..=f1` of sentence `si`. A
/// source named by a pronoun («وفق ما أعلن مكتبه», «قال متحدث باسمها») is the
/// subject that opens the sentence («وأمر النائب العام بحبس ...»), if it has one.
pub fn find(doc: &Doc, si: usize, f0: usize, f1: usize, kind: Kind) -> Option<Claimant> {
    let c = find_named(doc, si, f0, f1, kind)?;
    let last = c.text.split_whitespace().last().unwrap_or("").chars().filter_map(super::normalise::fold).collect::<String>();
    let pronoun = matches!(last.as_str(), "مكتبه" | "مكتبها" | "باسمه" | "باسمها" | "متحدثه" | "متحدثها" | "وزارته" | "وزارتها");
    if matches!(last.as_str(), "احدهم" | "احداهم" | "احدهن" | "احداهن" | "احدهما" | "احداهما") && !c.text.contains(' ') {
        return Some(one_of_them(doc, si, f0).unwrap_or(c));
    }
    Some(pronoun.then(|| opening_subject(doc, si)).flatten().unwrap_or(c))
}

/// «بينما يؤكد سكان في الهدا أن الأعداد أكبر، إذ قال أحدهم إن "أكثر من 40 شخصاً أصيبوا"»:
/// one of them is of the source a cue named before him in the sentence, which tells the figure.
fn one_of_them(doc: &Doc, si: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let s0 = doc.sents[si].0;
    let them = (s0..f0).rev().find(|&j| matches!(toks[j].bare(), "احدهم" | "احداهم" | "احدهن" | "احداهن" | "احدهما" | "احداهما"))?;
    (s0..them).rev().filter(|&j| is_cue(toks, j)).find_map(|j| source(toks, j, them)).filter(|&(a, _, _)| a < them).map(|src| claimant(doc, src))
}

/// Who a relaying source names after the figure: a correspondent, an outlet or an earlier
/// version (`c`, from a cue before the figure) tells what «وفق ما أعلنه» or «بحسب» after
/// it says («أفاد مراسل وكالة مهر بأن الحصيلة ارتفعت إلى ١١ قتيلاً، وفق ما أعلنه المدير
/// العام لإدارة الأزمات», «أفاد مراسل "المدن" بأن ... ما يرفع الحصيلة إلى 9 قتلى بحسب
/// غرفة عمليات الطوارئ»): that one is the source. `f1`: the figure's last token.
fn relayed(doc: &Doc, c: Claimant, f1: usize, s1: usize) -> Claimant {
    let toks = &doc.toks;
    let earlier = c.text.split_whitespace().next().is_some_and(|w| w.chars().filter_map(super::normalise::fold).collect::<String>() == "نسخه");
    let relay = earlier || super::sources::source(&c.label).is_some_and(|s| s.kind == super::sources::SourceType::Media);
    if !relay {
        return c;
    }
    // (up to the sentence's next cue; a «بحسب» or «وفق», not «نقلا عن»: an agency quoting
    // sources still tells the figure)
    // (not what it went by: «تحدثت قنوات تلفزيونية عن ... قتلى، استنادا إلى روايات شهود عيان»)
    let per = (f1 + 1..s1.min(f1 + 16)).take_while(|&j| !matches!(toks[j].cls, Cls::Punct('.' | ';')) && (!is_cue(toks, j) || toks[j].lex == Some(Lex::Cue(Cue::Per)))).find(|&j| toks[j].lex == Some(Lex::Cue(Cue::Per)) && toks[j].bare() != "استنادا");
    per.and_then(|j| source(toks, j, s1)).map(|src| claimant(doc, src)).unwrap_or(c)
}

/// «وأمر النائب العام بحبس ...»: the definite subject after the verb that opens sentence `si`.
fn opening_subject(doc: &Doc, si: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let (s0, s1) = doc.sents[si];
    let v = (s0..s1).find(|&j| toks[j].cls == Cls::Word)?;
    // (after an opener and its comma: «في المقابل، حمّلت لجنة ...», «من جهته، أمر ...»)
    let opener = matches!(toks[v].bare(), "في" | "من" | "بدوره" | "بدورها" | "بدورهم" | "الي");
    let after_opener = opener.then(|| (v + 1..s1.min(v + 4)).find(|&k| toks[k].cls == Cls::Punct(',')).map(|k| k + 1)).flatten();
    let (v, verb) = match after_opener {
        Some(k) if toks.get(k).is_some_and(|t| t.cls == Cls::Word && !t.w.starts_with("ال") && !matches!(t.lex, Some(Lex::Trig(..)))) => (k, true),
        _ => (v, toks[v].w.starts_with('و') && !toks[v].bare().starts_with("ال")),
    };
    let a = if verb { v + 1 } else { v };
    // (definite, or a head in construct: «ودان مكتب الأمم المتحدة لحقوق الإنسان الغارة»,
    // «واتهم حزب ساماجوادي المعارض ...»)
    let construct = || toks.get(a + 1).is_some_and(|n| n.w.starts_with("ال") || n.cls == Cls::Word && n.lex.is_none()) && (super::sources::is_body_head(toks[a].bare()) || office(&toks[a]));
    if !toks.get(a).is_some_and(|t| (t.w.starts_with("ال") || construct()) && !is_stop(t)) {
        return None;
    }
    // (not into the verb's object, a masdar with «ب»: «وطالبت الرابطة ... بمحاسبة المسؤولين»)
    let object = |j: usize| j > a && toks[j].w.starts_with('ب') && !toks[j].w.starts_with("بال") && !toks[j].w.starts_with("باسم") && toks[j].lex.is_none();
    let b = (a..s1.min(a + 8)).take_while(|&j| (!is_stop(&toks[j]) || reads_on(toks, a, j)) && !object(j) && !toks[j].is_in_def(&super::lexicon::EVENT)).last()?;
    let b = b.min(a + 5 + usize::from(toks[a + 1..=b].iter().any(|t| t.w == "عن")) * 2);
    // (a head and a name: the name and one adjective, not the verb's object after them)
    // (an office's place and its name stay: «حاكم إقليم مدغ»)
    let named = !(toks[a].w.starts_with("ال") || toks[a + 1].w.starts_with("ال") || office(&toks[a]));
    let b = if named { b.min(a + 1 + usize::from(toks.get(a + 2).is_some_and(|t| t.w.starts_with("ال")))) } else { b };
    Some(claimant(doc, (a, b, 0)))
}

fn find_named(doc: &Doc, si: usize, f0: usize, f1: usize, kind: Kind) -> Option<Claimant> {
    let toks = &doc.toks;
    let (s0, s1) = doc.sents[si];
    // a known source right after the figure is its own, before any cue before it: «أفاد
    // مصدر في مستشفى ... بوفاة طفلين، ليرتفع عدد القتلى إلى 25 بحسب بيان لوزارة الصحة»
    // (not «استنادا إلى» after a verb of saying before: what the speaker went by, «فقدّرت
    // الشبكة عدد الضحايا بما بين 40 و55 قتيلا، استنادا إلى شهادات الناجين»)
    // (nor a rule followed, «جرت العملية وفق القانون», «وفق قواعد الاشتباك»)
    let norm = |j: usize| toks[j].lex == Some(Lex::Cue(Cue::Per)) && toks.get(j + 1).is_some_and(|t| matches!(t.bare().no_al(), "قواعد" | "قانون" | "اصول" | "اجراءات" | "تعليمات" | "خطه" | "ضوابط" | "قرار"));
    let basis = |j: usize| toks[j].bare() == "استنادا" && (s0..f0).any(|k| toks[k].lex == Some(Lex::Cue(Cue::Says)) || is_estimate(toks, k)) || norm(j);
    // (further on in its clause, over words that tell no other figure or source: «حصدت 214
    // حالة وفاة في البلاد خلال العام الماضي، وفق إحصاءات الإدارة العامة للمرور»)
    let plain = |j: usize| !matches!(toks[j].cls, Cls::Num | Cls::Punct('.' | ';' | ':' | '"')) && !matches!(toks[j].lex, Some(Lex::Cue(_) | Lex::Deny)) && super::number::read(toks, j, s1).is_none() || toks[j].lex == Some(Lex::Cue(Cue::Per));
    // (the words between are looked at only when a «per» is there: most figures have none)
    let per = (f1 + 1..s1.min(f1 + 12)).find(|&j| toks[j].lex == Some(Lex::Cue(Cue::Per)) && !basis(j));
    if let Some(j) = per.filter(|&j| j < f1 + 3 || (f1 + 1..j).all(plain)) {
        if let Some(c) = source(toks, j, s1).map(|src| claimant(doc, src)).filter(|c| !super::sources::is_generic(&c.label)) {
            return Some(c);
        }
    }
    // a figure in a clause of its own after «، إذ» / «، حيث» is not the object of a cue before
    // it: its attribution after it, if it has one («أعلنت الحكومة تعليق المفاوضات، إذ
    // اعتُقل حينها أكثر من 400 شخص خلال أسابيع، بحسب منظمات حقوقية محلية»)
    let own_clause = (f0.saturating_sub(10).max(s0 + 1)..f0).rev().find(|&k| toks[k - 1].cls == Cls::Punct(',')).is_some_and(|k| matches!(toks[k].bare(), "اذ" | "حيث"));
    if own_clause {
        let per = (f1 + 1..s1.min(f1 + 16)).take_while(|&j| !matches!(toks[j].cls, Cls::Punct('.' | ';')) && !matches!(toks[j].lex, Some(Lex::Trig(..)))).find(|&j| toks[j].lex == Some(Lex::Cue(Cue::Per)));
        if let Some(src) = per.and_then(|j| source(toks, j, s1)) {
            return Some(claimant(doc, src));
        }
    }
    // a hospital that took them in, in a clause of its own after «فيما / بينما / في حين»: «قالت
    // الشرطة إنها انتشلت جثتي شخصين ...، فيما استقبل مستشفى ماي سوت 16 مصاباً»
    let own_receiver = (f0.saturating_sub(8).max(s0 + 1)..f0).any(|v| matches!(toks[v - 1].w.as_str(), "فيما" | "بينما" | "حين") && matches!(toks[v].bare(), "استقبل" | "استقبلت"));
    if let Some(c) = own_receiver.then(|| receiver(doc, s0, f0)).flatten() {
        return Some(c);
    }
    // the nearest cue before the figure
    for j in (s0..f0).rev().take(80) {
        // «طالبا عدم كشف هويته»: a negated cue names no source (but «لم تؤكد الوزارة سوى
        // 14 وفاة» tells the only number it gave)
        let only = || (j + 1..f0).any(|k| matches!(toks[k].bare(), "سوي" | "الا"));
        if !is_cue(toks, j) || j > s0 && toks[j - 1].lex == Some(Lex::Neg) && !only() {
            continue;
        }
        // («أنها أصدرت أوامر بتوقيف 6»: orders issued are no source; the cue before names it)
        if matches!(toks[j].bare(), "اصدر" | "اصدرت") && toks.get(j + 1).is_some_and(|t| matches!(t.bare(), "اوامر" | "امرا" | "قرارا" | "قرارات" | "مذكره" | "مذكرات" | "بطاقات" | "تعليمات" | "حكما" | "احكاما")) {
            continue;
        }
        // («قالت المديرية إن القوة نفذت عملية استناداً إلى معلومات استخبارية، ما أدى إلى مقتل
        // ...»: what an act went by, inside what a speaker said, is not who told the figure)
        // (nor a rule it followed: «تعاملت القوة مع مطلقي النار وفق قواعد الاشتباك»)
        if (toks[j].bare() == "استنادا" || norm(j)) && (s0..j).any(|k| toks[k].lex == Some(Lex::Cue(Cue::Says))) {
            continue;
        }
        // (a report's issuer gives what the report says, not what a clause of «أن» after it
        // tells: «إن الأرقام التي أعلنها الطرفان مبالغ فيها، وإن 12 شخصا قتلوا»)
        if report_issuer(toks, j).is_some() && (j + 1..f0).any(|k| matches!(toks[k].w.as_str(), "ان" | "وان" | "بان" | "انه" | "وانه")) {
            continue;
        }
        // («وبحسب منظمة "أكليد" التي ترصد النزاعات، قُتل ...»: what a body does, told in the
        // present after its relative pronoun, describes it; the cue is before)
        let habit = matches!(toks[j].bare(), "ترصد" | "يرصد" | "توثق" | "يوثق" | "تراقب" | "يراقب" | "تتابع" | "يتابع" | "تحصي" | "يحصي");
        // (or in an aside after «وهي»: «قالت مجموعة محامو الطوارئ، وهي هيئة حقوقية طوعية ترصد
        // الانتهاكات، إنها وثقت ...»)
        let aside = || (j.saturating_sub(6).max(s0)..j).any(|k| matches!(toks[k].w.as_str(), "وهي" | "وهو") && k > s0 && toks[k - 1].cls == Cls::Punct(','));
        if habit && j > s0 && (matches!(toks[j - 1].w.as_str(), "التي" | "الذي") || aside()) {
            continue;
        }
        // («قال وجهاء في تصريحات تداولتها مواقع محلية إن ...»: a verb with the pronoun of the
        // statements before it tells who passed them on, not who made them)
        let statements = |t: &Tok| matches!(t.bare().no_al(), "تصريحات" | "تصريح" | "اقوال" | "شهادات" | "روايات");
        if j > s0 && statements(&toks[j - 1]) && (toks[j].w.ends_with("ها") || toks[j].w.ends_with('ه')) {
            continue;
        }
        // «نفته الشرطة مؤكدة أن ...»: a participle («مؤكدة», «مضيفا») goes on with the source just named
        // («اتهمت وزارة الدفاع يريفان بـ...، معلنة مقتل جندي»: or one who accused)
        // (over a few clauses: «نفى المستشار ...، في تدوينة ...، أي علاقة ...، واتهم ...، مضيفاً»;
        // a verb of informing names whom it informed after it, its subject before:
        // «وكان أحد أعضاء فريق إنقاذ قد أبلغ وكالة "رويترز" ...، مضيفاً»)
        let informed = |k: usize| matches!(toks[k].bare(), "ابلغ" | "ابلغت");
        let said_by = |k: usize| if informed(k) { before_qad(toks, s0, k).or_else(|| subject_before(toks, s0, k)) } else { source(toks, k, j) };
        let named_before = || (s0..j).rev().take(32).filter(|&k| !(k > s0 && toks[k - 1].lex == Some(Lex::Neg)) && (is_cue(toks, k) || toks[k].lex == Some(Lex::Deny) || toks[k].is_in(&ACCUSE))).find_map(said_by).filter(|_| toks[j].says_participle());
        // «ونفى المحافظ الأرقام، وقال للتلفزيون إن ...»: a conjoined verb with no
        // subject of its own goes on with the one who denied or accused
        // («غير أن متحدثا باسم الشرطة رفض هذا الرقم، وقال إن ...»: the subject before a rejecting verb)
        // («تبنّى تنظيم "داعش" الهجوم ...، وزعم أنه قتل ...»: the one who claimed an attack)
        let claims = |k: usize| matches!(toks[k].bare(), "تبني" | "تبنت");
        // (the claimer's name after its verb, up to what it claimed: «تنظيم "داعش" الهجوم»;
        // a quoted name whole: «تنظيم "الدولة الإسلامية في الساحل"»)
        // (what ties it to another ends its name: «جماعة "حافظ جل بهادر" المرتبطة بحركة طالبان»)
        let tie = |t: &Tok| matches!(t.bare(), "المرتبطه" | "المرتبط" | "التابعه" | "التابع" | "الموالي" | "المواليه" | "المقرب" | "المقربه");
        let claimer = |k: usize| {
            let quoted = |m: usize| toks[k + 1..m].iter().filter(|t| t.is_quote()).count() % 2 == 1;
            let b = (k + 1..j.min(k + 9)).take_while(|&m| (!is_stop(&toks[m]) && !tie(&toks[m]) || toks[m].is_quote() || quoted(m)) && !toks[m].is_in_def(&super::lexicon::EVENT)).last()?;
            Some((k + 1, b, 0))
        };
        // «تبنّى تنظيم ... الهجوم ...، زاعماً أن عناصره قتلوا ...»: a participle of claiming
        // goes on with the one who claimed the attack, over any aside between («بحسب ما ذكرت
        // وكالة رويترز»)
        let claimed = || matches!(toks[j].bare(), "زاعما" | "زاعمه" | "مدعيا" | "مدعيه").then(|| (s0..j).rev().take(32).find(|&k| claims(k))).flatten().and_then(claimer);
        let denier = || {
            let conjoined = toks[j].w.len() != toks[j].bare().len() && toks[j].lex == Some(Lex::Cue(Cue::Says));
            let before = || (s0..j).rev().take(30).find(|&k| toks[k].lex == Some(Lex::Deny) || toks[k].is_in(&ACCUSE) || toks[k].is_in(&REJECT) || claims(k));
            // (a rejecting verb that opens the sentence has its subject after it: «رفض مكتب
            // الاتصال الحكومي التقرير، وقال إن ...», up to what it rejected)
            let rejecter = |k: usize| {
                let b = (k + 1..j.min(k + 6)).take_while(|&m| !is_stop(&toks[m]) && !toks[m].is_in_def(&REPORT_NOUNS) && !toks[m].is_in_def(&super::lexicon::HEARSAY)).last()?;
                (toks[k].is_in(&REJECT) && k < b).then_some((k + 1, b, 0))
            };
            // (an accuser named before its verb accused whom follows it: «غير أن قناة المسيرة
            // اتهمت القوات الحكومية بـ...، وتحدثت عن ...»)
            let accuser = |k: usize| toks[k].is_in(&ACCUSE).then(|| subject_before(toks, s0, k)).flatten();
            conjoined.then(before).flatten().and_then(|k| if claims(k) { claimer(k) } else { accuser(k).or_else(|| source(toks, k, j)).or_else(|| subject_before(toks, s0, k)).or_else(|| rejecter(k)) })
        };
        // «مصادر أمنية قد أفادت "النهار" بسقوط ...», «مسؤول ... أبلغ وكالة رويترز بأن ...»:
        // whom a verb of informing informed is no source, its subject before it is
        // («أحد زعماء الشباب أبلغ راديو تمازج أن ...»: «أبلغ» takes whom it told before «أن» too)
        let informs = matches!(toks[j].bare(), "افاد" | "افادت" | "ابلغ" | "ابلغت") && (j + 2..s1.min(j + 7)).any(|k| toks[k].w.starts_with("ب") && (matches!(toks[k].w.as_str(), "بان" | "بانه" | "بانها") || matches!(toks[k].lex, Some(Lex::Trig(..)))))
            || matches!(toks[j].bare(), "ابلغ" | "ابلغت") && (j + 2..s1.min(j + 7)).any(|k| matches!(toks[k].w.as_str(), "ان" | "انه" | "انها"));
        // «وكان المدير قد أفاد صباح الثلاثاء لمراسل الأناضول بوصول ...»: a recipient (after
        // the verb and its times) is no source either
        let recipient = |k: usize| toks[k].bare().strip_prefix('ل').is_some_and(|r| matches!(r, "مراسل" | "مراسله" | "وكاله" | "صحيفه" | "قناه" | "موقع"));
        let told = (j + 1..s1.min(j + 5)).find(|&k| !is_time(toks, k)).is_some_and(recipient);
        // («مع مستشفى كاميتوغا العام، الذي أفاد أحد أطبائه بأن ...»: the body a relative
        // pronoun before the verb stands for)
        let antecedent = || {
            let r = j.checked_sub(1).filter(|&r| r > s0 && matches!(toks[r].w.as_str(), "الذي" | "التي"))?;
            // (not when the verb has a subject of its own: «انتخابات ولاية إكيتي، التي قالت
            // البعثة نفسها إنها شهدت ...»)
            if toks.get(j + 1).is_some_and(|t| t.bare().starts_with("ال") && t.cls == Cls::Word && !is_time(toks, j + 1)) {
                return None;
            }
            let e = if toks[r - 1].cls == Cls::Punct(',') { r - 1 } else { r };
            // (not over a verb with its object pronoun: «فقد وثقته شبكة أطباء السودان، التي ...»)
            let verb = |t: &Tok| ["ه", "ها", "هم"].iter().any(|p| [t.w.as_str(), t.bare()].iter().any(|w| w.strip_suffix(p).is_some_and(|r| matches!(super::lexicon::lookup(r).map(|x| x.0), Some(Lex::Cue(_))))));
            let a = (e.saturating_sub(6).max(s0)..e).rev().take_while(|&k| !is_stop(&toks[k]) && !toks[k].is_clause_end() && !verb(&toks[k]) && !matches!(toks[k].w.as_str(), "به" | "بها")).last()?;
            // («نشر المركز اللبناني لحقوق الإنسان تقريره السنوي عن أوضاع السجون، الذي وثّق ...»:
            // a body's own report, its publisher named before it)
            let own = (e.saturating_sub(8).max(s0)..e).find(|&k| ["ه", "ها"].iter().any(|p| toks[k].w.strip_suffix(p).is_some_and(|w| REPORT_NOUNS.contains(&w))));
            if let Some(src) = own.and_then(|own| (s0..own).rev().take(12).filter(|&c| is_cue(toks, c)).find_map(|c| source(toks, c, own))) {
                return Some(src);
            }
            let words: Vec<&str> = toks[a..e].iter().map(|t| t.w.as_str()).collect();
            (!matches!(label(&words.join(" ")), "Other")).then_some((a, e - 1, 0))
        };
        let subject = || antecedent().or_else(|| before_qad(toks, s0, j)).or_else(|| before_subject(toks, s0, j));
        // («شبكة أطباء السودان، التي قالت في بيان مساء الاثنين إنه ...»: the body before the
        // relative pronoun, before any time or statement after the verb)
        let first = if informs || told { subject() } else { antecedent() };
        // (a participle opening a quote, «مضيفا "رأيت ..."», has the speech after it, not a source)
        let quotes = toks[j].says_participle() && toks.get(j + 1).is_some_and(|t| t.is_quote());
        // (nor has one after it at all: «مذكراً بتدافع مماثل وقع ...» tells what it recalled)
        // (a name that runs into the figure ends where a definite name does, before what was
        // announced: «أعلن مركز بنغازي الطبي استقباله خمسة مصابين»)
        let cut = |s: (usize, usize, usize)| if s.1 < f0 { Some(s) } else { (s.0 + 1..f0).find(|&k| ends_name(toks, k)).map(|k| (s.0, k - 1, s.2)) };
        let after = || source(toks, j, s1).and_then(cut).filter(|_| !quotes && !toks[j].says_participle());
        // («وكان أحد أعضاء فريق إنقاذ محلي قد أبلغ وكالة "رويترز" ...»: the subject between
        // «كان» and «قد» before what follows the verb, its object)
        if let Some(src) = first.or_else(|| before_qad(toks, s0, j)).or_else(after).or_else(claimed).or_else(named_before).or_else(denier) {
            return Some(relayed(doc, claimant(doc, src), f1, s1));
        }
        if let Some(src) = before_subject(toks, s0, j) {
            // «وطالبت اللجنة ...، مذكرة بأنها وثقت ...»: the subject of the verb that opens
            // the sentence, without the verb
            // («وطالب حاكم إقليم مدغ ...»: or a person by office in construct)
            let verb_first = toks[src.0].w.starts_with('و') && toks.get(src.0 + 1).is_some_and(|t| t.w.starts_with("ال") || office(t));
            if let Some(c) = verb_first.then(|| opening_subject(doc, si)).flatten() {
                return Some(c);
            }
            return Some(claimant(doc, src));
        }
        // «في المقابل، حمّلت لجنة الأمن ... المسؤولية، وقالت إن ...»: a conjoined verb of saying
        // with no subject of its own goes on with the subject of the verb that opens the sentence
        // («وثّقت» is no «و» + a verb)
        let conjoined = toks[j].lex == Some(Lex::Cue(Cue::Says)) && toks[j].has_conj();
        if let Some(c) = conjoined.then(|| opening_subject(doc, si)).flatten() {
            return Some(c);
        }
    }
    // «..., بحسب الوزارة» after it
    for j in (f1 + 1)..s1.min(f1 + 60) {
        // «..., على ما أفاد مسؤولون»
        let ala_ma = j > 1 && toks[j - 1].w == "ما" && toks[j - 2].bare() == "علي";
        // «..., مثلما أكد مدير المستشفى», «..., كما أعلنت الوزارة.» (at the end of the sentence)
        let as_said = j > 0 && (toks[j - 1].bare() == "مثلما" || toks[j - 1].bare() == "كما" && source(toks, j, s1).is_some_and(|s| (s.1 + 1..s1).all(|k| toks[k].cls != Cls::Word || is_stop(&toks[k]) && toks[k].lex.is_none())));
        // («..., نقلا عن مسؤول محلي»)
        let via = toks[j].w == "نقلا" && toks.get(j + 1).is_some_and(|t| t.w == "عن");
        if toks[j].lex == Some(Lex::Cue(Cue::Per)) && !basis(j) || via || (ala_ma || as_said) && toks[j].lex == Some(Lex::Cue(Cue::Says)) {
            if let Some(src) = source(toks, j, s1) {
                return Some(claimant(doc, src));
            }
        }
    }
    // «وزارة الصحة: 182 شهيدا»: a known source heading the sentence before a colon (live blogs, bulletins)
    // (after a clock or a bar: «| 15:20 | الصحة: 9 جرحى»)
    // (a ticker's heads before it, each before its own colon: «12:58 | رؤيا - عاجل: الدفاع المدني: وفاة
    // شخصين»; the head is what follows the last bar or dash)
    // (or a headline's second part, after «..»: «انتهاء حصار فندق في مقديشو.. والشرطة: 14 قتيلا»)
    let line = s0 == 0 || toks[s0 - 1].cls == Cls::Break || s0 >= 2 && toks[s0 - 1].cls == Cls::Punct('.') && toks[s0 - 2].cls == Cls::Punct('.');
    let mut from = s0;
    for _ in 0..3 {
        let Some(a) = (from..f0).find(|&j| !matches!(toks[j].cls, Cls::Break | Cls::Punct(_) | Cls::Num) && !toks[j].w.contains(':')).filter(|_| line) else { break };
        let Some(c) = (a..f0.min(a + 10)).find(|&j| toks[j].cls == Cls::Punct(':')) else { break };
        let a = (a..c).rev().find(|&j| matches!(toks[j].cls, Cls::Punct('|' | '-' | '–'))).map_or(a, |j| j + 1);
        if let Some(b) = (a..c).take_while(|&j| !is_stop(&toks[j]) || reads_on(toks, a, j)).last() {
            // (its «و» is not the name's: «والشرطة: 14 قتيلا»)
            let cl = claimant(doc, (a, b, usize::from(toks[a].and_definite())));
            // (or a person by their office: «13:20 - وزير الأمن في ولاية جنوب غرب: ...»)
            // (a body of a known type: «السلطات في مالاوي المجاورة: وفاة 5 أشخاص»; not "Other")
            if office(&toks[a]) || cl.label != "Other" {
                return Some(cl);
            }
        }
        from = c + 1;
    }
    // «وأضاف “...”», «كما أعلن وفاة ...»: the previous speaker goes on
    let first = (s0..s1).find(|&j| !toks[j].is_quote() && toks[j].cls != Cls::Break);
    let first = first.map(|j| if toks[j].bare() == "كما" && j + 1 < s1 { j + 1 } else { j });
    if let Some(fj) = first {
        // («كما سجّل اعتقال صحفيين اثنين»: a report's verb of recording too)
        let records = matches!(toks[fj].bare(), "سجل" | "سجلت") && !toks.get(fj + 1).is_some_and(|t| t.cls == Cls::Num);
        if (toks[fj].lex == Some(Lex::Cue(Cue::Says)) || records) && source(toks, fj, s1).is_none() {
            for p in (si.saturating_sub(2)..si).rev() {
                let (p0, p1) = doc.sents[p];
                // (not a negated cue: «طالبا عدم نشر اسمه»; nor the issuer of a report the
                // speaker told of: «وذكر المصدر أن الحصيلة التي أعلنتها الوحدات ...»)
                // (or the subject before its verb: «غير أن المتحدث باسم الشرطة قال ...»)
                let fronted = |j: usize| (toks[j].lex == Some(Lex::Cue(Cue::Says))).then(|| before_subject(toks, p0, j)).flatten().filter(|s| toks[s.0].w.starts_with("ال"));
                let cue = |j: usize| (j == p0 || toks[j - 1].lex != Some(Lex::Neg)) && report_issuer(toks, j).is_none();
                if let Some((j, src)) = (p0..p1).rev().filter(|&j| cue(j)).find_map(|j| Some((j, source(toks, j, p1).or_else(|| fronted(j))?))) {
                    // (not one inside what an earlier speaker said: «صرّح المتحدث الرسمي لرئاسة
                    // أمن الدولة بأنه ...، فقد رصدت الجهات الأمنية وجود أحدهم»)
                    let that = |k: usize| matches!(toks[k].w.as_str(), "ان" | "بان" | "انه" | "بانه" | "انها" | "بانها");
                    let teller = (p0..j).filter(|&k| cue(k) && toks[k].lex == Some(Lex::Cue(Cue::Says)) && (k + 1..j).any(that)).find_map(|k| source(toks, k, j));
                    return Some(claimant(doc, teller.unwrap_or(src)));
                }
            }
        }
    }
    // the next sentence attributes the same events, named definite («وقالت الداخلية إن الاعتقالات ...»)
    if let Some(&(n0, n1)) = doc.sents.get(si + 1) {
        let n1 = n1.min(n0 + 60);
        // a definite mention, not a new figure (no number right after it)
        let same = (n0..n1).find(|&j| {
            toks[j].def
                && trig(toks[j].lex).is_some_and(|(k, f)| k == kind && matches!(f, Form::Counted | Form::Event))
                && !(j + 1..n1.min(j + 4)).any(|k| toks[k].cls == Cls::Num)
        });
        if let Some(t) = same {
            if let Some(src) = (n0..t).filter(|&j| is_cue(toks, j)).find_map(|j| source(toks, j, t)) {
                return Some(claimant(doc, src));
            }
        }
    }
    // a post of a thread, an item of a list or a quoted line, after a line that ends with a
    // colon and names who wrote it
    if let Some(c) = block_intro(doc, s0) {
        return Some(c);
    }
    if kind == Kind::Arrested {
        return agent(doc, s0, f0);
    }
    // «عثرت السلطات في جيبوتي، فجر اليوم، على جثث 19 مهاجراً»: the state body that found
    // the bodies (or pulled them out) tells of them
    if kind == Kind::Killed {
        if let Some(c) = finder(doc, s0, f0).or_else(|| mourner(doc, s0, f0)) {
            return Some(c);
        }
    }
    if let Some(c) = charged_by(doc, s0, f0) {
        return Some(c);
    }
    receiver(doc, s0, f0)
}

/// Whether a name in construct ended before token `k`, at its definite word: an indefinite
/// word after it is the verb's object or complement («أوقفت شعبة المعلومات مالك المبنى»,
/// «أمر النائب العام بإحالة ...»); «القيادة العامة لشرطة دبي» reads on.
fn ends_name(toks: &[Tok], k: usize) -> bool {
    toks[k - 1].w.starts_with("ال") && !toks[k].w.starts_with("ال") && !toks[k].w.starts_with('ل') && !toks[k].is_quote()
}

/// The prosecution whose order, referral or charge names the dead or wounded, when no one
/// else tells of them: «أمرت النيابة العامة بحبس 3 متهمين ... تسببت في إصابة 63 شخصاً»,
/// «أمر النائب العام بإحالة 11 متهماً ... لاتهامهم بقتل 3 أشخاص», «وكانت النيابة العامة قد
/// أسندت إلى المتهمين تهمة التسبب في وفاة 5 عمال» (the subject after the verb, or between
/// «كان» and «قد» before it).
fn charged_by(doc: &Doc, s0: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let acts = |t: &Tok| !t.def && matches!(t.bare(), "امر" | "امرت" | "اسند" | "اسندت" | "احال" | "احالت" | "وجه" | "وجهت" | "قرر" | "قررت");
    let prosecutor = |a: usize, b: usize| Some(claimant(doc, (a, b, 0))).filter(|c| c.label == "Prosecutor");
    (s0..f0).rev().take(40).filter(|&v| acts(&toks[v])).find_map(|v| {
        if v > s0 + 2 && toks[v - 1].w == "قد" {
            let k = (v.saturating_sub(8).max(s0)..v - 1).rev().find(|&k| matches!(toks[k].bare(), "كان" | "كانت"))?;
            return (k + 1 < v - 1).then(|| prosecutor(k + 1, v - 2)).flatten();
        }
        let b = (v + 1..f0.min(v + 5)).take_while(|&k| !(is_stop(&toks[k]) || toks[k].cls != Cls::Word || k > v + 1 && ends_name(toks, k))).last()?;
        prosecutor(v + 1, b)
    })
}

/// The health body that received the wounded or the dead, when no one else
/// tells of them: the subject of «استقبل» after it («واستقبل مستشفى الجمهورية 26
/// مصابا») or before it in its clause («مستشفى جامعة أوكلاهوما استقبل وحده 26
/// مصابا»), if it is a hospital or another health body.
fn receiver(doc: &Doc, s0: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let received = |t: &Tok| !t.def && matches!(t.bare(), "استقبل" | "استقبلت" | "يستقبل" | "تستقبل");
    let v = (s0..f0).rev().take(8).find(|&j| received(&toks[j]))?;
    let health = |c: &Claimant| super::sources::source(&c.label).is_some_and(|s| s.kind == super::sources::SourceType::Health);
    let after = (v + 1..f0.min(v + 7)).take_while(|&k| !is_stop(&toks[k]) && !toks[k].is_clause_end()).last().map(|b| claimant(doc, (v + 1, b, 0)));
    // (before the verb: back to the clause's start, a «قد» of «كان ... قد» skipped)
    let end = if v > s0 && toks[v - 1].w == "قد" { v - 1 } else { v };
    let start = (s0..end).rev().take(8).take_while(|&k| !is_stop(&toks[k]) && !toks[k].is_clause_end() && !matches!(toks[k].cls, Cls::Punct(_))).last();
    let before = start.map(|a| claimant(doc, (a, end - 1, 0)));
    after.filter(health).or(before.filter(health))
}

/// Who wrote a block of lines: the line of a figure (from token `s0`) is an item («- بلغ
/// عدد ...», «2- مقتل اثنين ...»), a post of a thread («"2/4 تم توقيف 287 شخصا"»), a quoted line or one inside a
/// quotation, and the lines before it are too, up to one that ends with a colon: «وكتب وزير الداخلية، في
/// سلسلة تدوينات على منصة "إكس":», «أعلنت وزارة الداخلية ... في سلسلة تغريدات ...، جاء
/// فيها:», «وجاء في نص رد الوزير:». Its source is that line's.
fn block_intro(doc: &Doc, s0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    // (a line's start within 400 tokens, so that a long text with no line breaks costs no
    // more per figure: a block's lines are short; the text's start counts as one)
    let line_start = |k: usize| match (k.saturating_sub(400)..k).rev().find(|&m| toks[m].cls == Cls::Break) {
        Some(m) => Some(m + 1),
        None => (k <= 400).then_some(0),
    };
    // («2/4», «1/4»: a thread's numbering)
    let numbered = |a: usize| toks[a].cls == Cls::Other && toks[a].w.split('/').count() == 2 && toks[a].w.split('/').all(|n| !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
        || toks[a].cls == Cls::Num && toks.get(a + 1).is_some_and(|t| t.cls == Cls::Punct('/')) && toks.get(a + 2).is_some_and(|t| t.cls == Cls::Num) && toks[a].w.len() <= 2;
    // («2- مقتل اثنين من حراس السجن», «3) ...»: a communiqué's numbered points)
    let point = |a: usize| toks[a].cls == Cls::Num && toks[a].w.len() <= 2 && toks.get(a + 1).is_some_and(|t| matches!(t.cls, Cls::Punct('-' | ')' | '–')));
    let item = |a: usize| a < toks.len() && (toks[a].is_quote() || matches!(toks[a].cls, Cls::Punct('-' | '•' | '*' | '–')) || numbered(a) || point(a));
    // (or a paragraph inside a quotation opened after the colon: a spokesman's words over
    // several paragraphs, each not opened by its own quote mark)
    let mut starts = Vec::new();
    let mut a = line_start(s0)?;
    for _ in 0..16 {
        if a == 0 {
            return None;
        }
        starts.push(a);
        let end = (0..a).rev().find(|&k| toks[k].cls != Cls::Break)?;
        if toks[end].cls == Cls::Punct(':') {
            let open = |a: usize| (end..a).filter(|&k| toks[k].is_quote()).count() % 2 == 1;
            return starts.iter().all(|&a| item(a) || open(a)).then(|| intro_source(doc, line_start(end)?, end)).flatten();
        }
        a = line_start(end)?;
    }
    None
}

/// The source a line introducing a block names (`a..end`, `end` its colon): the subject of
/// its first cue, the name that is the whole line («الناطق باسم الدفاع المدني:»), or what
/// «جاء في» a statement of («وجاء في نص رد الوزير:»).
fn intro_source(doc: &Doc, a: usize, end: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    for j in a..end {
        if is_cue(toks, j) {
            if let Some(src) = source(toks, j, end).or_else(|| before_qad(toks, a, j)).or_else(|| before_subject(toks, a, j)) {
                return Some(claimant(doc, src));
            }
        }
    }
    // (a name alone before the colon: «الناطق باسم الدفاع المدني:»)
    if end > a && end <= a + 8 && (a..end).all(|k| toks[k].cls == Cls::Word && (!is_stop(&toks[k]) || reads_on(toks, a, k))) {
        let c = claimant(doc, (a, end - 1, 0));
        if office(&toks[a]) || c.label != "Other" {
            return Some(c);
        }
    }
    let j = (a..end).find(|&j| toks[j].bare() == "جاء" && toks.get(j + 1).is_some_and(|t| t.w == "في"))?;
    let mut k = j + 2;
    if toks.get(k).is_some_and(|t| t.bare() == "نص") {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| matches!(t.bare(), "رد" | "جواب" | "بيان" | "تقرير" | "رساله" | "كلمه")) {
        k += 1;
    }
    let b = (k..end.min(k + 6)).take_while(|&m| !is_stop(&toks[m]) && toks[m].cls == Cls::Word).last()?;
    Some(claimant(doc, (k, b, 0)))
}

/// The subject of «عثرت ... على جثث», «انتشلت ... جثث» before a count of bodies at `f0`, if it
/// is a government or security body.
fn finder(doc: &Doc, s0: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let bodies = (f0..doc.toks.len().min(f0 + 3)).chain(f0.saturating_sub(2)..f0).any(|j| matches!(toks[j].bare().no_al(), "جثث" | "جثه" | "جثامين" | "جثتي"));
    let found = |t: &Tok| matches!(t.bare(), "عثرت" | "عثر" | "عثروا" | "انتشلت" | "انتشل" | "انتشلوا");
    let v = bodies.then(|| (s0..f0).rev().take(20).find(|&j| found(&toks[j]) && !toks[j].def)).flatten()?;
    let a = v + 1;
    let b = (a..f0.min(a + 6)).take_while(|&k| !is_stop(&toks[k]) && !toks[k].is_clause_end()).last()?;
    let c = claimant(doc, (a, b, 0));
    let body = super::sources::source(&c.label).is_some_and(|s| matches!(s.kind, super::sources::SourceType::Government | super::sources::SourceType::Security));
    body.then_some(c)
}

/// The subject of «نعى» (mourned) before the dead it names at `f0`: «ونعت حركة "فتح" في
/// بيان ثلاثة من عناصر الأمن الوطني» (the party that mourns its dead tells of them), over
/// «في بيان» and a time after it; or before it, between «كان» and «قد».
fn mourner(doc: &Doc, s0: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let v = (s0..f0).rev().take(12).find(|&j| matches!(toks[j].bare(), "نعي" | "نعت" | "ينعي" | "تنعي") && !toks[j].def)?;
    // (its subject between «كان» and «قد»: «وكانت نقابة الأطباء قد نعت، أمس، طبيباً مقيماً»)
    if v > s0 && toks[v - 1].w == "قد" {
        let k = (v.saturating_sub(8).max(s0)..v - 1).find(|&k| matches!(toks[k].bare(), "كان" | "كانت"))?;
        return (k + 1..v - 1).all(|m| toks[m].cls == Cls::Word).then(|| claimant(doc, (k + 1, v - 2, 0)));
    }
    let a = v + 1;
    let quoted = |m: usize| toks[a..m].iter().filter(|t| t.is_quote()).count() % 2 == 1;
    let b = (a..f0.min(a + 8)).take_while(|&k| (!is_stop(&toks[k]) || toks[k].is_quote() || quoted(k)) && !toks[k].is_clause_end() && !(toks[k].w == "في" && toks.get(k + 1).is_some_and(|n| said_word(n.bare()) || n.is_in(&REPORT_NOUNS))) && toks[k].cls != Cls::Num).last()?;
    let b = (a..=b).rev().find(|&k| !toks[k].is_quote() || toks[a..k].iter().filter(|t| t.is_quote()).count() % 2 == 1)?;
    Some(claimant(doc, (a, b, 0)))
}

/// Who made the arrests, when no one else is named as telling of them: the
/// subject of the arrest verb («ألقت قيادة الأمن الداخلي في محافظة اللاذقية
/// ... القبض على 17», «أوقفت عناصر الشرطة القضائية ... سبعة أشخاص»), of an
/// order to detain («وأمرت النيابة العامة، اليوم، بحبس ...»), of placing in
/// custody («وضعت عناصر الدرك الملكي 3 أشخاص تحت ... الحراسة النظرية») or of an
/// inquiry that led to them («فتحت مصالح الدرك الوطني تحقيقا أسفر عن توقيف 3»), if
/// it is a government or security body.
fn agent(doc: &Doc, s0: usize, f0: usize) -> Option<Claimant> {
    let toks = &doc.toks;
    let acts = |t: &Tok| {
        matches!(t.lex, Some(Lex::Trig(Kind::Arrested, Form::Verb | Form::NeedsAla)))
            || matches!(t.bare(), "امر" | "امرت" | "اذن" | "اذنت" | "قرر" | "قررت" | "القت" | "القي" | "تمكنت" | "تمكن" | "فتحت" | "فتح")
            // («وضعت عناصر الدرك الملكي 3 أشخاص تحت تدبير الحراسة النظرية»; as written: «وضعت» is no «و» + «ضعت»)
            || matches!(t.w.as_str(), "وضعت" | "وضع" | "ووضعت")
    };
    let body = |c: &Claimant| super::sources::source(&c.label).is_some_and(|s| matches!(s.kind, super::sources::SourceType::Government | super::sources::SourceType::Security));
    // (a verb joined to one whose subject stands between «كان» and «قد»: «وكانت شرطة عجمان قد
    // أحبطت ... نشاط عصابة مماثلة، وألقت القبض حينها على 18 متهماً»)
    let had = |v: usize| {
        let k = (v.saturating_sub(30).max(s0)..v).find(|&k| matches!(toks[k].bare(), "كان" | "كانت"))?;
        let q = (k + 2..v.min(k + 8)).find(|&q| toks[q].w == "قد")?;
        (k + 1..q).all(|m| toks[m].cls == Cls::Word).then(|| claimant(doc, (k + 1, q - 1, 0))).filter(body)
    };
    // (the nearest such verb that names its subject: «أوقفت شعبة المعلومات مالك المبنى، كما
    // أوقفت شخصين» are the same body's arrests)
    (s0..f0).rev().take(30).filter(|&j| acts(&toks[j]) && !toks[j].def).find_map(|v| {
        // (a unit of a body is the body's: «وأوقفت دورية من مديرية المخابرات في الجيش ...»)
        let unit = toks.get(v + 1).is_some_and(|t| matches!(t.bare(), "دوريه" | "دوريات" | "قوه" | "وحده" | "مفرزه" | "مفارز")) && toks.get(v + 2).is_some_and(|t| t.w == "من");
        let a = if unit { v + 3 } else { v + 1 };
        let named = (a..f0.min(a + 6)).take_while(|&k| !(is_stop(&toks[k]) || k > a && ends_name(toks, k))).last().map(|b| claimant(doc, (a, b, 0))).filter(body);
        named.or_else(|| toks[v].has_conj().then(|| had(v)).flatten())
    })
}

/// A back-reference («الوزير», «المكتب», «المصدر ذاته», «البيان») takes the
/// name and label of the latest earlier source it points to (`prev`: folded text
/// and source, oldest first). Returns the source with its folded text.
pub fn resolve(c: Claimant, prev: &[(String, Claimant)]) -> (String, Claimant) {
    let n = c.text.chars().filter_map(super::normalise::fold).collect::<String>();
    // («النشرة السابقة», «الإحاطة الأولى», «البيان الأول», «الحصيلة الأخيرة»: an earlier or
    // later report of the source named before, by its order or its kind)
    let report_of = {
        let mut w = n.split(' ');
        let (head, adj, more) = (w.next().unwrap_or(""), w.next(), w.next());
        let report = head.strip_prefix("ال").is_some_and(|h| REPORT_NOUNS.contains(&h) || h == "احاطه");
        // (definite adjectives of order: REPORT_ADJECTIVES are indefinite, «حصيلة أولية»)
        let order = |a: &str| matches!(a, "السابقه" | "السابق" | "الاولي" | "الاول" | "الثانيه" | "الثاني" | "الثالثه" | "الثالث" | "الاخيره" | "الاخير" | "الجديده" | "الجديد" | "الاوليه");
        report && more.is_none() && adj.is_none_or(order)
    };
    // («وأوضح المسؤول» after «أعلن مساعد محافظ سيستان وبلوشستان للشؤون الأمنية»: the official named before)
    // («وكان المسؤول نفسه قد أعلن»: the same official)
    let any = report_of || matches!(n.as_str(), "المصدر ذاته" | "المصدر نفسه" | "المصدر" | "المسؤول" | "المسؤوله" | "المسؤول نفسه" | "المسؤول ذاته" | "المسؤوله نفسها" | "المسؤوله ذاتها");
    // «المتحدث ذاته», «الوزير نفسه»: the one named before
    let same = ["ذاته", "نفسه", "ذاتها", "نفسها"].iter().find_map(|w| n.strip_suffix(w)?.strip_suffix(' ')?.strip_prefix("ال")).filter(|h| !h.contains(' '));
    // «المديرية», and «للمديرية» after a report noun («بلاغ للمديرية»)
    // (or a one-word head that a source named before begins with, when that source is of
    // another kind than the word alone reads as: «الوكالة» after «وكالة إدارة الحرائق
    // والكوارث» is that body, not a news agency)
    // (or «الشرطة» after the force named with its place, «شرطة الشارقة», «شرطة عُمان
    // السلطانية»; not after «شرطة الإقليم», which says no more)
    let place = |r: &str| matches!(r.trim(), "الاقليم" | "المقاطعه" | "المحافظه" | "الولايه" | "المنطقه" | "المدينه" | "البلاد" | "الدوله" | "الجزيره");
    let named_so = |h: &str| prev.iter().rev().take(16).any(|p| p.0.strip_prefix("ال").unwrap_or(&p.0).strip_prefix(h).is_some_and(|r| r.starts_with(' ') && (p.1.label != c.label || h == "شرطه" && !place(r))));
    let head = same.or_else(|| n.strip_prefix("ال").or_else(|| n.strip_prefix("لل")).filter(|h| (super::sources::is_generic(&c.label) || named_so(h)) && !h.contains(' ') && h.chars().count() > 2));
    if !any && head.is_none() {
        return (n, c);
    }
    // «المصدر» is the last source named «مصدر ...» if there is one («مصدر أمني»), else the last one
    let source_word = n.starts_with("المصدر");
    let named_source = || prev.iter().rev().take(16).find(|p| source_word && p.0 != n && p.0.contains("مصدر"));
    // (one whose name begins with the head first: «الإدارة» is «الإدارة العامة للمرور» before
    // «البيان الأول للإدارة»)
    let begins = || head.and_then(|h| prev.iter().rev().take(16).find(|p| p.0 != n && p.0.strip_prefix("ال").unwrap_or(&p.0).starts_with(h)));
    // (the head as a word of the name, or with «لـ» in construct, «المتحدث الرسمي لتجمع عسير»;
    // not inside another's definite name: «البيان الأول للإدارة» is not «الإدارة»)
    let has_word = |p: &str, h: &str| p.split(' ').any(|w| w == h || w.strip_prefix("ال") == Some(h) || !w.starts_with("لل") && w.strip_prefix('ل') == Some(h));
    // («المسؤول نفسه» is the last one named by an office: «وزير الداخلية في حكومة الإقليم»
    // before «السلطات»)
    let official = n.starts_with("المسؤول ");
    let by_office = |p: &&(String, Claimant)| p.0 != n && p.0.split(' ').next().is_some_and(|w| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        ROLES.contains(&w) || matches!(w, "وزير" | "وزيره" | "محافظ" | "والي" | "حاكم" | "متحدث" | "ناطق" | "مساعد")
    });
    let named_official = || official.then(|| prev.iter().rev().take(16).find(by_office)).flatten();
    let hit = named_source().or_else(named_official).or_else(|| if any { None } else { begins() }).or_else(|| prev.iter().rev().take(16).find(|p| p.0 != n && (any || has_word(&p.0, head.unwrap_or("")))));
    hit.cloned().unwrap_or((n, c))
}

/// A short English name for a source (given as folded words): see [`super::sources`].
pub fn label(norm: &str) -> &'static str {
    super::sources::label(norm)
}

/// Where the source starts in «حصلت عليها «الغد» من مديرية الأمن العام» (from token `j`,
/// the verb): after «من», up to five words after «عليها» (an outlet's figures from a body
/// are the body's).
fn got_from(toks: &[Tok], j: usize, end: usize) -> Option<usize> {
    let got = toks.get(j).is_some_and(|t| matches!(t.bare(), "حصلت" | "حصل" | "اطلعت" | "اطلع")) && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "عليها" | "عليه"));
    (j + 2..end.min(j + 7)).find(|&m| toks[m].w == "من").filter(|_| got).map(|m| m + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(s: &str) -> Option<(String, String)> {
        let d = Doc::new(s);
        let f = d.toks.iter().position(|t| t.cls == Cls::Num).unwrap();
        let si = d.sentence_of(f);
        let kind = d.toks.iter().find_map(|t| trig(t.lex)).map_or(Kind::Killed, |t| t.0);
        find(&d, si, f, f, kind).map(|c| (c.text, c.label))
    }

    #[test]
    fn nearest_cue_before_the_figure() {
        // (a role and its adjective read on through «في»)
        assert_eq!(
            who("وقال مصدر طبي في المستشفى إن 7 أشخاص قتلوا"),
            Some(("مصدر طبي في المستشفى".into(), "Hospital".into()))
        );
        assert_eq!(
            who("أفاد ناشطون، في حين أكدت وزارة الصحة أن 12 قتيلا سقطوا"),
            Some(("وزارة الصحة".into(), "Health Ministry".into()))
        );
        assert_eq!(
            who("ونقلت صحيفة محلية عن مصادر أمنية أن 3 جنود قتلوا"),
            Some(("مصادر أمنية".into(), "Security sources".into()))
        );
    }

    #[test]
    fn cue_after_the_figure_and_none() {
        assert_eq!(
            who("سقط 4 قتلى في المدينة، بحسب ما أفادت الشرطة المحلية."),
            Some(("الشرطة المحلية".into(), "Police".into()))
        );
        assert_eq!(
            who("سقط 4 قتلى وفقا لمنظمة العفو الدولية"),
            Some(("منظمة العفو الدولية".into(), "Amnesty International".into()))
        );
        assert_eq!(who("سقط 4 قتلى في المدينة."), None);
    }

    #[test]
    fn source_between_kana_and_qad() {
        assert_eq!(
            who("وكانت منظمة العفو الدولية قد أعلنت في تقرير أن 14 شخصا قتلوا"),
            Some(("منظمة العفو الدولية".into(), "Amnesty International".into()))
        );
        assert_eq!(who("وقالت نقابة أطباء اليمن إن 5 مسعفين قتلوا").map(|c| c.1), Some("Doctors' union".into()));
    }

    #[test]
    fn continuation_and_next_sentence() {
        assert_eq!(
            who("وقال قائد الجيش إن الوضع هادئ. وأضاف: “قتل 5 مسلحين”.").map(|c| c.1),
            Some("Army".into())
        );
        // (the speaker before his verb, in the sentence before)
        assert_eq!(
            who("غير أن المتحدث باسم الشرطة قال في مؤتمر صحفي إن الوضع هادئ. وأضاف أن الشرطة أوقفت 211 شخصا.").map(|c| c.0),
            Some("المتحدث باسم الشرطة".into())
        );
        // the next sentence names the same arrests, definite, and attributes them
        assert_eq!(
            who("وأوقفت الشرطة 30 شخصا. وقالت النيابة العامة إن الموقوفين سيحالون إلى القضاء.").map(|c| c.1),
            Some("Prosecutor".into())
        );
        // ... but not when it speaks of something else: then the police who made the arrests
        assert_eq!(who("وأوقفت الشرطة 30 شخصا. وقالت النيابة العامة إن التحقيق مستمر.").map(|c| c.1), Some("Police".into()));
        // (a body the table does not know is no source by acting)
        assert_eq!(who("وأوقفت مجموعة من الشبان 3 أشخاص.").map(|c| c.1), None);
    }
}
