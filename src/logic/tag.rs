//! Order tags as typed by the customer: trimmed, at most [`MAX_TAG_CHARS`] characters, no
//! control characters. An empty tag is allowed and clears the order's tag.

/// The longest tag the API accepts, in characters.
pub const MAX_TAG_CHARS: usize = 100;

/// What is wrong with a typed tag; views say it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagProblem {
    /// It holds a control character (a line break, a tab, …).
    Control,
    /// It is longer than [`MAX_TAG_CHARS`] characters.
    TooLong {
        /// How many characters it has (after trimming).
        count: usize,
    },
}

/// Checks a tag before it is sent. `Ok` holds the trimmed text to send (empty clears the
/// tag); `Err` says what to fix.
pub fn validate_tag(raw: &str) -> Result<String, TagProblem> {
    let tag = raw.trim();
    check(tag)?;
    Ok(tag.to_string())
}

fn check(tag: &str) -> Result<(), TagProblem> {
    if tag.chars().any(char::is_control) {
        return Err(TagProblem::Control);
    }
    let count = tag.chars().count();
    if count > MAX_TAG_CHARS {
        return Err(TagProblem::TooLong { count });
    }
    Ok(())
}

/// The one reading of an order's tag: trimmed, and `None` when it has none. The provider's
/// own client treats the text `none` as "no tag", and so does this one.
pub fn shown_tag(tag: Option<&str>) -> Option<&str> {
    tag.map(str::trim).filter(|t| !t.is_empty() && *t != "none")
}

/// A tag to filter by, from raw text (a URL, a link): [`shown_tag`], and only a tag that
/// [`validate_tag`] would accept; anything else means no filter.
pub fn filter_tag(raw: Option<&str>) -> Option<String> {
    shown_tag(raw).filter(|t| check(t).is_ok()).map(str::to_string)
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
        assert_eq!(validate_tag(&"a".repeat(101)), Err(TagProblem::TooLong { count: 101 }));
    }

    #[test]
    fn refuses_control_characters() {
        for bad in ["a\nb", "a\tb", "a\u{0}b", "a\u{7f}b", "a\u{85}b"] {
            assert_eq!(validate_tag(bad), Err(TagProblem::Control), "{bad:?}");
        }
    }

    #[test]
    fn none_means_no_tag() {
        assert_eq!(shown_tag(None), None);
        assert_eq!(shown_tag(Some("none")), None);
        assert_eq!(shown_tag(Some("  ")), None);
        assert_eq!(shown_tag(Some("bot")), Some("bot"));
    }

    #[test]
    fn filters_take_only_valid_tags() {
        assert_eq!(filter_tag(Some(" eu ")).as_deref(), Some("eu"));
        for blank in [None, Some(""), Some("  "), Some("none"), Some("a\nb")] {
            assert_eq!(filter_tag(blank), None, "{blank:?}");
        }
        assert_eq!(filter_tag(Some(&"x".repeat(101))), None);
    }
}
