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

/// Runs `tally ARGS` and scores its output.
fn score(name: &str, args: &[String]) {
    let run = Command::new(env!("CARGO_BIN_EXE_tally")).args(args).current_dir(root()).output().expect("tally runs");
    assert!(run.status.success(), "tally {args:?} failed:\n{}", String::from_utf8_lossy(&run.stderr));
    score_output(name, &run.stdout);
}

/// Writes JSON Lines to a temp file and scores them against the reference.
fn score_output(name: &str, jsonl: &[u8]) {
    let out = out_file(name);
    std::fs::write(&out, jsonl).unwrap();
    let scored = Command::new("python3")
        .args(["tests/fixtures/score.py", "tests/fixtures/gold-seeds.json", "articles"])
        .arg(&out)
        .args(["--min-f1", "1", "--min-strict", "1"])
        .current_dir(root())
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&scored.stdout);
    let _ = std::fs::remove_file(&out);
    assert!(scored.status.success(), "score below 1.00 ({name}):\n{report}{}", String::from_utf8_lossy(&scored.stderr));
    assert!(report.contains("F1=1.00 strict=1.00"), "{report}");
}

#[test]
fn embedded_articles_score_perfectly() {
    score("embedded", &["extract".into(), "--embedded".into()]);
}

/// Runs `tally extract` on each article file, passing `--published` only for
/// the articles whose text fixes no date (see `publication_dates_from_the_text`),
/// and scores the figures of all five together: the dates of the others come
/// from the extractor's own reading of the text.
#[test]
fn article_files_score_perfectly_with_inferred_dates() {
    use tally::extract::publication_date;
    let mut all = Vec::new();
    for a in tally::articles::ARTICLES {
        let mut args = vec!["extract".to_string()];
        if publication_date(a.text, None).is_none() {
            args.push(format!("--published={}", a.published.unwrap()));
        }
        args.push(format!("articles/{}.txt", a.id));
        let run = Command::new(env!("CARGO_BIN_EXE_tally")).args(&args).current_dir(root()).output().expect("tally runs");
        assert!(run.status.success(), "tally {args:?} failed:\n{}", String::from_utf8_lossy(&run.stderr));
        all.extend_from_slice(&run.stdout);
    }
    score_output("files", &all);
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
