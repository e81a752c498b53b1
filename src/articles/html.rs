//! The visible text of an HTML page, for articles saved from a browser.
//!
//! A small scanner, not a browser: tags are dropped, the contents of
//! `script`, `style`, `noscript`, `template`, `svg`, `iframe`, `object` and comments are
//! dropped whole, block elements (`p`, `div`, `br`, `li`, headings, …) end a
//! line, and character references are decoded. What comes out is plain text
//! only: nothing of the markup survives to be inserted anywhere. It also
//! picks up the page's headline (`<h1>`, else `<title>`) and the outlet a page
//! names in `<meta property="og:site_name">`.

/// What an HTML page gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The visible text, one line per block, blank lines folded.
    pub text: String,
    /// The first `<h1>`, else the `<title>`.
    pub headline: Option<String>,
    /// `og:site_name`, where given.
    pub outlet: Option<String>,
}

/// Elements whose whole content is not text a reader sees.
const HIDDEN: [&str; 7] = ["script", "style", "noscript", "template", "svg", "iframe", "object"];
/// Elements that start and end a line.
const BLOCKS: [&str; 25] = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "blockquote", "pre", "figcaption", "hr", "dd", "dt", "main",
];

/// Reads `html` (see the module docs).
pub fn read(html: &str) -> Page {
    let mut page = Page::default();
    let mut text = String::with_capacity(html.len() / 2);
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    // Where the text of an open <title> or <h1> starts in `text` (title text
    // is collected separately, since <head> is hidden).
    let mut in_title = false;
    let mut title_buf = String::new();
    let mut h1_start: Option<usize> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut text, rest, in_title.then_some(&mut title_buf));
            break;
        };
        push_text(&mut text, &rest[..lt], in_title.then_some(&mut title_buf));
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            break; // an unclosed tag at the end: nothing more to show
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() {
            continue; // <!doctype>, <?xml?>, stray '<'
        }
        if name == "meta" && page.outlet.is_none() {
            if attr(tag, "property").or_else(|| attr(tag, "name")).as_deref() == Some("og:site_name") {
                page.outlet = attr(tag, "content").map(|c| clean_line(&decode(&c))).filter(|c| !c.is_empty());
            }
            continue;
        }
        if name == "title" && !closing {
            in_title = true;
            title_buf.clear();
            continue;
        }
        if name == "title" && closing {
            in_title = false;
            title = title.or(Some(clean_line(&title_buf)).filter(|t| !t.is_empty()));
            continue;
        }
        if HIDDEN.contains(&name.as_str()) && !closing {
            // Skip to the matching close tag (not nested for these elements).
            let close = format!("</{name}");
            rest = find_ci(rest, &close).map_or("", |i| {
                let after = &rest[i..];
                tag_end(after).map_or("", |e| &after[e + 1..])
            });
            continue;
        }
        if name == "h1" {
            if !closing {
                h1_start = Some(text.len());
            } else if let Some(s) = h1_start.take() {
                let t = clean_line(&text[s..]);
                if h1.is_none() && !t.is_empty() {
                    h1 = Some(t);
                }
            }
        }
        if BLOCKS.contains(&name.as_str()) && !text.ends_with('\n') && !text.is_empty() {
            text.push('\n');
        }
    }
    page.headline = h1.or(title);
    page.text = fold_lines(&text);
    page
}

/// Where the tag starting at `s[0] == '<'` ends (its `>`), quotes respected.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The position of `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The value of attribute `name` in a tag's inside.
fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name).map(|i| i + from) {
        from = i + name.len();
        let before_ok = i > 0 && lower.as_bytes()[i - 1].is_ascii_whitespace();
        let after = lower[from..].trim_start();
        if !before_ok || !after.starts_with('=') {
            continue;
        }
        let v_at = tag.len() - after.len() + 1;
        let v = tag[v_at..].trim_start();
        return Some(match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or("").to_string(),
            _ => v.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or("").to_string(),
        });
    }
    None
}

/// Appends text between tags, decoded, with runs of white space folded to one
/// space (line breaks come from block elements only).
fn push_text(out: &mut String, raw: &str, also: Option<&mut String>) {
    let decoded = decode(raw);
    if let Some(t) = also {
        t.push_str(&decoded);
        return;
    }
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !(out.is_empty() || out.ends_with(' ') || out.ends_with('\n')) {
                out.push(' ');
            }
        } else {
            out.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }
}

/// Decodes character references: the common names and numeric ones.
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1).unwrap_or(rest.len());
        let name = &rest[1..end];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "hellip" => Some('…'),
            "rlm" => Some('\u{200f}'),
            "lrm" => Some('\u{200e}'),
            "zwnj" => Some('\u{200c}'),
            "zwj" => Some('\u{200d}'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32)
                .filter(|c| *c != '\0'),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One line: white space folded, trimmed.
fn clean_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lines trimmed, empty lines dropped, paragraphs separated by one blank line.
fn fold_lines(s: &str) -> String {
    let lines: Vec<&str> = s.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    lines.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_only() {
        let p = read(concat!(
            "<!doctype html><html><head><title>عنوان &amp; موقع</title>",
            "<meta property=\"og:site_name\" content=\"الجزيرة نت\">",
            "<style>p{color:red}</style><script>alert('<p>x</p>')</script></head>",
            "<body><h1>مقتل 5 <b>أشخاص</b></h1><!-- <p>hidden</p> -->",
            "<p>قتل 5 أشخاص&nbsp;في <a href=\"x\">الهجوم</a>.</p><noscript>enable js</noscript>",
            "<div>وأصيب 10&#1570;خرون<br>سطر</div><img src=x onerror=alert(1)></body></html>"
        ));
        assert_eq!(p.text, "مقتل 5 أشخاص\n\nقتل 5 أشخاص في الهجوم.\n\nوأصيب 10آخرون\n\nسطر");
        assert_eq!(p.headline.as_deref(), Some("مقتل 5 أشخاص"));
        assert_eq!(p.outlet.as_deref(), Some("الجزيرة نت"));
    }

    #[test]
    fn markup_never_survives() {
        let table = [
            "<script>document.write('<img src=x onerror=alert(1)>')</script>نص",
            "<SCRIPT type=module>x</SCRIPT >نص",
            "<img src=\"x\" alt=\"a>b\" onerror=alert(1)>نص",
            "&lt;script&gt;",
            "<p>نص<",
            "<svg><script>alert(1)</script><text>x</text></svg>نص",
        ];
        for html in table {
            let p = read(html);
            assert!(!p.text.contains("alert") && !p.text.contains("onerror"), "{html}: {:?}", p.text);
        }
        // Decoded references are text, never markup: the caller escapes them.
        assert_eq!(read("&lt;script&gt;").text, "<script>");
    }

    #[test]
    fn references() {
        let table = [("a&amp;b", "a&b"), ("&#x41;&#66;", "AB"), ("&unknown; &", "&unknown; &"), ("&#0;", "&#0;"), ("&laquo;x&raquo;", "«x»")];
        for (input, want) in table {
            assert_eq!(decode(input), want, "{input}");
        }
    }

    #[test]
    fn title_when_there_is_no_h1() {
        assert_eq!(read("<title> A  b </title><p>x</p>").headline.as_deref(), Some("A b"));
        assert_eq!(read("<p>x</p>").headline, None);
    }
}
