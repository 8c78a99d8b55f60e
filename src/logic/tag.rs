//! Order tags as typed by the customer: trimmed, at most [`MAX_TAG_CHARS`] characters, no
//! control characters. An empty tag is allowed and clears the order's tag.

/// The longest tag the API accepts, in characters.
pub const MAX_TAG_CHARS: usize = 100;

/// Checks a tag before it is sent. `Ok` holds the trimmed text to send (empty clears the
/// tag); `Err` says what to fix.
pub fn validate_tag(raw: &str) -> Result<String, String> {
    let tag = raw.trim();
    if tag.chars().any(char::is_control) {
        return Err(tr!(order.tag_control).into());
    }
    let count = tag.chars().count();
    if count > MAX_TAG_CHARS {
        return Err(trf!(order.tag_long, max = MAX_TAG_CHARS, count = count));
    }
    Ok(tag.to_string())
}

/// The tag to show for an order: `None` when it has none. The provider's own client treats
/// the text `none` as "no tag", and so does this one.
pub fn shown_tag(tag: Option<&str>) -> Option<&str> {
    tag.map(str::trim).filter(|t| !t.is_empty() && *t != "none")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_accepts_ordinary_tags() {
        assert_eq!(validate_tag("  checkout-bot "), Ok("checkout-bot".into()));
        assert_eq!(validate_tag("<img src=x>"), Ok("<img src=x>".into()));
        assert_eq!(validate_tag("ünïcödé 🚀"), Ok("ünïcödé 🚀".into()));
    }

    #[test]
    fn empty_clears() {
        assert_eq!(validate_tag(""), Ok(String::new()));
        assert_eq!(validate_tag("   "), Ok(String::new()));
    }

    #[test]
    fn length_counts_characters_after_trimming() {
        assert!(validate_tag(&"a".repeat(100)).is_ok());
        assert!(validate_tag(&format!("  {}  ", "a".repeat(100))).is_ok());
        assert!(validate_tag(&"é".repeat(100)).is_ok());
        let e = validate_tag(&"a".repeat(101)).expect_err("too long");
        assert!(e.contains("100") && e.contains("101"), "{e}");
    }

    #[test]
    fn refuses_control_characters() {
        for bad in ["a\nb", "a\tb", "a\u{0}b", "a\u{7f}b", "a\u{85}b"] {
            assert!(validate_tag(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn none_means_no_tag() {
        assert_eq!(shown_tag(None), None);
        assert_eq!(shown_tag(Some("none")), None);
        assert_eq!(shown_tag(Some("  ")), None);
        assert_eq!(shown_tag(Some("bot")), Some("bot"));
    }
}
