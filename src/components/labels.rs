//! Small labels that several views show alike, written once.

/// An order's auto-renewal as people read it: "On" or "Off" in the current language, `None`
/// when the server does not say (the caller picks what stands for that: a dash in tables, a
/// sentence on the order page).
pub fn auto_renewal(flag: Option<bool>) -> Option<&'static str> {
    flag.map(|on| if on { tr!(common.on) } else { tr!(common.off) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_off_or_unknown() {
        assert_eq!(auto_renewal(Some(true)), Some("On"));
        assert_eq!(auto_renewal(Some(false)), Some("Off"));
        assert_eq!(auto_renewal(None), None);
    }
}
