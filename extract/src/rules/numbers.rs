//! Rules that tie a number phrase to its kind: the counted noun after it, the verb after its
//! people, the trigger before it, and the phrases that tell of the hurt (taken to hospital,
//! treated, in a critical state), of arrests (campaigns, an arrest verb's object), and of
//! parts and more of the figure before («بينهم 5 أطفال», «و26 من المسلحين»). Called by
//! [`super::number_figure`], in the order its table gives.

use super::*;

/// A preposition before the number that belongs to the trigger, so the number
/// is still its count: «القبض على 12», «القضاء على 30» (a verbal noun that
/// needs «على»; «قضى على 30» too), and an execution carried out «بحق» the number («تنفيذ حكم
/// الإعدام بحق 3 مدانين»; «أحكام بالإعدام بحق 5» is only a sentence).
pub(super) fn prep_governs_trigger(toks: &[Tok], s0: usize, pj: Option<usize>) -> bool {
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
    // (over the execution's adjective: «بتنفيذ إعدامات ميدانية بحق ما لا يقل عن 47 مدنياً»)
    let executed = pj.is_some_and(|j| {
        if toks[j].w != "بحق" || j <= s0 {
            return false;
        }
        // (and a quote closed on it: «بتنفيذ "إعدامات ميدانية" بحق»)
        let e = if j > s0 + 1 && toks[j - 1].is_quote() { j - 2 } else { j - 1 };
        let e = if e > s0 && matches!(toks[e].bare(), "ميدانيه" | "ميداني") { e - 1 } else { e };
        trig(toks[e].lex) == Some((Kind::Killed, Form::Event))
            && (e.saturating_sub(5).max(s0)..e).any(|k| ["نفذ", "تنفيذ", "ينفذ"].iter().any(|v| toks[k].bare().trim_start_matches('ب').starts_with(v)))
    });
    ala || subject || executed
}

/// An adverb of time that may stand between a verb and its «على»: «ألقت القبض لاحقاً على 4».
pub(super) fn time_adverb(t: &Tok) -> bool {
    matches!(t.bare(), "لاحقا" | "مجددا" | "مؤخرا" | "اليوم" | "امس" | "فجرا" | "ليلا" | "صباحا" | "مساء")
}

/// NUMBER + counted noun: «5 قتلى», «قتيلين», «11 ألف وفاة», «300 إصابة» (a
/// verbal noun without و), or NUMBER + «حالات» + trigger: «10 حالات وفاة».
pub(super) fn counted_noun_after(c: &At) -> Option<Hit> {
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
    let after_n = c.n1.and_then(|n| next_sig(c.toks, n + 1, c.s1)).and_then(over_least);
    let then_died = after_n.filter(|&v| matches!(trig(c.toks[v].lex), Some((Kind::Killed, Form::Verb | Form::After))) && !c.toks[v].has_conj() && !c.toks[v].bare().starts_with("سق"));
    // («أن أكثر من 40 معتقلاً أصيبوا بجروح»: the detained who were then hurt, the verb right
    // after them)
    let then_hurt = after_n.filter(|&v| matches!(trig(c.toks[v].lex), Some((Kind::Injured, Form::Verb))) && !c.toks[v].has_conj());
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
        Some((Kind::Arrested, Form::Counted)) if then_hurt.is_some() => Some((Kind::Injured, then_hurt?, true)),
        Some((k, Form::Counted | Form::Dual)) => Some((k, c.n1?, true)),
        Some((k, Form::Event)) if !c.toks[c.n1?].has_conj() => Some((k, c.n1?, true)),
        _ => of_the_counted(c, false),
    }
}

/// NUMBER + «من» + a definite counted noun («5 من القتلى», «3 من المصابين»);
/// with `of` false, NUMBER + «حالات» + trigger («10 حالات وفاة», «4 حالات اعتقال»,
/// «218 حالة قتل»), or murders counted («38 جريمة قتل»).
pub(super) fn of_the_counted(c: &At, of: bool) -> Option<Hit> {
    let t = c.toks;
    let n = c.n1?;
    // («38 جريمة قتل»: murders counted, one dead each)
    let ok = if of { t[n].w == "من" } else { t[n].lex == Some(Lex::Case) || filters::murders_counted(t, n) };
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
    // («12 من المعتقلين أصيبوا»: those of the detained who were hurt)
    let hurt = of && j + 1 < c.s1 && matches!(trig(t[j + 1].lex), Some((Kind::Injured, Form::Verb))) && !t[j + 1].has_conj();
    match trig(c.lex(Some(j).filter(|&j| ok && j < c.s1))) {
        Some((Kind::Injured | Kind::Arrested, Form::Counted)) if died && t[j].def => Some((Kind::Killed, j + 1, true)),
        Some((Kind::Arrested, Form::Counted)) if hurt && t[j].def => Some((Kind::Injured, j + 1, true)),
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
pub(super) fn verb_after_subject(c: &At) -> Option<Hit> {
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
            // («وأصيب 14 آخرون بعد أن سقط كابل»: a verb after «بعد أن» tells what came before, and
            // the verb of another kind right before the number governs it)
            Some((k, Form::Verb | Form::After)) if j >= 2 && t[j - 1].w == "ان" && matches!(t[j - 2].bare(), "بعد" | "قبل") && c.pj.is_some_and(|p| p + 1 == c.q0 && matches!(trig(t[p].lex), Some((k2, Form::Verb)) if k2 != k)) => return None,
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
pub(super) fn trigger_before(c: &At) -> Option<Hit> {
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
                Form::Counted => {
                    let prev = j.checked_sub(1).map(|p| &t[p]);
                    w.def || seen == 1 || c.toll_ok && prev.is_some_and(|p| p.lex == Some(Lex::Toll)) || t.get(j + 1).is_some_and(|n| j + 1 < c.q0 && n.cls == Cls::Word && n.w.starts_with("ال") && !n.has_conj()) && !prev.is_some_and(|p| p.lex == Some(Lex::Prep) || p.w == "عن")
                }
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
            || crate::dates::month(t, j).is_some()
            || is_date_num(t, j)
            || period_one;
    }
    None
}

/// Where an aside between commas starts, when `j` is its closing comma: an
/// apposition, «زعيم الطائفة، وهو قس يبلغ من العمر 53 عاما، و6 من مساعديه» (the
/// comma before «وهو», up to 14 words back), or a time, «ألقت القبض، الخميس
/// الماضي، على 3», «أوقفت، خلال الـ72 ساعة الماضية، أربعة عناصر».
pub(super) fn apposition(t: &[Tok], s0: usize, j: usize) -> Option<usize> {
    if t.get(j)?.cls != Cls::Punct(',') {
        return None;
    }
    let k = (j.saturating_sub(14).max(s0)..j).rev().find(|&k| t[k].is_clause_end())?;
    let time = (k + 1..j).all(|m| t[m].is_in(&TIMES) || is_date_num(t, m) || crate::dates::month(t, m).is_some() || t[m].is_in_def(&PERIODS) || t[m].w == "ال") && j > k + 1;
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
pub(super) fn arrest_object(c: &At) -> Option<Hit> {
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
pub(super) fn trigger_over_subject(t: &[Tok], s0: usize, i: usize, s1: usize, reach: usize) -> Option<(usize, Kind, Form)> {
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
pub(super) fn campaign_reached(c: &At) -> Option<Hit> {
    let t = c.toks;
    let reached = |j: usize| matches!(t[j].bare(), "طالت" | "شملت" | "طاولت" | "طال" | "شمل");
    let pj = c.pj?;
    // («طالت منذ أغسطس الماضي ما لا يقل عن 160 مدنياً»: over the time after the verb)
    let over_time = (pj.saturating_sub(5).max(c.s0)..pj).rev().find(|&j| reached(j)).filter(|&v| (v + 1..=pj).all(|k| t[k].is_in(&TIMES) || t[k].is_in(&PAST) || crate::dates::month(t, k).is_some() || matches!(t[k].bare(), "منذ" | "خلال" | "حتي" | "مطلع" | "بدايه")));
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
pub(super) fn hospitalised(c: &At, prev: &[Raw]) -> Option<Hit> {
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
    // (or its noun: «أفاد مستشفى الأمير حمزة باستقبال 5 حالات»)
    let received = (c.q0.saturating_sub(7).max(c.s0)..c.q0).rev().take_while(|&j| !t[j].is_clause_end() && !is_num(t, j, c.s1)).any(|j| t[j].bare().starts_with("استقبل") || t[j].bare().trim_start_matches('ب').starts_with("استقبال"));
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
    // («427 تلميذاً على الأقل و14 معلماً نُقلوا إلى المستشفيات»: over a second count of people
    // joined by «و», which the verb tells of too and which is read on its own)
    let a = if t.get(v).is_some_and(|x| x.w == "و") { v + 1 } else { v };
    let joined = a < c.s1 && (a > v || t[a].w.starts_with('و'));
    let second = number::read(t, a, c.s1).filter(|p| joined && p.a == a && t.get(p.b + 1).is_some_and(|x| p.b + 1 < c.s1 && matches!(x.lex, Some(Lex::Group(..)))));
    let v = second.map_or(v, |p| p.b + 2);
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
pub(super) fn losses(c: &At) -> Option<Hit> {
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
pub(super) fn beaten(t: &[Tok], j: usize) -> bool {
    let harm = |n: &Tok| matches!(n.w.as_str(), "للضرب" | "للتعذيب" | "للاعتداء" | "لاعتداء" | "لاعتداءات" | "للطعن" | "لاصابات" | "لاصابه" | "لجروح" | "للاختناق" | "لاختناق" | "لاختناقات" | "لتسمم" | "للتسمم" | "لحروق" | "للحروق" | "للسعات" | "للدغات" | "لعضات" | "لكسور" | "لرضوض");
    let time = |n: &Tok| matches!(n.bare(), "امس" | "اليوم" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعه" | "السبت" | "صباح" | "مساء" | "ليل" | "فجر");
    let k = (j + 1..t.len().min(j + 4)).find(|&k| !time(&t[k])).unwrap_or(j + 1);
    matches!(t[j].bare(), "تعرضوا" | "تعرض" | "تعرضت" | "تعرضن" | "تعرضا") && t.get(k).is_some_and(harm)
}

/// «تلقوا العلاج», «يتلقون العلاج», «تلقوا الإسعافات الأولية», «طلبوا المساعدة الطبية»:
/// treated (at `j`), so injured.
pub(super) fn treated(t: &[Tok], j: usize) -> bool {
    let care = |k: usize| t.get(k).is_some_and(|n| matches!(n.bare(), "العلاج" | "العلاجات" | "الاسعافات" | "اسعافات"));
    matches!(t[j].bare(), "يتلقون" | "تلقوا" | "يتلقين" | "تلقين") && care(j + 1)
        || matches!(t[j].bare(), "طلبوا" | "طلب" | "طلبت" | "يطلبون") && t.get(j + 1).is_some_and(|n| n.bare() == "المساعده") && t.get(j + 2).is_some_and(|n| n.bare() == "الطبيه")
}

/// «فيما يتلقى 6 آخرون العلاج»: a verb of being treated right before its subject, the care
/// after it (over «آخرون» or the people's noun): the hurt, whatever kind the clause before
/// told of.
pub(super) fn treated_subject(c: &At) -> Option<Hit> {
    let t = c.toks;
    let pj = c.pj.filter(|&j| j + 1 == c.q0 && matches!(t[j].bare(), "يتلقي" | "تتلقي" | "يتلقون"))?;
    let care_at = |k: usize| k < c.s1 && matches!(t[k].bare(), "العلاج" | "العلاجات" | "الاسعافات" | "علاجا");
    (care_at(c.pb + 1) || care_at(c.pb + 2) && t[c.pb + 1].cls == Cls::Word).then_some((Kind::Injured, pj, false))
}

/// People in a critical or serious condition, or in intensive care, are injured: «بينهم 3
/// في حالة حرجة» (after the rescued, who are no figure), «5 أشخاص في حالة خطيرة»; the
/// people, if named, right after the number; not more «of them» joined to a part.
pub(super) fn critical(c: &At) -> Option<Hit> {
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
pub(super) fn list_item(c: &At) -> Option<Hit> {
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
pub(super) fn counted_subject_reached(c: &At) -> Option<Hit> {
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
pub(super) fn still_in_care(c: &At) -> Option<Hit> {
    let j = c.n1?;
    let j = if c.toks[j].lex == Some(Lex::Others) { j + 1 } else { j };
    (j < c.s1 && in_hospital(c.toks, j)).then_some((Kind::Injured, j, true))
}

/// «ما زالوا في المستشفى», «لا يزلن في المستشفيات», «يرقدون في المستشفى», «ما زالوا في
/// حالة حرجة», «في العناية المركزة», «يتلقون العلاج»: still in hospital or in care (from
/// `j`), so injured.
pub(super) fn in_hospital(t: &[Tok], j: usize) -> bool {
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
pub(super) fn purpose(t: &Tok) -> bool {
    let b = t.bare();
    b.strip_prefix('ل').is_some_and(|rest| lexicon::lookup(rest).map(|x| x.0) == t.lex) && lexicon::lookup(b).map(|x| x.1) != Some(0)
}

/// Part of the figure before («2670 قتيلا، بينهم 724 طفلا», «منهم 3 نساء») or
/// more of the same («نقلت 80 جريحا وعالجت 140 آخرين», «وأصيب 5 وجرح 7 آخرون»):
/// the kind of the sentence's last figure.
pub(super) fn part_or_more_of_previous(c: &At, prev: &[Raw]) -> Option<Hit> {
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
pub(super) fn captured_others(c: &At, prev: &[Raw]) -> Option<Hit> {
    captured(c.toks, c.pj, c.n1, c.s1, prev).then(|| (Kind::Arrested, c.pj.unwrap_or(c.q0), false))
}

/// Whether «وأسر» (`pj`) before a count of «others» (`n1`) is capture after a count of the dead
/// (`prev`): [`captured_others`]; not of those released after («وأُسر 8 آخرون أُفرج عنهم
/// لاحقاً»: taken and given back, no arrest).
pub(super) fn captured(toks: &[Tok], pj: Option<usize>, n1: Option<usize>, s1: usize, prev: &[Raw]) -> bool {
    let released = |j: usize| matches!(toks[j].bare(), "افرج" | "اطلق" | "اخلي");
    pj.is_some_and(|j| toks[j].bare() == "اسر" && toks[j].has_conj())
        && n1.is_some_and(|j| toks[j].lex == Some(Lex::Others) && !(j + 1..s1.min(j + 4)).any(released))
        && prev.iter().any(|r| r.kind == Kind::Killed)
}

/// «أسفرت عن إصابات بسيطة لـ 7 أشخاص», «إصابات متفاوتة لـ12 عاملا»: injuries, and up to two
/// adjectives, then «لـ» and the people hurt.
pub(super) fn injuries_to(c: &At) -> Option<Hit> {
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
pub(super) fn lost_own(c: &At) -> Option<Hit> {
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
pub(super) fn besides_detainees(c: &At, prev: &[Raw]) -> Option<Hit> {
    let t = c.toks;
    let last = prev.last().filter(|r| r.kind != Kind::Arrested)?;
    let pj = c.pj.filter(|&j| j > c.s0 && t[j].bare() == "جانب" && t[j - 1].bare() == "الي")?;
    let of = c.n1.filter(|&j| t[j].w == "من").map_or(c.n1, |j| Some(j + 1));
    let detainees = of.and_then(|j| t.get(j)).is_some_and(|w| matches!(trig(w.lex), Some((Kind::Arrested, Form::Counted))));
    detainees.then_some((last.kind, pj, false))
}

/// Coordinated with the figure before it by «و», or by «إلى جانب / إضافة إلى /
/// فضلا عن» (besides), with its number at most 10 words back: «مقتل 18 من عناصر
/// الأمن و26 من المسلحين», «اعتقال 12 طالبا و4 أساتذة», «وإصابة 76 آخرين، إلى
/// جانب 49 عنصرا من القوات».
pub(super) fn coordinated_with_previous(c: &At, prev: &[Raw]) -> Option<Hit> {
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
    // (or, «besides», after one told by a word, over what is said of him: «القبض على سائق
    // السيارة، وهو شاب في التاسعة عشرة من عمره، إضافة إلى 4 من منظمي الاستعراض»)
    let told_by_word = !is_num(t, last.pa, c.s1) && last.pb < back && back - last.pb <= 14;
    if besides && told_by_word && !between && !own_verb && !(last.pb + 1..back).any(|j| t[j].is_clause_end() && t[j].cls != Cls::Punct(',')) {
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
pub(super) fn same_cases(c: &At, prev: &[Raw], back: usize) -> Option<Hit> {
    let t = c.toks;
    // (what follows «حالة» is no thing of its own: a verb with its pronoun, «نفذتها», or nothing)
    let n1 = c.n1.filter(|&n| t[n].lex == Some(Lex::Case) && t.get(n + 1).is_none_or(|x| n + 1 >= c.s1 || x.is_clause_end() || x.w.ends_with("ها")))?;
    let same = prev.iter().rev().find(|r| t.get(r.pb + 1).is_some_and(|x| x.w == t[n1].w) && r.pb + 24 >= back && r.pb < back)?;
    (!(same.pb + 1..back).any(|j| t[j].is_clause_end() && t[j].cls != Cls::Punct(','))).then_some((same.kind, c.q0, false))
}
