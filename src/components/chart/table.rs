//! A chart's numbers as a table, under a "Show as table" disclosure: a row per group, a
//! column per series (and the line's, and the extra fact's), each value in the chart's
//! format with its raw number in `data-value`, and a total row when the chart asks.

use super::Chart;
use leptos::prelude::*;

/// The disclosure and its table.
pub fn table(chart: &Chart) -> impl IntoView {
    let fmt = chart.value_label;
    let cell = move |v: i64| view! { <td class="num" data-value=v.to_string()>{fmt(v)}</td> };
    let totals = chart.totals.then(|| {
        let sums = (0..chart.series.len())
            .map(|s| chart.groups.iter().filter_map(|g| g.values.get(s)).copied().fold(0i64, i64::saturating_add));
        view! {
            <tfoot>
                <tr data-test="chart-total">
                    <th scope="row">{tr!(charts.total)}</th>
                    {sums.map(cell).collect_view()}
                    {chart.line.as_ref().map(|_| view! { <td></td> })}
                    {chart.extra_header.as_ref().map(|_| view! { <td></td> })}
                </tr>
            </tfoot>
        }
    });
    view! {
        <details class="chart-table" data-test="chart-table">
            <summary>{tr!(charts.show_table)}</summary>
            <div class="table-scroll">
                <table class="table">
                    <caption class="visually-hidden">{chart.title.clone()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{chart.group_header.clone()}</th>
                            {chart.series.iter().map(|s| view! { <th scope="col" class="num">{s.name.clone()}</th> }).collect_view()}
                            {chart.line.clone().map(|l| view! { <th scope="col" class="num">{l}</th> })}
                            {chart.extra_header.clone().map(|h| view! { <th scope="col" class="num">{h}</th> })}
                        </tr>
                    </thead>
                    <tbody>
                        {chart.groups.iter().map(|g| view! {
                            <tr data-test="chart-row">
                                <th scope="row">{g.name.clone()}</th>
                                {g.values.iter().copied().map(cell).collect_view()}
                                {chart.line.as_ref().map(|_| match g.line {
                                    Some(v) => cell(v).into_any(),
                                    None => view! { <td></td> }.into_any(),
                                })}
                                {chart.extra_header.as_ref().map(|_| view! { <td class="num">{g.extra.clone()}</td> })}
                            </tr>
                        }).collect_view()}
                    </tbody>
                    {totals}
                </table>
            </div>
        </details>
    }
}
