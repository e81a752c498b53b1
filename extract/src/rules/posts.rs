//! Those held, named by a trade, a post or kinship: one («أوقفت سائق الشاحنة»), two
//! («مالك العقار ومؤجر الباطن»), one and others held with him («صاحب المستودع واثنين من
//! عماله»), as the object of a verb after its subject, or by the pronoun on the arrest's noun.
//! Called by [`super::words::noun_after_trigger`].

use super::*;

/// Two people held, each named by a trade or post, joined by «و» right after the verb of arrest
/// (`g`, the first word after it): «بحبس مالك العقار ومؤجر الباطن 7 أيام», «بالاحتفاظ بمدير
/// المؤسسة ومقاول», «القبض على مشغّل القاعة وعامل كهرباء»; or one and his companion, the first
/// definite too: «اعتقلت السائق ومعاونه», «بحبس عامل التحويلة ومساعده». Each head may take two
/// words after it; what follows the second must end the phrase (a clause end, a number, a
/// preposition; after a companion, anything but a third person joined).
pub(super) fn two_named_by_post(toks: &[Tok], s1: usize, i: usize, g: usize) -> Option<Raw> {
    let male_post = |w: &str| matches!(w, "مالك" | "صاحب" | "مدير" | "رئيس" | "سائق" | "مشغل" | "مقاول" | "مؤجر" | "مشرف" | "حارس" | "عامل" | "موظف" | "مسؤول" | "مهندس" | "طبيب" | "ممرض" | "معلم" | "مراقب" | "قائد" | "وكيل" | "منظم" | "ربان" | "قبطان" | "عون" | "مسير" | "ضابط" | "فني" | "كهربائي" | "متعهد" | "جراح" | "بائع" | "تاجر" | "مقدم");
    // (a woman's post too: «مالكة الدار ومديرها»)
    let post = |w: &str| male_post(w) || w.strip_suffix('ه').is_some_and(male_post);
    let first = toks[g].bare().strip_prefix('ب').filter(|w| post(w)).is_some() || post(toks[g].bare());
    // («اعتقلت السائق ومعاونه», «بحبس عامل التحويلة ومساعده»: or one and his companion, the
    // first definite too)
    // («بالاحتفاظ بالزوج وبشقيقه»: the preposition repeated)
    let his = |t: &Tok| t.w.starts_with('و') && ["ه", "ها"].iter().any(|p| t.bare().trim_start_matches('ب').strip_suffix(p).is_some_and(|w| matches!(w, "مساعد" | "معاون" | "مرافق" | "شريك" | "نجل" | "شقيق" | "ابن" | "سائق" | "حارس" | "والد" | "قائد" | "ربان" | "قبطان" | "مدير" | "مشرف")));
    // (or by «له» after him: «أوقفت المشتبه فيه ورفيقاً له»)
    let his_by_lam = |j: usize| toks[j].w.starts_with('و') && matches!(toks[j].bare().trim_end_matches('ا'), "رفيق" | "مساعد" | "شريك" | "مرافق" | "صديق") && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && matches!(t.w.as_str(), "له" | "لها"));
    // («الطباخ ومساعديه الاثنين»: and his two, «two» after them: three)
    let his_two = |j: usize| his_two(toks, j, s1);
    let named = toks[g].bare().trim_start_matches('ب').starts_with("ال") && toks[g].cls == Cls::Word && matches!(toks[g].lex, None | Some(Lex::Group(_, 1)));
    if let Some(j) = (g + 1..s1.min(g + 4)).find(|&j| named && his_two(j)).filter(|&j| (g + 1..j).all(|m| toks[m].cls == Cls::Word && !toks[m].w.starts_with('و'))) {
        return Some(word_raw(Kind::Arrested, 3, Victims::People, i, j + 1, g));
    }
    let def = toks[g].bare().trim_start_matches('ب').starts_with("ال");
    let first_def = def && { let w = toks[g].bare().trim_start_matches('ب').no_al(); post(w) || held_post_word(w) } || held_post(&toks[g]);
    if !(first && !def || first_def) {
        return None;
    }
    // (the second definite too after an indefinite first: «مالك العقار والمقاول المسؤول»)
    // (over «المسؤولة عن ...» in the first's phrase: «صاحب شركة الصيانة المسؤولة عن المصعد ورئيس
    // لجنة المبنى»)
    let responsible = |j: usize| j > g && toks[j].w == "عن" && matches!(toks[j - 1].bare(), "المسؤول" | "المسؤوله");
    // (or over where he works: «مسؤول الصيانة في القسم والمتعهد»)
    // (or «على» a vessel: «ضابط السلامة على السفينة ومشرف شركة الصيانة»)
    let place = |j: usize| j > g && (toks[j].w == "في" || toks[j].w == "علي" && toks.get(j + 1).is_some_and(|n| matches!(n.bare().no_al(), "سفينه" | "باخره" | "متن" | "طائره" | "قطار"))) && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.w.starts_with("ال") && matches!(n.lex, None | Some(Lex::Thing)));
    // (or over what the place is for, with «بال»: «عامل محطة التزود بالوقود وقائد اليخت»)
    let for_what = (g + 2..s1.min(g + 4)).any(|j| toks[j].w.starts_with("بال") && toks[j].cls == Cls::Word);
    let reach = if (g + 1..s1.min(g + 5)).any(responsible) { 8 } else if (g + 1..s1.min(g + 4)).any(place) { 6 } else if for_what { 5 } else { 4 };
    // (or a trade by its nisba, definite: «بحبس مالك المعدية والمراكبي»)
    let nisba = |t: &Tok| t.lex.is_none() && t.bare().strip_prefix("ال").is_some_and(|w| w.ends_with('ي') && w.chars().count() >= 5);
    // (after a definite first, by his post, a second in construct: «بإيقاف الجراح المسؤول وطبيب
    // التخدير»)
    let in_construct = |j: usize| post(toks[j].bare()) && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.w.starts_with("ال") && n.cls == Cls::Word && n.lex.is_none());
    let second = (g + 1..s1.min(g + reach)).find(|&j| toks[j].w.starts_with('و') && ((post(toks[j].bare()) || toks[j].bare().strip_prefix("ال").is_some_and(post) || nisba(&toks[j])) && first && !def || def && first_def && in_construct(j) || his(&toks[j]) || his_by_lam(j)))?;
    // (his companion ends the phrase, unless a third is joined: «سائق القطار ومساعده وعامل»)
    if his(&toks[second]) || his_by_lam(second) {
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
    // (or until when: «لحين استكمال التحقيق»)
    let what_for = |j: usize| (toks[j].w.starts_with("لا") || toks[j].w.starts_with("لل")) && toks[j].w.chars().count() > 4 || toks[j].w == "لحين";
    // («والمقاول المسؤول عن تعلية طوابق»: responsible, of what he did, no source)
    // (or who he is, by a relative clause: «والكهربائي الذي نفذ التمديدات»)
    let relative = |j: usize| matches!(toks[j].w.as_str(), "الذي" | "التي" | "الذين" | "اللذين" | "اللذان");
    // (and a nisba that agrees with the last: «ومشرف شركة الصيانة المحلية»)
    let nisba_at = |j: usize| j < s1 && toks[j].lex.is_none() && toks[j].bare().strip_prefix("ال").is_some_and(|w| w.ends_with("يه") || w.ends_with('ي')) && !toks[j].has_conj();
    let reach2 = if nisba_at(second + 3) && toks[second + 2].bare().starts_with("ال") { 4 } else { 3 };
    let end = (second + 1..s1.min(second + reach2)).take_while(|&j| (plain(j) || toks[j].bare() == "المسؤول") && !matches!(toks[j].w.as_str(), "عن" | "علي" | "تحت" | "رهن" | "قيد") && !toks[j].w.starts_with('و') && !what_for(j) && !relative(j) && number::read(toks, j, s1).is_none()).last().unwrap_or(second);
    // (or, within it, a word with «ب» of what he does: «والعون المكلف بتشغيل الجسر»)
    let closes_at = |e: usize| toks.get(e + 1).is_none_or(|t| e + 1 >= s1 || t.is_clause_end() || relative(e + 1) || t.cls == Cls::Num || number::read(toks, e + 1, s1).is_some() || matches!(t.lex, Some(Lex::Prep)) || matches!(t.w.as_str(), "عن" | "علي" | "تحت" | "رهن" | "قيد") || t.w.starts_with('و') && t.w.chars().count() > 3 || what_for(e + 1));
    // (or, three words long, at a clause's end: «وصاحب شركة تأجير الدراجات،»)
    let end = if !closes_at(end) && end == second + 2 && second + 3 < s1 && plain(second + 3) && !toks[second + 3].w.starts_with('و') && toks.get(second + 4).is_none_or(|t| second + 4 >= s1 || t.is_clause_end()) { second + 3 } else { end };
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
pub(super) fn post_and_others(toks: &[Tok], s1: usize, i: usize, g: usize) -> Option<Raw> {
    let t = &toks[g];
    // (or one named by a definite word the table does not know, when the others are his:
    // «وتوقيف المودع واثنين من أقاربه»)
    let his = |e: usize| toks.get(e + 1).is_some_and(|m| e + 1 < s1 && m.w == "من") && toks.get(e + 2).is_some_and(|o| e + 2 < s1 && o.cls == Cls::Word && ["ه", "ها"].iter().any(|p| o.w.ends_with(p) && !o.w.ends_with("هما")));
    let def = t.def || t.bare().starts_with("ال");
    let named = def && t.lex.is_none() && t.cls == Cls::Word && !["ين", "ون", "ات"].iter().any(|p| t.w.ends_with(p));
    // (or one by a noun, the table's or one it does not know, singular and not a band's:
    // «القبض على معالج تقليدي واثنين من مساعديه», «على صيدلاني وعاملَين»)
    let one = !def && !t.has_conj() && (matches!(t.lex, Some(Lex::Group(_, 1))) || unknown_word(t) && singular(stem(t)) && !not_one(stem(t)) && !stem(t).ends_with('ه'));
    let def_post = t.bare().starts_with("ال") && held_post_word(t.bare().no_al());
    if !(named || !def && held_post(t) || def_post || one) {
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
    // (a definite post needs none: «المسؤول عن تشغيل المصعد واثنين من الفنيين»)
    if def && !his(end) && !def_post {
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
pub(super) fn one_held_by_post(toks: &[Tok], s1: usize, i: usize, g: usize, f: Form) -> Option<Raw> {
    // (a word whose «و» is its own, what a post is of: «مدير وكالة الأسفار», «موظف وزارة»)
    let own_waw = |t: &Tok| matches!(t.w.as_str(), "وكاله" | "وزاره" | "وحده" | "ولايه" | "وكالات");
    let word = |j: usize| j < s1 && toks[j].cls == Cls::Word && (!toks[j].w.starts_with('و') || own_waw(&toks[j])) && !matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Prep | Lex::Neg | Lex::Others));
    let at = |g: usize| {
        // (a word whose «ب» or «ف» is its own as written: «بائع فحم», «فني المختبر»)
        let w = if own_letter(&toks[g].w) { toks[g].w.as_str() } else { toks[g].bare().trim_start_matches('ب') };
        let def_post = w.starts_with("ال") && held_post_word(w.no_al());
        // (or of the victim: «توقيف زوج الضحية»)
        let of_victim = |j: usize| j < s1 && toks[j].def && matches!(trig(toks[j].lex), Some((_, Form::Counted)));
        // (not the head of a state, a government or a town, whose arrest is news of its own and
        // no count: «الاحتجاجات على توقيف رئيس بلدية إسطنبول»)
        let office = w == "رئيس" && toks.get(g + 1).is_some_and(|t| matches!(t.bare().no_al(), "بلديه" | "وزراء" | "حكومه" | "جمهوريه" | "دوله" | "برلمان" | "مجلس" | "حزب" | "وزير"));
        let construct = !w.starts_with("ال") && held_post_word(w) && !office && (toks[g].lex.is_none() || held_post(&toks[g])) && (word(g + 1) || of_victim(g + 1));
        // (or where he works, after «في», named: «اعتقال موظف في البلدية», «توقيف مسؤول في شركة
        // المقاولات»; not «في أحد المستشفيات», a case of a bulletin that names none)
        let named_at = |j: usize| j < s1 && toks[j].cls == Cls::Word && matches!(toks[j].lex, None | Some(Lex::Thing)) && !matches!(toks[j].bare(), "احد" | "احدي") && (toks[j].bare().starts_with("ال") || toks.get(j + 1).is_some_and(|n| j + 1 < s1 && n.bare().starts_with("ال") && n.cls == Cls::Word));
        let works_at = !w.starts_with("ال") && held_post_word(w) && !toks[g].def && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.w == "في") && named_at(g + 2);
        // (or the one who fired: «أوقف مطلق النار»)
        let shooter = w == "مطلق" && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.w == "النار");
        def_post || construct || works_at || shooter
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
    let beside_at = |j: usize| j + 1 < s1 && (matches!(toks[j].w.as_str(), "مع" | "برفقه" | "رفقه") && person(&toks[j + 1]) || toks[j].w == "الي" && toks[j + 1].w == "جانب" && toks.get(j + 2).is_some_and(|t| j + 2 < s1 && person(t)));
    // (not what he is, after «وهو»: «أوقفت سائق الشاحنة، وهو وافد في الأربعينيات»)
    let described = |j: usize| toks[j - 1].w == "وهو" || toks[j - 1].w == "وهي";
    // (up to the next event joined by «و»: «القبض على سائق الرافعة الشوكية، وإيقاف 3 من مسؤولي
    // المستودع والسلامة»)
    let reach = (e + 1..s1.min(g + 14)).find(|&j| toks[j].has_conj() && matches!(toks[j].lex, Some(Lex::Trig(..)))).unwrap_or(s1.min(g + 14));
    let more = joined_at(n) || beside || (e + 1..reach).any(|j| toks[j].w.starts_with('و') && person(&toks[j]) && !described(j) || beside_at(j));
    let many = toks.get(g + 1).is_some_and(|t| g + 1 < s1 && matches!(t.w.as_str(), "فيهم" | "بهم")) || (g + 1..=e).any(|j| matches!(toks[j].bare(), "الثاني" | "الثالث" | "الرابع" | "الخامس" | "الاخر"));
    let jail = toks[i].bare().trim_start_matches(['ب', 'و']).no_al() == "حبس";
    let verdict = (i.saturating_sub(12)..i).any(|j| matches!(toks[j].bare(), "قضت" | "حكمت" | "محكمه" | "المحكمه" | "الحكم"));
    // (a term of custody for the one already named, «بحبس المتهم 60 يوماً», is no new arrest; for
    // one by his post in construct, «أمرت بحبس مشرف الوردية 7 أيام», it is)
    let named_before = toks[g].bare().trim_start_matches('ب').starts_with("ال");
    let term = jail && (verdict || named_before && (e + 1..s1.min(e + 6)).any(|j| matches!(toks[j].bare(), "ايام" | "يوما" | "يوم" | "اسبوعين" | "ساعه" | "ساعات" | "اشهر" | "شهرا" | "سنه" | "سنوات")));
    let sentenced = filters::sentenced(toks, Kind::Arrested, i, i.saturating_sub(8), s1);
    // (one more with him, by his post, after what was done to the first, and no more after
    // that one: «بوضع مالك المنزل تحت تدبير الحراسة النظرية، رفقة مقاول كان يُشرف على
    // الأشغال»: two)
    let with_one = (e + 1..reach).find(|&j| matches!(toks[j].w.as_str(), "رفقه" | "برفقه") && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && !t.def && !t.bare().starts_with("ال") && held_post(t)));
    let alone_after = |j: usize| !(j + 2..s1.min(j + 8)).any(|m| toks[m].w.starts_with('و') && person(&toks[m]) || beside_at(m));
    let first_alone = !joined_at(n) && !beside && !many && !(e + 1..reach).any(|j| toks[j].w.starts_with('و') && person(&toks[j]) && !described(j));
    if let Some(j) = with_one.filter(|&j| first_alone && alone_after(j) && !term && !sentenced) {
        return Some(word_raw(Kind::Arrested, 2, Victims::People, i, j + 1, g));
    }
    if more || many || term || sentenced {
        return None;
    }
    Some(word_raw(Kind::Arrested, 1, Victims::People, i, g, g))
}

/// One or two held, told by the pronoun on the arrest's noun or after «على»: «قبل أن يتم
/// توقيفه», «من القبض عليه», «بعد القبض عليهما», «القبض عليه وشخصين آخرين» (him and the two
/// others: three). Not «عليهم», those counted before.
pub(super) fn held_by_pronoun(toks: &[Tok], s1: usize, i: usize, k: Kind, f: Form) -> Option<Raw> {
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
pub(super) fn posts_of_two(toks: &[Tok], s1: usize, i: usize, g: usize) -> Option<Raw> {
    let stem = toks[g].bare().trim_start_matches('ب').strip_suffix('ي')?;
    let of_two = toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.cls == Cls::Word && t.bare().starts_with("ال") && t.bare().ends_with("ين") && !matches!(t.lex, Some(Lex::Group(..) | Lex::Trig(..) | Lex::Others)));
    // (not with others joined, «سائقى القطارين ومساعديهما», nor for a term: «بحبس ... أربعة أيام»)
    let joined = toks.get(g + 2).is_some_and(|t| g + 2 < s1 && t.w.starts_with('و'));
    (held_post_word(stem) && of_two && !joined && !filters::sentenced(toks, Kind::Arrested, i, i.saturating_sub(8), s1)).then(|| word_raw(Kind::Arrested, 2, Victims::People, i, g + 1, g))
}

/// A trade or post one held is named by, as a word: «سائق», «مالك», «المتهم» less «ال».
pub(super) fn held_post_word(w: &str) -> bool {
    matches!(w.trim_end_matches('ا'), "مالك" | "صاحب" | "مدير" | "رئيس" | "سائق" | "قائد" | "حارس" | "مشغل" | "مقاول" | "مشرف" | "موظف" | "مسؤول" | "مهندس" | "منظم" | "ربان" | "مسير" | "متهم" | "جاني" | "مشتبه" | "امين" | "زوج" | "بائع" | "تاجر" | "فني" | "متعهد")
}

/// A trade, post or kinship one held is named by: «مالك», «سائق», «مقاولاً», «شقيق», «أمين
/// الشرطة».
pub(super) fn held_post(t: &Tok) -> bool {
    // (the word as written first: «والد» is no «و» + «الد», nor «وكيل» «و» + «كيل»)
    matches!(t.w.trim_end_matches('ا'), "والد" | "وكيل" | "بائع" | "فني") || matches!(t.bare().trim_end_matches('ا'), "مالك" | "صاحب" | "مدير" | "رئيس" | "سائق" | "مشغل" | "مقاول" | "مشرف" | "حارس" | "موظف" | "مسؤول" | "مهندس" | "قائد" | "امر" | "وكيل" | "منظم" | "مطلق" | "ربان" | "مسير" | "شقيق" | "نجل" | "والد" | "امين" | "زوج" | "مختار" | "بائع" | "تاجر" | "مقدم" | "متعهد")
}

/// «ومساعديه الاثنين», «ومرافقيه الاثنين» at `j`: his two companions, «two» after them.
pub(super) fn his_two(toks: &[Tok], j: usize, s1: usize) -> bool {
    j < s1 && toks[j].w.starts_with('و') && toks[j].bare().strip_suffix("يه").is_some_and(|w| matches!(w, "مساعد" | "معاون" | "مرافق")) && toks.get(j + 1).is_some_and(|t| j + 1 < s1 && matches!(t.w.as_str(), "الاثنين" | "الاثنان"))
}

/// [`post_and_others`] as the object of an active verb of arrest (`j`) after its subject:
/// «وأوقفت الأجهزة الأمنية مالك المطعم وعاملين اثنين» (a subject with a definite word, up to
/// eight words, over no number, clause end, cue or trigger).
pub(super) fn post_object(toks: &[Tok], s1: usize, j: usize, f: Form) -> Option<Raw> {
    let w = toks[j].bare();
    if f != Form::Verb || !(w.ends_with('ت') || w.starts_with('ا')) {
        return None;
    }
    let subject = |k: usize| toks[k].cls == Cls::Word && !matches!(toks[k].lex, Some(Lex::Trig(..) | Lex::Cue(_) | Lex::Neg)) && !held_post(&toks[k]);
    // (or one named by a definite word and his two: «أوقفت مصالح الدرك الوطني الطباخ ومساعديه الاثنين»)
    // (or a definite post: «أوقفت القوى الأمنية المسؤول عن تشغيل المصعد واثنين من الفنيين»)
    let object = |k: usize| held_post(&toks[k]) || toks[k].bare().starts_with("ال") && (his_two(toks, k + 1, s1) || held_post_word(toks[k].bare().no_al()));
    let p = (j + 1..s1.min(j + 10)).take_while(|&k| subject(k) || object(k)).find(|&k| object(k) && (j + 1..k).any(|m| toks[m].bare().starts_with("ال")))?;
    post_and_others(toks, s1, j, p).or_else(|| two_named_by_post(toks, s1, j, p))
}
