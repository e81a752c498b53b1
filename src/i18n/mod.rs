//! The interface text in Arabic and English, natively as well as in the page
//! (so `tally page` writes the same words into the static first paint).
//!
//! Each string is a method on [`Text`], so a missing translation is a compile
//! error rather than a blank on the page. Numbers and dates are in
//! [`format`] (written as Chromium's `Intl` writes them, without calling it),
//! a count with its noun in [`count`];
//! the words the chart's scene needs are in [`words`].

pub mod count;
pub mod format;
pub mod words;

use crate::figure::{Kind, Qualifier, Status, Victims};
use crate::view::Lang;
use std::cell::RefCell;
use std::rc::Rc;

/// Finds an article's headline by id, in English or Arabic; `None` for a key
/// that is not an article's id (then it is a claimant's label).
pub type Headlines = Rc<dyn Fn(&str, bool) -> Option<String>>;

thread_local! {
    /// Where [`Text::source_name`] finds headlines: the page points it at its
    /// data, the first-paint writer at the set it writes.
    static HEADLINES: RefCell<Option<Headlines>> = const { RefCell::new(None) };
}

/// Makes [`Text::source_name`] find headlines with `h`; returns what it used before.
pub fn set_headlines(h: Option<Headlines>) -> Option<Headlines> {
    HEADLINES.with(|c| c.replace(h))
}

/// The headline of article `id`, through the function [`set_headlines`] gave.
pub fn headline(id: &str, english: bool) -> Option<String> {
    let h = HEADLINES.with(|c| c.borrow().clone())?;
    h(id, english)
}

/// The interface text for one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub lang: Lang,
}

macro_rules! strings {
    ($($name:ident: $en:expr, $ar:expr;)*) => {
        impl Text {
            $(pub fn $name(self) -> &'static str { self.pick($en, $ar) })*
        }
    };
}

impl Text {
    pub fn new(lang: Lang) -> Text {
        Text { lang }
    }

    fn pick(self, en: &'static str, ar: &'static str) -> &'static str {
        match self.lang {
            Lang::En => en,
            Lang::Ar => ar,
        }
    }

    /// BCP 47 tag for `lang` attributes.
    pub fn lang_tag(self) -> &'static str {
        self.pick("en", "ar")
    }

    pub fn dir(self) -> &'static str {
        self.pick("ltr", "rtl")
    }

    pub fn rtl(self) -> bool {
        self.lang == Lang::Ar
    }

    pub fn kind(self, k: Kind) -> &'static str {
        match k {
            Kind::Killed => self.pick("Killed", "قتلى"),
            Kind::Injured => self.pick("Injured", "جرحى"),
            Kind::Arrested => self.pick("Arrested", "معتقلون"),
        }
    }

    pub fn victims(self, v: Victims) -> &'static str {
        match v {
            Victims::Protesters => self.pick("protesters", "متظاهرون"),
            Victims::SecurityForces => self.pick("security forces", "قوات الأمن"),
            Victims::Civilians => self.pick("civilians", "مدنيون"),
            Victims::Attackers => self.pick("attackers", "مهاجمون"),
            Victims::Children => self.pick("children", "أطفال"),
            Victims::Journalists => self.pick("journalists", "صحفيون"),
            Victims::People => self.pick("people (unspecified)", "أشخاص (دون تحديد)"),
        }
    }

    pub fn qualifier(self, q: Qualifier) -> &'static str {
        match q {
            Qualifier::Exact => self.pick("exact", "دقيق"),
            Qualifier::AtLeast => self.pick("at least", "على الأقل"),
            Qualifier::MoreThan => self.pick("more than", "أكثر من"),
            Qualifier::About => self.pick("about", "نحو"),
            Qualifier::AtMost => self.pick("at most", "على الأكثر"),
            Qualifier::Range => self.pick("range", "نطاق"),
            Qualifier::Vague => self.pick("vague", "غير محدد"),
        }
    }

    pub fn status(self, s: Status) -> &'static str {
        match s {
            Status::Asserted => self.pick("asserted", "مؤكد"),
            Status::Retracted => self.pick("retracted", "مسحوب"),
            Status::Denied => self.pick("denied", "منفي"),
        }
    }

    pub fn vague_class(self, v: crate::figure::Vague) -> &'static str {
        use crate::figure::Vague::*;
        match v {
            Tens => self.pick("dozens", "عشرات"),
            Hundreds => self.pick("hundreds", "مئات"),
            Thousands => self.pick("thousands", "آلاف"),
            TensOfThousands => self.pick("tens of thousands", "عشرات الآلاف"),
        }
    }

    /// A claimant's English label in this language, from the extractor's one
    /// table of sources (`crate::extract::sources`). A label the table does not
    /// know stays as it is (the Arabic text as written is shown beside it).
    pub fn claimant_label(self, label: &str) -> String {
        if self.lang == Lang::En {
            return label.to_owned();
        }
        if label == crate::view::UNATTRIBUTED {
            return "دون نسبة".to_owned();
        }
        crate::extract::sources::arabic(label).map_or_else(|| label.to_owned(), str::to_owned)
    }
}

strings! {
    title: "Tally: casualty figures compared", "تالي: مقارنة أرقام الضحايا";
    tagline: "Who reported how many killed, injured and arrested, and when: every figure from the articles below, tied to the sentence it came from.",
             "من أعلن كم قتيلاً وجريحاً ومعتقلاً، ومتى: كل رقم ورد في المقالات أدناه، مربوطاً بالجملة التي جاء منها.";
    untitled: "Casualty figures compared", "مقارنة أرقام الضحايا";
    switch_lang: "العربية", "English";
    switch_lang_label: "Read this page in Arabic", "اقرأ هذه الصفحة بالإنجليزية";
    skip_to_chart: "Skip to the chart", "انتقل إلى الرسم البياني";
    articles: "Articles", "المقالات";
    no_outlet: "outlet not named", "المصدر غير مذكور";
    date_unknown: "date unknown", "تاريخ غير معروف";
    read_article: "Read the whole article", "اقرأ المقال كاملاً";
    hide_article: "Hide the article", "أخفِ المقال";
    footer: "Tally runs entirely in your browser: the articles travel inside the page, the ones you add stay in this browser, and the page makes no network request.",
            "يعمل تالي كلياً في متصفحك: المقالات محمولة داخل الصفحة، وما تضيفه منها يبقى في هذا المتصفح، ولا تُرسل الصفحة أي طلب عبر الشبكة.";
    articles_count: "articles", "مقالات";
    add_link: "Add your articles", "أضف مقالاتك";
    add_title: "Add articles", "إضافة مقالات";
    add_hint: "Paste an article's text, or drop or choose files: .txt (UTF-8), .html (its visible text is read), .json or .jsonl (one object per article, with \"text\" and optionally \"headline\", \"outlet\", \"published\", \"url\"). Up to 10 MB a file and 200,000 characters an article. Everything is read in this browser and kept here; nothing is sent anywhere.",
              "الصق نص مقال، أو أفلت ملفات أو اخترها: ‎.txt (بترميز UTF-8)، و‎.html (يُقرأ نصها الظاهر)، و‎.json أو ‎.jsonl (كائن لكل مقال فيه \"text\" واختيارياً \"headline\" و\"outlet\" و\"published\" و\"url\"). الحد 10 ميغابايت للملف و200 ألف حرف للمقال. تُقرأ كلها في هذا المتصفح وتبقى فيه، ولا يُرسل شيء إلى أي مكان.";
    choose_files: "Choose or drop files", "اختر ملفات أو أفلتها هنا";
    paste_label: "Article text", "نص المقال";
    details: "Details (optional)", "تفاصيل (اختيارية)";
    headline_label: "Headline", "العنوان";
    outlet_label: "Outlet", "الوسيلة الإعلامية";
    published_label: "Publication date (YYYY-MM-DD)", "تاريخ النشر (سنة-شهر-يوم)";
    url_label: "Address (http or https)", "الرابط (http أو https)";
    add_button: "Add this article", "أضف هذا المقال";
    reading: "Reading articles…", "جارٍ قراءة المقالات…";
    your_articles: "Your articles", "مقالاتك";
    remove: "Remove", "إزالة";
    show_more: "Show more", "اعرض المزيد";
    previous: "Previous", "السابق";
    all_dates: "All dates", "كل التواريخ";
    last_7_days: "Last 7 days", "آخر 7 أيام";
    next: "Next", "التالي";
    remove_all: "Remove all your articles", "أزل كل مقالاتك";
    show_articles: "Show the figures of", "اعرض أرقام";
    part_all: "all articles", "كل المقالات";
    part_base: "this page's articles", "مقالات هذه الصفحة";
    part_added: "your articles", "مقالاتك";
    with_yours: "+ your articles", "+ مقالاتك";
    only_yours: "Only your articles", "مقالاتك فقط";
    save_title_label: "Title of the saved page (optional)", "عنوان الصفحة المحفوظة (اختياري)";
    save_file: "Save as one file", "احفظ في ملف واحد";
    save_hint: "One HTML file with every article shown here and the current view: it opens from disk, by e-mail or on any web host, with no server.",
               "ملف HTML واحد فيه كل المقالات المعروضة هنا والعرض الحالي: يُفتح من القرص أو البريد أو أي استضافة، دون خادم.";
    saved: "The file was saved.", "حُفظ الملف.";
    save_failed: "The file could not be made", "تعذر إنشاء الملف";
    removed: "Removed.", "أُزيلت.";
    not_saved: "Your articles could not be kept in this browser (they stay until the page is closed)", "تعذر حفظ مقالاتك في هذا المتصفح (تبقى حتى تُغلق الصفحة)";
    not_read: "No article could be read: the extractor did not load", "تعذرت قراءة المقالات: لم يُحمَّل المستخرِج";
    pasted_text: "pasted text", "النص الملصق";
    headline_from_text: "headline taken from the text", "العنوان مأخوذ من النص";
    date_from_text: "date read from the text", "التاريخ مقروء من النص";
    no_date: "no date in the text", "لا تاريخ في النص";
    set_broken: "This page's article set could not be read; you can still add articles.", "تعذرت قراءة مجموعة المقالات في هذه الصفحة؛ ما زال بإمكانك إضافة مقالات.";
    summary: "Summary", "ملخص";
    also_in: "The same claim in other articles", "الرقم نفسه في مقالات أخرى";
    by: "by", "بحسب";
    nothing_shown: "No figure matches these filters.", "لا يطابق أي رقم هذه المرشحات.";
    filters: "Filters", "المرشحات";
    kinds: "Kinds", "الأنواع";
    sources: "Sources", "المصادر";
    victims_heading: "Who was counted", "من شملهم العدّ";
    date_range: "Reported between", "تاريخ النشر بين";
    from: "from", "من";
    to: "to", "إلى";
    include_disputed: "Include retracted and denied figures", "إظهار الأرقام المسحوبة والمنفية";
    include_vague: "Include vague figures (dozens, hundreds…)", "إظهار الأرقام غير المحددة (عشرات، مئات…)";
    scale: "Scale", "المقياس";
    scale_log: "Logarithmic", "لوغاريتمي";
    scale_linear: "Linear", "خطي";
    group_by: "Colour by", "التلوين بحسب";
    by_claimant: "who said it", "الجهة المصرّحة";
    by_article: "article", "المقال";
    reset: "Reset", "إعادة الضبط";
    display: "Show as", "طريقة العرض";
    any_date: "any date", "أي تاريخ";
    find_source: "Find a source", "ابحث عن مصدر";
    switches: "Also show", "أظهر أيضاً";
    showing: "Showing", "المعروض";
    of: "of", "من";
    chart: "Chart", "رسم بياني";
    table: "Table", "جدول";
    chart_title: "Reported figures by date and source", "الأرقام المعلنة بحسب التاريخ والمصدر";
    chart_desc: "One mark per reported figure: horizontal position is the date it was reported, vertical position the count; colour and shape show the source; filled marks are exact, hollow ones approximate, arrows mark lower or upper bounds, bands mark vague quantities; grey struck-through marks were retracted or denied. The table below lists the same figures.",
                "علامة لكل رقم معلن: الموضع الأفقي تاريخ الإعلان والعمودي العدد؛ اللون والشكل يدلان على المصدر؛ العلامات الممتلئة أرقام دقيقة والمفرغة تقريبية، والأسهم حدود دنيا أو عليا، والأشرطة كميات غير محددة؛ والعلامات الرمادية المشطوبة أرقام مسحوبة أو منفية. يعرض الجدول أدناه الأرقام نفسها.";
    legend: "Sources (click to hide or show)", "المصادر (انقر للإخفاء أو الإظهار)";
    undated: "undated", "بلا تاريخ";
    earlier: "earlier", "أقدم";
    later: "later", "أحدث";
    count: "count", "العدد";
    value_col: "Figure", "الرقم";
    kind_col: "Kind", "النوع";
    victims_col: "Who", "من";
    claimant_col: "Said by", "المصدر";
    date_col: "Reported", "تاريخ الإعلان";
    article_col: "Article", "المقال";
    status_col: "Status", "الحالة";
    sort_by: "Sort by", "ترتيب بحسب";
    evidence: "Evidence", "الدليل";
    close: "Close", "إغلاق";
    as_written: "as written", "كما ورد";
    date_from: "Publication date", "تاريخ النشر";
    unattributed: "not attributed in the text", "غير منسوب في النص";
    copy_link: "Copy link", "نسخ الرابط";
    copy_embed: "Copy embed code", "نسخ شيفرة التضمين";
    copied: "Copied.", "تم النسخ.";
    copy_manually: "Copying is not allowed here: select the text and copy it.", "النسخ غير مسموح هنا: حدد النص وانسخه.";
    download: "Download", "تنزيل";
    cite: "Cite this view", "استشهد بهذا العرض";
    share: "Share and download", "المشاركة والتنزيل";
    full_view: "Open the full view", "افتح العرض الكامل";
    source_line: "Source: Tally, figures extracted from Arabic news articles.", "المصدر: تالي، أرقام مستخرجة من مقالات إخبارية عربية.";
    url_note: "Some parts of the link could not be read and were left at their defaults:", "تعذرت قراءة أجزاء من الرابط فبقيت على الإعدادات الافتراضية:";
    dismiss: "Dismiss", "تجاهل";
    sentence: "Sentence", "الجملة";
    comma: ", ", "، ";
}

impl Text {
    /// What went wrong with an input, in words.
    pub fn input_error(self, e: &crate::articles::input::InputError) -> String {
        use crate::articles::input::InputError as E;
        use crate::articles::{MAX_ARTICLE_CHARS, MAX_FILE_BYTES};
        let en = self.lang == Lang::En;
        let line = |l: &Option<usize>| match l {
            Some(l) if en => format!("line {l}: "),
            Some(l) => format!("السطر {l}: "),
            None => String::new(),
        };
        match e {
            E::NotUtf8 { .. } if en => "not UTF-8 text: save it as UTF-8 and try again".into(),
            E::NotUtf8 { .. } => "ليس نصاً بترميز UTF-8: احفظه بهذا الترميز وأعد المحاولة".into(),
            E::Binary => self.pick("a binary file, not text", "ملف ثنائي وليس نصاً").into(),
            E::Empty => self.pick("empty", "فارغ").into(),
            E::NoText => self.pick("no text found", "لم يُعثر على نص").into(),
            E::FileTooLarge { bytes } if en => format!("too large ({} MB; the limit is {} MB a file)", bytes / 1_048_576, MAX_FILE_BYTES / 1_048_576),
            E::FileTooLarge { bytes } => format!("كبير جداً ({} ميغابايت؛ الحد {} ميغابايت للملف)", bytes / 1_048_576, MAX_FILE_BYTES / 1_048_576),
            E::TooLong { chars } if en => format!("too long ({chars} characters; the limit is {MAX_ARTICLE_CHARS} an article)"),
            E::TooLong { chars } => format!("طويل جداً ({chars} حرف؛ الحد {MAX_ARTICLE_CHARS} حرف للمقال)"),
            E::Unreadable { message } if en => format!("cannot be read ({message})"),
            E::Unreadable { message } => format!("تعذرت قراءته ({message})"),
            E::UnknownKind => self.pick("not a file Tally reads (.txt, .html, .json or .jsonl)", "ليس ملفاً يقرؤه تالي (‎.txt أو ‎.html أو ‎.json أو ‎.jsonl)").into(),
            E::BadJson { line: l, .. } => format!("{}{}", line(l), self.pick("not valid JSON", "ليس JSON صالحاً")),
            E::NoTextField { line: l } => format!("{}{}", line(l), self.pick("no \"text\" in the object", "لا يوجد \"text\" في الكائن")),
            E::BadDate { value } if en => format!("the publication date “{value}” is not YYYY-MM-DD"),
            E::BadDate { value } => format!("تاريخ النشر «{value}» ليس بالصيغة سنة-شهر-يوم (YYYY-MM-DD)"),
        }
    }

    /// A legend key (see [`crate::view::source_key`]) as the reader sees it:
    /// a claimant's label, or an article's headline.
    pub fn source_name(self, key: &str, by: crate::view::GroupBy) -> String {
        match by {
            crate::view::GroupBy::Claimant => self.claimant_label(key),
            crate::view::GroupBy::Article => match headline(key, self.lang == Lang::En) {
                Some(h) => short(&h),
                None => key.to_owned(),
            },
        }
    }
}

/// The first words of a headline, for a legend.
pub fn short(headline: &str) -> String {
    const MAX: usize = 48;
    if headline.chars().count() <= MAX {
        return headline.to_owned();
    }
    let cut: String = headline.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}
