//! Phase 1, normalise: the text folded for matching, with a map back to the
//! original offsets.
//!
//! Matching runs on a folded copy of the text: harakat, tatweel, bidi and
//! zero-width marks are dropped; alef, ya and ta marbuta variants are folded
//! (أ إ آ ٱ → ا, ى → ي, ة → ه); the three digit families become ASCII digits;
//! every kind of space becomes a space and every kind of quote `"`. Each folded
//! char remembers which original char it came from, so every span found on the
//! folded text maps back to offsets (in chars) into the text exactly as stored.
//! HTML entities left in scraped text («&quot;», «&#39;», «&nbsp;», and
//! «quot;» without its «&») read as the one char they stand for.

/// The text folded for matching.
pub struct Folded {
    /// The folded chars.
    pub chars: Vec<char>,
    /// For each folded char, the index of the original char it came from.
    pub map: Vec<usize>,
    /// Byte offset of each original char (plus one past the end).
    pub bytes: Vec<usize>,
}

/// Folds `text` char by char, remembering where each folded char came from.
// (not inlined into its one caller: see the note on phases in lib.rs)
#[inline(never)]
pub fn normalise(text: &str) -> Folded {
    let mut chars = Vec::with_capacity(text.len() / 2);
    let mut map = Vec::with_capacity(text.len() / 2);
    let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
    // the byte offset where an HTML entity being dropped ends
    let mut skip_to = 0;
    for (ci, (bi, c)) in text.char_indices().enumerate() {
        bytes.push(bi);
        if bi < skip_to {
            continue;
        }
        // (an entity starts with «&», or is «quot;» that lost it)
        if let Some((len, f)) = matches!(c, '&' | 'q').then(|| entity(text, bi)).flatten() {
            skip_to = bi + len;
            chars.push(f);
            map.push(ci);
        } else if let Some(f) = fold(c) {
            chars.push(f);
            map.push(ci);
        }
    }
    bytes.push(text.len());
    Folded { chars, map, bytes }
}

/// Page debris: an HTML entity at byte `at` («&quot;», «&#39;», «&nbsp;», or
/// «quot;» that lost its «&»), as its length in bytes and the char it reads as
/// (a quote or a space), so that «&quot;103» reads «"103».
fn entity(text: &str, at: usize) -> Option<(usize, char)> {
    let rest = &text[at..];
    let amp = rest.starts_with('&');
    let body = if amp { &rest[1..] } else { rest };
    let bare_quot = body.starts_with("quot;") && !text[..at].ends_with(|c: char| c.is_ascii_alphanumeric());
    if !amp && !bare_quot {
        return None;
    }
    let n = body.bytes().take(9).take_while(|b| b.is_ascii_alphanumeric() || *b == b'#').count();
    if n == 0 || body.as_bytes().get(n) != Some(&b';') {
        return None;
    }
    let quote = matches!(&body[..n], "quot" | "apos" | "#34" | "#39" | "laquo" | "raquo" | "ldquo" | "rdquo" | "lsquo" | "rsquo");
    Some((amp as usize + n + 1, if quote { '"' } else { ' ' }))
}

/// Folds one char for matching; `None` drops it.
pub fn fold(c: char) -> Option<char> {
    // Most chars are Arabic letters or ASCII that fold to themselves: said at once.
    if folds_to_itself(c) {
        return Some(c);
    }
    fold_rest(c)
}

/// Chars [`fold`] keeps as they are, known without the whole table (a test
/// checks each against it).
fn folds_to_itself(c: char) -> bool {
    matches!(c, 'ء' | 'ؤ' | 'ئ' | 'ا'..='ب' | 'ت'..='غ' | 'ف'..='ه' | 'و' | 'ي' | 'a'..='z' | '0'..='9' | ' ')
}

/// The whole table of [`fold`].
fn fold_rest(c: char) -> Option<char> {
    Some(match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => return None,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}'
        | '\u{FEFF}' | '\u{2060}' | '\u{00AD}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ې' => 'ي',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '٬' | '،' => ',',
        '٫' => '.',
        '؛' => ';',
        '؟' => '?',
        '…' => '.',
        '\u{2028}' | '\u{2029}' | '\u{0085}' | '\n' => '\n',
        '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '"' | '‘' | '’' | '\'' | '`' | '″' => '"',
        '–' | '—' | '−' | '‐' | '‑' => '-',
        c if c.is_whitespace() => ' ',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c => c,
    })
}

pub fn is_ar_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}')
}

/// Letters of the Latin, Greek and Cyrillic scripts (tweets, links, names).
/// Ranges rather than `char::is_alphabetic`, whose Unicode table would cost
/// the page about 11 KB gzipped.
pub fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0370}'..='\u{052F}' | '\u{1E00}'..='\u{1EFF}')
            && !matches!(c, '\u{00D7}' | '\u{00F7}' | '\u{0374}' | '\u{0375}' | '\u{037E}' | '\u{0387}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_marks_spaces_quotes_and_digits() {
        let f = normalise("قُتِلَ\u{200F} ٣ «أشخاص»\u{00A0}ـــ");
        assert_eq!(f.chars.iter().collect::<String>(), "قتل 3 \"اشخاص\" ");
        assert_eq!(f.map.len(), f.chars.len());
    }

    #[test]
    fn the_fast_path_agrees_with_the_table() {
        for c in (0..0x2100).filter_map(char::from_u32).filter(|&c| folds_to_itself(c)) {
            assert_eq!(fold_rest(c), Some(c), "{c:?}");
        }
    }

    #[test]
    fn html_entities_read_as_the_char_they_stand_for() {
        for (text, want) in [
            ("مقتل &quot;45&quot; شخصا", "مقتل \"45\" شخصا"),
            ("وأصيب quot;12 شخصا", "واصيب \"12 شخصا"),
            ("اعتقال&nbsp;30 &#39;ناشطا&#39;", "اعتقال 30 \"ناشطا\""),
            // not an entity: no «;», or «quot;» inside a Latin word
            ("A & B; x&y", "a & b; x&y"),
            ("aquot;5", "aquot;5"),
        ] {
            let f = normalise(text);
            assert_eq!(f.chars.iter().collect::<String>(), want, "{text}");
            assert_eq!((f.map.len(), f.bytes.len()), (f.chars.len(), text.chars().count() + 1));
        }
    }
}
