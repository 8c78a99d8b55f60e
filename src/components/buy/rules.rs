//! The buy page's rules as pure functions, tested on the host: which product the URL asks
//! for, which countries can be chosen, what must stop a purchase before anything is sent,
//! and what a failed purchase means for the customer.

use crate::models::{Product, StockEntry};
use crate::{
    api::ApiError,
    logic::purchase::{stock_code, ProductKind, PurchaseRequest, Requirement},
    state::intl,
};

/// The product the URL asks for (exact name, else the same name in another case), else the
/// first of the catalogue; `None` only for an empty catalogue.
pub fn pick_product<'a>(products: &'a [Product], wanted: Option<&str>) -> Option<&'a Product> {
    let wanted = wanted.map(str::trim).filter(|w| !w.is_empty());
    wanted
        .and_then(|w| {
            products.iter().find(|p| p.name == w).or_else(|| products.iter().find(|p| p.name.eq_ignore_ascii_case(w)))
        })
        .or_else(|| products.first())
}

/// A country of the location list with its stock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// Country code as the API spells it, e.g. `DE`.
    pub code: String,
    /// Units in stock; zero or less is sold out.
    pub amount: i64,
}

impl Country {
    /// True when nothing can be bought here.
    pub fn sold_out(&self) -> bool {
        self.amount <= 0
    }
}

/// The countries the stock lists for a product, in the server's order, each once.
pub fn countries(stock: &[StockEntry], product: &str) -> Vec<Country> {
    let Some(code) = stock_code(product) else {
        return Vec::new();
    };
    let mut out: Vec<Country> = Vec::new();
    for entry in stock.iter().filter(|e| e.product == code) {
        let country = entry.country.trim();
        if country.is_empty() || out.iter().any(|c| c.code == country) {
            continue;
        }
        out.push(Country { code: country.to_string(), amount: entry.amount });
    }
    out
}

/// The location to start with: the first country in stock when a location is required,
/// "any location" (empty) when it is optional or absent.
pub fn default_location(kind: ProductKind, countries: &[Country]) -> String {
    match kind.location() {
        Requirement::Required => countries.iter().find(|c| !c.sold_out()).map(|c| c.code.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Units that can be bought for `product` at `location` (all countries when `None`);
/// `None` when the product is not sold from a per-country stock.
pub fn available(stock: &[StockEntry], product: &str, location: Option<&str>) -> Option<i64> {
    stock_code(product)?;
    let list = countries(stock, product);
    Some(match location {
        Some(l) => list.iter().find(|c| c.code == l).map_or(0, |c| c.amount.max(0)),
        None => list.iter().map(|c| c.amount.max(0)).sum(),
    })
}

/// Why the quantity cannot be bought from the stock, if it cannot.
pub fn stock_problem(available: Option<i64>, quantity: Option<u32>, location: Option<&str>) -> Option<String> {
    let (available, quantity) = (available?, i64::from(quantity?));
    if quantity <= available {
        return None;
    }
    Some(match location {
        Some(place) => trf!(buy.no_stock_in, available = available, place = place),
        None => trf!(buy.no_stock_all, available = available),
    })
}

/// Why the wallet cannot pay `price`, if it cannot.
pub fn balance_problem(price: Option<i64>, balance: Option<i64>) -> Option<String> {
    let (price, balance) = (price?, balance?);
    (price > balance).then(|| trf!(buy.no_balance, price = intl::money(price), balance = intl::money(balance)))
}

/// One line saying what is being bought, for the confirmation step.
pub fn describe(request: &PurchaseRequest) -> String {
    let mut head = match request.quantity {
        Some(q) => trf!(buy.describe_qty, q = q, unit = request.kind.quantity_unit(), product = request.product),
        None => request.product.clone(),
    };
    match &request.location {
        Some(l) => head.push_str(&trf!(buy.in_place, place = l)),
        None if request.kind.location() == Requirement::Optional => head.push_str(tr!(buy.in_any)),
        None => {}
    }
    let mut parts = vec![head];
    if let Some(c) = &request.cycle {
        parts.push(trf!(buy.describe_cycle, cycle = c));
    }
    if let Some(p) = &request.promo_code {
        parts.push(trf!(buy.describe_promo, promo = p));
    }
    if request.kind.has_auto_renewal() {
        parts.push(if request.auto_renewal { tr!(buy.auto_on) } else { tr!(buy.auto_off) }.to_string());
    }
    parts.join(", ")
}

/// What a failed purchase means for the customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PurchaseFailure {
    /// The server answered and said no: nothing was charged. The text says why.
    Refused(String),
    /// The answer was lost or unreadable: the order may or may not exist.
    Unknown,
}

impl PurchaseFailure {
    /// Classifies an error of the purchase POST. Only answers in which the server clearly
    /// refused count as refusals; anything that may have happened after the server took
    /// the order is unknown.
    pub fn of(error: &ApiError) -> PurchaseFailure {
        match error {
            ApiError::Timeout
            | ApiError::Network
            | ApiError::Cancelled
            | ApiError::Decode
            | ApiError::Server { .. } => PurchaseFailure::Unknown,
            other => PurchaseFailure::Refused(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::purchase::PurchaseForm;

    fn product(name: &str) -> Product {
        Product { name: name.into(), description: None, location: None, cycles: vec!["week".into()] }
    }

    fn entry(product: &str, country: &str, amount: i64) -> StockEntry {
        StockEntry { country: country.into(), product: product.into(), amount }
    }

    fn seed_stock() -> Vec<StockEntry> {
        vec![
            entry("dc", "US", 500),
            entry("dc", "DE", 200),
            entry("dc", "FR", 40),
            entry("dc", "JP", 0),
            entry("isp", "US", 0),
            entry("isp", "NL", 10),
            entry("mobile", "US", 25),
            entry("mobile", "DE", 10),
        ]
    }

    #[test]
    fn url_product_is_picked_or_falls_back_to_the_first() {
        let list = vec![product("Datacenter Proxy"), product("ISP Proxy")];
        assert_eq!(pick_product(&list, Some("ISP Proxy")).map(|p| p.name.as_str()), Some("ISP Proxy"));
        assert_eq!(pick_product(&list, Some("isp proxy")).map(|p| p.name.as_str()), Some("ISP Proxy"));
        for wanted in [None, Some(""), Some("Nope"), Some("<script>")] {
            assert_eq!(pick_product(&list, wanted).map(|p| p.name.as_str()), Some("Datacenter Proxy"));
        }
        assert!(pick_product(&[], Some("ISP Proxy")).is_none());
    }

    #[test]
    fn countries_follow_the_stock_code_and_default_to_the_first_in_stock() {
        let stock = seed_stock();
        let dc = countries(&stock, "Datacenter Proxy");
        assert_eq!(dc.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), ["US", "DE", "FR", "JP"]);
        assert!(dc[3].sold_out());
        assert_eq!(default_location(ProductKind::DatacenterOrIsp, &dc), "US");
        let isp = countries(&stock, "ISP Proxy");
        assert_eq!(default_location(ProductKind::DatacenterOrIsp, &isp), "NL");
        let mobile = countries(&stock, "Mobile Proxy");
        assert_eq!(default_location(ProductKind::Generic, &mobile), "");
        assert!(countries(&stock, "Premium Residential Proxy").is_empty());
        let sold_out = vec![Country { code: "JP".into(), amount: 0 }];
        assert_eq!(default_location(ProductKind::DatacenterOrIsp, &sold_out), "");
    }

    #[test]
    fn available_per_country_or_in_total() {
        let stock = seed_stock();
        assert_eq!(available(&stock, "Datacenter Proxy", Some("DE")), Some(200));
        assert_eq!(available(&stock, "Datacenter Proxy", Some("XX")), Some(0));
        assert_eq!(available(&stock, "Mobile Proxy", None), Some(35));
        assert_eq!(available(&stock, "Standart Residential Proxy", None), None);
    }

    #[test]
    fn stock_and_balance_problems() {
        assert_eq!(stock_problem(Some(40), Some(40), Some("FR")), None);
        let p = stock_problem(Some(40), Some(41), Some("FR")).expect("flagged");
        assert!(p.starts_with("Not enough stock: 40 available in FR."), "{p}");
        assert!(stock_problem(Some(35), Some(36), None).is_some_and(|p| p.contains("across all")));
        assert_eq!(stock_problem(None, Some(1_000), None), None);
        assert_eq!(stock_problem(Some(5), None, None), None);
        assert_eq!(balance_problem(Some(50_000), Some(50_000)), None);
        let b = balance_problem(Some(80_000), Some(50_000)).expect("flagged");
        assert!(b.starts_with("Not enough balance: the order costs $800.00, the wallet holds $500.00."), "{b}");
        assert_eq!(balance_problem(None, Some(1)), None);
        assert_eq!(balance_problem(Some(1), None), None);
    }

    #[test]
    fn description_of_a_request() {
        let form = PurchaseForm {
            product: "Datacenter Proxy".into(),
            location: "DE".into(),
            cycle: "monthly".into(),
            quantity: "10".into(),
            promo_code: "SAVE10".into(),
            auto_renewal: true,
        };
        let req = form.validate(&["monthly".to_string()]).expect("valid");
        assert_eq!(
            describe(&req),
            "10 IPs of Datacenter Proxy in DE, billing cycle monthly, promo code SAVE10, auto-renewal on"
        );
        let form = PurchaseForm {
            product: "Premium Residential Proxy".into(),
            quantity: "3".into(),
            ..PurchaseForm::default()
        };
        let req = form.validate(&[]).expect("valid");
        assert_eq!(describe(&req), "3 GB of Premium Residential Proxy");
    }

    #[test]
    fn purchase_failures() {
        let refused = PurchaseFailure::of(&ApiError::Rejected("Not enough stock: 40 available in FR".into()));
        assert_eq!(refused, PurchaseFailure::Refused("Not enough stock: 40 available in FR".into()));
        assert!(matches!(
            PurchaseFailure::of(&ApiError::RateLimited { retry_after_secs: None }),
            PurchaseFailure::Refused(_)
        ));
        for lost in [ApiError::Timeout, ApiError::Network, ApiError::Decode, ApiError::Server { status: 502 }] {
            assert_eq!(PurchaseFailure::of(&lost), PurchaseFailure::Unknown, "{lost:?}");
        }
    }
}
