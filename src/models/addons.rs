//! Add-ons of an order (p0f slots today) and the answers of their endpoints
//! (docs/API.md §4 `addons`, §5). Nothing is marked required upstream: decode defensively.

use super::{string_enum, wire_object};

string_enum! {
    /// An `addon_key`; keys this dashboard does not know are kept as sent.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub enum AddonKey: exact, Other {
        /// `p0f_slots`: OS-fingerprint slots of a Datacenter or ISP order (the only key today).
        P0fSlots = "p0f_slots",
    }
}

wire_object! {
    /// A pending change of an add-on line, e.g. `{action: "downgrade", next_qty: 3}`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AddonPending {
        pub action: Option<String>,
        pub next_qty: Option<i64>,
    }
}

wire_object! {
    /// An add-on attached to an order (1.1.0).
    #[derive(Clone, Debug, PartialEq)]
    pub struct AddonLine {
        pub addon_key: Option<AddonKey>,
        pub catalog_id: Option<i64>,
        pub qty: Option<i64>,
        pub price_per_unit: Option<i64>,
        pub pending: Option<AddonPending>,
    }
}

impl AddonLine {
    /// The number of units the line keeps after a scheduled downgrade, if one is scheduled.
    pub fn downgrade_to(&self) -> Option<i64> {
        let p = self.pending.as_ref()?;
        (p.action.as_deref() == Some("downgrade")).then_some(p.next_qty).flatten()
    }
}

wire_object! {
    /// `GET .../addons/calculate`: the price of adding units (cents).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AddonCalc {
        pub addon_key: Option<AddonKey>,
        pub catalog_id: Option<i64>,
        pub price_per_unit: Option<i64>,
        pub current_qty: Option<i64>,
        pub add_qty: Option<i64>,
        pub new_qty: Option<i64>,
        pub add_total: Option<i64>,
    }
}

wire_object! {
    /// The answer of `addons/purchase`, `addons/schedule` and `addons/schedule/cancel`.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct AddonChange {
        pub message: Option<String>,
        pub addons_price_paid: Option<i64>,
        pub addons: Option<Vec<AddonLine>>,
    }
}

wire_object! {
    /// The answer of `signature/set`.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct SignatureSet {
        pub message: Option<String>,
        pub updated: Option<i64>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calc_and_change_decode_sparse() {
        let c: AddonCalc = serde_json::from_str(
            r#"{"success":true,"addon_key":"p0f_slots","catalog_id":1,"price_per_unit":30,"current_qty":5,"add_qty":3,"new_qty":8,"add_total":90}"#,
        )
        .expect("calc");
        assert_eq!((c.add_total, c.new_qty), (Some(90), Some(8)));
        assert_eq!(c.addon_key, Some(AddonKey::P0fSlots));
        let a: AddonChange = serde_json::from_str(
            r#"{"success":true,"addons":[{"addon_key":"p0f_slots","qty":4,"pending":{"action":"downgrade","next_qty":3}}]}"#,
        )
        .expect("change");
        let line = &a.addons.expect("lines")[0];
        assert_eq!(line.downgrade_to(), Some(3));
        let s: SignatureSet = serde_json::from_str(r#"{"updated":3,"extra":1}"#).expect("sig");
        assert_eq!(s.updated, Some(3));
    }
}
