//! The `tally` command line. (Being written: see issue 3.)
fn main() {
    eprintln!("tally: not yet");
    std::process::exit(2);
}
