//! The markup of a small chart: escaped texts, one bar per non-zero value, one focusable
//! column per group with its values, and the table's raw numbers and totals.

use super::*;
use crate::components::chart::{Group, Series};

fn plain(v: i64) -> String {
    format!("{v} u")
}

fn sample() -> Chart {
    let group = |axis: &str, values: Vec<i64>, line: i64| Group {
        axis: axis.into(),
        name: format!("{axis} long"),
        values,
        line: Some(line),
        extra: None,
    };
    Chart {
        id: "t-chart",
        title: "Due <soon>".into(),
        note: Some("A & B".into()),
        unit: "units".into(),
        series: vec![
            Series { name: "auto".into(), class: "chart-s1" },
            Series { name: "hand".into(), class: "chart-s2" },
        ],
        stacked: true,
        groups: vec![group("w1", vec![30, 0], 70), group("<img src=x>", vec![20, 10], 50)],
        line: Some("wallet".into()),
        ticks: vec![0, 50, 100],
        tick_label: plain,
        value_label: plain,
        group_header: "Week".into(),
        extra_header: None,
        totals: true,
        marked: Some(1),
        verdict: Some(("short in week 2".into(), true)),
        summary: "gist".into(),
        empty: None,
    }
}

fn words() -> Words<'static> {
    Words { show_table: "Show as table", total: "Total" }
}

#[test]
fn texts_are_escaped() {
    let html = body(&sample(), &words());
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=x&gt;"));
    assert!(html.contains(r#"<h3 class="chart-title" id="t-chart-title">Due &lt;soon&gt;</h3>"#));
    assert!(html.contains("A &amp; B"));
}

#[test]
fn bars_columns_and_line_are_drawn() {
    let html = body(&sample(), &words());
    assert_eq!(html.matches(r#"class="chart-bar "#).count(), 3, "the zero value has no bar");
    assert_eq!(html.matches(r#"data-test="chart-col""#).count(), 2);
    assert_eq!(html.matches(r#"tabindex="0""#).count(), 3, "two columns and the table's scroll box");
    assert!(html.contains(r#"aria-label="w1 long: auto: 30 u; hand: 0 u; wallet: 70 u""#), "{html}");
    assert!(html.contains("chart-col tip-end chart-col-marked"));
    assert!(html.contains(r#"class="chart-mark""#));
    assert_eq!(html.matches("<circle").count(), 2);
    assert!(html.contains(r#"role="img" aria-labelledby="t-chart-title""#));
    assert!(html.contains(r#"class="chart-verdict chart-warn""#));
}

#[test]
fn the_table_holds_raw_numbers_and_totals() {
    let html = body(&sample(), &words());
    let table = &html[html.find("<details").unwrap_or(0)..];
    assert!(table.contains(r#"<summary>Show as table</summary>"#));
    assert!(table.contains(r#"<th scope="col" class="num">wallet</th>"#));
    assert!(table.contains(r#"<td class="num" data-value="10">10 u</td><td class="num" data-value="50">50 u</td>"#));
    assert!(table.contains(r#"<tr data-test="chart-total"><th scope="row">Total</th><td class="num" data-value="50">50 u</td><td class="num" data-value="10">10 u</td><td></td></tr>"#), "{table}");
}

#[test]
fn an_empty_chart_says_so_instead_of_drawing() {
    let chart = Chart { empty: Some("Nothing yet.".into()), ..sample() };
    let html = body(&chart, &words());
    assert!(html.contains(r#"<p class="chart-empty" data-test="chart-empty">Nothing yet.</p>"#));
    assert!(!html.contains("<svg") && !html.contains("<table"));
}
