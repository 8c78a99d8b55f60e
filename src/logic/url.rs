//! What the app reads from its own URLs: the order id of `/orders/:id`, and where to go
//! after signing in. Both come from the address bar, so anything may arrive.

/// Reads the `:id` of the URL: a positive whole number, digits only.
pub fn parse_order_id(raw: &str) -> Option<i64> {
    if raw.is_empty() || raw.len() > 18 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().filter(|&id| id > 0)
}

/// Where to go after signing in: the `next` query value when it is a local path.
pub fn safe_next(next: Option<String>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/sign-in") && !n.contains('\\') => n,
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_ids_from_the_url() {
        assert_eq!(parse_order_id("1001"), Some(1001));
        for bad in ["", "abc", "0", "-5", "+5", "1e3", "10 01", "١٢", "99999999999999999999"] {
            assert_eq!(parse_order_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn next_only_allows_local_paths() {
        assert_eq!(safe_next(Some("/orders?status=all".into())), "/orders?status=all");
        assert_eq!(safe_next(Some("//evil.example".into())), "/");
        assert_eq!(safe_next(Some("https://evil.example".into())), "/");
        assert_eq!(safe_next(Some("/sign-in?next=/x".into())), "/");
        assert_eq!(safe_next(None), "/");
    }
}
