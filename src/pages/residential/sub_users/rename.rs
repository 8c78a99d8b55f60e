//! Renaming a sub-user: the name is checked before it is sent (1–64 printable characters,
//! trimmed); an unchanged name sends nothing.

use super::{texts, Shared};
use crate::{
    api,
    components::write::{use_write, Write, WriteProblem},
    logic::traffic::{validate_name, NameProblem},
    models::Ack,
};
use leptos::{ev::SubmitEvent, html, prelude::*};

/// The rename form of the sub-user `id`, whose name is `name` now.
#[component]
pub fn RenameForm(id: String, name: Signal<String>, shared: Shared) -> impl IntoView {
    let draft = RwSignal::new(name.get_untracked());
    let problem = RwSignal::new(None::<NameProblem>);
    let id = StoredValue::new(id);
    let rename: Write<String, Ack> = use_write(
        move |new_name: &String| {
            let (new_name, id, plan) = (new_name.clone(), id.get_value(), shared.plan);
            async move { api::sub_users::rename(plan, &id, &new_name).await }
        },
        move |new_name, _| trf!(sub_users.renamed, name = new_name),
        move || shared.changed.run(()),
    );
    let input = NodeRef::<html::Input>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if rename.pending().get_untracked() {
            return;
        }
        // Read the field itself: automation and autofill may change it without an input event.
        let raw = input.get_untracked().map(|i| i.value()).unwrap_or_else(|| draft.get_untracked());
        match validate_name(&raw) {
            Err(p) => {
                rename.clear();
                problem.set(Some(p));
            }
            Ok(n) if n == name.get_untracked() => problem.set(None),
            Ok(n) => {
                problem.set(None);
                rename.run(n.to_string());
            }
        }
    };
    view! {
        <form class="inline-form sub-user-action" on:submit=on_submit novalidate>
            <label for="su-rename">{tx!(sub_users.rename_label)}</label>
            <input id="su-rename" data-test="su-rename" type="text" autocomplete="off" node_ref=input
                prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))
                aria-invalid=move || problem.with(Option::is_some).to_string() />
            <button type="submit" class="btn btn-secondary" data-test="su-rename-save"
                disabled=move || rename.pending().get()>
                {move || if rename.pending().get() { tr!(sub_users.working) } else { tr!(sub_users.rename) }}
            </button>
            {move || problem.get().map(|p| view! {
                <p class="field-error" role="alert" data-test="su-rename-problem">{texts::name_problem(p)}</p>
            })}
            <WriteProblem error=Signal::derive(move || rename.error()) test="su-rename" lost=texts::lost
                failed=texts::failed />
        </form>
    }
}
