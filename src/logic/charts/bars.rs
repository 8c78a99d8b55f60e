//! Where a bar chart's parts go in its drawing: one coordinate system of [`WIDTH`] ×
//! [`HEIGHT`] units (the SVG's `viewBox`), the plot area [`PLOT`] inside it, and one
//! column per group of bars, its series side by side or stacked.
//!
//! `style/charts.css` places the focusable columns over the plot with the same
//! proportions (`PLOT` in per cent of the drawing), so these numbers and that file change
//! together.

/// The drawing's width, in `viewBox` units.
pub const WIDTH: f64 = 400.0;
/// The drawing's height, in `viewBox` units.
pub const HEIGHT: f64 = 220.0;

/// A rectangle in `viewBox` units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// The plot area: the y axis's labels on its left, the x axis's below it.
pub const PLOT: Rect = Rect { x: 56.0, y: 12.0, w: 336.0, h: 180.0 };

/// Share of a column its bars fill; the rest is the gap between columns.
const FILL: f64 = 0.7;

/// One bar: which group (column) and series it shows, and where it goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// Index of the group.
    pub group: usize,
    /// Index of the series.
    pub series: usize,
    /// Where it is drawn.
    pub rect: Rect,
}

/// The vertical position of `value` on an axis from 0 to `top` (values outside are clamped).
pub fn y_of(value: i64, top: i64) -> f64 {
    let top = top.max(1) as f64;
    let share = (value as f64 / top).clamp(0.0, 1.0);
    PLOT.y + PLOT.h * (1.0 - share)
}

/// Column `i` of `n`: its left edge and width.
pub fn column(i: usize, n: usize) -> (f64, f64) {
    let w = PLOT.w / n.max(1) as f64;
    (PLOT.x + w * i as f64, w)
}

/// The middle of column `i` of `n` (where its label and the line's point go).
pub fn column_middle(i: usize, n: usize) -> f64 {
    let (x, w) = column(i, n);
    x + w / 2.0
}

/// The bars of `groups` (each a value per series, negative read as 0) on an axis from 0
/// to `top`: stacked (first series at the bottom) or side by side. Zero values get no bar.
pub fn bars(groups: &[Vec<i64>], top: i64, stacked: bool) -> Vec<Bar> {
    let n = groups.len();
    let mut out = Vec::new();
    for (group, values) in groups.iter().enumerate() {
        let (x, w) = column(group, n);
        let inner = w * FILL;
        let left = x + (w - inner) / 2.0;
        let each = if stacked { inner } else { inner / values.len().max(1) as f64 };
        let mut base = 0i64;
        for (series, value) in values.iter().enumerate() {
            let value = (*value).max(0);
            if value == 0 {
                continue;
            }
            let (from, to) = if stacked { (base, base.saturating_add(value)) } else { (0, value) };
            base = to;
            let (y_top, y_bottom) = (y_of(to, top), y_of(from, top));
            let x = if stacked { left } else { left + each * series as f64 };
            out.push(Bar { group, series, rect: Rect { x, y: y_top, w: each, h: y_bottom - y_top } });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn values_map_onto_the_plot_from_its_bottom() {
        assert!(close(y_of(0, 100), PLOT.y + PLOT.h));
        assert!(close(y_of(100, 100), PLOT.y));
        assert!(close(y_of(50, 100), PLOT.y + PLOT.h / 2.0));
        assert!(close(y_of(500, 100), PLOT.y), "clamped to the top");
        assert!(close(y_of(-3, 100), PLOT.y + PLOT.h), "clamped to the bottom");
        assert!(close(y_of(5, 0), PLOT.y), "a zero axis does not divide by zero");
    }

    #[test]
    fn stacked_bars_sit_on_each_other() {
        let b = bars(&[vec![30, 20], vec![0, 10]], 100, true);
        assert_eq!(b.len(), 3, "the zero value has no bar");
        let (low, high) = (b[0].rect, b[1].rect);
        assert!(close(low.y + low.h, PLOT.y + PLOT.h));
        assert!(close(high.y + high.h, low.y), "the second series starts where the first ends");
        assert!(close(high.y, y_of(50, 100)));
        assert!(close(low.x, high.x) && close(low.w, high.w));
        assert_eq!((b[2].group, b[2].series), (1, 1));
        assert!(close(b[2].rect.y, y_of(10, 100)));
    }

    #[test]
    fn grouped_bars_share_their_column() {
        let b = bars(&[vec![40, 10]], 100, false);
        let (x, w) = column(0, 1);
        assert!(close(b[0].rect.w, w * FILL / 2.0));
        assert!(close(b[1].rect.x, b[0].rect.x + b[0].rect.w));
        assert!(b[0].rect.x > x && b[1].rect.x + b[1].rect.w < x + w);
        assert!(close(b[1].rect.y + b[1].rect.h, PLOT.y + PLOT.h), "both start at 0");
        assert!(close(column_middle(1, 2), PLOT.x + PLOT.w * 0.75));
    }
}
