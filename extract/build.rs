//! Names this build of the extractor: `TALLY_EXTRACT_VERSION` is a hash of
//! its sources (all of `src/` but the tests). A page carries the figures its
//! build read together with this name ([`crate::packed`]); a page whose
//! figures were read by another extractor reads its articles again.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("src");
    println!("cargo:rerun-if-changed=src");
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("extract/src")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".rs") && n != "tests.rs")
        .collect();
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
