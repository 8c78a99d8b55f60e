//! Residential wire types (docs/API.md §6): the owner's traffic and proxy password
//! (`/proxies/profile`), the targeting catalogue (countries, regions, cities, ISPs) and the
//! sub-user list. Traffic counts are bytes as the API sends them; `logic::traffic` makes them
//! presentable. Proxy passwords are secrets: the `Debug` of every type here masks them.

use serde::Deserialize;
use std::fmt;

/// What a hidden password prints as in `Debug`.
const MASKED: &str = "********";

/// The pay-per-GB residential plan as the API's `proxy_type` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ProxyType {
    /// `standart` (the provider's spelling).
    #[default]
    Standart,
    /// `premium`: adds ISP and device-OS targeting.
    Premium,
}

impl ProxyType {
    /// Both plans, in the order the page's tabs show them.
    pub const ALL: [ProxyType; 2] = [ProxyType::Standart, ProxyType::Premium];

    /// The `proxy_type` value: `standart` or `premium`.
    pub fn as_str(self) -> &'static str {
        match self {
            ProxyType::Standart => "standart",
            ProxyType::Premium => "premium",
        }
    }

    /// Reads [`ProxyType::as_str`] back (any case, trimmed); `None` for anything else.
    pub fn parse(s: &str) -> Option<ProxyType> {
        let s = s.trim();
        ProxyType::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s))
    }
}

impl ProxyType {
    /// The product of the catalogue that sells this plan's GB.
    pub fn product(self) -> &'static str {
        match self {
            ProxyType::Standart => "Standart Residential Proxy",
            ProxyType::Premium => "Premium Residential Proxy",
        }
    }
}

/// A residential plan as the page's tabs and URL (`?type=`) name it: the two pay-per-GB
/// plans the API's `proxy_type` knows, and Unmetered, which has no traffic counter and no
/// `proxy_type` of its own (its strings use the username plan `unlimited`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ResidentialPlan {
    /// Pay per GB (`standart`).
    #[default]
    Standart,
    /// Pay per GB with ISP and device-OS targeting (`premium`).
    Premium,
    /// Paid per period, no counter (`unmetered` in our URL).
    Unmetered,
}

impl ResidentialPlan {
    /// Every plan, in the order of the tabs.
    pub const ALL: [ResidentialPlan; 3] =
        [ResidentialPlan::Standart, ResidentialPlan::Premium, ResidentialPlan::Unmetered];

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            ResidentialPlan::Standart => "standart",
            ResidentialPlan::Premium => "premium",
            ResidentialPlan::Unmetered => "unmetered",
        }
    }

    /// Reads [`ResidentialPlan::as_str`] back (any case, trimmed).
    pub fn parse(s: &str) -> Option<ResidentialPlan> {
        let s = s.trim();
        ResidentialPlan::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s))
    }

    /// The API's `proxy_type` of a pay-per-GB plan; `None` for Unmetered.
    pub fn proxy_type(self) -> Option<ProxyType> {
        match self {
            ResidentialPlan::Standart => Some(ProxyType::Standart),
            ResidentialPlan::Premium => Some(ProxyType::Premium),
            ResidentialPlan::Unmetered => None,
        }
    }

    /// The product of the catalogue that sells the plan.
    pub fn product(self) -> &'static str {
        match self.proxy_type() {
            Some(t) => t.product(),
            None => "Unmetered Residential proxy",
        }
    }
}

/// `GET /user/api/proxies/profile?proxy_type=`: the owner's own traffic, in bytes, and the
/// password the owner's connection strings use.
#[derive(Clone, PartialEq, Deserialize)]
pub struct ResidentialProfile {
    /// Bytes the owner holds (bought, minus what sub-users hold).
    pub data: i64,
    /// Bytes used.
    #[serde(default)]
    pub data_spent: i64,
    /// Bytes left, when the server says (it should).
    #[serde(default)]
    pub data_remain: Option<i64>,
    /// The owner's proxy password; empty when the server sent none.
    #[serde(default)]
    pub proxy_password: String,
}

impl fmt::Debug for ResidentialProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResidentialProfile")
            .field("data", &self.data)
            .field("data_spent", &self.data_spent)
            .field("data_remain", &self.data_remain)
            .field("proxy_password", &MASKED)
            .finish()
    }
}

/// One entry of the targeting catalogue (a country, region, city or ISP). The answers also
/// name the parents (`country`, `region`, `city`); the page knows them already.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Location {
    /// The code that goes into the username (lower case in the provider's catalogue).
    pub code: String,
    /// The name people read; may hold non-ASCII letters (São Paulo).
    #[serde(default)]
    pub name: String,
}

/// `GET /user/api/proxies/{countries,regions,cities,isps}`: `{count, results}`, no paging.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct LocationList {
    /// How many results (unused: the list is whole).
    #[serde(default)]
    pub count: Option<i64>,
    /// The entries.
    #[serde(default)]
    pub results: Vec<Location>,
}

/// One sub-user of `GET /user/api/proxies/sub-users`.
#[derive(Clone, PartialEq, Deserialize)]
pub struct SubUser {
    /// The sub-user's id (`su1001`).
    pub user_id: String,
    /// Display name.
    #[serde(default)]
    pub first_name: String,
    /// The sub-user's own proxy password.
    #[serde(default)]
    pub proxy_password: String,
    /// Bytes given.
    #[serde(default)]
    pub data: i64,
    /// Bytes used.
    #[serde(default)]
    pub data_spent: i64,
    /// Bytes left, when the server says.
    #[serde(default)]
    pub data_remain: Option<i64>,
}

impl fmt::Debug for SubUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SubUser")
            .field("user_id", &self.user_id)
            .field("first_name", &self.first_name)
            .field("proxy_password", &MASKED)
            .field("data", &self.data)
            .field("data_spent", &self.data_spent)
            .field("data_remain", &self.data_remain)
            .finish()
    }
}

/// `GET /user/api/proxies/sub-users?offset&limit`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SubUserPage {
    /// Total sub-users before paging.
    #[serde(default)]
    pub count: Option<i64>,
    /// This page of them.
    #[serde(default)]
    pub data: Vec<SubUser>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_decodes_and_hides_its_password() {
        let p: ResidentialProfile = serde_json::from_str(
            r#"{"success":true,"data":25000000000,"data_remain":16562487296,"data_spent":8437512704,"proxy_password":"s3cretPass"}"#,
        )
        .unwrap();
        assert_eq!((p.data, p.data_spent, p.data_remain), (25_000_000_000, 8_437_512_704, Some(16_562_487_296)));
        assert!(!format!("{p:?}").contains("s3cretPass"));
        let bare: ResidentialProfile = serde_json::from_str(r#"{"data":1}"#).unwrap();
        assert_eq!((bare.data_spent, bare.data_remain, bare.proxy_password.as_str()), (0, None, ""));
    }

    #[test]
    fn locations_decode_with_their_parents_ignored() {
        let l: LocationList = serde_json::from_str(
            r#"{"count":1,"results":[{"code":"sao_paulo","name":"São Paulo","country":{"code":"br","name":"Brazil"}}]}"#,
        )
        .unwrap();
        assert_eq!(l.results, vec![Location { code: "sao_paulo".into(), name: "São Paulo".into() }]);
    }

    #[test]
    fn sub_users_decode_and_hide_passwords() {
        let page: SubUserPage = serde_json::from_str(
            r#"{"success":true,"count":2,"data":[{"user_id":"su1","first_name":"a","proxy_password":"pw123456","data":5,"data_spent":1,"data_remain":4}]}"#,
        )
        .unwrap();
        assert_eq!(page.count, Some(2));
        assert_eq!(page.data[0].data_remain, Some(4));
        assert!(!format!("{page:?}").contains("pw123456"));
    }

    #[test]
    fn proxy_types_read_back() {
        for t in ProxyType::ALL {
            assert_eq!(ProxyType::parse(t.as_str()), Some(t));
        }
        assert_eq!(ProxyType::parse(" Premium "), Some(ProxyType::Premium));
        assert_eq!(ProxyType::parse("unlimited"), None);
    }

    #[test]
    fn residential_plans_read_back_and_only_two_have_a_proxy_type() {
        for p in ResidentialPlan::ALL {
            assert_eq!(ResidentialPlan::parse(p.as_str()), Some(p));
        }
        assert_eq!(ResidentialPlan::parse("UNMETERED"), Some(ResidentialPlan::Unmetered));
        assert_eq!(ResidentialPlan::Unmetered.proxy_type(), None);
        assert_eq!(ResidentialPlan::Premium.proxy_type(), Some(ProxyType::Premium));
        assert_eq!(ResidentialPlan::Unmetered.product(), "Unmetered Residential proxy");
    }
}
