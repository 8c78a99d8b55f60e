//! The account reads that the profile and buy pages both show: the profile (e-mail,
//! wallet), the catalogue and the stock, as resources of the page that asks for them (a
//! request is aborted when its page goes). Not a page: a data store over `api::profile`.

use super::{
    load::{load, Load},
    profile,
};
use crate::models::{Product, Profile, StockEntry};
use leptos::prelude::*;

/// The profile, catalogue and stock, loading for the current page.
#[derive(Clone, Copy)]
pub struct Account {
    /// `/user/api/me`: e-mail, wallet balance, active orders.
    pub me: Load<Profile>,
    /// The products on sale.
    pub products: Load<Vec<Product>>,
    /// Stock per product and country.
    pub stock: Load<Vec<StockEntry>>,
}

impl Account {
    /// Starts the three reads for the current page.
    pub fn load() -> Account {
        let me = load(profile::me);
        let products = load(profile::products);
        let stock = load(profile::stock);
        Account { me, products, stock }
    }

    /// Reactive: the wallet balance in cents, once the profile is in.
    pub fn balance(self) -> Signal<Option<i64>> {
        Signal::derive(move || self.me.get().and_then(Result::ok).map(|p| p.wallet_balance))
    }
}
