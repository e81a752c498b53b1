//! Figures written out for other tools: CSV (RFC 4180), shared by the command
//! line's `--format csv` and the page's "Download CSV".

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
    fn a_document_has_a_header_and_a_row_per_figure() {
        let f = figure();
        let doc = csv([&f, &f]);
        assert!(doc.starts_with(CSV_HEADER));
        assert_eq!(doc.matches("\r\n").count(), 3);
    }
}
