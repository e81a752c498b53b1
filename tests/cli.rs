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
fn the_article_is_the_file_stem_as_it_stands() {
    // a long name and an Arabic one: the page's ids are cut to 64 ASCII characters, the
    // records' `article` is the file name without `.txt` (figures.md)
    let long = "central_african_republic_zemio_displaced_site_attack_ocha_briefing";
    for stem in [long, "تقرير الحادث"] {
        let f = Temp::new(&format!("{stem}.txt"), ARTICLE.as_bytes());
        let o = tally(&["extract", f.path()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let first: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
        assert_eq!(first["article"], stem);
    }
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
fn today_dates_a_dispatch_without_its_year_by_its_weekday() {
    let text = "الدوحة في 17 مارس /قنا/ أعلنت الإدارة العامة للمرور وفاة شخص وإصابة 17 آخرين في حادث تصادم صباح اليوم الثلاثاء.";
    let f = Temp::new("qna.txt", text.as_bytes());
    // 17 March fell on a Tuesday in 2020 and in 2026
    for (today, want) in [("2026-12-04", "2026-03-17"), ("2025-06-30", "2020-03-17")] {
        let o = tally(&["extract", "--today", today, f.path()]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).lines().all(|l| l.contains(&format!("\"reported\":\"{want}\""))), "{}", stdout(&o));
    }
    let o = tally(&["extract", "--today", "tomorrow", f.path()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--today"), "{}", stderr(&o));
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
    // each figure is dated from its article's manifest date: that day, or the
    // day its own sentence names before it («ومساء الأحد، سحبت الوزارة ...»)
    for r in &recs {
        let a = tally::articles::embedded::by_id(r["article"].as_str().unwrap()).unwrap();
        let (got, published) = (r["reported"].as_str().unwrap(), a.published.unwrap());
        assert!(got <= published && got[..7] == published[..7], "{got} against {published}");
    }
    for a in tally::articles::embedded::ARTICLES {
        let mine: Vec<_> = recs.iter().filter(|r| r["article"] == a.id).collect();
        assert!(mine.is_empty() || mine.iter().any(|r| r["reported"].as_str() == a.published), "{}", a.id);
    }
}

#[test]
fn extract_reads_html_and_json_lines_as_articles() {
    let html = Temp::new("page.html", format!("<title>x</title><script>var a = '7 جنود قتلوا'</script><p>{ARTICLE}</p>").as_bytes());
    let jsonl = Temp::new("set.jsonl", format!("{{\"id\":\"a1\",\"text\":\"{ARTICLE}\",\"published\":\"2024-03-01\"}}\n{{\"text\":\"{ARTICLE}\"}}\n").as_bytes());
    let o = tally(&["extract", html.path(), jsonl.path()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let recs: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = recs.iter().map(|r| r["article"].as_str().unwrap()).collect();
    // The script's words are not text: the page gives two figures, not four.
    assert_eq!(ids, ["page", "page", "a1", "a1", "set-2", "set-2"]);
    assert_eq!(recs[2]["reported"], "2024-03-01", "a JSON article's own date");
}

/// `tally page` on a minimal template: the set goes into its data block.
#[test]
fn page_places_the_set_in_the_template() {
    let template = Temp::new("template.html", b"<!doctype html><html><body><p>app</p></body></html>");
    let a = Temp::new("one.txt", ARTICLE.as_bytes());
    let bad = Temp::new("bad.txt", b"\xff\xfe");
    let out = std::env::temp_dir().join(format!("tally-cli-page-{}.html", std::process::id()));
    let o = tally(&["page", "--title-en", "My <set>", "--view", "kind=killed", "--template", template.path(), a.path(), bad.path(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "a bad file: exit 1, the page still written");
    assert!(stderr(&o).contains("bad.txt: not UTF-8"), "{}", stderr(&o));
    let page = std::fs::read_to_string(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let json = tally::articles::set_file::block(&page).expect("a data block");
    let set = tally::articles::set_file::from_json(json).unwrap();
    assert_eq!(set.title_en.as_deref(), Some("My <set>"));
    assert_eq!(set.view, "?kind=killed");
    assert_eq!(set.articles.len(), 1);
    assert_eq!(set.articles[0].text, ARTICLE);
    assert!(set.id.starts_with("set-"));
    assert!(!json.contains('<'));
    // The figures the build read go with the text, named by the extractor that read them.
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(v["extractor"], tally::extract::packed::VERSION);
    let packed = v["articles"][0]["figures"].as_str().expect("the article's figures");
    let (figures, _) = tally::extract::packed::read(&set.articles[0].id, ARTICLE, packed).unwrap();
    assert_eq!(figures, tally::extract::extract(&set.articles[0].id, ARTICLE, &Default::default()));
    assert!(!figures.is_empty());

    let o = tally(&["page", "--template", template.path(), bad.path(), "-o", "/tmp/never.html"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no article could be read"), "{}", stderr(&o));
    let o = tally(&["page", a.path()]);
    assert_eq!(o.status.code(), Some(2), "no -o is a usage error");
    let o = tally(&["page", "--template", "/nonexistent.html", a.path(), "-o", "/tmp/never.html"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read the template"));
}
