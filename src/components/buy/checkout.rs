//! The paying step: a confirmation showing exactly the price calculated for exactly the
//! request being sent, then one `POST /orders/purchase`. Never retried: a lost answer is
//! reported as unknown, with a link to check the orders.

use super::rules::{describe, PurchaseFailure};
use crate::{
    api::{self, ApiError},
    components::{focus, use_toasts},
    logic::purchase::PurchaseRequest,
    models::PurchaseResult,
    state::intl,
};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// What the customer is asked to confirm.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirmation {
    /// The request that will be sent.
    pub request: PurchaseRequest,
    /// What calculate said this exact request costs, in cents.
    pub price: i64,
}

/// The state of the paying step; cheap to copy.
#[derive(Clone, Copy)]
pub struct Checkout {
    confirming: RwSignal<Option<Confirmation>>,
    failure: RwSignal<Option<PurchaseFailure>>,
    action: Action<PurchaseRequest, Result<PurchaseResult, ApiError>>,
    /// Set synchronously on the first click, so a double click cannot send twice.
    sent: StoredValue<bool>,
}

impl Checkout {
    /// A paying step; on success it toasts and opens the new order, on a refusal it calls
    /// `on_refused` (to re-read the wallet, say).
    pub fn new(on_refused: Callback<()>) -> Checkout {
        let toasts = use_toasts();
        let navigate = use_navigate();
        let checkout = Checkout {
            confirming: RwSignal::new(None),
            failure: RwSignal::new(None),
            action: Action::new_local(|request: &PurchaseRequest| {
                let request = request.clone();
                async move { api::orders::purchase(&request).await }
            }),
            sent: StoredValue::new(false),
        };
        Effect::new(move |_| match checkout.action.value().get() {
            None => {}
            Some(Ok(paid)) => {
                toasts.success(trf!(buy.paid, id = paid.order_id));
                navigate(&format!("/orders/{}", paid.order_id), Default::default());
            }
            Some(Err(error)) => {
                let failure = PurchaseFailure::of(&error);
                checkout.sent.set_value(false);
                checkout.confirming.set(None);
                if matches!(failure, PurchaseFailure::Refused(_)) {
                    on_refused.run(());
                }
                checkout.failure.set(Some(failure));
            }
        });
        checkout
    }

    /// Opens the confirmation for `confirmation`.
    pub fn open(self, confirmation: Confirmation) {
        if self.sent.get_value() {
            return;
        }
        self.failure.set(None);
        self.confirming.set(Some(confirmation));
    }

    /// The form changed: an open confirmation no longer matches it, and an old refusal no
    /// longer applies. A lost answer stays reported until the customer has checked.
    pub fn edited(self) {
        if self.sent.get_value() {
            return;
        }
        self.confirming.set(None);
        if matches!(self.failure.get_untracked(), Some(PurchaseFailure::Refused(_))) {
            self.failure.set(None);
        }
    }

    /// Sends the confirmed purchase, once.
    pub fn pay(self) {
        if self.sent.get_value() {
            return;
        }
        let Some(confirmation) = self.confirming.get_untracked() else { return };
        self.sent.set_value(true);
        self.action.dispatch(confirmation.request);
    }

    /// True while the purchase is on its way (tracked).
    pub fn paying(self) -> bool {
        self.action.pending().get()
    }

    /// True while a confirmation is open (tracked).
    pub fn is_open(self) -> bool {
        self.confirming.with(Option::is_some)
    }
}

/// The confirmation: what is bought, what is paid, and the Pay button.
#[component]
pub fn ConfirmPanel(checkout: Checkout) -> impl IntoView {
    move || {
        checkout.confirming.get().map(|c| {
            let price = intl::money(c.price);
            let label = trf!(buy.pay, price = price);
            // Keyboard and screen-reader users land on the step that just opened.
            let pay_button = NodeRef::<leptos::html::Button>::new();
            Effect::new(move |_| {
                if let Some(button) = pay_button.get() {
                    let _ = button.focus();
                }
            });
            view! {
                <section class="confirm-panel card" data-test="confirm-panel" aria-labelledby="confirm-heading">
                    <h2 id="confirm-heading">{tr!(buy.confirm)}</h2>
                    <p data-test="confirm-summary">{describe(&c.request)}</p>
                    <p class="confirm-total">
                        {tr!(buy.you_pay_1)} <strong data-test="confirm-price">{price}</strong> {tr!(buy.you_pay_2)}
                    </p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" data-test="pay" node_ref=pay_button
                            disabled=move || checkout.paying() aria-busy=move || checkout.paying().to_string()
                            on:click=move |_| checkout.pay()>
                            {move || if checkout.paying() { tr!(buy.paying).to_string() } else { label.clone() }}
                        </button>
                        <button type="button" class="btn btn-secondary" data-test="confirm-back"
                            disabled=move || checkout.paying() on:click=move |_| {
                                checkout.edited();
                                focus::focus_later("[data-test=buy]");
                            }>
                            {tr!(buy.change)}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

/// Why the last purchase did not go through, or that its outcome is unknown.
#[component]
pub fn CheckoutNotice(checkout: Checkout) -> impl IntoView {
    move || match checkout.failure.get() {
        None => ().into_any(),
        Some(PurchaseFailure::Refused(message)) => view! {
            <div class="notice notice-error" role="alert" data-test="purchase-error">
                <p class="notice-text">{tr!(buy.not_placed)} {message}</p>
            </div>
        }
        .into_any(),
        Some(PurchaseFailure::Unknown) => view! {
            <div class="notice notice-warn" role="alert" data-test="purchase-unknown">
                <p class="notice-text">
                    {tr!(buy.lost)}
                    <a href="/orders?status=all">{tr!(buy.open_list)}</a> "."
                </p>
            </div>
        }
        .into_any(),
    }
}
