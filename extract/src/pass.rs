//! The pass that runs the phases over an article: sentence by sentence, the
//! candidate rules ([`super::rules`]) find the figures; each gets its
//! attributes (the group of the clause it continues, status, claimant with
//! back-references resolved, the day its report names or else the day the
//! same source's last report named or the publication date); a sentence that
//! rejects «these numbers» denies the figures of the sentence before, one that
//! rejects a named source's numbers or those passed round online denies
//! theirs, however far back;
//! [`super::dedup`] keeps a repeated figure once and puts them in text order.

use super::dedup::{self, Dedup};
use super::rules;
use super::tokenise::{Cls, Doc, Tok};
use super::status::Rejected;
use super::{claimant, dates, lexicon, status, victims};
use crate::date::Date;
use crate::figure::{Figure, Kind, Quantity, Status, Victims};

/// Every figure in `doc`, in text order, repeats dropped.
// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
pub fn run(article: &str, doc: &Doc, reported: Option<String>) -> Vec<Figure> {
    let toks = &doc.toks;
    let mut out: Vec<Figure> = Vec::new();
    let mut dedup = Dedup::default();
    // where the headline ends: the front matter's, its lines short and without a full stop
    // at their end (the outlet, the date, the headline, a deck), before the body's first
    // paragraph
    let headline_end = front_matter_end(toks);
    // the sources named so far, for back-references («الوزير», «المصدر ذاته»)
    let mut named: Vec<(String, crate::figure::Claimant)> = Vec::new();
    // the day the last source's report named: its next figures that name no
    // day of their own («وأضافت أن ...», «وقالت الجمعية إن ...») share it
    let mut said: Option<(String, String)> = None;
    // every source's last day, for a source named again after another's report:
    // «... بحسب ما أفادت وكالة أنباء الصين الجديدة أمس. وكانت السلطات قد أعلنت ...
    // وأوضحت الوكالة أن ...»
    let mut days: Vec<(String, String)> = Vec::new();
    // the figures the previous sentence added (indices into `out`), which a
    // sentence that rejects «this number» denies
    let mut last: (usize, Vec<usize>) = (usize::MAX, Vec::new());
    // the kind the sentence before counted last, for a toll that names none
    // («وقالت الوزارة إن الحصيلة ارتفعت بذلك إلى 25»: `rules::bare_toll`)
    let mut counted = None;
    // a roundup's or timeline's day heading («السبت 14 فبراير» on a line of its own): the
    // day of what follows it that names none, until the next heading
    let mut section: Option<String> = None;
    // a "read also" block: links to other stories, whose figures are not this one's
    let mut links = Links::Off;
    for (si, &(s0, s1)) in doc.sents.iter().enumerate() {
        if links.skips(toks, s0, s1) {
            continue;
        }
        // (in the body: the front matter's date line is the page's, not a section's)
        let body = headline_end.is_none_or(|e| s0 > e);
        if let Some(d) = reported.as_deref().filter(|_| body).and_then(|p| dates::heading_day(toks, s0, s1, p)) {
            section = Some(d);
            said = None;
            continue;
        }
        let raws = rules::candidates(toks, s0, s1, counted);
        // (bodies counted by a dual in construct too: «انتشال جثتي طفلين»)
        counted = (s0..s1).rev().find_map(|j| lexicon::trig(toks[j].lex).map(|t| t.0).or_else(|| toks[j].bare().starts_with("جثت").then_some(Kind::Killed)));
        let rejection = status::rejected(toks, s0, s1);
        let asks = |(a, b): (usize, usize)| b > a && b - a <= 5 && toks[b - 1].cls == Cls::Punct('?');
        // (of the kind it names, «رقم القتلى الذي أعلنته اللجنة», or of the kinds the
        // denial gives numbers of, if it does: «نفى الرقم الذي أعلنته اللجنة، مؤكدا أن
        // عدد الموقوفين لم يتجاوز 14»)
        // (but «الأرقام التي أعلنتها الوزارة», all of a source's numbers, are rejected whatever
        // the denial counts itself: «ووصفت الأرقام التي أعلنتها وزارة الصحة بأنها "مفبركة"،
        // مؤكدة أن مسيّراتها "قتلت عشرات من عناصر الجيش"»)
        let own: Vec<Kind> = match &rejection {
            Some(Rejected::Source { kind: Some(k), .. }) => vec![*k],
            Some(Rejected::Source { one: false, .. }) => Vec::new(),
            _ => raws.iter().map(|r| r.kind).collect(),
        };
        let theirs = |f: &Figure, who: &str| f.claimant.as_ref().is_some_and(|c| claimant::same_source(c, who)) && (own.is_empty() || own.contains(&f.kind));
        // a denial of numbers given before: the sentence before's, a named source's
        // (only the last, if it names one), the pages'
        let denied: Vec<usize> = match &rejection {
            // (over a short question with no figure: «تداولت حسابات أن عدد القتلى تجاوز 30. ما ردكم؟»)
            Some(Rejected::Before) if last.0.wrapping_add(1) == si || last.0.wrapping_add(2) == si && asks(doc.sents[si - 1]) => last.1.clone(),
            Some(Rejected::Source { who, one, .. }) => {
                let mut theirs = (0..out.len()).filter(|&k| theirs(&out[k], who));
                if *one { theirs.next_back().into_iter().collect() } else { theirs.collect() }
            }
            Some(Rejected::Rumours) => (0..out.len()).filter(|&k| out[k].claimant.as_ref().is_some_and(claimant::passed_round)).collect(),
            Some(Rejected::LastTwo) => {
                let mut who: Vec<&str> = Vec::new();
                for f in out.iter().rev().take(16) {
                    if let Some(c) = &f.claimant {
                        if !who.contains(&c.text.as_str()) && who.len() < 2 {
                            who.push(&c.text);
                        }
                    }
                }
                (0..out.len()).filter(|&k| out[k].claimant.as_ref().is_some_and(|c| who.contains(&c.text.as_str()))).collect()
            }
            _ => Vec::new(),
        };
        for k in denied {
            if out[k].status == Status::Asserted {
                out[k].status = Status::Denied;
            }
        }
        if raws.is_empty() {
            // (a source named without a figure may be referred back to: «صرح مصدر عسكري ...
            // بأن ...» before «وأوضح المصدر أن ... مقتل أربعة»)
            if let Some(c) = claimant::named_in(doc, si) {
                let (n, c) = claimant::resolve(c, &named);
                if named.last().is_none_or(|l| l.0 != n) {
                    named.push((n, c));
                }
            }
            continue;
        }
        last = (si, Vec::new());
        // where the sentence rejects a source's numbers, which it may have given before that
        // («قال المرصد إن عدد القتلى يتراوح بين 7 و9، غير أن الوزير رفض أرقام المرصد»)
        let rejects_at = matches!(rejection, Some(Rejected::Source { .. })).then(|| (s0..s1).find(|&j| status::rejects(&toks[j]))).flatten();
        let (t0, t1) = trim(toks, s0, s1);
        let sentence = doc.slice(doc.orig_start(toks[t0].s), doc.orig_end(toks[t1].e)).trim().to_string();
        let mut group = None;
        for r in raws {
            // («وإصابة زميلين له»: a dual of colleagues, of the group just counted)
            let colleagues = r.victims == Some(Victims::People) && (r.a.min(r.pa)..=r.b.max(r.pb)).any(|k| victims::colleagues(&toks[k]));
            let mut victims = if colleagues { group } else { r.victims }.or(group).unwrap_or(Victims::People);
            // security forces make arrests: an arrest count does not take their group
            if r.victims.is_none() && r.kind == Kind::Arrested && victims == Victims::SecurityForces {
                victims = Victims::People;
            }
            // (one child or civilian told by a noun gives a bare count after it no group: «وفاة فتى
            // وإصابة 7» are seven people, not seven boys; one of a force's, his comrades are)
            let one_of_many = r.q == Quantity::Exact(1) && matches!(r.victims, Some(Victims::Children | Victims::Civilians));
            if !r.sub && !one_of_many {
                group = Some(victims);
            }
            let prev_denies = si > 0 && status::denies(toks, doc.sents[si - 1].0, doc.sents[si - 1].1);
            let status = match r.corrected {
                Some(st) => st,
                None if status::hearsay_denied(toks, s0, r.a, prev_denies) => Status::Denied,
                None if status::none_recorded(toks, r.kind, r.pb.max(r.b), s1) => Status::Denied,
                None => status::of(toks, s0, s1, r.a),
            };
            // a correction («وليس 90 كما ذكرنا سابقا») corrects the same number given
            // earlier in the article, if there is one (looked for among the last 64 figures)
            if r.corrected.is_some() {
                let same = |f: &&mut Figure| f.kind == r.kind && f.value == r.q.value() && f.status == Status::Asserted;
                if let Some(f) = out.iter_mut().rev().take(64).find(same) {
                    f.status = status;
                    continue;
                }
            }
            let (min, max) = r.q.bounds();
            // (a cue between a far trigger and the number names the source: «عدد الجرحى وفق بيان الهيئة بلغ 45»)
            // a number denied as others' («وليس 16 كما ذكرت بعض المواقع») is claimed by those others
            let found = match r.given_by {
                Some(span) if status == Status::Denied => Some(claimant::claimant(doc, (span.0, span.1, 0))),
                // «نفى ... ما تردد على صفحات التواصل حول وفاة 11»: the pages said it
                // («وأن ما يُتداول في بعض مجموعات "واتساب" عن وفاة 3 أطفال "لا أساس له"»: the
                // groups, before the one who denied it)
                _ if status == Status::Denied && claimant::passed_round_before(doc, s0, r.a.min(r.pa)) => claimant::rumour(doc, s0, r.a.min(r.pa)).or_else(|| claimant::find(doc, si, r.a.max(r.pa), r.b, r.kind)),
                _ if status == Status::Denied => claimant::find(doc, si, r.a.max(r.pa), r.b, r.kind).or_else(|| claimant::rumour(doc, s0, r.a.min(r.pa))),
                _ => claimant::find(doc, si, r.a.max(r.pa), r.b, r.kind).or_else(|| claimant::spread(doc, s0, r.a.min(r.pa)).then(|| claimant::rumour(doc, s0, r.a.min(r.pa))).flatten()),
            };
            let claimant = found.map(|c| {
                let (n, c) = claimant::resolve(c, &named);
                if named.last().is_none_or(|l| l.0 != n) {
                    named.push((n, c.clone()));
                }
                c
            });
            let own = reported.as_deref().and_then(|p| dates::report_day(toks, s0, (r.a.min(r.pa), r.b.max(r.pb)), s1, p));
            let who = claimant.as_ref().map(|c| c.text.as_str());
            // (the same source named again, shorter: «الشرطة» after «الشرطة الوطنية في هايتي»)
            if said.as_ref().is_some_and(|(w, _)| who.is_none_or(|who| w != who && !(who.chars().count() > 3 && w.starts_with(who)))) {
                said = None;
            }
            let day = match own {
                Some(d) => {
                    // (a day, not a background toll's month: «وفي أبريل 2023 ... بحسب الحكومة حينها»)
                    match who {
                        // (an earlier count recalled, «بعد أن كان المكتب قد أحصى 12 قتيلا مساء
                        // أمس», leaves the day of the statement that goes on)
                        Some(_) if recalled(toks, s0, r.a.min(r.pa)) => {}
                        Some(w) if Date::parse(&d).is_some() => {
                            said = Some((w.to_string(), d.clone()));
                            days.retain(|(x, _)| x != w);
                            days.push((w.to_string(), d.clone()));
                        }
                        _ => said = None,
                    }
                    Some(d)
                }
                None => said.as_ref().map(|(_, d)| d.clone()).or_else(|| who.and_then(|w| day_of(&days, w))).or_else(|| section.clone()).or_else(|| reported.clone()),
            };
            let mut f = Figure {
                article: article.to_string(),
                kind: r.kind,
                qualifier: r.q.qualifier(),
                value: r.q.value(),
                min,
                max,
                vague: r.q.vague(),
                phrase: doc.slice_toks(r.pa, r.pb, r.pre).to_string(),
                victims,
                claimant,
                reported: day,
                status,
                start: doc.orig_start(toks[r.a].s),
                end: doc.orig_end(toks[r.b].e),
                sentence: sentence.clone(),
            };
            if let (Some(Rejected::Source { who, .. }), Some(rj)) = (&rejection, rejects_at) {
                if r.b < rj && f.status == Status::Asserted && theirs(&f, who) {
                    f.status = Status::Denied;
                }
            }
            // (a headline tells the article's own event, whatever year it names)
            let past = body && reported.as_deref().is_some_and(|p| dates::past_year(toks, s0, (r.a.min(r.pa), r.b.max(r.pb)), s1, p));
            if dedup.admit(&out, dedup::key(&f), &f.claimant, &f.reported, (r.sub, past)) {
                last.1.push(out.len());
                out.push(f);
            }
        }
        contradicted(doc, si, &last.1, &mut out, &named);
        // a headline: the first line («بوركينا فاسو.. عشرات القتلى في هجوم»), before the body
        if headline_end.is_some_and(|e| s1 <= e + 1 && e + 1 < toks.len()) {
            dedup.headline = out.len();
        }
    }
    dedup.finish(&mut out);
    out
}

/// Numbers of the sentence `si` (its figures: `mine`, indices into `out`) that a source later in
/// it contradicts, denied:
/// - «نقلت وسائل إعلام عن مصادر أمنية أن عدد القتلى بلغ 13، إلا أن المتحدث قال إن "الرقم الرسمي
///   هو 11، وأي أرقام أخرى غير دقيقة"»: another source's numbers before «any other numbers»
///   called false (the speaker is the one the words are told by; the numbers of earlier
///   sentences are left as they are: references keep them);
/// - «تحدثت منشورات عن إصابة خمسة، أكد مصدر طبي أنه لم يستقبل سوى مصابين اثنين»: a larger
///   count passed round before a source's «only» fewer (not an estimate: «قدّر المعهد الوفيات
///   بنحو 1180، في حين لم تؤكد الوزارة سوى 14» tells two measures).
fn contradicted(doc: &Doc, si: usize, mine: &[usize], out: &mut [Figure], named: &[(String, crate::figure::Claimant)]) {
    let toks = &doc.toks;
    let (s0, s1) = doc.sents[si];
    if let Some(k) = (!mine.is_empty()).then(|| status::others_false(toks, s0, s1)).flatten() {
        let at = doc.orig_start(toks[k].s);
        let before: Vec<usize> = mine.iter().copied().filter(|&i| out[i].start < at).collect();
        if let Some(kind) = before.last().map(|&i| out[i].kind) {
            let speaker = claimant::find(doc, si, k, k, kind).map(|c| claimant::resolve(c, named).1);
            for i in before {
                let f = &mut out[i];
                if f.kind == kind && f.status == Status::Asserted && f.claimant.as_ref().is_some_and(|c| speaker.as_ref().is_some_and(|s| s.text != c.text)) {
                    f.status = Status::Denied;
                }
            }
        }
    }
    let only = |k: usize| toks[k].bare() == "سوي" && (k.saturating_sub(6).max(s0)..k).any(|m| toks[m].lex == Some(lexicon::Lex::Neg));
    if let Some(k) = (mine.len() >= 2).then(|| (s0 + 1..s1).find(|&k| only(k))).flatten() {
        let at = doc.orig_start(toks[k].s);
        if let Some(o) = mine.iter().copied().find(|&i| out[i].start > at) {
            let (kind, value, by) = (out[o].kind, out[o].value, out[o].claimant.clone());
            for &i in mine.iter().filter(|&&i| i != o) {
                let f = &mut out[i];
                if f.start < at && f.kind == kind && f.value > value && f.status == Status::Asserted && f.claimant.as_ref().is_some_and(claimant::passed_round) && by.is_some() && f.claimant != by {
                    f.status = Status::Denied;
                }
            }
        }
    }
}

/// Where a sentence stands in a "read also" block («اقرأ أيضاً:», «قد يهمك»,
/// «أخبار ذات صلة»): the links to other stories that follow its header, on the
/// header's line, on the line right after a bare header, or on lines that open with
/// a bullet («-», «•») after them, until a blank line or a line of the body.
#[derive(Clone, Copy, PartialEq)]
enum Links {
    Off,
    /// A header alone on its line: the next line is a link.
    Header,
    /// Inside the links: lines with a bullet are too; the one that ends at this break is.
    List(usize),
}

impl Links {
    /// Whether the sentence `toks[s0..s1]` is part of the block (and moves through it).
    fn skips(&mut self, toks: &[Tok], s0: usize, s1: usize) -> bool {
        let (t0, _) = trim(toks, s0, s1);
        let line_end = (t0..toks.len()).find(|&j| toks[j].cls == Cls::Break).unwrap_or(toks.len());
        if let Links::List(e) = *self {
            if t0 < e {
                return true;
            }
        }
        let line_start = t0 == 0 || toks[t0 - 1].cls == Cls::Break;
        if !line_start {
            return false;
        }
        let blank = t0 >= 2 && toks[t0 - 2].cls == Cls::Break;
        let bullet = matches!(toks[t0].cls, Cls::Punct('-' | '•' | '*' | '·' | '–')) || matches!(toks[t0].w.as_str(), "•" | "-" | "–" | "·");
        if let Some(h) = header(toks, t0, line_end) {
            // (the header's own line holds a link when words follow it)
            let rest = (h..line_end).any(|j| matches!(toks[j].cls, Cls::Word | Cls::Num | Cls::Latin));
            *self = if rest { Links::List(line_end) } else { Links::Header };
            return true;
        }
        let link = match *self {
            Links::Off => false,
            Links::Header => true,
            Links::List(_) => bullet && !blank,
        };
        *self = if link { Links::List(line_end) } else { Links::Off };
        link
    }
}

/// The token after a "read also" header that opens a line at `t0` (and its colon), if
/// one does: «اقرأ أيضا», «اقرأ المزيد», «إقرأ كذلك», «قد يهمك أيضا», «(أخبار|مواضيع) ذات
/// صلة», «شاهد أيضا», «طالع أيضا».
fn header(toks: &[Tok], t0: usize, end: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).filter(|_| k < end).map_or("", |t| t.bare());
    let n = match (w(t0), w(t0 + 1), w(t0 + 2)) {
        ("اقرا" | "شاهد" | "طالع", "ايضا" | "المزيد" | "كذلك", _) => 2,
        ("قد", "يهمك", "ايضا") => 3,
        ("قد", "يهمك", _) => 2,
        ("ذات", "صله", _) => 2,
        ("اخبار" | "مواضيع" | "مقالات", "ذات", "صله") => 3,
        _ => return None,
    };
    let after = t0 + n;
    Some(if toks.get(after).is_some_and(|t| after < end && matches!(t.cls, Cls::Punct(':'))) { after + 1 } else { after })
}

/// Where the front matter ends (the break after its last line): the lines before the
/// body's first paragraph, each short (at most 30 tokens) and without a full stop at its
/// end: the outlet, the date, the headline and a deck («إرم نيوز - سان سلفادور / تاريخ
/// النشر: ... / السلفادور.. اعتقال 412 شخصا ...»). None when the text opens with its body.
fn front_matter_end(toks: &[Tok]) -> Option<usize> {
    let mut end = None;
    let mut start = 0;
    for (lines, e) in toks.iter().enumerate().filter(|(_, t)| t.cls == Cls::Break).map(|(e, _)| e).enumerate() {
        if e > start && (e - start > 30 || matches!(toks[e - 1].cls, Cls::Punct('.' | '!' | '?')) || lines >= 8) {
            break;
        }
        if e > start {
            end = Some(e);
        }
        start = e + 1;
    }
    end
}

/// The last day of a source named again by a one-word back-reference (`who`, as
/// written) whose head starts the earlier name («الوكالة» for «وكالة أنباء الصين
/// الجديدة»).
fn day_of(days: &[(String, String)], who: &str) -> Option<String> {
    let head = who.strip_prefix("ال").filter(|h| !h.contains(' ') && h.chars().count() > 2);
    let same = |x: &str| head.is_some_and(|h| x.split(' ').next() == Some(h));
    days.iter().rev().find(|(x, _)| same(x)).map(|(_, d)| d.clone())
}

/// Whether the figure at `f0` is in a pluperfect clause, an earlier count recalled:
/// «كان/كانت ... قد» within a few words before it («بعد أن كان المكتب قد أحصى 12»).
fn recalled(toks: &[Tok], s0: usize, f0: usize) -> bool {
    let qad = (f0.saturating_sub(3).max(s0)..f0).rev().find(|&k| toks[k].w == "قد");
    qad.is_some_and(|q| (q.saturating_sub(6).max(s0)..q).any(|k| matches!(toks[k].w.as_str(), "كان" | "كانت" | "وكان" | "وكانت")))
}

/// The sentence's first and last tokens that are not line breaks.
fn trim(toks: &[Tok], s0: usize, s1: usize) -> (usize, usize) {
    let a = (s0..s1).find(|&j| toks[j].cls != Cls::Break).unwrap_or(s0);
    let b = (a..s1).rev().find(|&j| toks[j].cls != Cls::Break).unwrap_or(a);
    (a, b)
}
