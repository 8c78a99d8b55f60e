//! The proxies of a Datacenter or ISP order: credentials with masked passwords (reveal and
//! copy per row), each IP's p0f signature, and the export of the whole list.
//!
//! Rows can be selected (checkbox, select all, shift-click ranges) for the actions on a
//! selection (an OS, "do not prolong"), and narrowed by typing part of an IP: select all and
//! shift ranges then cover the rows shown, and hidden rows keep their state.

use super::{del_np::DoNotProlong, export::ExportPanel, SignatureApply};
use crate::{
    api::{self, load::load},
    components::{secret::MaskedSecret, Loaded},
    i18n::intl,
    logic::{
        dates::parse_rfc3339,
        p0f::{filter_by_ip, ip_matches, Signature},
        selection::{HeaderState, Selection},
    },
    models::{OrderDetail, Proxy},
};
use leptos::prelude::*;

/// The proxies section; `reload` changing refetches the list (after a renewal, say).
#[component]
pub fn ProxiesSection(
    /// The order's id.
    id: i64,
    /// Refetch trigger.
    #[prop(into)]
    reload: Signal<u32>,
    /// The order as last loaded (its p0f slots).
    order: Signal<OrderDetail>,
    /// Refetches the order and the proxies after a change of signatures.
    on_changed: Callback<()>,
    /// The text of the buy-slots field of the p0f panel ("buy the difference" fills it).
    slots_to_buy: RwSignal<String>,
) -> impl IntoView {
    // Kept across reloads; IPs that are gone are dropped from it.
    let selection = RwSignal::new(Selection::new());
    // The IP filter's text, kept across reloads like the selection.
    let query = RwSignal::new(String::new());
    let proxies = load(move |cancel| {
        reload.track();
        api::proxies::active(id, cancel)
    });
    view! {
        <section class="proxies" aria-labelledby="proxies-heading">
            <h2 id="proxies-heading">{tx!(proxies.title)}</h2>
            <Loaded load=proxies lines=4 let:list>
                {if list.data.is_empty() {
                    view! {
                        <p class="muted" data-test="proxies-empty">
                            {tx!(proxies.none)}
                        </p>
                    }.into_any()
                } else {
                    let ips: Vec<String> = list.data.iter().map(|p| p.ip.clone()).collect();
                    selection.update_untracked(|s| s.retain_existing(&ips));
                    let all = StoredValue::new(list.data.clone());
                    view! {
                        <ExportPanel id proxies=list.data.clone() />
                        <SignatureApply id order proxies=all selection on_changed slots_to_buy />
                        <DoNotProlong id order selection on_changed />
                        <ProxyTable proxies=list.data selection query />
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}

#[component]
fn ProxyTable(proxies: Vec<Proxy>, selection: RwSignal<Selection>, query: RwSignal<String>) -> impl IntoView {
    let ips = StoredValue::new(proxies.iter().map(|p| p.ip.clone()).collect::<Vec<_>>());
    let total = proxies.len();
    // The IPs shown, in table order: what select all and shift ranges work on.
    let visible = Memo::new(move |_| {
        query.with(|q| {
            ips.with_value(|all| filter_by_ip(all, q).into_iter().map(|i| all[i].clone()).collect::<Vec<_>>())
        })
    });
    let header = move || visible.with(|v| selection.with(|s| s.header(v)));
    view! {
        <div class="inline-form ip-filter">
            <label for="proxy-filter">{tx!(proxies.filter)}</label>
            <input id="proxy-filter" type="search" data-test="proxy-filter" autocomplete="off" spellcheck="false"
                aria-describedby="proxy-filter-count" prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev)) />
            <span id="proxy-filter-count" class="muted" data-test="proxy-filter-count" aria-live="polite">
                {move || trf!(proxies.shown_of, n = visible.with(Vec::len), total = total)}
            </span>
        </div>
        <div class="table-scroll">
            <table class="table proxy-table">
                <caption class="visually-hidden">{tx!(proxies.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="select-cell">
                            <input type="checkbox" data-test="proxy-select-all" aria-label=tx!(p0f.select_all)
                                prop:checked=move || header() == HeaderState::All
                                prop:indeterminate=move || header() == HeaderState::Some
                                on:change=move |_| visible.with_untracked(|v| selection.update(|s| s.toggle_all(v))) />
                        </th>
                        <th scope="col">{tx!(proxies.ip)}</th>
                        <th scope="col" class="num">{tx!(proxies.http)}</th>
                        <th scope="col" class="num">{tx!(proxies.socks)}</th>
                        <th scope="col">{tx!(proxies.user)}</th>
                        <th scope="col">{tx!(proxies.password)}</th>
                        <th scope="col">{tx!(common.expires)}</th>
                        <th scope="col">{tx!(proxies.status)}</th>
                        <th scope="col">{tx!(p0f.signature)}</th>
                    </tr>
                </thead>
                <tbody>
                    {proxies.into_iter().map(|proxy| view! { <ProxyRow proxy visible query selection /> }).collect_view()}
                </tbody>
            </table>
        </div>
        <Show when=move || visible.with(Vec::is_empty)>
            <p class="muted" data-test="proxy-filter-none">{tx!(proxies.no_match)}</p>
        </Show>
    }
}

#[component]
fn ProxyRow(
    proxy: Proxy,
    visible: Memo<Vec<String>>,
    query: RwSignal<String>,
    selection: RwSignal<Selection>,
) -> impl IntoView {
    let port = |p: Option<u32>| p.map(|p| p.to_string()).unwrap_or_else(|| "—".into());
    let until = proxy.until.as_deref().map(|u| u.to_string());
    let until = move || {
        let Some(u) = until.as_deref() else { return "—".to_string() };
        parse_rfc3339(u).map(intl::date).unwrap_or_else(|| u.to_string())
    };
    let (ip, hide_ip, copy_ip) = (proxy.ip.clone(), proxy.ip.clone(), proxy.ip.clone());
    let (select_ip, select_label) = (proxy.ip.clone(), trf!(p0f.select_ip, ip = proxy.ip));
    let row_ip = StoredValue::new(proxy.ip.clone());
    let shown = Memo::new(move |_| row_ip.with_value(|ip| query.with(|q| ip_matches(ip, q))));
    // Shift-click selects the range of shown rows from the last clicked one.
    let on_select = move |ev: leptos::ev::MouseEvent| {
        let shift = ev.shift_key();
        visible.with_untracked(|v| {
            if let Some(index) = row_ip.with_value(|ip| v.iter().position(|x| x == ip)) {
                selection.update(|s| s.click(v, index, shift));
            }
        });
    };
    view! {
        <tr data-test="proxy-row" hidden=move || !shown.get()>
            <td class="select-cell">
                <input type="checkbox" data-test="proxy-select" aria-label=select_label
                    prop:checked=move || selection.with(|s| s.contains(&select_ip)) on:click=on_select />
            </td>
            <td class="mono" data-label=tx!(proxies.ip) data-test="proxy-ip">{proxy.ip.clone()}</td>
            <td class="num" data-label=tx!(proxies.http)>{port(proxy.http_port)}</td>
            <td class="num" data-label=tx!(proxies.socks)>{port(proxy.socks_port)}</td>
            <td class="mono" data-label=tx!(proxies.user)>{proxy.username.clone()}</td>
            <td class="password-cell" data-label=tx!(proxies.password)>
                <MaskedSecret secret=Signal::stored(proxy.password.clone()) test="proxy-password"
                    reveal_label=Signal::derive(move || trf!(proxies.reveal_label, ip = ip))
                    hide_label=Signal::derive(move || trf!(proxies.hide_label, ip = hide_ip))
                    copy_label=Signal::derive(move || trf!(proxies.copy_label, ip = copy_ip))
                    copied=|| tr!(proxies.password_copied) />
            </td>
            <td data-label=tx!(common.expires)>{until}</td>
            <td data-label=tx!(proxies.status)>{proxy.status.clone().unwrap_or_else(|| "—".into())}</td>
            <td data-label=tx!(p0f.signature) data-test="proxy-signature">{signature_text(proxy.signature.as_deref())}</td>
        </tr>
    }
}

/// An IP's p0f signature for people (`Windows 11`), the raw value when unknown, or "none".
fn signature_text(raw: Option<&str>) -> String {
    match raw.filter(|s| !s.trim().is_empty()) {
        None => tr!(p0f.sig_none).into(),
        Some(s) => Signature::parse(s).map(signature_label).unwrap_or(s).to_string(),
    }
}

/// The name of an operating system (the same in every language).
pub(crate) fn signature_label(s: Signature) -> &'static str {
    match s {
        Signature::Ios => "iOS",
        Signature::Macos => "macOS",
        Signature::Android => "Android",
        Signature::Linux => "Linux",
        Signature::Win10 => "Windows 10",
        Signature::Win11 => "Windows 11",
    }
}
