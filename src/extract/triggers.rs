//! Trigger words: the verbs and nouns that say people were killed, injured or
//! arrested, in their folded spellings (clitics و ف ب ل ال are stripped before
//! lookup, so «وقتل», «بمقتل», «القتلى» all find their entry), plus the words
//! that sit between a trigger and its number (toll phrasing, prepositions,
//! negation).

use super::words::{put, Table, Form, Lex};
use crate::figure::Kind::{self, Arrested, Injured, Killed};

pub(super) fn add(m: &mut Table) {
    let t = |k: Kind, f: Form| Lex::Trig(k, f);
    put(m, "قتل قتلت قتلوا قتلا يقتل قتلو توفي توفيت توفوا توفيا استشهد استشهدت استشهدوا قضي قضوا لقي لقوا لقيت لقيا يلقون اغتيل حيد حيدت حيدوا يحيد سقط قتلنا اعدم اعدمت اعدموا فارق فارقت فارقوا ارتقي ارتقت ارتقوا", t(Killed, Form::Verb));
    put(m, "مقتل مقتلهم مقتله وفاه استشهاد مصرع اغتيال بحياه تحييد سقوط اعدام ارتقاء", t(Killed, Form::Event));
    put(m, "حتفه حتفهم حتفها حتفهما مصرعه مصرعهم مصرعها مصرعهما", t(Killed, Form::After));
    put(m, "قتيل قتيلا قتلي قتيله شهيد شهيدا شهداء ضحيه ضحايا وفيات جثه جثث جثمان جثامين قتلاه قتلاهم قتلاها", t(Killed, Form::Counted));
    put(m, "قتيلان قتيلين شهيدان شهيدين ضحيتان ضحيتين", t(Killed, Form::Dual));
    put(m, "قضاء قضت", t(Killed, Form::NeedsAla));

    put(m, "جرح جرحت جرحوا اصيب اصيبت اصيبوا اصيبا يصاب تصاب يصابون", t(Injured, Form::Verb));
    put(m, "اصابه", t(Injured, Form::Event));
    put(m, "جروح", t(Injured, Form::After));
    put(m, "جريح جريحا جرحي جريحه مصاب مصابا مصابين مصابون اصابات جرحاه جرحاهم جرحاها", t(Injured, Form::Counted));
    put(m, "جريحان جريحين مصابان", t(Injured, Form::Dual));

    put(m, "اعتقل اعتقلت اعتقلوا يعتقل اوقف اوقفت اوقفوا احتجز احتجزت احتجزوا ضبطت ضبطوا اعتقلنا", t(Arrested, Form::Verb));
    put(m, "اعتقال توقيف احتجاز ايقاف ضبط", t(Arrested, Form::Event));
    put(m, "معتقل معتقلا معتقلين معتقلون موقوف موقوفا موقوفين موقوفون محتجز محتجزا محتجزين محتجزون اعتقالات", t(Arrested, Form::Counted));
    put(m, "معتقلان موقوفان محتجزان", t(Arrested, Form::Dual));
    put(m, "قبض", t(Arrested, Form::NeedsAla));

    put(m, "حصيله عدد ارتفع ارتفعت ترتفع يرتفع وصل وصلت بلغ بلغت قدر قدرت", Lex::Toll);
    put(m, "حاله حالات", Lex::Case);
    put(m, "لم لن ليس ليست دون بدون عدم افرج افرجت افراج سراح يفرج تفرج \
         انقذ انقذت انقذوا ينقذ تنقذ اجلت \
         اسر اسرت اسروا خطف خطفت خطفوا اختطف اختطفت اختطفوا اختطاف نزح نزحوا", Lex::Neg);
    put(m, "تشريد تهجير نزوح اجلاء اخلاء", Lex::Away);
    put(m, "اتقتل انقتل", t(Killed, Form::Verb));
    put(m, "اتصاب انصاب", t(Injured, Form::Verb));
    put(m, "اتقبض", t(Arrested, Form::NeedsAla));
    put(m, "في علي ب ل منذ خلال بعد قبل حتي عند مع لمده طيله الي عبر ضمن من بحق", Lex::Prep);
}

/// The trigger of a word, if it is one.
pub fn trig(l: Option<Lex>) -> Option<(Kind, Form)> {
    match l {
        Some(Lex::Trig(k, f)) => Some((k, f)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::words::lookup;
    use super::*;
    use crate::extract::text::fold;

    fn kind(w: &str) -> Option<Kind> {
        let f: String = w.chars().filter_map(fold).collect();
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
