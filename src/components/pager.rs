//! Paging: [`PagerLinks`] (first / previous / page n / next as plain links that only
//! rewrite the URL, for any list paged in the URL), and [`Pager`], the orders list's, which
//! adds a page-size choice and is driven by the API's `prev`/`next` (the `count` field of
//! the orders list is unreliable).

use crate::logic::query::{OrdersQuery, PAGE_SIZES};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// Pager links; `prev`/`next` are the offsets of the neighbour pages, `None` at an end.
#[component]
pub fn Pager(
    #[prop(into)] query: Signal<OrdersQuery>,
    #[prop(into)] prev: Signal<Option<u32>>,
    #[prop(into)] next: Signal<Option<u32>>,
) -> impl IntoView {
    let navigate = use_navigate();
    let on_size = move |ev: leptos::ev::Event| {
        let size = event_target_value(&ev).parse::<u32>().unwrap_or(query.get_untracked().limit);
        navigate(&query.get_untracked().with_limit(size).to_string(), NavigateOptions::default());
    };
    let link = move |offset: Option<u32>| offset.map(|o| query.get().with_offset(o).to_string());
    view! {
        <div class="pager" data-test="pager">
            <PagerLinks
                first=Signal::derive(move || (query.get().offset > 0).then(|| query.get().first_page().to_string()))
                prev=Signal::derive(move || link(prev.get()))
                next=Signal::derive(move || link(next.get()))
                page=Signal::derive(move || query.get().page_number()) />
            <label class="pager-size">
                <span>{tx!(pager.rows)}</span>
                <select data-test="page-size" on:change=on_size prop:value=move || query.get().limit.to_string()>
                    {PAGE_SIZES
                        .into_iter()
                        .map(|size| view! {
                            <option value=size.to_string() selected=move || query.get().limit == size>
                                {size}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// First / previous / "Page n" / next; each link is an href, `None` where there is nowhere
/// to go (rendered disabled). Put it inside a `<div class="pager">`.
#[component]
pub fn PagerLinks(
    /// The first page, `None` when on it.
    first: Signal<Option<String>>,
    /// The page before, `None` on the first.
    prev: Signal<Option<String>>,
    /// The page after, `None` on the last.
    next: Signal<Option<String>>,
    /// The current page, 1-based.
    page: Signal<u32>,
) -> impl IntoView {
    view! {
        <PagerLink label=|| tr!(pager.first) test="page-first" href=first />
        <PagerLink label=|| tr!(pager.previous) test="page-prev" href=prev />
        <span class="pager-current" data-test="page-number">{move || trf!(pager.page, n = page.get())}</span>
        <PagerLink label=|| tr!(pager.next) test="page-next" href=next />
    }
}

/// A pager link, rendered disabled (not focusable) when there is nowhere to go.
#[component]
fn PagerLink(label: fn() -> &'static str, test: &'static str, href: Signal<Option<String>>) -> impl IntoView {
    move || match href.get() {
        Some(href) => view! { <a class="btn btn-secondary" data-test=test href=href>{label()}</a> }.into_any(),
        None => view! {
            <span class="btn btn-secondary disabled" data-test=test aria-disabled="true">{label()}</span>
        }
        .into_any(),
    }
}
