//! Pieces of the residential page (`/residential`): the plan tabs, the owner's traffic, the
//! invitation shown to an account without the plan, the connection-string generator
//! (its location pickers, its settings and its output) and the sub-users card.

mod generator;
mod no_plan;
mod output;
mod pickers;
mod random;
mod sub_users;
mod tabs;
mod traffic;

pub use generator::Generator;
pub use no_plan::NoPlanPanel;
pub use sub_users::SubUsersCard;
pub use tabs::PlanTabs;
pub use traffic::TrafficPanel;

use crate::models::ProxyType;

/// A plan's name in the current language.
pub fn plan_label(plan: ProxyType) -> &'static str {
    match plan {
        ProxyType::Standart => tr!(residential.standart),
        ProxyType::Premium => tr!(residential.premium),
    }
}
