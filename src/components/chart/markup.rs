//! A [`Chart`] written out as one HTML string, the SVG picture included: the title, note,
//! verdict and legend; the picture (grid, tick labels, x labels, bars, the line) named for
//! screen readers; over it one focusable column per group whose tooltip shows on hover
//! and on focus (`style/charts.css` lays the columns over the plot area, so no inline
//! style is needed under the CSP); and the numbers as a table under "Show as table", each
//! value with its raw number in `data-value`.
//!
//! A string, not a tree of `view!` elements: the browser parses it once, and the wasm
//! carries one writer instead of a typed view per element (docs/BENCHMARKS.md). Every
//! text is escaped (`logic::html::escape`): sub-user names come from people.

use super::Chart;
use crate::logic::{
    charts::bars::{bars, column, column_middle, y_of, HEIGHT, PLOT, WIDTH},
    html::escape,
};
use std::fmt::Write;

/// Above this many columns only every other x label is drawn (all are in the tooltips and
/// the table); the newest (rightmost) one always is.
const ALL_LABELS_UP_TO: usize = 8;

/// A coordinate with one decimal, written without float formatting (which would bring
/// core's float printing into the wasm): `12.3`.
struct Coord(f64);

impl std::fmt::Display for Coord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{}", tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10)
    }
}

/// The words the markup needs besides the chart's own.
pub struct Words<'a> {
    /// "Show as table".
    pub show_table: &'a str,
    /// "Total".
    pub total: &'a str,
}

/// The inside of the chart's `<figure>`.
pub fn body(chart: &Chart, words: &Words) -> String {
    let mut o = String::with_capacity(8192);
    let id = chart.id;
    let _ = write!(o, r#"<h3 class="chart-title" id="{id}-title">{}</h3>"#, escape(&chart.title));
    if let Some(note) = &chart.note {
        let _ = write!(o, r#"<p class="chart-note muted">{}</p>"#, escape(note));
    }
    if let Some((text, warn)) = &chart.verdict {
        let class = if *warn { "chart-verdict chart-warn" } else { "chart-verdict" };
        let _ = write!(o, r#"<p class="{class}" data-test="chart-verdict">{}</p>"#, escape(text));
    }
    match &chart.empty {
        Some(text) => {
            let _ = write!(o, r#"<p class="chart-empty" data-test="chart-empty">{}</p>"#, escape(text));
        }
        None => {
            legend(&mut o, chart);
            plot(&mut o, chart);
            table(&mut o, chart, words);
        }
    }
    o
}

fn legend(o: &mut String, chart: &Chart) {
    let _ = write!(o, r#"<ul class="chart-legend"><li class="chart-unit">{}</li>"#, escape(&chart.unit));
    for s in &chart.series {
        let _ = write!(
            o,
            r#"<li><span class="chart-swatch {}" aria-hidden="true"></span>{}</li>"#,
            s.class,
            escape(&s.name)
        );
    }
    if let Some(line) = &chart.line {
        let _ = write!(
            o,
            r#"<li><span class="chart-swatch chart-swatch-line" aria-hidden="true"></span>{}</li>"#,
            escape(line)
        );
    }
    o.push_str("</ul>");
}

/// The picture and the focusable columns over it.
fn plot(o: &mut String, chart: &Chart) {
    let id = chart.id;
    let top = chart.ticks.last().copied().unwrap_or(1).max(1);
    let n = chart.groups.len();
    let _ = write!(
        o,
        r#"<div class="chart-plot"><svg class="chart-svg" viewBox="0 0 {} {}" role="img" aria-labelledby="{id}-title" aria-describedby="{id}-summary" focusable="false">"#,
        Coord(WIDTH),
        Coord(HEIGHT)
    );
    if let Some(i) = chart.marked.filter(|i| *i < n) {
        let (x, w) = column(i, n);
        let _ = write!(
            o,
            r#"<rect class="chart-mark" x="{}" y="{}" width="{}" height="{}"/>"#,
            Coord(x),
            Coord(PLOT.y),
            Coord(w),
            Coord(PLOT.h)
        );
    }
    let right = PLOT.x + PLOT.w;
    for t in &chart.ticks {
        let y = Coord(y_of(*t, top));
        let class = if *t == 0 { "chart-axis" } else { "chart-grid" };
        let _ = write!(
            o,
            r#"<line class="{class}" x1="{}" x2="{}" y1="{y}" y2="{y}"/><text class="chart-tick" x="{}" y="{}" text-anchor="end">{}</text>"#,
            Coord(PLOT.x),
            Coord(right),
            Coord(PLOT.x - 6.0),
            Coord(y_of(*t, top) + 4.0),
            escape(&(chart.tick_label)(*t))
        );
    }
    let label_y = PLOT.y + PLOT.h + 17.0;
    for (i, g) in chart.groups.iter().enumerate() {
        if n <= ALL_LABELS_UP_TO || (n - 1 - i).is_multiple_of(2) {
            let x = column_middle(i, n);
            let _ = write!(
                o,
                r#"<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                Coord(x),
                Coord(label_y),
                escape(&g.axis)
            );
        }
    }
    let values: Vec<Vec<i64>> = chart.groups.iter().map(|g| g.values.clone()).collect();
    for b in bars(&values, top, chart.stacked) {
        let class = chart.series.get(b.series).map_or("chart-s1", |s| s.class);
        let r = b.rect;
        let _ = write!(
            o,
            r#"<rect class="chart-bar {class}" x="{}" y="{}" width="{}" height="{}"/>"#,
            Coord(r.x),
            Coord(r.y),
            Coord(r.w),
            Coord(r.h)
        );
    }
    if chart.line.is_some() {
        let points: Vec<(f64, f64)> = chart
            .groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| Some((column_middle(i, n), y_of(g.line?, top))))
            .collect();
        let path: Vec<String> = points.iter().map(|(x, y)| format!("{},{}", Coord(*x), Coord(*y))).collect();
        let _ = write!(o, r#"<polyline class="chart-line" fill="none" points="{}"/>"#, path.join(" "));
        for (x, y) in points {
            let _ = write!(o, r#"<circle class="chart-dot" cx="{}" cy="{}" r="3"/>"#, Coord(x), Coord(y));
        }
    }
    let _ = write!(o, r#"</svg><p class="visually-hidden" id="{id}-summary">{}</p>"#, escape(&chart.summary));
    columns(o, chart);
    o.push_str("</div>");
}

/// One focusable column per group: its accessible name is the group's values, its tooltip
/// shows them on hover and focus.
fn columns(o: &mut String, chart: &Chart) {
    let n = chart.groups.len();
    let _ = write!(o, r#"<ul class="chart-columns" aria-label="{}" data-test="chart-columns">"#, escape(&chart.title));
    for (i, g) in chart.groups.iter().enumerate() {
        let lines = chart.describe(g);
        let label = format!("{}: {}", g.name, lines.join("; "));
        // Its middle is at (i + ½) / n of the plot: the left third opens right, the right third left.
        let side = if 6 * i + 3 < 2 * n {
            " tip-start"
        } else if 6 * i + 3 > 4 * n {
            " tip-end"
        } else {
            ""
        };
        let marked = if chart.marked == Some(i) { " chart-col-marked" } else { "" };
        let _ = write!(
            o,
            r#"<li class="chart-col{side}{marked}" tabindex="0" aria-label="{}" data-test="chart-col" data-index="{i}"><span class="chart-tip" aria-hidden="true" data-test="chart-tip"><strong>{}</strong>"#,
            escape(&label),
            escape(&g.name)
        );
        for line in lines {
            let _ = write!(o, "<span>{}</span>", escape(&line));
        }
        o.push_str("</span></li>");
    }
    o.push_str("</ul>");
}

/// The numbers as a table, under a disclosure.
fn table(o: &mut String, chart: &Chart, words: &Words) {
    let fmt = chart.value_label;
    let cell = |o: &mut String, v: i64| {
        let _ = write!(o, r#"<td class="num" data-value="{v}">{}</td>"#, escape(&fmt(v)));
    };
    let title = escape(&chart.title);
    // The scrolling box is focusable, so that a keyboard can scroll a table wider than a phone.
    let _ = write!(
        o,
        r#"<details class="chart-table" data-test="chart-table"><summary>{}</summary><div class="table-scroll" tabindex="0" role="region" aria-label="{title}"><table class="table"><caption class="visually-hidden">{title}</caption><thead><tr><th scope="col">{}</th>"#,
        escape(words.show_table),
        escape(&chart.group_header)
    );
    let headers = chart.series.iter().map(|s| &s.name).chain(&chart.line).chain(&chart.extra_header);
    for h in headers {
        let _ = write!(o, r#"<th scope="col" class="num">{}</th>"#, escape(h));
    }
    o.push_str("</tr></thead><tbody>");
    for g in &chart.groups {
        let _ = write!(o, r#"<tr data-test="chart-row"><th scope="row">{}</th>"#, escape(&g.name));
        g.values.iter().for_each(|v| cell(o, *v));
        if chart.line.is_some() {
            match g.line {
                Some(v) => cell(o, v),
                None => o.push_str("<td></td>"),
            }
        }
        if chart.extra_header.is_some() {
            let _ = write!(o, r#"<td class="num">{}</td>"#, escape(g.extra.as_deref().unwrap_or("")));
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody>");
    if chart.totals {
        let _ = write!(o, r#"<tfoot><tr data-test="chart-total"><th scope="row">{}</th>"#, escape(words.total));
        for s in 0..chart.series.len() {
            cell(o, chart.groups.iter().filter_map(|g| g.values.get(s)).copied().fold(0i64, i64::saturating_add));
        }
        let blanks = usize::from(chart.line.is_some()) + usize::from(chart.extra_header.is_some());
        o.push_str(&"<td></td>".repeat(blanks));
        o.push_str("</tr></tfoot>");
    }
    o.push_str("</table></div></details>");
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[test]
fn coordinates_have_one_decimal() {
    let shown: Vec<String> = [12.34, 12.35, 0.0, -3.26, 400.0].into_iter().map(|v| Coord(v).to_string()).collect();
    assert_eq!(shown, ["12.3", "12.4", "0.0", "-3.3", "400.0"]);
}
