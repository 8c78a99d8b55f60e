//! Property tests: whatever a server (or a gateway, or an attacker in the middle) sends,
//! decoding may fail but never panics, and errors stay readable. Arbitrary JSON, JSON built
//! from the API's own field names with values of any type, and arbitrary text go through
//! [`decode`] for every model type and through [`ApiError::from_status`]; the parsers that
//! read URL input and server values get arbitrary strings too.

use super::{client::decode, ApiError};
use crate::{
    logic::{
        dates, money, purchase, query, tag,
        url::{parse_order_id, safe_next},
    },
    models::*,
};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Every field name the models know, so generated objects reach the typed fields.
const FIELDS: &[&str] = &[
    "success",
    "message",
    "email",
    "active_orders",
    "wallet_balance",
    "products",
    "name",
    "description",
    "location",
    "cycles",
    "country",
    "product",
    "amount",
    "orders",
    "count",
    "prev",
    "next",
    "order",
    "order_id",
    "product_id",
    "product_name",
    "cycle_id",
    "cycle_name",
    "expires_at",
    "auto_renewal",
    "tag",
    "quantity",
    "price_paid",
    "status",
    "created_at",
    "promo_code",
    "addons_price_paid",
    "addons",
    "addon_key",
    "catalog_id",
    "qty",
    "price_per_unit",
    "pending",
    "action",
    "next_qty",
    "p0f_slots_available",
    "p0f_slots_used",
    "p0f_slots_next",
    "original_price",
    "final_price",
    "discount_percent",
    "addons_price",
    "total_with_addons",
    "data",
    "order_tag",
    "ip",
    "username",
    "password",
    "http_port",
    "socks_port",
    "until",
    "signature",
    "data_spent",
    "data_remain",
    "proxy_password",
    "results",
    "code",
    "user_id",
    "first_name",
];

/// Any JSON value: scalars at the edges of their types, nested arrays and objects.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(-1), Just(0)].prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
        Just(Value::String("<img src=x onerror=\"window.__xss=1\">".into())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((field_name(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Mostly the API's own field names, sometimes anything.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FIELDS).prop_map(str::to_string),
        1 => "[a-z_]{0,12}",
    ]
}

/// A query value: any text, or a number at any edge of `i64`.
fn number_or_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,24}",
        any::<i64>().prop_map(|n| n.to_string()),
        prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(u32::MAX as i64 + 1)].prop_map(|n| n.to_string()),
    ]
}

/// Every decoder of the client, on one text; none may panic.
fn decode_all(text: &str) {
    fn one<T: DeserializeOwned>(text: &str) {
        if let Err(e) = decode::<T>(text) {
            check_error(&e);
        }
    }
    one::<Profile>(text);
    one::<Product>(text);
    one::<ProductList>(text);
    one::<Vec<StockEntry>>(text);
    one::<OrderSummary>(text);
    one::<OrderPage>(text);
    one::<AddonPending>(text);
    one::<AddonLine>(text);
    one::<OrderDetail>(text);
    one::<OrderEnvelope>(text);
    one::<Quote>(text);
    one::<PurchaseResult>(text);
    one::<Ack>(text);
    one::<CycleChange>(text);
    one::<Proxy>(text);
    one::<ProxyList>(text);
    one::<ErrorBody>(text);
    one::<ResidentialProfile>(text);
    one::<LocationList>(text);
    one::<SubUserPage>(text);
    one::<CreatedSubUser>(text);
    one::<Value>(text);
}

/// What people read of an error: short, one line, no control characters.
fn check_error(e: &ApiError) {
    let text = e.to_string();
    assert!(!text.is_empty());
    assert!(text.chars().count() <= 400, "too long: {text}");
    assert!(!text.chars().any(char::is_control), "control characters: {text:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decoders_survive_any_json(value in any_json()) {
        decode_all(&value.to_string());
        // The same value inside the envelopes the API uses.
        for key in ["order", "orders", "products", "data", "results"] {
            decode_all(&serde_json::json!({ "success": true, key: value.clone() }).to_string());
        }
    }

    #[test]
    fn decoders_survive_any_text(text in ".{0,200}") {
        decode_all(&text);
    }

    #[test]
    fn decoders_survive_cut_and_spliced_json(value in any_json(), cut in any::<prop::sample::Index>()) {
        let text = value.to_string();
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        decode_all(&text[..at]);
        decode_all(&format!("{}{}", &text[..at], &text[..at]));
    }

    #[test]
    fn a_refusal_envelope_is_never_success(message in ".{0,400}", extra in any_json()) {
        let body = serde_json::json!({ "success": false, "message": message, "order_id": 1, "x": extra });
        let got = decode::<PurchaseResult>(&body.to_string());
        prop_assert!(matches!(got, Err(ApiError::Rejected(_))), "{got:?}");
    }

    #[test]
    fn any_status_and_body_map_to_a_readable_error(
        status in any::<u16>(),
        retry_after in proptest::option::of(".{0,20}"),
        body in prop_oneof![".{0,600}", any_json().prop_map(|v| v.to_string())],
    ) {
        let e = ApiError::from_status(status, retry_after.as_deref(), &body);
        check_error(&e);
        if status == 401 {
            prop_assert_eq!(e, ApiError::Unauthorized);
        } else if status == 429 {
            prop_assert!(e.is_transient());
        }
    }

    #[test]
    fn server_messages_are_cut_and_cleaned(message in "\\PC{0,1000}", noise in "[\\x00-\\x1f\\x7f]{0,5}") {
        let body = serde_json::json!({ "success": false, "message": format!("{noise}{message}{noise}") });
        check_error(&ApiError::from_status(400, None, &body.to_string()));
        check_error(&ApiError::from_status(403, None, &body.to_string()));
        check_error(&ApiError::from_status(404, None, &body.to_string()));
    }

    #[test]
    fn url_input_never_panics(raw in ".{0,60}", a in ".{0,12}", b in number_or_text(), c in number_or_text()) {
        if let Some(id) = parse_order_id(&raw) {
            prop_assert!(id > 0);
        }
        let q = query::OrdersQuery::from_raw(Some(&a), Some(&b), Some(&c));
        prop_assert!(query::PAGE_SIZES.contains(&q.limit));
        prop_assert!(q.to_string().starts_with("/orders?status="));
        let _ = query::offset_of_link(&raw);
        let next = safe_next(Some(raw.clone()));
        prop_assert!(next.starts_with('/') && !next.starts_with("//"));
    }

    #[test]
    fn server_values_never_panic(raw in ".{0,40}", cents in any::<i64>(), ms in -10_000_000_000_000i64..10_000_000_000_000) {
        if let Some(t) = dates::parse_rfc3339(&raw) {
            let _ = (dates::format_date_time(t), dates::relative(t, ms), dates::Urgency::of(Some(t), ms));
        }
        let _ = (dates::format_date(ms), dates::format_date_time(cents));
        prop_assert!(money::format_cents(cents).contains('$'));
    }

    #[test]
    fn form_input_never_panics(raw in ".{0,80}") {
        let _ = (purchase::parse_quantity(&raw), purchase::validate_promo(&raw), tag::validate_tag(&raw));
        if let Ok(q) = purchase::parse_quantity(&raw) {
            prop_assert!((1..=purchase::MAX_QUANTITY).contains(&q));
        }
        if let Ok(Some(code)) = purchase::validate_promo(&raw) {
            prop_assert!(!code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        }
        if let Ok(t) = tag::validate_tag(&raw) {
            prop_assert!(t.chars().count() <= tag::MAX_TAG_CHARS && !t.chars().any(char::is_control));
        }
    }
}

#[test]
fn edge_values_decode_without_panicking() {
    for text in [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "0",
        "\"\"",
        "{\"success\":false}",
        "{\"success\":\"false\"}",
        "{\"email\":\"a\",\"active_orders\":1e400,\"wallet_balance\":1}",
        "{\"email\":\"a\",\"active_orders\":-9223372036854775809,\"wallet_balance\":1}",
        "{\"order\":{\"addons\":[{\"pending\":{\"next_qty\":18446744073709551616}}]}}",
        &"[".repeat(10_000),
        &format!("{{\"message\":\"{}\"}}", "x".repeat(100_000)),
    ] {
        decode_all(text);
        check_error(&ApiError::from_status(500, Some(text), text));
    }
}
