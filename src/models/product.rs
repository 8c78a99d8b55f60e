//! The products the API sells, read once from their names (docs/API.md §2, §4): the five
//! with a purchase body of their own, every other one (mobile plans, …) kept by name and
//! bought through the generic body. What each product's purchase and order look like is
//! answered here, and so is its stock code in `available-count`.

use super::{string_enum, ProxyType, ResidentialPlan};

string_enum! {
    /// A product, by its name in the catalogue, the orders and the purchase body.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub enum ProxyProduct: exact, Other {
        /// `Datacenter Proxy`: IPs per country and cycle, with proxies and p0f.
        Datacenter = "Datacenter Proxy",
        /// `ISP Proxy`: as Datacenter.
        Isp = "ISP Proxy",
        /// `Standart Residential Proxy` (the provider's spelling): GB, lifetime.
        StandartResidential = "Standart Residential Proxy",
        /// `Premium Residential Proxy`: GB, lifetime, more targeting.
        PremiumResidential = "Premium Residential Proxy",
        /// `Unmetered Residential proxy` (lower-case p): per cycle, no quantity.
        UnmeteredResidential = "Unmetered Residential proxy",
    }
}

string_enum! {
    /// A product code of `GET /proxies/available-count` (stock per country).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum StockCode {
        /// Datacenter Proxy.
        Dc = "dc",
        /// ISP Proxy.
        Isp = "isp",
        /// Mobile plans.
        Mobile = "mobile",
    }
}

/// Whether a purchase field is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// Must be filled.
    Required,
    /// May be filled.
    Optional,
    /// Not part of this product's form.
    Absent,
}

impl ProxyProduct {
    /// True for the products whose orders have proxies, p0f slots, a changeable billing
    /// cycle and an auto-renewal switch: Datacenter Proxy and ISP Proxy.
    pub fn is_datacenter_or_isp(&self) -> bool {
        matches!(self, ProxyProduct::Datacenter | ProxyProduct::Isp)
    }

    /// True for the pay-per-GB residential products (Standart and Premium): quantity in
    /// GB, no cycle, lifetime.
    pub fn is_per_gb(&self) -> bool {
        matches!(self, ProxyProduct::StandartResidential | ProxyProduct::PremiumResidential)
    }

    /// Whether the purchase asks for a location, and whether it must be given.
    pub fn location(&self) -> Requirement {
        match self {
            ProxyProduct::Datacenter | ProxyProduct::Isp => Requirement::Required,
            ProxyProduct::Other(_) => Requirement::Optional,
            _ => Requirement::Absent,
        }
    }

    /// Whether the purchase asks for a billing cycle.
    pub fn has_cycle(&self) -> bool {
        !self.is_per_gb()
    }

    /// Whether the purchase asks for a quantity.
    pub fn has_quantity(&self) -> bool {
        *self != ProxyProduct::UnmeteredResidential
    }

    /// Whether the order can renew itself.
    pub fn has_auto_renewal(&self) -> bool {
        !self.is_per_gb()
    }

    /// The stock code of `available-count`, when the product is sold per country.
    pub fn stock_code(&self) -> Option<StockCode> {
        match self {
            ProxyProduct::Datacenter => Some(StockCode::Dc),
            ProxyProduct::Isp => Some(StockCode::Isp),
            ProxyProduct::Other(name) if name.to_ascii_lowercase().contains(StockCode::Mobile.as_str()) => {
                Some(StockCode::Mobile)
            }
            _ => None,
        }
    }
}

impl From<ResidentialPlan> for ProxyProduct {
    /// The product that sells the plan.
    fn from(plan: ResidentialPlan) -> ProxyProduct {
        match plan {
            ResidentialPlan::Standart => ProxyProduct::StandartResidential,
            ResidentialPlan::Premium => ProxyProduct::PremiumResidential,
            ResidentialPlan::Unmetered => ProxyProduct::UnmeteredResidential,
        }
    }
}

impl From<ProxyType> for ProxyProduct {
    /// The product that sells the pay-per-GB plan.
    fn from(plan: ProxyType) -> ProxyProduct {
        ResidentialPlan::from(plan).into()
    }
}

impl TryFrom<&ProxyProduct> for ResidentialPlan {
    type Error = ();

    /// The residential plan a product sells; `Err` for the other products.
    fn try_from(product: &ProxyProduct) -> Result<ResidentialPlan, ()> {
        match product {
            ProxyProduct::StandartResidential => Ok(ResidentialPlan::Standart),
            ProxyProduct::PremiumResidential => Ok(ResidentialPlan::Premium),
            ProxyProduct::UnmeteredResidential => Ok(ResidentialPlan::Unmetered),
            _ => Err(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_others_are_kept() {
        for p in ProxyProduct::ALL {
            assert_eq!(ProxyProduct::read(p.as_str()), p);
        }
        assert_eq!(ProxyProduct::read("Mobile Proxy"), ProxyProduct::Other("Mobile Proxy".into()));
        assert_eq!(ProxyProduct::read("isp proxy"), ProxyProduct::Other("isp proxy".into()), "exact names");
    }

    #[test]
    fn purchase_shapes() {
        assert!(ProxyProduct::Isp.is_datacenter_or_isp());
        assert!(!ProxyProduct::StandartResidential.is_datacenter_or_isp());
        assert!(!ProxyProduct::read("Mobile Proxy").is_datacenter_or_isp());
        assert_eq!(ProxyProduct::read("Mobile Proxy").location(), Requirement::Optional);
        assert_eq!(ProxyProduct::PremiumResidential.location(), Requirement::Absent);
        assert!(!ProxyProduct::PremiumResidential.has_cycle());
        assert!(!ProxyProduct::UnmeteredResidential.has_quantity());
    }

    #[test]
    fn stock_codes() {
        assert_eq!(ProxyProduct::Datacenter.stock_code(), Some(StockCode::Dc));
        assert_eq!(ProxyProduct::read("Mobile Proxy").stock_code(), Some(StockCode::Mobile));
        assert_eq!(ProxyProduct::PremiumResidential.stock_code(), None);
    }

    #[test]
    fn residential_products_and_plans_convert_both_ways() {
        for plan in ResidentialPlan::ALL {
            assert_eq!(ResidentialPlan::try_from(&ProxyProduct::from(plan)), Ok(plan));
        }
        assert_eq!(ProxyProduct::from(ResidentialPlan::Unmetered).as_str(), "Unmetered Residential proxy");
        assert_eq!(ProxyProduct::from(ProxyType::Premium), ProxyProduct::PremiumResidential);
        assert_eq!(ResidentialPlan::try_from(&ProxyProduct::Datacenter), Err(()));
    }
}
