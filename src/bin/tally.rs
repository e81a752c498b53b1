//! The `tally` command line: extract casualty figures from Arabic articles.
//!
//! ```text
//! tally extract [--published YYYY-MM-DD] [--today YYYY-MM-DD] [--format jsonl|csv] FILE_OR_DIR...
//! tally extract --embedded [--format jsonl|csv]
//! tally page [--title-ar T] [--title-en T] [--template dist/tally.html] FILE_OR_DIR... -o OUT
//! ```

use std::io::{self, Write};
use std::process::ExitCode;
use tally::articles::files::{self, FileError};
use tally::articles::input::InputError;
use tally::articles::set_file;
use tally::page::first_paint;
use tally::extract::{extract, Options};
use tally::export::{csv_row, json, CSV_HEADER};
use tally::figure::Figure;

const USAGE: &str = r#"tally: compare the casualty figures that news reports give

usage:
  tally extract [--published YYYY-MM-DD] [--today YYYY-MM-DD] [--format jsonl|csv]
                FILE_OR_DIR...
  tally extract --embedded [--format jsonl|csv]
  tally page [--title-ar T] [--title-en T] [--subtitle-ar T] [--subtitle-en T]
             [--view QUERY] [--template dist/tally.html] FILE_OR_DIR... -o OUT
  tally --help

commands:
  extract    print every figure of people killed, injured or arrested that
             each Arabic article reports, one record per line (JSON Lines,
             see docs/figures.md); the article id is the file stem (or the
             "id" of a JSON article)
  page       write one self-contained HTML page (like dist/tally.html) that
             compares the figures of these articles; it opens from disk,
             and shows its chart and summary at once (a static first paint
             of the view it opens with, also without JavaScript); the
             figures read here go with the texts, so the page need not read
             them again

inputs: .txt (UTF-8), .html (its visible text), .jsonl (one JSON object per
line: "text" and optionally "id", "headline", "outlet", "published", "url"),
.json (an array of such objects); a folder gives all of these, or, with a
manifest.json, the set it describes (as articles/ does)

options:
  --published DATE   the articles' publication date (YYYY-MM-DD); without it
                     the date is read from a ' date ...' header line or the text
  --today DATE       the reader's day (YYYY-MM-DD; default: this machine's
                     clock, UTC): a dateline without its year, in a text that
                     names none, takes the latest year up to this one in which
                     its day fell on the weekday the text gives
  --format FORMAT    jsonl (default) or csv (a header line, RFC 4180 quoting)
  --embedded         the embedded article set, each with its manifest date
  --title-ar, --title-en, --subtitle-ar, --subtitle-en TEXT
                     the page's title and subtitle (default: the manifest's)
  --view QUERY       the view the page opens with, as in a link (?kind=killed)
  --template FILE    a built page to fill (default dist/tally.html)
  -o, --output FILE  where to write the page
  -h, --help         print this help

exit status: 0 on success, 1 when a file could not be read (the others are
still used), 2 on a usage error
"#;

#[derive(Clone, Copy, Default, PartialEq)]
enum Format {
    #[default]
    Jsonl,
    Csv,
}

#[derive(Default)]
struct Args {
    published: Option<String>,
    today: Option<String>,
    format: Format,
    embedded: bool,
    files: Vec<String>,
    // `page` only: title-ar, title-en, subtitle-ar, subtitle-en
    titles: [Option<String>; 4],
    view: Option<String>,
    template: Option<String>,
    output: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Command {
    Extract,
    Page,
}

const TITLE_FLAGS: [&str; 4] = ["--title-ar", "--title-en", "--subtitle-ar", "--subtitle-en"];

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("tally: {msg}\nTry 'tally --help'.");
    ExitCode::from(2)
}

fn parse(cmd: Command, args: &[String]) -> Result<Option<Args>, String> {
    let mut a = Args::default();
    let mut it = args.iter();
    let mut only_files = false;
    while let Some(arg) = it.next() {
        if only_files || !arg.starts_with('-') || arg == "-" {
            a.files.push(arg.clone());
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| inline.clone().or_else(|| it.next().cloned()).ok_or(format!("{name} needs a value"));
        match flag {
            "-h" | "--help" => return Ok(None),
            "--" => only_files = true,
            "--embedded" if inline.is_none() && cmd == Command::Extract => a.embedded = true,
            f if cmd == Command::Page && TITLE_FLAGS.contains(&f) => {
                let i = TITLE_FLAGS.iter().position(|t| *t == f).unwrap_or(0);
                a.titles[i] = Some(value(f)?);
            }
            "--view" if cmd == Command::Page => a.view = Some(value("--view")?),
            "--template" if cmd == Command::Page => a.template = Some(value("--template")?),
            "-o" | "--output" if cmd == Command::Page => a.output = Some(value("--output")?),
            "--published" => {
                let d = value("--published")?;
                if tally::date::Date::parse(&d).is_none() {
                    return Err(format!("--published wants a date as YYYY-MM-DD, not '{d}'"));
                }
                a.published = Some(d);
            }
            "--today" => {
                let d = value("--today")?;
                if tally::date::Date::parse(&d).is_none() {
                    return Err(format!("--today wants a date as YYYY-MM-DD, not '{d}'"));
                }
                a.today = Some(d);
            }
            "--format" => {
                a.format = match value("--format")?.as_str() {
                    "jsonl" | "json" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format '{other}' (jsonl or csv)")),
                }
            }
            _ => return Err(format!("unknown option '{arg}'")),
        }
    }
    if a.embedded && !a.files.is_empty() {
        return Err("give either --embedded or files, not both".into());
    }
    if !a.embedded && a.files.is_empty() {
        return Err(match cmd {
            Command::Extract => "no input: give FILE... or --embedded".into(),
            Command::Page => "no input: give FILE_OR_DIR...".into(),
        });
    }
    if cmd == Command::Page && a.output.is_none() {
        return Err("page needs -o OUT".into());
    }
    Ok(Some(a))
}

fn emit(out: &mut impl Write, format: Format, figures: &[Figure]) -> io::Result<()> {
    for f in figures {
        match format {
            Format::Jsonl => writeln!(out, "{}", json(f))?,
            Format::Csv => writeln!(out, "{}", csv_row(f))?,
        }
    }
    Ok(())
}

fn run(a: Args) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if a.format == Format::Csv {
        writeln!(out, "{CSV_HEADER}")?;
    }
    let mut ok = true;
    if a.embedded {
        for art in tally::articles::embedded::ARTICLES {
            let opts = Options { published: a.published.clone().or(art.published.map(String::from)), today: a.today.clone() };
            emit(&mut out, a.format, &extract(art.id, art.text, &opts))?;
        }
    }
    let loaded = files::load(&a.files);
    for (path, e) in &loaded.errors {
        // An empty file reports no figures, as any text without any does.
        if !matches!(e, FileError::Input(InputError::Empty)) {
            eprintln!("tally: {path}: {e}");
            ok = false;
        }
    }
    // (each figure's `article` is the name its article was read under: a file's stem as it stands)
    for (art, name) in loaded.articles.iter().zip(&loaded.names) {
        let published = a.published.clone().or(art.published.clone());
        emit(&mut out, a.format, &extract(name, &art.text, &Options { published, today: a.today.clone() }))?;
    }
    out.flush()?;
    Ok(ok)
}

/// `tally page`: the articles as a set, placed into a built page.
fn page(a: Args) -> Result<bool, String> {
    let template_path = a.template.clone().unwrap_or_else(|| "dist/tally.html".to_string());
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("{template_path}: cannot read the template ({e}); build it with scripts/build"))?;
    let loaded = files::load(&a.files);
    let mut ok = true;
    for (path, e) in &loaded.errors {
        eprintln!("tally: {path}: {e}");
        ok = false;
    }
    if loaded.articles.is_empty() {
        return Err("no article could be read: no page written".into());
    }
    let mut set = loaded.manifest.unwrap_or_default();
    let [tar, ten, sar, sen] = a.titles;
    set.title_ar = tar.or(set.title_ar);
    set.title_en = ten.or(set.title_en);
    set.subtitle_ar = sar.or(set.subtitle_ar);
    set.subtitle_en = sen.or(set.subtitle_en);
    if let Some(v) = a.view {
        set.view = if v.is_empty() || v.starts_with('?') { v } else { format!("?{v}") };
    }
    set.articles = loaded.articles;
    if set.id.is_empty() {
        set.id = tally::articles::content_id(&set.articles);
    }
    // The figures go into the page with the texts: it shows them without
    // loading the extractor (which it loads when the reader adds articles).
    let read: Vec<_> = set.articles.iter().map(|art| art.read(a.today.as_deref())).collect();
    let packed: Vec<String> =
        set.articles.iter().zip(&read).map(|(a, (f, d))| tally::extract::packed::write(&a.text, f, d.as_ref())).collect();
    let figures: Vec<_> = read.into_iter().flat_map(|r| r.0).collect();
    let html = set_file::place(&template, &set_file::to_json(&set, &packed)).map_err(|e| format!("{template_path}: {e}"))?;
    // The static first paint of the view the page opens with: the chart and
    // the summary are there before the wasm runs (and without JavaScript).
    let view = tally::view::View::from_query(&set.view).0;
    let paint = first_paint::write(&set, &figures, &view);
    let html = first_paint::place(&html, &paint).map_err(|e| format!("{template_path}: {e}"))?;
    let html = first_paint::retitle(&html, &first_paint::document_title(&set, view.lang));
    let out = a.output.expect("checked by parse");
    std::fs::write(&out, html).map_err(|e| format!("{out}: cannot write: {e}"))?;
    eprintln!("tally: {out}: {} articles", set.articles.len());
    Ok(ok)
}

/// Today by this machine's clock (UTC), `YYYY-MM-DD`; `None` if the clock is before 1970.
fn clock_day() -> Option<String> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(tally::date::Date::from_days((secs / 86_400) as i64).to_string())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => return usage_error("missing command"),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("extract" | "page") => {}
        Some(other) if other.starts_with('-') => return usage_error(&format!("unknown option '{other}'")),
        Some(other) => return usage_error(&format!("unknown command '{other}'")),
    }
    let cmd = if args[0] == "page" { Command::Page } else { Command::Extract };
    let mut a = match parse(cmd, &args[1..]) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => return usage_error(&msg),
    };
    a.today = a.today.or_else(clock_day);
    if cmd == Command::Page {
        return match page(a) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(e) => {
                eprintln!("tally: {e}");
                ExitCode::from(1)
            }
        };
    }
    match run(a) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tally: {e}");
            ExitCode::from(1)
        }
    }
}
