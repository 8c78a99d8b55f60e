//! The order's detail fields as a description list, and its status badge.

use super::TagEditor;
use crate::{
    components::{labels, Money},
    i18n::{self, intl},
    logic::dates::{parse_rfc3339, Urgency},
    models::{AddonKey, AddonLine, OrderDetail, OrderStatus, ResidentialPlan},
};
use leptos::prelude::*;
use leptos_router::components::A;

/// The status as a coloured badge; statuses the dashboard does not know are plain text.
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<Option<OrderStatus>>) -> impl IntoView {
    move || {
        let status = status.get();
        match status.as_ref().and_then(badge) {
            Some((class, label)) => view! { <span class=class>{label}</span> }.into_any(),
            None => {
                let text = status
                    .map(|s| s.as_str().to_string())
                    .filter(|s| !s.trim().is_empty())
                    .unwrap_or_else(|| tr!(order.status_unknown).into());
                view! { <span class="status-text">{text}</span> }.into_any()
            }
        }
    }
}

/// Every detail field of an order; the tag row holds the inline tag editor.
#[component]
pub fn OrderDetails(
    /// The order's id (from the URL, already checked).
    id: i64,
    /// The order as last loaded.
    order: Signal<OrderDetail>,
    /// Refetches the order after a change.
    on_changed: Callback<()>,
) -> impl IntoView {
    let field = move |f: fn(&OrderDetail) -> Option<String>| move || order.with(f).unwrap_or_else(|| "—".into());
    let now = move || js_sys::Date::now() as i64;
    view! {
        <dl class="order-details">
            <dt>{tx!(common.order)}</dt>
            <dd data-test="order-id">{move || format!("#{}", order.with(|o| o.order_id).unwrap_or(id))}</dd>
            <dt>{tx!(common.product)}</dt>
            <dd data-test="order-product">{field(|o| o.product_name.as_ref().map(ToString::to_string))}</dd>
            <dt>{tx!(order.cycle)}</dt>
            <dd data-test="order-cycle">{field(|o| o.cycle_name.clone())}</dd>
            <dt>{tx!(order.quantity)}</dt>
            <dd data-test="order-quantity">
                {field(quantity_text)}
                {move || order.with(|o| residential_link(id, o)).map(|(href, label)| view! {
                    " " <A href={href} {..} class="btn btn-ghost btn-small" data-test="order-residential-link">{label}</A>
                })}
            </dd>
            <dt>{tx!(order.price_paid)}</dt>
            <dd data-test="order-price">{move || price_view(&order.get())}</dd>
            <dt>{tx!(order.status)}</dt>
            <dd data-test="order-status">
                <StatusBadge status=Signal::derive(move || order.with(|o| o.status.clone())) />
            </dd>
            <dt>{tx!(order.created)}</dt>
            <dd data-test="order-created">{field(|o| o.created_at.as_deref().map(timestamp_text))}</dd>
            <dt>{tx!(common.expires)}</dt>
            <dd data-test="order-expires">{move || expiry_view(order.with(|o| o.expires_at.clone()), now())}</dd>
            <dt>{tx!(order.promo)}</dt>
            <dd data-test="order-promo">{field(promo_text)}</dd>
            <dt>{tx!(common.auto_renewal)}</dt>
            <dd data-test="order-auto-renewal">{move || auto_renewal_text(order.with(|o| o.auto_renewal))}</dd>
            <dt>{tx!(common.tag)}</dt>
            <dd><TagEditor id order on_changed /></dd>
            {move || order.with(|o| o.location.clone()).filter(|l| !l.is_empty()).map(|l| view! {
                <dt>{tr!(order.location)}</dt>
                <dd data-test="order-location">{l}</dd>
            })}
            {move || order.with(|o| o.addons.clone()).filter(|a| !a.is_empty()).map(|addons| view! {
                <dt>{tr!(order.addons)}</dt>
                <dd data-test="order-addons">
                    <ul class="addons">{addons.iter().map(|a| view! { <li>{addon_text(a)}</li> }).collect_view()}</ul>
                </dd>
            })}
        </dl>
    }
}

/// For an active residential order, where its traffic and connection strings live: "Add
/// traffic" on the residential page for a pay-per-GB order (that order preselected),
/// "Connection strings" for Unmetered.
fn residential_link(id: i64, o: &OrderDetail) -> Option<(String, &'static str)> {
    let plan = ResidentialPlan::try_from(o.product_name.as_ref()?).ok()?;
    if o.status != Some(OrderStatus::Active) {
        return None;
    }
    Some(match plan {
        ResidentialPlan::Unmetered => (format!("/residential?type={}", plan.as_str()), tr!(order.connection_strings)),
        _ => (format!("/residential?type={}&order={id}#add-traffic", plan.as_str()), tr!(residential.add_traffic)),
    })
}

fn quantity_text(o: &OrderDetail) -> Option<String> {
    let q = o.quantity?;
    let unit = match &o.product_name {
        Some(p) if p.is_datacenter_or_isp() => {
            if q == 1 {
                tr!(order.unit_ip)
            } else {
                tr!(order.unit_ips)
            }
        }
        Some(p) if p.is_per_gb() => tr!(order.unit_gb),
        _ => "",
    };
    Some(format!("{q}{unit}"))
}

fn price_view(o: &OrderDetail) -> AnyView {
    let addons = o.addons_price_paid.filter(|&c| c > 0);
    match o.price_paid {
        None => view! { "—" }.into_any(),
        Some(cents) => view! {
            <Money cents />
            {addons.map(|a| view! { <span class="muted">{trf!(order.addons_paid, price = intl::money(a))}</span> })}
        }
        .into_any(),
    }
}

fn promo_text(o: &OrderDetail) -> Option<String> {
    Some(o.promo_code.clone().filter(|p| !p.trim().is_empty()).unwrap_or_else(|| tr!(order.no_promo).into()))
}

fn auto_renewal_text(flag: Option<bool>) -> &'static str {
    labels::auto_renewal(flag).unwrap_or_else(|| tr!(order.auto_na))
}

/// A timestamp as `YYYY-MM-DD HH:MM UTC`, or as sent when it cannot be read.
fn timestamp_text(raw: &str) -> String {
    parse_rfc3339(raw).map(intl::date_time).unwrap_or_else(|| raw.to_string())
}

/// An expiry for people: date, relative phrase, and how urgent it is.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Expiry {
    /// `YYYY-MM-DD (in 2 days)`, `Never`, or the text as sent when unreadable.
    pub text: String,
    /// Whether to mark it as soon or past.
    pub urgency: Urgency,
}

/// Describes an `expires_at` against now (Unix ms). `None` never expires.
pub(super) fn describe_expiry(raw: Option<&str>, now_ms: i64) -> Expiry {
    match raw.map(|r| (r, parse_rfc3339(r))) {
        None => Expiry { text: tr!(common.never).into(), urgency: Urgency::Later },
        Some((_, Some(ms))) => Expiry {
            text: format!("{} ({})", intl::date(ms), intl::relative(ms, now_ms)),
            urgency: Urgency::of(Some(ms), now_ms),
        },
        Some((raw, None)) => Expiry { text: raw.to_string(), urgency: Urgency::Later },
    }
}

fn expiry_view(raw: Option<String>, now_ms: i64) -> impl IntoView {
    let e = describe_expiry(raw.as_deref(), now_ms);
    let flag = match e.urgency {
        Urgency::Expired => Some(tr!(order.expired)),
        Urgency::Soon => Some(tr!(order.expires_soon)),
        Urgency::Later => None,
    };
    view! {
        <span class=format!("expiry expiry-{}", e.urgency.as_str())>{e.text}</span>
        {flag.map(|f| view! { " " <span class=format!("flag flag-{}", e.urgency.as_str())>{f}</span> })}
    }
}

fn addon_text(a: &AddonLine) -> String {
    let name = match &a.addon_key {
        Some(AddonKey::P0fSlots) => tr!(order.addon_p0f).to_string(),
        Some(k) => k.to_string(),
        None => tr!(order.addon).to_string(),
    };
    let mut text = format!("{name}: {}", a.qty.unwrap_or(0));
    if let Some(p) = a.price_per_unit {
        text.push_str(&format!(" × {}", intl::money(p)));
    }
    if let Some(pending) = &a.pending {
        match (pending.action.as_deref(), pending.next_qty) {
            (Some("cancel"), _) => text.push_str(tr!(order.addon_ends)),
            (Some("downgrade"), Some(n)) => text.push_str(&trf!(order.addon_down, n = n)),
            _ => text.push_str(tr!(order.addon_pending)),
        }
    }
    text
}

/// The badge of a status an order can have: its CSS class (`badge-` and the API's value)
/// and its label.
fn badge(status: &OrderStatus) -> Option<(String, &'static str)> {
    Some((format!("badge badge-{}", status.as_str()), i18n::status::badge(status)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::AddonPending;

    use crate::logic::dates::DAY_MS as DAY;

    #[test]
    fn expiry_descriptions() {
        let now = parse_rfc3339("2026-11-28T07:00:00Z").expect("valid");
        let soon = describe_expiry(Some("2026-11-30T08:00:00Z"), now);
        assert_eq!(soon.text, "2026-11-30 (in 2 days)");
        assert_eq!(soon.urgency, Urgency::Soon);
        let past = describe_expiry(Some("2026-11-27T07:00:00Z"), now);
        assert_eq!((past.text.as_str(), past.urgency), ("2026-11-27 (1 day ago)", Urgency::Expired));
        assert_eq!(describe_expiry(None, now).text, "Never");
        assert_eq!(describe_expiry(Some("next week"), now).text, "next week");
        assert_eq!(describe_expiry(Some("2026-12-28T07:00:00Z"), now - DAY).urgency, Urgency::Later);
    }

    #[test]
    fn badges_of_known_statuses() {
        assert_eq!(badge(&OrderStatus::OnHold), Some(("badge badge-on-hold".into(), "On hold")));
        assert_eq!(badge(&OrderStatus::Active), Some(("badge badge-active".into(), "Active")));
        let ended = OrderStatus::read("canceled");
        assert_eq!(badge(&ended).map(|b| b.0), Some("badge badge-cancelled".into()));
        assert_eq!(badge(&OrderStatus::All), None);
        assert_eq!(badge(&OrderStatus::Unknown("frozen".into())), None);
    }

    #[test]
    fn quantities_and_addons() {
        let o = OrderDetail { quantity: Some(10), product_name: Some("Datacenter Proxy".into()), ..Default::default() };
        assert_eq!(quantity_text(&o).as_deref(), Some("10 IPs"));
        let a = AddonLine {
            addon_key: Some(AddonKey::P0fSlots),
            catalog_id: Some(1),
            qty: Some(5),
            price_per_unit: Some(50),
            pending: Some(AddonPending { action: Some("downgrade".into()), next_qty: Some(2) }),
        };
        assert_eq!(addon_text(&a), "p0f signature slots: 5 × $0.50 (goes down to 2 at the next renewal)");
    }

    #[test]
    fn active_residential_orders_link_to_their_plan() {
        let order = |product: &str, status: &str| OrderDetail {
            product_name: Some(product.into()),
            status: Some(status.into()),
            ..Default::default()
        };
        let link = |o: &OrderDetail| residential_link(1003, o).map(|(href, _)| href);
        assert_eq!(
            link(&order("Standart Residential Proxy", "active")).as_deref(),
            Some("/residential?type=standart&order=1003#add-traffic")
        );
        assert_eq!(
            link(&order("Unmetered Residential proxy", "active")).as_deref(),
            Some("/residential?type=unmetered")
        );
        assert_eq!(link(&order("Premium Residential Proxy", "cancelled")), None);
        assert_eq!(link(&order("Datacenter Proxy", "active")), None);
    }
}
