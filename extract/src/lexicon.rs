//! The lexicon: every word list the rules look up, in one place, merged into
//! one table built once (on first use), and the clitic stripping (و ف ب ل ك ال)
//! that finds a word's entry. The annotate phase ([`super::annotate`]) gives each
//! token its entry; the rules only read the entries.
//!
//! Nothing here depends on the rules: the rule modules import this one, never
//! the other way round.

use crate::figure::Kind::{self, Arrested, Injured, Killed};
use crate::figure::Victims::{self, *};
use std::sync::OnceLock;

/// How a trigger word relates to the number it governs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A verb: «قتل 5», «5 أشخاص قتلوا».
    Verb,
    /// A verbal noun before the count: «مقتل 5», «اعتقال 20».
    Event,
    /// A counted noun after the count: «5 قتلى», «عشرات الجرحى».
    Counted,
    /// A dual counted noun that is its own count: «قتيلين» = 2.
    Dual,
    /// A word that completes the verb after the count: «لقوا حتفهم», «أصيبوا بجروح».
    After,
    /// A verbal noun that needs «على» after it: «القضاء على», «القبض على».
    NeedsAla,
}

/// An attribution cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A verb whose subject is the source: «قالت الشرطة».
    Says,
    /// A preposition whose object is the source: «بحسب الشرطة».
    Per,
    /// «نقل ... عن»: the source follows «عن».
    Via,
}

/// What a word is to the extractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lex {
    Trig(Kind, Form),
    /// A victim group; the number is 1 for a singular noun, 2 for a dual, 0 otherwise.
    Group(Victims, u8),
    /// «آخرون»: the group of the clause it continues.
    Others,
    /// A counted thing that is not people: a number before it is not a figure.
    Thing,
    /// «حالات» as in «10 حالات وفاة»: look at the next word.
    Case,
    Cue(Cue),
    Neg,
    /// «تشريد», «نزوح»: the count right after it is of people displaced, not a figure.
    Away,
    Retract,
    Deny,
    /// A preposition: a number right after it is its object, not a count.
    Prep,
    /// «حصيلة», «عدد», «ارتفع»: toll phrasing.
    Toll,
    /// «الكوليرا», «فيروس», «وباء»: in its sentence «إصابة» is an infection.
    Disease,
}

/// A short word list the rules test words against. [`Words::contains`] first
/// asks two 128-bit filters, made when the program is compiled, one from each
/// word's length and last byte, one from its second and third-to-last bytes
/// (the first letter's and the one before the last, in Arabic): most words
/// miss there and are never compared.
pub struct Words {
    list: &'static [&'static str],
    filter: (u128, u128),
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Self {
        let mut filter = (0u128, 0u128);
        let mut i = 0;
        while i < list.len() {
            let (a, b) = Self::bits(list[i].as_bytes());
            filter = (filter.0 | a, filter.1 | b);
            i += 1;
        }
        Words { list, filter }
    }

    /// A word's bit in each filter.
    const fn bits(w: &[u8]) -> (u128, u128) {
        let n = w.len();
        let second = if n >= 2 { w[1] as usize } else { 0 };
        let last = if n == 0 { 0 } else { w[n - 1] as usize };
        let third_last = if n >= 3 { w[n - 3] as usize } else { 0 };
        (1 << ((n * 31 + last) % 128), 1 << ((second * 5 + third_last * 3 + n) % 128))
    }

    /// Whether `w` is one of the words (the signature of `<[&str]>::contains`).
    pub fn contains(&self, w: &&str) -> bool {
        let (a, b) = Self::bits(w.as_bytes());
        self.filter.0 & a != 0 && self.filter.1 & b != 0 && self.list.contains(w)
    }
}

/// Words with their entries: a fixed-size open-addressing hash table (FNV-1a,
/// linear probing). Not `std::collections::HashMap`, whose generic code costs
/// the web page about 0.6 KB gzipped; this is as fast and a few lines. The
/// lexicon is one; [`super::number`] keeps its number words in another.
pub(super) struct Table<V: Copy + 'static> {
    /// A word and its entry, or nothing; a power of two long.
    slots: Vec<Option<(&'static str, V)>>,
    len: usize,
}

impl<V: Copy + 'static> Table<V> {
    /// An empty table with room for `slots / 2` words (`slots` a power of two).
    pub(super) fn new(slots: usize) -> Self {
        debug_assert!(slots.is_power_of_two());
        Table { slots: vec![None; slots], len: 0 }
    }

    /// The slot that holds `w`, or the empty slot where it goes.
    fn slot(&self, w: &str) -> usize {
        let h = w.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        let mask = self.slots.len() - 1;
        let mut s = h as usize & mask;
        while let Some((k, _)) = self.slots[s] {
            if k == w {
                break;
            }
            s = (s + 1) & mask;
        }
        s
    }

    /// Adds `words` (space separated) with entry `v`; a word already in the
    /// table keeps its first entry.
    pub(super) fn put(&mut self, words: &'static str, v: V) {
        for w in words.split_whitespace() {
            let s = self.slot(w);
            if self.slots[s].is_none() {
                assert!(self.len < self.slots.len() / 2, "the word table needs more slots");
                self.slots[s] = Some((w, v));
                self.len += 1;
            }
        }
    }

    /// The entry of exactly `w`.
    #[inline]
    pub(super) fn get(&self, w: &str) -> Option<V> {
        self.slots[self.slot(w)].map(|e| e.1)
    }
}

/// Slots in the lexicon's table: at least twice the number of words, so probes stay short.
const SLOTS: usize = 1 << 12;

fn table() -> &'static Table<Lex> {
    static T: OnceLock<Table<Lex>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table::new(SLOTS);
        triggers(&mut t);
        groups(&mut t);
        cues(&mut t);
        statuses(&mut t);
        t
    })
}

/// Trigger words: the verbs and nouns that say people were killed, injured or
/// arrested, in their folded spellings (clitics و ف ب ل ال are stripped before
/// lookup, so «وقتل», «بمقتل», «القتلى» all find their entry), plus the words
/// that sit between a trigger and its number (toll phrasing, prepositions,
/// negation).
fn triggers(m: &mut Table<Lex>) {
    let t = |k: Kind, f: Form| Lex::Trig(k, f);
    m.put("قتل قتلت قتلوا قتلا قتلتا توفيتا يقتل قتلو توفي توفيت توفوا توفيا يتوفي تتوفي استشهد استشهدت استشهدوا استشهدا قضي قضوا لقي لقوا لقيت لقيا يلقون اغتيل اغتيلت اغتيلوا اغتيلا حيد حيدت حيدوا يحيد سقط قتلنا اعدم اعدمت اعدموا يعدم تعدم يعدمون فارق فارقت فارقوا فارقا فارقتا لقيتا ماتتا استشهدتا يفارق تفارق ارتقي ارتقت ارتقوا ارتقيا اعدما مات ماتت ماتوا يموت يموتون", t(Killed, Form::Verb));
    // the feminine plural: «قتلن», «توفين», «استشهدن» («متن» is not here: «على متن»)
    m.put("قتلن توفين استشهدن لقين يلقين", t(Killed, Form::Verb));
    m.put("مقتل مقتلهم مقتله وفاه استشهاد مصرع اغتيال بحياه تحييد سقوط اعدام ارتقاء تصفيه", t(Killed, Form::Event));
    // «هلاك 3 إرهابيين»: the attackers' death, as an official tells it
    m.put("هلاك", t(Killed, Form::Event));
    m.put("هلك هلكوا", t(Killed, Form::Verb));
    m.put("حتفه حتفهم حتفها حتفهما حتفهن مصرعه مصرعهم مصرعها مصرعهما مصرعهن", t(Killed, Form::After));
    // «لفظوا أنفاسهم», «حصدت أرواح 20 شخصا»
    m.put("انفاسه انفاسهم انفاسها انفاسهما", t(Killed, Form::After));
    m.put("ارواح", t(Killed, Form::Event));
    // «نعى الحزب 4 من عناصره»: a group mourning its dead
    m.put("نعي ينعي تنعي نعت", t(Killed, Form::Verb));
    // «دفن 40 شخصا», «500 شخص دُفنوا أحياء»: the buried are dead
    m.put("دفن دفنوا دفنت يدفن", t(Killed, Form::Verb));
    m.put("قتيل قتيلا قتلي قتيله شهيد شهيدا شهداء ضحيه ضحايا وفيات جثه جثث جثمان جثمانا جثامين قتلاه قتلاهم قتلاها غرقي متوفين متوفون متوفي متوفيا مدفونين مدفونون", t(Killed, Form::Counted));
    m.put("قتيلان قتيلين شهيدان شهيدين ضحيتان ضحيتين جثتان جثتين جثمانان جثمانين جثتي جثماني وفاتان وفاتين", t(Killed, Form::Dual));
    // «أزيد من 200 غريق»: the drowned
    m.put("غريق غريقا", t(Killed, Form::Counted));
    m.put("قضاء قضت", t(Killed, Form::NeedsAla));

    m.put("جرح جرحت جرحوا اصيب اصيبت اصيبوا اصيبا اصيبتا يصاب تصاب يصابون اصبن جرحن", t(Injured, Form::Verb));
    // headlines in the present: «غارة تقتل 5 أشخاص», «انفجار يصيب 10», «الشرطة تعتقل 40»
    m.put("تقتل يقتلون", t(Killed, Form::Verb));
    m.put("تصيب يصيب اصاب اصابت اصابوا يصيبون", t(Injured, Form::Verb));
    // (the dual: «سيارتان مفخختان قتلتا 121 شخصا وأصابتا 333 آخرين»)
    m.put("اصابتا اصابا جرحتا", t(Injured, Form::Verb));
    // «أسعفت الفرق نحو 120 شخصاً», «أسعف 4 منهم»: those given first aid are hurt
    m.put("اسعفت اسعفوا", t(Injured, Form::Verb));
    // («لم تعالج سوى 6 متظاهرين», «عالجت الفرق 40 شخصا»: those treated, too)
    m.put("عالجت عالجوا تعالج يعالج يعالجون", t(Injured, Form::Verb));
    m.put("تعتقل يعتقلون تحتجز يحتجز", t(Arrested, Form::Verb));
    // «اقتادوا 15 شابا» (led away by the police)
    m.put("اقتاد اقتادت اقتادوا", t(Arrested, Form::Verb));
    // «9 صيادين اعتقلتهم بحرية الاحتلال», «من فقدناهم على الطرق»: the verb with the pronoun of
    // those it took, after them
    m.put("اعتقلتهم اعتقلهم احتجزتهم احتجزهم اوقفتهم اوقفهم", t(Arrested, Form::Verb));
    m.put("قتلتهم قتلهم فقدناهم خسرناهم", t(Killed, Form::Verb));
    // «غرق 45 مهاجرا» (drowned); «غرقت سفينة» counts a thing
    m.put("غرق غرقوا", t(Killed, Form::Verb));
    // (the dual: «طفلين غرقا»; and «وفاة 3 أشخاص غرقا», drowned)
    m.put("غرقا", t(Killed, Form::Verb));
    // «ثلاثة شباب سقطوا قتلى» (people who fell; «سقطت» also tells of shells and planes)
    m.put("سقطوا", t(Killed, Form::Verb));
    // «رأيت 12 شخصا يغرقون أمامي» (a witness), «دفنا 31 من أقاربنا» (a relative)
    m.put("يغرقون", t(Killed, Form::Verb));
    m.put("دفنا", t(Killed, Form::Verb));
    // «31 حالة تسمم»: poisoned, like suffocated, are hurt (and burnt: «9 حالات حروق»)
    m.put("اصابه اختناق تسمم حروق اجهاد", t(Injured, Form::Event));
    m.put("جروح", t(Injured, Form::After));
    m.put("جريح جريحا جرحي جريحه مصاب مصابا مصابين مصابون اصابات جرحاه جرحاهم جرحاها مصابه مصابات جريحات", t(Injured, Form::Counted));
    // («أسفر الحادث عن إصابتين فقط»: the dual of an injury counts two people)
    m.put("جريحان جريحين مصابان اصابتين اصابتان", t(Injured, Form::Dual));

    m.put("اعتقل اعتقلت اعتقلوا يعتقل اوقف اوقفت اوقفوا احتجز احتجزت احتجزوا ضبطت ضبطوا اعتقلنا اعتقلا اوقفا احتجزا اعتقلن اوقفن احتجزن ضبطنا اوقفنا احتجزنا", t(Arrested, Form::Verb));
    // «أسرت 7 من العسكريين»: taken prisoner (not «أسر», families)
    m.put("اسرت اسروا", t(Arrested, Form::Verb));
    // «أمرت النيابة بحبس 7 متهمين»: detention ordered by a prosecutor or a court
    // «بإيداع ثلاثة أشخاص الحبس المؤقت» (committal to custody)
    m.put("اعتقال توقيف احتجاز ايقاف ضبط حبس احتفاظ ايداع", t(Arrested, Form::Event));
    // («تم اقتيادهم إلى مراكز الأمن»: led away)
    m.put("اقتياد", t(Arrested, Form::Event));
    m.put("معتقل معتقلا معتقلين معتقلون موقوف موقوفا موقوفين موقوفون محتجز محتجزا محتجزين محتجزون اعتقالات معتقلات موقوفات محتجزات مضبوطين مضبوطون", t(Arrested, Form::Counted));
    // «حملة الإيقافات طالت عشرات الشبان» (the Maghreb's plural of «إيقاف»)
    m.put("ايقافات توقيفات", t(Arrested, Form::Counted));
    // «نحو 40 توقيفاً», «300 اعتقال»: arrests counted by the verbal noun after the number
    m.put("توقيفا اعتقالا ايقافا", t(Arrested, Form::Counted));
    // «عدد المقبوض عليهم»: those arrested
    m.put("مقبوض", t(Arrested, Form::Counted));
    m.put("معتقلان موقوفان محتجزان", t(Arrested, Form::Dual));
    m.put("قبض", t(Arrested, Form::NeedsAla));
    // «قبضت الشرطة على 17 مسلحا», «يقبضون على ...»: the verb, as «القبض على»
    m.put("قبضت قبضوا قبضنا قبضا يقبض تقبض يقبضون", t(Arrested, Form::NeedsAla));
    // «التحفظ على 3 عمال», «تحفظت الشرطة على ...» (Egypt, the Gulf)
    m.put("تحفظ تحفظت يتحفظ تتحفظ", t(Arrested, Form::NeedsAla));
    // «وضع 12 شخصا تحت الحراسة النظرية» (Morocco: police custody)
    m.put("الحراسه", t(Arrested, Form::After));

    m.put("حصيله حصيلتها حصيلته حصيلتهم عدد ارتفاع ارتفع ارتفعت ترتفع يرتفع وصل وصلت بلغ بلغت قدر قدرت تقدر يقدر", Lex::Toll);
    m.put("حاله حالات", Lex::Case);
    m.put("كوليرا وباء اوبئه فيروس فيروسات كورونا كوفيد حصبه ملاريا عدوي تفشي اسهال", Lex::Disease);
    m.put("لم لن ليس ليست دون بدون عدم افرج افرجت افرجوا افراج سراح يفرج تفرج يفرجون اخلي اخلت \
         انقذ انقذت انقذوا ينقذ تنقذ اجلت \
         اسر اسرت اسروا خطف خطفت خطفوا اختطف اختطفت اختطفوا اختطاف نزح نزحوا \
         احال احالت يحيل تحيل", Lex::Neg);
    // («رُحّل نحو 300 آخرين»: deported, written as «رحل», left)
    m.put("تشريد تهجير نزوح اجلاء اخلاء فقدان ابعاد ترحيل رحل رحلت", Lex::Away);
    m.put("اتقتل انقتل", t(Killed, Form::Verb));
    m.put("اتصاب انصاب", t(Injured, Form::Verb));
    m.put("اتقبض", t(Arrested, Form::NeedsAla));
    m.put("في علي ب ل منذ خلال بعد قبل حتي عند مع لمده طيله الي عبر ضمن من بحق", Lex::Prep);
}

/// Victim groups (a singular noun counts 1, a dual 2), «آخرون», and the
/// non-person nouns (cars, days, shops) that make a number not a figure.
fn groups(m: &mut Table<Lex>) {
    let g = |v: Victims, n: u8| Lex::Group(v, n);
    m.put("متظاهر متظاهرا محتج محتجا متظاهره", g(Protesters, 1));
    m.put("متظاهران محتجان", g(Protesters, 2));
    m.put("متظاهرين متظاهرون محتجين محتجون متظاهرات مشيعين ثوار انصار مثيري", g(Protesters, 0));
    // (those at a sit-in: «إصابة 17 معتصما»)
    m.put("معتصم معتصما", g(Protesters, 1));
    m.put("معتصمين معتصمون", g(Protesters, 0));
    m.put("شرطي شرطيا جندي جنديا عسكري عسكريا ضابط ضابطا دركي عون شرطيه", g(SecurityForces, 1));
    m.put("شرطيان شرطيين جنديان جنديين ضابطان ضابطين عسكريان دركيان دركيين حارسان حارسين عونان عونين", g(SecurityForces, 2));
    // «إصابة رجلي أمن», two men of a force in construct (the force named after them)
    m.put("رجلي", g(People, 2));
    m.put("حارس حارسا", g(SecurityForces, 1));
    // («إن رقيباً في إدارة مكافحة المخدرات استشهد»: ranks of the ranks)
    m.put("رقيب رقيبا عريف عريفا ملازم ملازما مجند مجندا", g(SecurityForces, 1));
    m.put("حراس", g(SecurityForces, 0));
    // «80 من عسكرييها»: a force's own soldiers
    m.put("عسكرييها عسكرييه عسكرييهم جنودهم", g(SecurityForces, 0));
    // «72 عنصرا من عناصرها»: the speaker's own men
    // («9 من مرتباتها أصيبوا»: the Jordanian forces' word for their personnel; «مرافقي القائد»: his guards)
    // («إن 19 منتسباً أصيبوا», «قُتل منتسب»: a member of a force, the Iraqi word)
    m.put("منتسب منتسبا", g(SecurityForces, 1));
    // («استشهاد منتسبَين اثنين»: its dual, and its oblique plural)
    m.put("منتسبان", g(SecurityForces, 2));
    m.put("منتسبون منتسبين", g(SecurityForces, 0));
    m.put("عناصرها عناصره عناصرهم افرادها افراده منتسبيها منسوبيها منسوبيه منسوبي منتسبي مرتباتها مرتباته مرتبات مرافقي", g(SecurityForces, 0));
    // («فقدنا 4 من رجالنا»: ours, as an officer tells it)
    m.put("عناصرنا افرادنا رجالنا منتسبينا جنودنا قواتنا", g(SecurityForces, 0));
    // («ستة أمنيين أصيبوا»: security men, the plural as a noun; not «أمني», an adjective)
    m.put("امنيين امنيون", g(SecurityForces, 0));
    m.put("شرطه امن جنود جنوده جنودها قوات قوي عسكريين عسكريون ضباط جيش حرس درك اعوان شرطيون", g(SecurityForces, 0));
    // («إصابة 12 عونا أمنيا», as Tunisia counts its agents after a number)
    m.put("عونا", g(SecurityForces, 0));
    // (the Kurdish internal security forces: «اثنان من عناصر الأسايش»)
    m.put("اسايش", g(SecurityForces, 0));
    m.put("مدني مدنيا مواطن مواطنا", g(Civilians, 1));
    m.put("مدنيان مواطنان", g(Civilians, 2));
    m.put("مدنيين مدنيون مواطنين مواطنون", g(Civilians, 0));
    m.put("مسلح مسلحا مهاجم مهاجما خاطف خاطفا ارهابي ارهابيا ارهابيه متشدد مقاتل مقاتلا انتحاري مخرب مخربا مجرم مجرما", g(Attackers, 1));
    m.put("مسلحان مهاجمان مقاتلان ارهابيان", g(Attackers, 2));
    // a group's own fighters: «4 من مقاتليها»
    m.put("مقاتليها مقاتليه مقاتليهم مقاتلوها مقاتلوه", g(Attackers, 0));
    m.put("مسلحين مسلحون مسلحي مهاجمين مهاجمون مخربين مخربون مجرمين مجرمون ارهابيين ارهابيون متشددين مقاتلين مقاتلون متطرفين متمردين جهاديين عصابه عصابات خليه خلايا داعش خاطفين خاطفون \
         ميليشيا ميليشيات مليشيا مليشيات حركه تنظيم جماعه", g(Attackers, 0));
    m.put("طفل طفلا طفله", g(Children, 1));
    m.put("طفلان طفلين", g(Children, 2));
    // her or his two children, a dual with its pronoun («مقتل امرأة وإصابة طفليها»)
    m.put("طفليها طفليه طفلاها طفلاه طفليهما", g(Children, 2));
    m.put("ابنيها ابنيه ابناها ابناه نجليه نجليها نجلاه", g(People, 2));
    // infants («وفاة رضيعين», «4 رضع»)
    m.put("رضيع رضيعا", g(Children, 1));
    m.put("رضيعان رضيعين", g(Children, 2));
    m.put("رضع", g(Children, 0));
    m.put("اطفال اطفالا قاصرين قصر تلاميذ تلميذات", g(Children, 0));
    m.put("قاصر قاصرا", g(Children, 1));
    m.put("قاصران", g(Children, 2));
    // school pupils
    m.put("تلميذ تلميذا تلميذه", g(Children, 1));
    m.put("تلميذان تلميذين", g(Children, 2));
    m.put("صحفي صحفيا صحافي صحافيا مراسل مراسلا مصور مصورا صحفيه صحافيه مراسله مصوره", g(Journalists, 1));
    m.put("صحفيان صحافيان مراسلان مصوران", g(Journalists, 2));
    m.put("صحفيين صحفيون صحافيين صحافيون اعلاميين مراسلين مصورين", g(Journalists, 0));
    m.put("حاج حاجا سجين سجينا نزيل نزيلا مهاجر مهاجرا لاجئ لاجئا", g(People, 1));
    m.put("سجينان سجينين", g(People, 2));
    // (nominative duals, and «نزيلين», whose plural is «نزلاء»: «مهاجرين», «لاجئين» are plurals too)
    m.put("مهاجران لاجئان نزيلان نزيلين حاجان", g(People, 2));
    // hostages
    m.put("رهينه", g(People, 1));
    m.put("رهينتان رهينتين", g(People, 2));
    m.put("حجاج سجناء نزلاء مهاجرين مهاجرون لاجئين لاجئون", g(People, 0));
    // pilgrims of the Umrah («توفي معتمران»; «معتمرين» read as the plural, as «مهاجرين»)
    m.put("معتمر معتمرا", g(People, 1));
    m.put("معتمران", g(People, 2));
    m.put("معتمرين معتمرون", g(People, 0));
    m.put("شخص شخصا رجل رجلا امراه سيده مسعف مسعفا متهم متهما طالب طالبا طالبه شاب شابا عامل عاملا", g(People, 1));
    // a young woman («أدى إلى غرق شابة (24 عاماً)»; «شابات» is the plural)
    m.put("شابه", g(People, 1));
    m.put("شابتان شابتين", g(People, 2));
    m.put("شابات", g(People, 0));
    m.put("شخصان شخصين طالبين رجلان رجلين امراتان امراتين سيدتان سيدتين عاملان عاملين شابان شابين معلمان معلمين", g(People, 2));
    m.put("معلم معلما معلمه عامله", g(People, 1));
    // a supporter of a team («وفاة مشجع», «إصابة مشجعَين»)
    m.put("مشجع مشجعا مناصر مناصرا", g(People, 1));
    m.put("مشجعان", g(People, 2));
    // tourists and foreign residents («قُتل سائحان إسبانيان», «كما أُصيب مقيم آسيوي», «القبض على وافد»;
    // «مقيمين» read as the plural, as «مهاجرين»)
    m.put("سائح سائحا سائحه مقيم مقيما وافد وافدا", g(People, 1));
    m.put("سائحان سائحين مقيمان وافدان", g(People, 2));
    m.put("سياح مقيمين مقيمون وافدين وافدون", g(People, 0));
    // doctors and nurses («إصابة طبيبين وممرضة»; «ممرضين» read as the plural, as «مقيمين»)
    m.put("طبيب طبيبا طبيبه ممرض ممرضا ممرضه", g(People, 1));
    m.put("طبيبان طبيبين طبيبتان طبيبتين ممرضان ممرضتان ممرضتين", g(People, 2));
    m.put("اطباء طبيبات ممرضين ممرضون ممرضات", g(People, 0));
    // traders («أوقفت مفارز ... 31 تاجر مخدرات»)
    m.put("تاجر تاجرا", g(People, 1));
    m.put("تاجران تاجرين", g(People, 2));
    m.put("تجار", g(People, 0));
    // agents and spies («أعلن جهاز الأمن اعتقال عميلين»; a client too, a person all the same)
    m.put("عميل عميلا جاسوس جاسوسا", g(People, 1));
    m.put("عميلان عميلين جاسوسان جاسوسين", g(People, 2));
    m.put("عملاء جواسيس", g(People, 0));
    // a girl, a boy («قُتلت فتاة في الخامسة عشرة», «وفاة فتى»): children, as the references count
    // them; «فتيات», young women as often, are people
    m.put("فتاه فتي فتيا", g(Children, 1));
    m.put("فتاتان فتاتين", g(Children, 2));
    m.put("فتيان فتيه", g(Children, 0));
    m.put("فتيات", g(People, 0));
    // brothers and sisters («توفي شقيقان غرقا»; «شقيقتين» is the feminine dual of «شقيقه»)
    m.put("شقيق شقيقا شقيقه", g(People, 1));
    m.put("شقيقان شقيقين", g(People, 2));
    // accomplices («توقيف شريكين للمعني بالأمر», «اعتقال 3 شركاء»)
    m.put("شريكان شريكين", g(People, 2));
    // duals whose plurals are broken, so the «ين» can only be two: «وعضوين بمكتبها», «وإصابة
    // زميلين له»
    m.put("عضوان عضوين زميلان زميلين صديقان صديقين", g(People, 2));
    m.put("شركاء", g(People, 0));
    // passengers are people: «قتل مسلحون 11 راكبا»
    m.put("راكب راكبا مسافر مسافرا بحار بحارا صياد صيادا", g(People, 1));
    m.put("راكبان راكبين بحاران بحارين صيادان", g(People, 2));
    m.put("ركاب مسافرين مسافرون بحاره صيادين صيادون", g(People, 0));
    // fans, supporters in the dual («توفي مناصران»; the singular, as «مشجع ثالث», is often one more)
    m.put("مشجعان مناصران", g(People, 2));
    // (the accusative singular is one, as a subject after «أن» or an object: «أن مشجعًا توفي»)
    m.put("مشجعا مناصرا", g(People, 1));
    // «25 مشتبها بهم»: suspects (no count of its own: «توقيف مشتبه فيهم» is plural)
    m.put("مشتبه مشتبها مشتبهين مشتبهون", g(People, 0));
    // «عنصران من قوات الأمن»: members, of the group named after them
    m.put("عنصر", g(People, 1));
    m.put("عنصران عنصرين", g(People, 2));
    // (supporters, «مناصرين», are a team's fans more often than a movement's marchers)
    m.put("اشخاص اشخاصا رجال نساء سيدات شبان شباب مرضي عمال مسعفين مسعفون متهمين متهمون طلاب طالبات معلمات عاملات مشجعين مشجعون مناصرين", g(People, 0));
    m.put("اخرون اخرين اخريات", Lex::Others);
    m.put(
        "سياره سيارات مركبه مركبات متجر متجرا متاجر محل محلات مبني مباني مبان منزل منزلا منازل بيت بيوت جريمه جرائم \
         مكتب مكاتب مطعم مطاعم مقهي محلا مصحه مصحات عياده عيادات شركه شركات مؤسسه مؤسسات مدرسه مدارس مستشفي مستشفيات مسجد مساجد \
         مدينه مدن قريه قري منطقه مناطق ولايه ولايات محافظه محافظات مقاطعه مقاطعات دوله دول بلدا \
         يوم يوما ايام ساعه ساعات دقيقه دقائق اسبوع اسابيع شهر شهرا اشهر شهور سنه سنوات عام عاما اعوام قرن \
         دولار دولارا دولارات دينار دينارا دنانير دج يورو ريال ريالا ريالات جنيه جنيها جنيهات درهم درهما دراهم ليره ليرات \
         بيزو روبيه روبيات شلن شلنا فرنك فرنكا فرنكات ين يوان روبل تومان نايرا كواشا متيكال اوقيه \
         بالمئه بالمائه نسمه طن طنا اطنان لترا برميلا كيلومتر كيلومترا كيلومترات كلم ميل ميلا متر مترا امتار لتر لترات برميل براميل اميال هكتار هكتارات فدان افدنه دونم دونمات \
         سفينه سفن مركب مركبا طراد طرادا طرادات زورق زوارق صاروخ صواريخ قذيفه قذائف طائره طائرات طلقه رصاصه رصاصات هجوم هجمات عمليه عمليات مره مرات \
         نقطه نقاط مقعد مقاعد صوت اصوات موقع موقعا مواقع حافله حافلات شاحنه شاحنات قارب قوارب عبوه لغم الغام \
         بندقيه بنادق اسلحه درجه صفحه تغريده صوره فيديو ملف ملفات قضيه قضايا مليار مليارات \
         دراجه دراجات مخالفه مخالفات عائله عائلات اسره هدف اهداف حريق حرائق طابق طوابق \
         كيلوغرام كيلوغراما كيلوجرام كغ كغم كلغ غرام جرام ملغ حبه اقراص كم ملم سم \
         كيس كيسا اكياس سكين سكينا سكاكين رشاش رشاشا رشاشات قاذف قاذفا قاذفين رمانه رمانات قنبله قنابل قرص اشلاء رفات بقايا اجزاء قطعه قطع اليات مقابر مقبره قبور فرع فروع راسا \
         طاوله طاولات غطاء غطاءا اغطيه جهاز اجهزه وساده وسائد عربه عربات \
         زجاجه زجاجات قنينه قناني كلب كلبا كلاب راس رؤوس ماشيه اغنام ابل بقره ابقار حيوان حيوانا حيوانات وعول غزلان خيول احصنه طيور اسماك \
         لحظه لحظات اصابع عمود عمودا اعمده وكر وكرا اوكار قنطار قناطير كيلوجراما كيلوجرامات كيلوغرامات \
         حفار حفارا حفارات حفاره مختبر مختبرا مختبرات جنسيه جنسيات مشترك مشتركا مشتركين مشتركون متابع متابعا متابعين متابعون مسدس مسدسا مسدسات طلقات ذبيحه ذبائح ليتر ليترا ليترات شجره اشجار مدفاه مدافئ اسطوانه اسطوانات هاتف هاتفا هواتف علبه علب سلعه سلع عبوات وجبه وجبات شريحه شرائح اداه ادوات عنوان عنوانا عناوين دفعه دفعات سلاح تاكا شيكل شيكلا شيقل شواكل رينغيت بوليفار",
        Lex::Thing,
    );
}

/// Attribution cues: reporting verbs («قال»), «بحسب»-like prepositions, «نقل ... عن».
fn cues(m: &mut Table<Lex>) {
    m.put(
        "قال قالت قالوا يقول تقول يقولون يؤكدون يشيرون يتحدثون اعلن اعلنت يعلن تعلن اعلنوا افاد افادت يفيد تفيد اكد اكدت يؤكد تؤكد \
         ذكر ذكرت يذكر تذكر اوضح اوضحت صرح صرحت كشف كشفت اشار اشارت مشيرا مشيره اضاف اضافت مضيفا مضيفه \
         تابع تابعت احصي احصت اعترف اعترفت اقر اقرت روي روت يروي تروي تحدث تحدثت يتحدث نشرت اعلنه اعلنها اعلنته يشير تشير \
         وثق وثقت زاعما زاعمه مدعيا مدعيه زعم زعمت ادعي ادعت ادعوا تدعي اصدر اصدرت \
         رصد رصدت يرصد ترصد اورد اوردت يورد تورد اوردها اوردته صحح صححت بينت يزعم تزعم يزعمون \
         تداول تداولت تداولته تداولها تداولتها تناقلت تناقلته تناقلتها تناقلوا لفت لفتت ابلغ ابلغت نوه نوهت رجح رجحت اظهر اظهرت خلص خلصت نشر \
         كتب كتبت غرد غردت حذر حذرت يحذر تحذر ابلغتنا ابلغنا ابلغونا اخبرتنا اخبرنا اخبرونا افادتنا افادنا \
         ادان ادانت ندد نددت استنكر استنكرت ادلي ادلت \
         قالا قالتا اعلنتا افادا افادتا اكدا اكدتا ذكرا ذكرتا اوضحا اوضحتا \
         تحدثوا افادوا اكدوا ذكروا اوضحوا صرحوا اشاروا ابلغوا رووا وثقوا \
         يكشف تكشف يوضح توضح يوثق توثق \
         مؤكدا مؤكده موضحا موضحه مبينا مبينه معلنا معلنه مذكرا مذكره معتبرا معتبره منوها منوهه قائلا قائله لافتا لافته اعلان",
        Lex::Cue(Cue::Says),
    );
    m.put("بحسب حسب وفق وفقا طبقا حسبما استنادا", Lex::Cue(Cue::Per));
    m.put("نقل نقلت نقلا نقلته نقلتها نقله نقلها", Lex::Cue(Cue::Via));
}

/// Retraction and denial verbs.
fn statuses(m: &mut Table<Lex>) {
    m.put("سحب سحبت تسحب يسحب سحبه تسحبه سحبته سحبها تراجع تراجعت يتراجع تتراجع حذف حذفت تحذف يحذف حذفه حذفته يحذفه تحذفه يحذفها تحذفها حذفها يسحبها تسحبها اعتذر اعتذرت تعتذر يعتذر", Lex::Retract);
    m.put("نفي نفت تنفي ينفي نفوا نفته نفاه نفتها نفاها تنفيه ينفيه تنفيها ينفيها نافيا نافيه نافين رفضته رفضه رفضتها رفضها كذبت كذب فند فندت يفند تفند فنده فندته فندها فندتها", Lex::Deny);
}

/// The trigger of a word, if it is one.
pub fn trig(l: Option<Lex>) -> Option<(Kind, Form)> {
    match l {
        Some(Lex::Trig(k, f)) => Some((k, f)),
        _ => None,
    }
}

/// «بينهم 5 أطفال», «منهم 3 نساء»: a count that is part of the figure before.
pub const SUBSET: Words = Words::new(&["بينهم", "منهم", "بينها", "بينهن", "منهن"]);

/// Nouns a number names rather than counts when it follows them: a time, a
/// year, a rank, a unit, an article of law, a flight, a channel, a match's minute
/// («الساعة 10», «اللواء 55», «الرحلة 302», «قناة 218», «موسم 2019-2020», «الدقيقة 70»,
/// «الوحدة الجوارية 6»).
pub const NAMED_BY_NUMBER: Words = Words::new(&[
    "الساعه", "عام", "العام", "سنه", "رقم", "الرقم", "المرتبه", "اللواء", "لواء", "الكتيبه", "كتيبه", "الفرقه", "الفيلق",
    "الماده", "البند", "الرحله", "قناه", "القناه", "موسم", "الدقيقه",
    // (an Algerian town's «الوحدة الجوارية 6», a neighbourhood unit)
    "الجواريه",
]);

/// Units of time a number counts in a period («خلال 72 ساعة», «الأيام الثلاثة»).
pub const PERIODS: Words = Words::new(&[
    "ساعه", "ساعات", "ساعتين", "يوم", "يوما", "ايام", "اسبوع", "اسابيع", "شهر", "شهرا", "اشهر", "شهور", "سنه", "سنوات", "عام", "عاما", "اعوام", "دقيقه", "دقائق",
]);

/// The heads of a toll, the count of those its next words name: «عدد القتلى»,
/// «حصيلة الضحايا», «إجمالي من تم ضبطهم», «مجموع المصابين».
pub const TOLL_HEADS: Words = Words::new(&["عدد", "حصيله", "اجمالي", "مجموع"]);
/// Verbs of exceeding: with a toll word after them («تجاوز عدد القتلى 500») the
/// number is a lower bound it passed.
pub const EXCEED: Words = Words::new(&["تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "يتجاوزون", "يتجاوزوا", "تخطي", "تخطت", "فاق", "فاقت"]);

/// Words after a count that make it a count of the missing or the trapped:
/// «ما زالوا تحت ...» (with «تحت» after them).
pub const STILL: Words = Words::new(&["زال", "زالوا", "يزال", "يزالون", "زالت", "تزال"]);

/// Words after a count of people who are trapped, not casualties: «عالقون تحت الأنقاض».
pub const TRAPPED: Words = Words::new(&["عالق", "عالقا", "عالقون", "عالقين", "محاصر", "محاصرا", "محاصرون", "محاصرين"]);

/// Passengers: held passengers are trapped, not arrested.
pub const PASSENGERS: Words = Words::new(&["راكب", "راكبا", "ركاب", "مسافر", "مسافرا", "مسافرين", "مسافرون"]);

/// Verbs of carrying: the number after them counts people on board.
pub const CARRY: Words = Words::new(&["يقل", "تقل", "يحمل", "تحمل", "يقلون", "تقلان", "يقلان"]);

/// Men or members of a force: «رجال الأمن», «رجل شرطة», «أفراد الدرك» are security forces.
pub const MEN_OF: Words = Words::new(&["رجل", "رجلا", "رجال", "رجلان", "رجلين", "رجلي", "عنصر", "عنصرا", "عنصران", "عنصرين", "عناصر", "افراد", "فرد", "فردا", "مرتبات"]);

/// Words that introduce who did the killing, not who was killed: «برصاص الشرطة», «على يد مسلحين».
pub const BY_AGENT: Words = Words::new(&["برصاص", "رصاص", "بنيران", "نيران", "يد", "ايدي", "بايدي", "جراء", "اثر", "بسبب"]);

/// Ordinals and «آخر» counting one more after a verb: «وأصيب آخر», «وإصابة ثالث».
pub const ONE_MORE: Words = Words::new(&["اخر", "اخري", "ثان", "ثاني", "ثالث", "رابع", "خامس"]);

/// Words that end a source phrase: «أن», «عن», outlets after «لـ», statements,
/// times and days, relatives, event nouns («سقوط», «تسجيل»), fillers («أيضا»),
/// a count's qualifier («أكثر»).
pub const SOURCE_STOPS: Words = Words::new(&[
    // «لـ» apart before an outlet: «قال شهود لـ«الجزيرة»»
    "ل", "ان", "انه", "انها", "بان", "بانه", "بانها", "بانهم", "عن", "لقناه", "لوكاله", "لصحيفه", "للتلفزيون",
    "لموقع", "لاذاعه", "لمراسلنا", "لمراسلتنا", "لموفدنا", "تحقيقا", "بشكل", "بصوره", "بالاسماء", "سوي", "الا", "لراديو", "لمراسل", "لمراسله", "بيان", "بيانا", "تصريح", "تصريحا", "تصريحات", "بتصريحات", "بتصريح", "بتصريحه", "بتصريحها", "اليوم", "امس", "مساء", "صباح", "ليل",
    "ليله", "الليله", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "ما", "الذي",
    "التي", "حيث", "قوله", "قولها", "اثر", "له", "لها", "لهم", "لنا", "لكم", "لكن", "لي", "بنفسه", "بنفسها", "بانفسهم", "بنفسي", "يوم", "هذا", "هذه", "اليه", "انهم", "لدي", "لوسائل",
    "تم", "جري", "قد", "سقوط", "بسقوط", "وقوع", "بوقوع", "كان", "كانت", "يجري", "باختطاف", "اختطاف", "بخطف",
    "خطف", "تسجيل", "بتسجيل", "توثيق", "بتوثيق", "استقبال", "باستقبال", "وجود", "بوجود", "ارتفاع", "انتشال", "استخراج", "العثور", "وصول", "بوصول", "ايضا", "كذلك", "ليلا", "نهارا", "صباحا", "ظهرا", "فجرا", "مساءا",
    "مجددا", "لاحقا", "سابقا", "بعد", "قبل", "اي", "صبيحه", "عشيه", "ظهر", "عصر", "ظهيره",
    // a count's qualifier: «أحصى مشروع "أكليد" أكثر من 3800 قتيل»
    "اكثر", "اقل", "نحو", "قرابه", "زهاء", "حوالي",
    // «مسؤول محلي طلب عدم كشف اسمه»
    "طلب", "طلبت", "طالبا", "طالبه",
    // what was passed on, not who: «تداولت صفحات ... خبر وفاة شابين»
    "خبر",
    // what was denied, not who denied it: «نفى الجيش الاتهامات، قائلاً إن ...»
    "الاتهامات", "اتهامات", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم",
]);

/// Words of time: «منذ مساء أمس وحتى فجر اليوم».
pub const TIMES: Words = Words::new(&[
    "منذ", "حتي", "مساء", "صباح", "صبيحه", "عشيه", "فجر", "ليل", "ليله", "ظهر", "عصر", "اليوم", "امس", "الليله", "يوم", "الماضي", "الماضيه",
    "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "ساعات", "الساعات", "خلال", "الاخيره",
    "انطلاق", "بدء", "بدايه", "مطلع", "نهايه", "اواخر", "اوائل", "مصالح", "اجهزه", "عناصر",
]);

/// News agencies that sign a dateline (Gulf and Maghreb style).
pub const AGENCIES: Words = Words::new(&["وام", "واس", "قنا", "بنا", "كونا", "سانا", "وات", "ومع", "واج", "العمانيه", "بترا", "ارنا", "سبا", "واع", "سونا"]);

/// Verbs of estimating a toll («قدّرت مصادر محلية عدد القتلى بـ...»), whose subject is
/// the source (the words are also the table's toll words).
pub const ESTIMATE: Words = Words::new(&["قدرت", "قدر", "تقدر", "يقدر"]);

/// Nouns of a report: «وفق حصيلة أولية أوردها ...», «بحسب إحصائية صادرة عن ...»,
/// «أفاد بلاغ للمديرية ...»: the source is the one who issued it.
pub const REPORT_NOUNS: Words = Words::new(&["بيان", "تقرير", "ارقام", "احصاء", "احصاءات", "احصائيه", "احصائيات", "معطيات", "حصيله", "حصائل", "بلاغ", "بيانات", "تقديرات", "معلومات", "تحديث", "نشره"]);

/// Adjectives of a report noun: «حصيلة أولية», «إحصائية جديدة», «أرقام رسمية».
pub const REPORT_ADJECTIVES: Words = Words::new(&[
    "اوليه", "اولي", "جديده", "جديد", "مؤقته", "مؤقت", "مبدئيه", "مبدئي", "رسميه", "رسمي", "محدثه", "محدث", "نهائيه", "نهائي", "اخيره", "اخير", "حديثه", "حديث", "يوميه", "يومي", "مفصله", "مفصل",
    // (a joint statement, a monthly or yearly report: «بيان مشترك صادر عن ...», «التقرير الشهري الصادر عن ...»)
    "مشترك", "مشتركه", "شهري", "شهريه", "سنوي", "سنويه", "فصلي", "فصليه", "اسبوعي", "اسبوعيه",
    // (an earlier one: «وكانت الحصيلة السابقة التي أعلنتها الوزارة تشير إلى ...»)
    "سابقه", "سابق",
]);

/// Persons (and teams) by their role: a source phrase reads on through «في»
/// or «من» after them («مصدر في وزارة الداخلية», Egyptian «مصدر فى ...»,
/// «القيادي في التجمع», «ضابط في الجيش», «طاقم طبي من نجمة داود الحمراء»).
pub const ROLES: Words = Words::new(&["طاقم", "فريق", "مصدر", "مصدرا", "مصادر", "مسؤول", "مسؤولا", "مسؤولون", "مسؤولين", "متحدثا", "ضابطا", "قيادي", "عضو", "متحدث", "ناطق", "مدير", "رئيس", "طبيب", "ضابط", "ضباط", "قائد", "مستشار", "موظف", "نائب", "نائبا"]);

/// Verbs of rejecting: «رفضت الهيئة هذه الأرقام» (with «this number» or a
/// source's numbers for object, a denial).
pub const REJECT: Words = Words::new(&["رفض", "رفضت", "يرفض", "ترفض"]);

/// Who else gave a number a correction rejects: «وليس 35 كما تداولت بعض
/// الصفحات», «كما ذكرت وسائل إعلام», «بعض المواقع».
pub const OTHERS_SAID: Words = Words::new(&["مواقع", "صفحات", "وسائل", "حسابات", "تقارير", "شائعات", "اشاعات", "تداولت", "تداول", "روجت", "بعض"]);

/// Verbs of lowering or correcting a toll: «خفّضت الوزارة الحصيلة إلى 19».
/// Verbs raising a toll: with the toll after them («رفع المكتب الحصيلة إلى
/// 18») their subject reports it, as with [`LOWER`].
pub const RAISE: Words = Words::new(&["رفع", "رفعت", "ترفع", "يرفع", "رفعوا"]);

pub const LOWER: Words = Words::new(&["خفض", "خفضت", "تخفض", "يخفض", "تخفضها", "خفضها", "يخفضها", "عدل", "عدلت", "تعدل", "عدلها", "عدلتها", "تعدلها", "صحح", "صححت", "تصحح", "صححها", "تصححها"]);

/// Verbs of saying whose subject, not object, a number right after them counts:
/// «قال ثلاثة من السكان إن ...» (unlike «رصدت» or «أعلنت», which take a count).
pub const SPEAKERS: Words = Words::new(&[
    "قال", "قالت", "قالوا", "يقول", "تقول", "افاد", "افادت", "اكد", "اكدت", "ذكر", "ذكرت", "اوضح", "اوضحت", "صرح", "صرحت", "اضاف", "اضافت",
]);

/// Verbs of accusing («اتهمت جمعية الجيش بقتل 31»): not a cue of their own
/// (the accused follows the accuser), but the subject a conjoined «وقال» goes
/// on with.
pub const ACCUSE: Words = Words::new(&["اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا"]);

/// The words of Hijri dates, folded («شعبان 1447 هـ»): the months' names and the era's letter.
pub const HIJRI: Words = Words::new(&[
    "محرم", "صفر", "ربيع", "الاول", "الاخر", "الثاني", "جمادي", "الاولي", "الاخره", "رجب", "شعبان", "رمضان", "شوال", "ذو", "القعده", "الحجه", "ه", "هـ",
]);

/// Words that may stand before a day without changing it: «مساء أمس», «يوم 19 أوت».
pub const PART_OF_DAY: Words = Words::new(&["مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "عصر", "يوم", "ظهيره", "صبيحه", "عشيه"]);

/// «At that time»: a time named before it, told again: «أحصت الديفنسوريا حينها 132».
pub const THEN: Words = Words::new(&["حينها", "حينذاك", "انذاك", "وقتها", "يومها", "عندها"]);

/// Words after a month or weekday that put it in the past: «مارس الماضي».
pub const PAST: Words = Words::new(&["الماضي", "المنصرم", "الفائت"]);

/// Nouns of an event, and its verb (without ال): a day right after one is the
/// event's («حصيلة هجوم الأحد»), not the report's.
pub const EVENT: Words = Words::new(&[
    "هجوم", "هجمات", "قصف", "غاره", "غارات", "انفجار", "تفجير", "اشتباكات", "مواجهات", "احتجاجات", "تظاهرات", "مظاهرات",
    "حادث", "حادثه", "زلزال", "فيضانات", "كمين", "معارك", "عمليه", "عمليات", "وقع", "وقعت",
    "كارثه", "فاجعه", "مجزره", "انفجارات", "حريق", "انهيار", "تدافع",
]);

/// Verbs and participles of a report's publication: «تقرير نُشر في يناير», «تحديثه الصادر مساء السبت».
pub const PUBLISHED: Words = Words::new(&["نشر", "نشرت", "نشره", "نشرته", "صدر", "صدرت", "الصادر", "الصادره"]);

/// Reports that a denial in the sentence before may reject: «المعلومات التي
/// تفيد بأن ...», «الأنباء التي تحدثت عن ...».
/// «ما يُتداول», «ما تردد», «ما أُشيع»: verbs of passing round (after «ما»), whose object
/// is a rumour.
pub const PASSED_ROUND: Words = Words::new(&["يتداول", "تداول", "يتردد", "تردد", "اشيع", "يشاع", "يتناقل", "تناقل"]);

/// «ما تداوله مدونون عن ...», «ما نشرته منظمة ...»: verbs of telling with the told as their
/// object pronoun (after «ما»), whose subject passed the figure on.
pub const TOLD: Words = Words::new(&[
    "تداوله", "تناقله", "نشره", "ذكره", "اورده", "روجه", "زعمه", "ادعاه", "تداولته", "نشرته", "ذكرته", "اوردته", "روجته", "زعمته",
    // (in the present: «ينفي ما تتداوله صفحات عن ...»; or by a plural: «ما تداولوه»)
    "يتداوله", "تتداوله", "يتناقله", "تتناقله", "ينشره", "تنشره", "يروجه", "تروجه", "تداولوه", "نشروه", "يتداولونه", "ينشرونه",
]);

pub const HEARSAY: Words = Words::new(&["معلومات", "انباء", "اخبار", "تقارير", "شائعات", "اشاعات", "ادعاءات", "مزاعم", "روايات"]);

/// «شخصا واحدا», «شخصين اثنين»: number words that repeat the count of the noun before them.
pub const ONE_TWO: Words = Words::new(&["واحد", "واحدا", "واحده", "اثنين", "اثنان", "اثنتين", "اثنتان"]);

/// Adverbs in the accusative, which have the shape of an indefinite object: «اعتقلت الشرطة
/// أيضاً», «قتلت الغارة فجراً».
pub const ADVERBS: Words = Words::new(&[
    "ايضا", "مؤقتا", "مجددا", "سابقا", "لاحقا", "مؤخرا", "حاليا", "فورا", "فجرا", "صباحا", "ظهرا", "عصرا", "ليلا", "نهارا", "اخيرا", "تقريبا", "رسميا", "عمدا", "فعلا", "اساسا", "تحديدا", "خصوصا", "اضافه", "مبدئيا", "احتياطيا", "تعسفيا", "جماعيا", "ميدانيا", "اداريا", "عشوائيا", "يوميا", "اسبوعيا", "شهريا", "سنويا", "بعضا", "جزئيا", "كليا", "نهائيا", "تلقائيا", "داخليا", "خارجيا", "احيانا", "غالبا", "دائما", "كثيرا", "قليلا", "جدا", "معا", "مجانا",
]);

/// Duals of «حالة» («حالتي وفاة» = 2).
pub const CASE_DUAL: Words = Words::new(&["حالتي", "حالتين", "حالتان", "حالتا"]);

/// «أصدرته», «أوردها», «نشرتها», «نشره», «أعلنتها», «تداولتها»: a verb of
/// saying or issuing (folded, without its conjunction) with the pronoun of
/// what it issued. («نشر» alone is as often deploying as publishing, and no
/// cue; with its pronoun it is.)
pub fn issued_verb(w: &str) -> bool {
    let stem = w.strip_suffix("ها").or_else(|| w.strip_suffix('ه'));
    stem.is_some_and(|s| matches!(s, "نشر" | "اعد" | "اعدت") || matches!(lookup(s).map(|x| x.0), Some(Lex::Cue(Cue::Says))))
}

/// [`lookup`], or else a feminine dual of a word it knows ([`feminine_dual`]).
pub fn lookup_or_dual(w: &str) -> Option<(Lex, usize, bool)> {
    lookup(w).or_else(|| feminine_dual(w))
}

/// The feminine dual of a person (or a thing) the table knows in the singular: «تلميذتين»,
/// «الطفلتين» are two of «تلميذة», «طفلة» (ة written ه here); «قتيلتين» two of
/// the dead.
fn feminine_dual(w: &str) -> Option<(Lex, usize, bool)> {
    let stem = w.strip_suffix("تين").or_else(|| w.strip_suffix("تان"))?;
    let mut one = String::with_capacity(stem.len() + 2);
    one.push_str(stem);
    one.push('ه');
    match lookup(&one)? {
        (Lex::Group(v, 1), p, d) => Some((Lex::Group(v, 2), p, d)),
        // («فأرداهما قتيلتين»: two of a counted noun in the feminine, «قتيلة»)
        (Lex::Trig(k, Form::Counted), p, d) => Some((Lex::Trig(k, Form::Dual), p, d)),
        // («انفجرت سيارتان مفخختان فقتلتا 121 شخصا»: two of a thing are things)
        (Lex::Thing, p, d) => Some((Lex::Thing, p, d)),
        _ => None,
    }
}

/// The entry of a folded word: `(entry, clitic chars stripped, whether ال was stripped)`.
pub fn lookup(w: &str) -> Option<(Lex, usize, bool)> {
    let t = table();
    let mut cs = [(0usize, '\0'); 5];
    let mut n = 0;
    // (a candidate needs at most 6 chars: the count stops there)
    for (k, x) in w.char_indices().take(6).enumerate() {
        if k < 5 {
            cs[k] = x;
        }
        n = k + 1;
    }
    let at = |k: usize| (k < n.min(5)).then(|| cs[k].1);
    let byte = |k: usize| if k < n.min(5) { cs[k].0 } else { w.len() };
    // candidate prefix lengths, least stripping first
    let mut cands: [(usize, bool); 8] = [(usize::MAX, false); 8];
    let mut k = 0;
    let mut add = |p: usize, d: bool| {
        if n >= p + 2 && k < 8 {
            cands[k] = (p, d);
            k += 1;
        }
    };
    add(0, false);
    let conj = matches!(at(0), Some('و' | 'ف')) as usize;
    if conj == 1 {
        add(1, false);
    }
    for c in [0, conj] {
        if matches!(at(c), Some('ب' | 'ل' | 'ك')) {
            add(c + 1, false);
        }
    }
    for c in [0, conj] {
        if at(c) == Some('ا') && at(c + 1) == Some('ل') {
            add(c + 2, true);
        }
        if matches!(at(c), Some('ب' | 'ك')) && at(c + 1) == Some('ا') && at(c + 2) == Some('ل') {
            add(c + 3, true);
        }
        if at(c) == Some('ل') && at(c + 1) == Some('ل') {
            add(c + 2, true);
        }
        if conj == 0 {
            break;
        }
    }
    cands[..k].iter().find_map(|&(p, d)| t.get(&w[byte(p)..]).map(|e| (e, p, d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_holds_each_of_its_words_and_no_other() {
        for list in [&SUBSET, &NAMED_BY_NUMBER, &EXCEED, &TOLL_HEADS, &STILL, &TRAPPED, &PASSENGERS, &CARRY, &MEN_OF, &BY_AGENT, &ONE_MORE, &SOURCE_STOPS, &TIMES, &AGENCIES, &REPORT_NOUNS, &REPORT_ADJECTIVES, &ROLES, &OTHERS_SAID, &LOWER, &RAISE, &REJECT, &ACCUSE, &SPEAKERS, &HIJRI, &PART_OF_DAY, &THEN, &PAST, &EVENT, &PUBLISHED, &HEARSAY, &TOLD, &PASSED_ROUND, &ONE_TWO, &CASE_DUAL, &ESTIMATE, &ADVERBS] {
            for w in list.list {
                assert!(list.contains(w), "{w}");
                let longer = format!("{w}ا");
                assert_eq!(list.contains(&longer.as_str()), list.list.contains(&longer.as_str()), "{longer}");
            }
            assert!(!list.contains(&""));
        }
    }

    #[test]
    fn clitics_are_stripped_to_find_a_word() {
        assert_eq!(lookup("وقتل").map(|x| x.0), Some(Lex::Trig(Kind::Killed, Form::Verb)));
        assert_eq!(lookup("بالسيارات").map(|x| (x.0, x.1, x.2)), Some((Lex::Thing, 3, true)));
        assert_eq!(lookup("للشرطه").map(|x| x.2), Some(true));
        assert_eq!(lookup("وفقا").map(|x| x.0), Some(Lex::Cue(Cue::Per)));
        assert!(lookup("كتاب").is_none());
    }

    fn kind(w: &str) -> Option<Kind> {
        let f: String = w.chars().filter_map(crate::normalise::fold).collect();
        trig(lookup(&f).map(|x| x.0)).map(|x| x.0)
    }

    #[test]
    fn spellings_with_marks_and_clitics() {
        for w in ["قُتِل", "وقُتلوا", "بمقتل", "القتلى", "لقوا", "حتفهم", "وتوفي", "شهداء", "الوفيات"] {
            assert_eq!(kind(w), Some(Killed), "{w}");
        }
        for w in ["أُصيب", "وجُرح", "الجرحى", "بجروح", "إصابة", "المصابين"] {
            assert_eq!(kind(w), Some(Injured), "{w}");
        }
        for w in ["اعتُقل", "واعتقلت", "الموقوفين", "توقيف", "احتجاز", "المعتقلين", "أوقفت"] {
            assert_eq!(kind(w), Some(Arrested), "{w}");
        }
        for w in ["قال", "سيارة", "الاحتجاجات", "المحتجين"] {
            assert_eq!(kind(w), None, "{w}");
        }
    }
}
