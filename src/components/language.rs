//! The language picker of the top bar: English, Русский, Українська or 简体中文, each
//! named in itself; the choice is remembered (see `i18n`). A language other than English
//! is read first; if its texts cannot be read (offline), the picker goes back to the
//! current language and says so.

use crate::i18n::{self as locale, LANGUAGES};
use leptos::prelude::*;
use std::{cell::Cell, rc::Rc};
use wasm_bindgen::JsCast;

/// A labelled select of the dashboard's languages.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let unavailable = RwSignal::new(false);
    // Only the last choice counts when two are read at once.
    let latest = Rc::new(Cell::new(0u32));
    let on_change = move |ev: leptos::ev::Event| {
        let Some(choice) = locale::parse(&event_target_value(&ev)) else { return };
        let select = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok());
        let (latest, turn) = (latest.clone(), latest.get() + 1);
        latest.set(turn);
        unavailable.set(false);
        leptos::task::spawn_local(async move {
            let read = locale::catalog::load(choice).await;
            if latest.get() != turn {
                return;
            }
            if read.is_ok() {
                locale::set_language(choice);
            } else {
                if let Some(select) = select {
                    select.set_value(locale::code(locale::current_untracked()));
                }
                // The picker may be gone by now (signed out meanwhile).
                let _ = unavailable.try_set(true);
            }
        });
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
            <Show when=move || unavailable.get()>
                <span class="field-error language-problem" role="alert" data-test="language-problem">
                    {tx!(lang.unavailable)}
                </span>
            </Show>
        </label>
    }
}
