//! Repeated measurements: median and spread.

/// A measured quantity over several runs.
#[derive(Clone, Debug)]
pub struct Stat {
    /// Every run's value, in run order.
    pub values: Vec<f64>,
}

impl Stat {
    /// The runs' values (at least one).
    pub fn new(values: Vec<f64>) -> Stat {
        assert!(!values.is_empty(), "a measurement without runs");
        assert!(values.iter().all(|v| v.is_finite()), "a measurement that is not a number: {values:?}");
        Stat { values }
    }

    fn sorted(&self) -> Vec<f64> {
        let mut v = self.values.clone();
        v.sort_by(f64::total_cmp);
        v
    }

    /// The middle value (the mean of the two middle ones for an even count).
    pub fn median(&self) -> f64 {
        let v = self.sorted();
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        }
    }

    /// The smallest value.
    pub fn min(&self) -> f64 {
        self.sorted()[0]
    }

    /// The largest value.
    pub fn max(&self) -> f64 {
        *self.sorted().last().unwrap_or(&f64::NAN)
    }

    /// How many runs.
    pub fn runs(&self) -> usize {
        self.values.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_spread() {
        let s = Stat::new(vec![5.0, 1.0, 3.0]);
        assert_eq!((s.median(), s.min(), s.max()), (3.0, 1.0, 5.0));
        assert_eq!(Stat::new(vec![4.0, 1.0, 2.0, 3.0]).median(), 2.5);
    }
}
