//! A bar chart drawn by the app as SVG, for the profile's and the residential page's
//! charts: a title, an explaining note, a legend, y-axis ticks in the chart's unit, bars
//! (side by side or stacked) with an optional line over them, one focusable column per
//! group whose values show on hover and on keyboard focus, and the same numbers as a table
//! under "Show as table".
//!
//! The caller hands over plain numbers and texts already in the reader's language
//! ([`Chart`]); [`BarChart`] only draws them ([`markup`] writes the figure's HTML). Rebuild
//! the [`Chart`] when the language changes. Where the bars go is `logic::charts::bars`.

pub mod markup;

use leptos::prelude::*;

/// One series of bars: its name (legend, tooltip, table header) and its colour's CSS
/// class (`chart-s1`, `chart-s2`, … in `style/charts.css`).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Its name in the reader's language.
    pub name: String,
    /// `chart-s1`, `chart-s2`, `chart-s3`.
    pub class: &'static str,
}

/// One column of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Its short label on the x axis (`Jan`).
    pub axis: String,
    /// Its full name in tooltips and the table (`Jan 2026`).
    pub name: String,
    /// One value per series (cents, bytes, …).
    pub values: Vec<i64>,
    /// The line's value here, when the chart has a line.
    pub line: Option<i64>,
    /// One more fact for the tooltip and the table's last column (`3 orders`).
    pub extra: Option<String>,
}

/// Everything [`BarChart`] draws, texts already in the reader's language.
#[derive(Clone)]
pub struct Chart {
    /// Makes the element ids and is the figure's `data-test`.
    pub id: &'static str,
    /// The heading.
    pub title: String,
    /// What the numbers are and are not, under the heading.
    pub note: Option<String>,
    /// The y axis's unit in words (`US dollars`).
    pub unit: String,
    /// The series, in stacking order (the first at the bottom).
    pub series: Vec<Series>,
    /// Stack the series (else side by side).
    pub stacked: bool,
    /// The columns, left to right.
    pub groups: Vec<Group>,
    /// The line's name, when there is one (its values are [`Group::line`]).
    pub line: Option<String>,
    /// The y axis's ticks from 0 up (`logic::charts::nice_ticks`); the last is the top.
    pub ticks: Vec<i64>,
    /// A tick's label (`$500`, `2 GB`).
    pub tick_label: fn(i64) -> String,
    /// A value's label in tooltips and the table (`$512.40`, `1.5 GB`).
    pub value_label: fn(i64) -> String,
    /// The table's first column's header (`Month`).
    pub group_header: String,
    /// The header of the table's last column, for [`Group::extra`].
    pub extra_header: Option<String>,
    /// Add a "Total" row of the series to the table.
    pub totals: bool,
    /// A column to set apart (the week the wallet runs short).
    pub marked: Option<usize>,
    /// The chart's conclusion in words, and whether it is a warning.
    pub verdict: Option<(String, bool)>,
    /// One sentence with the chart's gist, read after its name by screen readers.
    pub summary: String,
    /// Instead of the drawing, when there is nothing to draw: what that means.
    pub empty: Option<String>,
}

impl Chart {
    /// The values of one group in words, for its tooltip and its accessible name:
    /// `Jan 2026: Orders placed $12.00; 3 orders`.
    fn describe(&self, group: &Group) -> Vec<String> {
        let mut lines: Vec<String> = self
            .series
            .iter()
            .zip(&group.values)
            .map(|(s, v)| format!("{}: {}", s.name, (self.value_label)(*v)))
            .collect();
        if let (Some(name), Some(v)) = (&self.line, group.line) {
            lines.push(format!("{name}: {}", (self.value_label)(v)));
        }
        lines.extend(group.extra.clone());
        lines
    }
}

/// The chart: a `<figure>` with its title, note, legend, drawing and table, written out
/// by [`markup::body`].
#[component]
pub fn BarChart(chart: Chart) -> impl IntoView {
    let words = markup::Words { show_table: tr!(charts.show_table), total: tr!(charts.total) };
    let html = markup::body(&chart, &words);
    view! {
        <figure class="card chart" data-test=chart.id aria-labelledby=format!("{}-title", chart.id) inner_html=html></figure>
    }
}

/// A chart whose numbers are on their way: its title and what it waits for.
#[component]
pub fn ChartLoading(
    /// Element ids and `data-test` (`{id}-loading`).
    id: &'static str,
    /// The heading.
    #[prop(into)]
    title: Signal<String>,
    /// What is being read, in words (may count up).
    #[prop(into)]
    status: Signal<String>,
    /// True while nothing is read yet because it waits to be scrolled to: then it is not
    /// `aria-busy`, as it is while its numbers are on their way.
    #[prop(optional, into)]
    waiting: Signal<bool>,
) -> impl IntoView {
    view! {
        <figure class="card chart chart-loading" data-test=format!("{id}-loading") aria-busy=move || (!waiting.get()).to_string()>
            <h3 class="chart-title">{title}</h3>
            <p class="muted" role="status">{status}</p>
            <div class="chart-placeholder" aria-hidden="true"></div>
        </figure>
    }
}
