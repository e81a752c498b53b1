//! The summary's sentences in words: per kind, the latest figure of each of
//! the sources that reported most, and who and when («Killed — Health
//! Ministry 1,031 (March 12) · Interior Ministry ≥ 8 (January 6)»). The page
//! and the static first paint both write them from here.

use crate::figure::{Figure, Kind};
use crate::html::push_esc;
use crate::i18n::{format, Text};
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
                line.push_str(&format!(" · +{} {}", format::number(s.others as f64, lang), t.more_sources()));
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
