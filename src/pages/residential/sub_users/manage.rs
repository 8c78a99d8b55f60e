//! The panel of one sub-user, under the table: rename, give GB, take GB back, a new
//! password and delete. It follows the sub-user through list refreshes and shows nothing
//! once the sub-user is no longer on the page (after a delete, say).

use super::{delete::DeleteSubUser, gb::Direction, gb::GbForm, password::NewPassword, rename::RenameForm, Shared};
use crate::{components::write::WritesPanel, models::SubUser};
use leptos::{html, prelude::*};

/// The panel of the sub-user `id`.
#[component]
pub fn ManagePanel(
    /// The sub-user's id.
    id: String,
    /// The sub-user as the list shows it now (`None` when gone from the page).
    sub: Signal<Option<SubUser>>,
    shared: Shared,
    /// Closes the panel.
    on_close: Callback<()>,
) -> impl IntoView {
    let present = Memo::new(move |_| sub.with(Option::is_some));
    let name = Signal::derive(move || sub.with(|s| s.as_ref().map(|s| s.first_name.clone()).unwrap_or_default()));
    let heading = NodeRef::<html::H3>::new();
    // Take the focus to the panel when it opens, so keyboard and screen-reader users land in it.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let id = StoredValue::new(id);
    move || {
        present.get().then(|| {
            view! {
                <WritesPanel id="sub-user-panel" class="sub-user-panel" test="sub-user-panel"
                    labelled_by="sub-user-panel-heading">
                    <div class="sub-user-panel-head">
                        <h3 id="sub-user-panel-heading" tabindex="-1" node_ref=heading>
                            {move || trf!(sub_users.panel_title, name = name.get(), id = id.get_value())}
                        </h3>
                        <button type="button" class="btn btn-ghost btn-small" data-test="su-close"
                            on:click=move |_| on_close.run(())>{tx!(common.close)}</button>
                    </div>
                    <RenameForm id=id.get_value() name shared />
                    <GbForm id=id.get_value() sub name shared direction=Direction::Give />
                    <GbForm id=id.get_value() sub name shared direction=Direction::Take />
                    <NewPassword id=id.get_value() name shared />
                    <DeleteSubUser id=id.get_value() sub name shared />
                </WritesPanel>
            }
        })
    }
}
