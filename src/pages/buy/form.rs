//! The buy form of one product: its fields with their defaults (p0f slots for Datacenter and
//! ISP), the live price, stock and wallet checks, and the Buy button that opens the
//! confirmation.

use super::{
    checkout::{CheckoutNotice, PayStep},
    fields::{
        unit_label, AutoRenewal, CycleSelect, LocationSelect, P0fSlotsInput, ProductSelect, PromoInput, QuantityInput,
    },
    price_panel::PricePanel,
    summary::{StockLine, WalletLines},
    Checkout, Confirmation,
};
use crate::{
    components::live_quote::LiveQuote,
    logic::{
        buy,
        purchase::{FieldProblem, FormErrors, PurchaseForm, Requirement},
    },
    models::{Product, StockEntry},
};
use leptos::{ev::SubmitEvent, prelude::*};

/// The form for `product`, starting from sensible defaults: the first country in stock, the
/// first cycle, quantity 1, no promo code, no auto-renewal.
#[component]
pub fn BuyForm(
    /// The chosen product.
    product: Product,
    /// Names of every product, for the product list.
    names: Vec<String>,
    /// Stock of every product and country.
    stock: Vec<StockEntry>,
    /// Wallet balance in cents; `None` while unknown.
    #[prop(into)]
    balance: Signal<Option<i64>>,
    /// Called when the server refuses a purchase (the wallet may have changed).
    on_refused: Callback<()>,
) -> impl IntoView {
    let kind = product.name.clone();
    let countries = buy::countries(&stock, &kind);
    let location = RwSignal::new(buy::default_location(&kind, &countries));
    let cycle = RwSignal::new(product.cycles.first().cloned().unwrap_or_default());
    let quantity = RwSignal::new("1".to_string());
    let promo = RwSignal::new(String::new());
    let auto_renewal = RwSignal::new(false);
    let p0f_slots = RwSignal::new(String::new());

    let name = product.name.clone();
    let form = Memo::new(move |_| PurchaseForm {
        product: name.to_string(),
        location: location.get(),
        cycle: cycle.get(),
        quantity: quantity.get(),
        promo_code: promo.get(),
        auto_renewal: auto_renewal.get(),
        p0f_slots: p0f_slots.get(),
    });
    let cycles = product.cycles.clone();
    let checked = Memo::new(move |_| form.with(|f| f.validate(&cycles)));
    let request = Memo::new(move |_| checked.with(|c| c.as_ref().ok().cloned()));
    let errors = Memo::new(move |_| checked.with(|c| c.as_ref().err().cloned().unwrap_or_default()));
    let error = move |pick: fn(&FormErrors) -> Option<FieldProblem>| Signal::derive(move || errors.with(pick));

    let live = LiveQuote::purchase(request);
    let checkout = Checkout::new(on_refused);
    Effect::watch(move || form.track(), move |_, _, _| checkout.edited(), false);

    let place = Signal::derive(move || location.with(|l| (!l.is_empty()).then(|| l.clone())));
    let sold = kind.clone();
    let available = Memo::new(move |_| buy::available(&stock, &sold, place.get().as_deref()));
    let stock_problem = Signal::derive(move || {
        let quantity = request.with(|r| r.as_ref().and_then(|r| r.quantity));
        buy::stock_problem(available.get(), quantity, place.get().as_deref())
    });
    let price = Signal::derive(move || live.current().and_then(Result::ok).and_then(|q| q.payable()));
    let addons_price = Signal::derive(move || live.current().and_then(Result::ok).and_then(|q| q.addons_price));
    let balance_problem = Signal::derive(move || buy::balance_problem(price.get(), balance.get()));
    let ready = move || {
        request.with(Option::is_some)
            && price.with(Option::is_some)
            && stock_problem.with(Option::is_none)
            && balance_problem.with(Option::is_none)
    };
    let buy_disabled = move || !ready() || checkout.paying() || checkout.is_open();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if untrack(buy_disabled) {
            return;
        }
        if let (Some(request), Some(price)) = (request.get_untracked(), price.get_untracked()) {
            checkout.open(Confirmation { request, price, addons_price: addons_price.get_untracked() });
        }
    };

    let unit_of = kind.clone();
    let unit = Signal::derive(move || unit_label(&unit_of));
    view! {
        <form class="buy-form" on:submit=on_submit novalidate>
            <fieldset class="card buy-fields" disabled=move || checkout.paying()>
                <legend class="sr-only">{tx!(buy.your_order)}</legend>
                <ProductSelect names current=product.name.to_string() />
                {product.description.filter(|d| !d.trim().is_empty()).map(|d| view! {
                    <p class="muted product-description">{d}</p>
                })}
                {(kind.location() != Requirement::Absent).then(|| view! {
                    <LocationSelect countries optional=kind.location() == Requirement::Optional
                        value=location error=error(|e| e.location) />
                })}
                {if kind.has_cycle() {
                    view! { <CycleSelect cycles=product.cycles.clone() value=cycle error=error(|e| e.cycle) /> }
                        .into_any()
                } else {
                    view! { <p class="muted">{tx!(buy.lifetime)}</p> }.into_any()
                }}
                {kind.has_quantity().then(|| view! {
                    <QuantityInput unit value=quantity error=error(|e| e.quantity) />
                })}
                {kind.is_datacenter_or_isp().then(|| view! {
                    <P0fSlotsInput value=p0f_slots error=error(|e| e.p0f_slots) />
                })}
                <PromoInput value=promo error=error(|e| e.promo_code) />
                {kind.has_auto_renewal().then(|| view! { <AutoRenewal value=auto_renewal /> })}
            </fieldset>
            <div class="buy-side">
                <PricePanel quote=Signal::derive(move || live.shown()) loading=Signal::derive(move || live.loading()) />
                <div class="card buy-checks">
                    <StockLine available unit place problem=stock_problem />
                    <WalletLines balance price problem=balance_problem />
                </div>
                <CheckoutNotice checkout />
                <button type="submit" class="btn btn-primary buy-button" data-test="buy" disabled=buy_disabled>
                    {tx!(buy.buy)}
                </button>
                <PayStep checkout />
            </div>
        </form>
    }
}
