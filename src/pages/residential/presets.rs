//! The generator's presets bar: pick a saved preset of the plan (its settings go on
//! screen), save the current settings under a name, rename or delete the picked one. Kept in
//! `localStorage` through `logic::presets`, whose type holds no password.

use super::form::GenForm;
use crate::{
    components::use_toasts,
    logic::presets::{NameProblem, Presets, MAX_NAME_CHARS, MAX_PRESETS, STORAGE_KEY},
    models::ResidentialPlan,
    web::storage,
};
use leptos::prelude::*;

/// A name problem in words.
fn name_problem(p: NameProblem) -> String {
    match p {
        NameProblem::Empty => tr!(residential.preset_name_empty).to_string(),
        NameProblem::TooLong => trf!(residential.preset_name_long, max = MAX_NAME_CHARS),
        NameProblem::ControlCharacter => tr!(residential.preset_name_chars).to_string(),
        NameProblem::Taken => tr!(residential.preset_name_taken).to_string(),
        NameProblem::Full => trf!(residential.preset_full, max = MAX_PRESETS),
    }
}

/// Reads the stored presets.
fn load() -> Presets {
    Presets::from_json(storage::read_local(STORAGE_KEY).as_deref())
}

/// The presets bar of one plan's generator.
#[component]
pub fn PresetBar(plan: ResidentialPlan, form: GenForm) -> impl IntoView {
    let toasts = use_toasts();
    let key = plan.as_str();
    let presets = RwSignal::new(load());
    let picked = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let store = move |p: Presets| {
        storage::write_local(STORAGE_KEY, &p.to_json());
        presets.set(p);
    };

    let pick = move |ev| {
        let chosen = event_target_value(&ev);
        if let Some(s) = presets.with_untracked(|p| p.get(key, &chosen).cloned()) {
            form.apply(&s);
            name.set(chosen.clone());
            toasts.success(trf!(residential.preset_applied, name = chosen));
        }
        picked.set(chosen);
        problem.set(None);
    };
    let save = move |_| {
        let mut p = presets.get_untracked();
        match p.save(key, &name.get_untracked(), form.settings()) {
            Ok(saved) => {
                store(p);
                picked.set(saved.clone());
                name.set(saved.clone());
                problem.set(None);
                toasts.success(trf!(residential.preset_saved, name = saved));
            }
            Err(e) => problem.set(Some(name_problem(e))),
        }
    };
    let rename = move |_| {
        let old = picked.get_untracked();
        let mut p = presets.get_untracked();
        match p.rename(key, &old, &name.get_untracked()) {
            Ok(new) => {
                store(p);
                picked.set(new.clone());
                name.set(new);
                problem.set(None);
            }
            Err(e) => problem.set(Some(name_problem(e))),
        }
    };
    let delete = move |_| {
        let old = picked.get_untracked();
        let mut p = presets.get_untracked();
        p.delete(key, &old);
        store(p);
        picked.set(String::new());
        name.set(String::new());
        problem.set(None);
        toasts.success(trf!(residential.preset_deleted, name = old));
    };
    let has_pick = move || !picked.with(String::is_empty);

    view! {
        <div class="preset-bar" data-test="presets">
            <div class="gen-field">
                <label for="gen-preset">{tx!(residential.preset)}</label>
                <select id="gen-preset" data-test="gen-preset" on:change=pick>
                    <option value="" selected=move || picked.with(String::is_empty)>{tx!(residential.preset_none)}</option>
                    {move || presets.with(|p| p.names(key)).into_iter().map(|n| {
                        let selected = picked.get() == n;
                        view! { <option value=n.clone() selected=selected>{n.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="gen-field">
                <label for="gen-preset-name">{tx!(residential.preset_name)}</label>
                <input id="gen-preset-name" data-test="gen-preset-name" autocomplete="off" maxlength="80"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            <div class="button-row">
                <button type="button" class="btn btn-secondary" data-test="gen-preset-save" on:click=save>
                    {tx!(residential.preset_save)}
                </button>
                <button type="button" class="btn btn-ghost" data-test="gen-preset-rename" on:click=rename
                    disabled=move || !has_pick()>{tx!(residential.preset_rename)}</button>
                <button type="button" class="btn btn-ghost" data-test="gen-preset-delete" on:click=delete
                    disabled=move || !has_pick()>{tx!(residential.preset_delete)}</button>
            </div>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert" data-test="gen-preset-error">{p}</p> })}
            <p class="hint">{tx!(residential.preset_hint)}</p>
        </div>
    }
}
