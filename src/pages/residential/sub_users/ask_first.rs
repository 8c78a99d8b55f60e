//! A sub-user's write that asks first (a new password, delete): the button that opens the
//! confirmation, the confirmation, one write per confirmed click, and its problem beside
//! them. Afterwards the list and the owner's traffic are read again (a deleted sub-user is
//! then gone from the list, and its panel closes by itself).

use super::{texts, Shared};
use crate::{
    api::ApiError,
    components::write::{use_write, ConfirmPanel, Write, WriteProblem},
    i18n,
    models::{Ack, ProxyType},
};
use leptos::prelude::*;
use std::future::Future;

/// The button, then the confirmation, whose children say what the write will do.
#[component]
pub fn AskFirst<F, Fut>(
    /// The sub-user's id.
    id: String,
    /// The sub-user's name, for the success toast.
    name: Signal<String>,
    shared: Shared,
    /// The `data-test` of the button that opens the confirmation.
    open_test: &'static str,
    /// That button's label.
    open: fn() -> &'static str,
    /// The prefix of the confirmation's and the problem's `data-test` names.
    test: &'static str,
    /// The confirm button's label.
    go: fn() -> &'static str,
    /// Red buttons: the write destroys something.
    #[prop(optional)]
    danger: bool,
    /// Sends the write for the plan and the sub-user's id.
    send: F,
    /// The success toast, for the sub-user's name.
    done: fn(&str) -> String,
    children: ChildrenFn,
) -> impl IntoView
where
    F: Fn(ProxyType, String) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Ack, ApiError>> + 'static,
{
    let confirming = RwSignal::new(false);
    let id = StoredValue::new(id);
    let write: Write<(), Ack> = use_write(
        move |()| send(shared.plan, id.get_value()),
        move |(), _| done(&name.get_untracked()),
        move || {
            confirming.set(false);
            shared.changed.run(());
        },
    );
    let show = move |_| {
        write.clear();
        confirming.set(true);
    };
    view! {
        <div class="sub-user-action">
            <button type="button" class=if danger { "btn btn-danger" } else { "btn btn-secondary" } data-test=open_test
                on:click=show disabled=move || confirming.get()>{i18n::text(open)}</button>
            {move || confirming.get().then(|| {
                let children = children.clone();
                view! {
                    <ConfirmPanel test pending=write.pending() danger go going=|| tr!(sub_users.working)
                        on_confirm=Callback::new(move |()| write.run(()))
                        on_cancel=Callback::new(move |()| confirming.set(false))>
                        {children()}
                    </ConfirmPanel>
                }
            })}
            <WriteProblem error=Signal::derive(move || write.error()) test lost=texts::lost failed=texts::failed />
        </div>
    }
}
