//! Filling a translated template: `{name}` in a text of locales/*.json is replaced by a
//! value. Plain strings keep the translations as `&'static str` in the wasm (leptos_i18n's
//! own interpolation would build a type per key and language).

use std::fmt::Display;

/// Replaces each `{name}` of `template` with its value; unknown names stay as they are.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value =
            after.find('}').and_then(|end| args.iter().find(|(name, _)| *name == &after[..end]).map(|(_, v)| (end, v)));
        match value {
            Some((end, v)) => {
                out.push_str(&v.to_string());
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_values() {
        assert_eq!(fill("Page {n}", &[("n", &3)]), "Page 3");
        assert_eq!(fill("{a}–{b} of {a}", &[("a", &1), ("b", &"x")]), "1–x of 1");
        assert_eq!(fill("{unknown} {", &[("n", &1)]), "{unknown} {");
        assert_eq!(fill("no braces", &[]), "no braces");
    }
}
