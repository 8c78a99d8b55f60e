//! The language picker of the top bar: English, Русский, Українська or 简体中文, each
//! named in itself; the choice is remembered (see `i18n`).

use crate::i18n::{self as locale, LANGUAGES};
use leptos::prelude::*;

/// A labelled select of the dashboard's languages.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(choice) = locale::parse(&event_target_value(&ev)) {
            locale::set_language(choice);
        }
    };
    view! {
        <label class="theme-switch language-picker">
            <span class="theme-switch-label">{tx!(lang.label)}</span>
            <select data-test="language-picker" on:change=on_change prop:value=move || locale::code(locale::current())>
                {LANGUAGES
                    .into_iter()
                    .map(|(l, name)| view! {
                        <option value=locale::code(l) lang=locale::code(l) selected=move || locale::current() == l>{name}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
