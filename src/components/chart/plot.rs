//! The drawing of a [`Chart`]: an SVG picture (grid, tick labels, x labels, bars, the
//! line) named for screen readers, and over it one focusable column per group whose
//! tooltip shows on hover and on focus (`style/charts.css` lays the columns over the plot
//! area, so no inline style is needed under the CSP).

use super::Chart;
use crate::logic::charts::bars::{bars, column, column_middle, y_of, HEIGHT, PLOT, WIDTH};
use leptos::prelude::*;

/// Above this many columns only every other x label is drawn (all are in the tooltips and
/// the table).
const ALL_LABELS_UP_TO: usize = 8;

/// The picture and its columns.
pub fn plot(chart: &Chart, title_id: &str) -> impl IntoView {
    let summary_id = format!("{}-summary", chart.id);
    let top = chart.ticks.last().copied().unwrap_or(1).max(1);
    let n = chart.groups.len();
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    view! {
        <div class="chart-plot">
            <svg class="chart-svg" viewBox=view_box role="img" aria-labelledby=title_id.to_string()
                aria-describedby=summary_id.clone() focusable="false">
                {marked(chart, n)}
                {grid(chart, top)}
                {x_labels(chart, n)}
                {bars_of(chart, top)}
                {line(chart, top, n)}
            </svg>
            <p class="visually-hidden" id=summary_id>{chart.summary.clone()}</p>
            {columns(chart)}
        </div>
    }
}

/// The band behind the marked column.
fn marked(chart: &Chart, n: usize) -> Option<impl IntoView> {
    let i = chart.marked.filter(|i| *i < n)?;
    let (x, w) = column(i, n);
    Some(view! { <rect class="chart-mark" x=x y=PLOT.y width=w height=PLOT.h></rect> })
}

/// Horizontal grid lines with their tick labels, and the base line.
fn grid(chart: &Chart, top: i64) -> impl IntoView {
    let right = PLOT.x + PLOT.w;
    chart
        .ticks
        .iter()
        .map(|t| {
            let y = y_of(*t, top);
            let class = if *t == 0 { "chart-axis" } else { "chart-grid" };
            view! {
                <line class=class x1=PLOT.x x2=right y1=y y2=y></line>
                <text class="chart-tick" x=PLOT.x - 6.0 y=y + 4.0 text-anchor="end">{(chart.tick_label)(*t)}</text>
            }
        })
        .collect_view()
}

/// The groups' short labels under the plot.
fn x_labels(chart: &Chart, n: usize) -> impl IntoView {
    let y = PLOT.y + PLOT.h + 17.0;
    chart
        .groups
        .iter()
        .enumerate()
        // The newest (rightmost) label is always drawn.
        .filter(|(i, _)| n <= ALL_LABELS_UP_TO || (n - 1 - i) % 2 == 0)
        .map(|(i, g)| {
            view! { <text class="chart-label" x=column_middle(i, n) y=y text-anchor="middle">{g.axis.clone()}</text> }
        })
        .collect_view()
}

fn bars_of(chart: &Chart, top: i64) -> impl IntoView {
    let values: Vec<Vec<i64>> = chart.groups.iter().map(|g| g.values.clone()).collect();
    bars(&values, top, chart.stacked)
        .into_iter()
        .map(|b| {
            let class = format!("chart-bar {}", chart.series.get(b.series).map_or("chart-s1", |s| s.class));
            view! { <rect class=class x=b.rect.x y=b.rect.y width=b.rect.w height=b.rect.h></rect> }
        })
        .collect_view()
}

/// The line through the groups' line values, with a dot at each.
fn line(chart: &Chart, top: i64, n: usize) -> Option<impl IntoView> {
    chart.line.as_ref()?;
    let points: Vec<(f64, f64)> =
        chart.groups.iter().enumerate().filter_map(|(i, g)| Some((column_middle(i, n), y_of(g.line?, top)))).collect();
    let path = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    Some(view! {
        <polyline class="chart-line" points=path fill="none"></polyline>
        {points.into_iter().map(|(x, y)| view! { <circle class="chart-dot" cx=x cy=y r="3"></circle> }).collect_view()}
    })
}

/// One focusable column per group, laid over the plot by CSS: its accessible name is the
/// group's values; its tooltip shows them on hover and focus.
fn columns(chart: &Chart) -> impl IntoView {
    let n = chart.groups.len();
    let list_class = format!("chart-columns chart-n{}", n.min(13));
    view! {
        <ul class=list_class aria-label=chart.title.clone() data-test="chart-columns">
            {chart.groups.iter().enumerate().map(|(i, g)| {
                let lines = chart.describe(g);
                let label = format!("{}: {}", g.name, lines.join("; "));
                // Tooltips of the outer columns open inwards, so none leaves the page.
                let side = if 3 * i < n { "chart-col tip-start" } else if 3 * i >= 2 * n { "chart-col tip-end" } else { "chart-col" };
                let class = if chart.marked == Some(i) { format!("{side} chart-col-marked") } else { side.to_string() };
                view! {
                    <li class=class tabindex="0" aria-label=label data-test="chart-col" data-index=i.to_string()>
                        <span class="chart-tip" aria-hidden="true" data-test="chart-tip">
                            <strong>{g.name.clone()}</strong>
                            {lines.into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
