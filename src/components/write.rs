//! The one way the dashboard changes something on the server: [`use_write`].
//!
//! Every write (a purchase, renew, billing cycle, tag, auto-renewal, sub-users, p0f, …) is a
//! POST the API cannot deduplicate, so each follows the same rules:
//! - it is sent once per [`Write::run`], and a run while one is on its way is ignored;
//! - success is said in a toast, in the words the caller gives;
//! - a refusal (the server answered "no") is kept as a typed [`ApiError`] for the caller to
//!   show beside the control ([`Write::error`]), in the language of the moment;
//! - an unknown outcome (the answer was lost: [`ApiError::outcome_unknown`]) is never
//!   retried: a toast (or the caller's own notice, [`Write::without_lost_toast`]) says it may
//!   or may not have happened, and what depends on it is read again, exactly as after a
//!   success.
//!
//! [`WriteProblem`] shows [`Write::error`] beside the control, the same way for every write;
//! [`ConfirmPanel`] is the one confirmation step of a write that asks first (the buy page's
//! paying step included), and [`WritesPanel`] frames a group of writes on one thing the same way.
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

use crate::{
    api::{
        load::{typed, Erased},
        ApiError,
    },
    components::use_toasts,
};
use leptos::{html, prelude::*};
use std::{future::Future, marker::PhantomData, pin::Pin, sync::Arc};

/// A run's input and what the server said.
type Outcome = (Erased, Result<Erased, ApiError>);

/// The request of one run, its answer type-erased.
type Sending = Pin<Box<dyn Future<Output = Result<Erased, ApiError>>>>;

/// The confirmation text of a run, from its input and answer (type-erased).
type DoneText = Box<dyn Fn(&Erased, &Erased) -> String>;

/// A write to the server; cheap to copy into views and handlers.
pub struct Write<I: 'static, O: 'static> {
    core: Core,
    types: PhantomData<fn(I) -> O>,
}

impl<I: 'static, O: 'static> Clone for Write<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static, O: 'static> Copy for Write<I, O> {}

/// What a [`Write`] is, without its types.
#[derive(Clone, Copy)]
struct Core {
    action: Action<Erased, Outcome>,
    /// Whether an unknown outcome is said in a toast (see [`Write::without_lost_toast`]).
    lost_toast: StoredValue<bool>,
}

impl<I, O> Write<I, O>
where
    I: Send + Sync + 'static,
    O: Send + Sync + 'static,
{
    /// Sends `input`, unless a run is on its way (then nothing happens). Forgets the outcome
    /// of the previous run.
    pub fn run(self, input: I) {
        self.core.run(Arc::new(input));
    }

    /// Reactive: true while a run is on its way (controls lock themselves with it).
    pub fn pending(self) -> Memo<bool> {
        self.core.action.pending()
    }

    /// Reactive: why the last run failed, refused or with its outcome unknown; `None` after
    /// a success, before any run, and after [`Write::clear`].
    pub fn error(self) -> Option<ApiError> {
        self.core.error()
    }

    /// Forgets the last outcome (the customer started over).
    pub fn clear(self) {
        self.core.action.value().set(None);
    }

    /// Also runs `refused` after each refusal (the server answered "no"), beside keeping it
    /// in [`Write::error`]: to close what the write was done from, or to read again what the
    /// refusal may be about (the wallet, say).
    pub fn on_refused(self, refused: impl Fn() + 'static) -> Self {
        self.core.on_refused(Box::new(refused));
        self
    }

    /// The caller says an unknown outcome itself, in words of its own (the buy page's notice
    /// with a link to the orders), so no toast repeats it.
    pub fn without_lost_toast(self) -> Self {
        self.core.lost_toast.set_value(false);
        self
    }
}

impl Core {
    fn run(self, input: Erased) {
        if self.action.pending().get_untracked() {
            return;
        }
        self.action.value().set(None);
        self.action.dispatch(input);
    }

    fn error(self) -> Option<ApiError> {
        self.action.value().with(|v| v.as_ref().and_then(|(_, r)| r.as_ref().err().cloned()))
    }

    fn on_refused(self, refused: Box<dyn Fn()>) {
        Effect::watch(
            move || self.action.value().with(|v| matches!(v, Some((_, Err(e))) if !e.outcome_unknown())),
            move |is_refused, _, _| {
                if *is_refused {
                    refused();
                }
            },
            false,
        );
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
    I: Send + Sync + 'static,
    O: Send + Sync + 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    let core = write_erased(
        Box::new(move |input: &Erased| -> Sending {
            let request = send(typed(input));
            Box::pin(async move { request.await.map(|answer| Arc::new(answer) as Erased) })
        }),
        Box::new(move |input: &Erased, answer: &Erased| done(typed(input), typed(answer))),
        Box::new(settled),
    );
    Write { core, types: PhantomData }
}

/// [`use_write`] without its types, so that its action and effect are compiled once.
fn write_erased(send: Box<dyn Fn(&Erased) -> Sending>, done: DoneText, settled: Box<dyn Fn()>) -> Core {
    let toasts = use_toasts();
    let lost_toast = StoredValue::new(true);
    let action = Action::new_local(move |input: &Erased| {
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
                if lost_toast.get_value() {
                    toasts.error(tr!(write.lost));
                }
                settled();
            }
            _ => {}
        },
        false,
    );
    Core { action, lost_toast }
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

/// How a [`ConfirmPanel`] stands on the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Look {
    /// Inside a card, under the control that opened it: a `group`, its buttons in a
    /// `button-row`.
    #[default]
    Inline,
    /// Inline, around a price that loads inside it: announced as it changes (`aria-live`)
    /// rather than as a group.
    Live,
    /// A card of its own with a heading (the buy page's paying step): a `section`, its
    /// buttons in `actions`, the confirm button `aria-busy` while the write is on its way.
    Card,
}

/// Where the focus goes as a [`ConfirmPanel`] opens, for keyboard and screen-reader users.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Focus {
    /// It stays on the control that opened the panel.
    #[default]
    Stay,
    /// To the panel itself (which is then focusable: `tabindex="-1"`).
    Panel,
    /// To the confirm button.
    Confirm,
}

/// The confirmation step of a write, one way for every write that asks first: what will
/// happen (the children: a title, a price, a consequence), then the button that does it and
/// Cancel, both locked while the write is on its way. `data-test`: `{test}-panel`,
/// `{test}-confirm`, `{test}-cancel`, unless named otherwise.
#[component]
pub fn ConfirmPanel(
    /// The prefix of the `data-test` names.
    test: &'static str,
    /// True while the write is on its way ([`Write::pending`]).
    #[prop(into)]
    pending: Signal<bool>,
    /// The confirm button's label ("Pay $13.50", "Delete"), in the current language.
    #[prop(into)]
    go: TextProp,
    /// Its label while the write is on its way.
    #[prop(into)]
    going: TextProp,
    /// A red button: the step destroys something.
    #[prop(optional)]
    danger: bool,
    /// While false, the confirm button stays locked (the price it confirms is not in yet).
    #[prop(optional, into)]
    ready: Option<Signal<bool>>,
    /// The cancel button's label; "Cancel" when not given.
    #[prop(optional, into)]
    back: Option<TextProp>,
    /// How the panel stands on the page.
    #[prop(optional)]
    look: Look,
    /// Where the focus goes as the panel opens.
    #[prop(optional)]
    focus: Focus,
    /// The id of the element that names the panel (`aria-labelledby`).
    #[prop(optional)]
    labelled_by: Option<&'static str>,
    /// The panel's `data-test`, when it is not `{test}-panel`.
    #[prop(optional)]
    panel_test: Option<&'static str>,
    /// The confirm button's `data-test`, when it is not `{test}-confirm`.
    #[prop(optional)]
    confirm_test: Option<&'static str>,
    /// The cancel button's `data-test`, when it is not `{test}-cancel`.
    #[prop(optional)]
    cancel_test: Option<&'static str>,
    /// Sends the write (called once per click; [`Write::run`] ignores a second while pending).
    on_confirm: Callback<()>,
    /// Closes the step without writing.
    on_cancel: Callback<()>,
    children: Children,
) -> impl IntoView {
    let named =
        |name: Option<&'static str>, suffix: &str| name.map_or_else(|| format!("{test}-{suffix}"), String::from);
    let class = if danger { "btn btn-danger" } else { "btn btn-primary" };
    let ready = move || ready.is_none_or(|r| r.get());
    let back = back.unwrap_or_else(|| TextProp::from(|| tr!(order.cancel)));
    let card = look == Look::Card;
    let (panel, confirm) = (NodeRef::<html::Div>::new(), NodeRef::<html::Button>::new());
    if focus != Focus::Stay {
        Effect::new(move |_| {
            let _ = match focus {
                Focus::Panel => panel.get().map(|p| p.focus()),
                Focus::Confirm => confirm.get().map(|b| b.focus()),
                Focus::Stay => None,
            };
        });
    }
    let inner = view! {
        {children()}
        <div class=if card { "actions" } else { "button-row" }>
            <button type="button" class=class data-test=named(confirm_test, "confirm") node_ref=confirm
                disabled=move || pending.get() || !ready() aria-busy=move || card.then(|| pending.get().to_string())
                on:click=move |_| on_confirm.run(())>
                {move || if pending.get() { going.get() } else { go.get() }}
            </button>
            <button type="button" class="btn btn-secondary" data-test=named(cancel_test, "cancel")
                disabled=move || pending.get() on:click=move |_| on_cancel.run(())>
                {move || back.get()}
            </button>
        </div>
    };
    let test = named(panel_test, "panel");
    if card {
        view! {
            <section class="confirm-panel card" data-test=test aria-labelledby=labelled_by>{inner}</section>
        }
        .into_any()
    } else {
        view! {
            <div class="confirm-panel" role=(look == Look::Inline).then_some("group") aria-labelledby=labelled_by
                data-test=test aria-live=(look == Look::Live).then_some("polite")
                tabindex=(focus == Focus::Panel).then_some("-1") node_ref=panel>
                {inner}
            </div>
        }
        .into_any()
    }
}

/// A group of writes on one thing (a sub-user's rename, GB, password and delete), framed
/// like a confirmation so they read as one piece: a `section` named by `labelled_by`.
#[component]
pub fn WritesPanel(
    /// The section's id.
    id: &'static str,
    /// A class of its own, beside the frame's.
    class: &'static str,
    /// Its `data-test`.
    test: &'static str,
    /// The id of its heading (`aria-labelledby`).
    labelled_by: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <section id=id class=format!("confirm-panel {class}") data-test=test aria-labelledby=labelled_by>
            {children()}
        </section>
    }
}
