//! The generator's form as one value: a signal per setting, read into a
//! `ConnectionInput` for validation, into `GeneratorSettings` for a preset, and set back
//! from a preset. The password is not part of it (it is chosen beside the form and never
//! saved).

use crate::logic::{
    connection::{ConnectionInput, DeviceOs, Protocol, Relay, Session, UsernamePlan, DEFAULT_TTL_SECS},
    count::parse_count,
    presets::GeneratorSettings,
};
use leptos::prelude::*;

/// How many strings the form starts with.
const DEFAULT_AMOUNT: u32 = 10;

/// The settings of the generator; cheap to copy.
#[derive(Clone, Copy)]
pub struct GenForm {
    pub country: RwSignal<Option<String>>,
    pub region: RwSignal<Option<String>>,
    pub city: RwSignal<Option<String>>,
    pub isp: RwSignal<Option<String>>,
    pub os: RwSignal<Option<DeviceOs>>,
    pub sticky: RwSignal<bool>,
    pub ttl: RwSignal<String>,
    pub session_mode: RwSignal<String>,
    pub protocol: RwSignal<Protocol>,
    pub relay: RwSignal<Relay>,
    pub amount: RwSignal<String>,
}

/// Why the session-mode text cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadSessionMode;

impl GenForm {
    /// A form with the defaults: any country, sticky for 10 minutes, HTTP, the EU relay, 10
    /// strings.
    pub fn new() -> GenForm {
        GenForm {
            country: RwSignal::new(None),
            region: RwSignal::new(None),
            city: RwSignal::new(None),
            isp: RwSignal::new(None),
            os: RwSignal::new(None),
            sticky: RwSignal::new(true),
            ttl: RwSignal::new(DEFAULT_TTL_SECS.to_string()),
            session_mode: RwSignal::new(String::new()),
            protocol: RwSignal::new(Protocol::Http),
            relay: RwSignal::new(Relay::default()),
            amount: RwSignal::new(DEFAULT_AMOUNT.to_string()),
        }
    }

    /// Chooses a country; the places inside the old one are forgotten.
    pub fn set_country(self, v: Option<String>) {
        self.country.set(v);
        self.set_region(None);
    }

    /// Chooses a region; the cities and ISPs inside the old one are forgotten.
    pub fn set_region(self, v: Option<String>) {
        self.region.set(v);
        self.set_city(None);
    }

    /// Chooses a city; its ISPs are forgotten.
    pub fn set_city(self, v: Option<String>) {
        self.city.set(v);
        self.isp.set(None);
    }

    /// The session mode typed: empty = none, else a whole number 0–255.
    pub fn session_mode_value(self) -> Result<Option<u8>, BadSessionMode> {
        let raw = self.session_mode.get_untracked();
        if raw.trim().is_empty() {
            return Ok(None);
        }
        parse_count(&raw).ok().and_then(|n| u8::try_from(n).ok()).map(Some).ok_or(BadSessionMode)
    }

    /// Reads the form for `plan` (Premium-only settings are left out on other plans) and
    /// hands it to `with`; amounts and TTLs that do not read as numbers become 0, which
    /// validation refuses with its own message.
    pub fn with_input<R>(
        self,
        plan: UsernamePlan,
        session_mode: Option<u8>,
        with: impl FnOnce(&ConnectionInput<'_>) -> R,
    ) -> R {
        let premium = plan.is_premium();
        let (country, region, city, isp) = (
            self.country.get_untracked(),
            self.region.get_untracked(),
            self.city.get_untracked(),
            self.isp.get_untracked(),
        );
        let sticky = self.sticky.get_untracked();
        let input = ConnectionInput {
            plan,
            country: country.as_deref(),
            region: region.as_deref(),
            city: city.as_deref(),
            isp: if premium { isp.as_deref() } else { None },
            os: if premium { self.os.get_untracked() } else { None },
            session: if sticky {
                Session::Sticky { ttl_secs: parse_count(&self.ttl.get_untracked()).unwrap_or(0) }
            } else {
                Session::Rotating
            },
            session_mode: if premium && sticky { session_mode } else { None },
            protocol: self.protocol.get_untracked(),
            relay: self.relay.get_untracked(),
            amount: parse_count(&self.amount.get_untracked()).unwrap_or(0),
        };
        with(&input)
    }

    /// What a preset keeps.
    pub fn settings(self) -> GeneratorSettings {
        GeneratorSettings {
            country: self.country.get_untracked(),
            region: self.region.get_untracked(),
            city: self.city.get_untracked(),
            isp: self.isp.get_untracked(),
            os: self.os.get_untracked().map(|o| o.as_str().to_string()),
            sticky: self.sticky.get_untracked(),
            ttl: self.ttl.get_untracked(),
            session_mode: self.session_mode.get_untracked(),
            protocol: self.protocol.get_untracked().as_str().to_string(),
            relay: self.relay.get_untracked().as_str().to_string(),
            amount: self.amount.get_untracked(),
        }
    }

    /// Puts a preset's settings on screen (unknown values fall back to the defaults).
    pub fn apply(self, s: &GeneratorSettings) {
        self.country.set(s.country.clone());
        self.region.set(s.region.clone());
        self.city.set(s.city.clone());
        self.isp.set(s.isp.clone());
        self.os.set(s.os.as_deref().and_then(DeviceOs::parse));
        self.sticky.set(s.sticky);
        self.ttl.set(if s.ttl.is_empty() { DEFAULT_TTL_SECS.to_string() } else { s.ttl.clone() });
        self.session_mode.set(s.session_mode.clone());
        self.protocol.set(Protocol::parse(&s.protocol).unwrap_or(Protocol::Http));
        self.relay.set(Relay::parse(&s.relay).unwrap_or_default());
        self.amount.set(if s.amount.is_empty() { DEFAULT_AMOUNT.to_string() } else { s.amount.clone() });
    }
}
