//! The generator's choices: plan, device OS, session, protocol and relay, each with the
//! text it has in a username, a URL or a preset. The plan is the models' [`UsernamePlan`]
//! (it converts from the page's residential plan).

use crate::models::string_enum;
pub use crate::models::UsernamePlan;

string_enum! {
    /// The device OS a premium string asks for (`-os-<value>`), in the order the picker
    /// offers them. The values are our reading of the provider's generator, not documented:
    /// correct them here only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum DeviceOs {
        /// Windows desktops.
        Windows = "windows",
        /// macOS desktops.
        Macos = "macos",
        /// Android phones.
        Android = "android",
        /// iPhones and iPads.
        Ios = "ios",
        /// Linux desktops.
        Linux = "linux",
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

string_enum! {
    /// The proxy protocol, which fixes the port and the URL scheme; its string (`http`,
    /// `socks5`) is also the URL scheme.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Protocol {
        /// HTTP(S) proxy on port 8080.
        Http = "http",
        /// SOCKS5 on port 1080.
        Socks5 = "socks5",
    }
}

impl Protocol {
    /// The relay port for this protocol.
    pub fn port(self) -> u16 {
        match self {
            Protocol::Http => 8080,
            Protocol::Socks5 => 1080,
        }
    }
}

string_enum! {
    /// The relay host, by a short key for presets and selects (`eu`, `us`, `asia`; the
    /// default first). The EU relay is the default; the others are offered only to people
    /// with connection problems (docs/API.md §6a). Their names are our assumption.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Relay {
        /// `relay-eu.proxyshard.com`, the default.
        #[default]
        Eu = "eu",
        /// `relay-us.proxyshard.com`.
        Us = "us",
        /// `relay-asia.proxyshard.com`.
        Asia = "asia",
    }
}

/// The default relay host.
pub const DEFAULT_RELAY_HOST: &str = "relay-eu.proxyshard.com";

impl Relay {
    /// The host name.
    pub fn host(self) -> &'static str {
        match self {
            Relay::Eu => DEFAULT_RELAY_HOST,
            Relay::Us => "relay-us.proxyshard.com",
            Relay::Asia => "relay-asia.proxyshard.com",
        }
    }
}
