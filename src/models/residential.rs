//! Residential wire types (docs/API.md §6): the three namings of a plan (the API's
//! `proxy_type`, the page's tab and the username's plan) with their conversions, the owner's
//! traffic and proxy password (`/proxies/profile`), the targeting catalogue (countries, regions, cities, ISPs) and the
//! sub-user list. Traffic counts are bytes as the API sends them; `logic::traffic` makes them
//! presentable. Proxy passwords are secrets: the `Debug` of every type here masks them.

use super::{string_enum, wire_object};
use std::fmt;

/// What a hidden password prints as in `Debug`.
const MASKED: &str = "********";

string_enum! {
    /// The pay-per-GB residential plan as the API's `proxy_type` names it. Read in any case,
    /// trimmed.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
    pub enum ProxyType: loose {
        /// `standart` (the provider's spelling).
        #[default]
        Standart = "standart",
        /// `premium`: adds ISP and device-OS targeting.
        Premium = "premium",
    }
}

string_enum! {
    /// A residential plan as the page's tabs and URL (`?type=`) name it: the two pay-per-GB
    /// plans the API's `proxy_type` knows, and Unmetered, which has no traffic counter and no
    /// `proxy_type` of its own (its strings use the username plan `unlimited`). Read in any
    /// case, trimmed.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
    pub enum ResidentialPlan: loose {
        /// Pay per GB (`standart`).
        #[default]
        Standart = "standart",
        /// Pay per GB with ISP and device-OS targeting (`premium`).
        Premium = "premium",
        /// Paid per period, no counter (`unmetered` in our URL).
        Unmetered = "unmetered",
    }
}

string_enum! {
    /// The residential plan as a connection string's username names it (docs/API.md §6a; not the
    /// API's `proxy_type`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum UsernamePlan {
        /// Standart: pay per GB (`proxy_type=standart`).
        Limited = "limited",
        /// Premium: pay per GB, adds ISP, device-OS and session-mode choices.
        Premium = "premium",
        /// Unmetered: per period, no traffic counter.
        Unlimited = "unlimited",
    }
}

impl UsernamePlan {
    /// Whether ISP, device-OS and session-mode targeting are allowed.
    pub fn is_premium(self) -> bool {
        self == UsernamePlan::Premium
    }
}

impl From<ProxyType> for ResidentialPlan {
    /// The tab of a pay-per-GB plan.
    fn from(plan: ProxyType) -> ResidentialPlan {
        match plan {
            ProxyType::Standart => ResidentialPlan::Standart,
            ProxyType::Premium => ResidentialPlan::Premium,
        }
    }
}

impl TryFrom<ResidentialPlan> for ProxyType {
    type Error = ();

    /// The API's `proxy_type` of a pay-per-GB plan; `Err` for Unmetered, which has none.
    fn try_from(plan: ResidentialPlan) -> Result<ProxyType, ()> {
        match plan {
            ResidentialPlan::Standart => Ok(ProxyType::Standart),
            ResidentialPlan::Premium => Ok(ProxyType::Premium),
            ResidentialPlan::Unmetered => Err(()),
        }
    }
}

impl From<ResidentialPlan> for UsernamePlan {
    /// The username's plan of a residential plan.
    fn from(plan: ResidentialPlan) -> UsernamePlan {
        match plan {
            ResidentialPlan::Standart => UsernamePlan::Limited,
            ResidentialPlan::Premium => UsernamePlan::Premium,
            ResidentialPlan::Unmetered => UsernamePlan::Unlimited,
        }
    }
}

wire_object! {
    /// `GET /user/api/proxies/profile?proxy_type=`: the owner's own traffic, in bytes, and the
    /// password the owner's connection strings use.
    #[derive(Clone, PartialEq)]
    pub struct ResidentialProfile {
        /// Bytes the owner holds (bought, minus what sub-users hold).
        pub data: i64 = required,
        /// Bytes used.
        pub data_spent: i64,
        /// Bytes left, when the server says (it should).
        pub data_remain: Option<i64>,
        /// The owner's proxy password; empty when the server sent none.
        pub proxy_password: String,
    }
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

wire_object! {
    /// One entry of the targeting catalogue (a country, region, city or ISP). The answers also
    /// name the parents (`country`, `region`, `city`); the page knows them already.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Location {
        /// The code that goes into the username (lower case in the provider's catalogue).
        pub code: String = required,
        /// The name people read; may hold non-ASCII letters (São Paulo).
        pub name: String,
    }
}

wire_object! {
    /// `GET /user/api/proxies/{countries,regions,cities,isps}`: `{count, results}`, no paging.
    #[derive(Clone, Debug, PartialEq)]
    pub struct LocationList {
        /// How many results (unused: the list is whole).
        pub count: Option<i64>,
        /// The entries.
        pub results: Vec<Location>,
    }
}

wire_object! {
    /// One sub-user of `GET /user/api/proxies/sub-users`.
    #[derive(Clone, PartialEq)]
    pub struct SubUser {
        /// The sub-user's id (`su1001`).
        pub user_id: String = required,
        /// Display name.
        pub first_name: String,
        /// The sub-user's own proxy password.
        pub proxy_password: String,
        /// Bytes given.
        pub data: i64,
        /// Bytes used.
        pub data_spent: i64,
        /// Bytes left, when the server says.
        pub data_remain: Option<i64>,
    }
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

wire_object! {
    /// `GET /user/api/proxies/sub-users?offset&limit`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct SubUserPage {
        /// Total sub-users before paging.
        pub count: Option<i64>,
        /// This page of them.
        pub data: Vec<SubUser>,
    }
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
        assert_eq!(ProxyType::try_from(ResidentialPlan::Unmetered), Err(()));
        assert_eq!(ProxyType::try_from(ResidentialPlan::Premium), Ok(ProxyType::Premium));
        for t in ProxyType::ALL {
            assert_eq!(ProxyType::try_from(ResidentialPlan::from(t)), Ok(t));
        }
    }

    #[test]
    fn username_plans_read_back_and_follow_the_residential_plans() {
        for p in UsernamePlan::ALL {
            assert_eq!(UsernamePlan::parse(p.as_str()), Some(p));
        }
        assert_eq!(UsernamePlan::parse("Limited"), None, "usernames are lower case");
        assert_eq!(UsernamePlan::from(ResidentialPlan::Standart), UsernamePlan::Limited);
        assert_eq!(UsernamePlan::from(ResidentialPlan::Unmetered), UsernamePlan::Unlimited);
        assert!(UsernamePlan::from(ResidentialPlan::Premium).is_premium());
    }
}
