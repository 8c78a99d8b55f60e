//! Bulk actions on the selected orders of the orders table: which orders an action applies
//! to (and which not, said before anything is sent), what renewing them costs against the
//! wallet, and how a run stands: one request at a time, each order's outcome, Cancel
//! stopping before the next request.
//!
//! Nothing here sends: the page runs the requests (`src/pages/orders/bulk/run.rs`) and reports
//! each outcome into a [`Run`]. The server stays authoritative: a plan only decides what to
//! ask and what to say first.

use crate::logic::renewals::renewal_price_cents;
use crate::models::{OrderDetail, OrderStatus, OrderSummary};

#[cfg(test)]
mod tests;

/// A renewal of the selected on-hold orders, priced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RenewPlan {
    /// The on-hold orders with their renewal price in cents, in the order selected.
    pub lines: Vec<(i64, i64)>,
    /// Selected orders that are not on hold (active or cancelled): left out.
    pub not_on_hold: Vec<i64>,
    /// On-hold orders whose renewal price is unknown: the plan cannot be confirmed.
    pub unpriced: Vec<i64>,
    /// Orders whose details are not in yet.
    pub waiting: Vec<i64>,
}

/// Why a [`RenewPlan`] cannot be confirmed yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenewProblem {
    /// Details or the wallet are still loading.
    Loading,
    /// None of the selected orders is on hold.
    NothingOnHold,
    /// Some on-hold order has no known price.
    UnknownPrice,
    /// The wallet holds less than the total; `short` is the difference in cents.
    WalletShort {
        /// Cents missing.
        short: i64,
    },
}

impl RenewPlan {
    /// Prices the orders `ids` from their details (`detail(id)`, `None` while not in).
    pub fn of<'a>(ids: &[i64], detail: impl Fn(i64) -> Option<&'a OrderDetail>) -> RenewPlan {
        let mut plan = RenewPlan::default();
        for &id in ids {
            match detail(id) {
                None => plan.waiting.push(id),
                Some(d) if d.status != Some(OrderStatus::OnHold) => plan.not_on_hold.push(id),
                Some(d) => match renewal_price_cents(d) {
                    Some(cents) => plan.lines.push((id, cents)),
                    None => plan.unpriced.push(id),
                },
            }
        }
        plan
    }

    /// What the lines cost together, in cents.
    pub fn total_cents(&self) -> i64 {
        self.lines.iter().map(|(_, cents)| cents).sum()
    }

    /// The ids to renew, in order.
    pub fn ids(&self) -> Vec<i64> {
        self.lines.iter().map(|(id, _)| *id).collect()
    }

    /// Why the plan cannot be paid from a wallet of `wallet_cents` (`None` while unknown);
    /// `None` when it can.
    pub fn problem(&self, wallet_cents: Option<i64>) -> Option<RenewProblem> {
        if !self.waiting.is_empty() {
            return Some(RenewProblem::Loading);
        }
        if self.lines.is_empty() && self.unpriced.is_empty() {
            return Some(RenewProblem::NothingOnHold);
        }
        if !self.unpriced.is_empty() {
            return Some(RenewProblem::UnknownPrice);
        }
        let Some(wallet) = wallet_cents else { return Some(RenewProblem::Loading) };
        let total = self.total_cents();
        (total > wallet).then_some(RenewProblem::WalletShort { short: total - wallet })
    }
}

/// Switching auto-renewal of the selected orders on or off.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AutoRenewalPlan {
    /// Datacenter and ISP orders not yet in the wanted state: one request each.
    pub to_change: Vec<i64>,
    /// Orders already in the wanted state: nothing is sent for them.
    pub already: Vec<i64>,
    /// Orders of other products, which have no such setting: left out.
    pub not_applicable: Vec<i64>,
}

impl AutoRenewalPlan {
    /// Sorts the selected `orders` for switching auto-renewal to `on`.
    pub fn of<'a>(orders: impl IntoIterator<Item = &'a OrderSummary>, on: bool) -> AutoRenewalPlan {
        let mut plan = AutoRenewalPlan::default();
        for o in orders {
            if !o.product_name.is_datacenter_or_isp() {
                plan.not_applicable.push(o.order_id);
            } else if o.auto_renewal == Some(on) {
                plan.already.push(o.order_id);
            } else {
                plan.to_change.push(o.order_id);
            }
        }
        plan
    }
}

/// How one order of a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<E> {
    /// Not sent yet.
    Queued,
    /// The server did it.
    Done,
    /// The server said no; its reason.
    Refused(E),
    /// The answer was lost: it may or may not have happened (check before trying again).
    Unknown(E),
    /// Cancel came first: never sent.
    NotSent,
}

/// A bulk run over orders, one request at a time, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Run<E> {
    /// Each order with its outcome so far.
    pub items: Vec<(i64, Outcome<E>)>,
}

/// The counts of a run's outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Requests answered or lost (everything but queued and not sent).
    pub sent: usize,
    /// Done.
    pub done: usize,
    /// Refused.
    pub refused: usize,
    /// Outcome unknown.
    pub unknown: usize,
    /// Never sent (cancelled).
    pub not_sent: usize,
    /// All orders of the run.
    pub total: usize,
}

impl<E> Run<E> {
    /// A run over `ids`, nothing sent.
    pub fn new(ids: &[i64]) -> Run<E> {
        Run { items: ids.iter().map(|&id| (id, Outcome::Queued)).collect() }
    }

    /// The index and id of the next order to send, if any.
    pub fn next(&self) -> Option<(usize, i64)> {
        self.items.iter().position(|(_, o)| matches!(o, Outcome::Queued)).map(|i| (i, self.items[i].0))
    }

    /// Records the outcome of the order at `index`.
    pub fn settle(&mut self, index: usize, outcome: Outcome<E>) {
        if let Some(item) = self.items.get_mut(index) {
            item.1 = outcome;
        }
    }

    /// Cancel: every order not sent yet stays unsent.
    pub fn cancel(&mut self) {
        for (_, o) in &mut self.items {
            if matches!(o, Outcome::Queued) {
                *o = Outcome::NotSent;
            }
        }
    }

    /// The counts so far.
    pub fn tally(&self) -> Tally {
        let mut t = Tally { total: self.items.len(), ..Tally::default() };
        for (_, o) in &self.items {
            match o {
                Outcome::Queued => {}
                Outcome::Done => t.done += 1,
                Outcome::Refused(_) => t.refused += 1,
                Outcome::Unknown(_) => t.unknown += 1,
                Outcome::NotSent => t.not_sent += 1,
            }
        }
        t.sent = t.done + t.refused + t.unknown;
        t
    }

    /// Whether every order is settled (sent, or not sent after Cancel).
    pub fn finished(&self) -> bool {
        self.next().is_none()
    }
}
