//! The quick jump's dialog: an input, and the order or the tags' orders it matches.

use crate::web::focus;
use crate::{
    api::orders_cache::{self, Gathered},
    logic::{
        order_search::{orders_matching, parse_jump, tags_matching, Jump},
        query::OrdersQuery,
        tag::shown_tag,
    },
    models::{OrderStatus, OrderSummary},
};
use leptos::{ev, html, prelude::*};
use leptos_router::hooks::use_navigate;

/// The most orders listed for a text search.
const MAX_LISTED: usize = 12;

/// The modal dialog: an input and what it matches. In the orders page's chunk
/// (`pages::lazy::parts::jump_dialog`), loaded when the dialog first opens.
#[component]
pub(crate) fn JumpDialog(close: Callback<bool>) -> impl IntoView {
    let navigate = use_navigate();
    let dialog = NodeRef::<html::Div>::new();
    let input = NodeRef::<html::Input>::new();
    let text = RwSignal::new(String::new());
    orders_cache::ensure(OrderStatus::All);
    Effect::new(move |_| {
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    });

    let jump = Memo::new(move |_| text.with(|t| parse_jump(t)));
    let all = move || orders_cache::gathered(OrderStatus::All);
    let go = move |href: String| {
        close.run(true);
        navigate(&href, Default::default());
    };
    let on_submit = {
        let go = go.clone();
        move |e: ev::SubmitEvent| {
            e.prevent_default();
            match jump.get_untracked() {
                Jump::Order(id) => go(format!("/orders/{id}")),
                Jump::Text(t) => {
                    let found = untrack(all).and_then(|g| match g {
                        Gathered::Ready { orders, .. } => Some(orders_matching(&orders, &t)),
                        _ => None,
                    });
                    match found.as_deref() {
                        Some([only]) => go(format!("/orders/{}", only.order_id)),
                        // Several: move to the list to pick one.
                        Some([_, ..]) => {
                            if let Some(list) = dialog.get_untracked() {
                                if let Ok(Some(first)) = list.query_selector(".jump-results a") {
                                    if let Ok(first) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(first) {
                                        let _ = first.focus();
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Jump::Empty => {}
            }
        }
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            close.run(true);
        } else if let Some(d) = dialog.get_untracked() {
            focus::trap_tab(&e, &d);
        }
    };
    // A click on a result link: the router follows it; the dialog closes.
    let on_pick = move |e: ev::MouseEvent| {
        let on_link = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|t| t.closest("a").ok().flatten())
            .is_some();
        if on_link {
            close.run(true);
        }
    };

    view! {
        <div class="dialog-backdrop" on:click=move |e| {
            if e.target() == e.current_target() { close.run(true) }
        }>
            <div class="dialog card" role="dialog" aria-modal="true" aria-labelledby="jump-title"
                data-test="quick-jump" node_ref=dialog on:keydown=on_keydown>
                <h2 id="jump-title">{tx!(jump.title)}</h2>
                <form on:submit=on_submit>
                    <label for="jump-input">{tx!(jump.input)}</label>
                    <input id="jump-input" type="text" autocomplete="off" spellcheck="false"
                        data-test="quick-jump-input" aria-describedby="jump-hint" node_ref=input
                        on:input=move |e| text.set(event_target_value(&e)) />
                    <p id="jump-hint" class="hint muted">
                        {tx!(jump.hint)}
                    </p>
                </form>
                <div class="jump-results" aria-live="polite" on:click=on_pick>
                    {move || results(jump.get(), all())}
                </div>
                <div class="button-row">
                    <button type="button" class="btn btn-secondary" on:click=move |_| close.run(true)>{tx!(common.close)}</button>
                </div>
            </div>
        </div>
    }
}

/// What the input matches, as links.
fn results(jump: Jump, all: Option<Gathered>) -> AnyView {
    let text = match jump {
        Jump::Empty => return ().into_any(),
        Jump::Order(id) => {
            return view! { <p>{tr!(jump.press_enter)} <a href=format!("/orders/{id}")>{trf!(jump.order_n, id = id)}</a> "."</p> }
                .into_any()
        }
        Jump::Text(t) => t,
    };
    let (orders, truncated) = match all {
        None | Some(Gathered::Loading) => return view! { <p class="muted">{tr!(jump.loading)}</p> }.into_any(),
        Some(Gathered::Failed(e)) => {
            return view! {
                <p class="field-error">{trf!(jump.failed, error = e)}</p>
                <button type="button" class="btn btn-secondary btn-small"
                    on:click=|_| orders_cache::retry(OrderStatus::All)>{tr!(common.try_again)}</button>
            }
            .into_any()
        }
        Some(Gathered::Ready { orders, truncated }) => (orders, truncated),
    };
    let tags = tags_matching(&orders, &text);
    let matches = orders_matching(&orders, &text);
    if matches.is_empty() {
        return view! {
            <p data-test="quick-jump-none">{trf!(jump.none, text = text)}</p>
        }
        .into_any();
    }
    let more = matches.len().saturating_sub(MAX_LISTED);
    view! {
        <p class="muted">{trf!(jump.matches, n = matches.len())}</p>
        <ul class="jump-tags">
            {tags.into_iter().map(|tag| {
                let href = OrdersQuery::default().with_status(OrderStatus::All).with_tag(Some(&tag)).to_string();
                view! { <li><a href=href data-test="quick-jump-tag">{trf!(jump.all_tagged, tag = tag.clone())}</a></li> }
            }).collect_view()}
        </ul>
        <ul class="jump-orders">
            {matches.into_iter().take(MAX_LISTED).map(|o| view! { <JumpOrder order=o /> }).collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="muted">{trf!(jump.more, n = more)}</p> })}
        {truncated.then(|| view! { <p class="muted">{tr!(common.only_newest)}</p> })}
    }
    .into_any()
}

#[component]
fn JumpOrder(order: OrderSummary) -> impl IntoView {
    let tag = shown_tag(order.tag.as_deref()).unwrap_or_default().to_string();
    view! {
        <li>
            <a href=format!("/orders/{}", order.order_id) data-test="quick-jump-order">
                <strong>{format!("#{}", order.order_id)}</strong>
                " " {order.product_name.to_string()} " · " <span class="tag-text">{tag}</span>
            </a>
        </li>
    }
}
