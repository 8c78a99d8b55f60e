//! The selected rows of a table with checkboxes (the proxies of an order, the orders list):
//! a click toggles a row, shift-click selects a range from the last clicked row, the header
//! checkbox selects or clears every visible row. Rows are named by a text key (an IP, an
//! order id), so a filter or a reload keeps what is still there.

use std::collections::BTreeSet;

#[cfg(test)]
mod tests;

/// The header checkbox of a table: how much of the visible rows is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderState {
    /// None of the visible rows (or no rows).
    None,
    /// Some but not all.
    Some,
    /// All visible rows.
    All,
}

/// The selected rows of a table, kept by key (an IP, an order id) so that filtering and
/// reloading do not lose them, and the anchor of the last plain click for shift-click ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    selected: BTreeSet<String>,
    anchor: Option<String>,
}

impl Selection {
    /// Nothing selected.
    pub fn new() -> Selection {
        Selection::default()
    }

    /// How many rows are selected (visible or not).
    pub fn len(&self) -> usize {
        self.selected.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }

    /// Whether `key` is selected.
    pub fn contains(&self, key: &str) -> bool {
        self.selected.contains(key)
    }

    /// The keys of the selected rows, sorted as text.
    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.selected.iter().map(String::as_str)
    }

    /// A click on the checkbox of row `index` of `visible` (the keys of the shown rows, in table
    /// order). A plain click toggles the row and makes it the anchor. A shift-click with an
    /// anchor among the visible rows gives every row from the anchor to this one the state
    /// the clicked row is toggled to, then moves the anchor here. An index past the rows does
    /// nothing.
    pub fn click<S: AsRef<str>>(&mut self, visible: &[S], index: usize, shift: bool) {
        let Some(key) = visible.get(index).map(AsRef::as_ref) else { return };
        let on = !self.contains(key);
        let anchor = self.anchor.as_deref().and_then(|a| visible.iter().position(|v| v.as_ref() == a));
        let range = match anchor {
            Some(a) if shift => a.min(index)..=a.max(index),
            _ => index..=index,
        };
        for v in &visible[range] {
            self.set(v.as_ref(), on);
        }
        self.anchor = Some(key.to_string());
    }

    fn set(&mut self, key: &str, on: bool) {
        if on {
            if !self.selected.contains(key) {
                self.selected.insert(key.to_string());
            }
        } else {
            self.selected.remove(key);
        }
    }

    /// The header checkbox: selects every visible row, or, when all are already selected,
    /// clears them. Rows hidden by the filter keep their state.
    pub fn toggle_all<S: AsRef<str>>(&mut self, visible: &[S]) {
        let on = self.header(visible) != HeaderState::All;
        for v in visible {
            self.set(v.as_ref(), on);
        }
    }

    /// The header checkbox's state for the visible rows.
    pub fn header<S: AsRef<str>>(&self, visible: &[S]) -> HeaderState {
        let n = visible.iter().filter(|v| self.contains(v.as_ref())).count();
        match n {
            0 => HeaderState::None,
            n if n == visible.len() => HeaderState::All,
            _ => HeaderState::Some,
        }
    }

    /// Unselects everything.
    pub fn clear(&mut self) {
        self.selected.clear();
        self.anchor = None;
    }

    /// Drops rows the table no longer has (after a reload).
    pub fn retain_existing<S: AsRef<str>>(&mut self, all: &[S]) {
        let all: BTreeSet<&str> = all.iter().map(AsRef::as_ref).collect();
        self.selected.retain(|key| all.contains(key.as_str()));
        if self.anchor.as_deref().is_some_and(|a| !all.contains(a)) {
            self.anchor = None;
        }
    }
}
