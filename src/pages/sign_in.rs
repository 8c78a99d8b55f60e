//! Sign-in: paste the API key, checked with `GET /user/api/me` before it is stored.

use crate::{
    api::{self, ApiError},
    components::language::LanguagePicker,
    logic::url::safe_next,
    state::{
        network::{offline_reason, use_online},
        session::{self, StoreProblem},
    },
};
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_router::hooks::{use_navigate, use_query_map};

/// Why signing in did not work; kept as it happened and said in the language of the
/// moment.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Nothing was pasted.
    Empty,
    /// What was pasted cannot be a key (spaces, control characters, far too long).
    Malformed,
    /// The server does not know the key.
    Refused,
    /// The key could not be kept in this tab.
    NotStored(StoreProblem),
    /// The check itself failed.
    Failed(ApiError),
}

impl Problem {
    /// Reactive: the problem in the current language.
    fn text(&self) -> String {
        match self {
            Problem::Empty => tr!(sign_in.empty).to_string(),
            Problem::Malformed => tr!(sign_in.malformed).to_string(),
            Problem::Refused => tr!(sign_in.refused).to_string(),
            Problem::NotStored(StoreProblem::NoStorage) => tr!(sign_in.no_storage).to_string(),
            Problem::NotStored(StoreProblem::Refused) => tr!(sign_in.store_failed).to_string(),
            Problem::Failed(e) => e.message(),
        }
    }
}

/// Checks what was pasted before any request is made.
pub fn validate_key(raw: &str) -> Result<String, Problem> {
    let key = raw.trim();
    if key.is_empty() {
        return Err(Problem::Empty);
    }
    if key.len() > 512 || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Problem::Malformed);
    }
    Ok(key.to_string())
}

/// The sign-in page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let next = move || safe_next(query.with_untracked(|q| q.get("next")));
    let key_input = NodeRef::<leptos::html::Input>::new();
    let (problem, set_problem) = signal(None::<Problem>);
    let online = use_online();

    let check = Action::new_local(|key: &String| {
        let key = key.clone();
        async move {
            match api::profile::check_key(&key).await {
                Ok(_) => session::sign_in(&key).map_err(Problem::NotStored),
                Err(ApiError::Unauthorized) => Err(Problem::Refused),
                Err(e) => Err(Problem::Failed(e)),
            }
        }
    });

    Effect::new(move |_| match check.value().get() {
        Some(Ok(())) => {
            if let Some(input) = key_input.get_untracked() {
                input.set_value("");
            }
            navigate(&next(), Default::default());
        }
        Some(Err(problem)) => set_problem.set(Some(problem)),
        None => {}
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if check.pending().get_untracked() || !online.get_untracked() {
            return;
        }
        let raw = key_input.get_untracked().map(|i| i.value()).unwrap_or_default();
        match validate_key(&raw) {
            Ok(key) => {
                set_problem.set(None);
                check.dispatch(key);
            }
            Err(problem) => set_problem.set(Some(problem)),
        }
    };

    view! {
        <main class="sign-in" id="main">
            <form class="card sign-in-card" on:submit=on_submit novalidate>
                <h1 tabindex="-1">{tx!(sign_in.title)}</h1>
                <p class="muted">
                    {tx!(sign_in.intro)}
                </p>
                <label for="api-key">{tx!(sign_in.key)}</label>
                <input
                    id="api-key"
                    name="api-key"
                    type="password"
                    autocomplete="off"
                    spellcheck="false"
                    node_ref=key_input
                    aria-invalid=move || problem.get().is_some().to_string()
                    aria-describedby="sign-in-problem"
                />
                <p id="sign-in-problem" class="field-error" role="alert">
                    {move || problem.with(|p| p.as_ref().map(Problem::text))}
                </p>
                <button type="submit" class="btn btn-primary" disabled=move || check.pending().get() || !online.get()>
                    {move || if check.pending().get() { tr!(sign_in.checking) } else { tr!(sign_in.submit) }}
                </button>
                <Show when=move || !online.get()>
                    <p class="muted" data-test="offline-reason">{move || offline_reason()}</p>
                </Show>
                <div class="sign-in-language"><LanguagePicker /></div>
            </form>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_validation() {
        assert_eq!(validate_key("   "), Err(Problem::Empty));
        assert_eq!(validate_key("abc def"), Err(Problem::Malformed));
        assert_eq!(validate_key("  psk_1 \n"), Ok("psk_1".to_string()));
    }
}
