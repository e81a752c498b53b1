//! Phase 6, filters: what is not a figure even though a number (or a noun)
//! sits near a trigger. Each filter states the general pattern it rejects.
//!
//! - a number that counts things or names a date, year, time, unit or
//!   percentage ([`not_people`]);
//! - the missing and the trapped ([`missing`], [`trapped`]), people on board ([`aboard`]);
//! - ages ([`ages`]);
//! - infections counted in an epidemic ([`infections`]);
//! - hostages held by a gang, people taken away by attackers, those suspended
//!   from work or put under judicial supervision, which are not arrests
//!   ([`hostages`], [`abducted`], [`suspended`], [`supervised`]);
//! - one more added beside the toll that counts it ([`one_more`]);
//! - an attempt to arrest or to kill ([`attempted`]), those who stopped a vehicle
//!   ([`stopped_a_thing`]);
//! - killed and injured counted together ([`killed_and_injured_together`],
//!   [`fell_between_kinds`]),
//!   and killed or missing counted together ([`killed_or_missing`]).

use super::dates;
use super::lexicon::{trig, CARRY, EXCEED, Form, Lex, NAMED_BY_NUMBER, ONE_TWO, PASSENGERS, SPEAKERS, STILL, TIMES, TRAPPED};
use super::number::{Phrase, Q};
use super::qualifier::{self, Before};
use super::rules::{next_sig, prev_sig};
use super::tokenise::{Article, Cls, Tok};
use crate::figure::{Kind, Victims};

/// Whether the number phrase counts something that is not people, or is a
/// date, year, time or percentage: «37 سيارة», «3 مارس», «30 في المئة»,
/// «الساعة 10», «اللواء 55», «عام 2019» (but «زهاء 1900 فلسطيني» is a count);
/// or counts people who are not victims: the speakers («قال ثلاثة من
/// السكان»), the missing («وفُقد 22»), the rescued or released («إنقاذ 46»,
/// «أفرجت ... عن 19»), those brought before a court («مثل 300 موقوف أمام
/// المحكمة»), or a sum for each («50 ألفا لكل مصاب»); or is a sum («بقيمة 200
/// مليون»), how much a toll fell («تراجعت بثلاث حالات»), what was found on them
/// («بحوزتهم 48 شريحة»), a fraud's victims («ضحايا للعصابة»), those a sum was taken from
/// («استولوا على 4.6 ملايين درهم من 212 ضحية»), or those barred from
/// travel («بمنع سفر اثنين»), or those present («بحضور المئات», «وشيّع مئات المواطنين»).
pub fn not_people(toks: &[Tok], p: &Phrase, s0: usize, s1: usize) -> bool {
    let nx = next_sig(toks, p.b + 1, s1);
    let pv = prev_sig(toks, p.a, s0);
    let w = |j: Option<usize>| j.and_then(|j| toks.get(j)).map_or("", |t| t.w.as_str());
    // «2000 و2500 شخص»: people after the second number of a range
    let range_end = nx.filter(|&j| matches!(toks[j].w.as_str(), "و" | "الي" | "-") && toks.get(j + 1).is_some_and(|t| t.cls == Cls::Num));
    let after = range_end.map_or(nx, |j| next_sig(toks, j + 2, s1));
    let people_next = after.is_some_and(|j| matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Group(..) | Lex::Others)));
    if nx.is_some_and(|j| toks[j].lex == Some(Lex::Thing) || dates::month(toks, j).is_some()) && !murders(toks, s0, p.a, nx) {
        return true;
    }
    // («أودى بحياة راعٍ وعشرات من رؤوس الإبل», «20 من الأغنام»: of things or animals)
    let animals = |t: &Tok| matches!(t.bare().no_al(), "رؤوس" | "ماشيه" | "مواشي" | "اغنام" | "ابل" | "ابقار" | "حيوانات" | "الحيوانات" | "دواب");
    // («التحفظ على 7 من الأدوات المستخدمة»: some of the things the table knows)
    // (not a family's: «مقتل أربعة من العائلة»)
    let things = |t: &Tok| t.lex == Some(Lex::Thing) && t.def && !matches!(t.bare().no_al(), "عائله" | "عائلات" | "اسره" | "اسر");
    // (but not «اثنين» after the dual it counts: «أوقفت الشرطة فنيَّين اثنين من الشركة», two
    // technicians from the company)
    let of_a_dual = p.a == p.b && toks[p.a].bare().starts_with("اثن") && pv.is_some_and(|j| j + 1 == p.a && toks[j].cls == Cls::Word && (toks[j].bare().ends_with("ين") || toks[j].bare().ends_with("ان")));
    if !of_a_dual && nx.is_some_and(|j| toks[j].w == "من" && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && (animals(t) || things(t)))) {
        return true;
    }
    // «نفى لـ«اليوم 24» وفاة أي طالب»: a number closing a quoted name («"مجموعة 24"»)
    let quoted_name = toks[p.b].cls == Cls::Num && toks.get(p.b + 1).is_some_and(|t| p.b + 1 < s1 && t.is_quote()) && pv.is_some_and(|j| j + 1 == p.a && j > s0 && toks[j - 1].is_quote() && toks[j].cls == Cls::Word && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Group(..) | Lex::Toll)) && !toks[j].is_in(&EXCEED) && qualifier::before(toks, p.a, s0).is_none());
    if quoted_name {
        return true;
    }
    // («فيما نجا 7 آخرون»: those who survived)
    if pv.is_some_and(|j| j + 1 == p.a && matches!(toks[j].bare(), "نجا" | "نجت" | "نجوا" | "ينجو" | "تنجو" | "نجي")) {
        return true;
    }
    // («15 سبتمبر, 2026 قُتل»: a year after a month and a comma)
    let year = matches!(p.q, Q::N(1900..=2100)) && toks[p.a].cls == Cls::Num && toks[p.a].w.chars().count() == 4;
    if year && pv.is_some_and(|j| j > s0 && toks[j].cls == Cls::Punct(',') && dates::month(toks, j - 1).is_some()) {
        return true;
    }
    // (after a range's second number too: «بين 40 و75 في المئة»)
    let percent = |x: Option<usize>| matches!(w(x), "%" | "٪") || (matches!(w(x), "في") && matches!(w(x.map(|j| j + 1)), "المئه" | "المائه")) || x.is_some_and(|j| matches!(toks[j].bare(), "بالمئه" | "بالمائه"));
    if percent(nx) || percent(after) {
        return true;
    }
    // «إثر 11 حادث مرور», «150 هجوما», «47 تفجيرا», «41 استدعاءً»: a count of incidents, or of summonses
    if nx.is_some_and(|j| matches!(toks[j].bare(), "حادث" | "حادثا" | "حوادث" | "حادثه" | "هجوما" | "هجمات" | "اعتداء" | "اعتداءات" | "غارات" | "استدعاء" | "استدعاءا" | "استدعاءات" | "تفجيرا" | "تفجيرات" | "انفجارا" | "انفجارات")) {
        return true;
    }
    // «بنادق LBD 40», «مقاتلات F 16», «من طراز AR-15»: a number after a Latin name is part
    // of the name (a hyphen between)
    let hyphen = |j: usize| toks[j].cls == Cls::Punct('-') || toks[j].w == "-";
    if pv.is_some_and(|j| j + 1 == p.a && (toks[j].cls == Cls::Latin || hyphen(j) && j > s0 && toks[j - 1].cls == Cls::Latin)) {
        return true;
    }
    // «ضبط 3 أجهزة اتصال», «و14 آلية», «40 ظرفاً فارغاً», «في غرفة واحدة», «150 متبرعاً»,
    // «مليون و200 ألف حبة مخدرة», «145 بلاغاً»: devices, vehicles, casings, rooms, (blood)
    // donors, pills and complaints (words the lexicon keeps for
    // other senses: «الأجهزة الأمنية» are a source, «إليه» a preposition)
    if nx.is_some_and(|j| j == p.b + 1 && matches!(toks[j].bare(), "اجهزه" | "جهاز" | "جهازا" | "اليه" | "ظرفا" | "ظروف" | "غرفه" | "غرف" | "متبرعا" | "متبرعين" | "متبرعون" | "حبه" | "حبات" | "قرص" | "اقراص" | "بلاغا" | "بلاغات")) || p.a == p.b && matches!(toks[p.a].w.as_str(), "واحده") && pv.is_some_and(|j| matches!(toks[j].bare(), "غرفه" | "اليه")) {
        return true;
    }
    // «من أسرة واحدة», «سيارة واحدة»: «one» after a thing counts the thing
    if p.a == p.b && matches!(toks[p.a].w.as_str(), "واحد" | "واحده" | "واحدا") && pv.is_some_and(|j| toks[j].lex == Some(Lex::Thing)) {
        return true;
    }
    // (but «العام» after a definite noun is «general», no year: «أحصى الدفاع العام 132 قتيلا»,
    // «الأمن العام 5 عناصر»)
    let general = pv.is_some_and(|j| toks[j].w == "العام" && j > s0 && (toks[j - 1].def || toks[j - 1].bare().starts_with("ال")));
    // (nor a count of people after «منذ مطلع العام»: «قُتل منذ مطلع العام 38 من القادة»; a
    // year has four digits)
    let of_the = w(nx) == "من" && nx.and_then(|j| toks.get(j + 1)).is_some_and(|t| t.w.starts_with("ال") && t.cls == Cls::Word);
    // (and a number with a thousands separator is no year: «منذ بداية العام 1,376 متسللاً»)
    let separated = toks[p.a].cls == Cls::Num && toks[p.a].w.contains([',', '٬']);
    let counted = matches!(toks[pv.unwrap_or(p.a)].bare(), "العام" | "عام") && toks[p.a].cls == Cls::Num && (toks[p.a].w.chars().count() < 4 && (people_next || of_the) || separated);
    // (nor «رقم 30 قتيلا», a figure of the dead, which «رقم» names with its counted noun)
    // («صار الرقم 11 وفاة»: or its verbal noun)
    let counted = counted || matches!(toks[pv.unwrap_or(p.a)].bare(), "رقم" | "الرقم") && nx.is_some_and(|j| matches!(trig(toks[j].lex), Some((_, Form::Counted | Form::Event))) && !toks[j].has_conj());
    if NAMED_BY_NUMBER.contains(&toks[pv.unwrap_or(p.a)].bare()) && pv.is_some() && !general && !counted {
        return true;
    }
    // «بالمحكمة الابتدائية تونس 2»: a court named by its town and a number
    let court = |k: usize| matches!(toks[k].bare().trim_start_matches(['ب', 'ل']).no_al(), "محكمه" | "ابتدائيه" | "استئنافيه");
    let town = pv.is_some_and(|j| j > s0 && toks[j].cls == Cls::Word && toks[j].lex.is_none() && (j.saturating_sub(2).max(s0)..j).any(court));
    if town && toks[p.a].cls == Cls::Num && matches!(p.q, Q::N(1..=9)) {
        return true;
    }
    // «سجلت خلال العام الماضي 2025 وفاة 512 شخصا»: the year after «العام الماضي»
    let year = matches!(p.q, Q::N(1900..=2100)) && toks[p.a].cls == Cls::Num && toks[p.a].w.chars().count() == 4;
    let this_or_last = |j: usize| j > s0 && matches!(toks[j].bare(), "الماضي" | "الحالي" | "الجاري" | "المنصرم" | "السابق" | "المقبل") && matches!(toks[j - 1].bare(), "العام" | "عام" | "السنه" | "سنه");
    if year && pv.is_some_and(this_or_last) {
        return true;
    }
    // «في تقريرها السنوي للعام 2025 مقتل 3 صحفيين», «في ربيع 2025 بمقتل 12»: a year after a
    // word of years or seasons, before a verbal noun of casualties too
    let of_years = |j: usize| matches!(toks[j].bare(), "للعام" | "لعام" | "للسنه" | "لسنه" | "ربيع" | "صيف" | "صائفه" | "خريف" | "شتاء" | "مواسم" | "موسم");
    if year && pv.is_some_and(of_years) {
        return true;
    }
    // «وسجلت الوزارة في 2023 مقتل 40 شخصا»: a year after a preposition of time, before a
    // verbal noun that counts the number after it
    let of_time = |j: usize| matches!(toks[j].bare(), "في" | "منذ" | "خلال" | "حتي" | "مطلع" | "اواخر" | "اوائل" | "نهايه" | "بدايه");
    let event_then_count = nx.is_some_and(|j| matches!(trig(toks[j].lex), Some((_, Form::Event))) && toks.get(j + 1).is_some_and(|t| t.cls == Cls::Num));
    if year && pv.is_some_and(of_time) && event_then_count {
        return true;
    }
    // «في موسم حج عام 1445هـ (2024) وفاة 1301 حاج»: the same year in the other calendar, in
    // brackets after it
    let bracketed = p.a > 0 && toks[p.a - 1].is_quote();
    if year && bracketed && pv.is_some_and(|j| matches!(toks[j].bare(), "ه" | "هـ" | "م") || toks[j].cls == Cls::Num && toks[j].w.chars().count() == 4) {
        return true;
    }
    // «طفل في الثانية عشرة»: the «ten» of an ordinal (an age, a rank), no count
    let ordinal = |j: usize| matches!(toks[j].bare(), "الحادي" | "الحاديه" | "الثاني" | "الثانيه" | "الثالث" | "الثالثه" | "الرابع" | "الرابعه" | "الخامس" | "الخامسه" | "السادس" | "السادسه" | "السابع" | "السابعه" | "الثامن" | "الثامنه" | "التاسع" | "التاسعه");
    if p.a == p.b && matches!(toks[p.a].bare(), "عشر" | "عشره") && pv.is_some_and(|j| j + 1 == p.a && ordinal(j)) {
        return true;
    }
    // «مقتل صحفي واحد و21 حالة اختطاف»: cases of what takes no victim of ours (kidnapping,
    // displacement, release)
    // (a noun of those, not a negation: «14 حالة وليس 16»)
    let taken = |t: &Tok| matches!(t.lex, Some(Lex::Neg | Lex::Away)) && t.w == t.bare() && !matches!(t.w.as_str(), "لم" | "لن" | "ليس" | "ليست" | "دون" | "بدون" | "عدم");
    if nx.is_some_and(|j| matches!(toks[j].bare(), "حاله" | "حالات") && toks.get(j + 1).is_some_and(taken)) {
        return true;
    }
    // «قرأ الأهالي أسماء الضحايا واحداً واحداً», «تحصي الجثث واحدة واحدة»: one by one
    // (as written: «واحد» is no «و» + «احد»)
    let one = |j: usize| matches!(toks[j].w.as_str(), "واحد" | "واحدا" | "واحده");
    // (or one after the other: «سقط الشبان واحداً تلو الآخر»)
    if one(p.a) && (toks.get(p.a + 1).is_some_and(|t| t.w == toks[p.a].w || t.w == "تلو") || p.a > s0 && toks[p.a - 1].w == toks[p.a].w) {
        return true;
    }
    // «50 ألفا لكل مصاب»: a sum for each
    if w(nx) == "لكل" {
        return true;
    }
    // «تراجعت الحصيلة بثلاث حالات», «انخفض عدد القتلى بـ12»: how much a toll fell, no count
    let by = p.pre > 0 && toks[p.a].w.starts_with('ب') || pv.is_some_and(|j| j + 1 == p.a && matches!(toks[j].w.as_str(), "ب" | "بـ"));
    let fell = |j: usize| matches!(toks[j].bare(), "تراجع" | "تراجعت" | "انخفض" | "انخفضت" | "تقلص" | "تقلصت" | "تناقص" | "تناقصت" | "يتراجع" | "تتراجع" | "ينخفض" | "تنخفض");
    if by && (p.a.saturating_sub(5).max(s0)..p.a).any(fell) {
        return true;
    }
    // «أكثر من 150 شخصاً ضحايا للعصابة», «عدد ضحايا العصابة تجاوز 60»: a gang's or a fraud's
    // victims, not the dead
    let of_fraud = |j: usize| matches!(toks[j].bare().no_al(), "ضحايا" | "ضحيه") && toks.get(j + 1).is_some_and(|t| matches!(t.bare().trim_start_matches('ل').no_al(), "عصابه" | "احتيال" | "نصب" | "ابتزاز" | "عصابات"));
    if (p.b + 1..s1.min(p.b + 4)).any(of_fraud) || (p.a.saturating_sub(6).max(s0)..p.a).any(of_fraud) {
        return true;
    }
    // («واستولوا على نحو 4.6 ملايين درهم من 212 ضحية»: those a sum was taken from)
    let took = |t: &Tok| matches!(t.bare(), "استولوا" | "استولي" | "استولت" | "سلبوا" | "سلب" | "جمعوا" | "جمع");
    let victims_after = after.is_some_and(|j| matches!(toks[j].bare().no_al(), "ضحايا" | "ضحيه"));
    if victims_after && pv.is_some_and(|j| toks[j].w == "من") && (p.a.saturating_sub(8).max(s0)..p.a).any(|j| took(&toks[j])) {
        return true;
    }
    // «وشيّع الأهالي جثمان الشهيد بحضور المئات», «بمشاركة 300 شخص»: those present at a
    // funeral or a gathering
    // («وشيّع مئات المواطنين جثامين الشهداء», «شارك 300 شخص في التشييع»: the subject of a
    // verb of mourning or gathering)
    let gathered = |j: usize| j + 1 == p.a && matches!(toks[j].bare(), "شيع" | "شيعت" | "حضر" | "حضرت" | "شارك" | "شاركت" | "احتشد" | "احتشدت" | "تجمع" | "تجمعت" | "يشيع" | "يشارك" | "تظاهر");
    if pv.is_some_and(|j| matches!(toks[j].bare(), "بحضور" | "وبحضور" | "بمشاركه" | "وبمشاركه") || gathered(j)) {
        return true;
    }
    // «ويضم المبنى نحو 600 معتقل», «ويضم المركز، بحسب الجهاز، قرابة 900 محتجز»: the inmates a
    // place holds or houses, no one held by the event (over its subject, a qualifier and a
    // source between commas; not over a number or a trigger)
    let houses = |t: &Tok| matches!(t.bare(), "يضم" | "تضم" | "يؤوي" | "تؤوي" | "ياوي" | "تاوي" | "يستوعب" | "تستوعب" | "يحتضن" | "تحتضن");
    let inmates = nx.is_some_and(|j| matches!(toks[j].lex, Some(Lex::Trig(Kind::Arrested, _))) || toks[j].bare().no_al().starts_with("نزيل") || toks[j].bare().no_al().starts_with("سجين") || toks[j].bare().no_al().starts_with("سجناء"));
    if inmates && (p.a.saturating_sub(9).max(s0)..p.a).rev().take_while(|&j| toks[j].cls != Cls::Num && !matches!(toks[j].lex, Some(Lex::Trig(..))) && !matches!(toks[j].cls, Cls::Punct('.' | ';' | ':'))).any(|j| houses(&toks[j])) {
        return true;
    }
    // «سجل المستشفى في 2024 وفاة امرأتين»: a year after «في», before an event's noun, not a count
    // of people (the people counted after it are: «في 2000 قتيل»)
    let year = p.a == p.b && toks[p.a].cls == Cls::Num && toks[p.a].w.len() == 4 && toks[p.a].w.parse::<u32>().is_ok_and(|y| (1950..=2100).contains(&y));
    if year && w(pv) == "في" && nx.is_some_and(|j| !matches!(toks[j].lex, Some(Lex::Group(..)) | Some(Lex::Trig(_, Form::Counted)))) {
        return true;
    }
    // «في القضية رقم 4512 ...، المتهم فيها 5 أشخاص بقتل مزارع»: the accused of a case, no victims
    let accused = |j: usize| matches!(toks[j].bare(), "المتهم" | "المتهمين" | "المتهمون" | "المتهمه");
    if pv.is_some_and(|j| accused(j) || matches!(toks[j].w.as_str(), "فيها" | "فيه") && j > s0 && accused(j - 1)) {
        return true;
    }
    // «وضُبطت بحوزتهم 48 شريحة»: what was found on them
    if pv.is_some_and(|j| toks[j].bare().starts_with("بحوز")) {
        return true;
    }
    // «مبالغ نقدية بقيمة 200 مليون»: a sum, its currency unnamed
    if pv.is_some_and(|j| matches!(toks[j].bare(), "بقيمه" | "قيمته" | "قيمتها" | "بمبلغ" | "مبلغ" | "مبلغا")) {
        return true;
    }
    // «قال ثلاثة من السكان إن ...»: the speakers; «وفُقد 22 آخرون»: the missing
    // (as written: «فقد» right before a number is the verb, not «ف» + «قد»)
    let pw = pv.map_or("", |j| toks[j].bare());
    // (but «فقد 5 من جنوده»: a side lost some of its own men, dead)
    // (or «إن الجيش فقد ٤ جنود»: a force right before the verb, its men after the number)
    let force = |x: &Tok| matches!(x.lex, Some(Lex::Group(Victims::SecurityForces, _)));
    // (over «فقط»: «فقدت اثنين فقط من مقاتليها»)
    let nx_of = if w(nx) == "فقط" { nx.and_then(|j| next_sig(toks, j + 1, s1)) } else { nx };
    let own = w(nx_of) == "من" && nx_of.and_then(|j| toks.get(j + 1)).is_some_and(Tok::with_possessive)
        || pv.is_some_and(|j| j > s0 && toks[j - 1].def && force(&toks[j - 1])) && nx.is_some_and(|j| force(&toks[j]));
    // (nor «فقد 5 أشخاص حياتهم»: lives lost)
    let lives = (p.b + 1..s1.min(p.b + 5)).any(|j| matches!(toks[j].bare(), "حياتهم" | "حياتهما" | "ارواحهم" | "حياتهن"));
    if SPEAKERS.contains(&pw) || matches!(w(pv), "فقد" | "وفقد" | "فقدوا" | "وفقدوا") && !own && !lives {
        return true;
    }
    // «وإنقاذ 46 محتجزا»: the rescued; «أفرجت النيابة ... عن 19 من الموقوفين»: the released
    // («اعتقال 18 شخصاً واستدعاء 60 آخرين»: the summoned)
    // («وتحرير 41 من الضحايا»: victims of traffickers freed)
    if matches!(pw, "انقاذ" | "بانقاذ" | "انقذ" | "انقذت" | "انقذوا" | "استدعاء" | "باستدعاء" | "تحرير" | "بتحرير" | "حرر" | "حررت") {
        return true;
    }
    // «صدر قرار بمنع سفر اثنين آخرين»: barred from travel, not held
    if pw == "سفر" && pv.is_some_and(|j| j > s0 && matches!(toks[j - 1].bare().trim_start_matches('ب'), "منع" | "حظر")) {
        return true;
    }
    // «بإخلاء سبيل 4 من الموقوفين»: the released
    if pw == "سبيل" && pv.is_some_and(|j| j > s0 && matches!(toks[j - 1].bare(), "اخلاء" | "باخلاء" | "لاخلاء" | "اخلي" | "اخلت")) {
        return true;
    }
    // («لا يزال البحث جارياً عن 82 آخرين», «البحث لا يزال جارياً عن 4 آخرين»: those still sought)
    let search = |k: usize| matches!(toks[k].bare().no_al(), "بحث" | "البحث");
    if pw == "عن" && pv.is_some_and(|j| j > s0 && search(j - 1) || j > s0 + 1 && matches!(toks[j - 1].bare(), "جار" | "جاريا" | "جاري") && (j.saturating_sub(4).max(s0)..j - 1).any(search)) {
        return true;
    }
    if pw == "عن" {
        let released = pv.is_some_and(|j| (j.saturating_sub(8).max(s0)..j).rev().take_while(|&k| !toks[k].is_clause_end()).any(|k| matches!(toks[k].bare(), "افرج" | "افرجت" | "يفرج" | "تفرج")));
        if released {
            return true;
        }
    }
    // «ومثل أكثر من 300 موقوف أمام محكمة»: detainees brought before a court, not a count of arrests
    let court = |k: usize| matches!(toks[k].bare(), "مثل" | "مثلوا" | "يمثلون" | "يمثل");
    if (p.a.saturating_sub(4).max(s0)..p.a).any(court) || (p.b + 1..s1.min(p.b + 4)).any(court) && (p.b + 1..s1.min(p.b + 6)).any(|k| toks[k].bare() == "امام") {
        return true;
    }
    // «خلال الساعات الـ48 الماضية»: hours; «دخل الإضراب يومه الـ19», «في الذكرى الـ10»: an ordinal of a span
    let span = |t: &Tok| {
        t.is_in(&TIMES)
            || matches!(t.bare().no_al(), "يومه" | "يومها" | "يومهم" | "اسبوعه" | "اسبوعها" | "شهره" | "شهرها" | "عامه" | "عامها" | "ذكري" | "ذكراه" | "ذكراها" | "دوره" | "دورته" | "دورتها" | "جوله" | "جولته" | "جولتها" | "اسبوع" | "شهر" | "عام" | "ايام" | "دقائق")
    };
    if w(pv) == "ال" && pv.is_some_and(|j| j > s0 && span(&toks[j - 1])) {
        return true;
    }
    // («في كانون الثاني 2025 وفاة 78»: a month of two words ends right before; but not a
    // count with its counted noun right after it: «حتى نهاية فبراير 3 وفيات و38 إصابة»)
    // (or people, or cases: «اعتقلت خلال تشرين الأول 318 مواطنا», «وثقت في أيلول 52 حالة وفاة»)
    let counted_next = !matches!(p.q, Q::N(1900..=2100)) && nx.is_some_and(|j| matches!(trig(toks[j].lex), Some((_, Form::Counted))) || matches!(toks[j].lex, Some(Lex::Group(..) | Lex::Case)));
    if !counted_next && pv.is_some_and(|j| (j.saturating_sub(1)..=j).any(|m| dates::month(toks, m).is_some_and(|(_, l)| l == j))) {
        return true;
    }
    // («ديسمبر (كانون الأول) 2021 قُتل 31 شخصاً»: a month with its other name in brackets)
    let open = pv.filter(|&j| toks[j].cls == Cls::Punct(')')).and_then(|j| (j.saturating_sub(5).max(s0)..j).rev().find(|&k| toks[k].cls == Cls::Punct('(')));
    if open.is_some_and(|k| dates::month(toks, k + 1).is_some() && k > s0 && (k.saturating_sub(2).max(s0)..k).any(|m| dates::month(toks, m).is_some_and(|(_, l)| l == k - 1))) {
        return true;
    }
    // «زهاء 1900 فلسطيني»: a qualified number is a count, not a year
    let qualified = || qualifier::before(toks, p.a, s0).is_some_and(|q| !matches!(q.0, Before::From | Before::Between));
    // («2010 حالات اعتقال»: cases of a kind, counted)
    let cases_next = nx.is_some_and(|j| toks[j].lex == Some(Lex::Case) && toks.get(j + 1).is_some_and(|x| j + 1 < s1 && trig(x.lex).is_some()));
    matches!(p.q, Q::N(1900..=2100)) && toks[p.a].cls == Cls::Num && !people_next && !cases_next && !qualified()
}

/// The missing are not a figure (from token `j`, the word after the number):
/// «وعشرات المفقودين», «120 آخرين ما زالوا تحت الأنقاض», «14 آخرين مجهولا»; nor
/// escaped prisoners still at large («350 آخرين طلقاء»).
pub fn missing(toks: &[Tok], j: usize, s1: usize) -> bool {
    let mut j = j;
    if toks.get(j).is_some_and(|t| matches!(t.lex, Some(Lex::Others | Lex::Group(..)))) {
        j += 1;
    }
    let w = |k: usize| if k < s1 { toks[k].bare() } else { "" };
    if matches!(w(j), "ما" | "لا") {
        j += 1;
    }
    // «12 في عداد المفقودين», «30 آخرين ما زالوا في عداد المفقودين»
    if STILL.contains(&w(j)) && w(j + 1) == "في" {
        j += 1;
    }
    if w(j) == "في" && w(j + 1) == "عداد" {
        j += 2;
    }
    let m = w(j).no_al();
    // (and the escaped still at large: «لا يزال أكثر من 350 آخرين طلقاء»)
    // (or who fled: «تلاحق 3 آخرين فروا من المنطقة»)
    let at_large = matches!(m, "طلقاء" | "فارين" | "فارون" | "هاربين" | "هاربون") || matches!(w(j), "فروا" | "هربوا" | "لاذوا");
    // (and those who got away: «تمكن 8 آخرون من الفرار»)
    let fled = w(j) == "من" && matches!(w(j + 1).no_al(), "فرار" | "هرب" | "هروب" | "الفرار");
    fled || m.starts_with("مفقود") || m.starts_with("مجهول") || TRAPPED.contains(&m) || STILL.contains(&w(j)) && w(j + 1) == "تحت" || at_large
}

/// People on board are not a figure: a number right after a verb of carrying
/// («مركب يقل 45 مهاجرا», «حافلة تحمل 30 راكبا») or «على متنه/متنها».
pub fn aboard(toks: &[Tok], s0: usize, pj: Option<usize>) -> bool {
    pj.is_some_and(|j| {
        let w = toks[j].bare();
        let not = j > s0 && toks[j - 1].w == "لا";
        // (but those aboard a boat seized are held: «ضبطت قاربا على متنه 37 متسللا»)
        let seized = w.starts_with("متن") && (j.saturating_sub(4).max(s0)..j).any(|k| matches!(trig(toks[k].lex), Some((Kind::Arrested, Form::Verb))));
        CARRY.contains(&w) && !not || w.starts_with("متن") && !seized
    })
}

/// Charges brought against some of those held are no new count: «وجهت اتهامات
/// بـ"الإرهاب" إلى 186 من الموقوفين», «تهما إلى 28 منهم» (the number after
/// «إلى», a noun of charges up to ten words before it in the clause).
pub fn charged(toks: &[Tok], s0: usize, pj: Option<usize>) -> bool {
    let Some(j) = pj.filter(|&j| toks[j].w == "الي") else { return false };
    (j.saturating_sub(10).max(s0)..j)
        .rev()
        .take_while(|&k| !toks[k].is_clause_end())
        .any(|k| matches!(toks[k].bare().no_al(), "اتهامات" | "اتهام" | "تهم" | "تهما" | "تهمه"))
}

/// Held inside a place, or passengers held, is being trapped, not arrested:
/// «احتجز 20 عاملا داخل المصنع», «احتجزوا تحت الركام», «احتجاز 300 راكب في القطار»; and
/// victims still under the rubble are not yet counted: «آلاف الضحايا ما زالوا تحت الركام».
pub fn trapped(toks: &[Tok], kind: Kind, ti: usize, pb: usize, s1: usize) -> bool {
    // («آلاف الضحايا ما زالوا تحت الركام»: victims still under the rubble are not counted yet)
    let still = |j: usize| matches!(toks[j].bare(), "زالوا" | "يزالون" | "زالت" | "تزال" | "يزال" | "زال") && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && t.w == "تحت");
    if kind == Kind::Killed && (ti.max(pb) + 1..s1.min(ti.max(pb) + 4)).any(still) {
        return true;
    }
    if kind != Kind::Arrested || !toks[ti].bare().no_al().starts_with("احتجز") && !toks[ti].bare().no_al().starts_with("احتجاز") {
        return false;
    }
    let from = ti.min(pb) + 1;
    // («الدفاع المدني: 4 وفيات و«احتجاز» 63 شخصاً في سيول الليث»: caught in a flood or a lift,
    // as the Gulf's civil defence writes it)
    let caught = |j: usize| j > 0 && toks[j - 1].w == "في" && matches!(toks[j].bare().no_al(), "سيول" | "امطار" | "اوديه" | "ثلوج" | "مصعد" | "مصاعد" | "مركبات" | "سيارات");
    (from..s1.min(ti.max(pb) + 4)).any(|j| matches!(toks[j].bare(), "داخل" | "تحت") || toks[j].is_in_def(&PASSENGERS) || caught(j))
}

/// Killed or missing counted together is neither: «لقوا حتفهم أو فقدوا»,
/// «قتيل أو مفقود» (the trigger at `ti`, then «أو» and a word of the missing).
pub fn killed_or_missing(toks: &[Tok], ti: usize, s1: usize) -> bool {
    // (the word as written: «فقدوا» starts with ف, which is not a conjunction here)
    let w = |k: usize| if k < s1 { toks[k].w.as_str() } else { "" };
    // (past the rest of the verb: «لقوا حتفهم أو فقدوا»)
    let ti = if w(ti + 1).starts_with("حتف") || w(ti + 1).starts_with("مصرع") { ti + 1 } else { ti };
    w(ti + 1) == "او" && (w(ti + 2).starts_with("فقد") || w(ti + 2).no_al().starts_with("مفقود"))
}

/// A rate is no count: «بمعدل 76 جريمة قتل يومياً», «يُقتل 5 أشخاص في اليوم» (a rate
/// word within 4 tokens after the number's last token `pb`, in its clause), «بمعدل يومي
/// لا يتجاوز 25 جثة» (a daily average named within 6 tokens before the number at `q0`).
pub fn rate(toks: &[Tok], s0: usize, q0: usize, pb: usize, s1: usize) -> bool {
    let average = |j: usize| matches!(toks[j].bare().no_al(), "معدل" | "بمعدل" | "متوسط" | "بمتوسط") && toks.get(j + 1).is_some_and(|n| matches!(n.bare().no_al(), "يومي" | "اسبوعي" | "شهري" | "سنوي"));
    if (q0.saturating_sub(6).max(s0)..q0).rev().take_while(|&j| !toks[j].is_clause_end()).any(average) {
        return true;
    }
    // (not a day named: «في اليوم الأول», «في اليوم نفسه», «في الشهر الماضي»; «في اليوم
    // الواحد» is a rate)
    let named = |k: usize| toks.get(k).is_some_and(|n| n.cls == Cls::Word && !matches!(n.w.as_str(), "الواحد" | "الواحده" | "و"));
    // («25 وفاة لكل 100 ألف نسمة»: per so many)
    let per = |j: usize| matches!(toks[j].bare(), "يوميا" | "اسبوعيا" | "شهريا" | "سنويا") || toks[j].w == "لكل" && toks.get(j + 1).is_some_and(|n| n.cls == Cls::Num) || toks[j].w == "في" && toks.get(j + 1).is_some_and(|n| matches!(n.w.as_str(), "اليوم" | "الساعه" | "الاسبوع" | "الشهر" | "السنه")) && !named(j + 2);
    (pb + 1..s1.min(pb + 5)).take_while(|&j| !toks[j].is_clause_end()).any(per)
}

/// A toll of murders counts the dead, though a crime is a thing: «بلغ عدد جرائم القتل 120
/// جريمة» (`n1`, after the number at `q0`, is the crime, and «عدد جرائم» with a verbal noun of
/// killing stands up to 12 words before), and so do murders counted, «سجلت البلاد 38 جريمة
/// قتل» (one dead each), unless their dead are counted after them: «84 جريمة قتل عمد راح
/// ضحيتها 91 شخصاً».
pub fn murders(toks: &[Tok], s0: usize, q0: usize, n1: Option<usize>) -> bool {
    let crime = |j: usize| matches!(toks[j].bare(), "جرائم" | "الجرائم" | "جريمه");
    let killing = |j: usize| toks.get(j + 1).is_some_and(|x| matches!(super::lexicon::trig(x.lex), Some((Kind::Killed, _))));
    let toll = (q0.saturating_sub(12).max(s0)..q0).any(|j| crime(j) && j > s0 && toks[j - 1].bare() == "عدد" && killing(j));
    n1.is_some_and(crime) && (toll || n1.is_some_and(|n| murders_counted(toks, n)))
}

/// «38 جريمة قتل» at `n`, the crime after its number, with no count of its dead after it
/// («راح ضحيتها 91 شخصاً», «أودت بحياة 91») in the next 6 words.
pub fn murders_counted(toks: &[Tok], n: usize) -> bool {
    let killing = toks.get(n + 1).is_some_and(|x| x.w == "قتل" && matches!(super::lexicon::trig(x.lex), Some((Kind::Killed, _))));
    let dead_after = (n + 2..toks.len().min(n + 8)).any(|j| toks[j].bare().starts_with("ضحيت") || toks[j].bare() == "بحياه");
    matches!(toks[n].bare(), "جرائم" | "جريمه") && killing && !dead_after
}

/// Ages are not counts: a thing right after the number, «من عمره / من العمر»
/// after it («في الرابعة عشرة من عمره»), or «أعمار/عمر» just before it
/// («تتراوح أعمارهم بين 15 و25 عاما», «بعمر 30», «عمره 14 شهراً»).
pub fn ages(toks: &[Tok], q0: usize, n1: Option<usize>) -> bool {
    let thing_after = n1.is_some_and(|j| toks[j].lex == Some(Lex::Thing));
    let of_age = n1.is_some_and(|j| toks[j].bare() == "من" && toks.get(j + 1).is_some_and(|t| t.w.starts_with("عمر") || t.w == "العمر"));
    // («طفلاً عمره 14 شهراً»: «عمر» with its possessive, right before the number; not «في
    // الرابعة عشرة من عمره، وإصابة 23»)
    let his = q0 > 0 && matches!(toks[q0 - 1].bare().no_al(), "عمره" | "عمرها" | "عمرهم" | "عمرهما");
    thing_after || of_age || his || (q0.saturating_sub(3)..q0).any(|j| toks[j].bare().contains("اعمار") || toks[j].bare().ends_with("عمر"))
}

/// Whose parent one was is no count: «كانت أماً لثلاثة أطفال», «وهو أب لخمسة أطفال» (the
/// number, with «ل» on it or before it, right after a word for a parent; `q0`: its first token).
pub fn parent_of(toks: &[Tok], q0: usize) -> bool {
    let parent = |t: &Tok| matches!(t.bare().trim_end_matches('ا'), "ام" | "اب" | "والد" | "والده" | "ربه" | "رب");
    let on_it = toks[q0].w.starts_with('ل') && q0 > 0 && parent(&toks[q0 - 1]);
    let before = q0 > 1 && matches!(toks[q0 - 1].w.as_str(), "ل" | "لـ") && parent(&toks[q0 - 2]);
    on_it || before
}

/// In a clause about an epidemic, «إصابة» is an infection, not an injury:
/// «120 إصابة جديدة بفيروس كورونا», «ارتفع عدد الإصابات بالحصبة إلى 300»
/// (its deaths are still deaths); so is a case confirmed or suspected,
/// whatever the sentence names: «412 حالة إصابة مؤكدة ومشتبهة», «عدد الإصابات
/// المؤكدة والمشتبه بها تجاوز 3400» (the trigger
/// at `ti`).
pub fn infections(toks: &[Tok], kind: Kind, ti: usize, s0: usize, s1: usize) -> bool {
    // («عدد الإصابات المؤكدة والمشتبه بها»)
    let confirmed = |j: usize| matches!(toks[j].bare().no_al(), "مؤكده" | "مؤكد" | "مشتبه" | "مشتبهه" | "محتمله");
    // (an adjective of the cases, not a participle after a comma: «و81 مصاباً، مؤكدة أن ...»)
    // (the disease in the trigger's clause, not in another: «قُتل أربعة أشخاص، وأصيب 13 آخرون،
    // في هجمات ... بعد انتشار شائعات تتهم العاملين الصحيين بنشر الكوليرا»)
    let a = (s0..ti).rev().find(|&j| toks[j].is_clause_end()).map_or(s0, |j| j + 1);
    let b = (ti + 1..s1).find(|&j| toks[j].is_clause_end() && (j > ti + 2 || toks[j].cls != Cls::Punct(','))).unwrap_or(s1);
    // (or the disease named again by a common noun: «أكثر من 4800 إصابة بالمرض» after «تفشيا
    // للكوليرا», in the sentence; or confirmed by tests: «1437 حالة اشتباه بالكوليرا، أكدت
    // الفحوصات المخبرية إصابة 212 منها»)
    let named = || toks[s0..s1].iter().any(|t| t.lex == Some(Lex::Disease)) && toks[a..b].iter().any(|t| matches!(t.bare().trim_start_matches('ب').no_al(), "مرض" | "وباء" | "عدوي" | "فيروس" | "جائحه" | "فحوصات" | "فحص" | "تحاليل" | "مخبريه"));
    // (or infected with a disease the lexicon does not know: «الإصابة بمرض الجمرة الخبيثة»)
    let with_disease = toks.get(ti + 1).is_some_and(|t| ti + 1 < s1 && of_a_disease(t));
    kind == Kind::Injured && (toks[a..b].iter().any(|t| t.lex == Some(Lex::Disease)) || named() || with_disease || (ti + 1..s1.min(ti + 3)).take_while(|&j| !matches!(toks[j].cls, Cls::Punct(_))).any(confirmed))
}

/// «بمرض», «بوباء», «بفيروس»: with a disease, after an infection's noun («الإصابة بمرض
/// الجمرة الخبيثة»), whether or not the lexicon knows the disease.
pub fn of_a_disease(t: &Tok) -> bool {
    matches!(t.bare(), "بمرض" | "بوباء" | "بفيروس" | "بعدوي" | "بحمي" | "بداء")
}

/// Patients a clinic treated are ill, not hurt: «عالجت منذ بداية يناير أكثر من 140 مريضا»
/// (the verb at `ti`, the count's last token at `pb`); those it received in a disaster may be
/// hurt («استقبل المستشفى 212 مريضاً» in a heatwave), and their deaths are still deaths.
pub fn patients(toks: &[Tok], kind: Kind, ti: usize, pb: usize, s1: usize) -> bool {
    let treated = matches!(toks[ti].bare(), "عالجت" | "عالجوا" | "تعالج" | "يعالج");
    kind == Kind::Injured && treated && next_sig(toks, pb + 1, s1).is_some_and(|j| matches!(toks[j].bare(), "مريض" | "مريضا" | "مرضي"))
}

/// Cases confirmed or suspected, counted after a toll of deaths: infections, not deaths nor
/// injuries: «16 وفاة و71 حالة مؤكدة» (`b`: the count's last token).
pub fn confirmed_cases(toks: &[Tok], b: usize, s1: usize) -> bool {
    let case = |j: usize| j < s1 && matches!(toks[j].bare(), "حاله" | "حالات");
    let confirmed = |j: usize| j < s1 && matches!(toks[j].bare(), "مؤكده" | "مؤكد" | "مشتبه" | "مشتبهه" | "محتمله");
    case(b + 1) && confirmed(b + 2)
}

/// Suspended from work, not arrested: «إيقاف 5 من المسؤولين عن العمل».
pub fn suspended(toks: &[Tok], kind: Kind, ti: usize, s1: usize) -> bool {
    let work = |j: usize| toks[j].w == "عن" && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "العمل" | "عمله" | "عملهم" | "عملها" | "مهامه" | "مهامهم" | "مهامها"));
    kind == Kind::Arrested && (ti + 1..s1.min(ti + 12)).any(work)
}

/// Taken away by attackers, not arrested: an arrest verb with an armed group for its
/// subject right before it («وأن المهاجمين اقتادوا 5 ركاب»; `ti`: the trigger). (Soldiers
/// who «اعتقلوا ... واقتادوهم إلى جهة مجهولة» did arrest; «هلاك 3 إرهابيين واعتقال
/// اثنين» is a verbal noun after its own count.)
pub fn abducted(toks: &[Tok], kind: Kind, ti: usize) -> bool {
    let verb = matches!(trig(toks[ti].lex), Some((_, Form::Verb)));
    // (but a movement that holds a territory arrests: «أن الجماعة اعتقلت أكثر من 400 شخص»)
    let movement = ti > 0 && matches!(toks[ti - 1].bare(), "الجماعه" | "الحركه" | "الميليشيا" | "الميليشيات" | "المليشيا" | "المليشيات") && toks[ti].bare().starts_with("اعتقل");
    // (a conjoined verb has no subject before it: «قتلت القوات 5 مسلحين وأسرت اثنين آخرين»)
    let attackers = ti > 0 && matches!(toks[ti - 1].lex, Some(Lex::Group(Victims::Attackers, _))) && !movement && !toks[ti].has_conj();
    // (or pirates, residents or protesters, who hold people but arrest no one: «حين احتجز
    // القراصنة أكثر من 3 آلاف بحار», «وأوضحت الشرطة أن الأهالي احتجزوا 34 من عناصرها», «أن
    // سكاناً محليين احتجزوا 28 جندياً»)
    let crowd = |t: &Tok| matches!(t.bare().no_al(), "قراصنه" | "اهالي" | "سكان" | "سكانا" | "محتجون" | "محتجين" | "متظاهرون" | "متظاهرين" | "محتجزون" | "غاضبون" | "قرويون" | "قرويين");
    let described = |j: usize| toks[j].lex.is_none() && (toks[j].w.ends_with("ين") || toks[j].w.ends_with("ون"));
    let by_crowd = (ti > 0 && crowd(&toks[ti - 1]) || ti > 1 && described(ti - 1) && crowd(&toks[ti - 2]) || toks.get(ti + 1).is_some_and(crowd)) && toks[ti].bare().starts_with("احتجز");
    // (or attackers named right after the verb: «في حين اقتاد المهاجمون 12 شخصاً إلى جهة مجهولة»)
    // (not a movement: «عدد من اختطفتهم الجماعة»)
    let attackers_after = toks.get(ti + 1).is_some_and(|t| t.def && matches!(t.lex, Some(Lex::Group(Victims::Attackers, _))) && !matches!(t.bare(), "الجماعه" | "الحركه" | "الميليشيا" | "الميليشيات" | "المليشيا" | "المليشيات"));
    kind == Kind::Arrested && verb && (attackers || by_crowd || attackers_after)
}

/// Hostages, not arrests: an arrest word followed by «لدى» and an armed group
/// («40 شخصا محتجزين لدى العصابة», «رهائن محتجزون لدى المسلحين»), or a count
/// held as hostages («احتجز المودع 6 موظفين رهائن», «كرهائن»; `pb`: the count's
/// last token).
pub fn hostages(toks: &[Tok], kind: Kind, ti: usize, pb: usize, s1: usize) -> bool {
    let held_by = |j: usize| toks[j].w == "لدي" && matches!(toks.get(j + 1).and_then(|t| t.lex), Some(Lex::Group(Victims::Attackers, _)));
    let as_hostages = |j: usize| matches!(toks[j].bare(), "رهائن" | "كرهائن" | "رهينه" | "كرهينه");
    // («واحتجزا 12 شخصاً لنحو 4 ساعات ... قبل أن تقتحمه الوحدة الخاصة وتحرر جميع الرهائن»: those a
    // verb held whom the sentence then calls the hostages, no subject of a force between)
    let held = || matches!(trig(toks[ti].lex), Some((_, Form::Verb))) && toks[ti].bare().starts_with("احتجز");
    let by_force = || (ti + 1..pb.min(ti + 4)).any(|j| matches!(toks[j].lex, Some(Lex::Group(Victims::SecurityForces, _))) || super::sources::is_body_head(toks[j].bare().no_al()));
    let called_hostages = || (pb + 1..s1).any(|j| matches!(toks[j].bare(), "الرهائن" | "الرهينه"));
    kind == Kind::Arrested && ((ti + 1..s1.min(ti + 3)).any(held_by) || (pb + 1..s1.min(pb + 4)).any(as_hostages) || held() && !by_force() && called_hostages())
}

/// Killed and injured counted together are neither figure: a counted noun
/// followed by «بين» and the other kind («23 ضحية بين قتيل وجريح», «ضحايا الحادث
/// بين وفيات ومصابين إلى 23», «سقط آلاف المدنيين في تعز بين قتيل وجريح»), or by the
/// other kind joined with و («45 قتيلا وجريحا», «30 حالة إصابة ووفاة»), or the
/// other kind's verbal noun joined by و before this one («مصرع وإصابة 15 شخصا»,
/// «قتل وإصابة أكثر من 50»), or either kind by «أو» («الذين قُتلوا أو أصيبوا»).
pub fn killed_and_injured_together(toks: &[Tok], s0: usize, q0: usize, kind: Kind, ti: usize, trig_after: bool) -> bool {
    let both = |j: usize, f: Option<Form>| trig(toks.get(j).and_then(|t| t.lex)).is_some_and(|t| t.0 != kind && f.is_none_or(|f| f == t.1));
    let between = trig_after && toks.get(ti + 1).is_some_and(|t| t.w == "بين") && (both(ti + 2, None) || both(ti + 3, None));
    // «إجمالي ضحايا الحادث بين وفيات ومصابين إلى 23»: «بين» and both kinds before the number (at `q0`)
    let kind_at = |j: usize| trig(toks.get(j).and_then(|t| t.lex)).map(|t| t.0);
    let both_kinds = |b: usize| kind_at(b + 1).zip(kind_at(b + 2)).is_some_and(|(a, c)| a != c && (a == kind || c == kind)) && toks.get(b + 2).is_some_and(Tok::has_conj);
    // (or after the people counted: «سقط آلاف المدنيين في تعز بين قتيل وجريح»)
    let after = (q0 + 1..toks.len().min(q0 + 8)).take_while(|&j| !toks[j].is_clause_end()).find(|&j| toks[j].w == "بين").is_some_and(both_kinds);
    let between = between || after || (q0.saturating_sub(6).max(s0)..q0).find(|&j| toks[j].w == "بين").is_some_and(both_kinds);
    // «60 قتيلا وجريحا», «40 حالة وفاة وإصابة»: the other kind's noun joined by و right after
    // (not when the other kind's verbal noun has a count of its own: «9 شهداء وإصابة العشرات»)
    let own_count = ti + 2 < toks.len() && super::number::read(toks, ti + 2, toks.len().min(ti + 6)).is_some();
    // (nor a noun in construct with its own count: «نقلت 27 جريحا وجثث 9 أشخاص»)
    let joined = trig_after && toks.get(ti + 1).is_some_and(Tok::has_conj) && (both(ti + 1, Some(Form::Counted)) || both(ti + 1, Some(Form::Event))) && !own_count;
    // («قتل وإصابة أكثر من 50»: «قتل» is the verbal noun too; not the verb after
    // its counted subject: «إن مدنيا واحدا قتل وأصيب ثلاثة»)
    // (or further back, over what it is one of: «إن عنصرا واحدا من دوريتها قتل وأصيب اثنان آخران»)
    // (an indefinite subject; not after a preposition, whose «قتل» is a verbal noun: «أسفر عن
    // قتل وإصابة ...»)
    let after_subject = ti >= s0 + 2 && toks[ti - 2].lex != Some(Lex::Prep) && !matches!(toks[ti - 2].w.as_str(), "عن" | "الي") && (ti.saturating_sub(6).max(s0)..ti - 1).rev().take_while(|&k| !toks[k].is_clause_end()).any(|k| {
        let p = &toks[k];
        // (or a noun the table does not know right after «أن»: «إن بائعاً متجولاً قُتل وأصيب 14»)
        let after_that = p.cls == Cls::Word && p.lex.is_none() && !p.w.starts_with("ال") && k > s0 && matches!(toks[k - 1].bare(), "ان" | "بان");
        p.cls == Cls::Num || matches!(p.lex, Some(Lex::Group(..))) && !p.w.starts_with("ال") || ONE_TWO.contains(&p.w.as_str()) || after_that
    });
    let verbal_noun = || matches!(toks[ti - 1].bare(), "قتل" | "جرح") && both(ti - 1, Some(Form::Verb)) && !after_subject;
    // («عدد الأطفال الذين قُتلوا أو أصيبوا»: one kind or the other)
    let either = ti >= s0 + 2 && toks[ti - 1].w == "او" && both(ti - 2, None) || toks.get(ti + 1).is_some_and(|t| t.w == "او") && both(ti + 2, None);
    between || joined || either || !trig_after && ti > s0 && toks[ti].has_conj() && (both(ti - 1, Some(Form::Event)) || verbal_noun())
}

/// «سقطوا "بين قتيل وجريح"»: a verb told of the killed and the injured together, after
/// it (`ti`: the trigger) within a few words; neither is a figure.
pub fn fell_between_kinds(toks: &[Tok], ti: usize, s1: usize) -> bool {
    let kind = |j: usize| trig(toks[j].lex).map(|x| x.0);
    (ti + 1..s1.min(ti + 4)).find(|&j| toks[j].w == "بين").is_some_and(|j| {
        let kinds: Vec<Kind> = (j + 1..s1.min(j + 5)).filter_map(kind).collect();
        kinds.contains(&Kind::Killed) && kinds.contains(&Kind::Injured)
    })
}

/// Put under judicial supervision, not held: a count followed within a few
/// words by «تحت الرقابة القضائية» («ووضع اثنين آخرين تحت الرقابة القضائية»,
/// Algeria's and Tunisia's release pending trial) or «بحالة سراح». `b` is the
/// count's last token.
pub fn supervised(toks: &[Tok], b: usize, s1: usize) -> bool {
    (b + 1..s1.min(b + 5)).any(|j| toks[j].w == "تحت" && toks.get(j + 1).is_some_and(|t| matches!(t.w.as_str(), "الرقابه" | "المراقبه")))
        // (or left at liberty: «إبقاء 18 آخرين بحالة سراح», «في حالة سراح»)
        || (b + 1..s1.min(b + 5)).any(|j| toks[j].bare() == "سراح" && j > 0 && matches!(toks[j - 1].bare(), "حاله" | "بحاله"))
}

/// «وفاة عامل ثانٍ», «مقتل جندي ثالث»: one more added to a toll given beside it,
/// not a count of one (`b`: the noun).
pub fn one_more(toks: &[Tok], b: usize, s1: usize) -> bool {
    toks.get(b + 1).filter(|_| b + 1 < s1).is_some_and(|t| matches!(t.w.as_str(), "ثان" | "ثاني" | "ثانيه" | "ثالث" | "ثالثه" | "رابع" | "رابعه" | "خامس" | "خامسه"))
}

/// A prison's inmates, not arrests: a count of the held with no verb of arrest over it
/// (`trig_after`: its trigger the counted noun after the number, `ti`), who lie in a prison
/// («ويقبع في سجن جو مئات المعتقلين») or are on a hunger strike («وكان نحو 60 معتقلاً في
/// المبنى ذاته قد بدأوا إضراباً عن الطعام»).
pub fn inmates(toks: &[Tok], kind: Kind, ti: usize, trig_after: bool, s0: usize, q0: usize, s1: usize) -> bool {
    let lie = || (q0.saturating_sub(6).max(s0)..q0).any(|j| matches!(toks[j].bare(), "يقبع" | "تقبع" | "يقبعون" | "يرزح" | "يرزحون"));
    let strike = || (ti + 1..s1.min(ti + 10)).any(|j| toks[j].bare().trim_start_matches('ب').no_al().starts_with("اضراب") || matches!(toks[j].bare().no_al(), "مضربين" | "مضربون"));
    kind == Kind::Arrested && trig_after && (lie() || strike())
}

/// Some of those held, counted before: «أن 11 من الموقوفين صدرت بحقهم مذكرات»,
/// «بالاحتفاظ بـ9 من الموقوفين», «أُفرج عن 5 من المعتقلين»: no arrests of their own (the
/// references leave them optional at most). `b`: the count's last token.
pub fn of_the_held(toks: &[Tok], kind: Kind, b: usize, s1: usize) -> bool {
    let held = |t: &Tok| matches!(t.bare(), "الموقوفين" | "الموقوفون" | "المعتقلين" | "المعتقلون" | "المحتجزين" | "المحتجزون" | "المقبوض");
    kind == Kind::Arrested && toks.get(b + 1).is_some_and(|t| b + 1 < s1 && t.w == "من") && toks.get(b + 2).is_some_and(|t| b + 2 < s1 && held(t))
}

/// One death told after «قبل أن» (or «قبل») that follows a toll of the dead ending at `toll`
/// in the sentence: the death that raised it, no count of its own: «أعلن الدفاع المدني وفاة
/// ثلاثة أشخاص، قبل أن تتوفى امرأة متأثرة بإصابتها» (`a`: the death's first token).
pub fn died_after_a_toll(toks: &[Tok], a: usize, toll: Option<usize>) -> bool {
    let Some(t) = toll.filter(|&t| t < a) else { return false };
    (t + 1..a).any(|j| toks[j].bare() == "قبل" && toks.get(j + 1).is_some_and(|n| n.w == "ان" || n.bare().starts_with("العثور")) && a <= j + 8)
}

/// Two bodies more, or the last two, found after a toll of their kind: «وفاة 4 عمال، قبل أن
/// يُعثر على جثتين أخريين», «انتشلت آخر جثتين» (`a`, `b`: the count's first and last tokens).
pub fn two_more_bodies(toks: &[Tok], a: usize, b: usize, s1: usize) -> bool {
    let bodies = |t: &Tok| matches!(t.bare().no_al(), "جثتين" | "جثتان" | "جثتي");
    let more = toks.get(b + 1).is_some_and(|t| b + 1 < s1 && matches!(t.bare().no_al(), "اخريين" | "اخريان" | "اخرين" | "اخران"));
    let last = a > 0 && toks[a - 1].bare() == "اخر";
    (a..=b).any(|j| bodies(&toks[j])) && (more || last)
}

/// Discharged, not a new count of the injured: a count followed within a few words
/// by «غادروا المستشفى» («12 آخرين غادروا المستشفى بعد تلقي العلاج») or «غادروا بعد
/// تلقي العلاج», or right after
/// the verb («وغادر 5 من المصابين بعد تلقي الإسعافات»). `a` and `b`: the count's
/// first and last tokens.
pub fn discharged(toks: &[Tok], kind: Kind, (a, b): (usize, usize), s0: usize, s1: usize) -> bool {
    // (and the verbal nouns: «خروج 44 مصابا بعد تلقيهم الإسعافات»)
    let left = |j: usize| matches!(toks[j].bare(), "غادروا" | "غادر" | "غادرت" | "غادرن" | "خرج" | "خرجوا" | "خرجن" | "يغادرون" | "خروج" | "مغادره");
    let place = |j: usize| toks.get(j).is_some_and(|t| matches!(t.bare().no_al(), "مستشفي" | "مستشفيات" | "مشفي" | "مشافي" | "منازلهم"));
    // (or after their treatment: «9 مصابين غادروا بعد تلقي العلاج»)
    let treated = |j: usize| toks.get(j).is_some_and(|t| t.w == "بعد") && toks.get(j + 1).is_some_and(|t| t.bare().starts_with("تلقي"));
    // (or «خرج منهم 19 بعد تلقي العلاج»: of them, after the verb)
    let left_of = |j: usize| left(j) || matches!(toks[j].w.as_str(), "منهم" | "منهما") && j > s0 && left(j - 1);
    kind == Kind::Injured && ((b + 1..s1.min(b + 4)).any(|j| left(j) && (place(j + 1) || treated(j + 1))) || prev_sig(toks, a, s0).is_some_and(left_of))
}

/// One death (or two) that raised a toll given just before it, not a count of its own:
/// «ارتفع عدد القتلى إلى 3، بعد وفاة امرأة متأثرة بجروحها», «إلى 3 وفيات، بعد أن فارقت
/// سيدة الحياة», «ارتفعت إلى 6 قتلى، بعد العثور على جثتين» (`a`: the count's first token).
pub fn raised_the_toll(toks: &[Tok], a: usize, s0: usize) -> bool {
    let after = |j: usize| matches!(toks[j].bare(), "بعد" | "اثر" | "عقب") || toks[j].w == "مع" && j > s0 && (j.saturating_sub(4).max(s0)..j).any(|k| matches!(toks[k].bare(), "يرتفع" | "ترتفع" | "ارتفع" | "ارتفعت" | "ليرتفع" | "لترتفع"));
    let back = |n: usize| a >= s0 + n;
    back(1) && after(a - 1)
        || back(2) && toks[a - 1].w == "ان" && toks[a - 2].bare() == "بعد"
        || back(3) && toks[a - 1].w == "علي" && matches!(toks[a - 2].bare(), "العثور" | "عثور") && after(a - 3)
        || back(2) && toks[a - 1].bare() == "انتشال" && after(a - 2)
        // «وفاة 7 أشخاص، قبل أن يلفظ مصابان أنفاسهما»: the death that came after the toll
        || back(3) && toks[a - 2].w == "ان" && toks[a - 3].bare() == "قبل" && toks[a - 1].cls == Cls::Word
}

/// One death (or two) told before the toll it raised: «العثور على جثة مواطن ...، ليرتفع عدد
/// الوفيات إلى ٥» (a verb of raising after the count, `b` its last token, in the sentence).
pub fn raises_a_toll(toks: &[Tok], b: usize, s1: usize) -> bool {
    (b + 1..s1).any(|j| matches!(toks[j].bare(), "ليرتفع" | "لترتفع" | "يرفع" | "ليرفع" | "لترفع"))
}

/// One who died of wounds (and so was counted among the hurt), with the toll it raised
/// right after: «وفاة فتاة تبلغ 17 عاما متأثرة بجروحها، ليرتفع عدد القتلى إلى 3» (`b` the
/// count's last token; «متأثر» within three words, the verb of raising within eight more).
pub fn died_of_wounds_raising(toks: &[Tok], b: usize, s1: usize) -> bool {
    let Some(m) = (b + 1..s1.min(b + 5)).find(|&j| toks[j].bare().starts_with("متاثر")) else { return false };
    (m + 1..s1.min(m + 9)).any(|j| matches!(toks[j].bare(), "ليرتفع" | "لترتفع" | "ليرفع" | "لترفع"))
}

/// Who a count just given were, one by one, is no new count: «توقيف 3 من مسؤولي المدرسة،
/// هم المدير واثنان من المشرفين», «إصابة 3 أشخاص، هم حارس أمن واثنان من العاملين»: a
/// number after «، هم» (or «هن», «هما») up to 8 words back, with no clause end between.
pub fn enumerated(toks: &[Tok], s0: usize, q0: usize) -> bool {
    (q0.saturating_sub(8).max(s0 + 1)..q0)
        .rev()
        .take_while(|&j| !toks[j].is_clause_end())
        .any(|j| matches!(toks[j].w.as_str(), "هم" | "هن" | "هما") && toks[j - 1].cls == Cls::Punct(','))
}

/// A death sentence, not a death: «الإعدام لـ3 متهمين», «قضت المحكمة بإعدام 3»,
/// «حكم بالإعدام على 3» (`ti`: the trigger, a word of execution; a verdict's word up
/// to six words before it, or «لـ» right after it); not one carried out. And a prison
/// term, not an arrest: «والحبس سنة مع إيقاف التنفيذ لثلاثة آخرين», «بالسجن 5 سنوات
/// لـ3 متهمين», «بحبس ثلاثة شبان 5 سنوات» (a span of months or years within five words
/// after «حبس» or «سجن»; «حبس 6 متهمين 4 أيام على ذمة التحقيق» is custody).
pub fn sentenced(toks: &[Tok], kind: Kind, ti: usize, s0: usize, s1: usize) -> bool {
    let jail = matches!(toks[ti].bare().trim_start_matches(['ب', 'ل']).no_al(), "حبس" | "سجن");
    // (not a time: «منذ أشهر», «قبل عامين»)
    let term = |j: usize| matches!(toks[j].bare().no_al(), "سنه" | "سنوات" | "سنتين" | "عام" | "اعوام" | "عامين" | "اشهر" | "شهرا" | "شهرين" | "شهور") && !matches!(toks[j - 1].bare(), "منذ" | "قبل" | "خلال" | "بعد");
    let verdict = |t: &Tok| matches!(t.bare().trim_start_matches('ب'), "حكم" | "حكمت" | "قضت" | "قضي" | "يقضي" | "تقضي" | "احكام" | "الحكم" | "عقوبه" | "اصدرت" | "اصدر");
    // (the term up to eight words after, over the case: «بحبس أربعة متهمين في قضية مماثلة ثلاث
    // سنوات»; or a court's verdict right before: «قضت المحكمة بحبس أربعة متهمين»)
    let by_verdict = (ti.saturating_sub(4).max(s0)..ti).any(|j| verdict(&toks[j]) && toks[j].bare().starts_with('ق'));
    if kind == Kind::Arrested && jail && ((ti + 1..s1.min(ti + 9)).any(term) || by_verdict) {
        return true;
    }
    let execution = |t: &Tok| t.bare().trim_start_matches(['ب', 'ل']).no_al() == "اعدام";
    // (but one carried out is deaths: «نفذت السلطات حكم الإعدام بحق 3 مدانين»)
    let carried_out = |t: &Tok| matches!(t.bare().trim_start_matches('ب'), "نفذ" | "نفذت" | "ينفذ" | "تنفذ" | "نفذوا" | "تنفيذ");
    let before = ti.saturating_sub(6).max(s0)..ti;
    // (or a headline's verdicts side by side: «إعدام 3 والمؤبد لـ5 متهمين»)
    let other_term = (ti + 1..s1.min(ti + 5)).any(|j| matches!(toks[j].bare().trim_start_matches('ب').no_al(), "مؤبد" | "سجن"));
    kind == Kind::Killed
        && execution(&toks[ti])
        && !before.clone().any(|j| carried_out(&toks[j]))
        && (before.into_iter().any(|j| verdict(&toks[j])) || toks.get(ti + 1).filter(|_| ti + 1 < s1).is_some_and(|t| t.w == "ل") || other_term)
}

/// A fall, not a death: «سقوط 11 طفلاً من البنايات» («سقوط» at `ti` with people counted, then
/// «من» and where they fell from; `pb`: the count's last token). «سقوط 5 قتلى» is deaths.
pub fn fell_from(toks: &[Tok], kind: Kind, ti: usize, pb: usize, s1: usize) -> bool {
    let people = toks.get(pb + 1).filter(|_| pb + 1 < s1).is_some_and(|t| matches!(t.lex, Some(Lex::Group(..))));
    let from = |k: usize| toks.get(k).filter(|_| k < s1).is_some_and(|t| t.w == "من") && toks.get(k + 1).is_some_and(|t| t.w.starts_with("ال") && t.lex.is_none());
    kind == Kind::Killed && toks[ti].bare().trim_start_matches('ب') == "سقوط" && people && from(pb + 2)
}

/// An attempt, not an arrest nor a death: «بعد محاولة "حراس الحجاب" اعتقال شابة», «حاولت
/// الشرطة توقيف 3 شبان», «إثر محاولة قتل تاجر» (`ti`: the trigger, a verbal noun; the
/// attempt's word up to five words before it, its subject between, in the same clause).
/// («قُتل أثناء محاولته الفرار» tells the attempt after the death: no filter.)
pub fn attempted(toks: &[Tok], kind: Kind, ti: usize, s0: usize) -> bool {
    let attempt = |t: &Tok| matches!(t.bare().no_al(), "محاوله" | "محاولات" | "حاول" | "حاولت" | "حاولوا" | "يحاول" | "تحاول" | "يحاولون");
    let verbal_noun = matches!(trig(toks[ti].lex), Some((_, Form::Event | Form::NeedsAla)));
    // (over quotes: «محاولة "حراس الحجاب" اعتقال»)
    let before = (ti.saturating_sub(8).max(s0)..ti).rev().filter(|&j| !toks[j].is_quote()).take(5).take_while(|&j| !toks[j].is_clause_end() && !matches!(toks[j].lex, Some(Lex::Trig(..)))).any(|j| attempt(&toks[j]));
    // («حاولوا قتل 3 تجار»: a word read as a verb is its noun right after the attempt)
    let noun_after = ti > s0 && attempt(&toks[ti - 1]);
    // (not a second act joined to the attempt: «محاولتهم التسلل واعتقال 3 منهم»)
    matches!(kind, Kind::Arrested | Kind::Killed) && (verbal_noun || noun_after) && !toks[ti].has_conj() && before
}

/// Those who stopped a vehicle, not the arrested: a count before a verb of arrest whose object
/// is a thing («أن نحو 20 مسلحاً ... أوقفوا الحافلة»; `ti`: the verb, after the count at `q0`).
pub fn stopped_a_thing(toks: &[Tok], kind: Kind, ti: usize, q0: usize, s1: usize) -> bool {
    let verb = matches!(trig(toks[ti].lex), Some((_, Form::Verb)));
    // (the object right after it, definite, no preposition's: «أوقفوا بالولاية» were held there)
    kind == Kind::Arrested && verb && ti > q0 && next_sig(toks, ti + 1, s1).is_some_and(|j| toks[j].lex == Some(Lex::Thing) && toks[j].bare().starts_with("ال"))
}
