//! The account reads that the profile and buy pages both show: the profile (e-mail,
//! wallet), the catalogue and the stock, as resources of the page that asks for them (a
//! request is aborted when its page goes). Not a page: a data store over `api::profile`.

use super::{client::Cancel, profile, ApiError};
use crate::models::{Product, Profile, StockEntry};
use leptos::prelude::*;

/// The profile, catalogue and stock, loading for the current page.
#[derive(Clone, Copy)]
pub struct Account {
    /// `/user/api/me`: e-mail, wallet balance, active orders.
    pub me: LocalResource<Result<Profile, ApiError>>,
    /// The products on sale.
    pub products: LocalResource<Result<Vec<Product>, ApiError>>,
    /// Stock per product and country.
    pub stock: LocalResource<Result<Vec<StockEntry>, ApiError>>,
}

impl Account {
    /// Starts the three reads for the current page.
    pub fn load() -> Account {
        let me = LocalResource::new(|| {
            let cancel = Cancel::on_cleanup();
            async move { profile::me(cancel).await }
        });
        let products = LocalResource::new(|| {
            let cancel = Cancel::on_cleanup();
            async move { profile::products(cancel).await }
        });
        let stock = LocalResource::new(|| {
            let cancel = Cancel::on_cleanup();
            async move { profile::stock(cancel).await }
        });
        Account { me, products, stock }
    }

    /// Reactive: the wallet balance in cents, once the profile is in.
    pub fn balance(self) -> Signal<Option<i64>> {
        Signal::derive(move || self.me.get().and_then(Result::ok).map(|p| p.wallet_balance))
    }
}
