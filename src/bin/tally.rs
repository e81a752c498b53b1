//! The `tally` command line: extract casualty figures from Arabic articles.
//!
//! ```text
//! tally extract [--published YYYY-MM-DD] [--format jsonl|csv] FILE...
//! tally extract --embedded [--format jsonl|csv]
//! ```

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use tally::extract::{extract, Options};
use tally::export::{csv_row, json, CSV_HEADER};
use tally::figure::Figure;

const USAGE: &str = "\
tally: compare the casualty figures that news reports give

usage:
  tally extract [--published YYYY-MM-DD] [--format jsonl|csv] FILE...
  tally extract --embedded [--format jsonl|csv]
  tally --help

commands:
  extract    print every figure of people killed, injured or arrested that
             each Arabic article reports, one record per line (JSON Lines,
             see docs/figures.md); the article id is the file stem

options:
  --published DATE   the articles' publication date (YYYY-MM-DD); without it
                     the date is read from a ' date ...' header line or the text
  --format FORMAT    jsonl (default) or csv (a header line, RFC 4180 quoting)
  --embedded         the embedded article set, each with its manifest date
  -h, --help         print this help
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Jsonl,
    Csv,
}

struct Args {
    published: Option<String>,
    format: Format,
    embedded: bool,
    files: Vec<String>,
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("tally: {msg}\nTry 'tally --help'.");
    ExitCode::from(2)
}

fn parse(args: &[String]) -> Result<Option<Args>, String> {
    let mut a = Args { published: None, format: Format::Jsonl, embedded: false, files: Vec::new() };
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
            "--embedded" if inline.is_none() => a.embedded = true,
            "--published" => {
                let d = value("--published")?;
                if tally::date::Date::parse(&d).is_none() {
                    return Err(format!("--published wants a date as YYYY-MM-DD, not '{d}'"));
                }
                a.published = Some(d);
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
        return Err("no input: give FILE... or --embedded".into());
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
        for art in tally::articles::ARTICLES {
            let opts = Options { published: a.published.clone().or(art.published.map(String::from)) };
            emit(&mut out, a.format, &extract(art.id, art.text, &opts))?;
        }
    }
    for file in &a.files {
        let path = Path::new(file);
        let text = match std::fs::read(path) {
            Err(e) => {
                eprintln!("tally: {file}: cannot read: {e}");
                ok = false;
                continue;
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("tally: {file}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to());
                    ok = false;
                    continue;
                }
            },
        };
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| file.clone());
        let published = a.published.clone();
        emit(&mut out, a.format, &extract(&id, &text, &Options { published }))?;
    }
    out.flush()?;
    Ok(ok)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => return usage_error("missing command"),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("extract") => {}
        Some(other) if other.starts_with('-') => return usage_error(&format!("unknown option '{other}'")),
        Some(other) => return usage_error(&format!("unknown command '{other}'")),
    }
    let a = match parse(&args[1..]) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => return usage_error(&msg),
    };
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
