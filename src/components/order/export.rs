//! Export of an order's proxy list in the formats proxy tools import: a format menu, a
//! preview, "Copy all" and "Download".

use super::browser;
use crate::{
    components::use_toasts,
    logic::exports::{export, ExportFormat},
    models::Proxy,
};
use leptos::prelude::*;

/// The file name of a download, e.g. `order-1001-proxies.txt`.
pub fn file_name(order_id: i64, format: ExportFormat) -> String {
    format!("order-{order_id}-proxies.{}", format.extension())
}

/// The export controls for one order's proxies.
#[component]
pub fn ExportPanel(
    /// The order's id (for the file name).
    id: i64,
    /// Every proxy of the order.
    proxies: Vec<Proxy>,
) -> impl IntoView {
    let toasts = use_toasts();
    let format = RwSignal::new(ExportFormat::IpPortUserPass);
    let proxies = StoredValue::new(proxies);
    let text = Memo::new(move |_| proxies.with_value(|p| export(p, format.get())));
    let copy_all = move |_| browser::copy_and_tell(toasts, text.get_untracked(), || tr!(proxies.list_copied));
    let download = move |_| {
        let f = format.get_untracked();
        let mime = if f == ExportFormat::Csv { "text/csv;charset=utf-8" } else { "text/plain;charset=utf-8" };
        if let Err(message) = browser::download(&file_name(id, f), &text.get_untracked(), mime) {
            toasts.error(message);
        }
    };
    let count = proxies.with_value(Vec::len);

    view! {
        <div class="export-panel">
            <label for="export-format">{move || trf!(proxies.export_as, count = count)}</label>
            <div class="inline-form">
                <select id="export-format" data-test="export-format"
                    on:change=move |ev| {
                        if let Some(f) = ExportFormat::from_key(&event_target_value(&ev)) {
                            format.set(f);
                        }
                    }>
                    {ExportFormat::ALL.into_iter().map(|f| view! {
                        <option value=f.key() selected=move || format.get() == f>{f.label()}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="btn btn-secondary" data-test="export-copy" on:click=copy_all>
                    {tx!(proxies.copy_all)}
                </button>
                <button type="button" class="btn btn-secondary" data-test="export-download" on:click=download>
                    {tx!(proxies.download)}
                </button>
            </div>
            <details class="export-preview">
                <summary>{tx!(proxies.preview)}</summary>
                <textarea data-test="export-preview" readonly rows="8" spellcheck="false"
                    aria-label=tx!(proxies.preview_label) prop:value=move || text.get()></textarea>
            </details>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        assert_eq!(file_name(1001, ExportFormat::IpPortUserPass), "order-1001-proxies.txt");
        assert_eq!(file_name(7, ExportFormat::Csv), "order-7-proxies.csv");
    }
}
