//! The residential page (`/residential`, [`page`]) and its parts: the plan tabs, the owner's traffic and
//! adding GB to it, the chart of both plans' traffic, the Unmetered summary, the invitation shown to an account without the
//! plan, the connection-string generator (its form, location pickers, presets, password
//! choice and output) and the sub-users card.

mod add_traffic;
mod form;
mod generator;
mod no_plan;
mod output;
mod page;
mod password;
mod pickers;
mod plans_chart;
mod presets;
mod provider_links;
mod random;
mod sub_users;
mod tabs;
mod traffic;
mod unmetered;

pub use add_traffic::AddTraffic;
pub use generator::Generator;
pub use no_plan::NoPlanPanel;
pub use page::ResidentialPage;
pub use plans_chart::PlansChart;
pub use provider_links::ProviderLinks;
pub use sub_users::SubUsersCard;
pub use tabs::PlanTabs;
pub use traffic::TrafficPanel;
pub use unmetered::UnmeteredPlan;

use crate::models::ResidentialPlan;

/// A plan's name in the current language.
pub fn plan_label(plan: ResidentialPlan) -> &'static str {
    match plan {
        ResidentialPlan::Standart => tr!(residential.standart),
        ResidentialPlan::Premium => tr!(residential.premium),
        ResidentialPlan::Unmetered => tr!(residential.unmetered),
    }
}
