//! The summary's sentences in words: per kind, the latest figure of each of
//! the sources that reported most, and who and when («Killed — Health
//! Ministry 1,031 (March 12) · Interior Ministry ≥ 8 (January 6)»). The page
//! and the static first paint both write them from here.

use crate::figure::{Figure, Kind};
use crate::html::push_esc;
use crate::i18n::count::{count, MORE_ARTICLES, MORE_SOURCES};
use crate::i18n::{format, Text};
use crate::view::Lang;
use crate::view::{self, GroupBy};

/// Per kind with a figure among `shown`: its name and the rest of its line.
pub fn lines(t: Text, figures: &[Figure], shown: &[usize], by: GroupBy) -> Vec<(Kind, String)> {
    let lang = t.lang;
    view::summary(figures, shown, by)
        .into_iter()
        .map(|s| {
            let mut line = String::new();
            for (n, (key, i)) in s.latest.iter().enumerate() {
                let f = &figures[*i];
                if n > 0 {
                    line.push_str(" · ");
                }
                line.push_str(&format!(
                    "{} {} ({})",
                    t.source_name(key, by),
                    format::quantity(f, lang),
                    format::reported(f.reported.as_deref(), lang)
                ));
            }
            if s.others > 0 {
                // «+3 more sources», «و3 مصادر أخرى»
                line.push_str(if lang == Lang::En { " · +" } else { " · و" });
                line.push_str(&count(s.others, if by == GroupBy::Article { &MORE_ARTICLES } else { &MORE_SOURCES }, lang));
            }
            (s.kind, line)
        })
        .collect()
}

/// The summary section's inside: its heading (for screen readers), the lines
/// and what the page is, with the link to add articles.
pub fn push(s: &mut String, t: Text, figures: &[Figure], shown: &[usize], by: GroupBy) {
    s.push_str(r#"<h2 id="summary-h" class="visually-hidden">"#);
    push_esc(s, t.summary());
    s.push_str(r#"</h2><ul class="summary-list">"#);
    for (kind, line) in lines(t, figures, shown, by) {
        s.push_str("<li><strong>");
        push_esc(s, t.kind(kind));
        s.push_str("</strong> — ");
        push_esc(s, &line);
        s.push_str("</li>");
    }
    s.push_str(r#"</ul><p class="tagline">"#);
    push_esc(s, t.tagline());
    s.push_str(r##" <a href="#add">"##);
    push_esc(s, t.add_link());
    s.push_str("</a></p>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::testing::{by, fig};

    /// Killed figures of `n` sources, one each.
    fn sources(n: usize) -> Vec<Figure> {
        (0..n).map(|i| by(fig(&format!("a{i}"), Kind::Killed, 5 + i as u64, Some("2022-01-05")), &format!("Source {i}"))).collect()
    }

    #[test]
    fn the_sources_beyond_the_first_three_are_counted_in_words() {
        // (sources, grouped by, language, the line's end)
        let cases: &[(usize, GroupBy, Lang, &str)] = &[
            (4, GroupBy::Claimant, Lang::En, " · +1 more source"),
            (5, GroupBy::Claimant, Lang::En, " · +2 more sources"),
            (4, GroupBy::Claimant, Lang::Ar, " · ومصدر آخر"),
            (5, GroupBy::Claimant, Lang::Ar, " · ومصدران آخران"),
            (8, GroupBy::Claimant, Lang::Ar, " · و5 مصادر أخرى"),
            (20, GroupBy::Claimant, Lang::Ar, " · و17 مصدرًا آخر"),
            (4, GroupBy::Article, Lang::En, " · +1 more article"),
            (20, GroupBy::Article, Lang::Ar, " · و17 مقالًا آخر"),
        ];
        for &(n, group, lang, end) in cases {
            let figs = sources(n);
            let lines = lines(Text::new(lang), &figs, &(0..n).collect::<Vec<_>>(), group);
            assert!(lines[0].1.ends_with(end), "{n} {group:?} {lang:?}: {}", lines[0].1);
        }
        let figs = sources(3);
        assert!(!lines(Text::new(Lang::En), &figs, &[0, 1, 2], GroupBy::Claimant)[0].1.contains('+'));
    }
}
