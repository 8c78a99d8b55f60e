//! Pure data for the profile's charts, computed from the order details the session has
//! gathered: what was spent per month ([`spend`]), what falls due per week against the
//! wallet ([`due`]), round tick values for a y axis ([`axis`]), and where a bar chart's
//! bars go ([`bars`]: used by the residential page's charts too).
//!
//! Amounts are cents; instants are Unix milliseconds and months are UTC calendar months;
//! the caller supplies "now". Drawing (and formatting amounts and dates in the reader's
//! language) is the view's.

pub mod axis;
pub mod bars;
pub mod due;
pub mod spend;

pub use axis::nice_ticks;
pub use due::{due_by_week, Due, DueWeek, DUE_WEEKS, WEEK_MS};
pub use spend::{monthly_spend, MonthSpend, Spend, SPEND_MONTHS};
