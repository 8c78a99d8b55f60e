//! "Export CSV": every order of the list's filter (status and tag), on every page, as a
//! spreadsheet file. The list items carry no status, quantity or price, so each order's
//! details are read, politely (`api::orders_cache`: four at a time, pausing when the server
//! answers 429, which is said here), with a progress bar and Cancel. The file is made when
//! the customer clicks Download, from `logic::orders_csv` (RFC 4180, formulas defused).

use crate::{
    api::{
        orders_cache::{self, Gathered},
        ApiError,
    },
    components::{take_away::hand_over_problem, SlowedDown},
    i18n::status,
    logic::{
        dates::format_iso_date_time,
        order_search::orders_tagged,
        orders_csv::{export_file_name, orders_csv, COLUMN_COUNT},
        query::OrdersQuery,
    },
    models::OrderDetail,
    web::clipboard,
};
use leptos::prelude::*;

/// Where an export stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    /// The list of orders is on its way.
    Listing,
    /// The list failed.
    ListFailed(ApiError),
    /// Details are being read: `done` of `total`, `failed` with the first reason.
    Reading { done: usize, total: usize, failed: Option<(usize, ApiError)> },
    /// Every detail is in.
    Ready { total: usize },
}

/// The headers in the current language, in `logic::orders_csv::COLUMNS` order.
fn headers() -> [&'static str; COLUMN_COUNT] {
    [
        tr!(export.col_order),
        tr!(export.col_product),
        tr!(export.col_status),
        tr!(export.col_cycle),
        tr!(export.col_quantity),
        tr!(export.col_location),
        tr!(export.col_price),
        tr!(export.col_addons),
        tr!(export.col_created),
        tr!(export.col_expires),
        tr!(export.col_auto),
        tr!(export.col_tag),
    ]
}

/// The "Export CSV" button and, once clicked, the export of the filter of that moment.
#[component]
pub fn ExportButton(query: Memo<OrdersQuery>) -> impl IntoView {
    let open = RwSignal::new(None::<OrdersQuery>);
    view! {
        <button type="button" class="btn btn-secondary" data-test="csv-export"
            disabled=move || open.with(Option::is_some) on:click=move |_| open.set(Some(query.get_untracked()))>
            {tx!(export.button)}
        </button>
        {move || open.get().map(|query| view! { <ExportPanel query close=Callback::new(move |_| open.set(None)) /> })}
    }
}

/// The export of `query`'s orders; `close` ends it (Cancel stops the reads still queued).
#[component]
fn ExportPanel(query: OrdersQuery, close: Callback<()>) -> impl IntoView {
    let status = query.status.clone();
    orders_cache::ensure(status.clone());
    let tag = query.tag.clone();
    // The ids of the filter, newest first, once the list is in; `truncated` as gathered.
    let list = Memo::new(move |_| match orders_cache::gathered(status.clone()) {
        Some(Gathered::Ready { orders, truncated }) => {
            let orders = match &tag {
                Some(tag) => orders_tagged(&orders, tag),
                None => orders.to_vec(),
            };
            Some(Ok((orders.iter().map(|o| o.order_id).collect::<Vec<_>>(), truncated)))
        }
        Some(Gathered::Failed(e)) => Some(Err(e)),
        _ => None,
    });
    Effect::new(move |_| {
        if let Some(Ok((ids, _))) = list.get() {
            orders_cache::want_details(ids);
        }
    });
    let stage = Memo::new(move |_| {
        list.with(|l| match l {
            None => Stage::Listing,
            Some(Err(e)) => Stage::ListFailed(e.clone()),
            Some(Ok((ids, _))) => orders_cache::with_details(|d| {
                let mut done = 0;
                let mut failed: Option<(usize, ApiError)> = None;
                for id in ids {
                    match d.get(id) {
                        Some(Ok(_)) => done += 1,
                        Some(Err(e)) => failed = Some((failed.map_or(1, |(n, _)| n + 1), e.clone())),
                        None => {}
                    }
                }
                match failed {
                    None if done == ids.len() => Stage::Ready { total: done },
                    failed => Stage::Reading { done, total: ids.len(), failed },
                }
            }),
        })
    });
    let finished = move || matches!(stage.get(), Stage::Ready { .. } | Stage::ListFailed(_));
    let saved = RwSignal::new(None::<Result<(String, usize), &'static str>>);
    let download = move |_| {
        let Some(Ok((ids, _))) = list.get_untracked() else { return };
        let details: Vec<OrderDetail> = orders_cache::with_details(|d| {
            ids.iter().filter_map(|id| d.get(id).and_then(|r| r.as_ref().ok()).map(|a| (**a).clone())).collect()
        });
        let today = format_iso_date_time(js_sys::Date::now() as i64);
        let file = export_file_name(today.get(..10).unwrap_or_default());
        let text = orders_csv(&details, &headers());
        saved.set(Some(
            clipboard::download(&file, &text, "text/csv;charset=utf-8")
                .map(|()| (file, details.len()))
                .map_err(hand_over_problem),
        ));
    };
    let cancel = move |_| {
        if let Some(Ok((ids, _))) = list.get_untracked() {
            orders_cache::cancel_details(&ids);
        }
        close.run(());
    };
    let retry_list = {
        let status = query.status.clone();
        Callback::new(move |_: ()| orders_cache::retry(status.clone()))
    };
    let retry_details = move |_| {
        if let Some(Ok((ids, _))) = list.get_untracked() {
            orders_cache::want_details(ids);
        }
    };
    let scope = {
        let q = query.clone();
        move || match &q.tag {
            Some(tag) => format!("{} · {} · {}", tr!(export.scope), status::tab(&q.status), tag),
            None => format!("{} · {}", tr!(export.scope), status::tab(&q.status)),
        }
    };
    let truncated = move || list.with(|l| matches!(l, Some(Ok((_, true)))));
    view! {
        <section class="card export-panel" data-test="csv-panel" aria-labelledby="csv-title">
            <h2 id="csv-title">{tx!(export.title)}</h2>
            <p class="muted">{scope}</p>
            {move || match stage.get() {
                Stage::Listing => view! {
                    <p aria-busy="true" data-test="csv-listing">{tr!(export.listing)}</p>
                    <progress aria-label=tr!(export.listing)></progress>
                }.into_any(),
                Stage::ListFailed(e) => view! {
                    <div class="notice notice-error" role="alert" data-test="csv-failed">
                        <p class="notice-text">{e.message()}</p>
                        <button type="button" class="btn btn-secondary btn-small" on:click=move |_| retry_list.run(())>{tr!(common.try_again)}</button>
                    </div>
                }.into_any(),
                Stage::Reading { done, total, failed } => {
                    let count = trf!(export.count, done = done, total = total);
                    view! {
                        <div class="progress-row">
                            <label for="csv-progress">{tr!(export.reading)}</label>
                            <progress id="csv-progress" data-test="csv-progress" max=total value=done
                                aria-valuetext=count.clone()></progress>
                            <span data-test="csv-count">{count}</span>
                        </div>
                        {failed.map(|(n, e)| view! {
                            <div class="notice notice-error" role="alert" data-test="csv-failed">
                                <p class="notice-text">{trf!(export.failed, n = n, error = e)}</p>
                                <button type="button" class="btn btn-secondary btn-small" on:click=retry_details>{tr!(common.try_again)}</button>
                            </div>
                        })}
                    }.into_any()
                }
                Stage::Ready { total: 0 } => view! { <p data-test="csv-nothing">{tr!(export.nothing)}</p> }.into_any(),
                Stage::Ready { total } => view! {
                    <button type="button" class="btn btn-primary" data-test="csv-download" on:click=download>
                        {trf!(export.download, n = total)}
                    </button>
                }.into_any(),
            }}
            <Show when=move || !finished()><SlowedDown test="csv-slowed" /></Show>
            {move || truncated().then(|| view! { <p class="muted">{tr!(common.only_newest)}</p> })}
            {move || saved.get().map(|outcome| match outcome {
                Ok((file, n)) => view! {
                    <p class="notice notice-ok" role="status" data-test="csv-saved">{trf!(export.saved, file = file, n = n)}</p>
                }.into_any(),
                Err(problem) => view! {
                    <p class="notice notice-error" role="alert" data-test="csv-not-saved">{trf!(export.not_saved, error = problem)}</p>
                }.into_any(),
            })}
            <div class="button-row">
                {move || if finished() {
                    view! { <button type="button" class="btn btn-secondary" data-test="csv-close" on:click=cancel>{tr!(common.close)}</button> }.into_any()
                } else {
                    view! { <button type="button" class="btn btn-secondary" data-test="csv-cancel" on:click=cancel>{tr!(order.cancel)}</button> }.into_any()
                }}
            </div>
        </section>
    }
}
