use super::*;
use Signature::*;

#[test]
fn signature_values_round_trip() {
    let values: Vec<&str> = Signature::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(values, ["ios", "macos", "android", "linux", "win10", "win11"]);
    for s in Signature::ALL {
        assert_eq!(Signature::parse(s.as_str()), Some(s));
    }
    assert_eq!(Signature::parse(" Win11 "), Some(Win11));
    for other in ["", "unset", "windows", "win 10", "none"] {
        assert_eq!(Signature::parse(other), None, "{other:?}");
    }
}

#[test]
fn only_ips_without_a_signature_take_slots() {
    let slots = Slots { available: 10, used: 7 };
    let plan = plan_signature(slots, [None, Some(Linux), Some(Win11), None], Win11);
    assert_eq!(plan, SignaturePlan { selected: 4, new_slots: 2, unchanged: 1, free: 3, to_buy: 0 });
    assert!(plan.fits());
    assert_eq!(plan.check(), Ok(()));
}

#[test]
fn short_of_slots_says_how_many_to_buy() {
    let plan = plan_signature(Slots { available: 5, used: 4 }, [None; 4], Ios);
    assert_eq!((plan.new_slots, plan.free, plan.to_buy), (4, 1, 3));
    assert_eq!(plan.check(), Err(SignatureProblem::NotEnoughSlots { to_buy: 3 }));
    let none_bought = plan_signature(Slots::default(), [None, Some(Ios)], Ios);
    assert_eq!(none_bought.check(), Err(SignatureProblem::NotEnoughSlots { to_buy: 1 }));
    // More used than bought (inconsistent server data): nothing free, never negative.
    let odd = plan_signature(Slots::from_api(2, 9), [None], Ios);
    assert_eq!((odd.free, odd.to_buy), (0, 1));
}

#[test]
fn changing_os_only_is_free_and_no_op_is_refused() {
    let full = Slots { available: 3, used: 3 };
    assert_eq!(plan_signature(full, [Some(Linux), Some(Ios)], Android).check(), Ok(()));
    assert_eq!(plan_signature(full, [Some(Android)], Android).check(), Err(SignatureProblem::NothingChanges));
    assert_eq!(plan_signature(full, [], Android).check(), Err(SignatureProblem::NothingSelected));
}

#[test]
fn slots_from_the_api_are_clamped() {
    assert_eq!(Slots::from_api(-3, -1), Slots { available: 0, used: 0 });
    assert_eq!(Slots::from_api(i64::MAX, 1).available, u32::MAX);
    assert_eq!(Slots::from_api(10, 4).free(), 6);
}

#[test]
fn downgrade_between_used_and_bought() {
    let slots = Slots { available: 10, used: 4 };
    assert_eq!(check_downgrade(4, slots), Ok(4));
    assert_eq!(check_downgrade(10, slots), Ok(10));
    assert_eq!(check_downgrade(0, Slots { available: 10, used: 0 }), Ok(0));
    assert_eq!(check_downgrade(3, slots), Err(QtyProblem::BelowMin { min: 4 }));
    assert_eq!(check_downgrade(11, slots), Err(QtyProblem::AboveMax { max: 10 }));
    assert_eq!(check_downgrade(-1, slots), Err(QtyProblem::Text(CountProblem::Negative)));
    assert_eq!(check_downgrade(i64::MAX, slots), Err(QtyProblem::AboveMax { max: 10 }));
    assert_eq!(parse_downgrade(" 6 ", slots), Ok(6));
    assert_eq!(parse_downgrade("-1", slots), Err(QtyProblem::Text(CountProblem::Negative)));
    assert_eq!(parse_downgrade("2.5", slots), Err(QtyProblem::Text(CountProblem::NotWhole)));
    // More used than bought: only "keep what was bought" is allowed.
    assert_eq!(check_downgrade(2, Slots { available: 2, used: 5 }), Ok(2));
}

#[test]
fn buying_slots() {
    assert_eq!(parse_add_qty("3"), Ok(3));
    assert_eq!(parse_add_qty("0"), Err(QtyProblem::BelowMin { min: 1 }));
    assert_eq!(parse_add_qty(""), Err(QtyProblem::Text(CountProblem::Empty)));
    assert_eq!(parse_purchase_slots("", 5), Ok(0));
    assert_eq!(parse_purchase_slots("5", 5), Ok(5));
    assert_eq!(parse_purchase_slots("6", 5), Err(QtyProblem::AboveMax { max: 5 }));
    assert_eq!(parse_purchase_slots("x", 5), Err(QtyProblem::Text(CountProblem::NotANumber)));
}

const IPS: [&str; 6] = ["10.0.0.1", "10.0.0.2", "10.0.1.3", "192.168.0.4", "2001:DB8::5", "10.0.0.6"];

#[test]
fn filtering_by_ip_text() {
    assert_eq!(filter_by_ip(&IPS, ""), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(filter_by_ip(&IPS, "  "), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(filter_by_ip(&IPS, "10.0.0"), vec![0, 1, 5]);
    assert_eq!(filter_by_ip(&IPS, "db8"), vec![4]);
    assert_eq!(filter_by_ip(&IPS, " .4 "), vec![3]);
    assert!(filter_by_ip(&IPS, "nope").is_empty());
    assert!(ip_matches("2001:DB8::5", " db8 ") && ip_matches("10.0.0.1", "") && !ip_matches("10.0.0.1", "10.1"));
}

#[test]
fn del_np_keeps_at_least_one_ip() {
    assert_eq!(plan_del_np(10, 1500, 3), Ok(DelNpPlan { quantity_after: 7, price_after_cents: 1050 }));
    assert_eq!(
        plan_del_np(3, 1000, 1),
        Ok(DelNpPlan { quantity_after: 2, price_after_cents: 667 }),
        "666.67 rounds up"
    );
    assert_eq!(plan_del_np(3, 1000, 2), Ok(DelNpPlan { quantity_after: 1, price_after_cents: 333 }));
    assert_eq!(plan_del_np(4, 2, 1).map(|p| p.price_after_cents), Ok(2), "1.5 rounds half up");
    assert_eq!(plan_del_np(10, 1500, 10), Err(DelNpProblem::KeepsNoIp));
    assert_eq!(plan_del_np(10, 1500, 11), Err(DelNpProblem::KeepsNoIp));
    assert_eq!(plan_del_np(10, 1500, 0), Err(DelNpProblem::NothingSelected));
    assert_eq!(plan_del_np(0, 1500, 1), Err(DelNpProblem::UnknownQuantity));
    assert_eq!(plan_del_np(-2, 1500, 1), Err(DelNpProblem::UnknownQuantity));
    assert_eq!(plan_del_np(2, -500, 1).map(|p| p.price_after_cents), Ok(0));
    assert_eq!(plan_del_np(2, i64::MAX, 1).map(|p| p.price_after_cents), Ok(i64::MAX / 2 + 1));
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_signature() -> impl Strategy<Value = Option<Signature>> {
        proptest::option::of(prop::sample::select(Signature::ALL.to_vec()))
    }

    proptest! {
        #[test]
        fn slot_plans_add_up(
            available in 0u32..50,
            used in 0u32..60,
            current in prop::collection::vec(any_signature(), 0..80),
            target in prop::sample::select(Signature::ALL.to_vec()),
        ) {
            let slots = Slots { available, used };
            let plan = plan_signature(slots, current.iter().copied(), target);
            prop_assert_eq!(plan.selected as usize, current.len());
            prop_assert_eq!(plan.new_slots as usize, current.iter().filter(|s| s.is_none()).count());
            prop_assert_eq!(plan.fits(), plan.new_slots <= slots.free());
            prop_assert!(plan.free + plan.to_buy >= plan.new_slots);
            if plan.to_buy > 0 {
                prop_assert_eq!(plan.free + plan.to_buy, plan.new_slots);
            }
        }

        #[test]
        fn del_np_never_keeps_zero_or_costs_more(quantity in -5i64..500, price in -100i64..10_000_000, marking in 0u32..600) {
            if let Ok(plan) = plan_del_np(quantity, price, marking) {
                prop_assert!(plan.quantity_after >= 1 && i64::from(plan.quantity_after) < quantity);
                prop_assert!(plan.price_after_cents >= 0 && plan.price_after_cents <= price.max(0));
            }
        }
    }
}
