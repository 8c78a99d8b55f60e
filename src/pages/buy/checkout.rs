//! The paying step: a confirmation showing exactly the price calculated for exactly the
//! request being sent, then one `POST /orders/purchase`. Never retried: a lost answer is
//! reported as unknown, with a link to check the orders.

use crate::{
    api::{self, ApiError},
    components::use_toasts,
    i18n::intl,
    logic::purchase::{PurchaseRequest, Requirement},
    models::PurchaseResult,
    web::focus,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_navigate};

/// What the customer is asked to confirm.
#[derive(Clone, Debug, PartialEq)]
pub struct Confirmation {
    /// The request that will be sent.
    pub request: PurchaseRequest,
    /// What calculate said this exact request costs, in cents (`total_with_addons` when the
    /// order has add-ons).
    pub price: i64,
    /// The part of `price` that pays for add-ons, when calculate gave one.
    pub addons_price: Option<i64>,
}

/// The state of the paying step; cheap to copy.
#[derive(Clone, Copy)]
pub struct Checkout {
    confirming: RwSignal<Option<Confirmation>>,
    /// Why the last purchase failed; a lost answer ([`ApiError::outcome_unknown`]) means the
    /// order may or may not exist.
    failure: RwSignal<Option<ApiError>>,
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
                checkout.sent.set_value(false);
                checkout.confirming.set(None);
                if !error.outcome_unknown() {
                    on_refused.run(());
                }
                checkout.failure.set(Some(error));
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
        if self.failure.with_untracked(|f| f.as_ref().is_some_and(|e| !e.outcome_unknown())) {
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

/// One line saying what is being bought, for the confirmation step.
pub fn describe(request: &PurchaseRequest) -> String {
    let mut head = match request.quantity {
        Some(q) => {
            trf!(buy.describe_qty, q = q, unit = super::fields::unit_label(&request.product), product = request.product)
        }
        None => request.product.to_string(),
    };
    match &request.location {
        Some(l) => head.push_str(&trf!(buy.in_place, place = l)),
        None if request.product.location() == Requirement::Optional => head.push_str(tr!(buy.in_any)),
        None => {}
    }
    let mut parts = vec![head];
    if let Some(c) = &request.cycle {
        parts.push(trf!(buy.describe_cycle, cycle = c));
    }
    if let Some(p) = &request.promo_code {
        parts.push(trf!(buy.describe_promo, promo = p));
    }
    if request.product.has_auto_renewal() {
        parts.push(if request.auto_renewal { tr!(buy.auto_on) } else { tr!(buy.auto_off) }.to_string());
    }
    if request.p0f_slots > 0 {
        parts.push(trf!(buy.describe_slots, n = request.p0f_slots));
    }
    parts.join(", ")
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
                    {c.addons_price.filter(|a| *a > 0 && c.request.p0f_slots > 0).map(|a| view! {
                        <p>{tr!(buy.confirm_addons)} " " <span data-test="confirm-addons">{intl::money(a)}</span></p>
                    })}
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
        // The server answered and said no: nothing was charged.
        Some(refused) if !refused.outcome_unknown() => view! {
            <div class="notice notice-error" role="alert" data-test="purchase-error">
                <p class="notice-text">{tr!(buy.not_placed)} {refused.message()}</p>
            </div>
        }
        .into_any(),
        Some(_) => view! {
            <div class="notice notice-warn" role="alert" data-test="purchase-unknown">
                <p class="notice-text">
                    {tr!(buy.lost)}
                    <A href="/orders?status=all">{tr!(buy.open_list)}</A> "."
                </p>
            </div>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::purchase::PurchaseForm;

    #[test]
    fn description_of_a_request() {
        let form = PurchaseForm {
            product: "Datacenter Proxy".into(),
            location: "DE".into(),
            cycle: "monthly".into(),
            quantity: "10".into(),
            promo_code: "SAVE10".into(),
            auto_renewal: true,
            p0f_slots: "4".into(),
        };
        let req = form.validate(&["monthly".to_string()]).expect("valid");
        assert_eq!(
            describe(&req),
            "10 IPs of Datacenter Proxy in DE, billing cycle monthly, promo code SAVE10, auto-renewal on, 4 p0f slots"
        );
        let form = PurchaseForm {
            product: "Premium Residential Proxy".into(),
            quantity: "3".into(),
            ..PurchaseForm::default()
        };
        let req = form.validate(&[]).expect("valid");
        assert_eq!(describe(&req), "3 GB of Premium Residential Proxy");
    }
}
