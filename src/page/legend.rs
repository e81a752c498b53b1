//! The chart's legend: a button for each source with a colour and shape of
//! its own (pressed while it is shown), then "other sources" with their count.
//! One writer for the static first paint and the page, which keeps the
//! buttons' `aria-pressed` in step with the view ([`pressed`]).

use crate::chart::scene::{Node, Paint, Style, Words};
use crate::chart::{palette, svg};
use crate::html::{push_attr, push_esc};
use crate::i18n::Text;
use crate::view::GroupBy;
use crate::view::Set;

/// Whether the source `key` is shown when the view picks `picked` (`None`:
/// every source).
pub fn pressed(picked: Option<&Set<String>>, key: &str) -> bool {
    picked.is_none_or(|p| p.contains(key))
}

/// Appends the legend's items (`<li>`s, the `<ul>` is the caller's): the
/// `coloured` sources, then `others` more as one muted entry. Each coloured
/// item carries `data-series` = its index in `coloured`.
pub fn push_items(s: &mut String, t: Text, coloured: &[String], others: usize, picked: Option<&Set<String>>, by: GroupBy) {
    for (i, key) in coloured.iter().enumerate() {
        s.push_str("<li");
        push_attr(s, "data-series", &i.to_string());
        s.push_str(r#"><button type="button" class="legend-item""#);
        push_attr(s, "aria-pressed", if pressed(picked, key) { "true" } else { "false" });
        push_attr(s, "tabindex", if i == 0 { "0" } else { "-1" });
        s.push('>');
        icon(s, i, Paint::Color(palette::series_color(i)));
        s.push_str("<span>");
        push_esc(s, &t.source_name(key, by));
        s.push_str("</span></button></li>");
    }
    if others > 0 {
        s.push_str(r#"<li class="legend-other" data-series="other">"#);
        icon(s, palette::OTHER, Paint::Color(palette::OTHER_COLOR));
        s.push_str("<span>");
        push_esc(s, &format!("{} ({others})", Words::other_sources(&t)));
        s.push_str("</span></li>");
    }
}

/// The 16 px shape of series `shape` in `color`.
fn icon(s: &mut String, shape: usize, color: Paint) {
    s.push_str(r#"<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">"#);
    let path = Node::Path {
        class: "",
        d: palette::shape_path(palette::series_shape(shape), 8.0, 8.0, 6.0),
        style: Style { fill: Some(color), ..Style::stroke(color, 1.0) },
    };
    s.push_str(&svg::nodes(&[path], &svg::PAGE));
    s.push_str("</svg>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Lang;

    #[test]
    fn coloured_sources_are_buttons_pressed_while_shown_then_the_others_counted() {
        let coloured = vec!["Police".to_string(), "Health Ministry".to_string()];
        let picked: Set<String> = ["Police".to_string()].into();
        let mut s = String::new();
        push_items(&mut s, Text::new(Lang::En), &coloured, 3, Some(&picked), GroupBy::Claimant);
        assert_eq!(s.matches("<button").count(), 2);
        assert!(s.contains(r#"<li data-series="0"><button type="button" class="legend-item" aria-pressed="true" tabindex="0">"#));
        assert!(s.contains(r#"<li data-series="1"><button type="button" class="legend-item" aria-pressed="false" tabindex="-1">"#));
        assert!(s.contains(r#"<li class="legend-other" data-series="other">"#) && s.contains("(3)</span>"));
        let mut none = String::new();
        push_items(&mut none, Text::new(Lang::En), &coloured, 0, None, GroupBy::Claimant);
        assert!(!none.contains("legend-other") && !none.contains(r#"aria-pressed="false""#));
    }
}
