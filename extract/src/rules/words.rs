//! Figures told by a word, not a number: a dual («قتيلين», «شرطيان أصيبا»), one after a
//! verb or a verbal noun («قُتل متظاهر», «وفاة سائق دراجة»), one a body mourns, all of those
//! told before («ثلاثتهم»), a body and «one», and those joined to one in his clause.
//! [`word_figure`] tries them in order; [`super::candidates`] calls it on each word.

use super::*;

/// A figure told by a word, not a number: «قُتل متظاهر» (1), «مقتل شرطيين» (2), «قتيلين» (2).
pub(super) fn word_figure(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn mourned(toks: &[Tok], s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn their_two(toks: &[Tok], s0: usize, i: usize) -> Option<Raw> {
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
pub(super) fn all_of_them(toks: &[Tok], s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn one_body(toks: &[Tok], s1: usize, i: usize, k: Kind) -> Option<Raw> {
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
pub(super) fn bodies_of_the_counted(toks: &[Tok], s1: usize, i: usize, k: Kind) -> Option<Raw> {
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
pub(super) fn coordinated_word(toks: &[Tok], s1: usize, i: usize, prev: &[Raw]) -> Option<Raw> {
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
pub(super) fn subset_dual(toks: &[Tok], s0: usize, i: usize, prev: &[Raw]) -> Option<Raw> {
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
pub(super) fn one_of_them(toks: &[Tok], s0: usize, s1: usize, i: usize, before: Option<Kind>) -> Option<Raw> {
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

/// The dual of «حالة» with a trigger after it counts 2: «حالتي وفاة», «حالتين من الإصابة»;
/// so does the dual after a verbal noun: «ووفاة حالتين».
pub(super) fn dual_of_case(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn dual_subject(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn definite_dual_subject(toks: &[Tok], s0: usize, s1: usize, i: usize) -> bool {
    let after_that = i > s0 && matches!(toks[i - 1].w.as_str(), "ان" | "بان");
    let dual_verb = toks.get(i + 1).is_some_and(|t| i + 1 < s1 && matches!(trig(t.lex), Some((_, Form::Verb))) && t.w.ends_with('ا') && !t.w.ends_with("وا"));
    after_that && dual_verb && !status::negated(toks, s0, i + 1)
}

/// A noun the table does not know, in the dual («ين», «ان»), indefinite, with at most an
/// adjective of the same ending, right before a dual verb of the table counts 2 people:
/// «قالت المنظمة إن عتالين كرديين قتلا». (A plural subject before its verb takes «وا».)
pub(super) fn unknown_dual_subject(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn dual_object(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
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
pub(super) fn one_object(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
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
    // (nor the verb's own object before, two or more people in the accusative, and a verb of
    // theirs: «اعتقلت الشرطة رجلين نشرا على مواقع التواصل مقطعاً»)
    let object_before = (j + 1..i).any(|m| matches!(toks[m].lex, Some(Lex::Group(_, n)) if n != 1) && !toks[m].def && toks[m].w.ends_with("ين"));
    // (nor over a verb of its own joined by «و»: «وأنها أوقفت السلم وفتحت تحقيقاً فنياً»)
    let own_verb = (j + 1..i).any(|m| toks[m].has_conj() && toks[m].lex.is_none() && !toks[m].def && toks[m].bare().ends_with('ت') && toks[m].bare().chars().count() >= 4);
    let one_clause = (j + 1..i).all(|m| toks[m].cls == Cls::Word) && !object_before && !own_verb;
    // (what «ضبط» seizes, unknown to the table, is as often a thing: «ضبطت قارباً»)
    let seized = t.lex.is_none() && w.starts_with("ضبط");
    // (right after the verb too: the accusative is no subject, «أوقفت موظفاً في أمانة المنطقة»)
    let active = one_clause && !seized && f == Form::Verb && (j + 1 < i || t.nunated) && !toks[j].def && (w.ends_with('ت') || k == Kind::Arrested && w.starts_with('ا'));
    (active && matches!(k, Kind::Arrested | Kind::Killed) && !status::negated(toks, s0, j)).then(|| Raw { a: j, ..word_raw(k, 1, victims::men_of(toks, i, v), i, i, i) })
}

/// A dual counted noun is its own count, 2: «سقوط قتيلين», «وجريحان»; not after a number.
pub(super) fn dual_noun(toks: &[Tok], s0: usize, s1: usize, i: usize, k: Kind) -> Option<Raw> {
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
pub(super) fn and_two_unknown(toks: &[Tok], j: usize, s1: usize) -> bool {
    let t = &toks[j];
    matches!(t.lex, None | Some(Lex::Group(_, 0))) && !t.def && t.cls == Cls::Word && t.w.starts_with('و') && !t.w.starts_with("وال") && toks.get(j + 1).is_some_and(|n| j + 1 < s1 && matches!(n.w.as_str(), "اثنين" | "اثنان"))
}

/// Those of a place or a vehicle, a plural in construct: «ركاب القارب», «سكان الحي», «عمال
/// المصنع» (after «أحد»: «وفاة أحد ركاب القارب»).
pub(super) fn of_a_place(toks: &[Tok], j: usize, s1: usize) -> bool {
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
pub(super) fn kin_hurt(toks: &[Tok], s1: usize, i: usize, g: usize, k: Kind, f: Form) -> Option<Raw> {
    let kin = |w: &str| kin_with_pronoun(w, &["رفيق", "زميل", "جد", "جدت"]);
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
pub(super) fn joined_ones(toks: &[Tok], s1: usize, r: Raw) -> Raw {
    if r.q != Quantity::Exact(1) || !matches!(r.kind, Kind::Killed | Kind::Injured) || r.pa <= r.a {
        return r;
    }
    // (or one who was with him: «وسائقه», «ومرافقه»)
    let kin = |t: &Tok| t.w.starts_with('و') && kin_with_pronoun(t.bare(), &["رفيق", "زميل", "سائق", "مرافق", "حارس"]);
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
pub(super) fn her_one(t: &Tok) -> bool {
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
pub(super) fn noun_after_trigger(toks: &[Tok], s1: usize, i: usize, k: Kind, f: Form) -> Option<Raw> {
    let mut g = next_sig(toks, i + 1, s1)?;
    if f == Form::NeedsAla {
        // («ألقوا القبض صباح اليوم على مواطن», «القبض أمس على ...»: over a time)
        let w = |j: usize| toks.get(j).filter(|_| j < s1).map_or("", |t| t.bare());
        let mut k = g;
        if matches!(w(k), "صباح" | "مساء" | "فجر" | "ظهر" | "ليل" | "ليله" | "عصر") && matches!(w(k + 1), "اليوم" | "امس") {
            k += 2;
        } else if matches!(w(k), "امس" | "اليوم") || numbers::time_adverb(&toks[k]) {
            k += 1;
        }
        if k > g && toks.get(k).is_some_and(|t| k < s1 && crate::dates::weekday(t).is_some()) {
            k += 1;
        }
        if w(k) == "علي" {
            g = k;
        }
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
        if crate::dates::weekday(&toks[g]).is_some() {
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
    // («كما أُوقف مندوبان آخران»: a dual the table does not know, «two more» after it)
    // (not «اثنان آخران», a number, whose group is the clause's)
    let dual = unknown_word(&toks[g]) && stem(&toks[g]).ends_with("ان") && stem(&toks[g]).chars().count() >= 5 && number::read(toks, g, s1).is_none();
    if f != Form::NeedsAla && dual && toks.get(g + 1).is_some_and(|t| g + 1 < s1 && t.w == "اخران") && end_after(g + 1) {
        return Some(word_raw(k, 2, Victims::People, i, g + 1, g));
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
        // (or an age by its decade: «لقي سائق في الأربعينات من عمره مصرعه»)
        let w = |j: usize| toks.get(j).filter(|_| j < s1).map_or("", |t| t.bare());
        let decade = (w(g + 1) == "في" && w(g + 2).starts_with("ال") && (w(g + 2).ends_with("ينات") || w(g + 2).ends_with("ينيات")) && w(g + 3) == "من" && w(g + 4).starts_with("عمر")).then_some(g + 4);
        let (h, skip) = age.or(decade).map_or((g, 0), |c| (c, c - g));
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
        // (and «two» after the dual repeating it: «مقتل ضابط وجنديين اثنين»)
        let e = if toks.get(g + 2).is_some_and(|t| g + 2 < s1 && ONE_TWO.contains(&t.w.as_str())) { g + 2 } else { g + 1 };
        return Some(word_raw(k, 3, Victims::People, i, e, g));
    }
    // («مقتل ضابط برتبة ملازم أول وجنديين اثنين»: over the first's rank; of one force, theirs)
    let rank_end = (toks.get(g + 1).is_some_and(|t| g + 2 < s1 && t.w == "برتبه") && toks[g + 2].cls == Cls::Word && !matches!(toks[g + 2].lex, Some(Lex::Trig(..)))).then(|| if toks.get(g + 3).is_some_and(|t| g + 3 < s1 && matches!(t.w.as_str(), "اول" | "ثان" | "ثاني")) { g + 3 } else { g + 2 });
    if let Some(d) = rank_end.map(|r| r + 1).filter(|&d| n == 1 && b == g && d < s1 && and_two(&toks[d])) {
        let e = if toks.get(d + 1).is_some_and(|t| d + 1 < s1 && ONE_TWO.contains(&t.w.as_str())) { d + 1 } else { d };
        let force = matches!((toks[g].lex, toks[d].lex), (Some(Lex::Group(u, _)), Some(Lex::Group(w, _))) if u == w);
        return Some(word_raw(k, 3, if force { victims::men_of(toks, g, v) } else { Victims::People }, i, e, g));
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
pub(super) fn unknown_one(toks: &[Tok], s1: usize, i: usize, g: usize, k: Kind, f: Form) -> Option<Raw> {
    // («قُتل خلاله موظف صرافة»: over a preposition with the event's pronoun)
    let over = g == i + 2 && matches!(toks[i + 1].w.as_str(), "فيه" | "فيها" | "خلاله" | "خلالها");
    // («بوفاة سائق الحافلة»: after an event's noun, a trade or post in construct)
    // (as an outcome: «بوفاة», «عن مقتل», «إلى إصابة»; not «تحقيق في مقتل سائق التوصيل», one
    // told of before, nor «منذ اغتيال رئيس البلاد»)
    // (over a quote opened on the noun: «عن "وفاة نجل الإمام متأثراً بجراحه"»)
    let before = if i > 1 && toks[i - 1].is_quote() { i - 1 } else { i };
    // (or what it followed: «إثر اغتيال آمر كتيبة محلية», «على اغتيال مختار قرية», «غداة مقتل الشاب»)
    // (or a time after it: «بعد يومين من مقتل سائق حافلة»)
    let time_after = before > 1 && toks[before - 1].w == "من" && matches!(toks[before - 2].bare(), "يوم" | "يومين" | "ايام" | "ساعه" | "ساعتين" | "ساعات" | "اسبوع" | "اسبوعين" | "اسابيع" | "شهر" | "شهرين" | "اشهر" | "دقائق");
    let outcome = toks[i].w.starts_with('ب') || time_after || before > 0 && matches!(toks[before - 1].bare(), "عن" | "الي" | "اثر" | "عقب" | "غداه" | "علي");
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
    // (or over what he is of, indefinite: «وفاة مستكشف كهوف أوروبي وإصابة 3 آخرين»)
    // (not over a phrase with «ب» or «ل», of how or why: «إصابة مشاة بسرعة متهورة»)
    let of_noun = |j: usize| j < s1 && toks[j].cls == Cls::Word && toks[j].lex.is_none() && !toks[j].def && !toks[j].has_conj() && !toks[j].w.starts_with(['ب', 'ل']) && !toks[j].w.starts_with("ال") && number::read(toks, g, s1).is_none() && number::read(toks, j, s1).is_none();
    let adjective_at = if g + 1 < s1 && adjective(&toks[g + 1]) && closes(g + 2) {
        Some(g + 1)
    } else {
        (of_noun(g + 1) && g + 2 < s1 && adjective(&toks[g + 2]) && (closes(g + 3) || toks.get(g + 3).is_some_and(|t| t.has_conj() && matches!(t.lex, Some(Lex::Trig(..)))))).then_some(g + 2)
    };
    if let Some(a) = adjective_at.filter(|_| f == Form::Event && k != Kind::Arrested && g == i + 1 && g + 1 < s1 && !a_case && (!toks[g].has_conj() || own_letter(&toks[g].w)) && !one_more(&toks[g + 1])) {
        if [toks[i].w.as_str(), toks[i].bare()].iter().any(|w| matches!(w.trim_start_matches('ب'), "وفاه" | "مقتل" | "مصرع" | "اصابه" | "استشهاد")) && unknown_word(&toks[g]) && singular(stem(&toks[g])) && !not_one(stem(&toks[g])) && (stem(&toks[g]).chars().count() >= 4 || own_letter(&toks[g].w)) {
            return Some(word_raw(k, 1, Victims::People, i, a, g));
        }
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
