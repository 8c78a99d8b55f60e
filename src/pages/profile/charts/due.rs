//! What falls due per week over the next 13 weeks (`logic::charts::due_by_week`): stacked
//! bars of auto-renewals and of payments to make by hand, a line of what the wallet holds
//! after the auto-renewals so far, and the week it runs short set apart and said in words.

use super::orders::Orders;
use crate::{
    components::{
        chart::{BarChart, Chart, ChartLoading, Group, Series},
        labels,
    },
    i18n::{self, intl},
    logic::charts::{due_by_week, nice_ticks, Due},
};
use leptos::prelude::*;

/// The due chart, once the wallet is known; drawn again in a newly picked language.
#[component]
pub fn DueChart(orders: Orders, balance: Signal<Option<i64>>, now: i64) -> impl IntoView {
    // Worked out again only when the wallet or the language changes: no memo type per value.
    move || {
        i18n::current();
        match balance.get() {
            Some(wallet) => view! { <BarChart chart=chart(&due_by_week(&orders.details, wallet, now)) /> }.into_any(),
            None => view! {
                <ChartLoading id="due-chart" title=Signal::derive(|| tr!(charts.due_title).to_string())
                    status=Signal::derive(|| tr!(charts.reading_wallet).to_string()) />
            }
            .into_any(),
        }
    }
}

/// The chart's numbers and texts in the current language.
fn chart(due: &Due) -> Chart {
    let mut wallet = due.wallet_cents;
    let groups: Vec<Group> = due
        .weeks
        .iter()
        .map(|w| {
            wallet = wallet.saturating_sub(w.auto_cents);
            Group {
                axis: intl::day_month(w.start_ms),
                name: intl::date(w.start_ms),
                values: vec![w.auto_cents, w.manual_cents],
                line: Some(wallet),
                extra: None,
            }
        })
        .collect();
    let verdict = match due.first_short_week {
        Some(i) => (
            trf!(
                charts.short_in,
                n = i + 1,
                date = due.weeks.get(i).map(|w| intl::date(w.start_ms)).unwrap_or_default()
            ),
            true,
        ),
        None => (trf!(charts.covered, wallet = intl::money(due.wallet_cents)), false),
    };
    let mut note = tr!(charts.due_note).to_string();
    if !due.unknown.is_empty() {
        note = format!("{note} {}", trf!(ahead.unknown, ids = labels::order_ids(&due.unknown)));
    }
    let nothing = due.auto_total_cents() == 0 && due.manual_total_cents() == 0;
    let summary = format!(
        "{} {}",
        trf!(
            charts.due_summary,
            auto = intl::money(due.auto_total_cents()),
            manual = intl::money(due.manual_total_cents())
        ),
        verdict.0
    );
    Chart {
        id: "due-chart",
        title: tr!(charts.due_title).to_string(),
        note: Some(note),
        unit: tr!(charts.usd).to_string(),
        series: vec![
            Series { name: tr!(charts.auto).to_string(), class: "chart-s1" },
            Series { name: tr!(charts.manual).to_string(), class: "chart-s2" },
        ],
        stacked: true,
        groups,
        line: Some(tr!(charts.wallet_left).to_string()),
        ticks: nice_ticks(due.max_cents().max(due.wallet_cents), 100),
        tick_label: intl::money_whole,
        value_label: intl::money,
        group_header: tr!(charts.week).to_string(),
        extra_header: None,
        totals: true,
        marked: due.first_short_week,
        verdict: Some(verdict),
        summary,
        empty: nothing.then(|| tr!(charts.due_empty).to_string()),
    }
}
