//! The summary's sentences in words: per kind, the latest figure of each of
//! the sources that reported most, and who and when («Killed — Health
//! Ministry 1,031 (March 12) · Interior Ministry ≥ 8 (January 6)»). The page
//! and the static first paint both write them from here.

use crate::figure::{Figure, Kind};
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
