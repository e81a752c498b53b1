//! Embeds the article set: reads `articles/manifest.json` and writes Rust source
//! that includes each article's text at compile time. Parsing JSON here, at
//! build time, keeps a JSON parser out of the wasm bundle.

use serde::Deserialize;
use std::{env, fmt::Write, fs, path::Path};

#[derive(Deserialize)]
struct Manifest {
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
    let manifest: Manifest = serde_json::from_str(
        &fs::read_to_string(&manifest_path).expect("articles/manifest.json is readable"),
    )
    .expect("articles/manifest.json is valid");

    let mut out = String::from("&[\n");
    for a in &manifest.articles {
        let text = dir.join(format!("{}.txt", a.id));
        assert!(text.is_file(), "manifest names {} but {} is missing", a.id, text.display());
        println!("cargo:rerun-if-changed={}", text.display());
        writeln!(
            out,
            "    Article {{ id: {:?}, headline_ar: {:?}, headline_en: {:?}, outlet: {:?}, published: {:?}, date_source: {:?}, text: include_str!({:?}) }},",
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
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("articles.rs");
    fs::write(dest, out).unwrap();
}
