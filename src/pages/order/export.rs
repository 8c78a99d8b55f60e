//! Export of an order's proxy list in the formats proxy tools import: a format menu, a
//! preview, "Copy all" and "Download".

use crate::{
    components::take_away::{Takeaway, TakeawayButtons},
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
    let format = RwSignal::new(ExportFormat::IpPortUserPass);
    let proxies = StoredValue::new(proxies);
    let text = Memo::new(move |_| proxies.with_value(|p| export(p, format.get())));
    let take = move |()| {
        let f = format.get_untracked();
        let mime = if f == ExportFormat::Csv { "text/csv;charset=utf-8" } else { "text/plain;charset=utf-8" };
        Takeaway { text: text.get_untracked(), file_name: file_name(id, f), mime }
    };
    let count = proxies.with_value(Vec::len);

    view! {
        <div class="export-panel">
            <label for="export-format">{move || trf!(proxies.export_as, count = count)}</label>
            <div class="inline-form">
                <select id="export-format" data-test="export-format"
                    on:change=move |ev| {
                        if let Some(f) = ExportFormat::parse(&event_target_value(&ev)) {
                            format.set(f);
                        }
                    }>
                    {ExportFormat::ALL.into_iter().map(|f| view! {
                        <option value=f.as_str() selected=move || format.get() == f>{f.label()}</option>
                    }).collect_view()}
                </select>
                <TakeawayButtons make=take test="export" copy_label=|| tr!(proxies.copy_all)
                    download_label=|| tr!(proxies.download) copied=|| tr!(proxies.list_copied) />
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
