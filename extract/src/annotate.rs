//! Phase 3, annotate: each Arabic word token gets its entry from the one
//! lexicon ([`super::lexicon`]), found after stripping clitics, and whether the
//! article ال was stripped to find it; a dual the original text marks with a
//! fatha («موظفَين») is two. After this phase the rules read tokens and their
//! entries only.

use super::lexicon::{self, Lex};
use crate::figure::Kind;
use super::tokenise::{Article, Cls, Doc, Tok};

/// Fills in each word token's lexicon entry.
// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
pub fn annotate(toks: &mut [Tok]) {
    for t in toks.iter_mut().filter(|t| t.cls == Cls::Word) {
        if let Some((l, _, d)) = lexicon::lookup_or_dual(&t.w) {
            // (a participle of saying with ال is an adjective, no cue: «الوفيات المؤكدة»,
            // «الأرقام المعلنة»)
            let adjective = d && l == Lex::Cue(lexicon::Cue::Says) && matches!(t.bare().strip_prefix("ال").and_then(|w| w.chars().next()), Some('م' | 'ق' | 'ل'));
            if !adjective {
                t.lex = Some(l);
                t.def = d;
            }
        }
    }
    // Idioms whose first word would be an arrest: «ضبط النفس» (self-restraint),
    // «دعت إلى ضبط النفس», «تعاملت بضبط النفس مع المحتجين»; «الحراسة» that is
    // no custody («سجن شديد الحراسة»); «سقط» to the ground («سقط العشرات أرضا»).
    // A charge names a crime, not a casualty: «بتهمة القتل العمد», «بتهم بينها "القتل"».
    for i in 1..toks.len() {
        // «مشتبهاً رابعاً», «مشتبه به خامس»: a suspect with an ordinal is one (the word alone
        // counts suspects: «25 مشتبهاً»), one of those the police fight
        // (not one more held, «واعتقال مشتبه ثان», which a count of the held covers)
        let held = i > 1 && matches!(toks[i - 2].lex, Some(Lex::Trig(Kind::Arrested, _)));
        if matches!(toks[i - 1].bare(), "مشتبه" | "مشتبها") && !held {
            let ordinal = |t: &Tok| t.is_in(&lexicon::ONE_MORE) || t.w.strip_suffix('ا').is_some_and(|w| lexicon::ONE_MORE.contains(&w));
            let at = if matches!(toks[i].w.as_str(), "به" | "فيه") { i + 1 } else { i };
            if toks.get(at).is_some_and(ordinal) {
                toks[i - 1].lex = Some(Lex::Group(crate::figure::Victims::Attackers, 1));
            }
        }
        // «اعتقلت مشتبهاً به», «اعتقال مشتبه به»: «him» makes the suspect one (not a count's noun,
        // «3 مشتبه بهم»)
        if matches!(toks[i - 1].bare(), "مشتبه" | "مشتبها") && toks[i].w == "به" && !(i > 1 && toks[i - 2].cls == Cls::Num) && !toks.get(i + 1).is_some_and(|t| t.is_in(&lexicon::ONE_MORE) || t.w.strip_suffix('ا').is_some_and(|w| lexicon::ONE_MORE.contains(&w))) {
            toks[i - 1].lex = Some(Lex::Group(crate::figure::Victims::People, 1));
        }
        // «تم ضبطهم», «جرى اعتقالهن», «سيتم توقيفهما»: a verbal noun with the pronoun of
        // those it took, after a verb of taking place, is their passive verb («ضبطوا»)
        if toks[i].lex.is_none() && matches!(toks[i - 1].bare(), "تم" | "يتم" | "سيتم" | "جري" | "يجري") {
            // (or one: «قبل أن يتم توقيفه»)
            let stem = ["هم", "هن", "هما", "ها", "ه"].iter().find_map(|p| toks[i].w.strip_suffix(p).and_then(lexicon::lookup));
            if let Some((Lex::Trig(k, lexicon::Form::Event | lexicon::Form::NeedsAla), ..)) = stem {
                toks[i].lex = Some(Lex::Trig(k, lexicon::Form::Verb));
            }
        }
        // «أمرت النيابة بحجز 3 أشخاص», «بحجز 3 من مسؤولي الشركة»: custody (the Gulf's word),
        // when people follow its count; goods seized are not («حجز 4 سكاكين»)
        if matches!(toks[i - 1].w.as_str(), "حجز" | "بحجز" | "وحجز") && (matches!(toks[i].cls, Cls::Num) || matches!(toks[i].w.as_str(), "اثنين" | "اثنان")) {
            let people = |k: usize| toks.get(k).is_some_and(|t| matches!(t.lex, Some(Lex::Group(..))) || t.w.starts_with("مسؤول"));
            // (or who they are, after a comma: «أمرت بحجز اثنين، هما مشرف الموقع ومشغّل الرافعة»)
            let who = toks.get(i + 1).is_some_and(|t| t.cls == Cls::Punct(',')) && toks.get(i + 2).is_some_and(|t| matches!(t.w.as_str(), "هما" | "هم"));
            if people(i + 1) || toks.get(i + 1).is_some_and(|t| t.w == "من") && people(i + 2) || who {
                toks[i - 1].lex = Some(Lex::Trig(Kind::Arrested, lexicon::Form::Event));
            }
        }
        // «تعرض عنصر من القوة الخاصة لكسر في يده», «أن أحد رجال الأمن تعرض لإصابة»: exposed to an
        // injury is injured, a verb of it
        // (or bites, stings and beatings: «تعرض 7 أشخاص لعضات ثعلب», «للسعات»)
        // (with the article too: «للإصابة», «للضرب»)
        let harm = |w: &str| matches!(w, "اصابه" | "اصابات" | "جروح" | "كسر" | "كسور" | "حروق" | "رضوض" | "طعنه" | "طعنات" | "عضات" | "عضه" | "لسعات" | "لدغات" | "لدغه" | "ضرب");
        let hurt = |t: &Tok| t.w.strip_prefix('ل').is_some_and(|w| harm(w) || w.strip_prefix('ل').is_some_and(harm));
        if matches!(toks[i - 1].bare(), "تعرض" | "تعرضت") && toks[i - 1].lex.is_none() {
            // (the injury right after the verb, or after its subject of a word or three, or a
            // count: «تعرض 7 أشخاص لعضات»)
            if let Some(j) = (i..toks.len().min(i + 5)).take_while(|&j| matches!(toks[j].cls, Cls::Word | Cls::Num)).find(|&j| hurt(&toks[j])) {
                toks[i - 1].lex = Some(Lex::Trig(Kind::Injured, lexicon::Form::Verb));
                toks[j].lex = None;
            }
        }
        // «طعن 3 أشخاص»: stabbing people (not an appeal, «طعن في الحكم») hurts them
        if toks[i].cls == Cls::Num && toks[i - 1].lex.is_none() && matches!(toks[i - 1].bare(), "طعن" | "بطعن") && toks.get(i + 1).is_some_and(|t| matches!(t.lex, Some(Lex::Group(..)))) {
            toks[i - 1].lex = Some(Lex::Trig(Kind::Injured, lexicon::Form::Event));
        }
        // «تحييد 37 إرهابياً وأسر 5 آخرين»: «أسر» before a count, right after the attackers a
        // force counted, is their capture, held (elsewhere «أسر» is also families, and the
        // lexicon reads it as taken away)
        let after_attackers = i >= 2 && matches!(toks[i - 2].lex, Some(Lex::Group(crate::figure::Victims::Attackers, _)));
        if toks[i].cls == Cls::Num && toks[i - 1].w == "واسر" && after_attackers {
            toks[i - 1].lex = Some(Lex::Trig(Kind::Arrested, lexicon::Form::Event));
        }
        // («الحبس سنة مع إيقاف التنفيذ»: a suspended sentence, no arrest)
        if matches!(toks[i].w.as_str(), "النفس" | "التنفيذ") && matches!(toks[i - 1].lex, Some(Lex::Trig(Kind::Arrested, _))) {
            toks[i - 1].lex = None;
        }
        // «11 حالة سقوط أطفال من النوافذ»: cases of falling, not of the fallen
        if toks[i].bare() == "سقوط" && matches!(toks[i - 1].bare(), "حاله" | "حالات") {
            toks[i].lex = None;
        }
        // «رأيت 6 أشخاص يسقطون شهداء»: falling as the dead or the hurt is a verb of that kind
        if matches!(toks[i - 1].bare(), "يسقطون" | "يسقطن" | "تسقط" | "يسقط") && toks[i - 1].lex.is_none() {
            if let Some((k, lexicon::Form::Counted)) = lexicon::trig(toks[i].lex) {
                toks[i - 1].lex = Some(Lex::Trig(k, lexicon::Form::Verb));
            }
        }
        // «وسقط العشرات أرضا»: fell to the ground
        if toks[i].w == "ارضا" {
            if let Some(k) = (i.saturating_sub(4)..i).find(|&k| matches!(toks[k].bare(), "سقط" | "سقطوا" | "سقوط")) {
                toks[k].lex = None;
            }
        }
        // «التي راح ضحيتها 135 شخصا»: those it took as its victims, dead
        if matches!(toks[i].bare(), "ضحيتها" | "ضحيته" | "ضحيتهم") && matches!(toks[i - 1].bare(), "راح" | "ذهب") {
            toks[i - 1].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Verb));
        }
        // «مذكرات توقيف بحق 8 أشخاص», «أوامر التوقيف شملت 35 شخصاً»: warrants, not arrests
        // (not «أمرت ... بتوقيف», an order carried out)
        let warrants = |t: &Tok| matches!(t.bare().no_al(), "مذكره" | "مذكرات" | "مذكرتي" | "مذكرتين") || matches!(t.bare(), "اوامر" | "وامر");
        if matches!(toks[i].lex, Some(Lex::Trig(Kind::Arrested, _))) && !toks[i].w.starts_with('ب') && warrants(&toks[i - 1]) {
            toks[i].lex = None;
        }
        // «100 أردني يفقدون حياتهم», «فقد 5 أشخاص حياتهم»: a verb of losing one's life is one
        // of dying (up to 4 words before the life)
        // (as written too: «فقد» is no «ف» + «قد» here)
        let lost = |k: usize| [toks[k].w.as_str(), toks[k].bare()].iter().any(|w| matches!(*w, "فقد" | "فقدوا" | "فقدت" | "يفقد" | "يفقدون" | "تفقد" | "فقدا"));
        if matches!(toks[i].bare(), "حياتهم" | "حياته" | "حياتها" | "حياتهما" | "ارواحهم" | "حياتهن") {
            if let Some(k) = (i.saturating_sub(4)..i).rev().take_while(|&k| !toks[k].is_clause_end()).find(|&k| lost(k)) {
                toks[k].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Verb));
            }
        }
        // «حصدت حياة شخصين», «تحصد أرواح 5»: lives reaped are the dead
        // (the verb up to 4 words back: «حصدت قبل هذه المذبحة حياة شخصين»)
        let reaped = |k: usize| matches!(toks[k].bare(), "حصد" | "حصدت" | "يحصد" | "تحصد");
        let reaps = reaped(i - 1) && toks[i - 1].lex.is_none();
        if matches!(toks[i].bare(), "حياه" | "ارواح") && (i.saturating_sub(4)..i).rev().take_while(|&k| !toks[k].is_clause_end()).any(reaped) {
            toks[i].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Event));
        }
        // «كانت الطرق تحصد نحو 250 شخصاً سنوياً»: people reaped, over a qualifier, are the dead
        // (not a harvest: «حصد 3 ميداليات»)
        if reaps {
            let num = (i..toks.len().min(i + 3)).find(|&k| toks[k].cls == Cls::Num);
            if num.and_then(|k| toks.get(k + 1)).is_some_and(|t| matches!(t.lex, Some(Lex::Group(..)))) {
                toks[i - 1].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Verb));
            }
        }
        // «إعدامات ميدانية بحق 47 مدنياً»: executions in the field are killings (a court's
        // «الإعدام» is a sentence, which `filters::sentenced` reads)
        if matches!(toks[i].w.as_str(), "ميدانيه" | "ميداني" | "ميدانيا") && matches!(toks[i - 1].bare().trim_start_matches('ب').no_al(), "اعدام" | "اعدامات" | "تصفيه" | "تصفيات") && toks[i - 1].lex.is_none() {
            toks[i - 1].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Event));
        }
        // «مستشفى شهداء الأقصى», «ساحة الشهداء», «كتائب شهداء الأقصى»: the martyrs a place or a
        // group is named after are no count
        let named_place = |t: &Tok| matches!(t.bare().trim_start_matches(['ب', 'ل']).no_al(), "مستشفي" | "مجمع" | "ساحه" | "ميدان" | "مقبره" | "مسجد" | "مدرسه" | "شارع" | "دوار" | "جسر" | "حي" | "مخيم" | "كتيبه" | "كتائب" | "لواء" | "سرايا");
        let martyrs = match toks[i].w.as_str() {
            "شهداء" | "شهيد" => toks.get(i + 1).is_some_and(|n| n.w.starts_with("ال") && n.cls == Cls::Word),
            "الشهداء" | "الشهيد" => true,
            _ => false,
        };
        if martyrs && named_place(&toks[i - 1]) && toks[i - 1].cls == Cls::Word {
            toks[i].lex = None;
        }
        // «تعرضوا لحوادث غرق»: an incident of drowning tells no one died («حادث غرق» names
        // the accident, whose dead are counted by their own words)
        // (nor does a near-drowning, «شبه غرق»)
        if toks[i].bare() == "غرق" && matches!(toks[i - 1].bare().trim_start_matches('ل'), "حادث" | "حوادث" | "الحادث" | "الحوادث" | "شبه") {
            toks[i].lex = None;
        }
        // «تحت الحراسة النظرية» is custody; «سجن شديد الحراسة» (a high-security prison) is not
        // («تحت تدبير الحراسة النظرية», as the Moroccan police write it)
        let under = toks[i - 1].w == "تحت" || i > 1 && toks[i - 1].w == "تدبير" && toks[i - 2].w == "تحت";
        if toks[i].w == "الحراسه" && !under && toks.get(i + 1).is_none_or(|n| n.w != "النظريه") {
            toks[i].lex = None;
        }
        // «وُضع مالك المنزل رهن تدابير الحراسة النظرية», «وضعت عناصر الدرك "علام" السربة ومساعده
        // تحت تدابير الحراسة النظرية»: put in custody, the verb one of arrest, before those it held
        // (the word as written: «وضع» is no «و» + «ضع»)
        let put = |t: &Tok| matches!(t.w.as_str(), "وضع" | "وضعت" | "ووضع" | "ووضعت" | "بوضع") && t.lex.is_none();
        if toks[i].w == "الحراسه" && toks.get(i + 1).is_some_and(|n| n.w == "النظريه") {
            let held_at = (i.saturating_sub(3)..i).rev().find(|&j| matches!(toks[j].w.as_str(), "تحت" | "رهن"));
            if let Some(v) = held_at.and_then(|h| (h.saturating_sub(10)..h).rev().take_while(|&j| !toks[j].is_clause_end() || toks[j].cls == Cls::Punct('"')).find(|&j| put(&toks[j]))) {
                toks[v].lex = Some(Lex::Trig(Kind::Arrested, lexicon::Form::Verb));
            }
        }
        // «قررت النيابة متابعة 7 من الموقوفين في حالة اعتقال»: prosecuted in detention (the
        // Moroccan courts' words), those held; «في حالة سراح» are prosecuted free
        let detained = |j: usize| toks[j].w == "حاله" && toks[j - 1].w == "في" && toks.get(j + 1).is_some_and(|n| n.w == "اعتقال");
        if matches!(toks[i].bare(), "متابعه" | "بمتابعه") && toks[i].lex.is_none() && (i + 2..toks.len().min(i + 7)).take_while(|&j| !toks[j].is_clause_end()).any(detained) {
            toks[i].lex = Some(Lex::Trig(Kind::Arrested, lexicon::Form::Event));
        }
        // «فردوا عليه وأردوه قتيلا», «أرداها قتيلة»: felled one dead, the verb's pronoun one
        // (two, «فأرداهما قتيلتين», the dual noun counts)
        let felled = |t: &Tok| ["ارداه", "اردوه", "ارداها", "اردوها", "ارديه"].iter().any(|v| t.w.trim_start_matches(['و', 'ف']) == *v);
        if matches!(toks[i].w.as_str(), "قتيلا" | "قتيله") && felled(&toks[i - 1]) {
            toks[i - 1].lex = Some(Lex::Trig(Kind::Killed, lexicon::Form::Verb));
            toks[i].lex = Some(Lex::Group(crate::figure::Victims::People, 1));
        }
        // «لا يزال 12 محتجزين تحت الملاحظة»: kept in hospital under observation, patients
        if matches!(toks[i].lex, Some(Lex::Trig(Kind::Arrested, lexicon::Form::Counted))) && toks.get(i + 1).is_some_and(|n| n.w == "تحت") && toks.get(i + 2).is_some_and(|n| n.w == "الملاحظه") {
            toks[i].lex = Some(Lex::Trig(Kind::Injured, lexicon::Form::Counted));
        }
        if matches!(toks[i].lex, Some(Lex::Trig(..))) {
            let charge = |t: &Tok| matches!(t.bare(), "تهمه" | "بتهمه" | "تهم" | "بتهم" | "تهمتي" | "بتهمتي");
            // (but a count after it is of the dead the charge names: «تهم قتل 5 أشخاص عمدا»)
            let counted = toks.get(i + 1).is_some_and(|t| t.cls == Cls::Num);
            if (i.saturating_sub(3)..i).any(|k| charge(&toks[k])) && !counted {
                toks[i].lex = None;
            }
        }
    }
    detentions_called_abductions(toks);
}

/// Yemen's press calls the Houthis' detentions «اختطاف» (and their detainees
/// «المختطفين»): in an article that names the Houthis, those words count arrests
/// («جماعة الحوثي اختطفت ما لا يقل عن 140 شخصاً», «عدد المختطفين تجاوز 300»).
/// Elsewhere an abduction by gunmen or bandits is no arrest, and no figure.
fn detentions_called_abductions(toks: &mut [Tok]) {
    let houthi = |t: &Tok| t.cls == Cls::Word && (t.bare().starts_with("الحوثي") || t.bare().starts_with("حوثي"));
    if !toks.iter().any(houthi) {
        return;
    }
    for t in toks.iter_mut().filter(|t| t.cls == Cls::Word) {
        // (with the pronoun of those it took: «عدد من اختطفتهم الجماعة تجاوز 40 شخصاً»)
        let w = t.bare().no_al();
        let w = w.strip_suffix("هم").filter(|v| v.starts_with("اختطف")).map_or(w, |v| v.strip_suffix('و').unwrap_or(v));
        let form = match w {
            "اختطف" | "اختطفت" | "اختطفوا" | "يختطف" | "تختطف" | "يختطفون" => lexicon::Form::Verb,
            "اختطاف" | "اختطافات" => lexicon::Form::Event,
            "مختطف" | "مختطفا" | "مختطفين" | "مختطفون" => lexicon::Form::Counted,
            _ => continue,
        };
        t.def = t.bare().starts_with("ال");
        t.lex = Some(Lex::Trig(Kind::Arrested, form));
    }
}

impl<'a> Doc<'a> {
    /// The whole front end: normalise, tokenise, annotate.
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut d = Doc::tokenise(text);
        annotate(&mut d.toks);
        d.marked_duals();
        d.marked_accusatives();
        d
    }

    /// The original text's tanween on a word's last «ا» (after it or on the letter before),
    /// which folding drops: [`Tok::nunated`].
    fn marked_accusatives(&mut self) {
        const TANWEEN: char = '\u{64b}';
        let char_at = |d: &Self, o: usize| d.bytes.get(o + 1).and_then(|&e| d.text.get(d.bytes[o]..e)).and_then(|c| c.chars().next());
        for k in 0..self.toks.len() {
            let t = &self.toks[k];
            if t.cls != Cls::Word || !t.w.ends_with('ا') {
                continue;
            }
            let Some(&oi) = self.map.get(t.e - 1) else { continue };
            let marked = char_at(self, oi + 1) == Some(TANWEEN) || oi > 0 && char_at(self, oi - 1) == Some(TANWEEN);
            self.toks[k].nunated = marked;
        }
    }

    /// A dual the text marks with a fatha before its ending, «موظفَين», «فنيَّي صيانة»,
    /// «منظمَيه», where the plural would take a kasra: two people (of the group the word's
    /// plural names, else people). The folded text has lost the marks; the original keeps them.
    fn marked_duals(&mut self) {
        for k in 0..self.toks.len() {
            let t = &self.toks[k];
            if t.cls != Cls::Word || !matches!(t.lex, None | Some(Lex::Group(_, 0))) || t.w.chars().count() < 4 {
                continue;
            }
            // the folded index of the ending's «ي»: «ين», «ي» (construct), «يه»/«يها» (a pronoun)
            let back = if t.w.ends_with("ين") || t.w.ends_with("يه") { 2 } else if t.w.ends_with("يها") { 3 } else if t.w.ends_with('ي') { 1 } else { continue };
            let Some(&oi) = self.map.get(t.e - back) else { continue };
            // (over a shadda on the letter before: «فنيَّين», its marks in either order)
            let mark = |o: usize| o > 0 && self.text.get(self.bytes[o - 1]..self.bytes[o]) == Some("\u{64e}");
            let shadda = |o: usize| o > 0 && self.text.get(self.bytes[o - 1]..self.bytes[o]) == Some("\u{651}");
            let fatha = mark(oi) || shadda(oi) && mark(oi - 1);
            // (a number word after it says so itself: «المتهمَين الاثنين», «ومنتسبَين اثنين»)
            let said = self.toks.get(k + 1).is_some_and(|n| lexicon::ONE_TWO.contains(&n.w.as_str()) || matches!(n.w.as_str(), "الاثنين" | "الاثنان"));
            if fatha && !said {
                let v = match t.lex {
                    Some(Lex::Group(v, 0)) => v,
                    _ => crate::figure::Victims::People,
                };
                self.toks[k].lex = Some(Lex::Group(v, 2));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lex;

    #[test]
    fn words_get_their_entries_numbers_do_not() {
        let d = Doc::new("وقتل 5 بالسيارات");
        assert!(matches!(d.toks[0].lex, Some(Lex::Trig(..))));
        assert_eq!(d.toks[1].lex, None);
        assert_eq!((d.toks[2].lex, d.toks[2].def), (Some(Lex::Thing), true));
    }

    #[test]
    fn a_dual_marked_with_a_fatha_is_two() {
        use crate::figure::Victims;
        // (over a shadda on the letter before, in either order: «فنيَّين», «فنيَّي»)
        let d2 = Doc::new("فني\u{651}\u{64e}ين فني\u{64e}\u{651}ي");
        assert_eq!(d2.toks[0].lex, Some(Lex::Group(Victims::People, 2)));
        assert_eq!(d2.toks[1].lex, Some(Lex::Group(Victims::People, 2)));
        let d = Doc::new("إصابة موظفَين وموظفِين ومنتسبَين اثنين");
        assert_eq!(d.toks[1].lex, Some(Lex::Group(Victims::People, 2)));
        // (a kasra marks the plural; a number word after it says so itself)
        assert_eq!(d.toks[2].lex, None);
        assert_eq!(d.toks[3].lex, Some(Lex::Group(Victims::SecurityForces, 0)));
    }

    #[test]
    fn put_in_custody_is_a_verb_of_arrest() {
        let d = Doc::new("وُضع مالك المنزل رهن تدابير الحراسة النظرية");
        assert_eq!(d.toks[0].lex, Some(Lex::Trig(Kind::Arrested, lexicon::Form::Verb)));
        // (not put anywhere else: «وضع حجر الأساس»)
        let d = Doc::new("وضع الوزير حجر الأساس");
        assert_eq!(d.toks[0].lex, None);
    }

    #[test]
    fn exposed_to_an_injury_is_a_verb_of_injury() {
        let d = Doc::new("تعرض عنصر لكسر في يده");
        assert_eq!(d.toks[0].lex, Some(Lex::Trig(Kind::Injured, lexicon::Form::Verb)));
        assert_eq!(d.toks[2].lex, None);
        // (not exposed to what hurts no one: «تعرض المبنى لأضرار»)
        let d = Doc::new("تعرض المبنى لأضرار");
        assert_eq!(d.toks[0].lex, None);
    }

    #[test]
    fn a_suspect_told_by_him_is_one() {
        use crate::figure::Victims;
        let d = Doc::new("اعتقلت مشتبهاً به و3 مشتبه بهم");
        assert_eq!(d.toks[1].lex, Some(Lex::Group(Victims::People, 1)));
        assert_eq!(d.toks[5].lex, Some(Lex::Group(Victims::People, 0)));
    }

    #[test]
    fn the_accusative_tanween_is_kept_from_the_original() {
        let d = Doc::new("ممرضاً ممرضًا ممرضا ممرض");
        let marked: Vec<bool> = d.toks.iter().map(|t| t.nunated).collect();
        assert_eq!(marked, [true, true, false, false]);
    }

    #[test]
    fn a_feminine_dual_is_two_of_its_singular() {
        use crate::figure::Victims;
        let d = Doc::new("وفاة تلميذتين وإصابة الطفلتين وساعتين");
        assert_eq!(d.toks[1].lex, Some(Lex::Group(Victims::Children, 2)));
        assert_eq!((d.toks[3].lex, d.toks[3].def), (Some(Lex::Group(Victims::Children, 2)), true));
        // (two of a thing are things: «ساعتين», two hours)
        assert_eq!(d.toks[4].lex, Some(Lex::Thing));
    }
}
