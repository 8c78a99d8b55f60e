//! Money: the API speaks integer cents (USD); people read dollars.

/// Formats cents as US dollars with thousands separators: `123456` → `$1,234.56`.
pub fn format_cents(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let dollars = abs / 100;
    let rest = abs % 100;
    format!("{sign}${}.{rest:02}", group_thousands(dollars))
}

/// `1234567` → `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_cents() {
        assert_eq!(format_cents(0), "$0.00");
        assert_eq!(format_cents(5), "$0.05");
        assert_eq!(format_cents(50000), "$500.00");
        assert_eq!(format_cents(123456789), "$1,234,567.89");
        assert_eq!(format_cents(-1050), "-$10.50");
        assert_eq!(format_cents(i64::MIN), "-$92,233,720,368,547,758.08");
    }
}
