//! What the app reads from its own URLs: the order id of `/orders/:id`, which pages need
//! a key, and where to go after signing in. They come from the address bar, so anything
//! may arrive.

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

/// Whether `path` (below the deployment's base, without the query) is one of the signed-in
/// pages the router guards: the profile, the orders and an order, buying, residential.
/// Keep in step with the routes in `src/app/mod.rs`.
pub fn needs_key(path: &str) -> bool {
    let path = path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path);
    matches!(path, "/" | "/orders" | "/buy" | "/residential")
        || path.strip_prefix("/orders/").is_some_and(|id| !id.is_empty() && !id.contains('/'))
}

/// The sign-in page that comes back to `next` (path and query, below the base) afterwards.
pub fn sign_in_then(next: &str) -> String {
    if next == "/" {
        "/sign-in".to_string()
    } else {
        format!("/sign-in?next={}", super::query::encode_component(next))
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

    #[test]
    fn the_guarded_pages() {
        for path in ["/", "/orders", "/orders/", "/orders/17", "/orders/abc", "/buy", "/residential"] {
            assert!(needs_key(path), "{path}");
        }
        for path in ["/sign-in", "/nowhere", "/orders/17/x", "/buyer", ""] {
            assert!(!needs_key(path), "{path}");
        }
    }

    #[test]
    fn sign_in_comes_back() {
        assert_eq!(sign_in_then("/"), "/sign-in");
        assert_eq!(sign_in_then("/orders?status=all"), "/sign-in?next=%2Forders%3Fstatus%3Dall");
    }
}
