//! The buy page's rules, tested on the host: which product the URL asks for, which
//! countries can be chosen, and what must stop a purchase before anything is sent (as
//! typed problems that the views put into words).

use crate::models::{Product, ProxyProduct, Requirement, StockEntry};

/// The product the URL asks for (exact name, else the same name in another case), else the
/// first of the catalogue; `None` only for an empty catalogue.
pub fn pick_product<'a>(products: &'a [Product], wanted: Option<&str>) -> Option<&'a Product> {
    let wanted = wanted.map(str::trim).filter(|w| !w.is_empty());
    wanted
        .and_then(|w| {
            products
                .iter()
                .find(|p| p.name.as_str() == w)
                .or_else(|| products.iter().find(|p| p.name.as_str().eq_ignore_ascii_case(w)))
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
pub fn countries(stock: &[StockEntry], product: &ProxyProduct) -> Vec<Country> {
    let Some(code) = product.stock_code() else {
        return Vec::new();
    };
    let mut out: Vec<Country> = Vec::new();
    for entry in stock.iter().filter(|e| e.product == code.as_str()) {
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
pub fn default_location(product: &ProxyProduct, countries: &[Country]) -> String {
    match product.location() {
        Requirement::Required => countries.iter().find(|c| !c.sold_out()).map(|c| c.code.clone()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Units that can be bought for `product` at `location` (all countries when `None`);
/// `None` when the product is not sold from a per-country stock.
pub fn available(stock: &[StockEntry], product: &ProxyProduct, location: Option<&str>) -> Option<i64> {
    product.stock_code()?;
    let list = countries(stock, product);
    Some(match location {
        Some(l) => list.iter().find(|c| c.code == l).map_or(0, |c| c.amount.max(0)),
        None => list.iter().map(|c| c.amount.max(0)).sum(),
    })
}

/// The stock holds fewer units than asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StockShortfall {
    /// Units available.
    pub available: i64,
    /// The chosen country; `None` means all of them.
    pub place: Option<String>,
}

/// Why the quantity cannot be bought from the stock, if it cannot.
pub fn stock_problem(available: Option<i64>, quantity: Option<u32>, location: Option<&str>) -> Option<StockShortfall> {
    let (available, quantity) = (available?, i64::from(quantity?));
    (quantity > available).then(|| StockShortfall { available, place: location.map(str::to_string) })
}

/// The wallet holds less than the order costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BalanceShortfall {
    /// What the order costs, cents.
    pub price: i64,
    /// What the wallet holds, cents.
    pub balance: i64,
}

/// Why the wallet cannot pay `price`, if it cannot.
pub fn balance_problem(price: Option<i64>, balance: Option<i64>) -> Option<BalanceShortfall> {
    let (price, balance) = (price?, balance?);
    (price > balance).then_some(BalanceShortfall { price, balance })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (dc, isp, mobile) = (ProxyProduct::Datacenter, ProxyProduct::Isp, ProxyProduct::read("Mobile Proxy"));
        let dc_list = countries(&stock, &dc);
        assert_eq!(dc_list.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), ["US", "DE", "FR", "JP"]);
        assert!(dc_list[3].sold_out());
        assert_eq!(default_location(&dc, &dc_list), "US");
        assert_eq!(default_location(&isp, &countries(&stock, &isp)), "NL");
        assert_eq!(default_location(&mobile, &countries(&stock, &mobile)), "");
        assert!(countries(&stock, &ProxyProduct::PremiumResidential).is_empty());
        let sold_out = vec![Country { code: "JP".into(), amount: 0 }];
        assert_eq!(default_location(&dc, &sold_out), "");
    }

    #[test]
    fn available_per_country_or_in_total() {
        let stock = seed_stock();
        assert_eq!(available(&stock, &ProxyProduct::Datacenter, Some("DE")), Some(200));
        assert_eq!(available(&stock, &ProxyProduct::Datacenter, Some("XX")), Some(0));
        assert_eq!(available(&stock, &ProxyProduct::read("Mobile Proxy"), None), Some(35));
        assert_eq!(available(&stock, &ProxyProduct::StandartResidential, None), None);
    }

    #[test]
    fn stock_and_balance_problems() {
        assert_eq!(stock_problem(Some(40), Some(40), Some("FR")), None);
        assert_eq!(
            stock_problem(Some(40), Some(41), Some("FR")),
            Some(StockShortfall { available: 40, place: Some("FR".into()) })
        );
        assert_eq!(stock_problem(Some(35), Some(36), None), Some(StockShortfall { available: 35, place: None }));
        assert_eq!(stock_problem(None, Some(1_000), None), None);
        assert_eq!(stock_problem(Some(5), None, None), None);
        assert_eq!(balance_problem(Some(50_000), Some(50_000)), None);
        assert_eq!(
            balance_problem(Some(80_000), Some(50_000)),
            Some(BalanceShortfall { price: 80_000, balance: 50_000 })
        );
        assert_eq!(balance_problem(None, Some(1)), None);
        assert_eq!(balance_problem(Some(1), None), None);
    }
}
