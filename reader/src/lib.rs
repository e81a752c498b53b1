//! The extractor as a wasm module of its own, with no JavaScript glue: the
//! page loads it (`WebAssembly.instantiate`, no imports) only when it must
//! read articles, that is when the reader adds some or when the page's own
//! figures were read by another extractor ([`tally_extract::packed::VERSION`]).
//! A built page carries its figures, so its first screen never waits for this.
//!
//! The interface is a few functions over the module's memory:
//! - `reader_alloc(len)`: room for one request, which JavaScript fills;
//! - `reader_read(ptr, len)`: reads the request and answers; the answer's UTF-8
//!   bytes are at `reader_answer_ptr()`, `reader_answer_len()` long, until the next
//!   `reader_read` (the names are prefixed: natively, `read` is libc's);
//! - `reader_warm()`: reads a few sentences of its own, once, when the module is
//!   loaded (see the function).
//!
//! A request is [`tally_extract::packed::request`]'s bytes; the answer is
//! [`tally_extract::packed`]'s string, or (when `reader_read` returns 1) a
//! message, as UTF-8. The page's side is `src/app/reader.rs`; the bytes go
//! from one module's memory to the other's without becoming JavaScript
//! strings on the way (`scripts/reader.js`).

use tally_extract::packed;
use tally_extract::{extract_dated, Options};

/// The answer to the last request (one module serves one page: one thread).
static mut ANSWER: Vec<u8> = Vec::new();

/// Room for a request of `len` bytes, which `reader_read` frees.
#[no_mangle]
pub extern "C" fn reader_alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len.max(1));
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// What the extractor reads in one request: [`packed`]'s string.
pub fn answer(req: &[u8]) -> Result<String, &'static str> {
    let r = packed::parse_request(req)?;
    let (figures, date) = extract_dated(r.id, r.text, &Options { published: r.published.map(str::to_string), today: r.today.map(str::to_string) });
    Ok(packed::write(r.text, &figures, date.as_ref()))
}

/// Reads the request at `ptr` (from `alloc(len)`); 0 when the answer is the
/// figures, 1 when it is a message.
///
/// # Safety
/// `ptr` must come from `reader_alloc(len)` and not be used again.
#[no_mangle]
pub unsafe extern "C" fn reader_read(ptr: *mut u8, len: usize) -> u32 {
    let req = Vec::from_raw_parts(ptr, len, len.max(1));
    let (code, out) = match answer(&req) {
        Ok(s) => (0, s.into_bytes()),
        Err(m) => (1, m.as_bytes().to_vec()),
    };
    drop(req);
    // SAFETY: one thread; no reference to ANSWER outlives these calls.
    *std::ptr::addr_of_mut!(ANSWER) = out;
    code
}

/// Where the last answer is.
#[no_mangle]
pub extern "C" fn reader_answer_ptr() -> *const u8 {
    // SAFETY: as in `read`.
    unsafe { (*std::ptr::addr_of!(ANSWER)).as_ptr() }
}

/// How long the last answer is, in bytes.
#[no_mangle]
pub extern "C" fn reader_answer_len() -> usize {
    // SAFETY: as in `read`.
    unsafe { (*std::ptr::addr_of!(ANSWER)).len() }
}

/// What [`reader_warm`] reads: a few sentences that take the extractor's main
/// paths (numbers in digits and words, each kind, a source, a date, a denial).
const WARM_UP: &str = "ألماتي، 6 يناير 2022. قالت وزارة الصحة إن 12 شخصا قتلوا وأصيب أكثر من مئة آخرين، \
بينهم ثلاثة أطفال، في اشتباكات يوم الأربعاء. وأعلنت الشرطة اعتقال نحو 200 شخص. \
ونفى المتحدث باسم الوزارة مقتل عشرات المحتجين.";

/// Reads [`WARM_UP`] and forgets it. The browser compiles a module's functions as
/// they are first called: `scripts/reader.js` calls this in the task that loads the
/// module, so that the first article's reading is not the longest task of an add
/// (55 ms of compiling there against 13 ms of reading, on a slow machine). The text
/// lives here, not in the page's wasm.
#[no_mangle]
pub extern "C" fn reader_warm() {
    let _ = answer(&packed::request("warm-up", Some("2022-01-06"), None, WARM_UP));
}

/// The extractor's version, as [`reader_answer_ptr`] / [`reader_answer_len`] (the page
/// checks that it loaded the module it was built with).
#[no_mangle]
pub extern "C" fn reader_version() {
    // SAFETY: as in `read`.
    unsafe { *std::ptr::addr_of_mut!(ANSWER) = packed::VERSION.as_bytes().to_vec() };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: &str, date: &str, text: &str) -> Vec<u8> {
        packed::request(id, (!date.is_empty()).then_some(date), None, text)
    }

    #[test]
    fn an_answer_is_the_extractors_reading_packed() {
        let text = "قالت وزارة الصحة إن 12 شخصا قتلوا يوم 5 يناير 2022.";
        let p = answer(&request("a-1", "", text)).unwrap();
        let (figs, date) = extract_dated("a-1", text, &Options::default());
        assert!(!figs.is_empty());
        assert_eq!(packed::read("a-1", text, &p), Ok((figs, date)));
        let p = answer(&request("b", "2021-05-17", text)).unwrap();
        assert_eq!(packed::read("b", text, &p).unwrap().1.unwrap().0, "2021-05-17");
        // the reader's day dates a dispatch without its year by its weekday
        let text = "الدوحة في 17 مارس /قنا/ أعلنت الإدارة وفاة شخص في حادث صباح اليوم الثلاثاء.";
        let p = answer(&packed::request("c", None, Some("2026-12-04"), text)).unwrap();
        assert_eq!(packed::read("c", text, &p).unwrap().1.unwrap().0, "2026-03-17");
    }

    #[test]
    fn the_warm_up_reads_figures() {
        let p = answer(&request("warm-up", "2022-01-06", WARM_UP)).unwrap();
        assert!(packed::read("warm-up", WARM_UP, &p).unwrap().0.len() >= 4);
        reader_warm();
    }

    #[test]
    fn a_bad_request_is_a_message() {
        assert_eq!(answer(b"\x05\x00\x00\x00ab"), Err("request cut short"));
        assert_eq!(answer(&[1, 0, 0, 0, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]), Err("request is not UTF-8"));
        assert_eq!(answer(&[]), Err("request cut short"));
    }
}
