//! Hand-written percent-encoding and -decoding for query strings, and the two
//! tiny number writers the query needs (no `format!` machinery).
//!
//! Decoding follows the WHATWG URL rules: `+` is a space, `%` followed by two
//! hex digits is that byte, any other `%` stays as it is. Encoding keeps only
//! the unreserved characters (`A-Z a-z 0-9 - . _ ~`) and writes the rest as
//! `%XX`, so `,`, `&`, `=`, `+` and `#` inside a value can never be mistaken
//! for separators.

use crate::date::Date;
use std::fmt::Write;

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes one key, value or list item; `None` if the bytes are not UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'%' || c == b'+') {
        return Some(s.to_string());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let escaped = match (c, b.get(i + 1), b.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex_val(h).zip(hex_val(l)).map(|(h, l)| h << 4 | l),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(if c == b'+' { b' ' } else { c });
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Appends `s` percent-encoded.
pub fn encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_' | b'~') {
            out.push(c as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(c >> 4)] as char);
            out.push(HEX[usize::from(c & 15)] as char);
        }
    }
}

/// Appends `n` in decimal.
pub fn push_uint(out: &mut String, n: u64) {
    let _ = write!(out, "{n}");
}

fn push_padded(out: &mut String, n: u32, width: usize) {
    let _ = write!(out, "{n:0width$}");
}

/// Appends `YYYY-MM-DD`; callers only pass years in 0..=9999.
pub fn push_date(out: &mut String, d: Date) {
    push_padded(out, d.year.max(0) as u32, 4);
    out.push('-');
    push_padded(out, u32::from(d.month), 2);
    out.push('-');
    push_padded(out, u32::from(d.day), 2);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_a_browser() {
        assert_eq!(decode("Interior%20Ministry").unwrap(), "Interior Ministry");
        assert_eq!(decode("a+b").unwrap(), "a b");
        assert_eq!(decode("%2b%2B").unwrap(), "++");
        assert_eq!(decode("100%").unwrap(), "100%");
        assert_eq!(decode("%zz%4").unwrap(), "%zz%4");
        assert_eq!(decode("%D8%B4").unwrap(), "ش");
        assert_eq!(decode("%FF%FE"), None);
        assert_eq!(decode("%D8").as_deref(), None);
    }

    #[test]
    fn encodes_all_but_unreserved() {
        let mut s = String::new();
        encode_into(&mut s, "Interior Ministry, ش&=+#%~._-");
        assert_eq!(s, "Interior%20Ministry%2C%20%D8%B4%26%3D%2B%23%25~._-");
        assert_eq!(decode(&s).unwrap(), "Interior Ministry, ش&=+#%~._-");
    }

    #[test]
    fn writes_numbers_and_dates() {
        let mut s = String::new();
        push_uint(&mut s, 0);
        s.push(' ');
        push_uint(&mut s, u64::MAX);
        s.push(' ');
        push_date(&mut s, Date::new(2022, 1, 5).unwrap());
        assert_eq!(s, "0 18446744073709551615 2022-01-05");
    }
}
