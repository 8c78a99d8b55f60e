//! Round tick values for a chart's y axis: 0 and three to five equal steps of 1, 2, 2.5 or
//! 5 times a power of ten, the last tick at or just above the largest value.

/// The largest value the axis handles; larger ones are drawn as if they were this (no
/// account comes near it, and it keeps the arithmetic far from overflowing).
const AXIS_MAX: i64 = 100_000_000_000_000_000;

/// The tick values, from 0 up, for data whose largest value is `max`, with steps of at
/// least `min_step` (pass 100 for cents to get whole dollars, 1 for counts). Always 4 to 6
/// values (0 and 3–5 steps); the last is ≥ `max`. A `max` of 0 or less gives
/// `[0, s, 2s, 3s]` with the smallest step allowed.
///
/// `nice_ticks(176_380, 100)` → `[0, 50_000, 100_000, 150_000, 200_000]`.
pub fn nice_ticks(max: i64, min_step: i64) -> Vec<i64> {
    let max = max.clamp(0, AXIS_MAX);
    let min_step = min_step.clamp(1, AXIS_MAX);
    let steps_for = |step: i64| (max + step - 1) / step;
    let step = nice_steps().find(|s| *s >= min_step && steps_for(*s) <= 5).unwrap_or(AXIS_MAX);
    let count = steps_for(step).max(3);
    (0..=count).map(|k| k * step).collect()
}

/// 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, … up to beyond [`AXIS_MAX`].
fn nice_steps() -> impl Iterator<Item = i64> {
    std::iter::successors(Some(1i64), |p| p.checked_mul(10))
        .take_while(|p| *p <= AXIS_MAX)
        .flat_map(|p| [p, 2 * p, if p >= 10 { p / 2 * 5 } else { 0 }, 5 * p])
        .filter(|s| *s > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_steps() {
        assert_eq!(nice_ticks(176_380, 100), vec![0, 50_000, 100_000, 150_000, 200_000]);
        assert_eq!(nice_ticks(100, 1), vec![0, 20, 40, 60, 80, 100]);
        assert_eq!(nice_ticks(101, 1), vec![0, 25, 50, 75, 100, 125]);
        assert_eq!(nice_ticks(126, 1), vec![0, 50, 100, 150]);
        assert_eq!(nice_ticks(7, 1), vec![0, 2, 4, 6, 8]);
        assert_eq!(nice_ticks(1, 1), vec![0, 1, 2, 3]);
        assert_eq!(nice_ticks(0, 1), vec![0, 1, 2, 3]);
        assert_eq!(nice_ticks(-5, 100), vec![0, 100, 200, 300]);
        assert_eq!(nice_ticks(1450, 100), vec![0, 500, 1000, 1500]);
        assert_eq!(nice_ticks(1, 150), vec![0, 200, 400, 600]);
    }

    #[test]
    fn huge_values_do_not_overflow() {
        let ticks = nice_ticks(i64::MAX, 1);
        assert!((4..=6).contains(&ticks.len()));
        assert!(ticks.last().is_some_and(|t| *t >= AXIS_MAX));
        assert_eq!(nice_ticks(5, i64::MAX).len(), 4);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ticks_are_even_round_and_cover_the_max(max in -10i64..AXIS_MAX, pow in 0u32..6) {
            let min_step = 10i64.pow(pow);
            let ticks = nice_ticks(max, min_step);
            prop_assert!((4..=6).contains(&ticks.len()), "{ticks:?}");
            prop_assert_eq!(ticks[0], 0);
            let step = ticks[1];
            prop_assert!(step >= min_step);
            prop_assert!(ticks.windows(2).all(|w| w[1] - w[0] == step), "{ticks:?}");
            let last = ticks[ticks.len() - 1];
            prop_assert!(last >= max);
            // No empty step on top, unless padded to three steps.
            prop_assert!(ticks.len() == 4 || last - step < max, "{ticks:?} for {max}");
            let mut mantissa = step;
            while mantissa % 10 == 0 {
                mantissa /= 10;
            }
            prop_assert!([1, 2, 25, 5].contains(&mantissa), "step {step}");
        }
    }
}
