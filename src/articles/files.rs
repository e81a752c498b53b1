//! Reading article files and folders from disk (native only): what the
//! command line's `tally extract` and `tally page` take.
//!
//! A folder with a `manifest.json` is a set (its title, and per article the
//! headline, outlet and publication date, each text in `<id>.txt`, as in
//! `articles/`); any other folder gives its `.txt`, `.html`, `.json` and
//! `.jsonl` files, in name order (a `.json` file with no articles, such as a
//! reference file, is passed over). Problems are collected per file, so the
//! other files are still read.

use super::input::{self, FileKind, InputError};
use super::set_file::{fields, from_json};
use super::{unique_id, Article, ArticleSet};
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

/// Why a file gave no article.
#[derive(Debug)]
pub enum FileError {
    /// It could not be read at all.
    Io(std::io::Error),
    /// It was read, but its content was refused.
    Input(InputError),
    /// A folder's `manifest.json` that does not read.
    Manifest(String),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Io(e) => write!(f, "cannot read: {e}"),
            FileError::Input(e) => e.fmt(f),
            FileError::Manifest(e) => write!(f, "manifest.json: {e}"),
        }
    }
}

/// What a list of paths gave.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every article read, ids made unique.
    pub articles: Vec<Article>,
    /// The name each article was read under, in the same order: a text or HTML file's
    /// stem exactly as it stands (the figure record's `article`: the file name without
    /// `.txt`, whatever its length or script), else the article's id. An id is cleaned
    /// and cut to 64 ASCII characters for the page's URLs (`clean_id`); this is not.
    pub names: Vec<String>,
    /// The set of the first folder with a manifest (without its articles).
    pub manifest: Option<ArticleSet>,
    /// The problems, with the path (and the line, for JSON Lines) they concern.
    pub errors: Vec<(String, FileError)>,
}

impl Loaded {
    /// Adds an article read under `name` (a file's stem), or under its id.
    fn push(&mut self, mut a: Article, name: Option<&str>) {
        let taken: HashSet<&str> = self.articles.iter().map(|a| a.id.as_str()).collect();
        a.id = unique_id(&a.id, |c| taken.contains(c));
        self.names.push(name.map_or_else(|| a.id.clone(), str::to_string));
        self.articles.push(a);
    }
}

/// Reads every path (files and folders) in order.
pub fn load(paths: &[String]) -> Loaded {
    let mut out = Loaded::default();
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            load_dir(path, &mut out);
        } else {
            load_file(path, p, false, &mut out);
        }
    }
    out
}

fn load_dir(dir: &Path, out: &mut Loaded) {
    let manifest = dir.join("manifest.json");
    if manifest.is_file() {
        let set = std::fs::read_to_string(&manifest).map_err(|e| e.to_string()).and_then(|s| from_json(&s));
        match set {
            Err(e) => out.errors.push((manifest.display().to_string(), FileError::Manifest(e))),
            Ok(mut set) => {
                for mut a in std::mem::take(&mut set.articles) {
                    let file = dir.join(format!("{}.txt", a.id));
                    match std::fs::read(&file).map_err(FileError::Io).and_then(|b| {
                        input::decode(&b).map(str::to_string).map_err(FileError::Input)
                    }) {
                        Ok(text) => {
                            a.text = text;
                            out.push(a, None);
                        }
                        Err(e) => out.errors.push((file.display().to_string(), e)),
                    }
                }
                out.manifest.get_or_insert(set);
            }
        }
        return;
    }
    let mut names: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect(),
        Err(e) => {
            out.errors.push((dir.display().to_string(), FileError::Io(e)));
            return;
        }
    };
    names.sort();
    for p in names {
        if FileKind::of(&p.to_string_lossy()).is_some() {
            let label = p.display().to_string();
            load_file(&p, &label, true, out);
        }
    }
}

/// Reads one file. `in_folder`: a `.json` file that holds no articles (a
/// reference file, say) is passed over rather than refused.
fn load_file(path: &Path, label: &str, in_folder: bool, out: &mut Loaded) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return out.errors.push((label.to_string(), FileError::Io(e))),
    };
    let fail = |out: &mut Loaded, e: InputError| out.errors.push((label.to_string(), FileError::Input(e)));
    let text = match input::decode(&bytes) {
        Ok(t) => t,
        Err(e) => return fail(out, e),
    };
    let stem = input::stem(label);
    match FileKind::of(label).unwrap_or(FileKind::Text) {
        FileKind::Text => match input::text_article(stem, text) {
            Ok(a) => out.push(a, Some(stem)),
            Err(e) => fail(out, e),
        },
        FileKind::Html => match input::html_article(stem, text) {
            Ok(a) => out.push(a, Some(stem)),
            Err(e) => fail(out, e),
        },
        FileKind::JsonLines => {
            for (line, l) in input::json_lines(text) {
                match serde_json::from_str::<serde_json::Value>(l) {
                    Err(e) => fail(out, InputError::BadJson { line: Some(line), message: e.to_string() }),
                    Ok(v) => match input::from_fields(fields(&v), &format!("{stem}-{line}"), Some(line)) {
                        Ok(a) => out.push(a, None),
                        Err(e) => fail(out, e),
                    },
                }
            }
        }
        FileKind::Json => match serde_json::from_str::<serde_json::Value>(text) {
            Err(e) => fail(out, InputError::BadJson { line: None, message: e.to_string() }),
            Ok(v) => {
                let items = match v.get("articles").and_then(|a| a.as_array()).or(v.as_array()) {
                    Some(items) => items.clone(),
                    None if in_folder && v.get("text").is_none() => return,
                    None => vec![v],
                };
                for (i, item) in items.iter().enumerate() {
                    match input::from_fields(fields(item), &format!("{stem}-{}", i + 1), None) {
                        Ok(a) => out.push(a, None),
                        Err(e) => fail(out, e),
                    }
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str, files: &[(&str, &[u8])]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("tally-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (n, b) in files {
            std::fs::write(dir.join(n), b).unwrap();
        }
        dir
    }

    #[test]
    fn a_folder_gives_every_readable_file_and_names_the_bad_ones() {
        let dir = temp("mixed", &[
            ("a.txt", "قتل 3 أشخاص".as_bytes()),
            ("b.html", "<title>t</title><p>قتل 4 أشخاص</p><script>x()</script>".as_bytes()),
            ("c.jsonl", b"{\"text\":\"x 1\",\"id\":\"one\"}\n{bad\n{\"id\":\"n\"}\n{\"text\":\"x 2\",\"id\":\"one\"}\n"),
            ("d.txt", b"\xff\xfe"),
            ("e.txt", b""),
            ("f.png", b"\x89PNG"),
            ("gold.json", b"{\"articles\": {\"a\": {}}}"),
        ]);
        let got = load(&[dir.display().to_string()]);
        let ids: Vec<_> = got.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "one", "one-2"]);
        assert_eq!(got.articles[1].text, "قتل 4 أشخاص");
        let errs: Vec<String> = got.errors.iter().map(|(p, e)| format!("{}: {e}", input::stem(p))).collect();
        assert_eq!(errs.len(), 4, "{errs:?}");
        assert!(errs[0].starts_with("c: line 2: not valid JSON"), "{errs:?}");
        assert!(errs[1].starts_with("c: line 3: no \"text\""), "{errs:?}");
        assert!(errs[2].starts_with("d: not UTF-8"), "{errs:?}");
        assert_eq!(errs[3], "e: empty");
    }

    #[test]
    fn a_folder_with_a_manifest_is_a_set() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
        let got = load(&[root.display().to_string()]);
        assert!(got.errors.is_empty(), "{:?}", got.errors);
        let set = got.manifest.expect("a manifest");
        assert_eq!(set.id, "kazakhstan-2022-01");
        assert_eq!(got.articles.len(), 5);
        assert_eq!(got.articles[2].outlet.as_deref(), Some("المصري اليوم"));
        assert_eq!(got.articles[0].published.as_deref(), Some("2022-01-06"));
    }
}
