//! What the order means for stock and wallet: units available where it is bought, the
//! balance before and after, and the flags that stop a purchase before anything is sent.

use crate::{
    components::Money,
    i18n::intl,
    logic::buy::{BalanceShortfall, StockShortfall},
};
use leptos::prelude::*;

/// Stock for the chosen product and country; the flag replaces it when the quantity is
/// larger. Nothing is shown for products without a per-country stock.
#[component]
pub fn StockLine(
    /// Units available; `None` when the product is not limited by stock.
    #[prop(into)]
    available: Signal<Option<i64>>,
    /// The unit, e.g. `IPs`, in the current language.
    #[prop(into)]
    unit: Signal<&'static str>,
    /// The chosen country; `None` means all of them.
    #[prop(into)]
    place: Signal<Option<String>>,
    /// Why the quantity cannot be bought, if it cannot.
    #[prop(into)]
    problem: Signal<Option<StockShortfall>>,
) -> impl IntoView {
    move || {
        let n = available.get()?;
        Some(match problem.get() {
            Some(StockShortfall { available, place }) => {
                let text = match place {
                    Some(place) => trf!(buy.no_stock_in, available = available, place = place),
                    None => trf!(buy.no_stock_all, available = available),
                };
                view! { <p class="stock flagged" role="alert" data-test="stock">{text}</p> }.into_any()
            }
            None => {
                let text = match place.get() {
                    Some(place) => trf!(buy.stock_in, n = n, unit = unit.get(), place = place),
                    None => trf!(buy.stock_all, n = n, unit = unit.get()),
                };
                view! { <p class="stock" data-test="stock">{text}</p> }.into_any()
            }
        })
    }
}

/// Wallet balance now and after this order, with the flag when it is not enough.
#[component]
pub fn WalletLines(
    /// Balance in cents; `None` while unknown.
    #[prop(into)]
    balance: Signal<Option<i64>>,
    /// What this order costs, when calculated for the current input.
    #[prop(into)]
    price: Signal<Option<i64>>,
    /// Why the wallet cannot pay, if it cannot.
    #[prop(into)]
    problem: Signal<Option<BalanceShortfall>>,
) -> impl IntoView {
    let amount = |cents: Option<i64>| match cents {
        Some(c) => view! { <Money cents=c /> }.into_any(),
        None => view! { <span class="muted">"—"</span> }.into_any(),
    };
    let after = move || Some(balance.get()? - price.get()?);
    view! {
        <dl class="wallet-lines">
            <dt>{tx!(buy.wallet)}</dt>
            <dd data-test="wallet-balance">{move || amount(balance.get())}</dd>
            <dt>{tx!(buy.after)}</dt>
            <dd data-test="wallet-after" class:negative=move || after().is_some_and(|a| a < 0)>
                {move || amount(after())}
            </dd>
        </dl>
        {move || problem.get().map(|BalanceShortfall { price, balance }| view! {
            <p class="flagged" role="alert" data-test="balance-error">
                {trf!(buy.no_balance, price = intl::money(price), balance = intl::money(balance))}
            </p>
        })}
    }
}
