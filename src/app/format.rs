//! Numbers and dates formatted by the browser's `Intl` in the page's language,
//! and a clock for measurements.

use crate::date::Date;
use crate::figure::{Figure, Quantity};
use crate::view::Lang;
use std::cell::RefCell;
use std::collections::BTreeMap;
use js_sys::{Number, Object, Reflect};
use wasm_bindgen::JsValue;

use super::Text;
pub use crate::html::{push_attr, push_esc};

fn locale(lang: Lang) -> &'static str {
    Text::new(lang).lang_tag()
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

thread_local! {
    /// Formatted numbers and dates, by (what, value, language): the browser's
    /// `Intl` is slow per call (a new formatter each time), and a large set
    /// formats the same few values thousands of times.
    static CACHE: RefCell<BTreeMap<(u8, i64, bool), String>> = const { RefCell::new(BTreeMap::new()) };
}

/// `make()`, or what it gave before for the same key.
fn cached(what: u8, value: i64, lang: Lang, make: impl FnOnce() -> String) -> String {
    if let Some(s) = CACHE.with(|c| c.borrow().get(&(what, value, lang == Lang::En)).cloned()) {
        return s;
    }
    let s = make();
    CACHE.with(|c| c.borrow_mut().insert((what, value, lang == Lang::En), s.clone()));
    s
}

/// A count in the page's digits and grouping («7,939» / «٧٬٩٣٩»).
pub fn number(n: f64, lang: Lang) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        return cached(0, n as i64, lang, || Number::from(n).to_locale_string(locale(lang)).into());
    }
    Number::from(n).to_locale_string(locale(lang)).into()
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o.into()
}

fn js_date(days: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(days as f64 * 86_400_000.0))
}

/// A day number as a short date («5 Jan» / «٥ يناير»), in UTC so the day never shifts.
pub fn day_short(days: i64, lang: Lang) -> String {
    cached(1, days, lang, || {
        js_date(days)
            .to_locale_date_string(locale(lang), &options(&[("timeZone", "UTC"), ("day", "numeric"), ("month", "short")]))
            .into()
    })
}

/// A day number as a full date («5 January 2022» / «٥ يناير ٢٠٢٢»), in UTC.
pub fn day_long(days: i64, lang: Lang) -> String {
    cached(2, days, lang, || {
        js_date(days)
            .to_locale_date_string(locale(lang), &options(&[("timeZone", "UTC"), ("day", "numeric"), ("month", "long"), ("year", "numeric")]))
            .into()
    })
}

/// A figure's `reported` value (`YYYY-MM-DD`, `YYYY-MM` or none) in words.
pub fn reported(reported: Option<&str>, lang: Lang) -> String {
    let Some(s) = reported else {
        return Text::new(lang).date_unknown().to_owned();
    };
    if let Some(d) = Date::parse(s) {
        return day_long(d.to_days(), lang);
    }
    let month = s.get(..7).and_then(|m| Date::parse(&format!("{m}-01")));
    match month {
        Some(d) => cached(3, d.to_days(), lang, || {
            js_date(d.to_days())
                .to_locale_date_string(locale(lang), &options(&[("timeZone", "UTC"), ("month", "long"), ("year", "numeric")]))
                .into()
        }),
        None => s.to_owned(),
    }
}

/// A figure's quantity the way a reader says it: «more than 1,000», «dozens», «10–15».
pub fn quantity(f: &Figure, lang: Lang) -> String {
    let t = Text::new(lang);
    let n = |v: u64| number(v as f64, lang);
    match Quantity::of(f) {
        Quantity::Exact(v) => n(v),
        Quantity::AtLeast(v) => format!("≥ {}", n(v)),
        Quantity::MoreThan(v) => format!("> {}", n(v)),
        Quantity::About(v) => format!("~ {}", n(v)),
        Quantity::AtMost(v) => format!("≤ {}", n(v)),
        Quantity::Range(lo, hi) => format!("{}–{}", n(lo), n(hi)),
        Quantity::Vague(v) => t.vague_class(v).to_owned(),
    }
}
