//! The browser's two stores, found one way: `localStorage` for preferences that outlive the
//! tab (language, theme) and `sessionStorage` for the API key, which must not. Either may be
//! missing (storage disabled, a private window): callers then keep going without it.

/// `localStorage`, when the browser offers it.
pub fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// `sessionStorage`, when the browser offers it.
pub fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The value stored under `key` in `localStorage`, if any.
pub fn read_local(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

/// Stores `value` under `key` in `localStorage`; silently does nothing when storage is
/// unavailable (the choice then lasts for this page only).
pub fn write_local(key: &str, value: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(key, value);
    }
}
