//! The sandbox's two accounts: the demo account (the `--api-key`, all the seeded orders and
//! residential traffic) and a second demo account ([`SECOND_DEMO_API_KEY`]) that never bought
//! residential traffic, for the "resident not set" answers.
//!
//! The API middleware runs each handler inside [`scope`] with the caller's account, so
//! `AppState::lock` hands the handler that account's store without the handlers knowing
//! about accounts. Outside a scope (the library accessors, the request log) it is the demo
//! account.

use std::collections::BTreeMap;
use std::future::Future;

use crate::clock::DAY;
use crate::config::SECOND_DEMO_EMAIL;
use crate::residential::Residential;
use crate::seed::gen_proxies;
use crate::state::{Order, Status, Store};

pub use crate::config::SECOND_DEMO_API_KEY;

/// Starting wallet of the second demo account, in cents ($100.00).
pub const SECOND_WALLET: i64 = 10_000;

/// Which account a request belongs to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Account {
    /// The demo account (`--api-key`, by default `DEMO_API_KEY`).
    #[default]
    Demo,
    /// The second demo account, without residential orders.
    Second,
}

tokio::task_local! {
    static CURRENT: Account;
}

/// The account of an API key, if the key is known. `demo_key` wins if both are equal.
pub fn for_key(key: &str, demo_key: &str) -> Option<Account> {
    if key == demo_key {
        Some(Account::Demo)
    } else if key == SECOND_DEMO_API_KEY {
        Some(Account::Second)
    } else {
        None
    }
}

/// Runs `fut` as `account`.
pub async fn scope<F: Future>(account: Account, fut: F) -> F::Output {
    CURRENT.scope(account, fut).await
}

/// The account of the running handler (the demo account outside [`scope`]).
pub fn current() -> Account {
    CURRENT.try_with(|a| *a).unwrap_or_default()
}

/// The second account's store: $100.00, a Datacenter order (2001) and an unmetered
/// residential one (2002), no Standart or Premium traffic.
pub fn second_store(seed: u64, now: i64) -> Store {
    let base = |id: i64, product: usize, cycle: &str, quantity: i64, price_paid: i64, location: Option<&str>| Order {
        id,
        product,
        cycle: cycle.to_string(),
        quantity,
        price_paid,
        status: Status::Active,
        created_at: now - 10 * DAY,
        expires_at: Some(now + 4 * DAY),
        promo_code: None,
        auto_renewal: Some(false),
        tag: None,
        location: location.map(str::to_string),
        addons_price_paid: 0,
        p0f_slots: 0,
        p0f_next: None,
        proxies: Vec::new(),
    };
    let mut dc = base(2001, 0, "week", 2, 120, Some("US"));
    dc.proxies = gen_proxies(seed, 2001, 0, 2);
    let unmetered = base(2002, 4, "week", 1, 8000, None);
    let orders: BTreeMap<i64, Order> = [dc, unmetered].into_iter().map(|o| (o.id, o)).collect();
    Store {
        email: SECOND_DEMO_EMAIL.to_string(),
        wallet: SECOND_WALLET,
        orders,
        stock: crate::seed::stock(),
        next_id: 2003,
        seed,
        log: Vec::new(),
        residential: Residential::empty(seed ^ 2),
    }
}
