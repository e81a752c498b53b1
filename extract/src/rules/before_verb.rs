//! One or two told by a noun before their verb: after «أن» («أن أمين شرطة أصيب», «إن رقيباً
//! في إدارة مكافحة المخدرات استشهد», «أن شقيقتها الصغرى أصيبت»), or between «كان» and «قد»,
//! over an age, what one does or was doing. Called by [`super::words::word_figure`].

use super::*;

/// An indefinite subject between «أن» and its singular (or dual) verb counts 1
/// (or 2): «أن أمين شرطة أصيب», «بأن جنديين قتلا»; a parenthesis before the
/// verb is skipped («أن شابا (22 عاما) قتل»).
pub(super) fn subject_before_verb(toks: &[Tok], s0: usize, i: usize, k: Kind) -> Option<Raw> {
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
pub(super) fn one_of_a_unit_before_verb(toks: &[Tok], s0: usize, i: usize, k: Kind) -> Option<Raw> {
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
        // («أن عوناً من الحرس الوطني أصيب»: «عوناً», which may be help elsewhere, is one agent
        // as a subject)
        Some(Lex::Group(Victims::SecurityForces, 0)) if n.w == "عونا" => Victims::SecurityForces,
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
    // (or a force's body, with its place: «أن عنصراً من مديرية أمن غريان قُتل»)
    let body = |u: &[Tok]| (2..=3).contains(&u.len()) && n.is_in(&lexicon::MEN_OF) && crate::sources::is_body_head(u[0].bare()) && u[1..].iter().any(|t| matches!(t.lex, Some(Lex::Group(Victims::SecurityForces, _))));
    let of_them = toks[h + 1].w == "من" && unit.len() <= 2 && unit.first().is_some_and(|t| t.w.starts_with("ال") || theirs(t)) || toks[h + 1].w == "من" && (force(unit) || body(unit));
    // (a man of a body's own, «عنصراً من دورياتها», is of the force that tells of him)
    let v = if of_them && !unit[0].w.starts_with("ال") && n.is_in(&lexicon::MEN_OF) { Victims::SecurityForces } else { v };
    ((toks[h + 1].w == "في" || of_them) && unit.iter().all(plain) && number::read(toks, h + 2, i).is_none()).then(|| word_raw(k, 1, v, a + 1, i, a + 1))
}

/// A verb in the present that tells what one does («يعمل», «تعمل», «يقيم»), no word of the
/// table's.
pub(super) fn does(t: &Tok) -> bool {
    t.cls == Cls::Word && t.lex.is_none() && !t.has_conj() && matches!(t.bare(), "يعمل" | "تعمل" | "يعملان" | "تعملان" | "يقيم" | "تقيم" | "يسكن" | "تسكن" | "يقطن" | "تقطن" | "ينحدر" | "تنحدر")
}

/// One told by a noun before a passive verb of injury or death (`i`), the words after «أن»
/// being `toks[a..e]`: a singular noun the table does not know («موظفة أصيبت») or a post
/// («حارس الفرع أصيب»), with at most one definite word it is in construct with.
pub(super) fn unknown_subject_before_verb(toks: &[Tok], a: usize, e: usize, i: usize, k: Kind) -> Option<Raw> {
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
pub(super) fn kin_before_verb(toks: &[Tok], s0: usize, a: usize, e: usize, i: usize, k: Kind) -> Option<Raw> {
    let np = toks.get(a..e)?;
    let kin = |t: &Tok| kin_with_pronoun(&t.w, &["جد", "جدت"]);
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
pub(super) fn age_before(toks: &[Tok], s0: usize, e: usize) -> Option<usize> {
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
pub(super) fn the_counted_before_verb(toks: &[Tok], s0: usize, i: usize, k: Kind) -> Option<Raw> {
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
