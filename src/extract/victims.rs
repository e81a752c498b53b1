//! Victims: who a figure counts (protesters, security forces, civilians,
//! attackers, children, journalists, else people), read from the words after
//! the number; «آخرون» and a bare count take the group of the clause they
//! continue. Also the non-person nouns (cars, days, shops) that make a number
//! not a figure.

use super::text::Tok;
use super::words::{put, Table, Lex};
use crate::figure::Victims::{self, *};

pub(super) fn add(m: &mut Table) {
    let g = |v: Victims, n: u8| Lex::Group(v, n);
    put(m, "متظاهر متظاهرا محتج محتجا متظاهره", g(Protesters, 1));
    put(m, "متظاهران محتجان", g(Protesters, 2));
    put(m, "متظاهرين متظاهرون محتجين محتجون متظاهرات مشيعين ثوار انصار مناصرين مثيري", g(Protesters, 0));
    put(m, "شرطي شرطيا جندي جنديا عسكري عسكريا ضابط ضابطا دركي عون شرطيه", g(SecurityForces, 1));
    put(m, "شرطيان شرطيين جنديان جنديين ضابطان ضابطين عسكريان", g(SecurityForces, 2));
    // «72 عنصرا من عناصرها»: the speaker's own men
    put(m, "عناصرها عناصره عناصرهم افرادها افراده منتسبيها منسوبيها منسوبيه منسوبي منتسبي", g(SecurityForces, 0));
    put(m, "شرطه امن جنود جنوده جنودها قوات قوي عسكريين عسكريون ضباط جيش حرس درك اعوان شرطيون", g(SecurityForces, 0));
    put(m, "مدني مدنيا مواطن مواطنا", g(Civilians, 1));
    put(m, "مدنيان مواطنان", g(Civilians, 2));
    put(m, "مدنيين مدنيون مواطنين مواطنون", g(Civilians, 0));
    put(m, "مسلح مسلحا مهاجم مهاجما خاطف خاطفا ارهابي ارهابيا متشدد مقاتل مقاتلا انتحاري", g(Attackers, 1));
    put(m, "مسلحان مهاجمان مقاتلان", g(Attackers, 2));
    put(m, "مسلحين مسلحون مسلحي مهاجمين مهاجمون ارهابيين ارهابيون متشددين مقاتلين مقاتلون متطرفين متمردين جهاديين عصابه عصابات خليه خلايا داعش خاطفين خاطفون \
         ميليشيا ميليشيات مليشيا مليشيات حركه تنظيم جماعه", g(Attackers, 0));
    put(m, "طفل طفلا طفله", g(Children, 1));
    put(m, "طفلان طفلين", g(Children, 2));
    put(m, "اطفال اطفالا قاصرين قصر", g(Children, 0));
    put(m, "صحفي صحفيا صحافي صحافيا مراسل مصور", g(Journalists, 1));
    put(m, "صحفيان صحافيان", g(Journalists, 2));
    put(m, "صحفيين صحفيون صحافيين صحافيون اعلاميين مراسلين مصورين", g(Journalists, 0));
    put(m, "حاج حاجا", g(People, 1));
    put(m, "حجاج", g(People, 0));
    put(m, "شخص شخصا رجل رجلا امراه سيده مسعف مسعفا متهم متهما طالب طالبا شاب شابا عامل عاملا", g(People, 1));
    put(m, "شخصان شخصين رجلان رجلين امراتان امراتين سيدتان سيدتين", g(People, 2));
    put(m, "اشخاص اشخاصا رجال نساء سيدات شبان شباب مرضي عمال مسعفين مسعفون متهمين متهمون طلاب", g(People, 0));
    put(m, "اخرون اخرين", Lex::Others);
    put(
        m,
        "سياره سيارات مركبه مركبات متجر متجرا متاجر محل محلات مبني مباني مبان منزل منزلا منازل بيت بيوت \
         مكتب مكاتب مطعم مطاعم مقهي محلا شركه شركات مؤسسه مؤسسات مدرسه مدارس مستشفي مستشفيات مسجد مساجد \
         مدينه مدن قريه قري منطقه مناطق ولايه ولايات محافظه محافظات دوله دول بلدا \
         يوم يوما ايام ساعه ساعات دقيقه دقائق اسبوع اسابيع شهر اشهر شهور سنه سنوات عام عاما اعوام قرن \
         دولار دولارا دينار يورو ريال جنيه درهم ليره بالمئه بالمائه نسمه طن اطنان كيلومتر كلم متر مترا لتر برميل \
         صاروخ صواريخ قذيفه قذائف طائره طائرات طلقه رصاصه رصاصات هجوم هجمات عمليه عمليات مره مرات \
         نقطه نقاط مقعد مقاعد صوت اصوات موقع مواقع حافله حافلات شاحنه شاحنات قارب قوارب عبوه لغم الغام \
         بندقيه بنادق اسلحه درجه صفحه تغريده صوره فيديو ملف ملفات قضيه قضايا مليار مليارات \
         دراجه دراجات مخالفه مخالفات عائله عائلات هدف اهداف حريق حرائق طابق طوابق \
         كيلوغرام كيلوغراما كيلوجرام كغ غرام جرام حبه اقراص",
        Lex::Thing,
    );
}

/// The group named in `toks[from..to]`: stops at clause ends, numbers and
/// prepositions (but reads through «من» and «في صفوف»). `Err(())` means
/// «آخرون» (take the clause's group).
pub fn find(toks: &[Tok], from: usize, to: usize) -> Result<Option<Victims>, ()> {
    let mut j = from;
    while j < to.min(toks.len()) {
        let t = &toks[j];
        // «بينهم ...» names a part, not the whole
        if t.is_clause_end() || t.cls == super::text::Cls::Num || matches!(t.bare(), "بينهم" | "منهم" | "بينها") {
            break;
        }
        match t.lex {
            Some(Lex::Group(v, _)) => return Ok(Some(v)),
            Some(Lex::Others) => return Err(()),
            Some(Lex::Prep) if t.bare() != "من" => {
                let next_ranks = toks.get(j + 1).is_some_and(|n| matches!(n.bare(), "صفوف" | "بين"));
                if !(t.bare() == "في" && next_ranks) {
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::super::text::Doc;
    use super::*;

    fn group(s: &str) -> Result<Option<Victims>, ()> {
        let d = Doc::new(s);
        find(&d.toks, 0, d.toks.len())
    }

    #[test]
    fn groups_from_the_words_after_a_count() {
        assert_eq!(group("من عناصر الشرطة"), Ok(Some(SecurityForces)));
        assert_eq!(group("جنود سقطوا"), Ok(Some(SecurityForces)));
        assert_eq!(group("محتجين في الساحة"), Ok(Some(Protesters)));
        assert_eq!(group("من المدنيين بينهم نساء"), Ok(Some(Civilians)));
        assert_eq!(group("مسلحين"), Ok(Some(Attackers)));
        assert_eq!(group("أطفالاً"), Ok(Some(Children)));
        assert_eq!(group("صحفيين"), Ok(Some(Journalists)));
        assert_eq!(group("أشخاص في اشتباكات مع الشرطة"), Ok(Some(People)));
        assert_eq!(group("في اشتباكات مع الشرطة"), Ok(None));
        assert_eq!(group("في صفوف الجيش"), Ok(Some(SecurityForces)));
        assert_eq!(group("آخرون"), Err(()));
    }
}
