//! The theme switch of the top bar: System, Light or Dark, remembered across visits.

use crate::state::theme::{self, Theme};
use leptos::prelude::*;

/// A labelled select of the three theme choices.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let current = theme::use_theme();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(choice) = Theme::parse(&event_target_value(&ev)) {
            theme::set_theme(choice);
        }
    };
    view! {
        <label class="theme-switch">
            <span class="theme-switch-label">{tx!(theme.label)}</span>
            <select data-test="theme-switch" on:change=on_change prop:value=move || current.get().as_str()>
                {Theme::ALL
                    .into_iter()
                    .map(|t| view! {
                        <option value=t.as_str() selected=move || current.get() == t>{move || t.label()}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
