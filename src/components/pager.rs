//! Paging of the orders list: first / previous / next links driven by the API's
//! `prev`/`next` (the `count` field is unreliable), and a page-size choice.

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
            <PagerLink label=|| tr!(pager.first) test="page-first" href=Signal::derive(move || {
                (query.get().offset > 0).then(|| query.get().first_page().to_string())
            }) />
            <PagerLink label=|| tr!(pager.previous) test="page-prev" href=Signal::derive(move || link(prev.get())) />
            <span class="pager-current" data-test="page-number">
                {move || trf!(pager.page, n = query.get().page_number())}
            </span>
            <PagerLink label=|| tr!(pager.next) test="page-next" href=Signal::derive(move || link(next.get())) />
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
