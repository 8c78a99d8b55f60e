//! The one way the dashboard changes something on the server: [`use_write`].
//!
//! Every write (renew, billing cycle, tag, auto-renewal, and the actions still to come) is a
//! POST the API cannot deduplicate, so each follows the same rules:
//! - it is sent once per [`Write::run`], and a run while one is on its way is ignored;
//! - success is said in a toast, in the words the caller gives;
//! - a refusal (the server answered "no") is kept as a typed [`ApiError`] for the caller to
//!   show beside the control ([`Write::error`]), in the language of the moment;
//! - an unknown outcome (the answer was lost: [`ApiError::outcome_unknown`]) is never
//!   retried: a toast says it may or may not have happened, and what depends on it is read
//!   again, exactly as after a success.
//!
//! [`WriteProblem`] shows [`Write::error`] beside the control, the same way for every write.
//!
//! ```ignore
//! let save = use_write(
//!     move |tag: &String| {
//!         let tag = tag.clone();
//!         async move { api::orders::set_tag(id, &tag).await }
//!     },
//!     move |tag, ack| ack.message.clone().unwrap_or_else(|| tr!(order.tag_saved).into()),
//!     move || on_changed.run(()),
//! );
//! save.run("bot".to_string());
//! ```

use crate::{api::ApiError, components::use_toasts};
use leptos::prelude::*;
use std::future::Future;

/// A write to the server; cheap to copy into views and handlers.
pub struct Write<I: 'static, O: 'static> {
    action: Action<I, (I, Result<O, ApiError>)>,
}

impl<I: 'static, O: 'static> Clone for Write<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static, O: 'static> Copy for Write<I, O> {}

impl<I, O> Write<I, O>
where
    I: Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    /// Sends `input`, unless a run is on its way (then nothing happens). Forgets the outcome
    /// of the previous run.
    pub fn run(self, input: I) {
        if self.action.pending().get_untracked() {
            return;
        }
        self.action.value().set(None);
        self.action.dispatch(input);
    }

    /// Reactive: true while a run is on its way (controls lock themselves with it).
    pub fn pending(self) -> Memo<bool> {
        self.action.pending()
    }

    /// Reactive: why the last run failed, refused or with its outcome unknown; `None` after
    /// a success, before any run, and after [`Write::clear`].
    pub fn error(self) -> Option<ApiError> {
        self.action.value().with(|v| v.as_ref().and_then(|(_, r)| r.as_ref().err().cloned()))
    }

    /// Forgets the last outcome (the customer started over).
    pub fn clear(self) {
        self.action.value().set(None);
    }
}

/// Makes a [`Write`].
///
/// - `send` makes the request for an input (called once per [`Write::run`]).
/// - `done` runs after a success, with the input and the server's answer: it updates what
///   the caller shows and returns the text of the success toast.
/// - `settled` runs after a success and after an unknown outcome: it reads again what
///   depends on the write (the order, say) and closes what the write was done from.
pub fn use_write<I, O, Fut>(
    send: impl Fn(&I) -> Fut + 'static,
    done: impl Fn(&I, &O) -> String + 'static,
    settled: impl Fn() + 'static,
) -> Write<I, O>
where
    I: Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    let toasts = use_toasts();
    let action = Action::new_local(move |input: &I| {
        let (input, request) = (input.clone(), send(input));
        async move { (input, request.await) }
    });
    Effect::watch(
        move || action.value().get(),
        move |outcome, _, _| match outcome {
            Some((input, Ok(answer))) => {
                toasts.success(done(input, answer));
                settled();
            }
            Some((_, Err(e))) if e.outcome_unknown() => {
                toasts.error(tr!(write.lost));
                settled();
            }
            _ => {}
        },
        false,
    );
    Write { action }
}

/// A write's problem beside its control, said one way for every write: a warning when the
/// outcome is unknown (`data-test="{test}-unknown"`, the `lost` text), the refusal
/// otherwise (`data-test="{test}-error"`, `failed` of the error). Nothing while all is well.
#[component]
pub fn WriteProblem(
    /// The write's last problem ([`Write::error`]).
    #[prop(into)]
    error: Signal<Option<ApiError>>,
    /// The prefix of the `data-test` names.
    test: &'static str,
    /// The warning for an unknown outcome, in the current language.
    lost: fn() -> &'static str,
    /// The sentence for a refusal, in the current language.
    failed: fn(&ApiError) -> String,
) -> impl IntoView {
    move || {
        error.get().map(|e| {
            if e.outcome_unknown() {
                view! { <p class="notice notice-warn" role="alert" data-test=format!("{test}-unknown")>{lost()}</p> }
                    .into_any()
            } else {
                view! { <p class="field-error" role="alert" data-test=format!("{test}-error")>{failed(&e)}</p> }
                    .into_any()
            }
        })
    }
}

/// The confirmation step of a write, one way for every write that asks first: what will
/// happen (the children: a title, a price, a consequence), then the button that does it and
/// Cancel, both locked while the write is on its way. `data-test`: `{test}-panel`,
/// `{test}-confirm`, `{test}-cancel`.
#[component]
pub fn ConfirmPanel(
    /// The prefix of the `data-test` names.
    test: &'static str,
    /// True while the write is on its way ([`Write::pending`]).
    #[prop(into)]
    pending: Signal<bool>,
    /// The confirm button's label ("Pay", "Delete"), in the current language.
    go: fn() -> &'static str,
    /// Its label while the write is on its way.
    going: fn() -> &'static str,
    /// A red button: the step destroys something.
    #[prop(optional)]
    danger: bool,
    /// Sends the write (called once per click; [`Write::run`] ignores a second while pending).
    on_confirm: Callback<()>,
    /// Closes the step without writing.
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let class = if danger { "btn btn-danger" } else { "btn btn-primary" };
    view! {
        <div class="confirm-panel" role="group" data-test=format!("{test}-panel")>
            {children()}
            <div class="button-row">
                <button type="button" class=class data-test=format!("{test}-confirm")
                    disabled=move || pending.get() on:click=move |_| on_confirm.run(())>
                    {move || if pending.get() { going() } else { go() }}
                </button>
                <button type="button" class="btn btn-secondary" data-test=format!("{test}-cancel")
                    disabled=move || pending.get() on:click=move |_| on_cancel.run(())>
                    {tx!(order.cancel)}
                </button>
            </div>
        </div>
    }
}
