//! Host tests of the purchase form: validation, the product shapes, and what is sent.

use super::*;
use crate::models::StockCode;

fn cycles(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn form(product: &str) -> PurchaseForm {
    PurchaseForm {
        product: product.into(),
        location: "DE".into(),
        cycle: "monthly".into(),
        quantity: "5".into(),
        promo_code: String::new(),
        auto_renewal: true,
        p0f_slots: String::new(),
    }
}

#[test]
fn quantities() {
    assert_eq!(parse_quantity(" 12 "), Ok(12));
    for bad in ["", "0", "-3", "1.5", "abc", "1e3", "99999999999999999999999", "10001"] {
        assert!(parse_quantity(bad).is_err(), "{bad}");
    }
    assert_eq!(parse_quantity("-3"), Err(FieldProblem::QuantityTooSmall));
    assert_eq!(parse_quantity("99999999999999999999999"), Err(FieldProblem::QuantityTooLarge));
    assert_eq!(parse_quantity("1.5"), Err(FieldProblem::QuantityNotWhole));
    assert_eq!(parse_quantity(" "), Err(FieldProblem::QuantityMissing));
}

#[test]
fn promo_codes() {
    assert_eq!(validate_promo("  "), Ok(None));
    assert_eq!(validate_promo(" SAVE10 "), Ok(Some("SAVE10".into())));
    assert!(validate_promo("a b").is_err());
    assert!(validate_promo("x\u{7}").is_err());
    assert!(validate_promo(&"A".repeat(10_000)).is_err());
}

#[test]
fn datacenter_needs_location_and_cycle() {
    let mut f = form("Datacenter Proxy");
    f.location.clear();
    f.cycle = "yearly".into();
    let e = f.validate(&cycles(&["week", "monthly"])).expect_err("invalid");
    assert!(e.location.is_some() && e.cycle.is_some());
    let ok = form("Datacenter Proxy").validate(&cycles(&["week", "monthly"])).expect("valid");
    assert_eq!(
        ok.calculate_query(),
        [("product", "Datacenter Proxy"), ("location", "DE"), ("cycle", "monthly"), ("quantity", "5")]
            .map(|(k, v)| (k, v.to_string()))
    );
    assert_eq!(ok.purchase_body()["auto_renewal"], true);
}

#[test]
fn residential_sends_no_cycle_or_location() {
    let ok = form("Standart Residential Proxy").validate(&cycles(&["lifetime"])).expect("valid");
    assert_eq!(ok.purchase_body(), json!({"product":"Standart Residential Proxy","quantity":5,"promo_code":null}));
    assert!(!ok.auto_renewal);
}

#[test]
fn unmetered_has_no_quantity() {
    let mut f = form("Unmetered Residential proxy");
    f.quantity = "not a number".into();
    f.cycle = "day".into();
    let ok = f.validate(&cycles(&["day", "week"])).expect("valid");
    assert_eq!(ok.quantity, None);
    assert!(ok.purchase_body().get("quantity").is_none());
}

#[test]
fn stock_codes() {
    let code = |name: &str| ProxyProduct::read(name).stock_code().map(StockCode::as_str);
    assert_eq!(code("Datacenter Proxy"), Some("dc"));
    assert_eq!(code("Mobile Proxy"), Some("mobile"));
    assert_eq!(code("Premium Residential Proxy"), None);
}

#[test]
fn p0f_slots_go_into_calculate_and_purchase() {
    let mut f = form("ISP Proxy");
    f.p0f_slots = " 3 ".into();
    let ok = f.validate(&cycles(&["monthly"])).expect("valid");
    assert_eq!(ok.p0f_slots, 3);
    let query = ok.calculate_query();
    assert_eq!(query.last(), Some(&("addons_json", r#"[{"addon_key":"p0f_slots","qty":3}]"#.to_string())));
    assert_eq!(ok.purchase_body()["addons"], json!([{"addon_key": "p0f_slots", "qty": 3}]));
    // None asked: nothing about add-ons is sent.
    let plain = form("ISP Proxy").validate(&cycles(&["monthly"])).expect("valid");
    assert!(plain.calculate_query().iter().all(|(k, _)| *k != "addons_json"));
    assert!(plain.purchase_body().get("addons").is_none());
    f.p0f_slots = "0".into();
    assert!(f.validate(&cycles(&["monthly"])).expect("valid").addons().is_none());
}

#[test]
fn p0f_slots_are_at_most_one_per_ip_and_only_for_dc_isp() {
    let mut f = form("Datacenter Proxy");
    f.p0f_slots = "5".into();
    assert!(f.validate(&cycles(&["monthly"])).is_ok(), "as many as the 5 IPs");
    f.p0f_slots = "6".into();
    assert_eq!(f.validate(&cycles(&["monthly"])).expect_err("too many").p0f_slots, Some(FieldProblem::SlotsTooMany));
    for bad in ["-1", "2.5", "x"] {
        f.p0f_slots = bad.into();
        let e = f.validate(&cycles(&["monthly"])).expect_err(bad);
        assert_eq!(e.p0f_slots, Some(FieldProblem::SlotsNotWhole), "{bad}");
    }
    // Other products have no slots: whatever the hidden field holds is ignored.
    let mut r = form("Standart Residential Proxy");
    r.p0f_slots = "9".into();
    let ok = r.validate(&cycles(&["lifetime"])).expect("valid");
    assert_eq!((ok.p0f_slots, ok.addons()), (0, None));
}
