//! Orders: a table filtered by status with paging. Status, offset and limit live in the
//! URL query, so reload, back/forward and shared links keep the view; nonsense in the
//! URL is corrected in place. While the next page loads, the old rows stay.

use crate::{
    api::{self, client::Cancel, models::OrderPage},
    components::{pager::Pager, shell::path_and_query, status_tabs::StatusTabs, ErrorNotice, Skeleton},
    logic::{
        dates::{format_date, parse_rfc3339, relative, Urgency},
        query::{offset_of_link, OrdersQuery},
    },
};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_location, use_navigate, use_query_map},
    NavigateOptions,
};

/// `/orders?status=&offset=&limit=`.
#[component]
pub fn OrdersPage() -> impl IntoView {
    let raw = use_query_map();
    let query = Memo::new(move |_| {
        raw.with(|q| OrdersQuery::from_raw(q.get("status").as_deref(), q.get("offset").as_deref(), q.get("limit").as_deref()))
    });

    // Rewrite a URL whose query had to be corrected, without adding a history entry.
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let canonical = query.get().to_string();
        let current = path_and_query(&location.pathname.get(), &location.search.get());
        if canonical != current {
            // Deferred: a navigation issued while the route is still rendering leaves
            // the router unable to follow later links.
            let navigate = navigate.clone();
            request_animation_frame(move || {
                navigate(&canonical, NavigateOptions { replace: true, ..Default::default() })
            });
        }
    });

    let page = LocalResource::new(move || {
        let q = query.get();
        let cancel = Cancel::on_cleanup();
        async move { (q, api::orders::list(q, cancel).await) }
    });
    // The last page that loaded, kept on screen while the next one loads.
    let shown = RwSignal::new(None::<(OrdersQuery, OrderPage)>);
    let error = RwSignal::new(None::<api::ApiError>);
    Effect::new(move |_| match page.get() {
        Some((q, Ok(p))) => {
            error.set(None);
            shown.set(Some((q, p)));
        }
        Some((_, Err(e))) if e != api::ApiError::Cancelled => error.set(Some(e)),
        _ => {}
    });
    let loading = move || shown.with(|s| s.as_ref().map(|(q, _)| *q) != Some(query.get()));
    let prev = Signal::derive(move || {
        shown.with(|s| s.as_ref().and_then(|(_, p)| p.prev.as_deref().and_then(offset_of_link)))
    });
    let next = Signal::derive(move || {
        shown.with(|s| s.as_ref().and_then(|(_, p)| p.next.as_deref().and_then(offset_of_link)))
    });

    view! {
        <div class="page-head">
            <h1 tabindex="-1">"Orders"</h1>
            <a class="btn btn-primary" href="/buy">"Buy proxies"</a>
        </div>
        <StatusTabs query=query />
        {move || error.get().map(|e| view! { <ErrorNotice error=e retry=move |_| page.refetch() /> })}
        <div class="orders" class:loading=loading aria-busy=move || loading().to_string()>
            {move || match shown.get() {
                None if error.with(Option::is_none) => view! { <Skeleton lines=8 /> }.into_any(),
                None => ().into_any(),
                Some((q, p)) if p.orders.is_empty() => view! { <EmptyOrders query=q /> }.into_any(),
                Some((q, p)) => view! { <OrdersTable page=p offset=q.offset /> }.into_any(),
            }}
        </div>
        <Pager query=query prev=prev next=next />
    }
}

/// An empty result that says so and offers to buy.
#[component]
fn EmptyOrders(query: OrdersQuery) -> impl IntoView {
    view! {
        <div class="card empty" data-test="orders-empty">
            <p>{format!("No {} orders here.", query.status.label().to_lowercase())}</p>
            {(query.offset > 0).then(|| view! {
                <p><a href=query.first_page().to_string()>"Back to the first page"</a></p>
            })}
            <a class="btn btn-primary" href="/buy">"Buy proxies"</a>
        </div>
    }
}

/// The table of one page of orders.
#[component]
fn OrdersTable(page: OrderPage, offset: u32) -> impl IntoView {
    let now = js_sys::Date::now() as i64;
    let first = offset + 1;
    let last = offset + page.orders.len() as u32;
    view! {
        <p class="muted range" data-test="orders-range">{format!("Showing {first}–{last}")}</p>
        <table class="table orders-table">
            <thead>
                <tr>
                    <th scope="col">"Order"</th>
                    <th scope="col">"Product"</th>
                    <th scope="col">"Cycle"</th>
                    <th scope="col">"Expires"</th>
                    <th scope="col">"Auto-renewal"</th>
                    <th scope="col">"Tag"</th>
                </tr>
            </thead>
            <tbody>
                <For each=move || page.orders.clone() key=|o| o.order_id let:order>
                    {
                        let expires = order.expires_at.as_deref().and_then(parse_rfc3339);
                        let urgency = Urgency::of(expires, now);
                        view! {
                            <tr data-test="order-row" class=format!("urgency-{}", urgency.as_str())>
                                <td data-label="Order"><a href=format!("/orders/{}", order.order_id)>{format!("#{}", order.order_id)}</a></td>
                                <td data-label="Product">{order.product_name.clone()}</td>
                                <td data-label="Cycle">{order.cycle_name.clone()}</td>
                                <td data-label="Expires">
                                    {match expires {
                                        Some(ms) => view! {
                                            <span>{format_date(ms)}</span>
                                            " "
                                            <span class=format!("rel {}", urgency.as_str())>{relative(ms, now)}</span>
                                        }.into_any(),
                                        None if order.expires_at.is_some() => view! { <span>{order.expires_at.clone()}</span> }.into_any(),
                                        None => view! { <span class="muted">"Never"</span> }.into_any(),
                                    }}
                                </td>
                                <td data-label="Auto-renewal">
                                    {match order.auto_renewal {
                                        Some(true) => "On",
                                        Some(false) => "Off",
                                        None => "—",
                                    }}
                                </td>
                                <td data-label="Tag" class="tag">{order.tag.clone().filter(|t| t != "none")}</td>
                            </tr>
                        }
                    }
                </For>
            </tbody>
        </table>
    }
}
