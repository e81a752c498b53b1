//! Text made safe for HTML built as strings: the page writes its chart, table,
//! filters and article texts as markup (much less wasm than a view per
//! element), and every text that goes into that markup passes through here.

/// Appends `s` to `out` with the five characters that mean something in HTML
/// and XML (`& < > " '`) escaped, so any text can go into markup or an
/// attribute value, and without the characters XML 1.0 forbids (most C0
/// controls, U+FFFE, U+FFFF), so the same text also makes a valid SVG file.
pub fn push_esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// Appends ` name="value"` (the value escaped).
pub fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_esc(out, value);
    out.push('"');
}

/// Appends `<tag attrs>` (a void element, or one whose end the caller writes),
/// every attribute value escaped.
pub fn push_open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (k, v) in attrs {
        push_attr(out, k, v);
    }
    out.push('>');
}

/// Appends `<tag attrs>text</tag>`, the text and the attribute values escaped.
pub fn push_el(out: &mut String, tag: &str, attrs: &[(&str, &str)], text: &str) {
    push_open(out, tag, attrs);
    push_esc(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_means_something_in_html() {
        let mut s = String::new();
        push_esc(&mut s, r#"<script>alert('x') & "y"</script> عشرات"#);
        assert_eq!(s, "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt; عشرات");
    }

    #[test]
    fn elements_escape_their_text_and_attributes() {
        let mut s = String::new();
        push_el(&mut s, "li", &[("data-x", "\"><script>")], "<b>x</b>");
        assert_eq!(s, "<li data-x=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;x&lt;/b&gt;</li>");
    }

    #[test]
    fn attribute_values_cannot_break_out() {
        let mut s = String::new();
        push_attr(&mut s, "data-fig", "a\" onclick=\"x");
        assert_eq!(s, " data-fig=\"a&quot; onclick=&quot;x\"");
    }
}
