//! Source labels: one table mapping who reported a figure (the attribution as
//! written, folded) to a short label in English and in Arabic, and a type
//! (government, security, health, UN or NGO, media, witnesses). The first key
//! found in the attribution wins, so specific keys come before general ones
//! («الدفاع المدني» before «الدفاع»). A source the table does not name is
//! grouped under its type, read from its head noun («وزارة النقل»: a
//! government body; «نقابة ...»: an NGO), and only then under "Other".
//!
//! The extractor gives the English label in each record's `claimant.label`;
//! [`arabic`] and [`kind`] give the Arabic label and the type of any label it
//! gives, so that a page in Arabic never needs to show an English one.

/// What kind of body a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceType {
    Government,
    Security,
    Health,
    /// The UN's agencies, NGOs, human rights groups, unions, monitors.
    UnNgo,
    Media,
    /// Witnesses, residents, activists, local sources.
    Witnesses,
    Other,
}

impl SourceType {
    /// The type's name in records and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Government => "government",
            SourceType::Security => "security",
            SourceType::Health => "health",
            SourceType::UnNgo => "un_ngo",
            SourceType::Media => "media",
            SourceType::Witnesses => "witnesses",
            SourceType::Other => "other",
        }
    }
}

/// A source's labels and type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub en: &'static str,
    pub ar: &'static str,
    pub kind: SourceType,
}

use SourceType::*;

/// Specific sources: a key (folded Arabic, «لل» read as «ال») and the index
/// of its label in [`EN`] / [`AR`] / [`KIND`]. The first key found wins.
const KEYS: &[(&str, u8)] = &[
    ("اطباء بلا حدود", 0),
    ("الصحه العالميه", 1),
    ("المنظمه الدوليه الهجره", 2),
    ("الحرس الوطني", 3),
    ("اونروا", 4),
    ("الداخليه", 5),
    ("الصحه", 6),
    // «دائرة صحة كركوك», «مديرية صحة ذي قار»
    (" صحه", 6),
    ("وزاره الاعلام", 7),
    ("وزير الاعلام", 7),
    ("الدفاع المدني", 8),
    // the Maghreb's, Mexico's, Haiti's «الحماية المدنية» (Protection civile), a body of its own name
    ("الحمايه المدنيه", 60),
    // «الرابطة ... للدفاع عن حقوق الإنسان»: a rights group, no defence ministry
    ("الدفاع عن حقوق", 25),
    // Latin America's public defender («الدفاع العام», Defensoria Pública): no defence ministry
    ("الدفاع العام", 53),
    ("الدفاع", 9),
    ("الخارجيه", 10),
    ("العدل", 11),
    ("شرطه", 12),
    ("الامن العام", 12),
    ("الامن الوطني", 12),
    ("قوي الامن", 12),
    ("الدرك", 13),
    ("الدعم السريع", 14),
    ("الجيش", 15),
    ("النيابه", 16),
    ("النائب العام", 16),
    // Jordan's and the Levant's prosecutor, and Algeria's («وكيل الجمهورية»)
    ("المدعي العام", 16),
    // (one of a district: «مدعي عام غرب عمّان»)
    ("مدعي عام", 16),
    ("وكيل الجمهوريه", 16),
    ("الادعاء", 16),
    ("اللاجئين", 17),
    ("يونيسف", 18),
    ("اوتشا", 19),
    ("تنسيق الشؤون الانسانيه", 19),
    ("الاغذيه العالمي", 20),
    ("الامم المتحده", 4),
    ("امميه", 4),
    ("اممي", 4),
    ("العفو الدوليه", 21),
    ("هيومن رايتس", 22),
    ("الصليب الاحمر", 23),
    ("الهلال الاحمر", 24),
    ("حقوق الانسان", 25),
    ("حقوقي", 25),
    ("نقابه المحامين", 26),
    ("محامي", 26),
    ("اطباء", 27),
    ("مرصد", 28),
    // the conflict data project ACLED («مشروع ... "أكليد"»)
    ("اكليد", 28),
    ("مستشفي", 29),
    // (at a word's start: «تطبيق "تلغرام"» is no medical source)
    (" طبي", 30),
    (" الطبي", 30),
    ("مسعف", 31),
    ("اسعاف", 32),
    ("امني", 33),
    // «مصدر عسكري», «مصادر عسكرية»
    ("عسكري", 33),
    ("رئاسه", 34),
    ("رئيس الوزراء", 35),
    // (the word, not «الرئيسي», main: «تحالف المعارضة الرئيسي»)
    ("الرئيس ", 36),
    ("الحكومه", 37),
    // «حكومة جمهورية أفريقيا الوسطى»: a government named in construct
    (" حكومه ", 37),
    ("رويترز", 38),
    ("فرانس برس", 39),
    ("الفرنسيه", 39),
    ("اسوشيتد", 40),
    ("الاناضول", 41),
    ("انترفاكس", 42),
    ("التلفزيون", 43),
    ("التلفزه", 43),
    // a state agency for emergencies or disasters is no news agency: «وكالة إدارة الطوارئ»,
    // «وكالة إدارة الحرائق والكوارث»
    ("وكاله اداره", 53),
    ("لاداره الكوارث", 53),
    ("لاداره الطوارئ", 53),
    ("وكاله الانباء", 44),
    ("وكاله", 44),
    ("شهود", 45),
    ("ناشط", 46),
    ("المعارضه", 47),
    ("وسائل", 48),
    ("الاعلام", 48),
    ("قناه", 48),
    ("صحيفه", 48),
    ("المتحدث", 49),
    ("محافظ", 50),
    // «حاكم الولاية», «حاكم إقليم موانزا» (not «الحزب الحاكم», the ruling party)
    (" حاكم ", 50),
    ("الوالي", 50),
    // «بيانات رسمية», «مصادر رسمية»: official, the government's
    (" رسميه", 37),
    ("مصادر", 51),
    ("مصدر", 52),
];

/// Each label in English (what records carry), in Arabic, and its type; the
/// Arabic labels are only linked into a build that asks for them.
const EN: &[&str] = &["MSF", "WHO", "IOM", "National Guard", "United Nations", "Interior Ministry", "Health Ministry", "Information Ministry", "Civil Defence", "Defence Ministry", "Foreign Ministry", "Justice Ministry", "Police", "Gendarmerie", "Rapid Support Forces", "Army", "Prosecutor", "UNHCR", "UNICEF", "OCHA", "WFP", "Amnesty International", "Human Rights Watch", "Red Cross", "Red Crescent", "Human rights group", "Lawyers' union", "Doctors' union", "Monitor", "Hospital", "Medical sources", "Paramedics", "Ambulance service", "Security sources", "Presidency", "Prime Minister", "President", "Government", "Reuters", "AFP", "AP", "Anadolu", "Interfax", "State TV", "News agency", "Witnesses", "Activists", "Opposition", "Media", "Spokesperson", "Governor", "Sources", "Sources", "Government body", "Security body", "Health body", "NGO or UN body", "Media outlet", "Local sources", "Other", "Civil Protection"];
const AR: &[&str] = &["أطباء بلا حدود", "منظمة الصحة العالمية", "المنظمة الدولية للهجرة", "الحرس الوطني", "الأمم المتحدة", "وزارة الداخلية", "وزارة الصحة", "وزارة الإعلام", "الدفاع المدني", "وزارة الدفاع", "وزارة الخارجية", "وزارة العدل", "الشرطة", "الدرك", "قوات الدعم السريع", "الجيش", "النيابة العامة", "مفوضية اللاجئين", "اليونيسف", "مكتب تنسيق الشؤون الإنسانية", "برنامج الأغذية العالمي", "منظمة العفو الدولية", "هيومن رايتس ووتش", "الصليب الأحمر", "الهلال الأحمر", "منظمة حقوقية", "نقابة المحامين", "نقابة الأطباء", "مرصد", "مستشفى", "مصادر طبية", "مسعفون", "الإسعاف", "مصادر أمنية", "الرئاسة", "رئيس الوزراء", "الرئيس", "الحكومة", "رويترز", "فرانس برس", "أسوشيتد برس", "الأناضول", "إنترفاكس", "التلفزيون الرسمي", "وكالة أنباء", "شهود عيان", "ناشطون", "المعارضة", "وسائل الإعلام", "متحدث رسمي", "المحافظ", "مصادر", "مصدر", "جهة حكومية", "جهة أمنية", "جهة صحية", "منظمة أهلية أو دولية", "وسيلة إعلام", "مصادر محلية", "جهات أخرى", "الحماية المدنية"];
const KIND: &[SourceType] = &[UnNgo, UnNgo, UnNgo, Security, UnNgo, Government, Health, Government, Security, Security, Government, Government, Security, Security, Security, Security, Government, UnNgo, UnNgo, UnNgo, UnNgo, UnNgo, UnNgo, UnNgo, UnNgo, UnNgo, UnNgo, Health, UnNgo, Health, Health, Health, Health, Security, Government, Government, Government, Government, Media, Media, Media, Media, Media, Media, Media, Witnesses, Witnesses, Other, Media, Other, Government, Other, Other, Government, Security, Health, UnNgo, Media, Witnesses, Other, Security];

/// The label of each type, for a source the table does not name: these are
/// generic (two different generic sources are told apart by their text).
const GENERIC: &[u8] = &[53, 54, 55, 56, 57, 58, 59];

/// The label of a source of no known type: "Other".
const OTHER: usize = 59;

/// Head nouns (folded, without ال) that give an unnamed source its type.
const HEADS: &[(&str, SourceType)] = &[
    ("وزاره", Government), ("وزير", Government), ("سلطات", Government), ("سلطه", Government),
    ("مديريه", Government), ("بلديه", Government), ("ولايه", Government), ("حاكم", Government),
    ("مجلس", Government), ("محكمه", Government), ("مكتب", Government), ("هيئه", Government), ("اداره", Government), ("مسؤول", Government),
    ("قياده", Security), ("قوات", Security), ("مصالح", Security),
    // (a force's branches and units: «شعبة المعلومات», «وحدات الحماية المدنية», «دورية من ...»; not «فرق», teams of any kind)
    ("شعبه", Security), ("وحدات", Security), ("دوريه", Security),
    ("مركز", Health), ("تجمع", UnNgo), ("لجنه", UnNgo), ("لجان", UnNgo), ("نقابه", UnNgo), ("مفوضيه", UnNgo),
    ("منظمه", UnNgo), ("بعثه", UnNgo), ("مجموعه", UnNgo), ("شبكه", UnNgo), ("منتدي", UnNgo), ("جمعيه", UnNgo), ("رابطه", UnNgo), ("اتحاد", UnNgo), ("حزب", Other),
    ("موقع", Media), ("مواقع", Media), ("قنوات", Media), ("قناه", Media), ("صفحه", Media), ("صفحات", Media), ("حسابات", Media), ("حساب", Media), ("منشورات", Media), ("مقطع", Media), ("مقاطع", Media), ("منصه", Media), ("مراسل", Media),
    ("سكان", Witnesses), ("اهالي", Witnesses), ("مواطنون", Witnesses), ("مواطنين", Witnesses),
];

/// Whether a folded word (without ال) heads the name of a body: «مكتب», «وزارة», «منظمة».
pub fn is_body_head(w: &str) -> bool {
    HEADS.iter().any(|(h, k)| *h == w && !matches!(k, Witnesses | Media))
}

/// Whether a folded word (without ال) heads the name of a source of any kind, an outlet
/// or a platform too: «منصة», «موقع», «وزارة».
pub fn is_head(w: &str) -> bool {
    HEADS.iter().any(|(h, k)| *h == w && *k != Witnesses)
}

/// The English label of an attribution given as folded words.
pub fn label(norm: &str) -> &'static str {
    EN[index(norm)]
}

/// The index of an attribution's label: a key of the table, else its type's
/// generic label, read from its head noun.
fn index(norm: &str) -> usize {
    // (spaces around the words, for keys that are whole words: «الرئيس » is not «الرئيسي»)
    let norm = &format!(" {norm} ").replace(" لل", " ال");
    if let Some(&(_, i)) = KEYS.iter().find(|(k, _)| has(norm, k)) {
        return i as usize;
    }
    // «بعض المواقع»: the noun after «بعض»
    let mut words = norm.split_whitespace();
    let (first, second, third) = (words.next().unwrap_or(""), words.next(), words.next());
    let head = if first == "بعض" { second.unwrap_or("") } else { first };
    // «ثلاثة من السكان», «عدد من الأهالي»: the people a count names
    let head = match (second, third) {
        (Some("من"), Some(w)) if !HEADS.iter().any(|(h, _)| *h == head) => w,
        _ => head,
    };
    let head = head.strip_prefix("ال").unwrap_or(head);
    let kind = HEADS.iter().find(|(h, _)| *h == head).map_or(Other, |x| x.1);
    GENERIC.iter().map(|&g| g as usize).find(|&g| KIND[g] == kind).unwrap_or(OTHER)
}

/// Whether `k` occurs in the short text `hay`: a plain scan, since `str::contains`
/// first sets up a searcher for long texts, which costs more than the search
/// here (a source phrase is a few words, and each is tried against every key).
/// The first two bytes are compared first: in Arabic text nearly every other
/// byte is the lead byte 0xD8 or 0xD9, so one byte would sort out little.
fn has(hay: &str, k: &str) -> bool {
    let (h, k) = (hay.as_bytes(), k.as_bytes());
    match *k {
        [] => true,
        [k0] => h.contains(&k0),
        [k0, k1, ..] => h.len() >= k.len() && (0..=h.len() - k.len()).any(|i| h[i + 1] == k1 && h[i] == k0 && &h[i..i + k.len()] == k),
    }
}

/// Whether a label only names a type: two sources with it differ by their text.
pub fn is_generic(en: &str) -> bool {
    GENERIC.iter().any(|&g| EN[g as usize] == en)
}

/// The labels and type of an English label the extractor gives.
pub fn source(en: &str) -> Option<Source> {
    EN.iter().position(|&e| e == en).map(|i| Source { en: EN[i], ar: AR[i], kind: KIND[i] })
}

/// The Arabic label of an English label the extractor gives.
pub fn arabic(en: &str) -> Option<&'static str> {
    source(en).map(|s| s.ar)
}

/// The type of an English label the extractor gives.
pub fn kind(en: &str) -> Option<SourceType> {
    source(en).map(|s| s.kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::fold;

    fn src(s: &str) -> Source {
        source(label(&s.chars().filter_map(fold).collect::<String>())).unwrap()
    }

    #[test]
    fn specific_labels_in_english_and_arabic() {
        for (text, en, ar, kind) in [
            ("وزارة الصحة الفلسطينية", "Health Ministry", "وزارة الصحة", Health),
            ("دائرة صحة المحافظة", "Health Ministry", "وزارة الصحة", Health),
            ("مصادر رسمية", "Government", "الحكومة", Government),
            ("مصدر عسكري", "Security sources", "مصادر أمنية", Security),
            ("المديرية العامة للدفاع المدني", "Civil Defence", "الدفاع المدني", Security),
            ("نقابة المحامين", "Lawyers' union", "نقابة المحامين", UnNgo),
            ("المفوضية السامية لشؤون اللاجئين", "UNHCR", "مفوضية اللاجئين", UnNgo),
            ("قيادة الدرك الملكي", "Gendarmerie", "الدرك", Security),
            ("محافظ البصرة", "Governor", "المحافظ", Government),
        ] {
            assert_eq!(src(text), Source { en, ar, kind }, "{text}");
        }
    }

    #[test]
    fn unnamed_sources_are_grouped_by_type() {
        for (text, kind) in [
            ("وزارة النقل", Government),
            ("السلطات المحلية", Government),
            ("لجنة التحقيق", UnNgo),
            ("تجمع المهنيين", UnNgo),
            ("حسابات على مواقع التواصل", Media),
            ("سكان الحي", Witnesses),
            ("ثلاثة من السكان ومسؤول محلي", Witnesses),
            ("فلان", Other),
        ] {
            let s = src(text);
            assert_eq!(s.kind, kind, "{text}");
            assert!(is_generic(s.en), "{text}");
        }
    }

    #[test]
    fn every_label_has_arabic_and_a_type() {
        assert_eq!((EN.len(), AR.len()), (KIND.len(), KIND.len()));
        for &(k, i) in KEYS {
            let s = source(EN[i as usize]).unwrap();
            assert!(s.ar.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)), "{k}");
        }
        assert_eq!(arabic("Other"), Some("جهات أخرى"));
        assert_eq!((EN[OTHER], KIND[OTHER]), ("Other", Other));
        assert!(GENERIC.iter().all(|&g| (g as usize) < EN.len()));
        assert_eq!(kind("Police"), Some(Security));
        assert_eq!(arabic("Civil Protection"), Some("الحماية المدنية"));
    }
}
