//! A language's texts as the app looks them up: each key of a locale file
//! (`locales/ru.json`: `{"orders": {"empty": "…"}}`) becomes a 32-bit id, the FNV-1a hash of
//! its segments each followed by a dot (`"orders.empty."`). The `tr!` macro computes the same
//! id at compile time from the key it is given, so the wasm carries a number per text, not
//! the key, and the texts of Russian, Ukrainian and Chinese stay out of it (`i18n::catalog`
//! reads them when the language is chosen).

use crate::models::wire_object::Key;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::fmt;

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// `hash` continued over `bytes` (FNV-1a).
const fn continued(mut hash: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u32).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    hash
}

/// The id of a key written with a dot after each segment: `key_id("orders.empty.")`.
pub const fn key_id(dotted_key: &str) -> u32 {
    continued(FNV_OFFSET, dotted_key.as_bytes())
}

/// A language's texts by id, sorted by id for [`text`].
pub type Catalog = Vec<(u32, String)>;

/// Why a locale file cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum CatalogProblem {
    /// Not JSON, or not an object of objects and strings.
    Malformed,
    /// Two keys with one id (a hash collision): one of the texts would be wrong.
    SameId(u32),
}

/// The texts of a locale file (nested objects of strings, as UTF-8 JSON), by id.
pub fn parse(json: &[u8]) -> Result<Catalog, CatalogProblem> {
    // Through a `&str`, as the API's answers are decoded: `from_slice` would compile
    // serde_json's reader a second time into the main module (+1.2 kB of brotli).
    let json = std::str::from_utf8(json).map_err(|_| CatalogProblem::Malformed)?;
    let mut texts = Catalog::new();
    // Read straight into the list, not through a `serde_json::Value`: the main module,
    // where this runs, then carries no JSON tree and its map (docs/BENCHMARKS.md).
    let mut reader = serde_json::Deserializer::from_str(json);
    // The file itself must be an object (`deserialize_map`); a value in it may be a text.
    reader.deserialize_map(Entry { id: FNV_OFFSET, texts: &mut texts }).map_err(|_| CatalogProblem::Malformed)?;
    reader.end().map_err(|_| CatalogProblem::Malformed)?;
    texts.sort_unstable_by_key(|(id, _)| *id);
    if let Some(pair) = texts.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(CatalogProblem::SameId(pair[0].0));
    }
    Ok(texts)
}

/// A value of a locale file under the id `id`: a text, which goes into `texts`, or an
/// object, whose values are read the same way under `id` continued by their keys.
struct Entry<'a> {
    id: u32,
    texts: &'a mut Catalog,
}

impl<'de> DeserializeSeed<'de> for Entry<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<(), D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Entry<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text or an object of texts")
    }

    fn visit_str<E>(self, text: &str) -> Result<(), E> {
        self.texts.push((self.id, text.to_string()));
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            let id = continued(continued(self.id, key.as_bytes()), b".");
            map.next_value_seed(Entry { id, texts: &mut *self.texts })?;
        }
        Ok(())
    }
}

/// The text of `id` in `catalog`, if it has one.
pub fn text(catalog: &[(u32, &'static str)], id: u32) -> Option<&'static str> {
    catalog.binary_search_by_key(&id, |(i, _)| *i).ok().map(|at| catalog[at].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str) -> String {
        std::fs::read_to_string(format!("{}/locales/{name}.json", env!("CARGO_MANIFEST_DIR"))).expect("locale file")
    }

    fn ids(catalog: &Catalog) -> Vec<u32> {
        catalog.iter().map(|(id, _)| *id).collect()
    }

    #[test]
    fn ids_are_the_hash_of_the_dotted_key() {
        let catalog = parse(br#"{"orders": {"empty": "None", "pager": {"page": "Page {n}"}}, "title": "T"}"#).unwrap();
        let mut want = vec![
            (key_id("orders.empty."), "None".to_string()),
            (key_id("orders.pager.page."), "Page {n}".to_string()),
            (key_id("title."), "T".to_string()),
        ];
        want.sort();
        assert_eq!(catalog, want);
        assert_eq!(text(&[(key_id("title."), "T")], key_id("title.")), Some("T"));
        assert_eq!(text(&[(key_id("title."), "T")], key_id("orders.")), None);
    }

    #[test]
    fn malformed_files_are_refused() {
        assert_eq!(parse(b"<html>"), Err(CatalogProblem::Malformed));
        assert_eq!(parse(br#"{"a": 1}"#), Err(CatalogProblem::Malformed));
        assert_eq!(parse(br#"["a"]"#), Err(CatalogProblem::Malformed));
    }

    /// Every language has exactly English's keys (English is compiled in and checked by
    /// leptos_i18n; the others are read at run time), and no two keys share an id.
    #[test]
    fn every_language_has_the_keys_of_english_each_with_its_own_id() {
        let english = parse(file("en").as_bytes()).expect("en.json");
        assert!(english.len() > 600, "{} texts", english.len());
        for name in ["ru", "uk", "zh"] {
            let other = parse(file(name).as_bytes()).unwrap_or_else(|p| panic!("{name}.json: {p:?}"));
            assert_eq!(ids(&other), ids(&english), "{name}.json and en.json have other keys");
            assert!(other.iter().all(|(_, t)| !t.trim().is_empty()), "{name}.json has an empty text");
        }
    }
}
