//! Creating a sub-user: a name and whole GB (0 or more, at most what the owner has left),
//! both checked before one POST is sent; then the new sub-user's id and password (masked)
//! are shown, and the list and the owner's traffic are read again.

use super::{texts, Shared, SubUserPassword};
use crate::{
    api,
    components::write::{use_write, Write, WriteProblem},
    i18n::intl,
    logic::{
        sub_users::{check_new, NewProblems, NewSubUser},
        traffic::whole_gb,
    },
    models::{CreatedSubUser, SubUser},
};
use leptos::{ev::SubmitEvent, html, prelude::*};

/// The "New sub-user" form.
#[component]
pub fn CreateForm(shared: Shared) -> impl IntoView {
    let problems = RwSignal::new(NewProblems::default());
    let created = RwSignal::new(None::<SubUser>);
    let name_input = NodeRef::<html::Input>::new();
    let gb_input = NodeRef::<html::Input>::new();
    let clear_fields = move || {
        for input in [name_input.get_untracked(), gb_input.get_untracked()].into_iter().flatten() {
            input.set_value("");
        }
    };
    let create: Write<NewSubUser, CreatedSubUser> = use_write(
        move |new: &NewSubUser| {
            let (new, plan) = (new.clone(), shared.plan);
            async move { api::sub_users::create(plan, &new.name, new.gb).await }
        },
        move |new, answer| {
            created.set(answer.sub_user().cloned());
            clear_fields();
            trf!(sub_users.created, name = new.name)
        },
        move || shared.changed.run(()),
    );
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if create.pending().get_untracked() {
            return;
        }
        let value = |input: NodeRef<html::Input>| input.get_untracked().map(|i| i.value()).unwrap_or_default();
        match check_new(&value(name_input), &value(gb_input), shared.owner_left.get_untracked()) {
            Err(found) => {
                create.clear();
                problems.set(found);
            }
            Ok(new) => {
                problems.set(NewProblems::default());
                created.set(None);
                create.run(new);
            }
        }
    };
    let owner_gb = move || intl::number(whole_gb(shared.owner_left.get()) as i64);
    view! {
        <form class="sub-user-create" on:submit=on_submit novalidate data-test="su-create-form">
            <h3>{tx!(sub_users.create_title)}</h3>
            <div class="gen-grid">
                <div class="gen-field">
                    <label for="su-new-name">{tx!(sub_users.name)}</label>
                    <input id="su-new-name" data-test="su-new-name" type="text" autocomplete="off" node_ref=name_input
                        aria-invalid=move || problems.with(|p| p.name.is_some()).to_string() />
                    {move || problems.get().name.map(|p| view! {
                        <p class="field-error" role="alert" data-test="su-new-name-problem">{texts::name_problem(p)}</p>
                    })}
                </div>
                <div class="gen-field">
                    <label for="su-new-gb">{tx!(sub_users.new_gb)}</label>
                    <input id="su-new-gb" data-test="su-new-gb" type="text" inputmode="numeric" autocomplete="off"
                        node_ref=gb_input aria-describedby="su-new-gb-hint"
                        aria-invalid=move || problems.with(|p| p.gb.is_some()).to_string() />
                    <p class="hint" id="su-new-gb-hint">{move || trf!(sub_users.owner_has, gb = owner_gb())}</p>
                    {move || problems.get().gb.map(|p| view! {
                        <p class="field-error" role="alert" data-test="su-new-gb-problem">
                            {texts::gb_problem(p, texts::Source::Owner)}
                        </p>
                    })}
                </div>
            </div>
            <button type="submit" class="btn btn-primary" data-test="su-create" disabled=move || create.pending().get()>
                {move || if create.pending().get() { tr!(sub_users.creating) } else { tr!(sub_users.create) }}
            </button>
            <WriteProblem error=Signal::derive(move || create.error()) test="su-create" lost=texts::lost
                failed=texts::failed />
            {move || created.get().map(|user| view! { <Created user /> })}
        </form>
    }
}

/// The sub-user just made, with its password masked until revealed.
#[component]
fn Created(user: SubUser) -> impl IntoView {
    let SubUser { user_id, first_name, proxy_password, .. } = user;
    let name = first_name.clone();
    view! {
        <div class="notice notice-ok" role="status" data-test="su-created">
            <p class="notice-text">{move || trf!(sub_users.created_note, name = first_name, id = user_id)}</p>
            <SubUserPassword password=proxy_password name test="su-created-password" />
        </div>
    }
}
