//! The generator's choices: plan, device OS, session, protocol and relay, each with the
//! text it has in a username, a URL or a preset.

/// The residential plan as the username names it (not the API's `proxy_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Standart: pay per GB (`proxy_type=standart`).
    Limited,
    /// Premium: pay per GB, adds ISP, device-OS and session-mode choices.
    Premium,
    /// Unmetered: per period, no traffic counter.
    Unlimited,
}

impl Plan {
    /// Every plan, in the order the generator offers them.
    pub const ALL: [Plan; 3] = [Plan::Limited, Plan::Premium, Plan::Unlimited];

    /// The word in the username: `limited`, `premium`, `unlimited`.
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Limited => "limited",
            Plan::Premium => "premium",
            Plan::Unlimited => "unlimited",
        }
    }

    /// Reads [`Plan::as_str`] back; `None` for anything else.
    pub fn parse(s: &str) -> Option<Plan> {
        Plan::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Whether ISP, device-OS and session-mode targeting are allowed.
    pub fn is_premium(self) -> bool {
        self == Plan::Premium
    }
}

/// The device OS a premium string asks for (`-os-<value>`). The values are our reading of
/// the provider's generator, not documented: correct them here only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceOs {
    /// Windows desktops.
    Windows,
    /// macOS desktops.
    Macos,
    /// Android phones.
    Android,
    /// iPhones and iPads.
    Ios,
    /// Linux desktops.
    Linux,
}

impl DeviceOs {
    /// Every value, in the order the picker offers them.
    pub const ALL: [DeviceOs; 5] =
        [DeviceOs::Windows, DeviceOs::Macos, DeviceOs::Android, DeviceOs::Ios, DeviceOs::Linux];

    /// The value in the username.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceOs::Windows => "windows",
            DeviceOs::Macos => "macos",
            DeviceOs::Android => "android",
            DeviceOs::Ios => "ios",
            DeviceOs::Linux => "linux",
        }
    }

    /// Reads [`DeviceOs::as_str`] back; `None` for anything else.
    pub fn parse(s: &str) -> Option<DeviceOs> {
        DeviceOs::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// Whether every string gets its own exit IP per request or keeps one for a while.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Session {
    /// A new IP per request: no sid, no TTL.
    Rotating,
    /// One IP per string for `ttl_secs` seconds; each string gets its own random sid.
    Sticky {
        /// Lifetime in seconds, [`super::MIN_TTL_SECS`]..=[`super::MAX_TTL_SECS`].
        ttl_secs: u32,
    },
}

/// The proxy protocol, which fixes the port and the URL scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// HTTP(S) proxy on port 8080.
    Http,
    /// SOCKS5 on port 1080.
    Socks5,
}

impl Protocol {
    /// Both protocols.
    pub const ALL: [Protocol; 2] = [Protocol::Http, Protocol::Socks5];

    /// `http` or `socks5` (also the URL scheme).
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Http => "http",
            Protocol::Socks5 => "socks5",
        }
    }

    /// Reads [`Protocol::as_str`] back.
    pub fn parse(s: &str) -> Option<Protocol> {
        Protocol::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The relay port for this protocol.
    pub fn port(self) -> u16 {
        match self {
            Protocol::Http => 8080,
            Protocol::Socks5 => 1080,
        }
    }
}

/// The relay host. The EU relay is the default; the others are offered only to people with
/// connection problems (docs/API.md §6a). Their names are our assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Relay {
    /// `relay-eu.proxyshard.com`, the default.
    #[default]
    Eu,
    /// `relay-us.proxyshard.com`.
    Us,
    /// `relay-asia.proxyshard.com`.
    Asia,
}

/// The default relay host.
pub const DEFAULT_RELAY_HOST: &str = "relay-eu.proxyshard.com";

impl Relay {
    /// Every relay, the default first.
    pub const ALL: [Relay; 3] = [Relay::Eu, Relay::Us, Relay::Asia];

    /// The host name.
    pub fn host(self) -> &'static str {
        match self {
            Relay::Eu => DEFAULT_RELAY_HOST,
            Relay::Us => "relay-us.proxyshard.com",
            Relay::Asia => "relay-asia.proxyshard.com",
        }
    }

    /// A short key for presets and selects: `eu`, `us`, `asia`.
    pub fn as_str(self) -> &'static str {
        match self {
            Relay::Eu => "eu",
            Relay::Us => "us",
            Relay::Asia => "asia",
        }
    }

    /// Reads [`Relay::as_str`] back.
    pub fn parse(s: &str) -> Option<Relay> {
        Relay::ALL.into_iter().find(|r| r.as_str() == s)
    }
}
