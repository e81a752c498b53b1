//! The top-level pass: sentence by sentence, every number phrase is tied to a
//! trigger (a counted noun after it «5 قتلى», a verb after its noun «5 أشخاص
//! قتلوا», a verb or verbal noun before it «مقتل 5», or the trigger of the
//! figure it is coordinated with «و26 من المسلحين»); a bare singular or dual
//! noun after a trigger counts too («قُتل متظاهر» = 1, «قتيلين» = 2). Numbers
//! that count things, dates, years, times or percentages are not figures.
//! Then each figure gets its qualifier, victims, claimant, date and status, and
//! a figure repeated (headline and body) is kept once; the same numbers from two
//! different sources stay two figures. Missing people («وعشرات المفقودين»,
//! «ما زالوا تحت الأنقاض») and rescued people are not figures.

use super::number::{self, Phrase, Q};
use super::qualifier::{self, Before};
use super::text::{Cls, Doc, Tok};
use super::triggers::trig;
use super::words::{Form, Lex};
use super::{claimant, dates, status, victims};
use crate::figure::{Figure, Kind, Qualifier, Quantity, Status, Victims};

/// A figure found in a sentence, before attribution.
struct Raw {
    kind: Kind,
    q: Quantity,
    /// `None`: take the group of the clause it continues.
    victims: Option<Victims>,
    /// Evidence span (tokens, inclusive).
    a: usize,
    b: usize,
    /// Number phrase (tokens, inclusive) and clitic chars on its first token.
    pa: usize,
    pb: usize,
    pre: usize,
    /// Part of the figure before («بينهم 5 أطفال»): its group is not the clause's.
    sub: bool,
}

/// «بينهم 5 أطفال», «منهم 3 نساء»: part of the figure before.
const SUBSET: &[&str] = &["بينهم", "منهم", "بينها", "بينهن", "منهن"];

/// Whether the word starts with the conjunction و/ف («وإصابة», not «وفاة»).
fn has_conj(t: &Tok) -> bool {
    t.w.len() != t.bare().len() && super::words::lookup(t.bare()).map(|x| x.0) == t.lex
}

fn next_sig(toks: &[Tok], mut j: usize, end: usize) -> Option<usize> {
    while j < end {
        if !toks[j].is_quote() {
            return Some(j);
        }
        j += 1;
    }
    None
}

fn prev_sig(toks: &[Tok], j: usize, start: usize) -> Option<usize> {
    (start..j).rev().find(|&k| !toks[k].is_quote())
}

fn is_num(toks: &[Tok], j: usize, end: usize) -> bool {
    toks[j].cls == Cls::Num || (toks[j].cls == Cls::Word && number::read(toks, j, end).is_some())
}

/// Whether the number phrase counts something that is not people, or is a date, year, time or percentage.
fn not_people(toks: &[Tok], p: &Phrase, s0: usize, s1: usize) -> bool {
    let nx = next_sig(toks, p.b + 1, s1);
    let pv = prev_sig(toks, p.a, s0);
    let w = |j: Option<usize>| j.map(|j| toks[j].w.as_str()).unwrap_or("");
    // «2000 و2500 شخص»: people after the second number of a range
    let range_end = nx.filter(|&j| matches!(toks[j].w.as_str(), "و" | "الي") && toks.get(j + 1).is_some_and(|t| t.cls == Cls::Num));
    let after = range_end.map_or(nx, |j| next_sig(toks, j + 2, s1));
    let people_next = after.is_some_and(|j| matches!(toks[j].lex, Some(Lex::Trig(..) | Lex::Group(..) | Lex::Others)));
    if nx.is_some_and(|j| toks[j].lex == Some(Lex::Thing) || dates::month(toks, j).is_some()) {
        return true;
    }
    if matches!(w(nx), "%" | "٪") || (matches!(w(nx), "في") && matches!(w(nx.map(|j| j + 1)), "المئه" | "المائه")) {
        return true;
    }
    if matches!(toks[pv.unwrap_or(p.a)].bare(), "الساعه" | "عام" | "العام" | "سنه" | "رقم" | "المرتبه" | "اللواء" | "لواء" | "الكتيبه" | "كتيبه" | "الفرقه" | "الفيلق" | "الماده" | "البند" | "الرحله" | "قناه" | "القناه") && pv.is_some() {
        return true;
    }
    if pv.is_some_and(|j| dates::month(toks, j).is_some()) {
        return true;
    }
    // «زهاء 1900 فلسطيني»: a qualified number is a count, not a year
    let qualified = || qualifier::before(toks, p.a, s0).is_some_and(|q| !matches!(q.0, Before::From | Before::Between));
    matches!(p.q, Q::N(1900..=2100)) && toks[p.a].cls == Cls::Num && !people_next && !qualified()
}

/// «وعشرات المفقودين», «120 آخرين ما زالوا تحت الأنقاض», «14 آخرين مجهولا»: the
/// missing (from token `j`, the word after the number) are not a figure.
fn missing(toks: &[Tok], j: usize, s1: usize) -> bool {
    let mut j = j;
    if toks.get(j).is_some_and(|t| matches!(t.lex, Some(Lex::Others | Lex::Group(..)))) {
        j += 1;
    }
    let w = |k: usize| if k < s1 { toks[k].bare() } else { "" };
    if matches!(w(j), "ما" | "لا") {
        j += 1;
    }
    let m = w(j).trim_start_matches("ال");
    m.starts_with("مفقود") || m.starts_with("مجهول") || matches!(w(j), "زال" | "زالوا" | "يزال" | "يزالون" | "زالت" | "تزال") && w(j + 1) == "تحت"
}

/// The figure a number phrase gives, if any; `prev` are the sentence's figures so far.
fn number_figure(toks: &[Tok], s0: usize, s1: usize, p: Phrase, prev: &[Raw]) -> Option<Raw> {
    if not_people(toks, &p, s0, s1) {
        return None;
    }
    let qb = qualifier::before(toks, p.a, s0);
    let q0 = qb.map_or(p.a, |x| x.1);
    // a second number: a range «ما بين 10 و15», «من 10 إلى 15», «10 إلى 15»
    let mut pb = p.b;
    let mut hi = None;
    if let (Q::N(lo), Some(c)) = (p.q, next_sig(toks, p.b + 1, s1)) {
        let conn = toks[c].w.as_str();
        let ok = match qb.map(|x| x.0) {
            Some(Before::Between) => conn == "و" || conn == "الي",
            Some(Before::From) | None => conn == "الي",
            _ => false,
        };
        if let Some(p2) = ok.then(|| number::read(toks, c + 1, s1)).flatten() {
            if let Q::N(h) = p2.q {
                let toll = (q0.saturating_sub(5)..q0).any(|j| toks[j].lex == Some(Lex::Toll));
                if qb.map(|x| x.0) == Some(Before::From) && toll {
                    return None; // «ارتفعت الحصيلة من 10 إلى 15»: the old toll
                }
                if h > lo {
                    hi = Some(h);
                    pb = p2.b;
                }
            }
        }
    }
    let n1 = next_sig(toks, pb + 1, s1);
    if n1.is_some_and(|j| missing(toks, j, s1)) {
        return None;
    }
    let lex = |j: Option<usize>| j.and_then(|j| toks[j].lex);
    // (kind, trigger index, trigger after the number)
    // (a) a counted noun: «5 قتلى», «10 حالات وفاة», «5 من القتلى»
    let of_counted = |of: bool| {
        let c = n1?;
        let ok = if of { toks[c].w == "من" } else { toks[c].lex == Some(Lex::Case) };
        let j = c + 1;
        match trig(lex(Some(j).filter(|&j| ok && j < s1))) {
            Some((k, Form::Counted | Form::Event)) if !of || toks[j].def => Some((k, j, true)),
            _ => None,
        }
    };
    // «أفرجت عن 200 معتقل», «لم يسقط 5 قتلى»
    if status::negated(toks, s0, q0) {
        return None;
    }
    let pj = prev_sig(toks, q0, s0);
    // a number right after a preposition is its object («في 3 مدن»), except in toll phrasing
    let ala = pj.is_some_and(|j| toks[j].w == "علي" && j > s0 && trig(toks[j - 1].lex).is_some_and(|t| t.1 == Form::NeedsAla));
    // «تنفيذ حكم الإعدام بحق 3 مدانين»: an execution carried out on the number («أحكام بالإعدام بحق 5» is only a sentence)
    let executed = pj.is_some_and(|j| {
        toks[j].w == "بحق" && j > s0 && trig(toks[j - 1].lex) == Some((Kind::Killed, Form::Event))
            && (j.saturating_sub(6).max(s0)..j - 1).any(|k| toks[k].bare().starts_with("نفذ") || toks[k].bare().starts_with("تنفيذ") || toks[k].bare().starts_with("ينفذ"))
    });
    let after_prep = !ala && !executed && pj.is_some_and(|j| toks[j].lex == Some(Lex::Prep));
    let toll = (q0.saturating_sub(7)..q0).any(|j| toks[j].lex == Some(Lex::Toll) || toks[j].def && trig(toks[j].lex).is_some());
    let toll_ok = toll && pj.is_some_and(|j| matches!(toks[j].w.as_str(), "الي" | "ب"));
    // ages: «تتراوح أعمارهم بين 15 و25 عاما»
    let thing_after = n1.is_some_and(|j| toks[j].lex == Some(Lex::Thing));
    if thing_after || (q0.saturating_sub(3)..q0).any(|j| toks[j].bare().contains("اعمار") || toks[j].bare().ends_with("عمر")) {
        return None;
    }
    // (a) also «11 ألف وفاة», «300 إصابة» (a verbal noun without و)
    let mut kind = match trig(lex(n1)) {
        Some((k, Form::Counted | Form::Dual)) => Some((k, n1?, true)),
        Some((k, Form::Event)) if !has_conj(&toks[n1?]) => Some((k, n1?, true)),
        _ => of_counted(false),
    };
    // (b) a verb after the counted people: «95 شرطيا أصيبوا», «8 من أفراد الأمن على الأقل قتلوا»,
    // «1300 إسرائيلي قتلوا», «العشرات أصيبوا», «12 مدنيا، بينهم 5 أطفال، قتلوا»
    if kind.is_none() {
        // a word the table does not know: only right after the number, the verb close after it
        let plain = n1.is_some_and(|j| {
            let t = &toks[j];
            j == pb + 1 && !after_prep && (t.cls == Cls::Word && t.lex.is_none() && !t.w.starts_with("ان") || trig(t.lex).is_some_and(|x| x.1 == Form::Verb) && !has_conj(t))
        });
        let starts = plain || n1.is_some_and(|j| matches!(toks[j].lex, Some(Lex::Group(..) | Lex::Others)) || matches!(toks[j].w.as_str(), "من" | "علي"));
        if starts {
            let j0 = n1?;
            // (an unknown noun with «من» after it reads on: «11 عنصرا من قوات النظام قتلوا»)
            let of = toks.get(j0 + 1).is_some_and(|t| t.w == "من");
            let mut end = s1.min(j0 + if plain && !of { 4 } else { 9 });
            let mut j = j0;
            while j < end {
                let t = &toks[j];
                // a parenthesis «، بينهم خمسة أطفال،» is skipped
                if t.cls == Cls::Punct(',') && toks.get(j + 1).is_some_and(|n| SUBSET.contains(&n.bare())) {
                    if let Some(c) = (j + 2..s1.min(j + 14)).find(|&k| toks[k].cls == Cls::Punct(',')) {
                        end = s1.min(c + 4);
                        j = c + 1;
                        continue;
                    }
                }
                if t.is_clause_end() || t.cls == Cls::Num || matches!(t.lex, Some(Lex::Cue(_))) {
                    break;
                }
                // «20 مدنيا وأصيب ...»: a verb after و starts a new clause
                if j > j0 && has_conj(t) && trig(t.lex).is_some_and(|x| x.1 == Form::Verb) {
                    break;
                }
                match trig(t.lex) {
                    Some((k, Form::Verb | Form::After)) => {
                        if !status::negated(toks, j0, j) {
                            kind = Some((k, j, true));
                        }
                        break;
                    }
                    // «3 مواطنين مصابين»
                    Some((k, Form::Counted)) if j == j0 + 1 && !t.def || t.def && toks[j - 1].bare() == "بين" => {
                        kind = Some((k, j, true));
                        break;
                    }
                    Some(_) => break,
                    None => {}
                }
                j += 1;
            }
        }
    }
    // (c) a trigger before it: «مقتل 5», «اعتقلت في المجمل 7939», «ارتفع عدد القتلى إلى 50»,
    // «ارتفع عدد قتلى التصعيد منذ مطلع العام إلى 345»
    if kind.is_none() && (!after_prep || toll_ok) {
        let mut seen = 0;
        let mut j = q0;
        while j > s0 && seen < if toll_ok { 10 } else { 6 } {
            j -= 1;
            let t = &toks[j];
            if t.is_quote() {
                continue;
            }
            seen += 1;
            if t.is_clause_end() || matches!(t.lex, Some(Lex::Cue(_))) || is_num(toks, j, s1) {
                break;
            }
            if let Some((k, f)) = trig(t.lex) {
                let ok = match f {
                    Form::Verb | Form::Event | Form::After => true,
                    Form::NeedsAla => toks.get(j + 1).is_some_and(|n| n.w == "علي"),
                    Form::Counted => t.def || seen == 1 || toll_ok && toks[j - 1].lex == Some(Lex::Toll),
                    Form::Dual => false,
                };
                if ok && !status::negated(toks, s0, j) {
                    kind = Some((k, j, false));
                }
                break;
            }
        }
    }
    // «5 من القتلى»
    if kind.is_none() {
        kind = of_counted(true);
    }
    // (d) part of the figure before it («2670 قتيلا، بينهم 724 طفلا») or more of the
    // same («نقلت 80 جريحا وعالجت 140 آخرين»)
    if let (None, Some(last)) = (kind, prev.last()) {
        let others = n1.is_some_and(|j| toks[j].lex == Some(Lex::Others));
        if others && !after_prep || pj.is_some_and(|j| SUBSET.contains(&toks[j].bare())) {
            kind = Some((last.kind, q0, false));
        }
    }
    // (e) coordinated with the figure before it: «مقتل 18 من عناصر الأمن و26 من المسلحين»
    if kind.is_none() && !after_prep {
        let waw = pj.is_some_and(|j| toks[j].w == "و") || (p.pre > 0 && toks[p.a].w.starts_with('و'));
        if let (true, Some(last)) = (waw, prev.last()) {
            let back = pj.unwrap_or(q0);
            let near = (back.saturating_sub(8)..back).rev().take_while(|&j| j >= s0).find(|&j| is_num(toks, j, s1));
            if near.is_some_and(|j| j >= last.pa && j <= last.pb) {
                kind = Some((last.kind, last.a.min(q0), false));
            }
        }
    }
    let (kind, ti, trig_after) = kind?;
    // hostages, not arrests: «40 شخصا محتجزين لدى العصابة»
    let held_by = |j: usize| toks[j].w == "لدي" && matches!(toks.get(j + 1).and_then(|t| t.lex), Some(Lex::Group(Victims::Attackers, _)));
    if kind == Kind::Arrested && (ti + 1..s1.min(ti + 3)).any(held_by) {
        return None;
    }
    // killed and injured together: «23 ضحية بين قتيل وجريح», «مصرع وإصابة 15 شخصا»
    let both = |j: usize, f: Option<Form>| trig(toks.get(j).and_then(|t| t.lex)).is_some_and(|t| t.0 != kind && f.is_none_or(|f| f == t.1));
    let between = trig_after && toks.get(ti + 1).is_some_and(|t| t.w == "بين") && (both(ti + 2, None) || both(ti + 3, None));
    if between || !trig_after && ti > s0 && has_conj(&toks[ti]) && both(ti - 1, Some(Form::Event)) {
        return None;
    }
    // the quantity and its qualifier
    // «105 قتلى على الأقل»: after a counted noun too
    let counted_after = trig_after && trig(toks[ti].lex).is_some_and(|t| t.1 == Form::Counted);
    let limit = if counted_after { ti + 4 } else if trig_after { ti } else { pb + 6 };
    let mut q = match (p.q, hi) {
        (Q::V(v), _) => Quantity::Vague(v),
        (Q::R(lo, h), _) => Quantity::Range(lo, h),
        (Q::N(lo), Some(h)) => Quantity::Range(lo, h),
        (Q::N(n), None) => match qb.map(|x| x.0) {
            Some(Before::MoreThan) => Quantity::MoreThan(n),
            Some(Before::AtLeast) => Quantity::AtLeast(n),
            Some(Before::About) => Quantity::About(n),
            Some(Before::AtMost) => Quantity::AtMost(n),
            // «وتجاوز عدد القتلى 500»
            _ if exceeds(toks, s0, q0) => Quantity::MoreThan(n),
            _ => Quantity::Exact(n),
        },
    };
    let mut b = pb.max(ti);
    if let (Quantity::Exact(n), Some((qa, end))) = (q, qualifier::after(toks, pb + 1, limit.max(pb + 1).min(s1))) {
        q = match qa {
            Before::AtLeast => Quantity::AtLeast(n),
            Before::MoreThan => Quantity::MoreThan(n),
            _ => Quantity::About(n),
        };
        b = b.max(end);
    }
    // who was counted
    let counted = trig_after && trig(toks[ti].lex).is_some_and(|t| t.1 == Form::Counted);
    let vlimit = if counted { ti + 5 } else if trig_after { ti + 1 } else { pb + 7 };
    let mut v = victims::find(toks, pb + 1, vlimit.min(s1));
    // «مدنيين اثنين قتلا»: the noun before the number word
    if v == Ok(None) && (!trig_after || pj == q0.checked_sub(1) && toks[p.a].cls == Cls::Word) {
        if let Some(Lex::Group(g, _)) = pj.filter(|&j| !toks[j].def).and_then(|j| toks[j].lex) {
            v = Ok(Some(g));
        }
    }
    // «المدنيون: 9 قتلى»: the group heading a row of a toll table
    if v == Ok(None) {
        if let Some(Lex::Group(g, _)) = pj.filter(|&j| j > s0 && toks[j].cls == Cls::Punct(':')).and_then(|j| toks[j - 1].lex) {
            v = Ok(Some(g));
        }
    }
    // «ارتفعت حصيلة القتلى المدنيين إلى 185»: the group after the toll's trigger
    if v == Ok(None) && toll {
        let g = (q0.saturating_sub(12)..q0).find(|&j| j > 0 && toks[j].def && trig(toks[j - 1].lex).is_some());
        if let Some(Lex::Group(g, _)) = g.and_then(|j| toks[j].lex) {
            v = Ok(Some(g));
        }
    }
    let a = if qb.is_some_and(|x| !matches!(x.0, Before::From)) { q0 } else { p.a }.min(ti);
    // a bare count takes the group of the clause it continues («وجرح 317»), a counted noun does not
    let named = trig_after || n1.is_some_and(|j| toks[j].w == "من");
    let victims = match v {
        Ok(None) if named => Some(Victims::People),
        v => v.unwrap_or(None),
    };
    let sub = pj.is_some_and(|j| SUBSET.contains(&toks[j].bare()));
    Some(Raw { kind, q, victims, a, b, pa: p.a, pb, pre: p.pre, sub })
}

/// «وتجاوز عدد القتلى 500»: a toll that exceeds the number at `q0`.
fn exceeds(toks: &[Tok], s0: usize, q0: usize) -> bool {
    (q0.saturating_sub(4).max(s0)..q0).any(|j| {
        [toks[j].bare(), toks[j].w.as_str()].iter().any(|w| matches!(*w, "تجاوز" | "تجاوزت" | "يتجاوز" | "تخطي" | "تخطت" | "فاق" | "فاقت")) && toks.get(j + 1).is_some_and(|t| t.lex == Some(Lex::Toll))
    })
}

/// A figure told by a word, not a number: «قُتل متظاهر» (1), «مقتل شرطيين» (2), «قتيلين» (2).
fn word_figure(toks: &[Tok], s0: usize, s1: usize, i: usize) -> Option<Raw> {
    // «حالتي وفاة», «حالتين من الإصابة»: the dual of «حالة» counts 2
    if matches!(toks[i].bare(), "حالتي" | "حالتين" | "حالتان") && !status::negated(toks, s0, i) {
        let j = if toks.get(i + 1).is_some_and(|t| t.w == "من") { i + 2 } else { i + 1 };
        if let Some((k, Form::Event | Form::Counted)) = trig(toks.get(j).filter(|_| j < s1).and_then(|t| t.lex)) {
            let q = Quantity::Exact(2);
            return Some(Raw { kind: k, q, victims: Some(Victims::People), a: i, b: j, pa: i, pb: i, pre: 0, sub: false });
        }
    }
    let (k, f) = trig(toks[i].lex)?;
    let raw = |n: u64, v: Victims, a: usize, b: usize, pa: usize| Raw {
        kind: k,
        q: Quantity::Exact(n),
        victims: Some(v),
        a,
        b,
        pa,
        pb: b,
        pre: 0,
        sub: false,
    };
    if status::negated(toks, s0, i) {
        return None;
    }
    // «أن أمين شرطة أصيب»: an indefinite subject between «أن» and its singular (or dual) verb
    // («أن شابا (22 عاما) قتل»: a parenthesis before the verb is skipped)
    let e = (i > s0 && toks[i - 1].cls == Cls::Punct(')')).then(|| (i.saturating_sub(7).max(s0)..i - 1).rev().find(|&k| toks[k].cls == Cls::Punct('('))).flatten().unwrap_or(i);
    if f == Form::Verb && !toks[i].w.ends_with("وا") {
        if let Some(k) = (e.saturating_sub(4).max(s0)..e.saturating_sub(1)).rev().find(|&k| matches!(toks[k].bare(), "ان" | "بان")) {
            let np = &toks[k + 1..e];
            let plain = np.iter().all(|t| t.cls == Cls::Word && !t.def && !matches!(t.lex, Some(Lex::Trig(..) | Lex::Others | Lex::Cue(_) | Lex::Thing | Lex::Prep)));
            let g = np.iter().find_map(|t| match t.lex {
                Some(Lex::Group(v, n)) => Some((v, n)),
                _ => None,
            });
            if let Some((v, _)) = g.filter(|g| plain && !(g.1 == 0 && np[0].lex.is_some())) {
                let n = if toks[i].w.ends_with('ا') { 2 } else { 1 };
                return Some(raw(n, v, k + 1, i, k + 1));
            }
        }
    }
    match f {
        Form::Dual => {
            let before = prev_sig(toks, i, s0).is_some_and(|j| is_num(toks, j, s1));
            let v = victims::find(toks, i + 1, (i + 5).min(s1)).ok().flatten().unwrap_or(Victims::People);
            (!before).then(|| raw(2, v, i, i, i))
        }
        Form::Verb | Form::Event | Form::NeedsAla => {
            let mut g = next_sig(toks, i + 1, s1)?;
            if f == Form::NeedsAla {
                if toks[g].w != "علي" {
                    return None;
                }
                g = next_sig(toks, g + 1, s1)?;
            }
            // «وقتل في الهجوم جندي»: a place or cause between the verb and its subject
            if f == Form::Verb && toks[g].lex == Some(Lex::Prep) && toks.get(g + 1).is_some_and(|t| t.w.starts_with("ال") && matches!(t.lex, None | Some(Lex::Thing))) && g + 2 < s1 {
                g += 2;
            }
            let Some(Lex::Group(v, n @ 1..=2)) = toks[g].lex else { return None };
            if toks[g].def {
                return None;
            }
            // «شخصا واحدا» / «شخصين اثنين»: the number word belongs to the noun
            let mut b = g;
            if let Some(j) = next_sig(toks, g + 1, s1) {
                if matches!(toks[j].w.as_str(), "واحد" | "واحدا" | "واحده" | "اثنين" | "اثنان" | "اثنتين" | "اثنتان") {
                    b = j;
                } else if is_num(toks, j, s1) {
                    return None;
                }
            }
            let mut r = raw(n as u64, v, i, b, g);
            if let Some((qa, end)) = qualifier::after(toks, b + 1, (b + 4).min(s1)) {
                r.q = if qa == Before::AtLeast { Quantity::AtLeast(n as u64) } else { Quantity::About(n as u64) };
                r.b = end;
            }
            Some(r)
        }
        _ => None,
    }
}

/// Every figure in `doc`, in text order, repeats dropped.
pub fn run(article: &str, doc: &Doc, reported: Option<String>) -> Vec<Figure> {
    let toks = &doc.toks;
    let mut out: Vec<Figure> = Vec::new();
    let mut seen = Seen::default();
    let mut dropped = Vec::new();
    // the sources named so far, for back-references («الوزير», «المصدر ذاته»)
    let mut named: Vec<(String, crate::figure::Claimant)> = Vec::new();
    for (si, &(s0, s1)) in doc.sents.iter().enumerate() {
        let mut raws: Vec<Raw> = Vec::new();
        let mut i = s0;
        while i < s1 {
            if matches!(toks[i].cls, Cls::Num | Cls::Word) {
                // «تجاوز عدد المعتقلين الألف»: a number word with ال after an exceeding toll
                let p = number::read(toks, i, s1).or_else(|| exceeds(toks, s0, i).then(|| number::read_def(toks, i, s1)).flatten());
                if let Some(p) = p {
                    let mut next = p.b + 1;
                    if let Some(r) = number_figure(toks, s0, s1, p, &raws) {
                        next = next.max(r.pb + 1);
                        raws.push(r);
                    }
                    i = next;
                    continue;
                }
            }
            if let Some(r) = word_figure(toks, s0, s1, i) {
                i = r.pb.max(i) + 1;
                raws.push(r);
                continue;
            }
            i += 1;
        }
        if raws.is_empty() {
            continue;
        }
        let (t0, t1) = trim(toks, s0, s1);
        let sentence = doc.slice(doc.orig_start(toks[t0].s), doc.orig_end(toks[t1].e)).trim().to_string();
        let mut group = None;
        for r in raws {
            let mut victims = r.victims.or(group).unwrap_or(Victims::People);
            // security forces make arrests: an arrest count does not take their group
            if r.victims.is_none() && r.kind == Kind::Arrested && victims == Victims::SecurityForces {
                victims = Victims::People;
            }
            if !r.sub {
                group = Some(victims);
            }
            let st = status::of(toks, s0, s1, r.a);
            let (min, max) = r.q.bounds();
            let key = (r.kind, r.q.qualifier(), r.q.value(), min, max, victims, st);
            let (slot, new) = seen.insert(&out, key);
            let claimant = claimant::find(doc, si, r.a, r.b, r.kind).map(|c| {
                let (n, c) = claimant::resolve(c, &named);
                if named.last().is_none_or(|l| l.0 != n) {
                    named.push((n, c.clone()));
                }
                c
            });
            // the same numbers from two different sources are two figures
            let two = !new && matches!((&out[seen.slots[slot] - 1].claimant, &claimant), (Some(x), Some(y)) if x.label != y.label || x.label == "Other" && x.text != y.text);
            if !new && !two {
                // a repeat: kept once, where the text says who reported it (the body, not the headline)
                let old = seen.slots[slot] - 1;
                if out[old].claimant.is_some() || claimant.is_none() {
                    continue;
                }
                dropped.push(old);
                seen.slots[slot] = out.len() + 1;
            }
            out.push(Figure {
                article: article.to_string(),
                kind: r.kind,
                qualifier: key.1,
                value: key.2,
                min,
                max,
                vague: r.q.vague(),
                phrase: doc.slice_toks(r.pa, r.pb, r.pre).to_string(),
                victims,
                claimant,
                reported: reported.clone(),
                status: st,
                start: doc.orig_start(toks[r.a].s),
                end: doc.orig_end(toks[r.b].e),
                sentence: sentence.clone(),
            });
        }
    }
    let mut keep = vec![true; out.len()];
    for i in dropped {
        keep[i] = false;
    }
    let mut k = keep.into_iter();
    out.retain(|_| k.next().unwrap_or(true));
    // In text order. A figure's span lies inside its sentence and the figures
    // come sentence by sentence, so only figures of one sentence can be out of
    // order: an insertion sort (stable) is linear here, and much less code in
    // the page than `sort_by_key`.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && (out[j - 1].start, out[j - 1].end) > (out[j].start, out[j].end) {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// What makes two figures one: the same figure repeated (headline and body).
type Key = (Kind, Qualifier, u64, Option<u64>, Option<u64>, Victims, Status);

fn key(f: &Figure) -> Key {
    (f.kind, f.qualifier, f.value, f.min, f.max, f.victims, f.status)
}

/// The keys of the figures given so far: a minimal open-addressing hash set of
/// indices into the output. Not `std::collections::HashSet`, which costs the
/// web page about 1.7 KB gzipped; not a scan of every earlier figure either,
/// which would make a text with many figures quadratic.
#[derive(Default)]
struct Seen {
    /// 1 + the index in the output of the figure in each slot (0: empty);
    /// a power of two long, at most half full.
    slots: Vec<usize>,
}

impl Seen {
    /// The slot of `k` and whether `k` is new; if new, it is recorded as the key of the figure about to be pushed to `out`.
    fn insert(&mut self, out: &[Figure], k: Key) -> (usize, bool) {
        if 2 * (out.len() + 1) > self.slots.len() {
            // grow, and place the figures again (of a replaced repeat, the later wins)
            self.slots = vec![0; 4 * self.slots.len().max(4)];
            for (i, f) in out.iter().enumerate() {
                let s = self.slot(out, key(f));
                self.slots[s] = i + 1;
            }
        }
        let s = self.slot(out, k);
        let new = self.slots[s] == 0;
        if new {
            self.slots[s] = out.len() + 1;
        }
        (s, new)
    }

    /// The slot that holds `k`, or the empty slot where it goes. The hash
    /// takes the fields that vary most; the rest only cost a probe.
    fn slot(&self, out: &[Figure], k: Key) -> usize {
        let h = (k.2 ^ k.4.unwrap_or(0).rotate_left(32) ^ (k.0 as u64) << 61).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mask = self.slots.len() - 1;
        let mut s = (h >> 32) as usize & mask;
        while self.slots[s] != 0 && key(&out[self.slots[s] - 1]) != k {
            s = (s + 1) & mask;
        }
        s
    }
}

/// The sentence's first and last tokens that are not line breaks.
fn trim(toks: &[Tok], s0: usize, s1: usize) -> (usize, usize) {
    let a = (s0..s1).find(|&j| toks[j].cls != Cls::Break).unwrap_or(s0);
    let b = (a..s1).rev().find(|&j| toks[j].cls != Cls::Break).unwrap_or(a);
    (a, b)
}
