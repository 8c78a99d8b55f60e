//! p0f OS fingerprints on DC/ISP orders (docs/API.md §5): the six signature values, slot
//! accounting before `signature/set` and `addons/schedule`, IP filtering in the proxies
//! table (its selection is `logic::selection`), and what a del-np change leaves of the order.
//!
//! Every check returns a typed problem for the view to translate, before anything is sent.
//! The server stays authoritative: these numbers only decide what to ask and what to say.

use crate::{
    logic::count::{parse_count, CountProblem},
    models::string_enum,
};

#[cfg(test)]
mod tests;

string_enum! {
    /// An OS a p0f signature imitates (§2's six `signature` values), in the order the picker
    /// offers them. There is no "unset": the API cannot express it. Read trimmed, in any
    /// case; anything else is `None`, which the table shows as the server's text.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Signature: loose {
        /// `ios`
        Ios = "ios",
        /// `macos`
        Macos = "macos",
        /// `android`
        Android = "android",
        /// `linux`
        Linux = "linux",
        /// `win10`
        Win10 = "win10",
        /// `win11`
        Win11 = "win11",
    }
}

/// The slot counts of an order's `p0f_slots` add-on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Slots {
    /// Slots bought (`p0f_slots_available`).
    pub available: u32,
    /// Slots taken by IPs with a signature (`p0f_slots_used`).
    pub used: u32,
}

impl Slots {
    /// From the order detail's numbers; negative or oversized values are clamped.
    pub fn from_api(available: i64, used: i64) -> Slots {
        let clamp = |n: i64| u32::try_from(n.max(0)).unwrap_or(u32::MAX);
        Slots { available: clamp(available), used: clamp(used) }
    }

    /// Slots free for IPs without a signature (0 when the server counts more used than bought).
    pub fn free(self) -> u32 {
        self.available.saturating_sub(self.used)
    }
}

/// What applying one OS to a selection of IPs takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignaturePlan {
    /// IPs selected.
    pub selected: u32,
    /// IPs without a signature today: each takes a new slot.
    pub new_slots: u32,
    /// IPs that already have the target OS: the request changes nothing for them.
    pub unchanged: u32,
    /// Slots free before the change.
    pub free: u32,
    /// Slots to buy before the change fits (0 when it fits).
    pub to_buy: u32,
}

/// Why a signature change cannot be sent as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureProblem {
    /// No IP selected.
    NothingSelected,
    /// Every selected IP already has this OS.
    NothingChanges,
    /// Not enough free slots; buy `to_buy` more first.
    NotEnoughSlots {
        /// The difference to buy.
        to_buy: u32,
    },
}

/// Counts what setting `target` on the selected IPs takes. `current` holds the signature
/// each selected IP has now (`None` for none), one item per selected IP. An IP that already
/// has a signature keeps its slot whatever the new OS; only IPs without one take a new slot.
pub fn plan_signature(
    slots: Slots,
    current: impl IntoIterator<Item = Option<Signature>>,
    target: Signature,
) -> SignaturePlan {
    let (mut selected, mut new_slots, mut unchanged) = (0u32, 0u32, 0u32);
    for sig in current {
        selected = selected.saturating_add(1);
        match sig {
            None => new_slots = new_slots.saturating_add(1),
            Some(s) if s == target => unchanged = unchanged.saturating_add(1),
            Some(_) => {}
        }
    }
    let free = slots.free();
    SignaturePlan { selected, new_slots, unchanged, free, to_buy: new_slots.saturating_sub(free) }
}

impl SignaturePlan {
    /// Whether the free slots cover the new ones.
    pub fn fits(&self) -> bool {
        self.to_buy == 0
    }

    /// The first reason not to send, if any.
    pub fn check(&self) -> Result<(), SignatureProblem> {
        if self.selected == 0 {
            Err(SignatureProblem::NothingSelected)
        } else if self.unchanged == self.selected {
            Err(SignatureProblem::NothingChanges)
        } else if !self.fits() {
            Err(SignatureProblem::NotEnoughSlots { to_buy: self.to_buy })
        } else {
            Ok(())
        }
    }
}

/// Why a slot quantity was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QtyProblem {
    /// The text is not a whole number, or is negative.
    Text(CountProblem),
    /// Below the least allowed: to buy, at least 1; for a downgrade, the slots in use.
    BelowMin {
        /// The least allowed.
        min: u32,
    },
    /// Above the most allowed: for a downgrade, the slots bought; at purchase, the IPs.
    AboveMax {
        /// The most allowed.
        max: u32,
    },
}

fn check_range(qty: u32, min: u32, max: u32) -> Result<u32, QtyProblem> {
    if qty < min {
        Err(QtyProblem::BelowMin { min })
    } else if qty > max {
        Err(QtyProblem::AboveMax { max })
    } else {
        Ok(qty)
    }
}

/// Checks the slots to keep after a scheduled downgrade (`next_qty`): at least the slots in
/// use (signatures hold their slots for good), at most the slots bought. Equal to the slots
/// bought is allowed and means "no downgrade".
pub fn check_downgrade(next_qty: i64, slots: Slots) -> Result<u32, QtyProblem> {
    let qty = u32::try_from(next_qty).map_err(|_| {
        if next_qty < 0 {
            QtyProblem::Text(CountProblem::Negative)
        } else {
            QtyProblem::AboveMax { max: slots.available }
        }
    })?;
    check_range(qty, slots.used.min(slots.available), slots.available)
}

/// [`check_downgrade`] on typed text.
pub fn parse_downgrade(raw: &str, slots: Slots) -> Result<u32, QtyProblem> {
    check_downgrade(i64::from(parse_count(raw).map_err(QtyProblem::Text)?), slots)
}

/// Checks slots to buy for an order (`add_qty` ≥ 1).
pub fn parse_add_qty(raw: &str) -> Result<u32, QtyProblem> {
    check_range(parse_count(raw).map_err(QtyProblem::Text)?, 1, u32::MAX)
}

/// Checks slots bought with a new order: empty means none; at most one per IP bought.
pub fn parse_purchase_slots(raw: &str, ips: u32) -> Result<u32, QtyProblem> {
    if raw.trim().is_empty() {
        return Ok(0);
    }
    check_range(parse_count(raw).map_err(QtyProblem::Text)?, 0, ips)
}

/// Indices of the rows whose IP contains `query` (trimmed, ASCII case ignored, so IPv6 hex
/// matches either way). An empty query keeps every row.
pub fn filter_by_ip<S: AsRef<str>>(ips: &[S], query: &str) -> Vec<usize> {
    ips.iter().enumerate().filter(|(_, ip)| ip_matches(ip.as_ref(), query)).map(|(i, _)| i).collect()
}

/// Whether one IP passes the filter of [`filter_by_ip`].
pub fn ip_matches(ip: &str, query: &str) -> bool {
    let query = query.trim();
    query.is_empty() || ip.to_ascii_lowercase().contains(&query.to_ascii_lowercase())
}

/// What the order will look like after marking IPs "do not prolong".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelNpPlan {
    /// IPs renewed at the next renewal (the order's `quantity` afterwards).
    pub quantity_after: u32,
    /// Estimated `price_paid` afterwards, in cents: `price_paid × kept / quantity`, rounded
    /// half up. An estimate for the confirmation only: the server's recalculated number is
    /// authoritative and is what the page shows once the request has succeeded.
    pub price_after_cents: i64,
}

/// Why a del-np change cannot be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DelNpProblem {
    /// No IP selected.
    NothingSelected,
    /// The order would keep no IP (the API refuses this).
    KeepsNoIp,
    /// The order's quantity is 0 or missing, so nothing can be estimated.
    UnknownQuantity,
}

/// Plans marking `marking` more IPs "do not prolong" on an order whose `quantity` IPs renew
/// today for `price_paid` cents. The IPs marked are assumed to be renewing now (the proxy
/// list does not say which are already marked). Negative prices count as 0.
pub fn plan_del_np(quantity: i64, price_paid: i64, marking: u32) -> Result<DelNpPlan, DelNpProblem> {
    if marking == 0 {
        return Err(DelNpProblem::NothingSelected);
    }
    let quantity = u32::try_from(quantity).ok().filter(|q| *q > 0).ok_or(DelNpProblem::UnknownQuantity)?;
    let kept = quantity.checked_sub(marking).filter(|k| *k > 0).ok_or(DelNpProblem::KeepsNoIp)?;
    let price = i128::from(price_paid.max(0));
    let (kept_w, quantity_w) = (i128::from(kept), i128::from(quantity));
    let cents = (price * kept_w * 2 + quantity_w) / (2 * quantity_w);
    Ok(DelNpPlan { quantity_after: kept, price_after_cents: i64::try_from(cents).unwrap_or(i64::MAX) })
}
