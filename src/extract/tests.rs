//! Whole-pass tests on Arabic sentences written for them (not from the seeds):
//! other countries, events and dialect spellings.

use super::*;
use crate::figure::{Kind, Qualifier, Status, Vague, Victims};

fn run(s: &str) -> Vec<Figure> {
    extract("t", s, &Options { published: Some("2023-05-04".into()) })
}

/// `(kind, qualifier, value)` of each figure.
fn kqv(s: &str) -> Vec<(Kind, Qualifier, u64)> {
    run(s).into_iter().map(|f| (f.kind, f.qualifier, f.value)).collect()
}

fn victims(s: &str) -> Vec<Victims> {
    run(s).into_iter().map(|f| f.victims).collect()
}

fn labels(s: &str) -> Vec<Option<String>> {
    run(s).into_iter().map(|f| f.claimant.map(|c| c.label)).collect()
}

use Kind::*;
use Qualifier::*;

#[test]
fn triggers_before_and_after_the_number() {
    assert_eq!(kqv("قتل 5 أشخاص في هجوم على سوق شعبي"), [(Killed, Exact, 5)]);
    assert_eq!(kqv("ولقي ثمانية أشخاص مصرعهم في حادث سير"), [(Killed, Exact, 8)]);
    assert_eq!(kqv("وتوفي 4 من المصابين متأثرين بجراحهم"), [(Killed, Exact, 4)]);
    assert_eq!(kqv("أسفر الانفجار عن 12 قتيلا و30 جريحا"), [(Killed, Exact, 12), (Injured, Exact, 30)]);
    assert_eq!(kqv("وأصيب 17 شخصا بجروح طفيفة"), [(Injured, Exact, 17)]);
    assert_eq!(kqv("ارتفعت حصيلة ضحايا الفيضانات إلى 250 قتيلا"), [(Killed, Exact, 250)]);
    assert_eq!(kqv("وبلغ عدد المعتقلين 1500 منذ بداية الاحتجاجات"), [(Arrested, Exact, 1500)]);
    assert_eq!(kqv("قالت الشرطة إنها ألقت القبض على 12 مشتبها به"), [(Arrested, Exact, 12)]);
    assert_eq!(kqv("وأعلن الجيش القضاء على 30 إرهابيا"), [(Killed, Exact, 30)]);
    assert_eq!(kqv("وأوقفت قوات الدرك 45 شابا في الجزائر العاصمة"), [(Arrested, Exact, 45)]);
    assert_eq!(kqv("سجلت المستشفيات 9 حالات وفاة"), [(Killed, Exact, 9)]);
}

#[test]
fn one_trigger_governs_several_numbers() {
    let got = run("أعلنت السلطات مقتل 18 من عناصر الأمن و26 من المسلحين");
    let v: Vec<_> = got.iter().map(|f| (f.kind, f.value, f.victims)).collect();
    assert_eq!(v, [(Killed, 18, Victims::SecurityForces), (Killed, 26, Victims::Attackers)]);
    assert_eq!(
        kqv("أسفر الهجوم عن استشهاد 4 مدنيين وإصابة 11 آخرين"),
        [(Killed, Exact, 4), (Injured, Exact, 11)]
    );
}

#[test]
fn singular_and_dual_nouns_count() {
    assert_eq!(kqv("قُتل متظاهر وأصيب شرطيان خلال المواجهات"), [(Killed, Exact, 1), (Injured, Exact, 2)]);
    assert_eq!(kqv("أسفرت الاشتباكات عن سقوط قتيلين"), [(Killed, Exact, 2)]);
    assert_eq!(kqv("وتم اعتقال صحفي واحد على الأقل"), [(Arrested, AtLeast, 1)]);
    assert_eq!(kqv("وتوفي طفلان غرقا"), [(Killed, Exact, 2)]);
    // a definite noun names someone, it does not count
    assert_eq!(kqv("واعتقل الصحفي المعروف أمس"), []);
}

#[test]
fn qualifiers() {
    assert_eq!(kqv("وأصيب أكثر من 1,200 شخص"), [(Injured, MoreThan, 1200)]);
    assert_eq!(kqv("واعتقلت الشرطة ما يزيد على ألفي متظاهر"), [(Arrested, MoreThan, 2000)]);
    assert_eq!(kqv("وأفادت منظمة باعتقال ما لا يقل عن مئة وخمسة وثلاثين ناشطا"), [(Arrested, AtLeast, 135)]);
    assert_eq!(kqv("قتل 7 جنود على الأقل"), [(Killed, AtLeast, 7)]);
    assert_eq!(kqv("وأوقفت الشرطة نحو 300 شخص في 12 مدينة"), [(Arrested, About, 300)]);
    assert_eq!(kqv("وجُرح حوالى ٤٠ شخصاً"), [(Injured, About, 40)]);
    assert_eq!(kqv("وقتل قرابة خمسين مدنيا"), [(Killed, About, 50)]);
    assert_eq!(kqv("وقتل زهاء ۲۰ شخصا"), [(Killed, About, 20)]);
    assert_eq!(kqv("وأصيب ما يقارب 60 شخصا"), [(Injured, About, 60)]);
    assert_eq!(kqv("وقالت إن عدد الموقوفين لا يتجاوز 12"), [(Arrested, AtMost, 12)]);
    let r = run("وقتل ما بين 10 و15 مدنيا في القصف");
    assert_eq!((r[0].qualifier, r[0].min, r[0].max, r[0].phrase.as_str()), (Range, Some(10), Some(15), "10 و15"));
}

#[test]
fn vague_quantities() {
    let r = run("خلفت المعارك مئات القتلى");
    assert_eq!((r[0].qualifier, r[0].vague, r[0].value), (Vague, Some(Vague::Hundreds), 100));
    let r = run("واعتقلت السلطات عشرات الآلاف من المعارضين");
    assert_eq!(r[0].vague, Some(Vague::TensOfThousands));
    let r = run("وأصيب العشرات بجروح");
    assert_eq!((r[0].kind, r[0].vague), (Injured, Some(Vague::Tens)));
    // «بضعة» (three to nine) is below the vague classes: a range, as is «بضعة عشر»
    let r = run("وأصيب بضعة أشخاص");
    assert_eq!((r[0].qualifier, r[0].min, r[0].max, r[0].value), (Range, Some(3), Some(9), 3));
    let r = run("واعتقلت الشرطة بضعة عشر طالبا");
    assert_eq!((r[0].kind, r[0].min, r[0].max), (Arrested, Some(13), Some(19)));
}

#[test]
fn victims_groups() {
    assert_eq!(victims("قتل 3 جنود، وأصيب 7 آخرون"), [Victims::SecurityForces, Victims::SecurityForces]);
    assert_eq!(victims("وقال مصدر إن ثلاثة متظاهرين لقوا حتفهم وأصيب 40 آخرون"), [Victims::Protesters; 2]);
    assert_eq!(victims("وقتل 6 أطفال"), [Victims::Children]);
    assert_eq!(victims("واعتقلت السلطات 4 صحفيين"), [Victims::Journalists]);
    assert_eq!(victims("وأصيب 9 مدنيين"), [Victims::Civilians]);
    assert_eq!(victims("وأصيب 3 من أعوان الأمن"), [Victims::SecurityForces]);
    assert_eq!(victims("وقتل 3 في اشتباكات بين المتظاهرين والشرطة"), [Victims::People]);
}

#[test]
fn claimants() {
    assert_eq!(labels("وقال مصدر طبي إن 7 أشخاص قتلوا"), [Some("Medical sources".into())]);
    assert_eq!(labels("وأصيب أكثر من 100 شخص بحسب الهلال الأحمر"), [Some("Red Crescent".into())]);
    assert_eq!(labels("ارتفعت الحصيلة إلى 250 قتيلا، وفق الدفاع المدني"), [Some("Civil Defence".into())]);
    assert_eq!(labels("وأعلنت وزارة الداخلية التونسية إيقاف 14 شخصا. وقال الرئيس إن البلاد آمنة."), [Some("Interior Ministry".into())]);
    assert_eq!(labels("ولقي ثمانية أشخاص مصرعهم في حادث سير."), [None]);
}

#[test]
fn status_and_negation() {
    let r = run("ونفت الشرطة ما تردد عن مقتل 5 محتجين");
    assert_eq!(r[0].status, Status::Denied);
    let r = run("وسحبت الوكالة خبرا أفاد بمقتل 40 شخصا وقالت إنه نشر بسبب خطأ تقني");
    assert_eq!(r[0].status, Status::Retracted);
    assert_eq!(kqv("ولم تسفر المواجهات عن سقوط جرحى"), []);
    assert_eq!(kqv("ولم يُقتل أي شخص في الحادث"), []);
}

#[test]
fn not_figures() {
    for s in [
        "وشارك في المظاهرة نحو 20 ألف متظاهر في 15 مدينة",
        "وذكرت قناة \"العربية 24\" أن الحريق أتى على 40 منزلا خلال ساعتين",
        "وأحرق المحتجون 37 سيارة و120 متجرا",
        "ويبلغ عدد سكان المدينة 1,8 مليون نسمة",
        "وقع الهجوم يوم 3 مارس 2023 الساعة 10:30",
        "وتعود الاحتجاجات إلى عام 2019",
        "وارتفعت الأسعار بنسبة 30 في المئة",
        "ونشر مقطعا عن مقتل المتظاهرين https://t.co/Ab12cd pic.twitter.com/x9Yz7",
        "ونقل الجرحى إلى 3 مستشفيات",
    ] {
        assert_eq!(kqv(s), [], "{s}");
    }
}

#[test]
fn offsets_point_into_the_text_as_stored() {
    let text = "\u{200F}قُتِلَ  ثَلاثَةُ أشخاص، وجُرِحَ ١٢ آخَرون.";
    let r = run(text);
    assert_eq!(r.len(), 2);
    let chars: Vec<char> = text.chars().collect();
    let span = |f: &Figure| chars[f.start..f.end].iter().collect::<String>();
    assert!(span(&r[0]).contains("ثَلاثَةُ"), "{}", span(&r[0]));
    assert_eq!(r[0].phrase, "ثَلاثَةُ");
    assert_eq!(r[1].phrase, "١٢");
    assert!(span(&r[1]).contains("١٢"));
    assert!(r[0].start < r[1].start, "text order");
    assert_eq!(r[1].sentence, "قُتِلَ  ثَلاثَةُ أشخاص، وجُرِحَ ١٢ آخَرون.");
}

#[test]
fn a_repeated_headline_is_one_figure() {
    let t = "مقتل 12 متظاهرا في بغداد\n\nقُتل 12 متظاهرا في بغداد خلال مواجهات مع الشرطة.";
    assert_eq!(run(t).len(), 1);
}

#[test]
fn reported_date_follows_the_publication_date() {
    let r = extract("t", "قال الوزير اليوم الخميس إن 5 أشخاص قتلوا. وكان ذلك بعد أحداث الثلاثاء 2 مايو 2023.", &Options::default());
    assert_eq!(r[0].reported.as_deref(), Some("2023-05-04"));
    let r = extract("t", "قتل 5 أشخاص.", &Options::default());
    assert_eq!(r[0].reported, None);
}

/// Pieces random text is made of: letters, digits of all three families,
/// punctuation, marks, and the words the rules look for.
const PIECES: &[&str] = &[
    "قتل", "مقتل", "قتلى", "قتيلين", "أصيب", "جرحى", "بجروح", "اعتقال", "معتقل", "القبض", "على", "القضاء",
    "لقوا", "حتفهم", "أكثر", "من", "نحو", "ما", "لا", "يقل", "عن", "بين", "و", "إلى", "عشرات", "الآلاف", "آلاف",
    "ألف", "مليون", "ثلاثة", "عشر", "مئة", "وخمسة", "اثني", "شخصا", "متظاهرين", "شرطي", "آخرون", "قال", "بحسب",
    "وزارة", "الداخلية", "نفت", "سحبت", "لم", "اليوم", "الخميس", "أمس", "يناير", "كانون", "الثاني", "2022", "5",
    "١٢", "۳۴", "18,000", "1,8", "٬", "٫", "،", ".", "؟", "\n", "«", "»", "“", "”", "\"", ":", "(", ")", "-", "/",
    "\u{064E}", "\u{0640}", "\u{200F}", "\u{00A0}", "https://t.co/x1", "date", "ا", "ب", "ة", "ى", "أ", " ", " ", " ",
];

/// A small seeded PRNG (xorshift) so the big test is the same every run.
fn xorshift(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn random_text(seed: u64, bytes: usize) -> String {
    let mut s = seed.max(1);
    let mut out = String::with_capacity(bytes + 64);
    while out.len() < bytes {
        let r = xorshift(&mut s);
        if r.is_multiple_of(7) {
            // a random char, anywhere in the BMP's letters and marks
            out.push(char::from_u32(0x0600 + (r >> 8) as u32 % 0x100).unwrap_or('x'));
        } else {
            out.push_str(PIECES[(r >> 16) as usize % PIECES.len()]);
        }
        if r.is_multiple_of(3) {
            out.push(' ');
        }
    }
    out
}

fn check_invariants(text: &str, figs: &[Figure]) {
    let n = text.chars().count();
    let mut last = 0;
    for f in figs {
        assert!(f.start < f.end && f.end <= n, "{} {} {}", f.start, f.end, n);
        assert!(f.start >= last, "text order");
        last = f.start;
        let q = crate::figure::Quantity::of(f);
        assert_eq!((q.value(), q.bounds()), (f.value, (f.min, f.max)));
    }
}

#[test]
fn a_megabyte_of_random_text_does_not_panic() {
    let text = random_text(0x9E37_79B9_7F4A_7C15, 1 << 20);
    let figs = extract("rnd", &text, &Options::default());
    check_invariants(&text, &figs);
    assert!(!figs.is_empty());
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_string_is_safe(s in "\\PC{0,400}") {
            let figs = extract("p", &s, &Options::default());
            check_invariants(&s, &figs);
        }

        #[test]
        fn any_mix_of_arabic_pieces_is_safe(idx in proptest::collection::vec(0usize..PIECES.len(), 0..600), seed in any::<u64>()) {
            let mut s: String = idx.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(if seed % 2 == 0 { " " } else { "" });
            s.push_str(&random_text(seed, (seed % 5000) as usize));
            let figs = extract("p", &s, &Options { published: None });
            check_invariants(&s, &figs);
            let _ = publication_date(&s, None);
        }
    }
}

#[test]
fn harder_sentences() {
    assert_eq!(
        kqv("وقالت الوزارة إن عدد الضحايا ارتفع إلى 38 ألفا و345 قتيلا"),
        [(Killed, Exact, 38_345)]
    );
    // a release is not an arrest
    assert_eq!(kqv("وأفرجت السلطات عن 200 معتقل"), []);
    // «وأصيب» starts a new clause: the 20 were killed
    assert_eq!(
        kqv("وقتل أكثر من 20 مدنيا وأصيب العشرات جراء القصف"),
        [(Killed, MoreThan, 20), (Injured, Vague, 10)]
    );
    // Egyptian passive
    assert_eq!(kqv("واتقبض على 9 شباب في المظاهرة"), [(Arrested, Exact, 9)]);
    assert_eq!(labels("وفي السودان قتل 4 مدنيين، وفق ما أفادت لجان المقاومة"), [Some("Other".into())]);
    assert_eq!(run("قتل 4 مدنيين، وفق ما أفادت لجان المقاومة")[0].claimant.as_ref().unwrap().text, "لجان المقاومة");
}

#[test]
fn counts_with_a_noun_the_table_does_not_know() {
    // a nationality or other noun between the number and its verb
    assert_eq!(kqv("وقالت السلطات إن 40 سائحا قتلوا في الانهيار"), [(Killed, Exact, 40)]);
    // a vague quantity right before its verb
    assert_eq!(kqv("وأكد الأطباء أن المئات أصيبوا بالاختناق"), [(Injured, Vague, 100)]);
    // a verbal noun counted after the number, and a noun with an adjective after it
    assert_eq!(kqv("وسجلت البلاد أكثر من 900 وفاة"), [(Killed, MoreThan, 900)]);
    assert_eq!(kqv("ونقل المسعفون أربعة عمال مصابين إلى المستشفى"), [(Injured, Exact, 4)]);
    // but not a channel name before «أن»
    assert_eq!(kqv("وقال لقناة “الحدث 24” أن 7 جنود أصيبوا"), [(Injured, Exact, 7)]);
    // «ضبط» with people, not with guns
    assert_eq!(kqv("وتمكنت الشرطة من ضبط 6 متهمين و3 بنادق"), [(Arrested, Exact, 6)]);
}

#[test]
fn parts_and_more_of_the_figure_before() {
    let got = run("وقتل 90 شخصا، بينهم 31 طفلا و12 سيدة، في القصف، وأصيب 200 آخرون");
    let v: Vec<_> = got.iter().map(|f| (f.kind, f.value, f.victims)).collect();
    assert_eq!(
        v,
        [(Killed, 90, Victims::People), (Killed, 31, Victims::Children), (Killed, 12, Victims::People), (Injured, 200, Victims::People)]
    );
    // «آخرين» with no trigger of its own: more of the same kind
    assert_eq!(kqv("وأسعفت الفرق 25 جريحا ونقلت 60 آخرين إلى المستشفيات"), [(Injured, Exact, 25), (Injured, Exact, 60)]);
    // the verb after a parenthesis
    assert_eq!(kqv("وأفادت المصادر أن 9 أشخاص، بينهم ثلاثة أطفال، توفوا"), [(Killed, Exact, 9), (Killed, Exact, 3)]);
}

#[test]
fn ages_are_not_counts() {
    assert_eq!(kqv("واعتقلت الشرطة 20 طالبا تتراوح أعمارهم بين 16 و19 عاما"), [(Arrested, Exact, 20)]);
    assert_eq!(kqv("وأوقف الأمن ما بين 12 و18 سنة من العمر"), []);
}

#[test]
fn victims_of_tolls_counts_and_arrests() {
    // the group after the toll's trigger
    assert_eq!(victims("وارتفع عدد القتلى الأطفال في المدينة إلى 44"), [Victims::Children]);
    // a counted noun names its own group, it does not take the clause's
    assert_eq!(victims("قتل 6 جنود، وبلغ عدد الجرحى 70 جريحا"), [Victims::SecurityForces, Victims::People]);
    // the noun before a number word
    assert_eq!(victims("وقالت الوزارة إن شرطيين اثنين أصيبا"), [Victims::SecurityForces]);
    // security forces make arrests
    assert_eq!(victims("قتل 3 جنود واعتقلت قوات الأمن بعدها 50"), [Victims::SecurityForces, Victims::People]);
    // forces, possessives, construct forms
    assert_eq!(victims("وأصيب 15 عنصرا من القوات الخاصة"), [Victims::SecurityForces]);
    assert_eq!(victims("وأعلنت الحركة مقتل 7 من مسلحي التنظيم"), [Victims::Attackers]);
}

#[test]
fn a_headline_repeated_in_the_body_is_kept_where_it_is_attributed() {
    let t = "مقتل 27 شخصا في انهيار منجم\n\nأعلنت وزارة الداخلية مقتل 27 شخصا في انهيار منجم للفحم.";
    let got = run(t);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].claimant.as_ref().map(|c| c.label.as_str()), Some("Interior Ministry"));
    assert!(got[0].start > t.chars().position(|c| c == '\n').unwrap());
}

#[test]
fn a_range_of_numbers_that_look_like_years() {
    assert_eq!(kqv("وأفادت الوزارة بإصابة ما بين 1950 و2100 شخص"), [(Range, 1950)].map(|(q, v)| (Injured, q, v)));
    assert_eq!(kqv("وقعت الحرب بين 1975 و1990 في لبنان"), []);
}

#[test]
fn second_pass_numbers_and_nouns() {
    // «نيف و» and «ونيف»: more than
    assert_eq!(kqv("وقتل الجيش نيفا وثلاثين متمردا"), [(Killed, MoreThan, 30)]);
    assert_eq!(kqv("واعتقلت الشرطة عشرين ونيفا من الطلاب"), [(Arrested, MoreThan, 20)]);
    assert_eq!(kqv("وأعلنت القوات أنها قضت على نيف وعشرين مسلحا"), [(Killed, MoreThan, 20)]);
    // a qualified number in the years' range is a count
    assert_eq!(kqv("واعتقلت السلطات نحو 2000 معارض منذ الصيف"), [(Arrested, About, 2000)]);
    // possessive group words, «في صفوف» after a counted noun, pilgrims
    assert_eq!(victims("وأعلنت الوزارة إصابة 14 عنصرا من عناصرها"), [Victims::SecurityForces]);
    assert_eq!(victims("وسقط 9 جرحى في صفوف المحتجين"), [Victims::Protesters]);
    assert_eq!(victims("ومقتل 12 عنصرا من ميليشيا مسلحة"), [Victims::Attackers]);
    assert_eq!(kqv("وكان 40 حاجا من مصر بين الضحايا"), [(Killed, Exact, 40)]);
    assert_eq!(kqv("وارتفع عدد قتلاه في المعارك إلى 85"), [(Killed, Exact, 85)]);
}

#[test]
fn second_pass_not_figures() {
    // missing, rescued, still under the rubble, warrants
    assert_eq!(kqv("قتل 20 شخصا في الفيضانات وعشرات المفقودين"), [(Killed, Exact, 20)]);
    assert_eq!(kqv("وقتل 30 شخصا فيما لا يزال 12 آخرون مفقودين"), [(Killed, Exact, 30)]);
    assert_eq!(kqv("قتل 8 أشخاص، وأنقذت الفرق 15 آخرين"), [(Killed, Exact, 8)]);
    assert_eq!(kqv("وأصيب 6 جنود، و4 آخرين ما زالوا تحت الأنقاض"), [(Injured, Exact, 6)]);
    assert_eq!(kqv("اعتقلت الشرطة 7 أشخاص وصدرت أوامر قبض بحق ثلاثة آخرين"), [(Arrested, Exact, 7)]);
    assert_eq!(kqv("وتضرر 5 محلا تجاريا"), []);
}

#[test]
fn second_pass_attribution() {
    // «للدفاع المدني», «للأمن الوطني»: the label reads through لل
    assert_eq!(labels("وقالت المديرية العامة للدفاع المدني إن 4 أشخاص قتلوا"), [Some("Civil Defence".into())]);
    assert_eq!(labels("وأعلنت منظمة أطباء بلا حدود أن 30 جريحا وصلوا"), [Some("MSF".into())]);
    // «بحسب بيان أصدرته ...»
    assert_eq!(labels("اعتقل 11 شخصا في الجيزة، بحسب بيان أصدرته وزارة الداخلية"), [Some("Interior Ministry".into())]);
    // «نقل» without «عن» carries the wounded, it names no source
    assert_eq!(labels("قال الهلال الأحمر إن فرقه نقلت 25 جريحا"), [Some("Red Crescent".into())]);
    // the subject before «أفادت ... بأنها»
    let r = run("لكن منظمة الصحة العالمية أفادت بأنها أحصت 60 قتيلا");
    assert_eq!(r[0].claimant.as_ref().map(|c| c.label.as_str()), Some("WHO"));
    // a back-reference takes the earlier full name
    let r = run("وقال مكتب الأمم المتحدة إن 40 مدنيا قتلوا. وأوضح المكتب أن 70 آخرين أصيبوا.");
    assert_eq!(r[1].claimant.as_ref().map(|c| c.label.as_str()), Some("United Nations"));
    let r = run("أعلنت المديرية العامة للأمن الوطني إصابة 5 شرطيين. وأضاف المصدر ذاته أن 9 أشخاص أوقفوا.");
    assert_eq!(r[1].claimant.as_ref().map(|c| c.label.as_str()), Some("Police"));
    // two sources with the same numbers are two figures
    assert_eq!(run("قالت الشرطة إن 3 أشخاص قتلوا. وقال مصدر طبي إن 3 أشخاص قتلوا.").len(), 2);
    // withdrawn by deleting and apologising
    let r = run("ونشرت الصفحة أن 50 طالبا اعتقلوا قبل أن تحذف المنشور وتعتذر");
    assert_eq!(r[0].status, Status::Retracted);
}

#[test]
fn second_pass_dates() {
    let d = |s: &str| extract("t", s, &Options::default()).first().and_then(|f| f.reported.clone());
    // an ordinal day with its year
    assert_eq!(d("قتل 4 أشخاص يوم الجمعة الحادي والعشرين من يوليو 2023"), Some("2023-07-21".into()));
    // a dated weekday in the lead; the weekday named later is the event before it
    assert_eq!(d("أعلن الجيش، السبت 4 مارس 2023، مقتل 6 جنود في هجوم وقع مساء الخميس"), Some("2023-03-04".into()));
    // an ordinal day without its year is an event («منذ السابع من أكتوبر»)
    assert_eq!(d(" date 2023-10\nقتل 9 أشخاص منذ السابع من أكتوبر، وقالت الوزارة اليوم الأحد ..."), Some("2023-10".into()));
}

#[test]
fn indefinite_subject_before_its_verb() {
    assert_eq!(kqv("وذكرت الشرطة أن ضابط مرور أصيب بجروح خطيرة"), [(Injured, Exact, 1)]);
    assert_eq!(victims("وأكد المصدر أن مجند أمن قتل في الاشتباك"), [Victims::SecurityForces]);
    assert_eq!(kqv("وقال شهود إن متظاهرَين اثنين أصيبا"), [(Injured, Exact, 2)]);
    // a plural verb, a definite subject or a thing: no count
    assert_eq!(kqv("وأكد أن جنودا قتلوا"), []);
    assert_eq!(kqv("وقال إن الضابط أصيب"), []);
}

#[test]
fn third_pass_army_and_police_wording() {
    // «تحييد» / «حيّد»: army communiqués for killed fighters
    assert_eq!(kqv("وقال الجيش النيجري إنه حيّد 14 مسلحا قرب الحدود"), [(Killed, Exact, 14)]);
    assert_eq!(kqv("وأسفرت الغارات عن تحييد أكثر من 60 إرهابيا"), [(Killed, MoreThan, 60)]);
    // «سقط» / «سقوط» with people
    assert_eq!(kqv("وسقط خمسة من أفراد الحرس خلال الاشتباك"), [(Killed, Exact, 5)]);
    assert_eq!(kqv("وأكدت الوزارة سقوط جنديين اثنين في الكمين"), [(Killed, Exact, 2)]);
    assert_eq!(kqv("وأعلن الدفاع المدني سقوط 3 قذائف على الحي"), []);
    // «ضبطت» as an arrest of people, not of vehicles
    assert_eq!(kqv("وضبطت دوريات الأمن 19 شخصا من المطلوبين"), [(Arrested, Exact, 19)]);
    assert_eq!(kqv("وضبطت الشرطة 40 دراجة نارية و12 مخالفة"), []);
    // gangs are attackers, «الثوار» protesters
    assert_eq!(victims("وقتلت الشرطة 8 من أفراد العصابات في الحي"), [Victims::Attackers]);
    assert_eq!(victims("وأصيب 30 من الثوار في الموكب"), [Victims::Protesters]);
}

#[test]
fn third_pass_a_number_in_brackets() {
    assert_eq!(kqv("وأعلنت البعثة مقتل (212) شخصا خلال شهر واحد"), [(Killed, Exact, 212)]);
    assert_eq!(kqv("وأصيب (14) جنديا في الانفجار"), [(Injured, Exact, 14)]);
    assert_eq!(kqv("قتيل واحد (1) في المدينة"), [(Killed, Exact, 1)]);
}

#[test]
fn third_pass_at_least_after_the_counted_noun() {
    assert_eq!(kqv("وارتفعت الحصيلة إلى 64 قتيلا على الأقل"), [(Killed, AtLeast, 64)]);
    assert_eq!(kqv("وخلف الهجوم 7 قتلى و20 جريحا على الأقل"), [(Killed, Exact, 7), (Injured, AtLeast, 20)]);
}

#[test]
fn third_pass_attribution_and_table_rows() {
    // a known source heading a live-blog line before a colon
    assert_eq!(labels("12:20\nالدفاع المدني: انتشال 6 جثث من تحت الأنقاض"), [Some("Civil Defence".into())]);
    assert_eq!(labels("12:20\nالحصيلة: 6 قتلى في القصف"), [None]);
    // mid-line colons are table rows, not sources
    assert_eq!(labels("جاءت الأرقام كالتالي؛ الجيش الوطني: 5 قتلى"), [None]);
    // «وثّق», «زاعمة», «أصدرت ... بيانا جاء فيه»
    assert_eq!(labels("ووثقت منظمة العفو الدولية مقتل 40 شخصا"), [Some("Amnesty International".into())]);
    assert_eq!(labels("وأصدرت نقابة الأطباء بيانا جاء فيه: سقط 3 قتلى"), [Some("Doctors' union".into())]);
    // «وفق لجنة ...»: the ل of «لجنة» is not a preposition
    let c = run("وارتفع عدد القتلى إلى 20، وفق لجنة الإغاثة").remove(0).claimant.unwrap();
    assert_eq!(c.text, "لجنة الإغاثة");
    // a group heading a table row
    assert_eq!(victims("المدنيون: 9 قتلى"), [Victims::Civilians]);
    assert_eq!(victims("الجنود: 4 قتلى"), [Victims::SecurityForces]);
}

#[test]
fn third_pass_dates() {
    let pd = |s: &str| publication_date(s, None).map(|d| d.0);
    // «فبراير» / «فيفري» begin with ف, which is not a conjunction here
    assert_eq!(pd("وقال الوزير الأحد 12 فبراير 2023 إن 5 أشخاص قتلوا."), Some("2023-02-12".into()));
    assert_eq!(pd("الجزائر\nالخميس 1 فيفري 2024\nتوفي 3 أشخاص."), Some("2024-02-01".into()));
    // a wire dateline: city, date, then a dash or the agency in brackets
    assert_eq!(pd("دمشق، 3 شباط (فبراير) 2023 - قتل 5 أشخاص."), Some("2023-02-03".into()));
    assert_eq!(pd("بغداد 2023-06-14 (رويترز) - قتل 5 أشخاص."), Some("2023-06-14".into()));
    // a date inside a sentence is an event, not the report
    assert_eq!(pd("قتل 5 أشخاص في هجوم وقع في 3 مايو 2022 - حسب الشرطة."), None);
}

#[test]
fn third_pass_kidnapping_and_claims() {
    // the kidnapped are not a figure, and do not join the source's name
    let f = run("وأفادت الشرطة باختطاف 52 شخصا، وقُتل 4 من الحراس خلال الهجوم.");
    assert_eq!(f.iter().map(|f| (f.kind, f.value)).collect::<Vec<_>>(), [(Killed, 4)]);
    assert_eq!(f[0].claimant.as_ref().map(|c| c.text.as_str()), Some("الشرطة"));
    // a group claiming in the first person
    assert_eq!(kqv("وقالت الحركة في بيان: قتلنا 25 جنديا"), [(Killed, Exact, 25)]);
    assert_eq!(victims("وأعلن الجيش تحييد 12 عنصرا من الخلية الإرهابية"), [Victims::Attackers]);
    // «فيما» opening the sentence is not the source
    assert_eq!(labels("فيما منظمة الصحة العالمية أفادت بأن 30 شخصا توفوا"), [Some("WHO".into())]);
}

#[test]
fn third_pass_executions_deaths_and_captives() {
    assert_eq!(kqv("وقالت الحكومة إن المتمردين أعدموا أكثر من 100 شاب في البلدة"), [(Killed, MoreThan, 100)]);
    assert_eq!(kqv("وذكر المستشفى أن 5 مرضى فارقوا الحياة بسبب نقص الأدوية"), [(Killed, Exact, 5)]);
    // captured and kidnapped «آخرين» do not continue the figure before
    assert_eq!(kqv("وأعلن الجيش قتل 320 من المتمردين وأسر 150 آخرين"), [(Killed, Exact, 320)]);
    assert_eq!(kqv("وقتل المسلحون 3 قرويين واختطفوا 20 آخرين"), [(Killed, Exact, 3)]);
}

#[test]
fn third_pass_bodies_and_seized_goods() {
    assert_eq!(kqv("ونقل الهلال الأحمر 35 جريحا إلى المستشفيات و6 جثامين إلى المشرحة"), [(Injured, Exact, 35), (Killed, Exact, 6)]);
    assert_eq!(kqv("وأعلنت الداخلية القبض على 9 متهمين وضبط 1200 كيلوغرام من المخدرات"), [(Arrested, Exact, 9)]);
}

#[test]
fn third_pass_verbs_with_conjunction_and_sudanese_wording() {
    // «قُتل 54 وأصيب 120»: the verb after و is the next clause's
    assert_eq!(kqv("وبحسب الحصيلة الرسمية، قُتل 54 وأصيب 120"), [(Killed, Exact, 54), (Injured, Exact, 120)]);
    assert_eq!(kqv("وأعلنت الشرطة ارتقاء 3 من منسوبيها"), [(Killed, Exact, 3)]);
    assert_eq!(victims("وأعلنت الشرطة ارتقاء 3 من منسوبيها"), [Victims::SecurityForces]);
}

#[test]
fn third_pass_scale_word_then_digits() {
    assert_eq!(kqv("وأعلن المتحدث اعتقال ثلاثة آلاف و500 شخص"), [(Arrested, Exact, 3500)]);
    assert_eq!(kqv("وقتل ألفان و40 شخصا"), [(Killed, Exact, 2040)]);
}

#[test]
fn third_pass_projections_are_not_tolls() {
    assert_eq!(kqv("وحذرت المنظمة من أن عدد القتلى قد يرتفع إلى 100 خلال الأيام المقبلة"), []);
    assert_eq!(kqv("وكانت الشرطة قد أعلنت مقتل 5 أشخاص"), [(Killed, Exact, 5)]);
    assert_eq!(kqv("وقد توفي 4 من المصابين"), [(Killed, Exact, 4)]);
}

#[test]
fn third_pass_source_ends_before_the_event_noun() {
    let f = run("وأعلنت وزارة الصحة تسجيل 3 وفيات جديدة");
    assert_eq!(f[0].claimant.as_ref().map(|c| c.text.as_str()), Some("وزارة الصحة"));
    assert_eq!(victims("وأعلن المتحدث مقتل 5 من عناصر داعش"), [Victims::Attackers]);
}

#[test]
fn third_pass_live_blog_clocks() {
    // a clock and bars before a colon-headed source
    assert_eq!(labels("| 15:20 | الصحة: 9 جرحى في الغارة"), [Some("Health Ministry".into())]);
    // a clock after a dateline line
    let pd = |s: &str| publication_date(s, None).map(|d| d.0);
    assert_eq!(pd("مباشر\n20 أيلول 2024 - 22:10\nقتل 5 أشخاص."), Some("2024-09-20".into()));
}

#[test]
fn third_pass_displaced_are_not_the_toll() {
    assert_eq!(kqv("وأسفرت الفيضانات عن مقتل 5 أشخاص وتشريد 500 آخرين"), [(Killed, Exact, 5)]);
    assert_eq!(kqv("وأدى القصف إلى مقتل 12 مدنيا ونزوح 3000 آخرين"), [(Killed, Exact, 12)]);
    // a negation word before another count governs that one
    assert_eq!(kqv("وأنقذت الفرق 30 شخصا وقُتل 4"), [(Killed, Exact, 4)]);
    assert_eq!(kqv("وانتشلت فرق الإنقاذ جثث 7 عمال"), [(Killed, Exact, 7)]);
}

#[test]
fn third_pass_displacement_words_only_govern_the_next_count() {
    assert_eq!(kqv("وقصفت الطائرات مخيمات النزوح ما أدى إلى مقتل 12 شخصا"), [(Killed, Exact, 12)]);
}

#[test]
fn third_pass_supporters_and_rioters_are_protesters() {
    assert_eq!(victims("وأوقفت قوات الأمن المئات من أنصار حزب حركة الإنصاف"), [Victims::Protesters]);
    assert_eq!(victims("وأعلنت الشرطة القبض على 40 من مثيري الشغب"), [Victims::Protesters]);
}

#[test]
fn third_pass_wire_attribution_phrases() {
    // «على ما أفاد ...» after the figure
    let f = run("قُتل 26 شخصا في غارة بطائرة مسيّرة، على ما أفاد مسؤولون في قطاع الصحة.");
    assert_eq!(f[0].claimant.as_ref().map(|c| c.text.as_str()), Some("مسؤولون"));
    // «طالبا عدم كشف هويته»: not a source
    let f = run("وقال طبيب لوكالة فرانس برس طالبا عدم كشف هويته إن 55 جريحا نقلوا إلى المستشفى");
    assert_eq!(f[0].claimant.as_ref().map(|c| c.text.as_str()), Some("طبيب"));
}

#[test]
fn third_pass_killed_and_injured_together_is_no_figure() {
    assert_eq!(kqv("وأسفر الانفجار عن سقوط 23 ضحية بين قتيل وجريح"), []);
    assert_eq!(kqv("وسقط عشرات الضحايا بين قتيل وجريح"), []);
    assert_eq!(kqv("وأسفر الحادث عن مصرع وإصابة 15 شخصا"), []);
    // ... but a toll and its injured stay two figures
    assert_eq!(kqv("وأسفر الحادث عن مصرع 3 وإصابة 15 شخصا"), [(Killed, Exact, 3), (Injured, Exact, 15)]);
    assert_eq!(victims("وقتل الجيش 12 خاطفا"), [Victims::Attackers]);
}

#[test]
fn third_pass_published_labels() {
    let pd = |s: &str| publication_date(s, None).map(|d| d.0);
    assert_eq!(pd("هايتي\nنشر في: 12 مارس 2024 - 10:45\nقتل 5 أشخاص."), Some("2024-03-12".into()));
    assert_eq!(pd("آخر تحديث: 2 فيفري 2024\nتوفي 3 أشخاص."), Some("2024-02-02".into()));
}

#[test]
fn third_pass_numeric_dates() {
    let pd = |s: &str| publication_date(s, None).map(|d| d.0);
    assert_eq!(pd("نشر في: 12/03/2024 - 10:45\nقتل 5 أشخاص."), Some("2024-03-12".into()));
    // a numeric date inside a sentence is an event
    assert_eq!(pd("قتل 5 أشخاص في هجوم 12/03/2024 قرب الحدود."), None);
}

#[test]
fn third_pass_unknown_noun_with_min_then_verb() {
    assert_eq!(kqv("وذكر المرصد أن 11 عنصرا من قوات النظام قتلوا"), [(Killed, Exact, 11)]);
    assert_eq!(victims("وذكر المرصد أن 11 عنصرا من قوات النظام قتلوا"), [Victims::SecurityForces]);
}

#[test]
fn third_pass_unit_and_channel_numbers_are_names() {
    assert_eq!(kqv("وقتل جندي من اللواء 55 مشاة"), [(Killed, Exact, 1)]);
    assert_eq!(kqv("ونقلت قناة 218 الليبية أن القتيل من الكتيبة 166"), []);
    assert_eq!(kqv("وقتل 3 أشخاص في تحطم طائرة الرحلة 302"), [(Killed, Exact, 3)]);
}

#[test]
fn third_pass_place_between_verb_and_subject() {
    assert_eq!(kqv("وقتل في الهجوم جندي وأصيب خلال المواجهات شرطيان"), [(Killed, Exact, 1), (Injured, Exact, 2)]);
    assert_eq!(kqv("وقتل في هجوم مسلح على القرية"), []);
}

#[test]
fn third_pass_workers_and_another() {
    assert_eq!(kqv("ولقي عامل مصرعه وأصيب 3 عمال آخرون"), [(Killed, Exact, 1), (Injured, Exact, 3)]);
    // «آخر» is also «the last»: «حتى القضاء على آخر إرهابي» counts no one
    assert_eq!(kqv("وتوعد بمواصلة العمليات حتى القضاء على آخر إرهابي"), []);
    assert_eq!(kqv("وقتل 4 أشخاص في آخر حصيلة"), [(Killed, Exact, 4)]);
}

#[test]
fn third_pass_hostages_are_not_arrests() {
    assert_eq!(kqv("وما زال 40 شخصا محتجزين لدى العصابة"), []);
    assert_eq!(kqv("وما زال 40 شخصا محتجزين لدى الشرطة"), [(Arrested, Exact, 40)]);
}

#[test]
fn third_pass_toll_exceeding() {
    assert_eq!(kqv("وتجاوز عدد القتلى 500 منذ بداية المعارك"), [(Killed, MoreThan, 500)]);
    assert_eq!(kqv("وتخطت حصيلة الضحايا 80 قتيلا"), [(Killed, MoreThan, 80)]);
    assert_eq!(kqv("فاقت حصيلة القتلى 90"), [(Killed, MoreThan, 90)]);
}


#[test]
fn fourth_pass_dual_of_case() {
    assert_eq!(kqv("وأفادت مصادر طبية بتسجيل حالتي وفاة جراء الحر"), [(Killed, Exact, 2)]);
    assert_eq!(kqv("وسجل المستشفى حالة وفاة واحدة صباح اليوم"), [(Killed, Exact, 1)]);
    assert_eq!(kqv("وأعلنت الصحة ثلاث حالات وفاة بالكوليرا"), [(Killed, Exact, 3)]);
}

#[test]
fn fourth_pass_exceeding_a_definite_number_word() {
    assert_eq!(kqv("وتخطى عدد الموقوفين الألف منذ الأحد"), [(Arrested, MoreThan, 1000)]);
    assert_eq!(kqv("وتجاوزت حصيلة القتلى المئة"), [(Killed, MoreThan, 100)]);
}

#[test]
fn fourth_pass_executions_are_killed() {
    assert_eq!(kqv("ونفذت السلطات حكم الإعدام بحق 7 مدانين بتهم إرهاب"), [(Killed, Exact, 7)]);
    assert_eq!(kqv("وأعدمت السلطات خمسة أشخاص فجر اليوم"), [(Killed, Exact, 5)]);
    // a death sentence is not an execution
    assert_eq!(kqv("وأصدرت المحكمة أحكاما بالإعدام بحق 5 متهمين"), []);
}

#[test]
fn fourth_pass_age_in_parentheses_before_the_verb() {
    assert_eq!(kqv("وأفاد شهود بأن طفلا (9 أعوام) أصيب برصاصة"), [(Injured, Exact, 1)]);
    assert_eq!(kqv("وذكرت الشرطة أن رجلا (40 عاما) قتل في أرضه"), [(Killed, Exact, 1)]);
}

#[test]
fn fourth_pass_denial_covers_its_clause() {
    let st: Vec<_> = run("ونفى الجيش ما تردد عن اعتقال 60 متظاهرا، وقال إن 4 فقط أوقفوا").into_iter().map(|f| (f.value, f.status)).collect();
    assert_eq!(st, [(60, Status::Denied), (4, Status::Asserted)]);
    let st: Vec<_> = run("نفت الوزارة ما قاله المتحدث عن مقتل 40 جنديا").into_iter().map(|f| f.status).collect();
    assert_eq!(st, [Status::Denied]);
}
