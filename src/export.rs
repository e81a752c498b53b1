//! Figures written out for other tools: JSON (the record of `docs/figures.md`)
//! and CSV (RFC 4180), shared by the command line and the page's downloads.
//!
//! Written by hand rather than through serde so that no JSON serializer (nor
//! float formatting) reaches the wasm bundle; a test checks the JSON is the
//! same, byte for byte, as serde_json's rendering of the record.

use crate::figure::Figure;
use std::fmt::Write;

/// The CSV header, one column per record field (the claimant in two).
pub const CSV_HEADER: &str = "article,kind,qualifier,value,min,max,vague,phrase,victims,claimant_text,claimant_label,reported,status,start,end,sentence";

/// Appends `field` quoted as RFC 4180 asks: in double quotes, with inner quotes
/// doubled, whenever it holds a comma, a quote or a line break.
fn field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// One CSV row (no line ending).
pub fn csv_row(f: &Figure) -> String {
    let opt = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    let cells: [&str; 16] = [
        &f.article,
        f.kind.as_str(),
        f.qualifier.as_str(),
        &f.value.to_string(),
        &opt(f.min),
        &opt(f.max),
        f.vague.map_or("", |v| v.as_str()),
        &f.phrase,
        f.victims.as_str(),
        f.claimant.as_ref().map_or("", |c| c.text.as_str()),
        f.claimant.as_ref().map_or("", |c| c.label.as_str()),
        f.reported.as_deref().unwrap_or(""),
        f.status.as_str(),
        &f.start.to_string(),
        &f.end.to_string(),
        &f.sentence,
    ];
    let mut out = String::new();
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(&mut out, c);
    }
    out
}

/// A whole CSV document: the header and one row per figure, CRLF line endings.
pub fn csv<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push_str("\r\n");
    for f in figures {
        let _ = write!(out, "{}\r\n", csv_row(f));
    }
    out
}

/// Appends `s` as a JSON string literal.
pub(crate) fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_opt_str(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.push_str("null"),
    }
}

fn json_opt_num(out: &mut String, n: Option<u64>) {
    match n {
        Some(n) => {
            let _ = write!(out, "{n}");
        }
        None => out.push_str("null"),
    }
}

/// One figure as a JSON object on one line (a JSON Lines record).
pub fn json(f: &Figure) -> String {
    let mut o = String::with_capacity(256 + f.sentence.len());
    o.push_str("{\"article\":");
    json_str(&mut o, &f.article);
    let _ = write!(o, ",\"kind\":\"{}\",\"qualifier\":\"{}\",\"value\":{},\"min\":", f.kind.as_str(), f.qualifier.as_str(), f.value);
    json_opt_num(&mut o, f.min);
    o.push_str(",\"max\":");
    json_opt_num(&mut o, f.max);
    o.push_str(",\"vague\":");
    json_opt_str(&mut o, f.vague.map(|v| v.as_str()));
    o.push_str(",\"phrase\":");
    json_str(&mut o, &f.phrase);
    let _ = write!(o, ",\"victims\":\"{}\",\"claimant\":", f.victims.as_str());
    match &f.claimant {
        Some(c) => {
            o.push_str("{\"text\":");
            json_str(&mut o, &c.text);
            o.push_str(",\"label\":");
            json_str(&mut o, &c.label);
            o.push('}');
        }
        None => o.push_str("null"),
    }
    o.push_str(",\"reported\":");
    json_opt_str(&mut o, f.reported.as_deref());
    let _ = write!(o, ",\"status\":\"{}\",\"start\":{},\"end\":{},\"sentence\":", f.status.as_str(), f.start, f.end);
    json_str(&mut o, &f.sentence);
    o.push('}');
    o
}

/// A JSON array of figures, one per line.
pub fn json_array<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> String {
    let mut out = String::from("[");
    for (i, f) in figures.into_iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&json(f));
    }
    out.push_str("\n]\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::*;

    fn figure() -> Figure {
        Figure {
            article: "a".into(),
            kind: Kind::Killed,
            qualifier: Qualifier::MoreThan,
            value: 1000,
            min: Some(1001),
            max: None,
            vague: None,
            phrase: "أكثر من ألف".into(),
            victims: Victims::People,
            claimant: Some(Claimant { text: "وزارة \"الصحة\"".into(), label: "Health Ministry".into() }),
            reported: Some("2022-01-06".into()),
            status: Status::Asserted,
            start: 3,
            end: 14,
            sentence: "قالت، إن\nأكثر".into(),
        }
    }

    #[test]
    fn quotes_what_needs_quoting() {
        let row = csv_row(&figure());
        assert_eq!(
            row,
            "a,killed,more_than,1000,1001,,,أكثر من ألف,people,\"وزارة \"\"الصحة\"\"\",Health Ministry,2022-01-06,asserted,3,14,\"قالت، إن\nأكثر\""
        );
        assert_eq!(CSV_HEADER.split(',').count(), 16);
    }

    #[test]
    fn json_is_serde_json_byte_for_byte() {
        let mut f = figure();
        f.sentence = "ctl \u{1}\u{8}\t\\ \"q\" / é".into();
        assert_eq!(json(&f), serde_json::to_string(&f).unwrap());
        f.claimant = None;
        f.reported = None;
        f.vague = Some(Vague::Tens);
        assert_eq!(json(&f), serde_json::to_string(&f).unwrap());
        for a in crate::articles::embedded::ARTICLES {
            for f in crate::extract::extract(a.id, a.text, &Default::default()) {
                assert_eq!(json(&f), serde_json::to_string(&f).unwrap());
            }
        }
        let arr: Vec<Figure> = serde_json::from_str(&json_array([&f, &figure()])).unwrap();
        assert_eq!(arr.len(), 2);
    }

    #[test]
    fn a_document_has_a_header_and_a_row_per_figure() {
        let f = figure();
        let doc = csv([&f, &f]);
        assert!(doc.starts_with(CSV_HEADER));
        assert_eq!(doc.matches("\r\n").count(), 3);
    }
}
