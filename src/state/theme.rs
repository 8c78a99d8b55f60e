//! The colour theme: light, dark, or follow the system. The choice is remembered in
//! `localStorage` (`proxyshard.theme`; not a secret) and applied as `data-theme` on
//! `<html>`, where style/main.css picks its colours. "System" leaves the choice to the
//! `prefers-color-scheme` media query, so it follows the system without any script.

use crate::web::storage;
use leptos::prelude::*;

const STORAGE_KEY: &str = "proxyshard.theme";

/// A theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system's light or dark setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in the order offered.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored value, also the value of `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// What the switch calls it, in the current language.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => tr!(theme.system),
            Theme::Light => tr!(theme.light),
            Theme::Dark => tr!(theme.dark),
        }
    }

    /// Reads a stored value; anything unknown is `None`.
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }
}

thread_local! {
    // Reference-counted, so no reactive owner can dispose it (see `session`).
    static THEME: ArcRwSignal<Theme> = ArcRwSignal::new(stored());
}

fn stored() -> Theme {
    storage::read_local(STORAGE_KEY).and_then(|v| Theme::parse(&v)).unwrap_or_default()
}

fn apply(theme: Theme) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-theme", theme.as_str());
    }
}

/// Applies the remembered theme to `<html>`; call once at start, before the first render.
pub fn init() {
    apply(THEME.with(|t| t.get_untracked()));
}

/// Reactive: the current choice.
pub fn use_theme() -> Signal<Theme> {
    THEME.with(|t| t.clone().into())
}

/// Chooses a theme: applied at once and remembered (when storage allows; otherwise for
/// this page only).
pub fn set_theme(theme: Theme) {
    apply(theme);
    storage::write_local(STORAGE_KEY, theme.as_str());
    THEME.with(|t| t.set(theme));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(theme));
        }
        assert_eq!(Theme::parse("purple"), None);
        assert_eq!(Theme::default(), Theme::System);
    }
}
