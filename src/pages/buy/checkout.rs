//! The paying step: a confirmation showing exactly the price calculated for exactly the
//! request being sent, then one `POST /orders/purchase` through
//! [`use_write`](crate::components::write::use_write). Never retried: a lost answer is
//! reported as unknown, with a link to check the orders.

use crate::{
    api,
    components::write::{use_write, ConfirmPanel, Focus, Look, Write},
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
    /// The purchase. Its [`Write::error`] is why the last one failed; a lost answer
    /// ([`ApiError::outcome_unknown`](crate::api::ApiError::outcome_unknown)) means the
    /// order may or may not exist.
    purchase: Write<PurchaseRequest, PurchaseResult>,
    /// Set once the server placed the order: nothing opens or sends again while the page
    /// moves on to it.
    placed: StoredValue<bool>,
}

impl Checkout {
    /// A paying step; on success it toasts and opens the new order, on a refusal it calls
    /// `on_refused` (to re-read the wallet, say).
    pub fn new(on_refused: Callback<()>) -> Checkout {
        let navigate = use_navigate();
        let confirming = RwSignal::new(None::<Confirmation>);
        let placed = StoredValue::new(false);
        let purchase = use_write(
            |request: &PurchaseRequest| {
                let request = request.clone();
                async move { api::orders::purchase(&request).await }
            },
            move |_, paid: &PurchaseResult| {
                placed.set_value(true);
                navigate(&format!("/orders/{}", paid.order_id), Default::default());
                trf!(buy.paid, id = paid.order_id)
            },
            // The answer was lost: the confirmation closes, and the notice says to check.
            move || {
                if !placed.get_value() {
                    confirming.set(None);
                }
            },
        )
        .on_refused(move || {
            confirming.set(None);
            on_refused.run(());
        })
        .without_lost_toast();
        Checkout { confirming, purchase, placed }
    }

    /// True while a purchase is on its way or once one went through (not tracked).
    fn locked(self) -> bool {
        self.placed.get_value() || self.purchase.pending().get_untracked()
    }

    /// Opens the confirmation for `confirmation`.
    pub fn open(self, confirmation: Confirmation) {
        if self.locked() {
            return;
        }
        self.purchase.clear();
        self.confirming.set(Some(confirmation));
    }

    /// The form changed: an open confirmation no longer matches it, and an old refusal no
    /// longer applies. A lost answer stays reported until the customer has checked.
    pub fn edited(self) {
        if self.locked() {
            return;
        }
        self.confirming.set(None);
        if untrack(|| self.purchase.error()).is_some_and(|e| !e.outcome_unknown()) {
            self.purchase.clear();
        }
    }

    /// Sends the confirmed purchase, once.
    pub fn pay(self) {
        if self.locked() {
            return;
        }
        let Some(confirmation) = self.confirming.get_untracked() else { return };
        self.purchase.run(confirmation.request);
    }

    /// True while the purchase is on its way (tracked).
    pub fn paying(self) -> bool {
        self.purchase.pending().get()
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

/// The confirmation: what is bought, what is paid, and the Pay button, which takes the
/// focus as the step opens; "Change" closes it and gives the focus back to Buy.
#[component]
pub fn PayStep(checkout: Checkout) -> impl IntoView {
    move || {
        checkout.confirming.get().map(|c| {
            let price = intl::money(c.price);
            view! {
                <ConfirmPanel test="confirm" look=Look::Card labelled_by="confirm-heading" focus=Focus::Confirm
                    confirm_test="pay" cancel_test="confirm-back" pending=checkout.purchase.pending()
                    go=trf!(buy.pay, price = price) going=|| tr!(buy.paying) back=|| tr!(buy.change)
                    on_confirm=Callback::new(move |()| checkout.pay())
                    on_cancel=Callback::new(move |()| {
                        checkout.edited();
                        focus::focus_later("[data-test=buy]");
                    })>
                    <h2 id="confirm-heading">{tr!(buy.confirm)}</h2>
                    <p data-test="confirm-summary">{describe(&c.request)}</p>
                    <p class="confirm-total">
                        {tr!(buy.you_pay_1)} <strong data-test="confirm-price">{price}</strong> {tr!(buy.you_pay_2)}
                    </p>
                    {c.addons_price.filter(|a| *a > 0 && c.request.p0f_slots > 0).map(|a| view! {
                        <p>{tr!(buy.confirm_addons)} " " <span data-test="confirm-addons">{intl::money(a)}</span></p>
                    })}
                </ConfirmPanel>
            }
        })
    }
}

/// Why the last purchase did not go through, or that its outcome is unknown.
#[component]
pub fn CheckoutNotice(checkout: Checkout) -> impl IntoView {
    move || match checkout.purchase.error() {
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
