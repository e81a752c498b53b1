//! The page's article set and its figures: read from the page's data block
//! when it opens, grown by the user's own articles (kept in the browser's
//! `localStorage`), and held here as one immutable [`Data`] value that is
//! replaced as a whole when articles come or go.
//!
//! JSON is read with the browser's `JSON.parse` and `Reflect`, so no JSON
//! parser is compiled into the wasm.

use crate::articles::input::{self, Fields, InputError};
use crate::articles::{set_file, Article, ArticleSet, Origin};
use crate::extract::packed::{self, PackedError};
use crate::extract::DateSource;
use crate::figure::Figure;
use js_sys::{Array, Reflect, JSON};
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsValue;

/// One article with where it came from and its figures.
#[derive(Debug)]
pub struct Entry {
    pub article: Article,
    pub origin: Origin,
    /// How many figures it has.
    pub count: usize,
    /// Its figures, until a [`Data`] takes them into its list (moved, not
    /// copied: see [`Data::with_entries`]).
    figures: Vec<Figure>,
    /// The publication date and where it comes from ([`Article::publication`],
    /// read once with the figures).
    pub published: Option<(String, DateSource)>,
}

impl Entry {
    /// The article with its figures as [`packed`] wrote them (read by the
    /// page's build, or by the extractor module: [`super::reader`]); the
    /// article back when they do not read.
    #[allow(clippy::result_large_err)]
    pub fn from_packed(article: Article, origin: Origin, figures: &str) -> Result<Entry, (Article, PackedError)> {
        match packed::read(&article.id, &article.text, figures) {
            Ok((figures, published)) => Ok(Entry { article, origin, count: figures.len(), figures, published }),
            Err(e) => Err((article, e)),
        }
    }
}

/// Everything the page shows: the set's title and view, its articles, and all
/// their figures in one list (in article order).
#[derive(Debug, Default)]
pub struct Data {
    /// The set without its articles (title, subtitle, id, view).
    pub set: ArticleSet,
    pub entries: Vec<Arc<Entry>>,
    pub figures: Arc<Vec<Figure>>,
    /// A note when the page's own data block could not be read.
    pub broken: Option<String>,
    /// (article id, index in `entries`), sorted by id (a sorted list: no
    /// hash map code in the wasm).
    index: Vec<(String, usize)>,
    /// Where each entry's figures start in `figures`.
    starts: Vec<usize>,
}

impl Data {
    /// A set whose articles are `entries`.
    pub fn new(set: ArticleSet, broken: Option<String>, entries: Vec<Arc<Entry>>) -> Data {
        Data { set, broken, ..Data::default() }.with_entries(entries)
    }

    /// The same set with other entries. The figures of an entry this data
    /// holds are copied from its list; a new entry's are moved out of it when
    /// nothing else holds it (so opening 500 articles copies none of their
    /// 3,000 figures), else copied.
    pub fn with_entries(&self, mut entries: Vec<Arc<Entry>>) -> Data {
        let mut figures: Vec<Figure> = Vec::with_capacity(entries.iter().map(|e| e.count).sum());
        let mut starts = Vec::with_capacity(entries.len());
        for e in &mut entries {
            starts.push(figures.len());
            if let Some(old) = self.held(e) {
                figures.extend_from_slice(old);
            } else if let Some(own) = Arc::get_mut(e) {
                figures.append(&mut own.figures);
            } else {
                figures.extend_from_slice(&e.figures);
            }
        }
        let by_id = crate::sort::order(entries.len(), &|a, b| entries[a].article.id.cmp(&entries[b].article.id));
        let index: Vec<(String, usize)> = by_id.into_iter().map(|i| (entries[i].article.id.clone(), i)).collect();
        Data { set: self.set.clone(), entries, figures: Arc::new(figures), broken: self.broken.clone(), index, starts }
    }

    /// The figures of entry `e`, one of this data's entries.
    pub fn figures_of<'a>(&'a self, e: &'a Arc<Entry>) -> &'a [Figure] {
        self.held(e).unwrap_or(&e.figures)
    }

    /// The figures of entry `e` in this data's list, if `e` is one of its entries.
    fn held(&self, e: &Arc<Entry>) -> Option<&[Figure]> {
        let at = self.index.binary_search_by(|(k, _)| k.as_str().cmp(&e.article.id)).ok()?;
        let i = self.index[at].1;
        let start = *self.starts.get(i)?;
        Arc::ptr_eq(&self.entries[i], e).then(|| self.figures.get(start..start + e.count)).flatten()
    }

    pub fn entry(&self, id: &str) -> Option<&Arc<Entry>> {
        let at = self.index.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok()?;
        Some(&self.entries[self.index[at].1])
    }

    pub fn has_id(&self, id: &str) -> bool {
        self.entry(id).is_some()
    }

    /// Whether article `id` came from `origin`.
    pub fn is_from(&self, id: &str, origin: Origin) -> bool {
        self.entry(id).is_some_and(|e| e.origin == origin)
    }

}

thread_local! {
    static CURRENT: RefCell<Arc<Data>> = RefCell::new(Arc::new(Data::default()));
}

/// The data the page shows now.
pub fn current() -> Arc<Data> {
    CURRENT.with(|c| c.borrow().clone())
}

/// Replaces the data (the caller then redraws what depends on it).
pub fn replace(d: Data) {
    CURRENT.with(|c| *c.borrow_mut() = Arc::new(d));
}

/// The headline of article `id` in the interface language, for legends.
pub fn headline(id: &str, english: bool) -> Option<String> {
    current().entry(id).map(|e| e.article.headline(english).0)
}

thread_local! {
    /// The keys asked for, as JavaScript strings: made once, not once per
    /// article (at 500 articles, 6,000 keys each copied out of the wasm).
    static KEYS: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

fn get_str(o: &JsValue, key: &'static str) -> Option<String> {
    KEYS.with(|k| {
        let mut k = k.borrow_mut();
        let at = match k.iter().position(|(n, _)| *n == key) {
            Some(at) => at,
            None => {
                k.push((key, JsValue::from_str(key)));
                k.len() - 1
            }
        };
        Reflect::get(o, &k[at].1).ok()?.as_string()
    })
}

/// The string fields of a parsed JSON object.
pub fn fields(o: &JsValue) -> Fields {
    let mut f = Fields::default();
    for name in Fields::NAMES {
        if let Some(s) = get_str(o, name) {
            f.set(name, s);
        }
    }
    f
}

/// `JSON.parse`, its error as a message.
pub fn parse_json(s: &str) -> Result<JsValue, String> {
    JSON::parse(s).map_err(json_error)
}

fn json_error(e: JsValue) -> String {
    js_sys::Error::from(e).message().as_string().unwrap_or_else(|| "syntax error".to_string())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a string that stays in JavaScript (the data block's text
    /// is not copied into the wasm and back, a megabyte each way for a large set).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_js(text: &JsValue) -> Result<JsValue, JsValue>;
}

/// Has the allocator take the memory that reading a block of `chars`
/// characters will need in one piece, by allocating it once and giving it
/// back. The page's allocator otherwise grows the wasm memory by as little as
/// each allocation needs, 64 KB at a time: opening 500 articles grew it 75
/// times (2 with this), each growth also making the JavaScript glue take new
/// views of the memory.
fn reserve(chars: usize) {
    // (opening 500 articles took 7 MB of memory for a block of 0.9 million
    // characters; at most 64 MB, and asked for without failing: a block too
    // large for the memory is then read as it comes)
    let mut room: Vec<u8> = Vec::new();
    let _ = room.try_reserve_exact(chars.saturating_mul(8).min(64 << 20));
    std::hint::black_box(&room);
}

/// The set in the page's data block (`#tally-set`): its title, view and
/// articles, and beside each article the figures that the page's build read
/// from it ([`packed`]), where the block has them from this page's extractor
/// (`None`: the article is read again). A page without a readable block opens
/// empty, with a note.
pub fn read_block() -> (ArticleSet, Option<String>, Vec<Option<String>>) {
    let text = leptos::prelude::document()
        .get_element_by_id("tally-set")
        .and_then(|e| Reflect::get(&e, &"textContent".into()).ok())
        .map(js_sys::JsString::from)
        .unwrap_or_default();
    if text.trim().length() == 0 {
        return (ArticleSet::default(), Some("this page holds no article set".to_string()), Vec::new());
    }
    reserve(text.length() as usize);
    let v = match parse_js(&text) {
        Ok(v) => v,
        Err(e) => {
            let why = format!("this page's article set could not be read ({})", json_error(e));
            return (ArticleSet::default(), Some(why), Vec::new());
        }
    };
    let mut set = ArticleSet {
        id: get_str(&v, "id").unwrap_or_default(),
        title_ar: get_str(&v, "title_ar"),
        title_en: get_str(&v, "title_en"),
        subtitle_ar: get_str(&v, "subtitle_ar"),
        subtitle_en: get_str(&v, "subtitle_en"),
        view: get_str(&v, "view").unwrap_or_default(),
        articles: Vec::new(),
    };
    let list: Array = Reflect::get(&v, &"articles".into()).ok().filter(Array::is_array).map(|a| Array::from(&a)).unwrap_or_default();
    let current = get_str(&v, "extractor").is_some_and(|x| x == packed::VERSION);
    let mut figures = Vec::new();
    // The ids so far, sorted (not every article's compared with every other's).
    let mut ids: Vec<String> = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let f = fields(&item);
        // The page's own set was written by Tally: its headlines and notes are kept as they are.
        let (ar, en, note) = (f.headline_ar.clone(), f.headline_en.clone(), get_str(&item, "date_note"));
        if let Ok(mut a) = input::from_fields(f, &format!("article-{}", i + 1), None) {
            a.headline_ar = ar.or(a.headline_ar);
            a.headline_en = en.or(a.headline_en);
            a.date_note = note;
            // (ids made unique, should a hand-edited block repeat one)
            a.id = crate::articles::unique_id(&a.id, |c| ids.binary_search_by(|k| k.as_str().cmp(c)).is_ok());
            if let Err(at) = ids.binary_search(&a.id) {
                ids.insert(at, a.id.clone());
            }
            set.articles.push(a);
            figures.push(get_str(&item, "figures").filter(|_| current));
        }
    }
    (set, None, figures)
}

/// The `localStorage` key of the user's own articles for this set.
fn storage_key(set_id: &str) -> String {
    format!("tally:added:{set_id}")
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// The user's own articles kept for this set (none when storage is off or
/// what it holds does not read).
pub fn load_added(set_id: &str) -> Vec<Article> {
    let Some(raw) = storage().and_then(|s| s.get_item(&storage_key(set_id)).ok().flatten()) else { return Vec::new() };
    let Ok(v) = parse_json(&raw) else { return Vec::new() };
    if !Array::is_array(&v) {
        return Vec::new();
    }
    Array::from(&v)
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let mut a = input::from_fields(fields(&item), &format!("added-{}", i + 1), None).ok()?;
            a.headline_ar = get_str(&item, "headline_ar").or(a.headline_ar);
            a.headline_en = get_str(&item, "headline_en").or(a.headline_en);
            Some(a)
        })
        .collect()
}

/// Keeps the user's own articles of `d` for the next visit. Fails (with the
/// browser's reason) when storage is off or full: the articles then stay
/// until the page is closed.
pub fn save_added(d: &Data) -> Result<(), String> {
    let mut json = AddedJson::new(d);
    while json.push_next() {}
    json.store()
}

/// The JSON that [`save_added`] keeps, written an article at a time, so that
/// thousands of added articles are written over several tasks (the caller
/// yields between them), then stored in one.
pub struct AddedJson {
    set_id: String,
    added: Vec<Arc<Entry>>,
    /// How many are written.
    next: usize,
    json: String,
}

impl AddedJson {
    pub fn new(d: &Data) -> AddedJson {
        let added: Vec<Arc<Entry>> = d.entries.iter().filter(|e| e.origin == Origin::Added).cloned().collect();
        let room = added.iter().map(|e| e.article.text.len() + 256).sum();
        AddedJson { set_id: d.set.id.clone(), added, next: 0, json: String::with_capacity(room) }
    }

    /// Writes the next article; `false` once all are written.
    pub fn push_next(&mut self) -> bool {
        let Some(e) = self.added.get(self.next) else { return false };
        self.json.push(if self.next == 0 { '[' } else { ',' });
        self.json.push_str(&set_file::article_json(&e.article, None));
        self.next += 1;
        true
    }

    /// Stores what was written (or, with no article added, removes the key).
    pub fn store(self) -> Result<(), String> {
        let s = storage().ok_or_else(|| "storage is not available".to_string())?;
        let key = storage_key(&self.set_id);
        if self.added.is_empty() {
            return s.remove_item(&key).map_err(|_| "storage refused".to_string());
        }
        let mut json = self.json;
        json.push(']');
        s.set_item(&key, &json).map_err(|e| {
            js_sys::Error::from(e).message().as_string().unwrap_or_else(|| "storage is full".to_string())
        })
    }
}

/// What one file gives, read lazily: a JSON Lines file of thousands of
/// articles is parsed a line at a time as the caller takes them (between
/// slices of work), not all at once.
pub type FileArticles = Box<dyn Iterator<Item = Result<Article, InputError>>>;

/// Articles from one dropped or chosen file's content, each with its
/// problem where it gave none, and how many there will be. `name` gives
/// the kind and the ids.
pub fn articles_of_file(name: &str, bytes: &[u8]) -> (usize, FileArticles) {
    let one = |r: Result<Article, InputError>| -> (usize, FileArticles) { (1, Box::new(std::iter::once(r))) };
    let Some(kind) = input::FileKind::of(name) else { return one(Err(InputError::UnknownKind)) };
    let text = match input::decode(bytes) {
        Ok(t) => t,
        Err(e) => return one(Err(e)),
    };
    let stem = input::stem(name).to_string();
    match kind {
        input::FileKind::Text => one(input::text_article(&stem, text)),
        input::FileKind::Html => one(input::html_article(&stem, text)),
        input::FileKind::JsonLines => {
            // Where each line is; the text is kept and parsed line by line.
            let base = text.as_ptr() as usize;
            let lines: Vec<(usize, usize, usize)> =
                input::json_lines(text).map(|(n, l)| (n, l.as_ptr() as usize - base, l.len())).collect();
            let text = text.to_string();
            let n = lines.len();
            let each = lines.into_iter().map(move |(line, at, len)| match parse_json(&text[at..at + len]) {
                Err(message) => Err(InputError::BadJson { line: Some(line), message }),
                Ok(v) => input::from_fields(fields(&v), &format!("{stem}-{line}"), Some(line)),
            });
            (n, Box::new(each))
        }
        input::FileKind::Json => match parse_json(text) {
            Err(message) => one(Err(InputError::BadJson { line: None, message })),
            Ok(v) => {
                let inner = Reflect::get(&v, &"articles".into()).ok().filter(Array::is_array);
                let items: Vec<JsValue> = match inner.or_else(|| Array::is_array(&v).then(|| v.clone())) {
                    Some(a) => Array::from(&a).iter().collect(),
                    None => vec![v],
                };
                if items.is_empty() {
                    return one(Err(InputError::NoText));
                }
                let n = items.len();
                let each = items
                    .into_iter()
                    .enumerate()
                    .map(move |(i, item)| input::from_fields(fields(&item), &format!("{stem}-{}", i + 1), None));
                (n, Box::new(each))
            }
        },
    }
}
