//! Orders gathered for the session, in memory only (never in storage): whole lists per
//! status (the API cannot filter by tag, so the tag filter, the quick jump and the profile's
//! look ahead and charts, the CSV export and the bulk actions read these) and order details,
//! fetched politely: at most four at a time, and when the server still answers 429 after
//! the client's own retries, the queue pauses for its `Retry-After` (shown through
//! `api::pace`) and goes on. A detail that failed otherwise is kept (so its failure shows)
//! and fetched again the next time it is asked for; [`cancel_details`] drops what is queued.
//! Details are fetched in the order asked for, except that a view may ask ahead of the queue
//! for what it shows first ([`ViewWants::ask_first`]).
//!
//! Lists are read 100 orders a page, at most [`MAX_PAGES`] pages. Everything is dropped on
//! sign-out ([`clear`]) or when the customer asks for fresh data ([`refresh`]); answers
//! that arrive after that are discarded.

use crate::{
    api::{self, pace, ApiError},
    logic::query::{offset_of_link, OrdersQuery},
    models::{OrderDetail, OrderStatus, OrderSummary},
};
use leptos::{prelude::*, task::spawn_local};
use std::{
    cell::{Cell, RefCell},
    collections::{HashMap, HashSet, VecDeque},
    sync::Arc,
};

/// Orders per gathered page (the API's maximum).
pub const PAGE_LIMIT: u32 = 100;
/// The most pages gathered for one status (5,000 orders).
pub const MAX_PAGES: u32 = 50;
/// The most order details fetched at once.
pub const MAX_CONCURRENT: usize = 4;
/// How long the queue pauses after a 429 that named no `Retry-After`, in seconds.
const PAUSE_SECS: u32 = 5;

/// A gathered list of orders.
#[derive(Clone, Debug, PartialEq)]
pub enum Gathered {
    /// On its way.
    Loading,
    /// Every order of the status, newest first; `truncated` when there were more than
    /// [`MAX_PAGES`] pages.
    Ready {
        /// The orders.
        orders: Arc<Vec<OrderSummary>>,
        /// True when only the newest `PAGE_LIMIT × MAX_PAGES` were gathered.
        truncated: bool,
    },
    /// A page failed.
    Failed(ApiError),
}

/// A fetched order detail.
pub type Detail = Result<Arc<OrderDetail>, ApiError>;

thread_local! {
    // Reference-counted, so no reactive owner can dispose them (see `session`).
    static LISTS: ArcRwSignal<HashMap<OrderStatus, Gathered>> = ArcRwSignal::new(HashMap::new());
    static DETAILS: ArcRwSignal<HashMap<i64, Detail>> = ArcRwSignal::new(HashMap::new());
    static QUEUE: RefCell<VecDeque<i64>> = RefCell::default();
    static WANTED: RefCell<HashSet<i64>> = RefCell::default();
    static IN_FLIGHT: Cell<usize> = const { Cell::new(0) };
    static PAUSED: Cell<bool> = const { Cell::new(false) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

fn generation() -> u64 {
    GENERATION.with(Cell::get)
}

/// Starts gathering the orders of `status` unless they are gathered or on their way.
pub fn ensure(status: OrderStatus) {
    let start = LISTS.with(|l| {
        let absent = l.with_untracked(|m| !m.contains_key(&status));
        if absent {
            l.update(|m| {
                m.insert(status.clone(), Gathered::Loading);
            });
        }
        absent
    });
    if !start {
        return;
    }
    let generation = generation();
    spawn_local(async move {
        let outcome = match gather(status.clone()).await {
            Ok((orders, truncated)) => Gathered::Ready { orders: Arc::new(orders), truncated },
            Err(e) => Gathered::Failed(e),
        };
        if generation == self::generation() {
            LISTS.with(|l| {
                l.update(|m| {
                    m.insert(status, outcome);
                })
            });
        }
    });
}

/// Reactive: the gathered orders of `status`; `None` before [`ensure`].
pub fn gathered(status: OrderStatus) -> Option<Gathered> {
    LISTS.with(|l| l.with(|m| m.get(&status).cloned()))
}

/// Gathers `status` again (after a failure, say).
pub fn retry(status: OrderStatus) {
    LISTS.with(|l| {
        l.update(|m| {
            m.remove(&status);
        })
    });
    ensure(status);
}

async fn gather(status: OrderStatus) -> Result<(Vec<OrderSummary>, bool), ApiError> {
    let mut query = OrdersQuery::default().with_status(status).with_limit(PAGE_LIMIT);
    let mut orders: Vec<OrderSummary> = Vec::new();
    let mut seen = HashSet::new();
    for _ in 0..MAX_PAGES {
        let page = api::orders::list(query.clone(), None).await?;
        let count = page.orders.len();
        // An order that moved to the next page while paging is kept once.
        orders.extend(page.orders.into_iter().filter(|o| seen.insert(o.order_id)));
        match page.next.as_deref().and_then(offset_of_link) {
            Some(next) if count > 0 && next > query.offset => query = query.with_offset(next),
            _ => return Ok((orders, false)),
        }
    }
    Ok((orders, true))
}

/// Asks for the details of `ids` that are neither fetched nor on their way (a detail whose
/// fetch failed is asked for again); they are fetched in the background, at most
/// [`MAX_CONCURRENT`] at once, after those asked for before.
pub fn want_details(ids: impl IntoIterator<Item = i64>) {
    queue_details(ids, Place::Last);
}

/// Where newly wanted details go in the queue.
enum Place {
    /// Behind what is queued.
    Last,
    /// In front of it, in their order (those already queued move there).
    First,
}

fn queue_details(ids: impl IntoIterator<Item = i64>, place: Place) {
    let known: HashSet<i64> =
        DETAILS.with(|d| d.with_untracked(|m| m.iter().filter(|(_, d)| d.is_ok()).map(|(id, _)| *id).collect()));
    let ids: Vec<i64> = ids.into_iter().filter(|id| !known.contains(id)).collect();
    QUEUE.with(|q| WANTED.with(|w| enqueue(&mut q.borrow_mut(), &mut w.borrow_mut(), &ids, place)));
    pump();
}

/// Puts `ids` in `queue` at `place`, once each; `wanted` holds what is queued or on its way,
/// and what is on its way is not queued again.
fn enqueue(queue: &mut VecDeque<i64>, wanted: &mut HashSet<i64>, ids: &[i64], place: Place) {
    match place {
        Place::Last => queue.extend(ids.iter().copied().filter(|id| wanted.insert(*id))),
        Place::First => {
            let queued: HashSet<i64> = queue.iter().copied().collect();
            let mut moving = HashSet::new();
            let front: Vec<i64> = ids
                .iter()
                .copied()
                .filter(|id| (queued.contains(id) || wanted.insert(*id)) && moving.insert(*id))
                .collect();
            queue.retain(|id| !moving.contains(id));
            front.into_iter().rev().for_each(|id| queue.push_front(id));
        }
    }
}

fn pump() {
    while !PAUSED.with(Cell::get) && IN_FLIGHT.with(Cell::get) < MAX_CONCURRENT {
        let Some(id) = QUEUE.with(|q| q.borrow_mut().pop_front()) else { return };
        IN_FLIGHT.with(|n| n.set(n.get() + 1));
        let generation = generation();
        spawn_local(async move {
            let detail = api::orders::detail(id, None).await.map(Arc::new);
            IN_FLIGHT.with(|n| n.set(n.get().saturating_sub(1)));
            if let (Err(ApiError::RateLimited { retry_after_secs }), true) = (&detail, generation == self::generation())
            {
                // Still too fast after the client's retries: this one goes back to the front,
                // and the first to see it pauses the whole queue.
                QUEUE.with(|q| q.borrow_mut().push_front(id));
                if !PAUSED.with(|p| p.replace(true)) {
                    pace::wait(retry_after_secs.unwrap_or(PAUSE_SECS)).await;
                    PAUSED.with(|p| p.set(false));
                    pump();
                }
                return;
            }
            if generation == self::generation() {
                WANTED.with(|w| w.borrow_mut().remove(&id));
                DETAILS.with(|d| {
                    d.update(|m| {
                        m.insert(id, detail);
                    })
                });
            }
            pump();
        });
    }
}

/// What one view asked for through [`want_details`]: dropped from the queue when the view
/// goes, so a page that was left does not keep the API (and the browser's few connections
/// to it) busy with reads nobody will see; those on their way still land, and the view asks
/// again for the rest when it is back. Cheap to copy.
#[derive(Clone, Copy)]
pub struct ViewWants(StoredValue<HashSet<i64>>);

impl ViewWants {
    /// The wants of the view being built (call it in the component: they are dropped with
    /// that view's owner).
    pub fn of_this_view() -> Self {
        let asked = StoredValue::new(HashSet::new());
        on_cleanup(move || {
            if let Some(ids) = asked.try_with_value(|ids| ids.iter().copied().collect::<Vec<_>>()) {
                cancel_details(&ids);
            }
        });
        ViewWants(asked)
    }

    /// [`want_details`] for this view.
    pub fn ask(self, ids: impl IntoIterator<Item = i64>) {
        queue_details(self.keep(ids), Place::Last);
    }

    /// [`want_details`] for this view, ahead of every detail still queued: for what the page
    /// shows first (the profile's renewal forecast needs a few details; its charts, asked
    /// for at the same time, every order's).
    pub fn ask_first(self, ids: impl IntoIterator<Item = i64>) {
        queue_details(self.keep(ids), Place::First);
    }

    /// Remembers `ids` as asked for by this view.
    fn keep(self, ids: impl IntoIterator<Item = i64>) -> Vec<i64> {
        let ids: Vec<i64> = ids.into_iter().collect();
        self.0.update_value(|asked| asked.extend(ids.iter().copied()));
        ids
    }
}

/// Drops `ids` from the queue of details to fetch (the export was cancelled, the page that
/// wanted them was left); those on their way still land.
pub fn cancel_details(ids: &[i64]) {
    let ids: HashSet<i64> = ids.iter().copied().collect();
    QUEUE.with(|q| q.borrow_mut().retain(|id| !ids.contains(id)));
    WANTED.with(|w| w.borrow_mut().retain(|id| !ids.contains(id)));
}

/// Reactive: reads the fetched details.
pub fn with_details<R>(f: impl FnOnce(&HashMap<i64, Detail>) -> R) -> R {
    DETAILS.with(|d| d.with(f))
}

/// Forgets every gathered list and detail (sign-out). Answers still on their way are
/// discarded when they arrive.
pub fn clear() {
    GENERATION.with(|g| g.set(g.get() + 1));
    QUEUE.with(|q| q.borrow_mut().clear());
    WANTED.with(|w| w.borrow_mut().clear());
    LISTS.with(|l| l.update(HashMap::clear));
    DETAILS.with(|d| d.update(HashMap::clear));
}

/// Forgets what was gathered so that the next reads fetch it afresh; the lists in `keep`
/// start gathering again at once.
pub fn refresh(keep: &[OrderStatus]) {
    clear();
    for status in keep {
        ensure(status.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::{enqueue, Place};
    use std::collections::{HashSet, VecDeque};

    /// The queue after asking for `ids` at `place`, with `queued` waiting and `on_its_way`
    /// being fetched.
    fn after(queued: &[i64], on_its_way: &[i64], ids: &[i64], place: Place) -> Vec<i64> {
        let mut queue: VecDeque<i64> = queued.iter().copied().collect();
        let mut wanted: HashSet<i64> = queued.iter().chain(on_its_way).copied().collect();
        enqueue(&mut queue, &mut wanted, ids, place);
        assert!(queue.iter().all(|id| wanted.contains(id)), "what is queued is wanted");
        queue.into_iter().collect()
    }

    #[test]
    fn details_asked_for_later_wait_behind_the_queue_once_each() {
        assert_eq!(after(&[1, 2, 3], &[9], &[4, 2, 4, 5, 9], Place::Last), [1, 2, 3, 4, 5]);
    }

    #[test]
    fn details_asked_for_first_go_ahead_in_their_order_and_leave_their_old_place() {
        assert_eq!(after(&[1, 2, 3, 4], &[9], &[4, 7, 2, 7, 9], Place::First), [4, 7, 2, 1, 3]);
        assert_eq!(after(&[], &[], &[5, 6], Place::First), [5, 6]);
    }
}
