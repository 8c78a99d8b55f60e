//! The inputs of the buy form, one small component each, with their inline messages.
//! Every value is a signal owned by the form; every message comes from
//! [`PurchaseForm::validate`](crate::logic::purchase::PurchaseForm::validate).

use crate::{
    components::field_problem::problem_text,
    logic::{buy::Country, purchase::FieldProblem, query::encode_component},
    models::ProxyProduct,
};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// The product list; choosing one puts it in the URL (`/buy?product=…`), which re-opens
/// the form with that product's defaults.
#[component]
pub fn ProductSelect(names: Vec<String>, current: String) -> impl IntoView {
    let navigate = use_navigate();
    let on_change = move |ev| {
        let name = event_target_value(&ev);
        let options = NavigateOptions { replace: true, scroll: false, ..NavigateOptions::default() };
        navigate(&format!("/buy?product={}", encode_component(&name)), options);
    };
    view! {
        <label for="buy-product">{tx!(buy.product)}</label>
        <select id="buy-product" data-test="product-select" on:change=on_change>
            {names.into_iter().map(|name| {
                let (selected, value) = (name == current, name.clone());
                view! { <option value=value selected=selected>{name}</option> }
            }).collect_view()}
        </select>
    }
}

/// Countries from the stock; sold-out ones are listed but cannot be chosen. When the
/// location is optional, the first choice is "Any location".
#[component]
pub fn LocationSelect(
    countries: Vec<Country>,
    optional: bool,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<FieldProblem>>,
) -> impl IntoView {
    let nothing_in_stock = !optional && countries.iter().all(Country::sold_out);
    view! {
        <label for="buy-location">{tx!(buy.location)}</label>
        <select id="buy-location" data-test="location-select" aria-describedby="location-error"
            aria-invalid=move || error.with(Option::is_some).to_string()
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))>
            {(optional || nothing_in_stock).then(|| {
                let label = move || if optional { tr!(buy.any_location) } else { tr!(buy.choose_location) };
                view! { <option value="" selected=move || value.with(String::is_empty)>{label}</option> }
            })}
            {countries.into_iter().map(|c| {
                let (code, sold_out) = (c.code.clone(), c.sold_out());
                let shown = c.code.clone();
                let label = move || if sold_out { trf!(buy.sold_out_option, code = shown) } else { shown.clone() };
                let selected = move || value.with(|v| *v == code);
                view! { <option value=c.code disabled=sold_out selected=selected>{label}</option> }
            }).collect_view()}
        </select>
        {nothing_in_stock.then(|| view! {
            <p class="muted">{tx!(buy.sold_out_everywhere)}</p>
        })}
        <FieldError id="location-error" test="location-error" error />
    }
}

/// The billing cycles of the product.
#[component]
pub fn CycleSelect(
    cycles: Vec<String>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<FieldProblem>>,
) -> impl IntoView {
    view! {
        <label for="buy-cycle">{tx!(buy.cycle)}</label>
        <select id="buy-cycle" data-test="cycle-select" aria-describedby="cycle-error"
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))>
            {cycles.into_iter().map(|c| {
                let (this, option_value) = (c.clone(), c.clone());
                let selected = move || value.with(|v| *v == this);
                view! { <option value=option_value selected=selected>{c}</option> }
            }).collect_view()}
        </select>
        <FieldError id="cycle-error" test="cycle-error" error />
    }
}

/// How many units (IPs, GB, …). A text field, so that whatever is typed can be explained.
#[component]
pub fn QuantityInput(
    #[prop(into)] unit: Signal<&'static str>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<FieldProblem>>,
) -> impl IntoView {
    view! {
        <label for="buy-quantity">{tx!(buy.quantity)}</label>
        <div class="input-with-unit">
            <input id="buy-quantity" type="text" inputmode="numeric" autocomplete="off"
                data-test="quantity-input" aria-describedby="quantity-error"
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
            <span class="unit" data-test="quantity-unit">{move || unit.get()}</span>
        </div>
        <FieldError id="quantity-error" test="quantity-error" error />
    }
}

/// An optional promo code; the server decides whether it applies.
#[component]
pub fn PromoInput(value: RwSignal<String>, #[prop(into)] error: Signal<Option<FieldProblem>>) -> impl IntoView {
    view! {
        <label for="buy-promo">{tx!(buy.promo)} <span class="muted">{tx!(buy.optional)}</span></label>
        <input id="buy-promo" type="text" autocomplete="off" spellcheck="false" maxlength="64"
            data-test="promo-input" aria-describedby="promo-error"
            aria-invalid=move || error.with(Option::is_some).to_string()
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev)) />
        <FieldError id="promo-error" test="promo-error" error />
    }
}

/// p0f OS-fingerprint slots bought with a Datacenter or ISP order (optional, at most one per
/// IP); priced in the live quote as an add-on.
#[component]
pub fn P0fSlotsInput(value: RwSignal<String>, #[prop(into)] error: Signal<Option<FieldProblem>>) -> impl IntoView {
    view! {
        <label for="buy-p0f-slots">{tx!(buy.p0f_slots)} <span class="muted">{tx!(buy.optional)}</span></label>
        <input id="buy-p0f-slots" type="text" inputmode="numeric" autocomplete="off"
            data-test="p0f-slots-input" aria-describedby="p0f-slots-hint p0f-slots-error"
            aria-invalid=move || error.with(Option::is_some).to_string()
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev)) />
        <p class="hint muted" id="p0f-slots-hint">{tx!(buy.p0f_hint)}</p>
        <FieldError id="p0f-slots-error" test="p0f-slots-error" error />
    }
}

/// Whether the order renews itself from the wallet at the end of each cycle.
#[component]
pub fn AutoRenewal(value: RwSignal<bool>) -> impl IntoView {
    view! {
        <label class="checkbox">
            <input type="checkbox" data-test="auto-renewal"
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev)) />
            {tx!(buy.auto_renew)}
        </label>
    }
}

/// The inline message under a field; always present so the layout does not jump.
#[component]
fn FieldError(id: &'static str, test: &'static str, error: Signal<Option<FieldProblem>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id data-test=test aria-live="polite">
            {move || error.get().map(problem_text)}
        </p>
    }
}

/// What one unit of quantity of `product` is, in the current language.
pub fn unit_label(product: &ProxyProduct) -> &'static str {
    if product.is_per_gb() {
        tr!(buy.unit_gb)
    } else if product.is_datacenter_or_isp() {
        tr!(buy.unit_ips)
    } else {
        tr!(buy.unit_units)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::purchase::parse_quantity;

    #[test]
    fn problems_read_as_sentences() {
        let said = |raw: &str| parse_quantity(raw).err().map(problem_text);
        assert_eq!(said("-3"), Some("Quantity must be at least 1."));
        assert_eq!(said("99999999999999999999999"), Some("Quantity can be at most 10,000 per order."));
        assert_eq!(unit_label(&ProxyProduct::Datacenter), "IPs");
    }
}
