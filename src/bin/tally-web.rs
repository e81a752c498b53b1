//! The web page's entry point: Trunk builds this for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    tally::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tally-web is the web page: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}
