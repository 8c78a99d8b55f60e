//! Bulk plans and runs: who is left out and why, the total against the wallet, outcomes.

use super::*;
use std::collections::HashMap;

fn detail(id: i64, status: OrderStatus, price: Option<i64>) -> OrderDetail {
    OrderDetail { order_id: Some(id), status: Some(status), price_paid: price, ..OrderDetail::default() }
}

#[test]
fn a_renewal_prices_the_on_hold_orders_and_leaves_the_others_out() {
    let details: HashMap<i64, OrderDetail> = [
        (1, detail(1, OrderStatus::OnHold, Some(1250))),
        (2, detail(2, OrderStatus::Active, Some(900))),
        (3, detail(3, OrderStatus::OnHold, Some(300))),
        (4, detail(4, OrderStatus::Cancelled, Some(100))),
    ]
    .into();
    let plan = RenewPlan::of(&[1, 2, 3, 4], |id| details.get(&id));
    assert_eq!(plan.lines, [(1, 1250), (3, 300)]);
    assert_eq!(plan.not_on_hold, [2, 4]);
    assert_eq!(plan.total_cents(), 1550);
    assert_eq!(plan.ids(), [1, 3]);
    assert_eq!(plan.problem(Some(1550)), None, "exactly enough is enough");
    assert_eq!(plan.problem(Some(1549)), Some(RenewProblem::WalletShort { short: 1 }));
    assert_eq!(plan.problem(None), Some(RenewProblem::Loading), "the wallet is not in yet");
}

#[test]
fn a_renewal_waits_for_details_and_refuses_unknown_prices() {
    let details: HashMap<i64, OrderDetail> =
        [(1, detail(1, OrderStatus::OnHold, None)), (2, detail(2, OrderStatus::Active, Some(5)))].into();
    let plan = RenewPlan::of(&[1, 2, 9], |id| details.get(&id));
    assert_eq!(plan.waiting, [9]);
    assert_eq!(plan.problem(Some(10_000)), Some(RenewProblem::Loading));
    let plan = RenewPlan::of(&[1, 2], |id| details.get(&id));
    assert_eq!(plan.unpriced, [1]);
    assert_eq!(plan.problem(Some(10_000)), Some(RenewProblem::UnknownPrice));
    let plan = RenewPlan::of(&[2], |id| details.get(&id));
    assert_eq!(plan.problem(Some(10_000)), Some(RenewProblem::NothingOnHold));
}

#[test]
fn auto_renewal_applies_to_datacenter_and_isp_orders_not_yet_switched() {
    let mut dc_on = OrderSummary::sample(1, None, None);
    dc_on.auto_renewal = Some(true);
    let mut isp_off = OrderSummary::sample(2, None, None);
    isp_off.product_name = "ISP Proxy".into();
    isp_off.auto_renewal = Some(false);
    let mut residential = OrderSummary::sample(3, None, None);
    residential.product_name = "Premium Residential Proxy".into();
    let plan = AutoRenewalPlan::of([&dc_on, &isp_off, &residential], true);
    assert_eq!(plan, AutoRenewalPlan { to_change: vec![2], already: vec![1], not_applicable: vec![3] });
    let plan = AutoRenewalPlan::of([&dc_on, &isp_off, &residential], false);
    assert_eq!(plan.to_change, [1]);
    assert_eq!(plan.already, [2]);
}

#[test]
fn a_run_goes_in_order_and_cancel_keeps_the_rest_unsent() {
    let mut run: Run<&str> = Run::new(&[10, 20, 30, 40]);
    assert_eq!(run.next(), Some((0, 10)));
    run.settle(0, Outcome::Done);
    run.settle(1, Outcome::Refused("Insufficient balance"));
    assert_eq!(run.next(), Some((2, 30)));
    run.settle(2, Outcome::Unknown("lost"));
    run.cancel();
    assert!(run.finished());
    assert_eq!(run.items[3], (40, Outcome::NotSent));
    assert_eq!(run.tally(), Tally { sent: 3, done: 1, refused: 1, unknown: 1, not_sent: 1, total: 4 });
    run.settle(99, Outcome::Done);
    assert_eq!(run.tally().done, 1, "an index past the run changes nothing");
}
