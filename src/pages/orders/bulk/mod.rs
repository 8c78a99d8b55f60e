//! Bulk actions on the orders table: the rows' checkboxes share one [`Selection`] (shift-click
//! ranges, the header's select-all, as in an order's proxies table); the bar offers renewing
//! the selected on-hold orders, switching auto-renewal and setting one tag, each after a
//! confirmation that says which orders it leaves out and why; the run goes one request at a
//! time with its progress and each order's outcome.

mod bar;
mod renew;
mod run;
mod settings;

pub use bar::BulkBar;
pub use run::RunView;

use crate::logic::selection::Selection;
use leptos::prelude::*;
use run::BulkRun;

/// The orders page's selection and bulk run; cheap to copy.
#[derive(Clone, Copy)]
pub struct Bulk {
    /// The selected orders of the page on screen, by id.
    pub selection: RwSignal<Selection>,
    /// The run under way or last finished.
    pub run: BulkRun,
}

impl Bulk {
    /// The page's bulk state; `finished` reads the list again after a run.
    pub fn new(finished: impl Fn() + 'static) -> Bulk {
        let selection = RwSignal::new(Selection::new());
        let run = BulkRun::new(move || {
            selection.update(Selection::clear);
            finished();
        });
        Bulk { selection, run }
    }
}
