//! The generated strings: a format menu, the lines with passwords masked until "Reveal",
//! a curl command for the first line, "Copy all" and "Download .txt" (both with the real
//! passwords: that is what the customer takes away).

use crate::{
    components::take_away::{Takeaway, TakeawayButtons},
    logic::connection::{Format, Generated, Reveal},
    models::ResidentialPlan,
};
use leptos::prelude::*;

/// A format's name in the current language.
fn format_label(format: Format) -> &'static str {
    match format {
        Format::HostPortUserPass => "host:port:user:pass",
        Format::UserPassAtHostPort => "user:pass@host:port",
        Format::Url => tr!(residential.format_url),
    }
}

/// The output of one generation.
#[component]
pub fn Output(generated: Generated, plan: ResidentialPlan) -> impl IntoView {
    let count = generated.len();
    let generated = StoredValue::new(generated);
    let format = RwSignal::new(Format::HostPortUserPass);
    let revealed = RwSignal::new(false);
    let reveal = move || if revealed.get() { Reveal::Shown } else { Reveal::Masked };
    let shown = Memo::new(move |_| {
        let (f, r) = (format.get(), reveal());
        generated.with_value(|g| g.text(f, r))
    });
    let curl = Memo::new(move |_| {
        let r = reveal();
        generated.with_value(|g| g.curl(r).unwrap_or_default())
    });
    let take = move |()| Takeaway {
        text: generated.with_value(|g| g.text(format.get_untracked(), Reveal::Shown)),
        file_name: format!("residential-{}-proxies.txt", plan.as_str()),
        mime: "text/plain;charset=utf-8",
    };
    view! {
        <div class="gen-output" data-test="gen-output">
            <p role="status" data-test="gen-count">{move || trf!(residential.made, count = count)}</p>
            <div class="inline-form">
                <label for="gen-format">{tx!(residential.format)}</label>
                <select id="gen-format" data-test="gen-format"
                    on:change=move |ev| if let Some(f) = Format::parse(&event_target_value(&ev)) { format.set(f) }>
                    {Format::ALL.into_iter().map(|f| view! {
                        <option value=f.as_str() selected=move || format.get() == f>{move || format_label(f)}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="btn btn-secondary" data-test="gen-reveal"
                    aria-pressed=move || revealed.get().to_string() on:click=move |_| revealed.update(|r| *r = !*r)>
                    {move || if revealed.get() { tr!(residential.hide) } else { tr!(residential.reveal) }}
                </button>
                <TakeawayButtons make=take test="gen" copy_label=|| tr!(residential.copy_all)
                    download_label=|| tr!(residential.download) copied=|| tr!(residential.copied) />
            </div>
            <textarea class="gen-lines" data-test="gen-lines" readonly rows="10" spellcheck="false" wrap="off"
                aria-label=tx!(residential.lines) prop:value=move || shown.get()></textarea>
            <p class="gen-curl-label">{tx!(residential.curl)}</p>
            <pre class="gen-curl" data-test="gen-curl">{move || curl.get()}</pre>
        </div>
    }
}
