//! The proxies of a Datacenter or ISP order: credentials with masked passwords (reveal and
//! copy per row), and the export of the whole list.

use super::{browser, export::ExportPanel};
use crate::{
    api::{self, client::Cancel},
    components::{use_toasts, ErrorNotice, Skeleton},
    logic::dates::parse_rfc3339,
    models::Proxy,
    state::intl,
};
use leptos::prelude::*;

/// What a hidden password looks like.
const MASK: &str = "••••••••";

/// The proxies section; `reload` changing refetches the list (after a renewal, say).
#[component]
pub fn ProxiesSection(
    /// The order's id.
    id: i64,
    /// Refetch trigger.
    #[prop(into)]
    reload: Signal<u32>,
) -> impl IntoView {
    let proxies = LocalResource::new(move || {
        reload.track();
        let cancel = Cancel::on_cleanup();
        async move { api::proxies::active(id, cancel).await }
    });
    view! {
        <section class="proxies" aria-labelledby="proxies-heading">
            <h2 id="proxies-heading">{tx!(proxies.title)}</h2>
            {move || match proxies.get() {
                None => view! { <Skeleton lines=4 /> }.into_any(),
                Some(Err(e)) => view! { <ErrorNotice error=e retry=move |_| proxies.refetch() /> }.into_any(),
                Some(Ok(list)) if list.data.is_empty() => view! {
                    <p class="muted" data-test="proxies-empty">
                        {tx!(proxies.none)}
                    </p>
                }.into_any(),
                Some(Ok(list)) => view! {
                    <ExportPanel id proxies=list.data.clone() />
                    <ProxyTable proxies=list.data />
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ProxyTable(proxies: Vec<Proxy>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="table proxy-table">
                <caption class="visually-hidden">{tx!(proxies.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tx!(proxies.ip)}</th>
                        <th scope="col" class="num">{tx!(proxies.http)}</th>
                        <th scope="col" class="num">{tx!(proxies.socks)}</th>
                        <th scope="col">{tx!(proxies.user)}</th>
                        <th scope="col">{tx!(proxies.password)}</th>
                        <th scope="col">{tx!(common.expires)}</th>
                        <th scope="col">{tx!(proxies.status)}</th>
                    </tr>
                </thead>
                <tbody>
                    {proxies.into_iter().map(|proxy| view! { <ProxyRow proxy /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn ProxyRow(proxy: Proxy) -> impl IntoView {
    let toasts = use_toasts();
    let revealed = RwSignal::new(false);
    let port = |p: Option<u32>| p.map(|p| p.to_string()).unwrap_or_else(|| "—".into());
    let until = proxy.until.as_deref().map(|u| u.to_string());
    let until = move || {
        let Some(u) = until.as_deref() else { return "—".to_string() };
        parse_rfc3339(u).map(intl::date).unwrap_or_else(|| u.to_string())
    };
    let password = StoredValue::new(proxy.password.clone());
    let copy = move |_| browser::copy_and_tell(toasts, password.get_value(), || tr!(proxies.password_copied));
    let (ip, copy_ip) = (proxy.ip.clone(), proxy.ip.clone());
    view! {
        <tr data-test="proxy-row">
            <td class="mono" data-label=tx!(proxies.ip) data-test="proxy-ip">{proxy.ip.clone()}</td>
            <td class="num" data-label=tx!(proxies.http)>{port(proxy.http_port)}</td>
            <td class="num" data-label=tx!(proxies.socks)>{port(proxy.socks_port)}</td>
            <td class="mono" data-label=tx!(proxies.user)>{proxy.username.clone()}</td>
            <td class="password-cell" data-label=tx!(proxies.password)>
                <span class="mono" data-test="proxy-password">
                    {move || if revealed.get() { password.get_value() } else { MASK.to_string() }}
                </span>
                <button type="button" class="btn btn-ghost btn-small" data-test="proxy-reveal"
                    aria-label=move || if revealed.get() { trf!(proxies.hide_label, ip = ip) } else { trf!(proxies.reveal_label, ip = ip) }
                    on:click=move |_| revealed.update(|r| *r = !*r)>
                    {move || if revealed.get() { tr!(proxies.hide) } else { tr!(proxies.reveal) }}
                </button>
                <button type="button" class="btn btn-ghost btn-small" data-test="proxy-copy"
                    aria-label=move || trf!(proxies.copy_label, ip = copy_ip) on:click=copy>{tx!(proxies.copy)}</button>
            </td>
            <td data-label=tx!(common.expires)>{until}</td>
            <td data-label=tx!(proxies.status)>{proxy.status.clone().unwrap_or_else(|| "—".into())}</td>
        </tr>
    }
}
