//! Residential traffic (docs/API.md §6): the byte counts of `/proxies/profile` and of sub-users
//! turned into what the page shows, and the checks on names and GB amounts before a
//! sub-user request is sent.
//!
//! The API answers in bytes and takes whole GB; 1 GB here is 1,000,000,000 bytes. Values
//! are returned as numbers with a [`Unit`]: the browser's `Intl` formats them.

use crate::{
    logic::count::{parse_count, CountProblem},
    models::string_enum,
};

/// Bytes in one GB (decimal, as the provider counts).
pub const BYTES_PER_GB: u64 = 1_000_000_000;
/// Bytes in one MB.
pub const BYTES_PER_MB: u64 = 1_000_000;
/// Below this share of the total left, the traffic is [`Traffic::low`] (10 %).
pub const LOW_PERCENT: u64 = 10;
/// Longest sub-user name, in characters after trimming.
pub const MAX_NAME_CHARS: usize = 64;

string_enum! {
    /// The unit a byte count is shown in: `MB` or `GB`, also usable as the `Intl` unit after
    /// lowering (`megabyte`/`gigabyte` are [`Unit::intl`]).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Unit {
        /// Megabytes (below 1 GB).
        Mb = "MB",
        /// Gigabytes (1 GB and up).
        Gb = "GB",
    }
}

impl Unit {
    /// The `Intl.NumberFormat` unit identifier.
    pub fn intl(self) -> &'static str {
        match self {
            Unit::Mb => "megabyte",
            Unit::Gb => "gigabyte",
        }
    }
}

/// A byte count ready for display: `value` in `unit`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    /// The number to format.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
}

impl Amount {
    /// GB from 1 GB up, MB below.
    pub fn of_bytes(bytes: u64) -> Amount {
        if bytes >= BYTES_PER_GB {
            Amount { value: bytes as f64 / BYTES_PER_GB as f64, unit: Unit::Gb }
        } else {
            Amount { value: bytes as f64 / BYTES_PER_MB as f64, unit: Unit::Mb }
        }
    }
}

/// One traffic counter (the owner's or a sub-user's), made consistent for display.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Traffic {
    /// Bytes bought or given.
    pub total: u64,
    /// Bytes used, at most `total`.
    pub spent: u64,
    /// Bytes left, at most `total`.
    pub remaining: u64,
    /// `remaining / total`, 0.0..=1.0 (0.0 when `total` is 0).
    pub remaining_fraction: f64,
    /// Less than [`LOW_PERCENT`] of a non-zero total is left: show the warning.
    pub low: bool,
    /// The server's numbers did not add up (negative, spent or remaining above the total,
    /// or spent + remaining ≠ total) and were clamped.
    pub adjusted: bool,
}

impl Traffic {
    /// Reads the server's counts. `remain` is `data_remain` where the answer has it (the
    /// profile and the sub-user list); without it, remaining is `total − spent`. Negative
    /// values count as 0; spent and remaining are clamped to the total, and the server's
    /// remaining wins over `total − spent` when both are given, since that is what the
    /// proxies will still serve.
    pub fn from_bytes(data: i64, spent: i64, remain: Option<i64>) -> Traffic {
        let total = data.max(0) as u64;
        let spent_u = (spent.max(0) as u64).min(total);
        let remaining = match remain {
            Some(r) => (r.max(0) as u64).min(total),
            None => total - spent_u,
        };
        let adjusted = data < 0
            || spent < 0
            || spent as u64 > total
            || remain.is_some_and(|r| r < 0 || r as u64 != remaining || spent_u + remaining != total);
        let remaining_fraction = if total == 0 { 0.0 } else { remaining as f64 / total as f64 };
        let low = total > 0 && u128::from(remaining) * 100 < u128::from(total) * u128::from(LOW_PERCENT);
        Traffic { total, spent: spent_u, remaining, remaining_fraction, low, adjusted }
    }

    /// The total for display.
    pub fn total_amount(&self) -> Amount {
        Amount::of_bytes(self.total)
    }

    /// The spent bytes for display.
    pub fn spent_amount(&self) -> Amount {
        Amount::of_bytes(self.spent)
    }

    /// The remaining bytes for display.
    pub fn remaining_amount(&self) -> Amount {
        Amount::of_bytes(self.remaining)
    }

    /// Whole GB left: what can be given to or taken from this counter.
    pub fn whole_gb_left(&self) -> u64 {
        whole_gb(self.remaining)
    }
}

/// Whole GB in a byte count, rounded down.
pub fn whole_gb(bytes: u64) -> u64 {
    bytes / BYTES_PER_GB
}

/// Why a sub-user name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// Empty after trimming.
    Empty,
    /// More than [`MAX_NAME_CHARS`] characters after trimming.
    TooLong,
    /// Holds a control character (line break, tab, …).
    NotPrintable,
}

/// Checks a sub-user name; `Ok` holds the trimmed name to send.
pub fn validate_name(raw: &str) -> Result<&str, NameProblem> {
    let name = raw.trim();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().any(char::is_control) {
        Err(NameProblem::NotPrintable)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else {
        Ok(name)
    }
}

/// Why a GB amount was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GbProblem {
    /// The text is not a whole number (see [`CountProblem`]).
    Text(CountProblem),
    /// Zero where at least 1 GB is needed.
    Zero,
    /// More than is left to move; `available` is the most that can be moved, in whole GB.
    MoreThanLeft {
        /// Whole GB left on the side the GB come from.
        available: u64,
    },
}

/// Checks GB to give to a sub-user, typed as text: a whole number, at least 1 (or 0 when
/// `allow_zero`, e.g. creating a sub-user with nothing yet), at most the owner's whole GB
/// left (`owner_remaining` in bytes).
pub fn check_give(raw: &str, owner_remaining: u64, allow_zero: bool) -> Result<u32, GbProblem> {
    check_move(raw, owner_remaining, allow_zero)
}

/// Checks GB to take back from a sub-user: a whole number, at least 1, at most the
/// sub-user's whole GB left (`sub_user_remaining` in bytes).
pub fn check_take(raw: &str, sub_user_remaining: u64) -> Result<u32, GbProblem> {
    check_move(raw, sub_user_remaining, false)
}

fn check_move(raw: &str, from_remaining: u64, allow_zero: bool) -> Result<u32, GbProblem> {
    let gb = parse_count(raw).map_err(GbProblem::Text)?;
    let available = whole_gb(from_remaining);
    if gb == 0 && !allow_zero {
        Err(GbProblem::Zero)
    } else if u64::from(gb) > available {
        Err(GbProblem::MoreThanLeft { available })
    } else {
        Ok(gb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: i64 = 1_000_000_000;

    #[test]
    fn consistent_numbers_pass_through() {
        let t = Traffic::from_bytes(25 * GB, 10 * GB, Some(15 * GB));
        assert_eq!(
            (t.total, t.spent, t.remaining, t.adjusted, t.low),
            (25 * GB as u64, 10 * GB as u64, 15 * GB as u64, false, false)
        );
        assert!((t.remaining_fraction - 0.6).abs() < 1e-12);
        assert_eq!(Traffic::from_bytes(25 * GB, 10 * GB, None), t);
        assert_eq!(t.whole_gb_left(), 15);
    }

    #[test]
    fn low_is_below_ten_percent_of_a_real_total() {
        assert!(!Traffic::from_bytes(100, 90, None).low, "exactly 10 % left");
        assert!(Traffic::from_bytes(100, 91, None).low);
        assert!(Traffic::from_bytes(100, 100, None).low);
        assert!(!Traffic::from_bytes(0, 0, None).low, "nothing given: no warning");
        assert!(Traffic::from_bytes(i64::MAX, i64::MAX - 1, None).low);
        assert_eq!(Traffic::from_bytes(0, 0, Some(0)).remaining_fraction, 0.0);
    }

    #[test]
    fn inconsistent_server_data_is_clamped_and_flagged() {
        let t = Traffic::from_bytes(10 * GB, 12 * GB, None);
        assert_eq!((t.spent, t.remaining, t.adjusted, t.low), (10 * GB as u64, 0, true, true));
        let t = Traffic::from_bytes(-5, -1, Some(-3));
        assert_eq!((t.total, t.spent, t.remaining, t.adjusted), (0, 0, 0, true));
        let t = Traffic::from_bytes(10 * GB, 2 * GB, Some(20 * GB));
        assert_eq!((t.remaining, t.remaining_fraction, t.adjusted), (10 * GB as u64, 1.0, true));
        let t = Traffic::from_bytes(10 * GB, 2 * GB, Some(5 * GB));
        assert_eq!((t.spent, t.remaining, t.adjusted), (2 * GB as u64, 5 * GB as u64, true), "remaining wins");
    }

    #[test]
    fn units_switch_at_one_gb() {
        assert_eq!(Amount::of_bytes(999_999_999), Amount { value: 999.999999, unit: Unit::Mb });
        assert_eq!(Amount::of_bytes(1_000_000_000), Amount { value: 1.0, unit: Unit::Gb });
        assert_eq!(Amount::of_bytes(2_500_000_000), Amount { value: 2.5, unit: Unit::Gb });
        assert_eq!(Amount::of_bytes(0), Amount { value: 0.0, unit: Unit::Mb });
        assert_eq!((Unit::Gb.as_str(), Unit::Mb.intl()), ("GB", "megabyte"));
    }

    #[test]
    fn names() {
        assert_eq!(validate_name("  Scraper 1 "), Ok("Scraper 1"));
        assert_eq!(validate_name("Kraków ☕"), Ok("Kraków ☕"));
        assert_eq!(validate_name(&"é".repeat(64)), Ok("é".repeat(64).as_str()));
        assert_eq!(validate_name(&"a".repeat(65)), Err(NameProblem::TooLong));
        assert_eq!(validate_name(" \t\n"), Err(NameProblem::Empty));
        assert_eq!(validate_name("a\nb"), Err(NameProblem::NotPrintable));
        assert_eq!(validate_name("a\u{7f}"), Err(NameProblem::NotPrintable));
    }

    #[test]
    fn giving_and_taking_gb() {
        let owner = 12 * GB as u64 + 999_999_999; // 12.99 GB: 12 whole
        assert_eq!(check_give("12", owner, false), Ok(12));
        assert_eq!(check_give(" 1 ", owner, false), Ok(1));
        assert_eq!(check_give("13", owner, false), Err(GbProblem::MoreThanLeft { available: 12 }));
        assert_eq!(check_give("0", owner, false), Err(GbProblem::Zero));
        assert_eq!(check_give("0", owner, true), Ok(0));
        assert_eq!(check_give("0", 0, true), Ok(0));
        assert_eq!(check_give("1", 999_999_999, true), Err(GbProblem::MoreThanLeft { available: 0 }));
        assert_eq!(check_give("1.5", owner, false), Err(GbProblem::Text(CountProblem::NotWhole)));
        assert_eq!(check_give("-1", owner, false), Err(GbProblem::Text(CountProblem::Negative)));
        assert_eq!(check_give("abc", owner, false), Err(GbProblem::Text(CountProblem::NotANumber)));
        assert_eq!(check_give("99999999999", u64::MAX, false), Err(GbProblem::Text(CountProblem::TooLarge)));
        assert_eq!(check_take("3", 3 * GB as u64), Ok(3));
        assert_eq!(check_take("4", 3 * GB as u64), Err(GbProblem::MoreThanLeft { available: 3 }));
        assert_eq!(check_take("0", 3 * GB as u64), Err(GbProblem::Zero));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_server_counts_give_sane_figures(data in any::<i64>(), spent in any::<i64>(), remain in proptest::option::of(any::<i64>())) {
                let t = Traffic::from_bytes(data, spent, remain);
                prop_assert!(t.spent <= t.total && t.remaining <= t.total);
                prop_assert!((0.0..=1.0).contains(&t.remaining_fraction));
                prop_assert!(!t.low || t.total > 0);
                if remain.is_none() {
                    prop_assert_eq!(t.spent + t.remaining, t.total);
                }
            }

            #[test]
            fn any_text_is_a_whole_gb_in_range_or_a_problem(raw in ".{0,24}", left in any::<u64>(), allow_zero in any::<bool>()) {
                if let Ok(gb) = check_give(&raw, left, allow_zero) {
                    prop_assert!(u64::from(gb) <= whole_gb(left) && (allow_zero || gb >= 1));
                    prop_assert!(raw.trim().bytes().all(|b| b.is_ascii_digit()));
                }
                if let Ok(name) = validate_name(&raw) {
                    prop_assert!(!name.is_empty() && name.chars().count() <= MAX_NAME_CHARS);
                    prop_assert!(!name.chars().any(char::is_control) && name == name.trim());
                }
            }
        }
    }
}
