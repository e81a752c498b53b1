//! A count with its noun («1 figure», «3 figures»; «رقم واحد», «رقمان»,
//! «3 أرقام», «11 رقمًا», «100 رقم»), agreed as each language agrees them.
//!
//! English has two forms, one and other. Arabic has six, CLDR's plural
//! categories for `ar` (what `Intl.PluralRules('ar')` says): zero, one, two,
//! few (the last two digits 3–10), many (11–99) and other (100, 101, 102, …).
//! One and two name the noun alone, as Arabic writes them («رقمان», not
//! «2 أرقام»); the others follow the number.

use super::format::number;
use crate::view::Lang;

/// A noun's forms; a form that starts with `{}` has the number there.
pub struct Noun {
    /// One, other.
    pub en: [&'static str; 2],
    /// Zero, one, two, few, many, other.
    pub ar: [&'static str; 6],
}

/// Figures found in an article.
pub const FIGURES: Noun = Noun {
    en: ["{} figure", "{} figures"],
    ar: ["لا أرقام", "رقم واحد", "رقمان", "{} أرقام", "{} رقمًا", "{} رقم"],
};

/// Articles.
pub const ARTICLES: Noun = Noun {
    en: ["{} article", "{} articles"],
    ar: ["لا مقالات", "مقال واحد", "مقالان", "{} مقالات", "{} مقالًا", "{} مقال"],
};

/// Sources beyond those named («+3 more sources»).
pub const MORE_SOURCES: Noun = Noun {
    en: ["{} more source", "{} more sources"],
    ar: ["لا مصادر أخرى", "مصدر آخر", "مصدران آخران", "{} مصادر أخرى", "{} مصدرًا آخر", "{} مصدر آخر"],
};

/// Articles beyond those named («+3 more articles»).
pub const MORE_ARTICLES: Noun = Noun {
    en: ["{} more article", "{} more articles"],
    ar: ["لا مقالات أخرى", "مقال آخر", "مقالان آخران", "{} مقالات أخرى", "{} مقالًا آخر", "{} مقال آخر"],
};

/// The CLDR plural category of `n` in Arabic, as an index into [`Noun::ar`].
fn arabic_form(n: usize) -> usize {
    match (n, n % 100) {
        (0, _) => 0,
        (1, _) => 1,
        (2, _) => 2,
        (_, 3..=10) => 3,
        (_, 11..=99) => 4,
        _ => 5,
    }
}

/// `n` with `noun`, in `lang` (the number written as [`number`] writes it).
pub fn count(n: usize, noun: &Noun, lang: Lang) -> String {
    let form = match lang {
        Lang::En => noun.en[usize::from(n != 1)],
        Lang::Ar => noun.ar[arabic_form(n)],
    };
    match form.strip_prefix("{}") {
        Some(rest) => number(n as f64, lang) + rest,
        None => form.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_counts_agree_by_their_last_two_digits() {
        // (n, Arabic, English)
        let cases: &[(usize, &str, &str)] = &[
            (0, "لا أرقام", "0 figures"),
            (1, "رقم واحد", "1 figure"),
            (2, "رقمان", "2 figures"),
            (3, "3 أرقام", "3 figures"),
            (10, "10 أرقام", "10 figures"),
            (11, "11 رقمًا", "11 figures"),
            (99, "99 رقمًا", "99 figures"),
            (100, "100 رقم", "100 figures"),
            (101, "101 رقم", "101 figures"),
            (102, "102 رقم", "102 figures"),
            (103, "103 أرقام", "103 figures"),
            (111, "111 رقمًا", "111 figures"),
            (1000, "1,000 رقم", "1,000 figures"),
            (1011, "1,011 رقمًا", "1,011 figures"),
        ];
        for &(n, ar, en) in cases {
            assert_eq!(count(n, &FIGURES, Lang::Ar), ar, "{n}");
            assert_eq!(count(n, &FIGURES, Lang::En), en, "{n}");
        }
        assert_eq!(count(17, &MORE_SOURCES, Lang::Ar), "17 مصدرًا آخر");
        assert_eq!(count(1, &MORE_SOURCES, Lang::En), "1 more source");
        assert_eq!(count(2, &MORE_ARTICLES, Lang::Ar), "مقالان آخران");
        assert_eq!(count(5, &ARTICLES, Lang::Ar), "5 مقالات");
    }

    #[test]
    fn every_form_but_one_and_two_carries_the_number() {
        for noun in [&FIGURES, &ARTICLES, &MORE_SOURCES, &MORE_ARTICLES] {
            for (i, f) in noun.ar.iter().enumerate() {
                assert_eq!(f.starts_with("{}"), i >= 3, "{f}");
                assert_eq!(f.matches("{}").count(), usize::from(i >= 3), "{f}");
            }
            assert!(noun.en.iter().all(|f| f.starts_with("{}")));
        }
    }
}
