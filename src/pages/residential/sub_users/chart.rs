//! The sub-users of the page on screen as a chart: for each, the traffic given to them
//! beside what they used.

use super::traffic_of;
use crate::{
    components::chart::{BarChart, Chart, Group, Series},
    i18n,
    logic::charts::nice_ticks,
    models::SubUser,
    pages::residential::plans_chart::{as_value, data_value, gb_tick, MIN_STEP},
};
use leptos::prelude::*;

/// Longest name on the x axis, in characters; the full name is in the tooltip and table.
const AXIS_CHARS: usize = 8;

/// The chart of `users` (the table's page), drawn again in a newly picked language.
#[component]
pub fn SubUsersChart(users: Memo<Vec<SubUser>>) -> impl IntoView {
    move || {
        i18n::current();
        let users = users.get();
        (!users.is_empty()).then(|| view! { <BarChart chart=chart(&users) /> })
    }
}

/// `name` cut to [`AXIS_CHARS`] characters, with an ellipsis when cut.
fn short(name: &str) -> String {
    let mut chars = name.chars();
    let head: String = chars.by_ref().take(AXIS_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn chart(users: &[SubUser]) -> Chart {
    let traffic: Vec<_> = users.iter().map(traffic_of).collect();
    let groups: Vec<Group> = users
        .iter()
        .zip(&traffic)
        .map(|(u, t)| {
            let name = if u.first_name.trim().is_empty() { u.user_id.clone() } else { u.first_name.clone() };
            Group {
                axis: short(&name),
                name: format!("{name} ({})", u.user_id),
                values: vec![as_value(t.total), as_value(t.spent)],
                line: None,
                extra: None,
            }
        })
        .collect();
    let given: u64 = traffic.iter().map(|t| t.total).sum();
    let used: u64 = traffic.iter().map(|t| t.spent).sum();
    let max = traffic.iter().map(|t| t.total).max().unwrap_or(0);
    Chart {
        id: "sub-users-chart",
        title: tr!(charts.subs_title).to_string(),
        note: None,
        unit: tr!(charts.traffic).to_string(),
        series: vec![
            Series { name: tr!(charts.given).to_string(), class: "chart-s3" },
            Series { name: tr!(charts.used).to_string(), class: "chart-s1" },
        ],
        stacked: false,
        groups,
        line: None,
        ticks: nice_ticks(as_value(max), MIN_STEP),
        tick_label: gb_tick,
        value_label: data_value,
        group_header: tr!(charts.sub_user).to_string(),
        extra_header: None,
        totals: true,
        marked: None,
        verdict: None,
        summary: trf!(
            charts.subs_summary,
            n = users.len(),
            given = data_value(as_value(given)),
            used = data_value(as_value(used))
        ),
        empty: (max == 0).then(|| tr!(charts.subs_empty).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn long_names_are_cut_on_characters() {
        assert_eq!(short("alice"), "alice");
        assert_eq!(short("scraper-eu-west"), "scraper-…");
        assert_eq!(short("Пётр Иванович"), "Пётр Ива…");
    }
}
