//! The proxy username grammar of docs/API.md §6a, written and read in this one file:
//!
//! `plan-<plan>-country-<code|any>[-region-<code>][-city-<code>][-isp-<code>][-os-<os>]`
//! `[-sid-<12 of [a-z0-9]>-ttl-<seconds>][-session_mode-<n>]`
//!
//! Keys appear in that order, each at most once. `isp`, `os` and `session_mode` are premium
//! only; `sid` and `ttl` come together (a sticky string) or not at all (rotating). The key
//! names `ttl` and `session_mode` and the OS values are our reading of the provider's
//! generator: if they turn out different, the `KEY_*` constants and [`super::DeviceOs`] are
//! the only places to change.

use super::{
    rules::{check_username_parts, ANY_COUNTRY},
    Code, ConnectionInput, Country, DeviceOs, Field, Problem, Protocol, Relay, Session, Sid, Targeting, UsernamePlan,
    MIN_AMOUNT,
};

/// Separates keys and values.
pub const SEPARATOR: char = '-';
/// Key of the plan.
pub const KEY_PLAN: &str = "plan";
/// Key of the country.
pub const KEY_COUNTRY: &str = "country";
/// Key of the region.
pub const KEY_REGION: &str = "region";
/// Key of the city.
pub const KEY_CITY: &str = "city";
/// Key of the ISP.
pub const KEY_ISP: &str = "isp";
/// Key of the device OS.
pub const KEY_OS: &str = "os";
/// Key of the sticky session id.
pub const KEY_SID: &str = "sid";
/// Key of the sticky lifetime.
pub const KEY_TTL: &str = "ttl";
/// Key of the premium session mode.
pub const KEY_SESSION_MODE: &str = "session_mode";

/// Every key in the order the grammar requires.
const KEYS: [&str; 9] =
    [KEY_PLAN, KEY_COUNTRY, KEY_REGION, KEY_CITY, KEY_ISP, KEY_OS, KEY_SID, KEY_TTL, KEY_SESSION_MODE];

/// The session part of a username that was read back.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ParsedSession {
    /// No sid: a new IP per request.
    Rotating,
    /// A sticky string.
    Sticky {
        /// Its session id.
        sid: Sid,
        /// Its lifetime in seconds.
        ttl_secs: u32,
    },
}

impl ParsedSession {
    /// The generator setting this came from (the sid dropped).
    pub fn setting(&self) -> Session {
        match self {
            ParsedSession::Rotating => Session::Rotating,
            ParsedSession::Sticky { ttl_secs, .. } => Session::Sticky { ttl_secs: *ttl_secs },
        }
    }
}

/// A username read back into its parts by [`parse_username`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedUsername {
    /// The plan.
    pub plan: UsernamePlan,
    /// The targeting.
    pub targeting: Targeting,
    /// Rotating, or sticky with its sid and TTL.
    pub session: ParsedSession,
    /// Premium session mode.
    pub session_mode: Option<u8>,
}

/// Why a username could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseProblem {
    /// It does not start with `plan-<plan>-country-<value>`.
    MissingPlanOrCountry,
    /// The plan is not one of [`UsernamePlan::ALL`].
    UnknownPlan,
    /// A key the grammar does not have.
    UnknownKey,
    /// A key repeated or out of order.
    KeyOutOfOrder,
    /// A key without a value (an odd number of parts, or an empty part).
    MissingValue,
    /// A value that is not in canonical form (upper case, spaces), with its field.
    NotCanonical(Field),
    /// The OS is not one of [`DeviceOs::ALL`].
    UnknownOs,
    /// A sid that is not 12 characters of `[a-z0-9]`.
    BadSid,
    /// A number (TTL, session mode) that is not a plain decimal in range, with its field.
    BadNumber(Field),
    /// A sid without a TTL, or a TTL without a sid.
    SidAndTtlApart,
    /// The parts are readable but break a rule of the form.
    Invalid(Problem),
}

/// Appends one username to `out`. The caller has validated the parts (see
/// [`super::validate`]); `sticky` is the sid and TTL of a sticky string.
pub fn write_username(
    out: &mut String,
    plan: UsernamePlan,
    targeting: &Targeting,
    sticky: Option<(&Sid, u32)>,
    session_mode: Option<u8>,
) {
    let mut first = true;
    let mut pair = |key: &str, value: &str| {
        if !first {
            out.push(SEPARATOR);
        }
        first = false;
        out.push_str(key);
        out.push(SEPARATOR);
        out.push_str(value);
    };
    pair(KEY_PLAN, plan.as_str());
    pair(
        KEY_COUNTRY,
        match &targeting.country {
            Country::Any => ANY_COUNTRY,
            Country::Code(c) => c.as_str(),
        },
    );
    for (key, code) in [(KEY_REGION, &targeting.region), (KEY_CITY, &targeting.city), (KEY_ISP, &targeting.isp)] {
        if let Some(code) = code {
            pair(key, code.as_str());
        }
    }
    if let Some(os) = targeting.os {
        pair(KEY_OS, os.as_str());
    }
    if let Some((sid, ttl)) = sticky {
        pair(KEY_SID, sid.as_str());
        pair(KEY_TTL, itoa(ttl).as_str());
    }
    if let Some(mode) = session_mode {
        pair(KEY_SESSION_MODE, itoa(u32::from(mode)).as_str());
    }
}

/// A small stack buffer for a decimal number, so writing a TTL allocates nothing.
struct Decimal {
    buf: [u8; 10],
    start: usize,
}

impl Decimal {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[self.start..]).unwrap_or("0")
    }
}

fn itoa(mut n: u32) -> Decimal {
    let mut buf = [0u8; 10];
    let mut start = buf.len();
    loop {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    Decimal { buf, start }
}

/// Reads a username back into its parts, checking the same rules as the generator form.
/// Only canonical usernames parse: what the generator writes, not every spelling a server
/// might accept.
pub fn parse_username(username: &str) -> Result<ParsedUsername, ParseProblem> {
    let mut parts = username.split(SEPARATOR);
    let mut values: [Option<&str>; KEYS.len()] = [None; KEYS.len()];
    let mut next_key = 0;
    while let Some(key) = parts.next() {
        let index = KEYS.iter().position(|k| *k == key).ok_or(ParseProblem::UnknownKey)?;
        if index < next_key {
            return Err(ParseProblem::KeyOutOfOrder);
        }
        let value = parts.next().filter(|v| !v.is_empty()).ok_or(ParseProblem::MissingValue)?;
        values[index] = Some(value);
        next_key = index + 1;
    }
    let [plan, country, region, city, isp, os, sid, ttl, session_mode] = values;
    let (Some(plan), Some(country)) = (plan, country) else {
        return Err(ParseProblem::MissingPlanOrCountry);
    };
    let plan = UsernamePlan::parse(plan).ok_or(ParseProblem::UnknownPlan)?;
    for (field, value) in
        [(Field::Country, Some(country)), (Field::Region, region), (Field::City, city), (Field::Isp, isp)]
    {
        if let Some(value) = value {
            if matches!(Code::check(value), Ok((_, true))) {
                return Err(ParseProblem::NotCanonical(field));
            }
        }
    }
    let os = os.map(|o| DeviceOs::parse(o).ok_or(ParseProblem::UnknownOs)).transpose()?;
    let session = match (sid, ttl) {
        (None, None) => ParsedSession::Rotating,
        (Some(sid), Some(ttl)) => ParsedSession::Sticky {
            sid: Sid::parse(sid).ok_or(ParseProblem::BadSid)?,
            ttl_secs: decimal(ttl).ok_or(ParseProblem::BadNumber(Field::Ttl))?,
        },
        _ => return Err(ParseProblem::SidAndTtlApart),
    };
    let session_mode = session_mode
        .map(|m| decimal(m).and_then(|n| u8::try_from(n).ok()).ok_or(ParseProblem::BadNumber(Field::SessionMode)))
        .transpose()?;

    let mut problems = Vec::new();
    // Protocol, relay and amount are no part of a username: any valid value does.
    let input = ConnectionInput {
        plan,
        country: Some(country),
        region,
        city,
        isp,
        os,
        session: session.setting(),
        session_mode,
        protocol: Protocol::Http,
        relay: Relay::Eu,
        amount: MIN_AMOUNT,
    };
    let targeting = check_username_parts(&input, &mut problems, &mut Vec::new());
    match (problems.first(), targeting) {
        (Some(problem), _) => Err(ParseProblem::Invalid(*problem)),
        (None, Some(targeting)) => Ok(ParsedUsername { plan, targeting, session, session_mode }),
        // Unreachable: without a problem every code was valid.
        (None, None) => Err(ParseProblem::MissingValue),
    }
}

/// A plain decimal: ASCII digits only, no sign, no leading zeros but `0` itself, fits u32.
fn decimal(s: &str) -> Option<u32> {
    let plain = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'));
    if plain {
        s.parse().ok()
    } else {
        None
    }
}
