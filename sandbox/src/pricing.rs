//! The product catalogue, prices, promo codes and cycle lengths.
//!
//! Everything here is pure data and pure functions: no state, no I/O. The routes
//! combine these rules with the store (stock, wallet) to validate and price orders.

/// How a product's purchase body is shaped (docs/API.md §4, the five shapes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Datacenter or ISP: location and cycle required, quantity = IPs.
    DcIsp,
    /// Standart or Premium residential: fixed `lifetime` cycle, quantity = GB.
    Residential,
    /// Unmetered residential: cycle required, no quantity.
    Unmetered,
    /// Generic body (mobile plans): cycle required, optional location, quantity.
    Generic,
}

/// One product of the catalogue.
#[derive(Debug)]
pub struct Product {
    /// Exact product name, as used in purchase bodies.
    pub name: &'static str,
    /// Short English description.
    pub description: &'static str,
    /// Allowed cycles with their unit price in cents, in catalogue order.
    pub cycles: &'static [(&'static str, i64)],
    /// Code used in `/proxies/available-count`, when the product has stock.
    pub stock_code: Option<&'static str>,
    /// Which purchase body the product takes.
    pub shape: Shape,
}

/// The catalogue, in the order `/proxies/products` lists it.
pub static PRODUCTS: [Product; 6] = [
    Product {
        name: "Datacenter Proxy",
        description: "Fast dedicated datacenter IPs, billed per IP.",
        cycles: &[("week", 60), ("monthly", 150), ("quarterly", 400)],
        stock_code: Some("dc"),
        shape: Shape::DcIsp,
    },
    Product {
        name: "ISP Proxy",
        description: "Static residential ISP IPs, billed per IP.",
        cycles: &[("week", 120), ("monthly", 300), ("quarterly", 800)],
        stock_code: Some("isp"),
        shape: Shape::DcIsp,
    },
    Product {
        name: "Standart Residential Proxy",
        description: "Rotating residential traffic, billed per GB, never expires.",
        cycles: &[("lifetime", 350)],
        stock_code: None,
        shape: Shape::Residential,
    },
    Product {
        name: "Premium Residential Proxy",
        description: "Premium rotating residential traffic with ISP targeting, billed per GB.",
        cycles: &[("lifetime", 600)],
        stock_code: None,
        shape: Shape::Residential,
    },
    Product {
        name: "Unmetered Residential proxy",
        description: "Unlimited residential traffic for a fixed period.",
        cycles: &[("day", 1500), ("week", 8000), ("monthly", 25000)],
        stock_code: None,
        shape: Shape::Unmetered,
    },
    Product {
        name: "Mobile Proxy",
        description: "4G/5G mobile IPs with rotation, billed per port.",
        cycles: &[("day", 400), ("week", 2200)],
        stock_code: Some("mobile"),
        shape: Shape::Generic,
    },
];

/// Largest quantity accepted in one order.
pub const MAX_QUANTITY: i64 = 10_000;

/// Finds a product by its exact name; returns its 0-based catalogue index too.
pub fn product_by_name(name: &str) -> Option<(usize, &'static Product)> {
    PRODUCTS.iter().enumerate().find(|(_, p)| p.name == name)
}

impl Product {
    /// Unit price of `cycle` in cents, or `None` when the cycle is not offered.
    pub fn unit_price(&self, cycle: &str) -> Option<i64> {
        self.cycles.iter().find(|(c, _)| *c == cycle).map(|(_, p)| *p)
    }

    /// Whether this product is Datacenter or ISP (cycle change, auto-renewal, proxies).
    pub fn is_dc_isp(&self) -> bool {
        self.shape == Shape::DcIsp
    }
}

/// Stable numeric id of a product's cycle: `(product index + 1) * 10 + cycle position + 1`.
pub fn cycle_id(product_idx: usize, cycle: &str) -> i64 {
    let pos = PRODUCTS.get(product_idx).and_then(|p| p.cycles.iter().position(|(c, _)| *c == cycle)).unwrap_or(0);
    (product_idx as i64 + 1) * 10 + pos as i64 + 1
}

/// Length of a cycle in seconds; `None` for `lifetime` (never expires).
pub fn cycle_seconds(cycle: &str) -> Option<i64> {
    let days = match cycle {
        "day" => 1,
        "week" => 7,
        "monthly" => 30,
        "quarterly" => 90,
        _ => return None,
    };
    Some(days * 86_400)
}

/// Checks a promo code against a cycle; returns the discount percent.
///
/// `None`, empty or blank codes mean "no promo" (0 %). Codes are compared
/// case-insensitively. Errors are the human 400 messages.
pub fn promo_percent(code: Option<&str>, cycle: &str) -> Result<i64, String> {
    let Some(code) = code.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(0);
    };
    match code.to_ascii_uppercase().as_str() {
        "SAVE10" => Ok(10),
        "MONTHLY20" if cycle == "monthly" => Ok(20),
        "MONTHLY20" => Err(format!("Promo code {code} is not valid for the {cycle} cycle")),
        "EXPIRED5" => Err(format!("Promo code {code} has expired")),
        _ => Err(format!("Promo code {code} is not valid")),
    }
}

/// Canonical stored form of a promo code (trimmed, upper-case), or `None` when blank.
pub fn normalize_promo(code: Option<&str>) -> Option<String> {
    code.map(str::trim).filter(|c| !c.is_empty()).map(str::to_ascii_uppercase)
}

/// A price breakdown, as `/orders/calculate` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    /// Unit price × quantity, before discount.
    pub original_price: i64,
    /// Original price minus the promo discount.
    pub final_price: i64,
    /// Promo discount in percent (0 when none).
    pub discount_percent: i64,
    /// Price of the add-ons.
    pub addons_price: i64,
    /// `final_price + addons_price`: what the wallet is charged.
    pub total_with_addons: i64,
}

/// Prices `quantity` units at `unit` cents with a `percent` discount and add-ons.
///
/// Discount = floor(original × percent / 100); final = original − discount.
pub fn quote(unit: i64, quantity: i64, percent: i64, addons_price: i64) -> Quote {
    let original = unit.saturating_mul(quantity);
    let discount = original.saturating_mul(percent) / 100;
    let final_price = original - discount;
    Quote {
        original_price: original,
        final_price,
        discount_percent: percent,
        addons_price,
        total_with_addons: final_price + addons_price,
    }
}

/// Formats cents as dollars, e.g. `1234` → `"$12.34"`.
pub fn dollars(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    format!("{sign}${}.{:02}", c / 100, c % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_lookup_and_prices() {
        let (idx, dc) = product_by_name("Datacenter Proxy").expect("dc");
        assert_eq!(idx, 0);
        assert_eq!(dc.unit_price("monthly"), Some(150));
        assert_eq!(dc.unit_price("day"), None);
        assert!(product_by_name("datacenter proxy").is_none());
        assert_eq!(product_by_name("Unmetered Residential proxy").map(|p| p.0), Some(4));
    }

    #[test]
    fn promo_rules() {
        assert_eq!(promo_percent(None, "week"), Ok(0));
        assert_eq!(promo_percent(Some("  "), "week"), Ok(0));
        assert_eq!(promo_percent(Some("SAVE10"), "day"), Ok(10));
        assert_eq!(promo_percent(Some("save10"), "day"), Ok(10));
        assert_eq!(promo_percent(Some("MONTHLY20"), "monthly"), Ok(20));
        assert_eq!(
            promo_percent(Some("MONTHLY20"), "week"),
            Err("Promo code MONTHLY20 is not valid for the week cycle".into())
        );
        assert_eq!(promo_percent(Some("EXPIRED5"), "week"), Err("Promo code EXPIRED5 has expired".into()));
        assert_eq!(promo_percent(Some("XYZ"), "week"), Err("Promo code XYZ is not valid".into()));
        assert_eq!(normalize_promo(Some(" save10 ")), Some("SAVE10".into()));
        assert_eq!(normalize_promo(Some("")), None);
    }

    #[test]
    fn discount_is_floored() {
        let q = quote(150, 10, 20, 0);
        assert_eq!((q.original_price, q.final_price), (1500, 1200));
        let q = quote(333, 1, 10, 100);
        assert_eq!(q.final_price, 300); // 33.3 discount floored to 33
        assert_eq!(q.total_with_addons, 400);
        assert_eq!(quote(60, 2, 0, 0).final_price, 120);
    }

    #[test]
    fn cycles_and_ids() {
        assert_eq!(cycle_seconds("week"), Some(7 * 86_400));
        assert_eq!(cycle_seconds("lifetime"), None);
        assert_eq!(cycle_id(0, "week"), 11);
        assert_eq!(cycle_id(0, "quarterly"), 13);
        assert_eq!(cycle_id(5, "day"), 61);
    }

    #[test]
    fn dollar_formatting() {
        assert_eq!(dollars(1234), "$12.34");
        assert_eq!(dollars(5), "$0.05");
        assert_eq!(dollars(50000), "$500.00");
    }
}
