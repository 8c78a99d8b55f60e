//! Residential traffic of an account (docs/API.md §6): per plan (Standart, Premium) the owner's
//! traffic in bytes, the owner's proxy password and the sub-users with their own password
//! and share of GB.
//!
//! Requests move whole GB; everything stored and answered is bytes (1 GB = 10⁹ bytes).
//! GB given to a sub-user leave the owner's `data` and come back on subtract or delete
//! (only the part the sub-user has not spent).

use std::collections::BTreeMap;

use crate::error::{ApiError, ApiResult};
use crate::rng::Rng;

/// Bytes in one GB, as the sandbox counts (decimal, 10⁹).
pub const GB: i64 = 1_000_000_000;
/// Longest sub-user name, in characters (after trimming).
pub const MAX_NAME: usize = 64;
/// Message for a plan the account never bought.
pub const NOT_SET: &str = "resident not set";

/// A pay-per-GB residential plan, as `proxy_type` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Plan {
    /// `standart` (product "Standart Residential Proxy").
    Standart,
    /// `premium` (product "Premium Residential Proxy"): adds ISP targeting.
    Premium,
}

impl Plan {
    /// Parses a `proxy_type` value (case-insensitive, trimmed); errors are the 400 message.
    pub fn parse(value: &str) -> Result<Plan, String> {
        match value.trim().to_ascii_lowercase().as_str() {
            "standart" => Ok(Plan::Standart),
            "premium" => Ok(Plan::Premium),
            _ => Err(format!("Unknown proxy_type {}: use standart or premium", value.trim())),
        }
    }

    /// The plan of a catalogue product (index into `PRODUCTS`), if it is pay-per-GB residential.
    pub fn of_product(product: usize) -> Option<Plan> {
        match product {
            2 => Some(Plan::Standart),
            3 => Some(Plan::Premium),
            _ => None,
        }
    }
}

/// A sub-user: a separate login with its own password and share of the owner's GB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubUser {
    /// Stable id, e.g. `su1001`.
    pub user_id: String,
    /// Display name (`first_name` on the wire), 1–64 printable characters.
    pub name: String,
    /// Proxy password.
    pub password: String,
    /// Bytes given to the sub-user.
    pub data: i64,
    /// Bytes the sub-user has used.
    pub spent: i64,
}

impl SubUser {
    /// Bytes the sub-user can still use.
    pub fn remain(&self) -> i64 {
        (self.data - self.spent).max(0)
    }
}

/// One plan of the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanState {
    /// Bytes the owner holds (bought, minus what sub-users hold).
    pub data: i64,
    /// Bytes the owner has used.
    pub spent: i64,
    /// The owner's proxy password for this plan.
    pub password: String,
    /// Sub-users, in creation order.
    pub sub_users: Vec<SubUser>,
}

impl PlanState {
    /// Bytes the owner can still use or give away.
    pub fn remain(&self) -> i64 {
        (self.data - self.spent).max(0)
    }
}

/// Residential state of one account.
#[derive(Debug, Clone)]
pub struct Residential {
    /// Plans the account has bought; a missing plan is "resident not set".
    pub plans: BTreeMap<Plan, PlanState>,
    next_user: u64,
    rng: Rng,
}

/// Checks and trims a sub-user name: 1–64 printable characters.
pub fn clean_name(raw: &str) -> ApiResult<String> {
    let name = raw.trim();
    let len = name.chars().count();
    if len == 0 || len > MAX_NAME {
        return Err(ApiError::bad_request(format!("Name must be 1 to {MAX_NAME} characters")));
    }
    if name.chars().any(char::is_control) {
        return Err(ApiError::bad_request("Name must contain printable characters only"));
    }
    Ok(name.to_string())
}

/// Converts whole GB to bytes, refusing negative or absurd amounts.
pub fn gb_to_bytes(gb: i64, min: i64) -> ApiResult<i64> {
    if gb < min || gb > 1_000_000 {
        return Err(ApiError::bad_request(format!("data must be a whole number of GB from {min} to 1000000")));
    }
    Ok(gb * GB)
}

/// "12.50 GB" for messages.
fn gb_text(bytes: i64) -> String {
    format!("{}.{:02} GB", bytes / GB, (bytes % GB) / (GB / 100))
}

impl Residential {
    /// No plans yet; passwords and ids come from `seed`.
    pub fn empty(seed: u64) -> Self {
        Residential { plans: BTreeMap::new(), next_user: 1001, rng: Rng::new(seed ^ 0x5E5_1DE7_71A1) }
    }

    /// The demo account: the owner holds Standart 25 GB (part spent) after giving two
    /// sub-users 5 and 3 GB, and Premium 10 GB after giving one sub-user 2 GB.
    pub fn demo(seed: u64) -> Self {
        let mut r = Residential::empty(seed);
        r.credit(Plan::Standart, 33 * GB);
        r.credit(Plan::Premium, 12 * GB);
        for (plan, spent) in [(Plan::Standart, 8_437_512_704), (Plan::Premium, 1_250_000_000)] {
            if let Some(p) = r.plans.get_mut(&plan) {
                p.spent = spent;
            }
        }
        for (plan, name, gb, spent) in [
            (Plan::Standart, "scraper-eu", 5, 1_200_000_000),
            (Plan::Standart, "ads team", 3, 0),
            (Plan::Premium, "mobile-qa", 2, 350_000_000),
        ] {
            let user_id = r.create_sub(plan, name, gb * GB).map(|u| u.user_id).unwrap_or_default();
            if let Ok(u) = r.sub_mut(plan, &user_id) {
                u.spent = spent;
            }
        }
        r
    }

    /// A fresh 16-character password.
    pub fn new_password(&mut self) -> String {
        const ALNUM: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        (0..16).map(|_| ALNUM[self.rng.below(ALNUM.len() as u64) as usize] as char).collect()
    }

    /// Adds bought bytes to the owner of `plan`, setting the plan up on first purchase.
    pub fn credit(&mut self, plan: Plan, bytes: i64) {
        if !self.plans.contains_key(&plan) {
            let password = self.new_password();
            self.plans.insert(plan, PlanState { data: 0, spent: 0, password, sub_users: Vec::new() });
        }
        if let Some(p) = self.plans.get_mut(&plan) {
            p.data += bytes;
        }
    }

    /// The plan, or 400 "resident not set".
    pub fn plan(&self, plan: Plan) -> ApiResult<&PlanState> {
        self.plans.get(&plan).ok_or_else(|| ApiError::bad_request(NOT_SET))
    }

    /// The plan for changing, or 400 "resident not set".
    pub fn plan_mut(&mut self, plan: Plan) -> ApiResult<&mut PlanState> {
        self.plans.get_mut(&plan).ok_or_else(|| ApiError::bad_request(NOT_SET))
    }

    /// A sub-user of `plan`, or 404.
    pub fn sub(&self, plan: Plan, user_id: &str) -> ApiResult<&SubUser> {
        self.plan(plan)?.sub_users.iter().find(|u| u.user_id == user_id).ok_or_else(sub_not_found)
    }

    /// A sub-user of `plan` for changing, or 404.
    pub fn sub_mut(&mut self, plan: Plan, user_id: &str) -> ApiResult<&mut SubUser> {
        self.plan_mut(plan)?.sub_users.iter_mut().find(|u| u.user_id == user_id).ok_or_else(sub_not_found)
    }

    /// Creates a sub-user with `bytes` taken from the owner (400 when the owner has less left).
    pub fn create_sub(&mut self, plan: Plan, name: &str, bytes: i64) -> ApiResult<SubUser> {
        let name = clean_name(name)?;
        take_from_owner(self.plan(plan)?, bytes)?;
        let password = self.new_password();
        let user_id = format!("su{}", self.next_user);
        self.next_user += 1;
        let user = SubUser { user_id, name, password, data: bytes, spent: 0 };
        let p = self.plan_mut(plan)?;
        p.data -= bytes;
        p.sub_users.push(user.clone());
        Ok(user)
    }

    /// Moves `bytes` from the owner to a sub-user.
    pub fn add_data(&mut self, plan: Plan, user_id: &str, bytes: i64) -> ApiResult<()> {
        self.sub(plan, user_id)?;
        take_from_owner(self.plan(plan)?, bytes)?;
        self.plan_mut(plan)?.data -= bytes;
        self.sub_mut(plan, user_id)?.data += bytes;
        Ok(())
    }

    /// Moves `bytes` back from a sub-user to the owner (400 when the sub-user has less left).
    pub fn subtract_data(&mut self, plan: Plan, user_id: &str, bytes: i64) -> ApiResult<()> {
        let left = self.sub(plan, user_id)?.remain();
        if bytes > left {
            return Err(ApiError::bad_request(format!(
                "Cannot take back {}: the sub-user has {} left",
                gb_text(bytes),
                gb_text(left)
            )));
        }
        self.sub_mut(plan, user_id)?.data -= bytes;
        self.plan_mut(plan)?.data += bytes;
        Ok(())
    }

    /// Gives a sub-user a new password; the old one stops working.
    pub fn reset_password(&mut self, plan: Plan, user_id: &str) -> ApiResult<()> {
        self.sub(plan, user_id)?;
        let password = self.new_password();
        self.sub_mut(plan, user_id)?.password = password;
        Ok(())
    }

    /// Deletes a sub-user of any plan (or of `plan` when given); its unspent bytes go back to
    /// the owner.
    pub fn delete_sub(&mut self, plan: Option<Plan>, user_id: &str) -> ApiResult<()> {
        for (p, state) in self.plans.iter_mut() {
            if plan.is_some_and(|want| want != *p) {
                continue;
            }
            if let Some(pos) = state.sub_users.iter().position(|u| u.user_id == user_id) {
                let user = state.sub_users.remove(pos);
                state.data += user.remain();
                return Ok(());
            }
        }
        if let Some(plan) = plan {
            self.plan(plan)?;
        }
        Err(sub_not_found())
    }
}

/// 404 for an unknown sub-user.
pub fn sub_not_found() -> ApiError {
    ApiError::new(axum::http::StatusCode::NOT_FOUND, "Sub-user not found")
}

/// 400 unless the owner has `bytes` left to give.
fn take_from_owner(owner: &PlanState, bytes: i64) -> ApiResult<()> {
    if bytes > owner.remain() {
        return Err(ApiError::bad_request(format!(
            "Not enough traffic: {} requested, the account has {} left",
            gb_text(bytes),
            gb_text(owner.remain())
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_seed_and_moves() {
        let mut r = Residential::demo(42);
        let s = r.plan(Plan::Standart).expect("standart").clone();
        assert_eq!((s.data, s.sub_users.len()), (25 * GB, 2));
        assert_eq!(r.plan(Plan::Premium).map(|p| p.data), Ok(10 * GB));
        let id = s.sub_users[0].user_id.clone();
        assert!(r.add_data(Plan::Standart, &id, 17 * GB).is_err(), "owner has 16.56 GB left");
        r.add_data(Plan::Standart, &id, 16 * GB).expect("fits");
        assert!(r.subtract_data(Plan::Standart, &id, 20 * GB).is_err(), "sub-user has 19.8 GB left");
        r.subtract_data(Plan::Standart, &id, 19 * GB).expect("fits");
        r.delete_sub(None, &id).expect("deleted");
        assert_eq!(r.plan(Plan::Standart).map(|p| p.data), Ok(33 * GB - 3 * GB - 1_200_000_000));
        assert!(Residential::empty(1).plan(Plan::Premium).is_err());
    }

    #[test]
    fn names_and_plans() {
        assert_eq!(clean_name("  Anna  ").as_deref(), Ok("Anna"));
        assert!(clean_name("   ").is_err());
        assert!(clean_name(&"x".repeat(65)).is_err());
        assert!(clean_name(&"ł".repeat(64)).is_ok());
        assert!(clean_name("a\u{7}b").is_err());
        assert_eq!(Plan::parse("Premium"), Ok(Plan::Premium));
        assert!(Plan::parse("standard").is_err());
        assert_eq!(gb_text(1_250_000_000), "1.25 GB");
    }
}
