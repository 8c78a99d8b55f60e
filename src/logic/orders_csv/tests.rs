//! Host tests of the orders export: columns, formats, and text that tries to break a
//! spreadsheet.

use super::*;
use crate::{
    logic::csv::{tests::parse, undefuse, LineEnd},
    models::AddonLine,
};

fn order(id: i64) -> OrderDetail {
    OrderDetail {
        order_id: Some(id),
        product_name: Some("Datacenter Proxy".into()),
        cycle_name: Some("monthly".into()),
        quantity: Some(10),
        price_paid: Some(1250),
        status: Some("active".into()),
        created_at: Some("2026-09-01T10:00:00Z".into()),
        expires_at: Some("2026-12-04T09:30:15+02:00".into()),
        auto_renewal: Some(true),
        tag: Some("checkout-bot".into()),
        location: Some("DE".into()),
        addons_price_paid: Some(150),
        ..OrderDetail::default()
    }
}

fn rows(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{FEFF}').expect("a byte order mark");
    parse(body, LineEnd::CrLf).expect("well-formed CSV")
}

#[test]
fn one_ordinary_order() {
    let text = orders_csv(&[order(1001)], &ENGLISH_HEADERS);
    assert_eq!(
        text,
        "\u{FEFF}Order,Product,Status,Billing cycle,Quantity,Location,Price paid (USD),Add-ons (USD),Created (UTC),Expires (UTC),Auto-renewal,Tag\r\n\
         1001,Datacenter Proxy,active,monthly,10,DE,12.50,1.50,2026-09-01 10:00:00,2026-12-04 07:30:15,yes,checkout-bot\r\n"
    );
}

#[test]
fn headers_are_the_callers() {
    let mut headers = ENGLISH_HEADERS;
    headers[0] = "Заказ";
    headers[6] = "Цена, USD";
    let read = rows(&orders_csv(&[], &headers));
    assert_eq!(read.len(), 1);
    assert_eq!(read[0][0], "Заказ");
    assert_eq!(read[0][6], "Цена, USD");
}

#[test]
fn hostile_tags_read_back_as_text() {
    let tags = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "=1+2",
        "+SUM(1)",
        "-2",
        "@cmd",
        "a,b",
        "say \"hi\"",
        "two\nlines",
        "crlf\r\ninside",
    ];
    let orders: Vec<OrderDetail> =
        tags.iter().enumerate().map(|(i, t)| OrderDetail { tag: Some(t.to_string()), ..order(i as i64) }).collect();
    let text = orders_csv(&orders, &ENGLISH_HEADERS);
    let read = rows(&text);
    assert_eq!(read.len(), tags.len() + 1);
    for (row, tag) in read[1..].iter().zip(tags) {
        assert_eq!(row.len(), COLUMN_COUNT);
        let cell = &row[11];
        assert!(!cell.starts_with(crate::logic::csv::FORMULA_STARTS), "{cell:?}");
        assert_eq!(undefuse(cell), tag);
    }
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), "{text}");
    assert!(text.contains(",'=1+2\r\n"), "{text}");
}

#[test]
fn missing_values_are_empty_and_odd_ones_kept() {
    let sparse = OrderDetail { order_id: Some(7), ..OrderDetail::default() };
    let odd = OrderDetail {
        status: Some("Canceled".into()),
        expires_at: Some("next week".into()),
        created_at: Some("-1 day".into()),
        auto_renewal: Some(false),
        tag: Some(" none ".into()),
        price_paid: Some(-300),
        addons_price_paid: None,
        addons: Some(vec![AddonLine {
            addon_key: Some("p0f_slots".into()),
            catalog_id: Some(1),
            qty: Some(4),
            price_per_unit: Some(60),
            pending: None,
        }]),
        ..order(8)
    };
    let read = rows(&orders_csv(&[sparse, odd], &ENGLISH_HEADERS));
    assert_eq!(read[1], ["7", "", "", "", "", "", "", "", "", "", "", ""]);
    let odd = &read[2];
    assert_eq!(odd[2], "cancelled");
    assert_eq!((odd[6].as_str(), odd[7].as_str()), ("-3.00", "2.40"));
    assert_eq!((odd[8].as_str(), odd[9].as_str()), ("'-1 day", "next week"));
    assert_eq!((odd[10].as_str(), odd[11].as_str()), ("no", ""));
    let unknown = OrderDetail { status: Some("frozen".into()), ..order(9) };
    assert_eq!(rows(&orders_csv(&[unknown], &ENGLISH_HEADERS))[1][2], "frozen");
}

#[test]
fn a_thousand_orders_one_record_each() {
    let orders: Vec<OrderDetail> = (0..1000).map(order).collect();
    let read = rows(&orders_csv(&orders, &ENGLISH_HEADERS));
    assert_eq!(read.len(), 1001);
    assert_eq!(read[1000][0], "999");
}

#[test]
fn file_names() {
    assert_eq!(export_file_name("2026-12-04"), "proxyshard-orders-2026-12-04.csv");
    assert_eq!(export_file_name(" 2026-12-04 "), "proxyshard-orders-2026-12-04.csv");
    for bad in ["", "2026-12-4", "../etc/passwd", "2026/12/04", "2026-12-04T00"] {
        assert_eq!(export_file_name(bad), "proxyshard-orders.csv", "{bad}");
    }
}

#[test]
fn addons_price_prefers_what_was_paid() {
    let mut o = order(1);
    assert_eq!(addons_paid_cents(&o), Some(150));
    o.addons_price_paid = None;
    assert_eq!(addons_paid_cents(&o), None);
    o.addons = Some(vec![]);
    assert_eq!(addons_paid_cents(&o), None);
}
