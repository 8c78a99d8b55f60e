//! The texts of Russian, Ukrainian and Chinese, read when the language is chosen: the build
//! copies `locales/{ru,uk,zh}.json` beside `index.html` (`index.html`'s `copy-file` links),
//! and only English is compiled into the wasm. Each file is read once, relative to the
//! document (sub-path hosting works as for `config.json`), and kept for the session; the
//! service worker keeps the one read for offline use.

use super::Locale;
use crate::logic::catalog;
use std::cell::RefCell;

/// A language's texts by id, sorted by id, kept for the life of the page.
type Texts = &'static [(u32, &'static str)];

thread_local! {
    /// The languages read so far, each with its texts sorted by id. Kept for the life of
    /// the page (a language is read at most once), so the texts can be `&'static str`.
    static READ: RefCell<Vec<(Locale, Texts)>> = const { RefCell::new(Vec::new()) };
}

/// Why a language's texts could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// No answer (offline), or an answer that is not a 200.
    Network,
    /// An answer that is not a locale file.
    Malformed,
}

/// The file of a language's texts, relative to the document; English has none.
fn file(locale: Locale) -> Option<&'static str> {
    match locale {
        Locale::en => None,
        Locale::ru => Some("locales/ru.json"),
        Locale::uk => Some("locales/uk.json"),
        Locale::zh => Some("locales/zh.json"),
    }
}

/// The text of `id` in `locale`, if its file has been read and holds it.
pub fn text(locale: Locale, id: u32) -> Option<&'static str> {
    READ.with(|read| read.borrow().iter().find(|(l, _)| *l == locale).and_then(|(_, texts)| catalog::text(texts, id)))
}

fn has(locale: Locale) -> bool {
    file(locale).is_none() || READ.with(|read| read.borrow().iter().any(|(l, _)| *l == locale))
}

/// Takes a language's texts from the JSON of its locale file (what [`load`] does with the
/// file it reads; browser tests give it the file itself).
pub fn install(locale: Locale, json: &[u8]) -> Result<(), Unavailable> {
    if has(locale) {
        return Ok(());
    }
    let texts = catalog::parse(json).map_err(|_| Unavailable::Malformed)?;
    let texts: Vec<(u32, &'static str)> = texts.into_iter().map(|(id, text)| (id, &*text.leak())).collect();
    READ.with(|read| read.borrow_mut().push((locale, texts.leak())));
    Ok(())
}

/// Reads a language's texts unless they are in already (English always is).
pub async fn load(locale: Locale) -> Result<(), Unavailable> {
    let Some(path) = file(locale).filter(|_| !has(locale)) else { return Ok(()) };
    // Revalidated, so a new deployment's texts are not taken from an old HTTP cache entry.
    let request = gloo_net::http::Request::get(path).cache(web_sys::RequestCache::NoCache);
    let response = request.send().await.map_err(|_| Unavailable::Network)?;
    if !response.ok() {
        return Err(Unavailable::Network);
    }
    // As bytes, as the API's answers are read (`api::client`): one way through the glue.
    let json = response.binary().await.map_err(|_| Unavailable::Network)?;
    install(locale, &json)
}
