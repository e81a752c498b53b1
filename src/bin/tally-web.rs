//! The web page's entry point: Trunk builds this for wasm32.

/// Talc in place of the standard library's dlmalloc: 1.x KB smaller gzipped (README, "Sizes").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    tally::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tally-web is the web page: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}
