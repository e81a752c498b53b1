//! The `tally` command line: formats, options, and what it does with bad input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn tally(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tally")).args(args).output().expect("tally runs")
}

/// A temp file with `bytes`, removed when dropped.
struct Temp(PathBuf);
impl Temp {
    fn new(name: &str, bytes: &[u8]) -> Temp {
        let dir = std::env::temp_dir().join(format!("tally-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        Temp(p)
    }
    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}
impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

const ARTICLE: &str = "وقال مصدر أمني إن 7 جنود قتلوا، وأصيب 12 آخرون في الهجوم.";

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn jsonl_one_record_per_figure_with_the_file_stem() {
    let f = Temp::new("hujum.txt", ARTICLE.as_bytes());
    let o = tally(&["extract", f.path()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["article"], "hujum");
    assert_eq!(lines[0]["kind"], "killed");
    assert_eq!(lines[1]["victims"], "security_forces");
    assert_eq!(lines[0]["reported"], serde_json::Value::Null);
}

#[test]
fn published_sets_the_reported_date() {
    let f = Temp::new("pub.txt", ARTICLE.as_bytes());
    let o = tally(&["extract", "--published", "2024-02-29", f.path()]);
    assert!(o.status.success());
    assert!(stdout(&o).lines().all(|l| l.contains("\"reported\":\"2024-02-29\"")), "{}", stdout(&o));
    let o = tally(&["extract", "--published=2024-02-30", f.path()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--published"), "{}", stderr(&o));
}

#[test]
fn csv_has_a_header_and_quotes_fields() {
    let text = "وقال مصدر أمني إن 7 جنود قتلوا, وأصيب \"12\" آخرون في الهجوم.";
    let f = Temp::new("csv.txt", text.as_bytes());
    let o = tally(&["extract", "--format", "csv", f.path()]);
    assert!(o.status.success());
    let out = stdout(&o);
    let mut lines = out.lines();
    let header = lines.next().unwrap();
    assert_eq!(header, "article,kind,qualifier,value,min,max,vague,phrase,victims,claimant_text,claimant_label,reported,status,start,end,sentence");
    let row = lines.next().unwrap();
    assert!(row.starts_with("csv,killed,exact,7,7,7,,7,security_forces,مصدر أمني,Security sources,,asserted,"), "{row}");
    // the sentence holds a comma and quotes: quoted, quotes doubled (RFC 4180)
    assert!(row.ends_with(",\"وقال مصدر أمني إن 7 جنود قتلوا, وأصيب \"\"12\"\" آخرون في الهجوم.\""), "{row}");
    assert_eq!(lines.count(), 1);
}

#[test]
fn missing_and_non_utf8_files_are_reported_and_the_rest_processed() {
    let good = Temp::new("good.txt", ARTICLE.as_bytes());
    let bad = Temp::new("latin1.txt", b"\xe9t\xe9 \xff\xfe 5");
    let o = tally(&["extract", "/nonexistent/nope.txt", bad.path(), good.path()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("/nonexistent/nope.txt"), "{err}");
    assert!(err.contains("latin1.txt") && err.contains("UTF-8"), "{err}");
    assert_eq!(stdout(&o).lines().count(), 2, "the good file is still processed");
}

#[test]
fn an_empty_file_gives_no_records() {
    let f = Temp::new("empty.txt", b"");
    let o = tally(&["extract", f.path()]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
    let o = tally(&["extract", "--format", "csv", f.path()]);
    assert_eq!(stdout(&o).lines().count(), 1, "just the header");
}

#[test]
fn help_and_bad_flags() {
    for args in [&["--help"][..], &["extract", "--help"], &["-h"]] {
        let o = tally(args);
        assert!(o.status.success());
        assert!(stdout(&o).contains("usage:"), "{args:?}");
    }
    for args in [&["extract", "--frobnicate", "x.txt"][..], &["--frobnicate"], &["explode"], &[], &["extract"], &["extract", "--format", "xml", "x.txt"], &["extract", "--published"]] {
        let o = tally(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("tally: "), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn embedded_set_uses_manifest_dates() {
    let o = tally(&["extract", "--embedded"]);
    assert!(o.status.success());
    let recs: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(recs.len() >= 13);
    for r in &recs {
        let a = tally::articles::by_id(r["article"].as_str().unwrap()).unwrap();
        assert_eq!(r["reported"].as_str(), a.published);
    }
}
