//! The connection-string generator (docs/API.md §6a): targeting from the catalogue (country →
//! region → city → ISP for Premium), sticky or rotating sessions, protocol, relay, device
//! OS and session mode (Premium), how many strings, presets, and whose password. The form's
//! text is checked by
//! `logic::connection::validate` and its problems are put into words here; the strings are
//! made in the browser, each sticky one with its own sid from the crypto RNG.
//!
//! The password (the owner's or a sub-user's) stays in memory only: never in a URL, storage,
//! a preset or the console.

use super::{
    form::GenForm,
    output::Output,
    password::{PasswordChoice, PasswordMissing, PasswordSource},
    pickers::LocationPicker,
    presets::PresetBar,
    random,
};
use crate::{
    api::{self, load::load},
    logic::connection::{
        generate, validate, DeviceOs, Field, Generated, Problem, Protocol, Relay, MAX_AMOUNT, MAX_TTL_SECS, MIN_AMOUNT,
        MIN_TTL_SECS,
    },
    models::{ProxyType, ResidentialPlan},
};
use leptos::{prelude::*, task::spawn_local};

/// A field's name in the current language.
fn field_label(field: Field) -> &'static str {
    match field {
        Field::Country => tr!(residential.country),
        Field::Region => tr!(residential.region),
        Field::City => tr!(residential.city),
        Field::Isp => tr!(residential.isp),
        Field::Os => tr!(residential.os),
        Field::Ttl => tr!(residential.ttl),
        Field::SessionMode => tr!(residential.session_mode),
        Field::Amount => tr!(residential.amount),
    }
}

/// A problem of the form in words.
fn problem_text(problem: Problem) -> String {
    match problem {
        Problem::Code { field, .. } => trf!(residential.bad_code, field = field_label(field)),
        Problem::NeedsCountry(_) => tr!(residential.needs_country).to_string(),
        Problem::PremiumOnly(field) => trf!(residential.premium_only, field = field_label(field)),
        Problem::StickyOnly(field) => trf!(residential.sticky_only, field = field_label(field)),
        Problem::TtlTooShort | Problem::TtlTooLong => {
            trf!(residential.ttl_range, min = MIN_TTL_SECS, max = MAX_TTL_SECS)
        }
        Problem::AmountOutOfRange => trf!(residential.amount_range, min = MIN_AMOUNT, max = MAX_AMOUNT),
    }
}

/// Why there is no password, in words.
fn missing_text(missing: PasswordMissing) -> String {
    match missing {
        PasswordMissing::Owner(_) => tr!(residential.no_password).to_string(),
        PasswordMissing::NotTyped => tr!(residential.type_password).to_string(),
        PasswordMissing::SubUserGone => tr!(residential.sub_user_gone).to_string(),
        PasswordMissing::Api(e) => trf!(residential.sub_user_unreadable, error = e),
    }
}

/// The generator of one plan. `catalogue` is the `proxy_type` whose targeting lists the
/// pickers read (`None`: the account has no list to read, so strings target any country);
/// `owner_password` is the owner's, when the API gave one.
#[component]
pub fn Generator(plan: ResidentialPlan, catalogue: Option<ProxyType>, owner_password: Option<String>) -> impl IntoView {
    let premium = plan == ResidentialPlan::Premium;
    let form = GenForm::new();
    let source = PasswordSource::new(ProxyType::try_from(plan).ok(), owner_password);
    let problems = RwSignal::new(Vec::<String>::new());
    let generated = RwSignal::new(None::<Generated>);
    let working = RwSignal::new(false);

    let countries = load(move |cancel| async move {
        match catalogue {
            Some(t) => api::residential::countries(t, cancel).await,
            None => Ok(Vec::new()),
        }
    });
    let regions = load(move |cancel| {
        let c = form.country.get();
        async move {
            match (catalogue, c) {
                (Some(t), Some(c)) => api::residential::regions(t, &c, cancel).await,
                _ => Ok(Vec::new()),
            }
        }
    });
    let cities = load(move |cancel| {
        let (c, r) = (form.country.get(), form.region.get());
        async move {
            match (catalogue, c, r) {
                (Some(t), Some(c), Some(r)) => api::residential::cities(t, &c, &r, cancel).await,
                _ => Ok(Vec::new()),
            }
        }
    });
    let isps = load(move |cancel| {
        let (c, r, ci) = (form.country.get(), form.region.get(), form.city.get());
        async move {
            match (c, r, ci) {
                (Some(c), Some(r), Some(ci)) if premium => api::residential::isps(&c, &r, &ci, cancel).await,
                _ => Ok(Vec::new()),
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let mut found = Vec::new();
        let mode = form.session_mode_value().unwrap_or_else(|_| {
            found.push(tr!(residential.session_mode_range).to_string());
            None
        });
        let spec = form.with_input(plan.into(), mode, validate);
        let spec = match spec {
            Err(list) => {
                found.extend(list.into_iter().map(problem_text));
                None
            }
            Ok(spec) => Some(spec),
        };
        let Some(spec) = spec.filter(|_| found.is_empty()) else {
            generated.set(None);
            problems.set(found);
            return;
        };
        working.set(true);
        spawn_local(async move {
            let outcome = match source.resolve().await {
                Err(missing) => Err(missing_text(missing)),
                Ok(password) => {
                    generate(&spec, password, random::fill).map_err(|_| tr!(residential.no_random).to_string())
                }
            };
            working.try_set(false);
            match outcome {
                Ok(g) => {
                    generated.try_set(Some(g));
                    problems.try_set(Vec::new());
                }
                Err(text) => {
                    generated.try_set(None);
                    problems.try_set(vec![text]);
                }
            }
        });
    };

    view! {
        <section class="card generator" aria-labelledby="generator-heading" data-test="generator">
            <h2 id="generator-heading">{tx!(residential.generator)}</h2>
            <PresetBar plan form />
            <form class="gen-form" on:submit=on_submit novalidate>
                {if catalogue.is_some() {
                    view! {
                        <div class="gen-grid">
                            <LocationPicker id="gen-country" label=|| tr!(residential.country) any=|| tr!(residential.any_country)
                                list=Signal::derive(move || countries.get()) value=form.country
                                on_change=Callback::new(move |v| form.set_country(v))
                                retry=Callback::new(move |_| countries.refetch()) />
                            {move || form.country.with(Option::is_some).then(|| view! {
                                <LocationPicker id="gen-region" label=|| tr!(residential.region) any=|| tr!(residential.any_region)
                                    list=Signal::derive(move || regions.get()) value=form.region
                                    on_change=Callback::new(move |v| form.set_region(v))
                                    retry=Callback::new(move |_| regions.refetch()) />
                            })}
                            {move || form.region.with(Option::is_some).then(|| view! {
                                <LocationPicker id="gen-city" label=|| tr!(residential.city) any=|| tr!(residential.any_city)
                                    list=Signal::derive(move || cities.get()) value=form.city
                                    on_change=Callback::new(move |v| form.set_city(v))
                                    retry=Callback::new(move |_| cities.refetch()) />
                            })}
                            {move || (premium && form.city.with(Option::is_some)).then(|| view! {
                                <LocationPicker id="gen-isp" label=|| tr!(residential.isp) any=|| tr!(residential.any_isp)
                                    list=Signal::derive(move || isps.get()) value=form.isp
                                    on_change=Callback::new(move |v| form.isp.set(v))
                                    retry=Callback::new(move |_| isps.refetch()) />
                            })}
                            {premium.then(|| view! { <OsPicker os=form.os /> })}
                        </div>
                    }.into_any()
                } else {
                    view! { <p class="hint" data-test="gen-no-catalogue">{tx!(residential.no_catalogue)}</p> }.into_any()
                }}
                <div class="gen-grid">
                    <div class="gen-field">
                        <label for="gen-session">{tx!(residential.session)}</label>
                        <select id="gen-session" data-test="gen-session"
                            on:change=move |ev| form.sticky.set(event_target_value(&ev) == "sticky")>
                            <option value="sticky" selected=move || form.sticky.get()>{tx!(residential.sticky)}</option>
                            <option value="rotating" selected=move || !form.sticky.get()>{tx!(residential.rotating)}</option>
                        </select>
                    </div>
                    {move || form.sticky.get().then(|| view! {
                        <div class="gen-field">
                            <label for="gen-ttl">{tx!(residential.ttl)}</label>
                            <input id="gen-ttl" data-test="gen-ttl" inputmode="numeric" autocomplete="off"
                                prop:value=move || form.ttl.get() on:input=move |ev| form.ttl.set(event_target_value(&ev)) />
                        </div>
                    })}
                    {move || (premium && form.sticky.get()).then(|| view! {
                        <div class="gen-field">
                            <label for="gen-session-mode">{tx!(residential.session_mode)}</label>
                            <input id="gen-session-mode" data-test="gen-session-mode" inputmode="numeric" autocomplete="off"
                                placeholder=tx!(residential.session_mode_none)
                                prop:value=move || form.session_mode.get()
                                on:input=move |ev| form.session_mode.set(event_target_value(&ev)) />
                        </div>
                    })}
                    <div class="gen-field">
                        <label for="gen-protocol">{tx!(residential.protocol)}</label>
                        <select id="gen-protocol" data-test="gen-protocol"
                            on:change=move |ev| if let Some(p) = Protocol::parse(&event_target_value(&ev)) { form.protocol.set(p) }>
                            <option value="http" selected=move || form.protocol.get() == Protocol::Http>"HTTP"</option>
                            <option value="socks5" selected=move || form.protocol.get() == Protocol::Socks5>"SOCKS5"</option>
                        </select>
                    </div>
                    <div class="gen-field">
                        <label for="gen-relay">{tx!(residential.relay)}</label>
                        <select id="gen-relay" data-test="gen-relay"
                            on:change=move |ev| if let Some(r) = Relay::parse(&event_target_value(&ev)) { form.relay.set(r) }>
                            {Relay::ALL.into_iter().map(|r| view! {
                                <option value=r.as_str() selected=move || form.relay.get() == r>{r.host()}</option>
                            }).collect_view()}
                        </select>
                        <p class="hint">{tx!(residential.relay_hint)}</p>
                    </div>
                    <div class="gen-field">
                        <label for="gen-amount">{tx!(residential.amount)}</label>
                        <input id="gen-amount" data-test="gen-amount" inputmode="numeric" autocomplete="off"
                            prop:value=move || form.amount.get() on:input=move |ev| form.amount.set(event_target_value(&ev)) />
                    </div>
                    <PasswordChoice source />
                </div>
                <p class="hint">{tx!(residential.password_hint)}</p>
                {move || {
                    let list = problems.get();
                    (!list.is_empty()).then(|| view! {
                        <div class="notice notice-error" role="alert" data-test="gen-problems">
                            {list.into_iter().map(|p| view! { <p class="notice-text">{p}</p> }).collect_view()}
                        </div>
                    })
                }}
                <button type="submit" class="btn btn-primary" data-test="gen-submit" disabled=move || working.get()>
                    {tx!(residential.generate)}
                </button>
            </form>
            {move || generated.get().map(|g| view! { <Output generated=g plan /> })}
        </section>
    }
}

/// The device OS of Premium strings (none: any device).
#[component]
fn OsPicker(os: RwSignal<Option<DeviceOs>>) -> impl IntoView {
    view! {
        <div class="gen-field">
            <label for="gen-os">{tx!(residential.os)}</label>
            <select id="gen-os" data-test="gen-os" on:change=move |ev| os.set(DeviceOs::parse(&event_target_value(&ev)))>
                <option value="" selected=move || os.with(Option::is_none)>{tx!(residential.any_os)}</option>
                {DeviceOs::ALL.into_iter().map(|o| view! {
                    <option value=o.as_str() selected=move || os.get() == Some(o)>{o.as_str()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
