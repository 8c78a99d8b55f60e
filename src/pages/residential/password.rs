//! Whose password the generated strings carry: the account owner's (from
//! `/proxies/profile`) or one sub-user's. A sub-user's password is read from the API at the
//! moment of generating, so a password changed a minute ago is never used stale. When the
//! API has no owner password to give (Unmetered without a pay-per-GB plan), the customer
//! types it; it stays in memory only, like every proxy password.

use crate::{
    api::{self, load::load, ApiError},
    logic::connection::{PasswordProblem, ProxyPassword},
    models::ProxyType,
};
use leptos::prelude::*;

/// Sub-users listed in the choice (the API's largest page).
const SUB_USER_LIMIT: u32 = 100;

/// Whose password.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Whose {
    /// The account owner's.
    #[default]
    Owner,
    /// The sub-user with this id.
    SubUser(String),
}

/// Why no password could be had.
#[derive(Clone, Debug, PartialEq)]
pub enum PasswordMissing {
    /// The API gave an owner's password that cannot be used.
    Owner(PasswordProblem),
    /// The owner's password is unknown and none (or only spaces) was typed.
    NotTyped,
    /// The sub-user is gone (deleted meanwhile).
    SubUserGone,
    /// Reading the sub-user failed.
    Api(ApiError),
}

/// The choice and the typed password; cheap to copy.
#[derive(Clone, Copy)]
pub struct PasswordSource {
    proxy_type: Option<ProxyType>,
    owner: StoredValue<Option<String>>,
    /// The choice on screen.
    pub whose: RwSignal<Whose>,
    /// What the customer typed when the owner's password is unknown.
    pub typed: RwSignal<String>,
}

impl PasswordSource {
    /// A source for a plan (`None`: no sub-users) with the owner's password, if known.
    pub fn new(proxy_type: Option<ProxyType>, owner: Option<String>) -> PasswordSource {
        PasswordSource {
            proxy_type,
            owner: StoredValue::new(owner.filter(|p| !p.trim().is_empty())),
            whose: RwSignal::new(Whose::Owner),
            typed: RwSignal::new(String::new()),
        }
    }

    /// Whether the owner's password has to be typed.
    pub fn owner_unknown(self) -> bool {
        self.owner.with_value(Option::is_none)
    }

    /// The password of the current choice.
    pub async fn resolve(self) -> Result<ProxyPassword, PasswordMissing> {
        match (self.whose.get_untracked(), self.proxy_type) {
            (Whose::SubUser(id), Some(plan)) => {
                let page =
                    api::residential::sub_users(plan, 0, SUB_USER_LIMIT, None).await.map_err(PasswordMissing::Api)?;
                let user = page.data.into_iter().find(|u| u.user_id == id).ok_or(PasswordMissing::SubUserGone)?;
                ProxyPassword::new(user.proxy_password).map_err(PasswordMissing::Owner)
            }
            _ => match self.owner.get_value() {
                Some(owner) => ProxyPassword::new(owner).map_err(PasswordMissing::Owner),
                None => ProxyPassword::new(self.typed.get_untracked()).map_err(|_| PasswordMissing::NotTyped),
            },
        }
    }
}

/// The "whose password" control: a list when the plan has sub-users, a password box when
/// the owner's password is unknown.
#[component]
pub fn PasswordChoice(source: PasswordSource) -> impl IntoView {
    let users = load(move |cancel| async move {
        match source.proxy_type {
            Some(plan) => api::residential::sub_users(plan, 0, SUB_USER_LIMIT, cancel).await.map(|p| p.data),
            None => Ok(Vec::new()),
        }
    });
    let list = move || users.get().and_then(Result::ok).filter(|l| !l.is_empty());
    view! {
        {move || list().map(|list| view! {
            <div class="gen-field">
                <label for="gen-whose">{tx!(residential.whose)}</label>
                <select id="gen-whose" data-test="gen-whose" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    source.whose.set(if v.is_empty() { Whose::Owner } else { Whose::SubUser(v) });
                }>
                    <option value="" selected=move || source.whose.get() == Whose::Owner>{tx!(residential.owner)}</option>
                    {list.into_iter().map(|u| {
                        let id = u.user_id.clone();
                        let chosen = Whose::SubUser(id.clone());
                        let name = if u.first_name.is_empty() { id.clone() } else { format!("{} ({id})", u.first_name) };
                        view! { <option value=id selected=move || source.whose.get() == chosen>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
        })}
        {source.owner_unknown().then(|| view! {
            <div class="gen-field">
                <label for="gen-typed-password">{tx!(residential.typed_password)}</label>
                <input id="gen-typed-password" data-test="gen-typed-password" type="password" autocomplete="off"
                    spellcheck="false" prop:value=move || source.typed.get()
                    on:input=move |ev| source.typed.set(event_target_value(&ev)) />
                <p class="hint">{tx!(residential.typed_password_hint)}</p>
            </div>
        })}
    }
}
