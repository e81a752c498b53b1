//! The page's header: the skip link, the article set's title and subtitle
//! (for a set without one, its articles and the span of their figures'
//! dates), the reader's own articles when the view holds them, and the
//! language switch. One writer for the static first paint (where the switch
//! is `inert` until the page runs) and the page itself.

use crate::articles::ArticleSet;
use crate::date::Date;
use crate::figure::Figure;
use crate::html::{push_attr, push_esc};
use crate::i18n::count::{count, ARTICLES};
use crate::i18n::{format, Text};
use crate::view::Lang;
use super::Mode;

/// The reader's own articles in the view, which the set's title and subtitle
/// do not describe.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Yours {
    /// None shown (none added, or the view shows the set's alone).
    #[default]
    None,
    /// `n` shown with the set's.
    With(usize),
    /// `n` shown alone (`set=added`).
    Alone(usize),
}

/// What the header says of a set beyond its own words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct About {
    /// The set's own articles.
    pub articles: usize,
    /// The first and last day (day numbers) on which their figures were
    /// reported; `None` with no figure dated to the day.
    pub days: Option<(i64, i64)>,
    /// The page's data block could not be read whole (an alert).
    pub broken: bool,
}

impl About {
    /// `articles` articles with these figures.
    pub fn of<'a>(articles: usize, figures: impl IntoIterator<Item = &'a Figure>) -> About {
        let days = figures.into_iter().filter_map(|f| Date::parse(f.reported.as_deref()?)).map(Date::to_days).fold(None, |span, d| match span {
            None => Some((d, d)),
            Some((a, b)) => Some((d.min(a), d.max(b))),
        });
        About { articles, days, broken: false }
    }

    /// What the header of `set` needs: [`About::of`] its `articles` and their
    /// `figures` only when the set has no subtitle of its own (else nothing is
    /// counted, and the figures are not read).
    pub fn for_set<'a>(set: &ArticleSet, articles: impl FnOnce() -> usize, figures: impl IntoIterator<Item = &'a Figure>) -> About {
        if set.subtitle(false).is_some() {
            return About::default();
        }
        About::of(articles(), figures)
    }
}

/// The subtitle of a set that has none: its articles and the span of their
/// figures' dates («19 articles, June 5, 2018 – December 6, 2024»).
pub fn subtitle(t: Text, about: &About) -> String {
    let mut s = count(about.articles, &ARTICLES, t.lang);
    if let Some((a, b)) = about.days {
        s.push_str(if t.lang == Lang::En { ", " } else { "، " });
        s.push_str(&format::day_long(a, t.lang));
        if b != a {
            s.push_str(" – ");
            s.push_str(&format::day_long(b, t.lang));
        }
    }
    s
}

/// Appends the header of `set` in the language of `t`.
pub fn push(s: &mut String, t: Text, set: &ArticleSet, about: &About, mode: Mode) {
    let en = t.lang == Lang::En;
    s.push_str(r##"<a class="skip" href="#chart">"##);
    push_esc(s, t.skip_to_chart());
    s.push_str(r#"</a><header class="site-header"><div class="brand"><p class="app-name">"#);
    push_esc(s, t.title());
    s.push_str(r#"</p><h1 dir="auto">"#);
    push_esc(s, set.title(en).unwrap_or(t.untitled()));
    s.push_str("</h1>");
    let sub = set.subtitle(en).map(str::to_owned).or_else(|| (about.articles > 0).then(|| subtitle(t, about)));
    if let Some(sub) = sub {
        s.push_str(r#"<p class="event" dir="auto">"#);
        push_esc(s, &sub);
        s.push_str("</p>");
    }
    if about.broken {
        s.push_str(r#"<p class="set-broken" role="alert">"#);
        push_esc(s, t.set_broken());
        s.push_str("</p>");
    }
    s.push_str(r#"</div><button class="lang-switch" type="button""#);
    if mode == Mode::Paint {
        s.push_str(" inert");
    }
    push_attr(s, "lang", if en { "ar" } else { "en" });
    push_attr(s, "title", t.switch_lang_label());
    s.push('>');
    push_esc(s, t.switch_lang());
    s.push_str("</button></header>");
}

/// Appends the line that names the reader's own articles in the view, if any
/// («+ your articles (7)»); the page keeps it in the header's brand, anew as
/// articles come and go.
pub fn push_yours(s: &mut String, t: Text, yours: Yours) {
    let (words, n) = match yours {
        Yours::None => return,
        Yours::With(n) => (t.with_yours(), n),
        Yours::Alone(n) => (t.only_yours(), n),
    };
    if n > 0 {
        s.push_str(r#"<p class="event yours">"#);
        push_esc(s, &format!("{words} ({})", format::number(n as f64, t.lang)));
        s.push_str("</p>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_only_the_paints_switch_is_inert() {
        let set = ArticleSet { title_ar: Some("عنوان <i>x</i>".into()), subtitle_ar: Some("a & b".into()), ..ArticleSet::default() };
        let t = Text::new(Lang::Ar);
        let mut paint = String::new();
        push(&mut paint, t, &set, &About::default(), Mode::Paint);
        assert!(paint.contains("عنوان &lt;i&gt;x&lt;/i&gt;") && paint.contains("a &amp; b"));
        assert!(paint.contains(r#"class="lang-switch" type="button" inert lang="en""#));
        assert!(!paint.contains("set-broken"));
        let mut live = String::new();
        push(&mut live, t, &set, &About { broken: true, ..About::default() }, Mode::Live);
        assert!(!live.contains("inert") && live.contains(r#"<p class="set-broken" role="alert">"#));
        assert_eq!(live.matches("<header").count(), 1);
        assert!(!paint.contains("yours") && !live.contains("yours"));
    }

    #[test]
    fn the_readers_own_articles_are_named_under_the_subtitle() {
        // (yours, language, the line)
        let cases = [
            (Yours::With(7), Lang::Ar, Some("+ مقالاتك (7)")),
            (Yours::Alone(1_200), Lang::En, Some("Only your articles (1,200)")),
            (Yours::With(0), Lang::En, None),
            (Yours::None, Lang::Ar, None),
        ];
        for (yours, lang, want) in cases {
            let mut s = String::new();
            push_yours(&mut s, Text::new(lang), yours);
            let got = s.split_once(r#"<p class="event yours">"#).map(|(_, r)| r.split_once("</p>").unwrap().0);
            assert_eq!(got, want, "{yours:?}");
        }
    }

    #[test]
    fn a_set_without_a_subtitle_is_given_its_articles_and_dates() {
        use crate::view::testing::fig;
        use crate::figure::Kind;
        let figs = [
            fig("a", Kind::Killed, 3, Some("2024-07-24")),
            fig("b", Kind::Killed, 3, Some("2018-06-05")),
            fig("b", Kind::Killed, 3, Some("2019-03")),
            fig("c", Kind::Killed, 3, None),
        ];
        let day = |s: &str| Date::parse(s).unwrap().to_days();
        assert_eq!(About::of(19, &figs).days, Some((day("2018-06-05"), day("2024-07-24"))));
        // (about, language, the subtitle)
        let cases = [
            (About::of(19, &figs), Lang::Ar, "19 مقالًا، 5 يونيو 2018 – 24 يوليو 2024"),
            (About::of(19, &figs), Lang::En, "19 articles, June 5, 2018 – July 24, 2024"),
            (About::of(1, &figs[..1]), Lang::Ar, "مقال واحد، 24 يوليو 2024"),
            (About::of(2, &figs[3..]), Lang::En, "2 articles"),
        ];
        for (about, lang, want) in cases {
            assert_eq!(subtitle(Text::new(lang), &about), want);
            let mut s = String::new();
            push(&mut s, Text::new(lang), &ArticleSet::default(), &about, Mode::Live);
            assert!(s.contains(&format!(r#"<p class="event" dir="auto">{want}</p>"#)), "{s}");
        }
        // The set's own subtitle comes first; an empty set gets none.
        let set = ArticleSet { subtitle_en: Some("Five articles".into()), ..ArticleSet::default() };
        let mut s = String::new();
        push(&mut s, Text::new(Lang::En), &set, &About::of(19, &figs), Mode::Live);
        assert!(s.contains(">Five articles</p>") && !s.contains("19 articles"));
        let mut s = String::new();
        push(&mut s, Text::new(Lang::En), &ArticleSet::default(), &About::default(), Mode::Live);
        assert!(!s.contains(r#"class="event""#));
    }
}
