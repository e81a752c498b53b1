//! The page's header: the skip link, the article set's title and subtitle,
//! and the language switch. One writer for the static first paint (where the
//! switch is `inert` until the page runs) and the page itself.

use crate::articles::ArticleSet;
use crate::html::{push_attr, push_esc};
use crate::i18n::Text;
use crate::view::Lang;
use super::Mode;

/// Appends the header of `set` in the language of `t`; `broken` adds the
/// alert that the page's data block could not be read whole.
pub fn push(s: &mut String, t: Text, set: &ArticleSet, broken: bool, mode: Mode) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_only_the_paints_switch_is_inert() {
        let set = ArticleSet { title_ar: Some("عنوان <i>x</i>".into()), subtitle_ar: Some("a & b".into()), ..ArticleSet::default() };
        let t = Text::new(Lang::Ar);
        let mut paint = String::new();
        push(&mut paint, t, &set, false, Mode::Paint);
        assert!(paint.contains("عنوان &lt;i&gt;x&lt;/i&gt;") && paint.contains("a &amp; b"));
        assert!(paint.contains(r#"class="lang-switch" type="button" inert lang="en""#));
        assert!(!paint.contains("set-broken"));
        let mut live = String::new();
        push(&mut live, t, &set, true, Mode::Live);
        assert!(!live.contains("inert") && live.contains(r#"<p class="set-broken" role="alert">"#));
        assert_eq!(live.matches("<header").count(), 1);
    }
}
