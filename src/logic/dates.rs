//! Dates: RFC 3339 timestamps from the API, shown as a date and a relative phrase.
//!
//! Pure and host-tested; the caller supplies "now" in Unix milliseconds.

use crate::models::string_enum;

/// One day in milliseconds.
pub const DAY_MS: i64 = 86_400_000;
/// One hour in milliseconds.
pub const HOUR_MS: i64 = 3_600_000;

/// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` into Unix milliseconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut millis = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let first3: String = frac[..digits].chars().chain("000".chars()).take(3).collect();
        millis = first3.parse::<i64>().ok()?;
        rest = &frac[digits..];
    }
    let offset_min = match rest {
        "Z" | "z" | "" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let oh: i64 = rest.get(1..3)?.parse().ok()?;
            let om: i64 = rest.get(4..6)?.parse().ok()?;
            sign * (oh * 60 + om)
        }
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offset_min * 60;
    Some(secs * 1000 + millis)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` (UTC) of a Unix-milliseconds instant.
pub fn format_date(ms: i64) -> String {
    let days = ms.div_euclid(DAY_MS);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD HH:MM UTC` of a Unix-milliseconds instant.
pub fn format_date_time(ms: i64) -> String {
    let minutes = ms.div_euclid(60_000).rem_euclid(1440);
    format!("{} {:02}:{:02} UTC", format_date(ms), minutes / 60, minutes % 60)
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) of a Unix-milliseconds instant: ISO 8601 with a space, the
/// date-time form every spreadsheet recognises (the `T…Z` form stays text in Excel).
pub fn format_iso_date_time(ms: i64) -> String {
    let secs = ms.div_euclid(1000).rem_euclid(86_400);
    format!("{} {:02}:{:02}:{:02}", format_date(ms), secs / 3600, secs / 60 % 60, secs % 60)
}

/// The UTC calendar month of an instant, as (year, month 1–12).
pub fn year_month(ms: i64) -> (i64, u32) {
    let (y, m, _) = civil_from_days(ms.div_euclid(DAY_MS));
    (y, m as u32)
}

/// The first instant (UTC midnight of the 1st) of a month, in Unix milliseconds. Months
/// outside 1–12 carry into the years around, so `month_start_ms(y, m + 1)` is always the
/// next month.
pub fn month_start_ms(year: i64, month: i64) -> i64 {
    let months = year * 12 + (month - 1);
    days_from_civil(months.div_euclid(12), months.rem_euclid(12) + 1, 1) * DAY_MS
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

/// "in 2 days", "in 5 hours", "3 days ago", "in less than an hour".
pub fn relative(target_ms: i64, now_ms: i64) -> String {
    let delta = target_ms - now_ms;
    let abs = delta.abs();
    let phrase = if abs < HOUR_MS {
        return if delta >= 0 { "in less than an hour".into() } else { "less than an hour ago".into() };
    } else if abs < DAY_MS {
        plural(abs / HOUR_MS, "hour")
    } else {
        plural(abs / DAY_MS, "day")
    };
    if delta >= 0 {
        format!("in {phrase}")
    } else {
        format!("{phrase} ago")
    }
}

fn plural(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

string_enum! {
    /// How soon an expiry is, for marking rows; its string is the CSS class name.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Urgency {
        /// Already past.
        Expired = "expired",
        /// Within the next three days.
        Soon = "soon",
        /// Later, or never.
        Later = "later",
    }
}

impl Urgency {
    /// Classifies an expiry against now.
    pub fn of(target_ms: Option<i64>, now_ms: i64) -> Urgency {
        match target_ms {
            Some(t) if t <= now_ms => Urgency::Expired,
            Some(t) if t - now_ms <= 3 * DAY_MS => Urgency::Soon,
            _ => Urgency::Later,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_utc_and_offsets() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2026-11-28T07:00:00Z"), Some(1_795_849_200_000));
        assert_eq!(parse_rfc3339("2026-11-28T09:00:00+02:00"), Some(1_795_849_200_000));
        assert_eq!(parse_rfc3339("2026-11-28T07:00:00.250Z"), Some(1_795_849_200_250));
        assert_eq!(parse_rfc3339("2026-11-28 07:00:00"), Some(1_795_849_200_000));
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "tomorrow",
            "2026-13-01T00:00:00Z",
            "2026-11-28T25:00:00Z",
            "2026-11-28T07:00:00+xx",
            "2026-1-28T07:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_dates() {
        assert_eq!(format_date(1_795_849_200_000), "2026-11-28");
        assert_eq!(format_date_time(1_795_849_200_000), "2026-11-28 07:00 UTC");
        assert_eq!(format_date(0), "1970-01-01");
        assert_eq!(format_date(-DAY_MS), "1969-12-31");
        assert_eq!(format_iso_date_time(1_795_849_200_000 + 59_999), "2026-11-28 07:00:59");
        assert_eq!(format_iso_date_time(-1), "1969-12-31 23:59:59");
    }

    #[test]
    fn months() {
        assert_eq!(year_month(1_795_849_200_000), (2026, 11));
        assert_eq!(year_month(-1), (1969, 12));
        assert_eq!(month_start_ms(2026, 11), parse_rfc3339("2026-11-01T00:00:00Z").unwrap_or_default());
        assert_eq!(month_start_ms(2026, 13), month_start_ms(2027, 1));
        assert_eq!(month_start_ms(2026, 0), month_start_ms(2025, 12));
        assert_eq!(month_start_ms(2026, -11), month_start_ms(2025, 1));
        assert_eq!(month_start_ms(1970, 1), 0);
    }

    #[test]
    fn relative_phrases() {
        let now = 1_000 * DAY_MS;
        assert_eq!(relative(now + 2 * DAY_MS + HOUR_MS, now), "in 2 days");
        assert_eq!(relative(now + DAY_MS, now), "in 1 day");
        assert_eq!(relative(now + 5 * HOUR_MS, now), "in 5 hours");
        assert_eq!(relative(now - 3 * DAY_MS, now), "3 days ago");
        assert_eq!(relative(now + 10, now), "in less than an hour");
    }

    #[test]
    fn urgency() {
        let now = 1_000 * DAY_MS;
        assert_eq!(Urgency::of(Some(now - 1), now), Urgency::Expired);
        assert_eq!(Urgency::of(Some(now + 2 * DAY_MS), now), Urgency::Soon);
        assert_eq!(Urgency::of(Some(now + 4 * DAY_MS), now), Urgency::Later);
        assert_eq!(Urgency::of(None, now), Urgency::Later);
    }
}
