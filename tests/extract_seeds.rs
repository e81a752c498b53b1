//! The built `tally` binary on the seed articles, scored against the gold
//! figures by `tests/fixtures/score.py`: every figure, every attribute.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn out_file(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("tally-{}-{name}.jsonl", std::process::id()))
}

/// Runs `tally ARGS`, writes its output to a temp file and scores it.
fn score(name: &str, args: &[String]) {
    let run = Command::new(env!("CARGO_BIN_EXE_tally")).args(args).current_dir(root()).output().expect("tally runs");
    assert!(run.status.success(), "tally {args:?} failed:\n{}", String::from_utf8_lossy(&run.stderr));
    let out = out_file(name);
    std::fs::write(&out, &run.stdout).unwrap();
    let scored = Command::new("python3")
        .args(["tests/fixtures/score.py", "tests/fixtures/gold-seeds.json", "articles"])
        .arg(&out)
        .args(["--min-f1", "1", "--min-strict", "1"])
        .current_dir(root())
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&scored.stdout);
    let _ = std::fs::remove_file(&out);
    assert!(scored.status.success(), "score below 1.00 for tally {args:?}:\n{report}{}", String::from_utf8_lossy(&scored.stderr));
    assert!(report.contains("F1=1.00 strict=1.00"), "{report}");
}

#[test]
fn embedded_articles_score_perfectly() {
    score("embedded", &["extract".into(), "--embedded".into()]);
}

#[test]
fn article_files_score_perfectly_with_inferred_dates() {
    let mut files: Vec<String> = std::fs::read_dir(root().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.strip_prefix(root()).unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    let mut args = vec!["extract".to_string()];
    args.extend(files);
    score("files", &args);
}

/// The text alone fixes the publication date of every seed whose text has one.
#[test]
fn publication_dates_from_the_text() {
    use tally::extract::{publication_date, DateSource};
    for a in tally::articles::ARTICLES {
        let got = publication_date(a.text, None);
        match a.id {
            // no date in the text / only a page clock the text contradicts
            "002_30c12b966f330ae1" | "004_10bd69eb99a8aa9f" => assert_eq!(got, None, "{}", a.id),
            _ => assert_eq!(got, Some((a.published.unwrap().to_string(), DateSource::Text)), "{}", a.id),
        }
    }
}
