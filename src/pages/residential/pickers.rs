//! A location picker of the generator (country, region, city, ISP): a list from the
//! catalogue, "any" first, and a filter box once the list is long, so a country with many
//! regions stays usable by typing.

use crate::{api::ApiError, models::Location};
use leptos::prelude::*;

/// From this many entries on, a filter box is shown above the list.
const FILTER_FROM: usize = 6;

/// Whether `location` matches the filter text (name or code, any case).
pub fn matches(location: &Location, filter: &str) -> bool {
    let filter = filter.trim().to_lowercase();
    filter.is_empty()
        || location.name.to_lowercase().contains(&filter)
        || location.code.to_lowercase().contains(&filter)
}

/// One picker. `value` is the chosen code (`None`: any); `on_change` gets the new choice.
#[component]
pub fn LocationPicker(
    /// The element id and `data-test` of the list (`gen-country`, …).
    id: &'static str,
    /// The label.
    label: fn() -> &'static str,
    /// The first entry, meaning "no choice".
    any: fn() -> &'static str,
    /// The catalogue's list: `None` while it loads.
    #[prop(into)]
    list: Signal<Option<Result<Vec<Location>, ApiError>>>,
    /// The chosen code.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// Called with the new choice.
    on_change: Callback<Option<String>>,
    /// Called by "Try again" after a failed load.
    retry: Callback<()>,
) -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let filter_id = format!("{id}-filter");
    let long = move || list.with(|l| matches!(l, Some(Ok(v)) if v.len() >= FILTER_FROM));
    let options = move || {
        let chosen = value.get();
        let Some(Ok(all)) = list.get() else { return Vec::new() };
        let f = filter.get();
        all.into_iter()
            .filter(|l| matches(l, &f) || chosen.as_deref() == Some(l.code.as_str()))
            .map(|l| {
                let selected = chosen.as_deref() == Some(l.code.as_str());
                let name = if l.name.is_empty() { l.code.clone() } else { l.name };
                view! { <option value=l.code selected=selected>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="gen-field">
            <label for=id>{move || label()}</label>
            {move || long().then(|| {
                let filter_id = filter_id.clone();
                view! {
                    <input type="search" class="gen-filter" id=filter_id.clone() data-test=filter_id
                        placeholder=tx!(residential.filter) aria-label=move || format!("{} — {}", label(), tr!(residential.filter))
                        prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
                }
            })}
            <select id=id data-test=id disabled=move || !matches!(list.get(), Some(Ok(_)))
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    on_change.run((!v.is_empty()).then_some(v));
                }>
                <option value="" selected=move || value.with(Option::is_none)>
                    {move || if list.with(Option::is_none) { tr!(common.loading) } else { any() }}
                </option>
                {options}
            </select>
            {move || match list.get() {
                Some(Err(e)) => Some(view! {
                    <p class="field-error" role="alert">{e.message()}" "
                        <button type="button" class="btn btn-ghost btn-small" on:click=move |_| retry.run(())>
                            {tx!(common.try_again)}
                        </button>
                    </p>
                }),
                _ => None,
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_matches_names_and_codes_in_any_case() {
        let l = Location { code: "sao_paulo".into(), name: "São Paulo".into() };
        assert!(matches(&l, ""));
        assert!(matches(&l, " são "));
        assert!(matches(&l, "SÃO"));
        assert!(matches(&l, "sao_"));
        assert!(!matches(&l, "kraków"));
    }
}
