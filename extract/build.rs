//! Names this build of the extractor: `TALLY_EXTRACT_VERSION` is a hash of
//! its sources (all of `src/` but the tests). A page carries the figures its
//! build read together with this name ([`crate::packed`]); a page whose
//! figures were read by another extractor reads its articles again.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("src");
    println!("cargo:rerun-if-changed=src");
    // (its folders too: `src/rules/`; each named by its path from `src`, with «/»)
    let mut names = Vec::new();
    sources(dir, "", &mut names);
    names.sort();
    // FNV-1a, 64 bits, over each file's name and bytes (line ends folded, so a
    // checkout with CRLF names the same extractor).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for n in &names {
        n.bytes().for_each(&mut eat);
        eat(0);
        fs::read(dir.join(n)).expect("a source file").into_iter().filter(|&b| b != b'\r').for_each(&mut eat);
        eat(0);
    }
    println!("cargo:rustc-env=TALLY_EXTRACT_VERSION={h:016x}");
}

/// The `.rs` files under `dir` (but the tests), as paths from `src` joined by «/».
fn sources(dir: &Path, prefix: &str, names: &mut Vec<String>) {
    for e in fs::read_dir(dir).expect("extract/src").filter_map(Result::ok) {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            sources(&e.path(), &format!("{name}/"), names);
        } else if name.ends_with(".rs") && name != "tests.rs" {
            names.push(name);
        }
    }
}
