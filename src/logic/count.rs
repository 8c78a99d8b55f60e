//! Whole numbers typed into a form (GB to give, slots to keep): the one parser, with typed
//! problems the views translate.

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountProblem {
    /// Nothing typed (or only spaces).
    Empty,
    /// Starts with a minus sign.
    Negative,
    /// Has a decimal point or comma (`1.5`, `1,5`).
    NotWhole,
    /// Not a number at all (letters, signs, exponents, non-ASCII digits).
    NotANumber,
    /// Too many digits for the API.
    TooLarge,
}

/// Reads a whole, non-negative number: outer whitespace trimmed, ASCII digits only (no `+`,
/// no separators, no exponent). Anything above `u32::MAX` is [`CountProblem::TooLarge`];
/// callers check their own range after.
pub fn parse_count(raw: &str) -> Result<u32, CountProblem> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(CountProblem::Empty);
    }
    if let Some(rest) = s.strip_prefix('-') {
        if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
            return Err(CountProblem::Negative);
        }
        return Err(CountProblem::NotANumber);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        let digits_and_point = s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
        let points = s.bytes().filter(|b| *b == b'.' || *b == b',').count();
        return Err(if digits_and_point && points == 1 && s.len() > 1 {
            CountProblem::NotWhole
        } else {
            CountProblem::NotANumber
        });
    }
    s.parse().map_err(|_| CountProblem::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whole_numbers() {
        assert_eq!(parse_count("5"), Ok(5));
        assert_eq!(parse_count(" 12 "), Ok(12));
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count("007"), Ok(7));
        assert_eq!(parse_count("4294967295"), Ok(u32::MAX));
    }

    #[test]
    fn says_what_is_wrong() {
        for (raw, problem) in [
            ("", CountProblem::Empty),
            ("  ", CountProblem::Empty),
            ("-1", CountProblem::Negative),
            ("-1.5", CountProblem::Negative),
            ("1.5", CountProblem::NotWhole),
            ("1,5", CountProblem::NotWhole),
            (".5", CountProblem::NotWhole),
            ("1.", CountProblem::NotWhole),
            ("1.2.3", CountProblem::NotANumber),
            (".", CountProblem::NotANumber),
            ("-", CountProblem::NotANumber),
            ("abc", CountProblem::NotANumber),
            ("+5", CountProblem::NotANumber),
            ("1e3", CountProblem::NotANumber),
            ("1 000", CountProblem::NotANumber),
            ("٣", CountProblem::NotANumber),
            ("--1", CountProblem::NotANumber),
            ("4294967296", CountProblem::TooLarge),
            ("99999999999999999999999", CountProblem::TooLarge),
        ] {
            assert_eq!(parse_count(raw), Err(problem), "{raw:?}");
        }
    }
}
