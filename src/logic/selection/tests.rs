//! Selection: clicks, shift-click ranges over the shown rows, the header checkbox.

use super::*;
use crate::logic::p0f::filter_by_ip;

const IPS: [&str; 6] = ["10.0.0.1", "10.0.0.2", "10.0.1.3", "192.168.0.4", "2001:DB8::5", "10.0.0.6"];

#[test]
fn shift_click_selects_a_range_over_the_filtered_rows() {
    let visible: Vec<&str> = filter_by_ip(&IPS, "10.0.").into_iter().map(|i| IPS[i]).collect();
    assert_eq!(visible, ["10.0.0.1", "10.0.0.2", "10.0.1.3", "10.0.0.6"]);
    let mut sel = Selection::new();
    sel.click(&visible, 3, false);
    sel.click(&visible, 1, true);
    assert_eq!(sel.keys().collect::<Vec<_>>(), ["10.0.0.2", "10.0.0.6", "10.0.1.3"]);
    assert_eq!(sel.header(&visible), HeaderState::Some);
    // Shift-click on a selected row clears the range from the new anchor.
    sel.click(&visible, 2, true);
    assert_eq!(sel.keys().collect::<Vec<_>>(), ["10.0.0.6"], "rows 1..=2 cleared");
    // Shift without an anchor among the visible rows is a plain click.
    let mut fresh = Selection::new();
    fresh.click(&visible, 2, true);
    assert_eq!(fresh.keys().collect::<Vec<_>>(), ["10.0.1.3"]);
    fresh.click(&visible, 99, true);
    assert_eq!(fresh.len(), 1);
}

#[test]
fn select_all_covers_the_visible_rows_only() {
    let mut sel = Selection::new();
    sel.click(&IPS, 3, false);
    let visible = ["10.0.0.1", "10.0.0.2"];
    sel.toggle_all(&visible);
    assert_eq!(sel.header(&visible), HeaderState::All);
    assert_eq!(sel.len(), 3, "the hidden selected row stays");
    sel.toggle_all(&visible);
    assert_eq!(sel.header(&visible), HeaderState::None);
    assert_eq!(sel.keys().collect::<Vec<_>>(), ["192.168.0.4"]);
    assert_eq!(sel.header::<&str>(&[]), HeaderState::None);
    sel.retain_existing(&["10.0.0.1"]);
    assert!(sel.is_empty());
    sel.click(&IPS, 0, false);
    sel.clear();
    assert!(sel.is_empty());
    sel.click(&IPS, 2, true);
    assert_eq!(sel.len(), 1, "clear forgets the anchor");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn clicks_never_select_a_row_that_does_not_exist(
            clicks in prop::collection::vec((0usize..12, any::<bool>(), "[0-9.]{0,3}"), 0..30),
        ) {
            let ips: Vec<String> = (0..10).map(|i| format!("10.0.{}.{}", i % 3, i)).collect();
            let mut sel = Selection::new();
            for (index, shift, query) in clicks {
                let visible: Vec<&str> = filter_by_ip(&ips, &query).into_iter().map(|i| ips[i].as_str()).collect();
                let before = sel.clone();
                sel.click(&visible, index, shift);
                if let Some(ip) = visible.get(index) {
                    prop_assert_eq!(sel.contains(ip), !before.contains(ip));
                }
                // Rows that are not visible keep their state.
                for ip in ips.iter().filter(|ip| !visible.contains(&ip.as_str())) {
                    prop_assert_eq!(sel.contains(ip), before.contains(ip));
                }
            }
            prop_assert!(sel.keys().all(|ip| ips.iter().any(|i| i == ip)));
        }
    }
}
