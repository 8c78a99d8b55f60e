//! The API key, kept in `sessionStorage` and nowhere else: not in a URL, a log line, an
//! error, a cache or a long-lived signal. Closing the tab forgets it.
//!
//! A reactive flag says whether a key is present, so that a 401 anywhere (which calls
//! [`expire`]) sends every protected page back to sign-in.

use crate::web::storage;
use leptos::prelude::*;

/// Where the key is kept (`static/boot.js` reads whether it is there, never its value).
const STORAGE_KEY: &str = "proxyshard.api_key";

thread_local! {
    // Reference-counted, so no reactive owner (a page that happened to touch it first)
    // can dispose it.
    static SIGNED_IN: ArcRwSignal<bool> = ArcRwSignal::new(stored_key().is_some());
}

fn stored_key() -> Option<String> {
    storage::session()?.get_item(STORAGE_KEY).ok()?.filter(|k| !k.is_empty())
}

/// The key to send with a request, read fresh from `sessionStorage`.
pub fn api_key() -> Option<String> {
    stored_key()
}

/// Why a key could not be kept; the sign-in page says it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    /// The browser offers no `sessionStorage` (a private window with storage disabled, say).
    NoStorage,
    /// The browser refused to store it (full, or blocked).
    Refused,
}

/// Stores a key that the server has just accepted. Fails when storage is unavailable.
pub fn sign_in(key: &str) -> Result<(), StoreProblem> {
    let storage = storage::session().ok_or(StoreProblem::NoStorage)?;
    storage.set_item(STORAGE_KEY, key).map_err(|_| StoreProblem::Refused)?;
    SIGNED_IN.with(|s| s.set(true));
    Ok(())
}

/// Forgets the key (sign-out).
pub fn sign_out() {
    if let Some(storage) = storage::session() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    SIGNED_IN.with(|s| s.set(false));
}

/// Forgets a key the server rejected (401); protected pages then redirect to sign-in.
///
/// The key leaves storage at once; the redirect waits for a fresh task, so that effects
/// already queued by the failed request run before their page is torn down.
pub fn expire() {
    if let Some(storage) = storage::session() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    set_timeout(|| SIGNED_IN.with(|s| s.set(false)), std::time::Duration::ZERO);
}

/// Reactive: is a key present?
pub fn signed_in() -> Signal<bool> {
    SIGNED_IN.with(|s| s.clone().into())
}
