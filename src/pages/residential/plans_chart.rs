//! The traffic of both pay-per-GB plans side by side: used and remaining stacked per plan.
//! The plan on screen comes from the page's profile (so it follows added GB); the other
//! plan's profile is read here. A plan the account never bought is shown as such.

use super::{page::is_not_set, plan_label};
use crate::{
    api::{self, load::load},
    components::{
        chart::{BarChart, Chart, ChartLoading, Group, Series},
        LoadError,
    },
    i18n::{self, intl},
    logic::{
        charts::nice_ticks,
        traffic::{Amount, Traffic, Unit, BYTES_PER_GB},
    },
    models::{ProxyType, ResidentialPlan, ResidentialProfile},
};
use leptos::prelude::*;

/// Ticks no finer than 0.1 GB.
pub const MIN_STEP: i64 = (BYTES_PER_GB / 10) as i64;

/// A plan's traffic: its counter, or `None` when the account never bought it.
type PlanTraffic = (ProxyType, Option<Traffic>);

/// The chart; `current` is the plan on screen and `owner` its profile.
#[component]
pub fn PlansChart(current: ProxyType, #[prop(into)] owner: Signal<Option<ResidentialProfile>>) -> impl IntoView {
    let other = if current == ProxyType::Standart { ProxyType::Premium } else { ProxyType::Standart };
    let other_profile = load(move |cancel| api::residential::profile(other, cancel));
    // A plain closure, not a memo: one reactive type fewer in the wasm; it re-runs only when
    // a profile or the language changes.
    let plans = move || {
        let mine = owner.get().map(|p| traffic_of(&p))?;
        let theirs = match other_profile.get()? {
            Ok(p) => Some(traffic_of(&p)),
            Err(e) if is_not_set(&e) => None,
            Err(_) => return None,
        };
        let mut both = [(current, Some(mine)), (other, theirs)];
        both.sort_by_key(|(plan, _)| *plan != ProxyType::Standart);
        Some(both.to_vec())
    };
    let failed = move || other_profile.get().is_some_and(|r| r.is_err_and(|e| !is_not_set(&e)));
    move || {
        i18n::current();
        match plans() {
            Some(plans) => view! { <BarChart chart=chart(&plans) /> }.into_any(),
            None if failed() => view! { <LoadError load=other_profile /> }.into_any(),
            None => view! {
                <ChartLoading id="plans-chart" title=Signal::derive(|| tr!(charts.plans_title).to_string())
                    status=Signal::derive(|| tr!(charts.reading_plans).to_string()) />
            }
            .into_any(),
        }
    }
}

fn traffic_of(p: &ResidentialProfile) -> Traffic {
    Traffic::from_bytes(p.data, p.data_spent, p.data_remain)
}

/// Bytes on the axis, always in GB so that every tick has the same unit.
pub fn gb_tick(bytes: i64) -> String {
    intl::data(Amount { value: bytes as f64 / BYTES_PER_GB as f64, unit: Unit::Gb })
}

/// Bytes in GB from 1 GB up, else MB.
pub fn data_value(bytes: i64) -> String {
    intl::data(Amount::of_bytes(bytes.max(0) as u64))
}

/// A byte count as the chart's `i64`.
pub fn as_value(bytes: u64) -> i64 {
    i64::try_from(bytes).unwrap_or(i64::MAX)
}

fn chart(plans: &[PlanTraffic]) -> Chart {
    let groups: Vec<Group> = plans
        .iter()
        .map(|(plan, t)| {
            let label = plan_label(ResidentialPlan::from(*plan));
            Group {
                axis: label.to_string(),
                name: match t {
                    Some(_) => label.to_string(),
                    None => format!("{label} ({})", tr!(charts.not_bought)),
                },
                values: t.map_or(vec![0, 0], |t| vec![as_value(t.spent), as_value(t.remaining)]),
                line: None,
                extra: None,
            }
        })
        .collect();
    let used: u64 = plans.iter().filter_map(|(_, t)| t.map(|t| t.spent)).sum();
    let left: u64 = plans.iter().filter_map(|(_, t)| t.map(|t| t.remaining)).sum();
    let max = plans.iter().filter_map(|(_, t)| t.map(|t| t.total)).max().unwrap_or(0);
    let summary = trf!(charts.traffic_summary, used = data_value(as_value(used)), left = data_value(as_value(left)));
    Chart {
        id: "plans-chart",
        title: tr!(charts.plans_title).to_string(),
        note: Some(tr!(charts.plans_note).to_string()),
        unit: tr!(charts.traffic).to_string(),
        series: vec![
            Series { name: tr!(charts.used).to_string(), class: "chart-s1" },
            Series { name: tr!(charts.remaining).to_string(), class: "chart-s3" },
        ],
        stacked: true,
        groups,
        line: None,
        ticks: nice_ticks(as_value(max), MIN_STEP),
        tick_label: gb_tick,
        value_label: data_value,
        group_header: tr!(charts.plan).to_string(),
        extra_header: None,
        totals: true,
        marked: None,
        verdict: None,
        summary,
        empty: (max == 0).then(|| tr!(charts.plans_empty).to_string()),
    }
}
