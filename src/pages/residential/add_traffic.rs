//! Adding GB to a Standart or Premium order (`POST /orders/{id}/add-bandwidth`): which
//! order (the `order=` of the URL when it names one, so an order page can link here), how
//! many GB and a promo code, the price from calculate for exactly that (debounced, never
//! stale: the shared `LiveQuote`), a confirmation that repeats it, then one paying POST
//! through `use_write`. Afterwards the wallet, the orders and the traffic are read again.

use crate::{
    api::{self, load::load},
    components::{
        field_problem::problem_text,
        live_quote::LiveQuote,
        write::{use_write, ConfirmPanel, Write, WriteProblem},
    },
    i18n::intl,
    logic::{
        buy::balance_problem,
        purchase::{PurchaseForm, PurchaseRequest},
    },
    models::{Ack, ProxyProduct, ProxyType},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What one confirmed click sends.
#[derive(Clone, Debug, PartialEq)]
struct Purchase {
    order: i64,
    gb: u32,
    promo: Option<String>,
    price: i64,
}

/// The "Add traffic" card of a plan; `on_changed` re-reads the plan's traffic.
#[component]
pub fn AddTraffic(plan: ProxyType, on_changed: Callback<()>) -> impl IntoView {
    let query = use_query_map();
    let orders = load(move |cancel| api::orders::active_of(plan.into(), cancel));
    let me = load(api::profile::me);
    let balance = Signal::derive(move || me.get().and_then(Result::ok).map(|p| p.wallet_balance));
    let wanted = Memo::new(move |_| query.with(|q| q.get("order").and_then(|o| o.trim().parse::<i64>().ok())));
    let picked = RwSignal::new(None::<i64>);
    // The order GB go to: the one picked, else the URL's if it is one of the plan's, else the first.
    let order = Memo::new(move |_| {
        let list = orders.get().and_then(Result::ok).unwrap_or_default();
        let has = |id: i64| list.iter().any(|o| o.order_id == id);
        picked.get().filter(|id| has(*id)).or(wanted.get().filter(|id| has(*id))).or(list.first().map(|o| o.order_id))
    });
    let gb = RwSignal::new(String::new());
    let promo = RwSignal::new(String::new());
    let checked = Memo::new(move |_| {
        let form = PurchaseForm {
            product: ProxyProduct::from(plan).to_string(),
            quantity: gb.get(),
            promo_code: promo.get(),
            ..PurchaseForm::default()
        };
        form.validate(&[])
    });
    let request = Memo::new(move |_| checked.get().ok());
    let quote = LiveQuote::purchase(request);
    let price = Signal::derive(move || quote.current().and_then(Result::ok).and_then(|q| q.payable()));
    let short = Signal::derive(move || balance_problem(price.get(), balance.get()));
    let confirming = RwSignal::new(None::<Purchase>);

    let buy: Write<Purchase, Ack> = use_write(
        move |p: &Purchase| {
            let p = p.clone();
            async move { api::orders::add_bandwidth(p.order, p.gb, p.promo.as_deref()).await }
        },
        move |p, ack| ack.message.clone().unwrap_or_else(|| trf!(residential.added, gb = p.gb)),
        move || {
            confirming.set(None);
            gb.set(String::new());
            me.refetch();
            orders.refetch();
            on_changed.run(());
        },
    );
    let open_confirm = move |_| {
        buy.clear();
        let (Some(order), Some(Ok(req)), Some(price)) =
            (order.get_untracked(), Some(checked.get_untracked()), price.get_untracked())
        else {
            return;
        };
        let PurchaseRequest { quantity: Some(gb), promo_code, .. } = req else { return };
        confirming.set(Some(Purchase { order, gb, promo: promo_code, price }));
    };
    let locked = move || confirming.with(Option::is_some) || buy.pending().get();
    let field_problem =
        move |pick: fn(&crate::logic::purchase::FormErrors) -> Option<crate::logic::purchase::FieldProblem>| {
            move || {
                checked.with(|c| match c {
                    Err(e) => pick(e).map(problem_text),
                    Ok(_) => None,
                })
            }
        };

    view! {
        <section class="card add-traffic" aria-labelledby="add-traffic-heading" data-test="add-traffic" id="add-traffic">
            <h2 id="add-traffic-heading">{tx!(residential.add_traffic)}</h2>
            {move || match orders.get() {
                None => view! { <p class="muted">{tx!(common.loading)}</p> }.into_any(),
                Some(Err(e)) => view! {
                    <p class="field-error" role="alert">{e.message()}" "
                        <button type="button" class="btn btn-ghost btn-small" on:click=move |_| orders.refetch()>
                            {tx!(common.try_again)}
                        </button>
                    </p>
                }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! {
                    <p class="muted" data-test="add-traffic-none">{tx!(residential.add_no_order)}</p>
                }.into_any(),
                Some(Ok(list)) => view! {
                    <div class="gen-field">
                        <label for="add-order">{tx!(residential.add_order)}</label>
                        <select id="add-order" data-test="add-order" disabled=locked
                            on:change=move |ev| picked.set(event_target_value(&ev).parse().ok())>
                            {list.into_iter().map(|o| {
                                let id = o.order_id;
                                let label = match o.tag.as_deref().filter(|t| !t.is_empty()) {
                                    Some(tag) => format!("#{id} · {tag}"),
                                    None => format!("#{id}"),
                                };
                                view! { <option value=id.to_string() selected=move || order.get() == Some(id)>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }.into_any(),
            }}
            <div class="gen-grid">
                <div class="gen-field">
                    <label for="add-gb">{tx!(residential.add_gb)}</label>
                    <input id="add-gb" data-test="add-gb" inputmode="numeric" autocomplete="off" size="6"
                        disabled=locked prop:value=move || gb.get() on:input=move |ev| gb.set(event_target_value(&ev)) />
                    <p class="field-error" data-test="add-gb-error" aria-live="polite">
                        {move || (!gb.with(|g| g.trim().is_empty())).then(field_problem(|e| e.quantity)).flatten()}
                    </p>
                </div>
                <div class="gen-field">
                    <label for="add-promo">{tx!(buy.promo)}</label>
                    <input id="add-promo" data-test="add-promo" autocomplete="off" disabled=locked
                        prop:value=move || promo.get() on:input=move |ev| promo.set(event_target_value(&ev)) />
                    <p class="field-error" data-test="add-promo-error" aria-live="polite">{field_problem(|e| e.promo_code)}</p>
                </div>
            </div>
            <p class="muted" aria-live="polite" data-test="add-price-line">
                {move || request.get().map(|r| match quote.current() {
                    None => view! { <span>{tr!(cycle.working)}</span> }.into_any(),
                    Some(Err(e)) => view! { <span data-test="add-price-error">{trf!(residential.add_no_price, error = e)}</span> }.into_any(),
                    Some(Ok(q)) => view! {
                        <span>{trf!(residential.add_price_for, gb = r.quantity.unwrap_or(0))}</span>" "
                        <strong data-test="add-price">{q.payable().map(intl::money).unwrap_or_default()}</strong>
                    }.into_any(),
                })}
            </p>
            {move || balance.get().map(|b| view! {
                <p class="muted">{tr!(residential.wallet)}" "<span data-test="add-wallet">{intl::money(b)}</span></p>
            })}
            {move || short.get().map(|s| view! {
                <p class="field-error" role="alert" data-test="add-short">
                    {trf!(residential.add_short, price = intl::money(s.price), balance = intl::money(s.balance))}
                </p>
            })}
            <button type="button" class="btn btn-secondary" data-test="add-traffic-open" on:click=open_confirm
                disabled=move || locked() || order.get().is_none() || price.get().is_none() || short.get().is_some()>
                {tx!(residential.add_button)}
            </button>
            {move || confirming.get().map(|p| view! {
                <ConfirmPanel test="add-traffic" pending=buy.pending() go=|| tr!(p0f.pay) going=|| tr!(p0f.buying)
                    on_confirm=Callback::new(move |()| {
                        if let Some(p) = confirming.get_untracked() { buy.run(p) }
                    })
                    on_cancel=Callback::new(move |()| confirming.set(None))>
                    <p class="confirm-title">{trf!(residential.add_confirm, gb = p.gb, id = p.order)}</p>
                    <p>{tr!(p0f.confirm_price)}" "<strong data-test="add-confirm-price">{intl::money(p.price)}</strong></p>
                </ConfirmPanel>
            })}
            <WriteProblem error=Signal::derive(move || buy.error()) test="add-traffic"
                lost=|| tr!(residential.add_lost) failed=|e| trf!(residential.add_failed, error = e) />
        </section>
    }
}
