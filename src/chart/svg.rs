//! The one writer: a scene ([`super::scene`]) → SVG markup, into one `String`.
//!
//! The page's panels, the SVG download and the PNG download (the SVG drawn on
//! a canvas) are all written here. Every text and attribute value is escaped
//! (nothing from an article is ever markup) and characters XML does not allow
//! are dropped, so the file always parses. Each element carries its own
//! presentation attributes; colours named by role are resolved by a
//! [`Theme`]: [`PAGE`] leaves the ones that follow dark mode to the page
//! (`currentColor`; the page's CSS, which overrides presentation attributes,
//! sets the rest), [`PRINT`] gives every one a concrete colour for a file
//! that stands alone.

use super::palette::push_num;
use super::scene::{Anchor, Group, Label, Node, Paint, Scene, Style};

/// The colours of the roles of [`Paint`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub text: &'static str,
    pub soft: &'static str,
    pub grid: &'static str,
    pub axis: &'static str,
    pub background: &'static str,
    pub retracted: &'static str,
}

/// For the page: text follows the page's colour (light or dark); its CSS
/// restyles grid, axes, soft text and hollow marks for dark mode.
pub const PAGE: Theme = Theme {
    text: "currentColor",
    soft: "currentColor",
    grid: "#d9dce1",
    axis: "#5f6368",
    background: "#fff",
    retracted: "#8a8a8a",
};

/// For a file on its own: the page's light colours, all concrete.
pub const PRINT: Theme = Theme {
    text: "#1d1d1f",
    soft: "#5f6368",
    grid: "#d9dce1",
    axis: "#5f6368",
    background: "#ffffff",
    retracted: "#8a8a8a",
};

impl Theme {
    fn paint(&self, p: Paint) -> &'static str {
        match p {
            Paint::None => "none",
            Paint::Transparent => "transparent",
            Paint::Text => self.text,
            Paint::Soft => self.soft,
            Paint::Grid => self.grid,
            Paint::Axis => self.axis,
            Paint::Background => self.background,
            Paint::Retracted => self.retracted,
            Paint::Color(c) => c,
        }
    }
}

/// Text and attribute values are escaped as everywhere ([`crate::html::push_esc`]:
/// XML's forbidden characters dropped too).
pub use crate::html::push_esc;

fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_esc(out, value);
    out.push('"');
}

fn attr_num(out: &mut String, name: &str, v: f64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_num(out, v);
    out.push('"');
}

fn class(out: &mut String, c: &str) {
    if !c.is_empty() {
        attr(out, "class", c);
    }
}

fn style(out: &mut String, s: &Style, theme: &Theme, rtl: bool) {
    if let Some(p) = s.fill {
        attr(out, "fill", theme.paint(p));
    }
    if let Some(p) = s.stroke {
        attr(out, "stroke", theme.paint(p));
    }
    let nums = [("stroke-width", s.stroke_width), ("opacity", s.opacity), ("fill-opacity", s.fill_opacity), ("stroke-opacity", s.stroke_opacity), ("font-size", s.font_size)];
    for (name, v) in nums {
        if let Some(v) = v {
            attr_num(out, name, v);
        }
    }
    if s.bold {
        attr(out, "font-weight", "bold");
    }
    if s.italic {
        attr(out, "font-style", "italic");
    }
    if s.round_cap {
        attr(out, "stroke-linecap", "round");
    }
    if let Some(a) = s.anchor {
        // The anchor is on the page; text-anchor follows the text's direction.
        let v = match (a, rtl) {
            (Anchor::Middle, _) => "middle",
            (Anchor::Left, false) | (Anchor::Right, true) => "start",
            (Anchor::Left, true) | (Anchor::Right, false) => "end",
        };
        attr(out, "text-anchor", v);
    }
}

fn text_el(out: &mut String, tag: &str, id: Option<&str>, text: &str) {
    out.push('<');
    out.push_str(tag);
    if let Some(id) = id {
        attr(out, "id", id);
    }
    out.push('>');
    push_esc(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

fn group(out: &mut String, g: &Group, theme: &Theme) {
    out.push_str("<g");
    class(out, g.class);
    for (k, v) in &g.attrs {
        attr(out, k, v);
    }
    if let Some((x, y)) = g.translate {
        out.push_str(" transform=\"translate(");
        push_num(out, x);
        out.push(',');
        push_num(out, y);
        out.push_str(")\"");
    }
    style(out, &g.style, theme, false);
    out.push('>');
    write_nodes(out, &g.children, theme);
    out.push_str("</g>");
}

fn label(out: &mut String, l: &Label, theme: &Theme) {
    out.push_str("<text");
    class(out, l.class);
    attr_num(out, "x", l.x);
    attr_num(out, "y", l.y);
    if let Some(dy) = l.dy {
        attr(out, "dy", dy);
    }
    if l.vertical {
        out.push_str(" transform=\"rotate(-90 ");
        push_num(out, l.x);
        out.push(' ');
        push_num(out, l.y);
        out.push_str(")\"");
    }
    if l.rtl {
        attr(out, "direction", "rtl");
    }
    style(out, &l.style, theme, l.rtl);
    out.push('>');
    push_esc(out, &l.text);
    out.push_str("</text>");
}

/// Appends the markup of `nodes`.
pub fn write_nodes(out: &mut String, nodes: &[Node], theme: &Theme) {
    for n in nodes {
        match n {
            Node::Group(g) => group(out, g, theme),
            Node::Text(l) => label(out, l, theme),
            Node::Title { id, text } => text_el(out, "title", id.as_deref(), text),
            Node::Desc { id, text } => text_el(out, "desc", id.as_deref(), text),
            Node::Line { class: c, x1, y1, x2, y2, style: s } => {
                out.push_str("<line");
                class(out, c);
                for (k, v) in [("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)] {
                    attr_num(out, k, *v);
                }
                style(out, s, theme, false);
                out.push_str("/>");
            }
            Node::Path { class: c, d, style: s } => {
                out.push_str("<path");
                class(out, c);
                attr(out, "d", d);
                style(out, s, theme, false);
                out.push_str("/>");
            }
            Node::Marker { id, shape } => {
                out.push_str("<marker");
                attr(out, "id", id);
                // drawn in the path's own units, around its point, never clipped
                out.push_str(" markerUnits=\"userSpaceOnUse\" overflow=\"visible\">");
                write_nodes(out, std::slice::from_ref(&**shape), theme);
                out.push_str("</marker>");
            }
            Node::Points { class: c, d, marker } => {
                out.push_str("<path");
                class(out, c);
                attr(out, "d", d);
                out.push_str(" fill=\"none\"");
                let url = format!("url(#{marker})");
                for k in ["marker-start", "marker-mid", "marker-end"] {
                    attr(out, k, &url);
                }
                out.push_str("/>");
            }
            Node::Rect { class: c, x, y, width, height, rx, style: s } => {
                out.push_str("<rect");
                class(out, c);
                for (k, v) in [("x", x), ("y", y), ("width", width), ("height", height)] {
                    attr_num(out, k, *v);
                }
                if *rx > 0.0 {
                    attr_num(out, "rx", *rx);
                }
                style(out, s, theme, false);
                out.push_str("/>");
            }
            Node::Circle { class: c, cx, cy, r, style: s } => {
                out.push_str("<circle");
                class(out, c);
                for (k, v) in [("cx", cx), ("cy", cy), ("r", r)] {
                    attr_num(out, k, *v);
                }
                style(out, s, theme, false);
                out.push_str("/>");
            }
        }
    }
}

/// The markup of `nodes`, in one string.
pub fn nodes(nodes: &[Node], theme: &Theme) -> String {
    let mut out = String::with_capacity(8192);
    write_nodes(&mut out, nodes, theme);
    out
}

/// A standalone SVG document of `scene`, on the theme's background, with
/// the `lang` of its text (`en`, `ar`) and the page's fonts for it.
pub fn document(scene: &Scene, theme: &Theme, lang: &str) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    attr_num(&mut out, "width", scene.width.ceil());
    attr_num(&mut out, "height", scene.height.ceil());
    out.push_str(" viewBox=\"0 0 ");
    push_num(&mut out, scene.width.ceil());
    out.push(' ');
    push_num(&mut out, scene.height.ceil());
    out.push('"');
    attr(&mut out, "lang", lang);
    out.push_str(" direction=\"ltr\" font-size=\"12\"");
    // The page's fonts (style/app.css), so the file draws as the page does.
    let fonts = if lang == "ar" {
        "'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', system-ui, sans-serif"
    } else {
        "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
    };
    attr(&mut out, "font-family", fonts);
    attr(&mut out, "color", theme.text);
    out.push('>');
    out.push_str("<rect width=\"100%\" height=\"100%\"");
    attr(&mut out, "fill", theme.background);
    out.push_str("/>");
    write_nodes(&mut out, &scene.nodes, theme);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::scene::{self, Plain};
    use crate::chart::{layout, LayoutOptions};
    use crate::figure::{Claimant, Kind, Quantity, Vague};
    use crate::view::testing::{by, fig, qty};
    use crate::view::{GroupBy, Scale};

    const NASTY: &str = "<script>alert('x')</script> & \"q\" \u{1}\u{FFFF}";

    fn esc(s: &str) -> String {
        let mut out = String::new();
        push_esc(&mut out, s);
        out
    }

    #[test]
    fn escapes_text_and_drops_what_xml_forbids() {
        assert_eq!(esc(NASTY), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; ");
        assert_eq!(esc("عشرات\tx\n"), "عشرات\tx\n");
    }

    /// Words whose every text is hostile.
    struct Hostile;
    impl scene::Words for Hostile {
        fn rtl(&self) -> bool {
            false
        }
        fn number(&self, _: f64) -> String {
            NASTY.into()
        }
        fn date_tick(&self, _: i64, _: crate::chart::DateForm) -> String {
            NASTY.into()
        }
        fn kind(&self, _: Kind) -> String {
            NASTY.into()
        }
        fn vague(&self, _: Vague) -> String {
            NASTY.into()
        }
        fn slot(&self, _: crate::chart::Slot) -> String {
            NASTY.into()
        }
        fn panel_name(&self, _: Kind, _: bool) -> String {
            NASTY.into()
        }
        fn chart_desc(&self) -> String {
            NASTY.into()
        }
        fn describe(&self, f: &crate::figure::Figure) -> String {
            f.claimant.as_ref().map_or(String::new(), |c| c.text.clone())
        }
        fn title(&self) -> String {
            NASTY.into()
        }
        fn value_axis(&self, _: bool) -> String {
            NASTY.into()
        }
        fn time_axis(&self) -> String {
            NASTY.into()
        }
        fn note(&self, _: bool, _: bool, _: bool) -> String {
            NASTY.into()
        }
        fn source_line(&self) -> String {
            NASTY.into()
        }
        fn exported(&self, _: i64) -> String {
            NASTY.into()
        }
    }

    fn sample() -> (Vec<crate::figure::Figure>, crate::chart::Chart) {
        let mut figs = vec![
            by(fig("a\"<b>", Kind::Killed, 8, Some("2022-01-05")), "Police"),
            qty(fig("a2", Kind::Killed, 0, Some("2022-01-06")), Quantity::Vague(Vague::Tens)),
            fig("a3", Kind::Injured, 1000, None),
        ];
        figs[0].claimant = Some(Claimant { text: NASTY.into(), label: NASTY.into() });
        let opts = LayoutOptions {
            width: 640.0,
            panel_height: 240.0,
            scale: Scale::Log,
            by: GroupBy::Claimant,
            rtl: false,
            kinds: Kind::ALL.to_vec(),
            series: vec![NASTY.into()],
            focus: true,
            axis: None,
        };
        let c = layout(&figs, &[0, 1, 2], &opts);
        (figs, c)
    }

    #[test]
    fn nothing_hostile_becomes_markup() {
        let (figs, c) = sample();
        let s = scene::picture(&c, &figs, &[NASTY.into()], &Hostile, 0);
        let doc = document(&s, &PRINT, "en\"");
        let mut page = String::new();
        for p in &c.panels {
            page.push_str(&nodes(&scene::panel(p, c.width, &figs, &Hostile, None, true), &PAGE));
        }
        for out in [&doc, &page] {
            assert!(!out.contains("<script") && !out.contains("'x'") && !out.contains('\u{1}') && !out.contains('\u{FFFF}'));
            assert!(out.contains("&lt;script&gt;"));
            assert!(!out.contains("a\"<b>"), "the figure key is escaped");
            // Every tag opened is one of ours.
            for tag in out.split('<').skip(1) {
                let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
                assert!(["svg", "g", "line", "path", "rect", "circle", "text", "title", "desc"].contains(&name.as_str()), "<{name}");
            }
            // Quotes balance: no attribute value broke out.
            assert_eq!(out.matches('"').count() % 2, 0);
        }
        assert!(doc.contains("lang=\"en&quot;\""));
    }

    #[test]
    fn grid_and_axes_are_stroked_in_the_file() {
        let (figs, c) = sample();
        let doc = document(&scene::picture(&c, &figs, &["Police".into()], &Plain::default(), 0), &PRINT, "en");
        let lines: Vec<&str> = doc.split("<line").skip(1).map(|l| l.split("/>").next().unwrap()).collect();
        let grid: Vec<_> = lines.iter().filter(|l| l.contains("class=\"grid\"")).collect();
        let axis: Vec<_> = lines.iter().filter(|l| l.contains("class=\"axis\"")).collect();
        assert!(grid.len() >= 6 && axis.len() >= 6, "{} grid, {} axis lines", grid.len(), axis.len());
        for l in grid.iter().chain(&axis) {
            assert!(l.contains("stroke=\"#") && l.contains("stroke-width=\"1\""), "{l}");
        }
        assert!(!doc.contains("currentColor"), "no colour is left to a page");
        assert!(doc.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"660\""));
        assert!(doc.contains("<title>Reported figures by date and source</title>"));
        // The page's theme leaves text colours to the page.
        let page = nodes(&scene::panel(&c.panels[0], c.width, &figs, &Plain::default(), None, true), &PAGE);
        assert!(page.contains("fill=\"currentColor\""));
        assert!(page.contains("<line class=\"grid\" x1=\"56\""), "{page}");
    }

    #[test]
    fn rtl_texts_anchor_at_the_right() {
        let (figs, c) = sample();
        let s = scene::picture(&c, &figs, &["Police".into()], &Plain { rtl: true }, 0);
        let doc = document(&s, &PRINT, "ar");
        let title = doc.split("<text class=\"title\"").nth(1).unwrap();
        let title = title.split('>').next().unwrap();
        assert!(title.contains("direction=\"rtl\"") && title.contains("text-anchor=\"start\""), "{title}");
        assert!(title.contains(" x=\"648\""), "the right edge less the padding: {title}");
        // The same anchor on the page under ltr is "end".
        let mut out = String::new();
        let l = Label {
            class: "",
            x: 1.0,
            y: 2.0,
            text: "x".into(),
            style: Style { anchor: Some(Anchor::Right), ..Style::default() },
            dy: None,
            rtl: false,
            vertical: false,
        };
        label(&mut out, &l, &PRINT);
        assert_eq!(out, "<text x=\"1\" y=\"2\" text-anchor=\"end\">x</text>");
    }
}
