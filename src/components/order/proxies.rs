//! The proxies of a Datacenter or ISP order: credentials with masked passwords (reveal and
//! copy per row), and the export of the whole list.

use super::{browser, export::ExportPanel};
use crate::{
    api::{self, client::Cancel, models::Proxy},
    components::{use_toasts, ErrorNotice, Skeleton},
    logic::dates::{format_date, parse_rfc3339},
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
            <h2 id="proxies-heading">"Proxies"</h2>
            {move || match proxies.get() {
                None => view! { <Skeleton lines=4 /> }.into_any(),
                Some(Err(e)) => view! { <ErrorNotice error=e retry=move |_| proxies.refetch() /> }.into_any(),
                Some(Ok(list)) if list.data.is_empty() => view! {
                    <p class="muted" data-test="proxies-empty">
                        "No proxies yet: they come up 1–2 minutes after purchase."
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
                <caption class="visually-hidden">"Proxy credentials"</caption>
                <thead>
                    <tr>
                        <th scope="col">"IP"</th>
                        <th scope="col" class="num">"HTTP port"</th>
                        <th scope="col" class="num">"SOCKS port"</th>
                        <th scope="col">"Username"</th>
                        <th scope="col">"Password"</th>
                        <th scope="col">"Expires"</th>
                        <th scope="col">"Status"</th>
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
    let until = proxy
        .until
        .as_deref()
        .map(|u| parse_rfc3339(u).map(format_date).unwrap_or_else(|| u.to_string()))
        .unwrap_or_else(|| "—".into());
    let password = StoredValue::new(proxy.password.clone());
    let copy = move |_| {
        let text = password.get_value();
        leptos::task::spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => toasts.success("Password copied"),
                Err(message) => toasts.error(message),
            }
        });
    };
    let ip = proxy.ip.clone();
    view! {
        <tr data-test="proxy-row">
            <td class="mono" data-label="IP" data-test="proxy-ip">{proxy.ip.clone()}</td>
            <td class="num" data-label="HTTP port">{port(proxy.http_port)}</td>
            <td class="num" data-label="SOCKS port">{port(proxy.socks_port)}</td>
            <td class="mono" data-label="Username">{proxy.username.clone()}</td>
            <td class="password-cell" data-label="Password">
                <span class="mono" data-test="proxy-password">
                    {move || if revealed.get() { password.get_value() } else { MASK.to_string() }}
                </span>
                <button type="button" class="btn btn-ghost btn-small" data-test="proxy-reveal"
                    aria-label=move || format!("{} password of {ip}", if revealed.get() { "Hide" } else { "Reveal" })
                    on:click=move |_| revealed.update(|r| *r = !*r)>
                    {move || if revealed.get() { "Hide" } else { "Reveal" }}
                </button>
                <button type="button" class="btn btn-ghost btn-small" data-test="proxy-copy"
                    aria-label=format!("Copy password of {}", proxy.ip) on:click=copy>"Copy"</button>
            </td>
            <td data-label="Expires">{until}</td>
            <td data-label="Status">{proxy.status.clone().unwrap_or_else(|| "—".into())}</td>
        </tr>
    }
}
