//! The extractor is safe at a text's edges. Its rules look at the words before and after
//! a number, and a pasted text may start or end at any word: a rule that reads one word
//! too far panics there (as «مصابين الحادث 3» and a text ending on a comma once did).
//!
//! Windows of 3, 6 and 10 words are cut from every sentence of the fixtures' articles and
//! each is read as a text of its own; none may panic, and every figure must lie within
//! its text. By default one window in 100 is read (about 17,000: some seconds); with
//! `TALLY_EDGES=all` every one (about 1.8 million: run it on a release build with
//! overflow checks, `CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true cargo test --release
//! --test edges`).

use std::path::Path;
use tally_extract::{extract, Options};

/// The texts of every fixture article, sorted by path.
fn articles() -> Vec<String> {
    let mut paths = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Every window of `k` words (k = 3, 6, 10) of every sentence of `text`; a sentence
/// shorter than `k` words is one window.
fn windows(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in text.split(['.', '!', '؟', '\n']) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        for k in [3, 6, 10] {
            for i in 0..words.len().saturating_sub(k) + 1 {
                out.push(words[i..(i + k).min(words.len())].join(" "));
            }
        }
    }
    out
}

/// A cheap, fixed hash: the same sample on every machine and run.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

#[test]
fn every_window_of_real_sentences_is_safe() {
    let all = std::env::var("TALLY_EDGES").is_ok_and(|v| v == "all");
    let texts: Vec<String> = articles().iter().flat_map(|a| windows(a)).filter(|w| all || fnv(w).is_multiple_of(100)).collect();
    assert!(texts.len() > 1000, "only {} windows: are the fixtures there?", texts.len());
    // (the hook keeps where each panic happened, and prints nothing)
    static WHERE: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| *WHERE.lock().unwrap() = format!("{}: {}", info.location().map_or(String::new(), |l| l.to_string()), info.payload_as_str().unwrap_or("?"))));
    let mut failed = Vec::new();
    for text in &texts {
        let n = text.chars().count();
        match std::panic::catch_unwind(|| extract("w", text, &Options::default())) {
            Ok(figs) if figs.iter().all(|f| f.start < f.end && f.end <= n) => {}
            Ok(_) => failed.push(format!("a figure outside the text: {text}")),
            Err(_) => failed.push(format!("panicked at {}: {text}", WHERE.lock().unwrap())),
        }
    }
    std::panic::set_hook(hook);
    assert!(failed.is_empty(), "{} of {} windows failed:\n{}", failed.len(), texts.len(), failed.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}
