//! Buying: `/buy?product=…` opens the form for a product of the catalogue (the first one
//! when the URL names none or an unknown one), with stock and wallet loaded beside it.

use super::BuyForm;
use crate::{
    api::account::Account,
    components::{LoadError, Loaded},
    logic::buy::pick_product,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/buy`.
#[component]
pub fn BuyPage() -> impl IntoView {
    let query = use_query_map();
    let wanted = Memo::new(move |_| query.with(|q| q.get("product")));
    let account = Account::load();
    let Account { me, products, stock } = account;
    let balance = account.balance();
    let on_refused = Callback::new(move |()| me.refetch());

    view! {
        <h1 tabindex="-1">{tx!(buy.title)}</h1>
        <LoadError load=me />
        <Loaded load=(products, stock) lines=6 let:catalogue>
            {
                let (list, stock) = catalogue;
                let names: Vec<String> = list.iter().map(|p| p.name.to_string()).collect();
                // The form is made anew for each product, with that product's defaults.
                let chosen = Memo::new(move |_| wanted.with(|w| pick_product(&list, w.as_deref()).cloned()));
                move || match chosen.get() {
                    None => view! { <p class="muted">{tx!(buy.none_on_sale)}</p> }.into_any(),
                    Some(product) => view! {
                        <BuyForm product names=names.clone() stock=stock.clone() balance on_refused />
                    }
                    .into_any(),
                }
            }
        </Loaded>
    }
}
