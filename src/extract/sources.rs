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

const fn s(en: &'static str, ar: &'static str, kind: SourceType) -> Source {
    Source { en, ar, kind }
}

/// Specific sources: a key (folded Arabic, «لل» read as «ال») and its source.
const TABLE: &[(&str, Source)] = &[
    ("اطباء بلا حدود", s("MSF", "أطباء بلا حدود", UnNgo)),
    ("الصحه العالميه", s("WHO", "منظمة الصحة العالمية", UnNgo)),
    ("المنظمه الدوليه الهجره", s("IOM", "المنظمة الدولية للهجرة", UnNgo)),
    ("الحرس الوطني", s("National Guard", "الحرس الوطني", Security)),
    ("اونروا", s("United Nations", "الأمم المتحدة", UnNgo)),
    ("الداخليه", s("Interior Ministry", "وزارة الداخلية", Government)),
    ("الصحه", s("Health Ministry", "وزارة الصحة", Health)),
    // «دائرة صحة كركوك», «مديرية صحة ذي قار»
    (" صحه", s("Health Ministry", "وزارة الصحة", Health)),
    ("وزاره الاعلام", s("Information Ministry", "وزارة الإعلام", Government)),
    ("وزير الاعلام", s("Information Ministry", "وزارة الإعلام", Government)),
    ("الدفاع المدني", s("Civil Defence", "الدفاع المدني", Security)),
    ("الحمايه المدنيه", s("Civil Defence", "الدفاع المدني", Security)),
    ("الدفاع", s("Defence Ministry", "وزارة الدفاع", Security)),
    ("الخارجيه", s("Foreign Ministry", "وزارة الخارجية", Government)),
    ("العدل", s("Justice Ministry", "وزارة العدل", Government)),
    ("شرطه", s("Police", "الشرطة", Security)),
    ("الامن العام", s("Police", "الشرطة", Security)),
    ("الامن الوطني", s("Police", "الشرطة", Security)),
    ("قوي الامن", s("Police", "الشرطة", Security)),
    ("الدرك", s("Gendarmerie", "الدرك", Security)),
    ("الدعم السريع", s("Rapid Support Forces", "قوات الدعم السريع", Security)),
    ("الجيش", s("Army", "الجيش", Security)),
    ("النيابه", s("Prosecutor", "النيابة العامة", Government)),
    ("الادعاء", s("Prosecutor", "النيابة العامة", Government)),
    ("اللاجئين", s("UNHCR", "مفوضية اللاجئين", UnNgo)),
    ("يونيسف", s("UNICEF", "اليونيسف", UnNgo)),
    ("اوتشا", s("OCHA", "مكتب تنسيق الشؤون الإنسانية", UnNgo)),
    ("تنسيق الشؤون الانسانيه", s("OCHA", "مكتب تنسيق الشؤون الإنسانية", UnNgo)),
    ("الاغذيه العالمي", s("WFP", "برنامج الأغذية العالمي", UnNgo)),
    ("الامم المتحده", s("United Nations", "الأمم المتحدة", UnNgo)),
    ("امميه", s("United Nations", "الأمم المتحدة", UnNgo)),
    ("اممي", s("United Nations", "الأمم المتحدة", UnNgo)),
    ("العفو الدوليه", s("Amnesty International", "منظمة العفو الدولية", UnNgo)),
    ("هيومن رايتس", s("Human Rights Watch", "هيومن رايتس ووتش", UnNgo)),
    ("الصليب الاحمر", s("Red Cross", "الصليب الأحمر", UnNgo)),
    ("الهلال الاحمر", s("Red Crescent", "الهلال الأحمر", UnNgo)),
    ("حقوق الانسان", s("Human rights group", "منظمة حقوقية", UnNgo)),
    ("حقوقي", s("Human rights group", "منظمة حقوقية", UnNgo)),
    ("نقابه المحامين", s("Lawyers' union", "نقابة المحامين", UnNgo)),
    ("محامي", s("Lawyers' union", "نقابة المحامين", UnNgo)),
    ("اطباء", s("Doctors' union", "نقابة الأطباء", Health)),
    ("مرصد", s("Monitor", "مرصد", UnNgo)),
    ("مستشفي", s("Hospital", "مستشفى", Health)),
    ("طبي", s("Medical sources", "مصادر طبية", Health)),
    ("مسعف", s("Paramedics", "مسعفون", Health)),
    ("اسعاف", s("Ambulance service", "الإسعاف", Health)),
    ("امني", s("Security sources", "مصادر أمنية", Security)),
    ("رئاسه", s("Presidency", "الرئاسة", Government)),
    ("رئيس الوزراء", s("Prime Minister", "رئيس الوزراء", Government)),
    ("الرئيس", s("President", "الرئيس", Government)),
    ("الحكومه", s("Government", "الحكومة", Government)),
    ("رويترز", s("Reuters", "رويترز", Media)),
    ("فرانس برس", s("AFP", "فرانس برس", Media)),
    ("الفرنسيه", s("AFP", "فرانس برس", Media)),
    ("اسوشيتد", s("AP", "أسوشيتد برس", Media)),
    ("الاناضول", s("Anadolu", "الأناضول", Media)),
    ("انترفاكس", s("Interfax", "إنترفاكس", Media)),
    ("التلفزيون", s("State TV", "التلفزيون الرسمي", Media)),
    ("التلفزه", s("State TV", "التلفزيون الرسمي", Media)),
    ("وكاله الانباء", s("News agency", "وكالة أنباء", Media)),
    ("وكاله", s("News agency", "وكالة أنباء", Media)),
    ("شهود", s("Witnesses", "شهود عيان", Witnesses)),
    ("ناشط", s("Activists", "ناشطون", Witnesses)),
    ("المعارضه", s("Opposition", "المعارضة", Other)),
    ("وسائل", s("Media", "وسائل الإعلام", Media)),
    ("الاعلام", s("Media", "وسائل الإعلام", Media)),
    ("قناه", s("Media", "وسائل الإعلام", Media)),
    ("صحيفه", s("Media", "وسائل الإعلام", Media)),
    ("المتحدث", s("Spokesperson", "متحدث رسمي", Other)),
    ("محافظ", s("Governor", "المحافظ", Government)),
    ("الوالي", s("Governor", "المحافظ", Government)),
    // «بيانات رسمية», «مصادر رسمية»: official, the government's
    (" رسميه", s("Government", "الحكومة", Government)),
    ("مصادر", s("Sources", "مصادر", Other)),
    ("مصدر", s("Sources", "مصدر", Other)),
];

/// The label of each type, for a source the table does not name: these are
/// generic (two different generic sources are told apart by their text).
const GENERIC: &[Source] = &[
    s("Government body", "جهة حكومية", Government),
    s("Security body", "جهة أمنية", Security),
    s("Health body", "جهة صحية", Health),
    s("NGO or UN body", "منظمة أهلية أو دولية", UnNgo),
    s("Media outlet", "وسيلة إعلام", Media),
    s("Local sources", "مصادر محلية", Witnesses),
    s("Other", "جهات أخرى", Other),
];

/// Head nouns (folded, without ال) that give an unnamed source its type.
const HEADS: &[(&str, SourceType)] = &[
    ("وزاره", Government), ("وزير", Government), ("سلطات", Government), ("سلطه", Government),
    ("مديريه", Government), ("بلديه", Government), ("ولايه", Government), ("حاكم", Government),
    ("مجلس", Government), ("مكتب", Government), ("هيئه", Government), ("اداره", Government), ("مسؤول", Government),
    ("قياده", Security), ("قوات", Security), ("مصالح", Security),
    ("مركز", Health), ("تجمع", UnNgo), ("لجنه", UnNgo), ("لجان", UnNgo), ("نقابه", UnNgo), ("مفوضيه", UnNgo),
    ("منظمه", UnNgo), ("شبكه", UnNgo), ("منتدي", UnNgo), ("جمعيه", UnNgo), ("رابطه", UnNgo), ("اتحاد", UnNgo),
    ("موقع", Media), ("مواقع", Media), ("صفحه", Media), ("صفحات", Media), ("حسابات", Media), ("مقطع", Media), ("منصه", Media), ("مراسل", Media),
    ("سكان", Witnesses), ("اهالي", Witnesses), ("مواطنون", Witnesses), ("مواطنين", Witnesses),
];

/// The source of an attribution given as folded words.
pub fn find(norm: &str) -> Source {
    let norm = &format!(" {norm}").replace(" لل", " ال");
    if let Some((_, s)) = TABLE.iter().find(|(k, _)| norm.contains(k)) {
        return *s;
    }
    // «بعض المواقع»: the noun after «بعض»
    let mut words = norm.split_whitespace();
    let head = words.next().filter(|&w| w != "بعض").or_else(|| words.next()).unwrap_or("");
    let head = head.strip_prefix("ال").unwrap_or(head);
    let kind = HEADS.iter().find(|(h, _)| *h == head).map_or(Other, |x| x.1);
    *GENERIC.iter().find(|g| g.kind == kind).unwrap_or(&GENERIC[GENERIC.len() - 1])
}

/// Whether a label only names a type: two sources with it differ by their text.
pub fn is_generic(en: &str) -> bool {
    GENERIC.iter().any(|g| g.en == en)
}

/// The source of an English label the extractor gives.
fn of_label(en: &str) -> Option<Source> {
    TABLE.iter().map(|x| x.1).chain(GENERIC.iter().copied()).find(|s| s.en == en)
}

/// The Arabic label of an English label the extractor gives.
pub fn arabic(en: &str) -> Option<&'static str> {
    of_label(en).map(|s| s.ar)
}

/// The type of an English label the extractor gives.
pub fn kind(en: &str) -> Option<SourceType> {
    of_label(en).map(|s| s.kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::normalise::fold;

    fn src(s: &str) -> Source {
        find(&s.chars().filter_map(fold).collect::<String>())
    }

    #[test]
    fn specific_labels_in_english_and_arabic() {
        for (text, en, ar, kind) in [
            ("وزارة الصحة الفلسطينية", "Health Ministry", "وزارة الصحة", Health),
            ("دائرة صحة المحافظة", "Health Ministry", "وزارة الصحة", Health),
            ("مصادر رسمية", "Government", "الحكومة", Government),
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
            ("فلان", Other),
        ] {
            let s = src(text);
            assert_eq!(s.kind, kind, "{text}");
            assert!(is_generic(s.en), "{text}");
        }
    }

    #[test]
    fn every_label_has_arabic_and_a_type() {
        for (_, s) in TABLE {
            assert!(arabic(s.en).is_some() && kind(s.en).is_some(), "{}", s.en);
            assert!(s.ar.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)), "{}", s.en);
        }
        assert_eq!(arabic("Other"), Some("جهات أخرى"));
    }
}
