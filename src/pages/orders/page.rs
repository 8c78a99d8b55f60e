//! Orders: a table filtered by status with paging, and optionally by tag. Status, offset,
//! limit and tag live in the URL query, so reload, back/forward and shared links keep the
//! view; nonsense in the URL is corrected in place. While the next page loads, the old rows
//! stay. The API cannot filter by tag: with a tag, the orders of the status are gathered
//! once per session (`api::orders_cache`) and filtered and paged here.
//!
//! Rows can be selected for the bulk actions (`bulk`), which keep the selection of the page
//! on screen; the CSV export (`export`) takes every order of the filter, on every page.

use super::{
    bulk::{Bulk, BulkBar, RunView},
    export::ExportButton,
    status_tabs::StatusTabs,
    table::OrdersTable,
};
use crate::{
    api::{
        self,
        load::load,
        orders_cache::{self, Gathered},
    },
    components::{loaded::Source, pager::Pager, LoadError, Loaded, Skeleton},
    i18n,
    logic::selection::Selection,
    logic::{
        order_search::orders_tagged,
        query::{offset_of_link, OrdersQuery},
    },
    models::{OrderPage, OrderStatus, OrderSummary},
    pages::frame::shell::path_and_query,
    state::base_path,
};
use leptos::prelude::*;
use leptos_router::{
    components::A,
    hooks::{use_location, use_navigate, use_query_map},
    params::ParamsMap,
    NavigateOptions,
};
use std::sync::Arc;

/// The orders a URL query asks for: `status`, `offset`, `limit` and `tag`, corrected.
pub fn query_of(q: &ParamsMap) -> OrdersQuery {
    OrdersQuery::from_raw(q.get("status").as_deref(), q.get("offset").as_deref(), q.get("limit").as_deref())
        .with_raw_tag(q.get("tag").as_deref())
}

/// `/orders?status=&offset=&limit=[&tag=]`.
#[component]
pub fn OrdersPage() -> impl IntoView {
    let raw = use_query_map();
    let query = Memo::new(move |_| raw.with(query_of));

    // Rewrite a URL whose query had to be corrected, without adding a history entry.
    let location = use_location();
    let navigate = use_navigate();
    let here = move || path_and_query(&location.pathname.get(), &location.search.get());
    Effect::new(move |_| {
        let canonical = query.get().to_string();
        let current = here();
        // Only while on this page: leaving it (a click on an order) changes the location too.
        if canonical != current && current.split('?').next() == Some("/orders") {
            // Deferred: a navigation issued while the route is still rendering leaves
            // the router unable to follow later links.
            let navigate = navigate.clone();
            request_animation_frame(move || {
                let still_here =
                    location.pathname.try_get_untracked().is_some_and(|p| base_path::strip(&p) == "/orders");
                if still_here {
                    navigate(&canonical, NavigateOptions { replace: true, ..Default::default() })
                }
            });
        }
    });
    let tagged = Memo::new(move |_| query.with(|q| q.tag.is_some()));
    // Bumped after a bulk run: the list is read again.
    let reload = RwSignal::new(0u32);
    let bulk = Bulk::new(move || {
        orders_cache::refresh(&[]);
        reload.update(|n| *n += 1);
    });
    // The selection belongs to the rows on screen: another page, status or tag starts afresh.
    Effect::watch(move || query.get(), move |_, _, _| bulk.selection.update(Selection::clear), false);

    view! {
        <div class="page-head">
            <h1 tabindex="-1">{tx!(nav.orders)}</h1>
            <div class="button-row">
                <ExportButton query />
                <A href="/buy" {..} class="btn btn-primary">{tx!(common.buy_proxies)}</A>
            </div>
        </div>
        <StatusTabs query=query />
        <RunView run=bulk.run />
        {move || if tagged.get() {
            view! { <TaggedOrders query bulk reload /> }.into_any()
        } else {
            view! { <ListedOrders query bulk reload /> }.into_any()
        }}
    }
}

/// The rows of a page with the bulk bar over them.
#[component]
fn SelectableOrders(orders: Arc<Vec<OrderSummary>>, query: OrdersQuery, bulk: Bulk) -> impl IntoView {
    view! {
        <BulkBar orders=orders.clone() bulk />
        <OrdersTable orders query selection=bulk.selection />
    }
}

/// A page of the list as it is shown: the query it answers, its orders (shared with the
/// table and the bulk bar, never copied) and the offsets of the pages before and after it.
#[derive(Clone)]
struct Listed {
    query: OrdersQuery,
    orders: Arc<Vec<OrderSummary>>,
    prev: Option<u32>,
    next: Option<u32>,
}

impl Listed {
    fn new(query: OrdersQuery, page: OrderPage) -> Listed {
        let offset = |link: Option<String>| link.as_deref().and_then(offset_of_link);
        Listed { query, orders: Arc::new(page.orders), prev: offset(page.prev), next: offset(page.next) }
    }
}

/// One page of orders as the API lists it.
#[component]
fn ListedOrders(query: Memo<OrdersQuery>, bulk: Bulk, reload: RwSignal<u32>) -> impl IntoView {
    // Each page with the query it answers; the last one that loaded stays on screen
    // (`last_ok`) while the next one loads, and below the error when that one failed.
    let page = load(move |cancel| {
        reload.track();
        let q = query.get();
        async move { api::orders::list(q.clone(), cancel).await.map(|p| Listed::new(q, p)) }
    });
    let loading = move || query.with(|cur| page.with_last_ok(|s| s.map(|l| &l.query) != Some(cur)));
    let prev = Signal::derive(move || page.with_last_ok(|s| s.and_then(|l| l.prev)));
    let next = Signal::derive(move || page.with_last_ok(|s| s.and_then(|l| l.next)));

    view! {
        <LoadError load=page />
        <div class="orders" class:loading=loading aria-busy=move || loading().to_string()>
            {move || match page.last_ok() {
                None if page.error().is_none() => view! { <Skeleton lines=8 /> }.into_any(),
                None => ().into_any(),
                Some(l) if l.orders.is_empty() => view! { <EmptyOrders query=l.query /> }.into_any(),
                Some(l) => view! { <SelectableOrders orders=l.orders query=l.query bulk /> }.into_any(),
            }}
        </div>
        <Pager query=query prev=prev next=next />
    }
}

/// The orders of a status with one tag, from the session's gathered orders.
#[component]
fn TaggedOrders(query: Memo<OrdersQuery>, bulk: Bulk, reload: RwSignal<u32>) -> impl IntoView {
    let status = Memo::new(move |_| query.with(|q| q.status.clone()));
    Effect::new(move |_| {
        reload.track();
        orders_cache::ensure(status.get())
    });
    let gathered = move || orders_cache::gathered(status.get());
    // Every order of the status with the tag, and whether the gathering stopped early.
    let matching = Memo::new(move |_| match gathered() {
        Some(Gathered::Ready { orders, truncated }) => {
            Some(Ok((query.with(|q| orders_tagged(&orders, q.tag.as_deref().unwrap_or_default())), truncated)))
        }
        Some(Gathered::Failed(e)) => Some(Err(e)),
        _ => None,
    });
    let count = move || matching.with(|m| m.as_ref().and_then(|r| r.as_ref().ok()).map_or(0, |(v, _)| v.len()) as u32);
    let prev = Signal::derive(move || query.with(|q| (q.offset > 0).then(|| q.offset.saturating_sub(q.limit))));
    let next = Signal::derive(move || query.with(|q| (q.offset + q.limit < count()).then(|| q.offset + q.limit)));
    let tag = move || query.with(|q| q.tag.clone().unwrap_or_default());

    view! {
        <div class="filter-bar" data-test="tag-filter">
            <span>{tx!(orders.tagged)} <span class="tag-text" data-test="tag-filter-value">{tag}</span></span>
            <a class="btn btn-secondary btn-small" data-test="tag-filter-clear"
                href=move || query.get().with_tag(None).to_string()>{tx!(orders.clear_tag)}</a>
            <button type="button" class="btn btn-ghost btn-small" on:click=move |_| orders_cache::retry(status.get_untracked())>
                {tx!(common.refresh)}
            </button>
        </div>
        <div class="orders">
            <Loaded load=Source::new(move || matching.get(), move || orders_cache::retry(status.get_untracked()))
                lines=8 let:found>
                {
                    let (orders, truncated) = found;
                    let q = query.get();
                    let rows: Vec<_> = orders.into_iter().skip(q.offset as usize).take(q.limit as usize).collect();
                    let note = truncated.then(|| view! { <p class="muted">{tr!(common.only_newest)}</p> });
                    if rows.is_empty() {
                        view! { <EmptyOrders query=q />{note} }.into_any()
                    } else {
                        view! { <SelectableOrders orders=Arc::new(rows) query=q bulk />{note} }.into_any()
                    }
                }
            </Loaded>
        </div>
        <Pager query=query prev=prev next=next />
    }
}

/// An empty result that says so and says what to do next.
#[component]
fn EmptyOrders(query: OrdersQuery) -> impl IntoView {
    let status = query.status.clone();
    let tag = query.tag.clone();
    let text = move || match (&status, &tag) {
        (OrderStatus::All, Some(tag)) => trf!(orders.empty_tagged, tag = tag),
        (OrderStatus::All, None) => tr!(orders.empty).to_string(),
        (s, Some(tag)) => trf!(orders.empty_status_tagged, status = i18n::status::tab(s).to_lowercase(), tag = tag),
        (s, None) => trf!(orders.empty_status, status = i18n::status::tab(s).to_lowercase()),
    };
    let first = (query.offset > 0).then(|| query.clone().first_page().to_string());
    let clear = query.tag.is_some().then(|| query.clone().with_tag(None).to_string());
    let all_statuses = (query.tag.is_some() && query.status != OrderStatus::All)
        .then(|| query.clone().with_status(OrderStatus::All).to_string());
    view! {
        <div class="card empty" data-test="orders-empty">
            <p>{text}</p>
            {first.map(|href| view! { <p><a href=href>{tx!(orders.first_page)}</a></p> })}
            {all_statuses.map(|href| view! { <p><a href=href>{tx!(orders.every_status)}</a></p> })}
            {clear.map(|href| view! { <p><a href=href>{tx!(orders.clear_tag)}</a></p> })}
            <A href="/buy" {..} class="btn btn-primary">{tx!(common.buy_proxies)}</A>
        </div>
    }
}
