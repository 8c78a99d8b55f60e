//! Validation of the generator form: target codes ([`Code`]), the cross-field rules
//! (premium-only fields, a country before a region, TTL and amount ranges) and the typed
//! [`Problem`]s they give. `check_username_parts` is shared with the username parser, so the
//! form and the parser can never disagree.

use super::{DeviceOs, Protocol, Relay, Session, UsernamePlan, MAX_AMOUNT, MAX_TTL_SECS, MIN_AMOUNT, MIN_TTL_SECS};

/// A form field a [`Problem`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Country code.
    Country,
    /// Region code.
    Region,
    /// City code.
    City,
    /// ISP code (premium).
    Isp,
    /// Device OS (premium).
    Os,
    /// Sticky lifetime.
    Ttl,
    /// Session mode (premium).
    SessionMode,
    /// Number of strings.
    Amount,
}

/// Why a target code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Nothing left after trimming.
    Empty,
    /// Contains `-`, the username's separator.
    Dash,
    /// Contains `:` or `@`, the separators of the connection string.
    ColonOrAt,
    /// Contains whitespace between other characters.
    InnerWhitespace,
    /// Contains a character outside ASCII.
    NonAscii,
    /// Contains another character outside `[a-z0-9_]` (after lowering).
    OtherCharacter,
}

/// Something to fix before strings can be generated; views translate it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A code was refused.
    Code {
        /// Which code.
        field: Field,
        /// Why.
        problem: CodeProblem,
    },
    /// Region, city or ISP chosen with country "any".
    NeedsCountry(Field),
    /// ISP, device OS or session mode on a plan other than premium.
    PremiumOnly(Field),
    /// Session mode on a rotating session.
    StickyOnly(Field),
    /// TTL below [`MIN_TTL_SECS`].
    TtlTooShort,
    /// TTL above [`MAX_TTL_SECS`].
    TtlTooLong,
    /// Amount outside [`MIN_AMOUNT`]..=[`MAX_AMOUNT`].
    AmountOutOfRange,
}

/// A target code that passed [`Code::check`]: non-empty, only `[a-z0-9_]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Code(pub(super) String);

impl Code {
    /// Checks a code. Trims outer whitespace and lowers ASCII upper case (the `bool` says
    /// whether either changed anything); refuses everything else in [`CodeProblem`].
    pub fn check(raw: &str) -> Result<(Code, bool), CodeProblem> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(CodeProblem::Empty);
        }
        for c in trimmed.chars() {
            match c {
                'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => {}
                '-' => return Err(CodeProblem::Dash),
                ':' | '@' => return Err(CodeProblem::ColonOrAt),
                c if c.is_whitespace() => return Err(CodeProblem::InnerWhitespace),
                c if !c.is_ascii() => return Err(CodeProblem::NonAscii),
                _ => return Err(CodeProblem::OtherCharacter),
            }
        }
        let code = trimmed.to_ascii_lowercase();
        let normalised = code != raw;
        Ok((Code(code), normalised))
    }

    /// The code as it goes into the username.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The country value meaning any country, in the form and in the username.
pub const ANY_COUNTRY: &str = "any";

/// The country part of the targeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Country {
    /// Any country (`country-any`).
    Any,
    /// One country.
    Code(Code),
}

/// Where the exit IPs come from: the part of the username a generated string keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Targeting {
    /// Country, or any.
    pub country: Country,
    /// Region within the country.
    pub region: Option<Code>,
    /// City.
    pub city: Option<Code>,
    /// ISP (premium only).
    pub isp: Option<Code>,
    /// Device OS (premium only).
    pub os: Option<DeviceOs>,
}

/// What the generator form holds, before validation. `None` means "not chosen"; a
/// `Some` code must be a real code. A country of `any` (any case) means any country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConnectionInput<'a> {
    /// The plan the password belongs to.
    pub plan: UsernamePlan,
    /// Country code, `None` for any.
    pub country: Option<&'a str>,
    /// Region code.
    pub region: Option<&'a str>,
    /// City code.
    pub city: Option<&'a str>,
    /// ISP code (premium).
    pub isp: Option<&'a str>,
    /// Device OS (premium).
    pub os: Option<DeviceOs>,
    /// Rotating or sticky.
    pub session: Session,
    /// Session mode `n` (premium, sticky).
    pub session_mode: Option<u8>,
    /// HTTP or SOCKS5.
    pub protocol: Protocol,
    /// Relay host.
    pub relay: Relay,
    /// How many strings, [`MIN_AMOUNT`]..=[`MAX_AMOUNT`].
    pub amount: u32,
}

/// A validated generator request: everything [`super::generate`] needs except the password and
/// the randomness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionSpec {
    /// The plan.
    pub plan: UsernamePlan,
    /// The targeting, codes normalised.
    pub targeting: Targeting,
    /// Rotating or sticky (TTL in range).
    pub session: Session,
    /// Session mode (premium, sticky).
    pub session_mode: Option<u8>,
    /// HTTP or SOCKS5.
    pub protocol: Protocol,
    /// Relay host.
    pub relay: Relay,
    /// How many strings.
    pub amount: u32,
    /// The code fields whose text was trimmed or lowered; the view may say so.
    pub normalised: Vec<Field>,
}

/// Checks the whole form. Returns every problem at once, in field order, so each field can
/// show its own.
pub fn validate(input: &ConnectionInput<'_>) -> Result<ConnectionSpec, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut normalised = Vec::new();
    let targeting = check_username_parts(input, &mut problems, &mut normalised);
    if !(MIN_AMOUNT..=MAX_AMOUNT).contains(&input.amount) {
        problems.push(Problem::AmountOutOfRange);
    }
    match targeting {
        Some(targeting) if problems.is_empty() => Ok(ConnectionSpec {
            plan: input.plan,
            targeting,
            session: input.session,
            session_mode: input.session_mode,
            protocol: input.protocol,
            relay: input.relay,
            amount: input.amount,
            normalised,
        }),
        _ => Err(problems),
    }
}

/// The rules of the username, shared by [`validate`] and [`super::parse_username`] (which
/// reads a username into a [`ConnectionInput`]); protocol, relay and amount are not looked at.
/// Pushes each problem and each normalised field; returns the targeting when its codes were
/// all valid.
pub(crate) fn check_username_parts(
    input: &ConnectionInput<'_>,
    problems: &mut Vec<Problem>,
    normalised: &mut Vec<Field>,
) -> Option<Targeting> {
    let mut code = |field: Field, raw: Option<&str>| -> Result<Option<Code>, ()> {
        let Some(raw) = raw else { return Ok(None) };
        match Code::check(raw) {
            Ok((code, changed)) => {
                if changed {
                    normalised.push(field);
                }
                Ok(Some(code))
            }
            Err(problem) => {
                problems.push(Problem::Code { field, problem });
                Err(())
            }
        }
    };
    let country = code(Field::Country, input.country);
    let region = code(Field::Region, input.region);
    let city = code(Field::City, input.city);
    let isp = code(Field::Isp, input.isp);
    let country = country.map(|c| match c {
        Some(c) if c.as_str() != ANY_COUNTRY => Country::Code(c),
        _ => Country::Any,
    });

    if country == Ok(Country::Any) {
        for (field, given) in [(Field::Region, input.region), (Field::City, input.city), (Field::Isp, input.isp)] {
            if given.is_some() {
                problems.push(Problem::NeedsCountry(field));
            }
        }
    }
    if !input.plan.is_premium() {
        for (field, given) in [
            (Field::Isp, input.isp.is_some()),
            (Field::Os, input.os.is_some()),
            (Field::SessionMode, input.session_mode.is_some()),
        ] {
            if given {
                problems.push(Problem::PremiumOnly(field));
            }
        }
    }
    match input.session {
        Session::Sticky { ttl_secs } if ttl_secs < MIN_TTL_SECS => problems.push(Problem::TtlTooShort),
        Session::Sticky { ttl_secs } if ttl_secs > MAX_TTL_SECS => problems.push(Problem::TtlTooLong),
        Session::Sticky { .. } => {}
        Session::Rotating => {
            if input.session_mode.is_some() {
                problems.push(Problem::StickyOnly(Field::SessionMode));
            }
        }
    }
    Some(Targeting { country: country.ok()?, region: region.ok()?, city: city.ok()?, isp: isp.ok()?, os: input.os })
}
