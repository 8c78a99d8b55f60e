//! Money spent per month: one bar per month of the last twelve, each order counted in the
//! month it was placed with its price and add-ons (`logic::charts::monthly_spend`). The
//! note says plainly what that leaves out: renewals paid later.

use super::orders::Orders;
use crate::{
    components::{
        chart::{BarChart, Chart, Group, Series},
        labels,
    },
    i18n::{self, intl},
    logic::charts::{monthly_spend, nice_ticks, Spend},
};
use leptos::prelude::*;

/// The spend chart, drawn again in a newly picked language.
#[component]
pub fn SpendChart(orders: Orders, now: i64) -> impl IntoView {
    let spend = monthly_spend(&orders.details, now);
    move || {
        i18n::current();
        view! { <BarChart chart=chart(&spend) /> }
    }
}

/// The chart's numbers and texts in the current language.
fn chart(spend: &Spend) -> Chart {
    let groups: Vec<Group> = spend
        .months
        .iter()
        .map(|m| Group {
            axis: intl::month(m.start_ms),
            name: intl::month_year(m.start_ms),
            values: vec![m.cents],
            line: None,
            extra: Some(trf!(charts.orders_n, n = m.orders)),
        })
        .collect();
    let busiest = spend.months.iter().max_by_key(|m| m.cents);
    let summary = trf!(
        charts.spend_summary,
        total = intl::money(spend.total_cents()),
        max = intl::money(spend.max_cents()),
        month = busiest.map(|m| intl::month_year(m.start_ms)).unwrap_or_default()
    );
    let mut note = tr!(charts.spend_note).to_string();
    if !spend.unknown.is_empty() {
        note = format!("{note} {}", trf!(ahead.unknown, ids = labels::order_ids(&spend.unknown)));
    }
    let nothing = spend.months.iter().all(|m| m.orders == 0);
    Chart {
        id: "spend-chart",
        title: tr!(charts.spend_title).to_string(),
        note: Some(note),
        unit: tr!(charts.usd).to_string(),
        series: vec![Series { name: tr!(charts.spend_series).to_string(), class: "chart-s1" }],
        stacked: false,
        groups,
        line: None,
        ticks: nice_ticks(spend.max_cents(), 100),
        tick_label: intl::money_whole,
        value_label: intl::money,
        group_header: tr!(charts.month).to_string(),
        extra_header: Some(tr!(charts.orders_header).to_string()),
        totals: true,
        marked: None,
        verdict: None,
        summary,
        empty: nothing.then(|| tr!(charts.spend_empty).to_string()),
    }
}
