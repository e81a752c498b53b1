//! The page's header: the skip link, the article set's title and subtitle,
//! the reader's own articles when the view holds them, and the language
//! switch. One writer for the static first paint (where the switch is `inert`
//! until the page runs) and the page itself.

use crate::articles::ArticleSet;
use crate::html::{push_attr, push_esc};
use crate::i18n::Text;
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

/// Appends the header of `set` in the language of `t`; `broken` adds the
/// alert that the page's data block could not be read whole.
pub fn push(s: &mut String, t: Text, set: &ArticleSet, broken: bool, yours: Yours, mode: Mode) {
    let en = t.lang == Lang::En;
    s.push_str(r##"<a class="skip" href="#chart">"##);
    push_esc(s, t.skip_to_chart());
    s.push_str(r#"</a><header class="site-header"><div class="brand"><p class="app-name">"#);
    push_esc(s, t.title());
    s.push_str(r#"</p><h1 dir="auto">"#);
    push_esc(s, set.title(en).unwrap_or(t.untitled()));
    s.push_str("</h1>");
    if let Some(sub) = set.subtitle(en) {
        s.push_str(r#"<p class="event" dir="auto">"#);
        push_esc(s, sub);
        s.push_str("</p>");
    }
    push_yours(s, t, yours);
    if broken {
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
        push_esc(s, &format!("{words} ({})", crate::i18n::format::number(n as f64, t.lang)));
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
        push(&mut paint, t, &set, false, Yours::None, Mode::Paint);
        assert!(paint.contains("عنوان &lt;i&gt;x&lt;/i&gt;") && paint.contains("a &amp; b"));
        assert!(paint.contains(r#"class="lang-switch" type="button" inert lang="en""#));
        assert!(!paint.contains("set-broken"));
        let mut live = String::new();
        push(&mut live, t, &set, true, Yours::None, Mode::Live);
        assert!(!live.contains("inert") && live.contains(r#"<p class="set-broken" role="alert">"#));
        assert_eq!(live.matches("<header").count(), 1);
        assert!(!paint.contains("yours") && !live.contains("yours"));
    }

    #[test]
    fn the_readers_own_articles_are_named_under_the_subtitle() {
        let set = ArticleSet { subtitle_ar: Some("خمس مقالات".into()), ..ArticleSet::default() };
        // (yours, language, the line)
        let cases = [
            (Yours::With(7), Lang::Ar, Some("+ مقالاتك (7)")),
            (Yours::Alone(1_200), Lang::En, Some("Only your articles (1,200)")),
            (Yours::With(0), Lang::En, None),
            (Yours::None, Lang::Ar, None),
        ];
        for (yours, lang, want) in cases {
            let mut s = String::new();
            push(&mut s, Text::new(lang), &set, false, yours, Mode::Live);
            let got = s.split_once(r#"<p class="event yours">"#).map(|(_, r)| r.split_once("</p>").unwrap().0);
            assert_eq!(got, want, "{yours:?}");
        }
    }
}
