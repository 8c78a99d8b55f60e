//! Random bytes for session ids from the browser's crypto RNG (`crypto.getRandomValues`).

/// Fills `buf` with random bytes. Without a working crypto RNG the buffer is filled with
/// bytes the sid maker always rejects, so generation stops with a message instead of
/// making guessable sids.
pub fn fill(buf: &mut [u8]) {
    let filled =
        web_sys::window().and_then(|w| w.crypto().ok()).is_some_and(|c| c.get_random_values_with_u8_array(buf).is_ok());
    if !filled {
        buf.fill(u8::MAX);
    }
}
