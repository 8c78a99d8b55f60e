//! What the profile's charts are drawn from: the details of the orders read, and what
//! could not be read.

use crate::models::OrderDetail;
use std::sync::Arc;

/// The orders the charts are drawn from.
#[derive(Clone, Debug, PartialEq)]
pub struct Orders {
    /// The details that were read.
    pub(super) details: Arc<Vec<OrderDetail>>,
    /// Orders whose details could not be read, by id.
    pub(super) failed: Vec<i64>,
    /// How many orders were read, when the list was cut short (`MAX_PAGES`).
    pub(super) truncated: Option<usize>,
}
