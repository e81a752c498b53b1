//! Embeds the default article set into the native `tally` (not the wasm, which
//! reads its set from the page): reads `articles/manifest.json` and writes Rust
//! source that includes each article's text at compile time.

use serde::Deserialize;
use std::{env, fmt::Write, fs, path::Path};

#[derive(Deserialize)]
struct Manifest {
    id: String,
    title_ar: String,
    title_en: String,
    subtitle_ar: String,
    subtitle_en: String,
    articles: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    headline_ar: String,
    headline_en: String,
    outlet: Option<String>,
    published: Option<String>,
    date_source: String,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let manifest_path = dir.join("manifest.json");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let m: Manifest = serde_json::from_str(
        &fs::read_to_string(&manifest_path).expect("articles/manifest.json is readable"),
    )
    .expect("articles/manifest.json is valid");
    let out_dir = env::var("OUT_DIR").unwrap();
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");

    let mut out = String::from("&[\n");
    for a in &m.articles {
        let text = dir.join(format!("{}.txt", a.id));
        assert!(text.is_file(), "manifest names {} but {} is missing", a.id, text.display());
        println!("cargo:rerun-if-changed={}", text.display());
        if wasm {
            continue; // the page reads its articles from its data block
        }
        writeln!(
            out,
            "    Embedded {{ id: {:?}, headline_ar: {:?}, headline_en: {:?}, outlet: {:?}, published: {:?}, date_source: {:?}, text: include_str!({:?}) }},",
            a.id,
            a.headline_ar,
            a.headline_en,
            a.outlet,
            a.published,
            a.date_source,
            text.display().to_string()
        )
        .unwrap();
    }
    out.push(']');
    fs::write(Path::new(&out_dir).join("articles.rs"), out).unwrap();
    let set = format!("({:?}, {:?}, {:?}, {:?}, {:?})", m.id, m.title_ar, m.title_en, m.subtitle_ar, m.subtitle_en);
    fs::write(Path::new(&out_dir).join("set.rs"), set).unwrap();
}
