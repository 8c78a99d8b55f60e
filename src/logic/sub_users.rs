//! Sub-users of a residential plan (docs/API.md §6): the table's paging, kept in the residential
//! page's URL as `&users_offset=` beside `type=`, and the check of a new sub-user's form
//! (a name and whole GB the owner still has) before anything is sent.
//!
//! The single-field rules (names, GB to give or take back) live in [`crate::logic::traffic`];
//! this module combines them for the create form and does the paging arithmetic.

use crate::{
    logic::traffic::{check_give, validate_name, GbProblem, NameProblem},
    models::ProxyType,
};

/// Sub-users per page of the table.
pub const PAGE_SIZE: u32 = 10;
/// The largest offset read from a URL (keeps arithmetic far from overflow).
const MAX_OFFSET: u32 = 1_000_000;

/// Reads `users_offset` from the URL: a whole number rounded down to the start of its
/// page; anything missing, negative or unreadable is the first page.
pub fn parse_offset(raw: Option<&str>) -> u32 {
    let offset = raw.and_then(|o| o.trim().parse::<i64>().ok()).map_or(0, |o| o.clamp(0, MAX_OFFSET as i64) as u32);
    offset - offset % PAGE_SIZE
}

/// The residential page's href for `plan` with the sub-users table at `offset`:
/// `/residential?type=standart&users_offset=10`; the first page has no `users_offset`.
pub fn page_href(plan: ProxyType, offset: u32) -> String {
    match offset {
        0 => format!("/residential?type={}", plan.as_str()),
        o => format!("/residential?type={}&users_offset={o}", plan.as_str()),
    }
}

/// 1-based page number of `offset`, for display.
pub fn page_number(offset: u32) -> u32 {
    offset / PAGE_SIZE + 1
}

/// The offset of the page before, `None` on the first page.
pub fn prev_offset(offset: u32) -> Option<u32> {
    (offset > 0).then(|| offset.saturating_sub(PAGE_SIZE))
}

/// The offset of the page after, `None` on the last. `count` is the server's total (when
/// it sent one); without it a full page means there may be more.
pub fn next_offset(offset: u32, count: Option<i64>, rows_on_page: usize) -> Option<u32> {
    let next = offset.checked_add(PAGE_SIZE).filter(|n| *n <= MAX_OFFSET)?;
    let more = match count {
        Some(total) => i64::from(next) < total,
        None => rows_on_page >= PAGE_SIZE as usize,
    };
    more.then_some(next)
}

/// A new sub-user that passed the checks: what `POST /proxies/sub-user` is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSubUser {
    /// The trimmed name.
    pub name: String,
    /// Whole GB to give it (0 or more).
    pub gb: u32,
}

/// What is wrong with the create form, field by field (both may be wrong at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NewProblems {
    /// The name's problem.
    pub name: Option<NameProblem>,
    /// The GB field's problem.
    pub gb: Option<GbProblem>,
}

/// Checks the create form: the name (1–64 printable characters, trimmed) and the GB (a
/// whole number, 0 or more, at most the owner's whole GB left, `owner_remaining` in bytes).
pub fn check_new(name: &str, gb: &str, owner_remaining: u64) -> Result<NewSubUser, NewProblems> {
    match (validate_name(name), check_give(gb, owner_remaining, true)) {
        (Ok(name), Ok(gb)) => Ok(NewSubUser { name: name.to_string(), gb }),
        (name, gb) => Err(NewProblems { name: name.err(), gb: gb.err() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logic::count::CountProblem;

    const GB: u64 = 1_000_000_000;

    #[test]
    fn offsets_from_the_url_land_on_a_page_start() {
        assert_eq!(parse_offset(None), 0);
        assert_eq!(parse_offset(Some("10")), 10);
        assert_eq!(parse_offset(Some(" 27 ")), 20);
        assert_eq!(parse_offset(Some("-10")), 0);
        assert_eq!(parse_offset(Some("abc")), 0);
        assert_eq!(parse_offset(Some("99999999999999999999")), 0);
        assert_eq!(parse_offset(Some("99999999999")), MAX_OFFSET);
    }

    #[test]
    fn hrefs_keep_the_plan() {
        assert_eq!(page_href(ProxyType::Standart, 0), "/residential?type=standart");
        assert_eq!(page_href(ProxyType::Premium, 10), "/residential?type=premium&users_offset=10");
        assert_eq!(parse_offset(Some("10")), 10, "an href reads back");
    }

    #[test]
    fn paging_steps() {
        assert_eq!((page_number(0), page_number(10), page_number(25)), (1, 2, 3));
        assert_eq!((prev_offset(0), prev_offset(10), prev_offset(5)), (None, Some(0), Some(0)));
        assert_eq!(next_offset(0, Some(11), 10), Some(10));
        assert_eq!(next_offset(0, Some(10), 10), None);
        assert_eq!(next_offset(10, Some(11), 1), None);
        assert_eq!(next_offset(0, None, 10), Some(10), "no count: a full page may have more");
        assert_eq!(next_offset(0, None, 3), None);
        assert_eq!(next_offset(MAX_OFFSET, Some(i64::MAX), 10), None);
    }

    #[test]
    fn a_new_sub_user_is_checked_field_by_field() {
        let left = 16 * GB + 562_487_296; // the seed's Standart owner: 16 whole GB
        assert_eq!(check_new(" scraper-2 ", "16", left), Ok(NewSubUser { name: "scraper-2".into(), gb: 16 }));
        assert_eq!(check_new("empty", "0", 0), Ok(NewSubUser { name: "empty".into(), gb: 0 }));
        assert_eq!(
            check_new("x", "17", left),
            Err(NewProblems { name: None, gb: Some(GbProblem::MoreThanLeft { available: 16 }) })
        );
        assert_eq!(
            check_new("  ", "", left),
            Err(NewProblems { name: Some(NameProblem::Empty), gb: Some(GbProblem::Text(CountProblem::Empty)) })
        );
        assert_eq!(check_new(&"n".repeat(65), "1", left).map_err(|p| p.name), Err(Some(NameProblem::TooLong)));
        assert_eq!(check_new("a\tb", "1", left).map_err(|p| p.name), Err(Some(NameProblem::NotPrintable)));
        assert_eq!(check_new("a", "-1", left).map_err(|p| p.gb), Err(Some(GbProblem::Text(CountProblem::Negative))));
        assert_eq!(check_new("a", "1.5", left).map_err(|p| p.gb), Err(Some(GbProblem::Text(CountProblem::NotWhole))));
    }
}
