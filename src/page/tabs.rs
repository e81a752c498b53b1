//! The chart's kind tabs on narrow screens: one button per kind the view
//! shows, the one whose panel is drawn pressed. One writer for the static
//! first paint (inert: nothing runs yet) and the page (each button says its
//! kind in `data-kind`, read by the page's one click listener).

use crate::figure::Kind;
use crate::html::{push_attr, push_esc};
use crate::i18n::Text;
use super::Mode;

/// Appends `<div class="kind-tabs">` with a tab per kind of `kinds`, `pressed` pressed.
pub fn push(s: &mut String, t: Text, kinds: &[Kind], pressed: Option<Kind>, mode: Mode) {
    s.push_str(r#"<div class="kind-tabs" role="group""#);
    if mode == Mode::Paint {
        s.push_str(" inert");
    }
    s.push('>');
    for &k in kinds {
        s.push_str(r#"<button type="button" class="tab""#);
        push_attr(s, "aria-pressed", if Some(k) == pressed { "true" } else { "false" });
        if mode == Mode::Live {
            push_attr(s, "data-kind", k.as_str());
        }
        s.push('>');
        push_esc(s, t.kind(k));
        s.push_str("</button>");
    }
    s.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::Lang;

    #[test]
    fn a_tab_per_kind_the_pressed_one_pressed() {
        let mut s = String::new();
        push(&mut s, Text::new(Lang::En), &[Kind::Killed, Kind::Injured], Some(Kind::Injured), Mode::Live);
        assert_eq!(
            s,
            r#"<div class="kind-tabs" role="group"><button type="button" class="tab" aria-pressed="false" data-kind="killed">Killed</button><button type="button" class="tab" aria-pressed="true" data-kind="injured">Injured</button></div>"#
        );
        let mut p = String::new();
        push(&mut p, Text::new(Lang::En), &[Kind::Killed], Some(Kind::Killed), Mode::Paint);
        assert!(p.starts_with(r#"<div class="kind-tabs" role="group" inert>"#) && !p.contains("data-kind"));
    }
}
