//! The connection-string generator (API.md §6a): targeting from the catalogue (country →
//! region → city → ISP for Premium), sticky or rotating sessions, protocol, relay, device
//! OS (Premium) and how many strings. The form's text is checked by
//! `logic::connection::validate` and its problems are put into words here; the strings are
//! made in the browser, each sticky one with its own sid from the crypto RNG.
//!
//! The password is the owner's `proxy_password`; it stays in memory only (never in a URL,
//! storage or the console).

use super::{output::Output, pickers::LocationPicker, random};
use crate::{
    api,
    logic::{
        connection::{
            generate, validate, ConnectionInput, DeviceOs, Field, Generated, Plan, Problem, Protocol, ProxyPassword,
            Relay, Session, DEFAULT_TTL_SECS, MAX_AMOUNT, MAX_TTL_SECS, MIN_AMOUNT, MIN_TTL_SECS,
        },
        count::parse_count,
    },
    models::ProxyType,
};
use leptos::prelude::*;

/// How many strings the form starts with.
const DEFAULT_AMOUNT: u32 = 10;

/// The username's plan of an API plan.
fn plan_of(t: ProxyType) -> Plan {
    match t {
        ProxyType::Standart => Plan::Limited,
        ProxyType::Premium => Plan::Premium,
    }
}

/// A field's name in the current language.
fn field_label(field: Field) -> &'static str {
    match field {
        Field::Country => tr!(residential.country),
        Field::Region => tr!(residential.region),
        Field::City => tr!(residential.city),
        Field::Isp => tr!(residential.isp),
        Field::Os => tr!(residential.os),
        Field::Ttl => tr!(residential.ttl),
        Field::SessionMode => tr!(residential.session),
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

/// The generator of one plan, with the password its strings carry.
#[component]
pub fn Generator(plan: ProxyType, password: String) -> impl IntoView {
    let premium = plan == ProxyType::Premium;
    let password = StoredValue::new(ProxyPassword::new(password).ok());
    let country = RwSignal::new(None::<String>);
    let region = RwSignal::new(None::<String>);
    let city = RwSignal::new(None::<String>);
    let isp = RwSignal::new(None::<String>);
    let sticky = RwSignal::new(true);
    let ttl = RwSignal::new(DEFAULT_TTL_SECS.to_string());
    let protocol = RwSignal::new(Protocol::Http);
    let relay = RwSignal::new(Relay::default());
    let os = RwSignal::new(None::<DeviceOs>);
    let amount = RwSignal::new(DEFAULT_AMOUNT.to_string());
    let problems = RwSignal::new(Vec::<String>::new());
    let generated = RwSignal::new(None::<Generated>);

    let countries = LocalResource::new(move || api::residential::countries(plan, None));
    let regions = LocalResource::new(move || {
        let c = country.get();
        async move {
            match c {
                Some(c) => api::residential::regions(plan, &c, None).await,
                None => Ok(Vec::new()),
            }
        }
    });
    let cities = LocalResource::new(move || {
        let (c, r) = (country.get(), region.get());
        async move {
            match (c, r) {
                (Some(c), Some(r)) => api::residential::cities(plan, &c, &r, None).await,
                _ => Ok(Vec::new()),
            }
        }
    });
    let isps = LocalResource::new(move || {
        let (c, r, ci) = (country.get(), region.get(), city.get());
        async move {
            match (c, r, ci) {
                (Some(c), Some(r), Some(ci)) if premium => api::residential::isps(&c, &r, &ci, None).await,
                _ => Ok(Vec::new()),
            }
        }
    });

    let on_country = Callback::new(move |v: Option<String>| {
        country.set(v);
        region.set(None);
        city.set(None);
        isp.set(None);
    });
    let on_region = Callback::new(move |v: Option<String>| {
        region.set(v);
        city.set(None);
        isp.set(None);
    });
    let on_city = Callback::new(move |v: Option<String>| {
        city.set(v);
        isp.set(None);
    });
    let on_isp = Callback::new(move |v: Option<String>| isp.set(v));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let amount_n = parse_count(&amount.get_untracked()).unwrap_or(0);
        let session = if sticky.get_untracked() {
            Session::Sticky { ttl_secs: parse_count(&ttl.get_untracked()).unwrap_or(0) }
        } else {
            Session::Rotating
        };
        let (c, r, ci, i) =
            (country.get_untracked(), region.get_untracked(), city.get_untracked(), isp.get_untracked());
        let input = ConnectionInput {
            plan: plan_of(plan),
            country: c.as_deref(),
            region: r.as_deref(),
            city: ci.as_deref(),
            isp: if premium { i.as_deref() } else { None },
            os: if premium { os.get_untracked() } else { None },
            session,
            session_mode: None,
            protocol: protocol.get_untracked(),
            relay: relay.get_untracked(),
            amount: amount_n,
        };
        let Some(password) = password.get_value() else {
            problems.set(vec![tr!(residential.no_password).to_string()]);
            return;
        };
        match validate(&input) {
            Err(list) => found.extend(list.into_iter().map(problem_text)),
            Ok(spec) => match generate(&spec, password, random::fill) {
                Ok(g) => generated.set(Some(g)),
                Err(_) => found.push(tr!(residential.no_random).to_string()),
            },
        }
        if !found.is_empty() {
            generated.set(None);
        }
        problems.set(found);
    };

    view! {
        <section class="card generator" aria-labelledby="generator-heading" data-test="generator">
            <h2 id="generator-heading">{tx!(residential.generator)}</h2>
            <form class="gen-form" on:submit=on_submit novalidate>
                <div class="gen-grid">
                    <LocationPicker id="gen-country" label=|| tr!(residential.country) any=|| tr!(residential.any_country)
                        list=Signal::derive(move || countries.get()) value=country on_change=on_country
                        retry=Callback::new(move |_| countries.refetch()) />
                    {move || country.with(Option::is_some).then(|| view! {
                        <LocationPicker id="gen-region" label=|| tr!(residential.region) any=|| tr!(residential.any_region)
                            list=Signal::derive(move || regions.get()) value=region on_change=on_region
                            retry=Callback::new(move |_| regions.refetch()) />
                    })}
                    {move || region.with(Option::is_some).then(|| view! {
                        <LocationPicker id="gen-city" label=|| tr!(residential.city) any=|| tr!(residential.any_city)
                            list=Signal::derive(move || cities.get()) value=city on_change=on_city
                            retry=Callback::new(move |_| cities.refetch()) />
                    })}
                    {move || (premium && city.with(Option::is_some)).then(|| view! {
                        <LocationPicker id="gen-isp" label=|| tr!(residential.isp) any=|| tr!(residential.any_isp)
                            list=Signal::derive(move || isps.get()) value=isp on_change=on_isp
                            retry=Callback::new(move |_| isps.refetch()) />
                    })}
                    {premium.then(|| view! { <OsPicker os /> })}
                </div>
                <div class="gen-grid">
                    <div class="gen-field">
                        <label for="gen-session">{tx!(residential.session)}</label>
                        <select id="gen-session" data-test="gen-session"
                            on:change=move |ev| sticky.set(event_target_value(&ev) == "sticky")>
                            <option value="sticky" selected=move || sticky.get()>{tx!(residential.sticky)}</option>
                            <option value="rotating" selected=move || !sticky.get()>{tx!(residential.rotating)}</option>
                        </select>
                    </div>
                    {move || sticky.get().then(|| view! {
                        <div class="gen-field">
                            <label for="gen-ttl">{tx!(residential.ttl)}</label>
                            <input id="gen-ttl" data-test="gen-ttl" inputmode="numeric" autocomplete="off"
                                prop:value=move || ttl.get() on:input=move |ev| ttl.set(event_target_value(&ev)) />
                        </div>
                    })}
                    <div class="gen-field">
                        <label for="gen-protocol">{tx!(residential.protocol)}</label>
                        <select id="gen-protocol" data-test="gen-protocol"
                            on:change=move |ev| if let Some(p) = Protocol::parse(&event_target_value(&ev)) { protocol.set(p) }>
                            <option value="http" selected=move || protocol.get() == Protocol::Http>"HTTP"</option>
                            <option value="socks5" selected=move || protocol.get() == Protocol::Socks5>"SOCKS5"</option>
                        </select>
                    </div>
                    <div class="gen-field">
                        <label for="gen-relay">{tx!(residential.relay)}</label>
                        <select id="gen-relay" data-test="gen-relay"
                            on:change=move |ev| if let Some(r) = Relay::parse(&event_target_value(&ev)) { relay.set(r) }>
                            {Relay::ALL.into_iter().map(|r| view! {
                                <option value=r.as_str() selected=move || relay.get() == r>{r.host()}</option>
                            }).collect_view()}
                        </select>
                        <p class="hint">{tx!(residential.relay_hint)}</p>
                    </div>
                    <div class="gen-field">
                        <label for="gen-amount">{tx!(residential.amount)}</label>
                        <input id="gen-amount" data-test="gen-amount" inputmode="numeric" autocomplete="off"
                            prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev)) />
                    </div>
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
                <button type="submit" class="btn btn-primary" data-test="gen-submit">{tx!(residential.generate)}</button>
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
