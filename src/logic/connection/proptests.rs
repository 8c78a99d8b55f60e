//! Properties of the grammar over arbitrary input: nothing that could break a username gets
//! through, whatever is typed; what is generated reads back; sids are well-formed and differ.

use super::*;
use proptest::prelude::*;

/// Codes as a person or a server might send them: mostly plausible, often not.
fn any_code() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z0-9_]{1,12}",
        2 => "[ \t]{0,2}[a-zA-Z0-9_]{1,8}[ \t]{0,2}",
        1 => "\\PC{0,12}",
        1 => ".{0,12}",
    ]
}

fn optional_code() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(any_code())
}

/// UsernamePlan, country/region/city/ISP codes, OS index, TTL, session mode, amount.
type RawInput = (UsernamePlan, [Option<String>; 4], Option<usize>, Option<u32>, Option<u8>, u32);

fn any_input() -> impl Strategy<Value = RawInput> {
    (
        prop::sample::select(UsernamePlan::ALL.to_vec()),
        [optional_code(), optional_code(), optional_code(), optional_code()],
        proptest::option::of(0..DeviceOs::ALL.len()),
        proptest::option::of(prop_oneof![4 => MIN_TTL_SECS..=MAX_TTL_SECS, 1 => any::<u32>()]),
        proptest::option::of(any::<u8>()),
        prop_oneof![4 => 1u32..5, 1 => 0u32..1100],
    )
}

fn random_from(seed: u64) -> impl FnMut(&mut [u8]) {
    let mut state = seed | 1;
    move |buf: &mut [u8]| {
        for b in buf {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            *b = (state >> 56) as u8;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_valid_code_is_always_safe(raw in any_code()) {
        if let Ok((code, normalised)) = Code::check(&raw) {
            let c = code.as_str();
            prop_assert!(!c.is_empty());
            prop_assert!(c.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{c:?}");
            prop_assert!(!c.contains(['-', ':', '@']) && !c.chars().any(char::is_whitespace));
            prop_assert_eq!(normalised, c != raw);
            // Checking again changes nothing.
            prop_assert_eq!(Code::check(c), Ok((code.clone(), false)));
        }
    }

    #[test]
    fn generated_usernames_parse_back_to_the_choice(
        (plan, [country, region, city, isp], os, ttl, mode, amount) in any_input(),
        seed in any::<u64>(),
        follow_rules in prop::bool::weighted(0.75),
    ) {
        // Mostly inputs that keep the cross-field rules, so most cases reach the generator;
        // the rest test that breaking them is caught.
        let (mut isp, mut os, mut mode, mut region, mut city) = (isp, os, mode, region, city);
        if follow_rules {
            if !plan.is_premium() {
                (isp, os, mode) = (None, None, None);
            }
            if ttl.is_none() {
                mode = None;
            }
            if country.is_none() {
                (region, city, isp) = (None, None, None);
            }
        }
        let input = ConnectionInput {
            plan,
            country: country.as_deref(),
            region: region.as_deref(),
            city: city.as_deref(),
            isp: isp.as_deref(),
            os: os.map(|i| DeviceOs::ALL[i]),
            session: ttl.map_or(Session::Rotating, |ttl_secs| Session::Sticky { ttl_secs }),
            session_mode: mode,
            protocol: Protocol::Http,
            relay: Relay::Eu,
            amount: amount.min(20),
        };
        let Ok(spec) = validate(&input) else { return Ok(()) };
        let password = ProxyPassword::new("pw").expect("valid");
        let out = generate(&spec, password, random_from(seed)).expect("working randomness");
        prop_assert_eq!(out.len(), spec.amount as usize);
        for user in out.usernames() {
            prop_assert!(user.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'), "{user}");
            let parsed = parse_username(user).map_err(|e| TestCaseError::fail(format!("{user}: {e:?}")))?;
            prop_assert_eq!(parsed.plan, spec.plan);
            prop_assert_eq!(&parsed.targeting, &spec.targeting);
            prop_assert_eq!(parsed.session.setting(), spec.session);
            prop_assert_eq!(parsed.session_mode, spec.session_mode);
        }
    }

    #[test]
    fn sids_are_well_formed_and_differ(a in any::<u64>(), b in any::<u64>()) {
        prop_assume!(a | 1 != b | 1);
        let sa = SidSource::new(random_from(a)).next_sid().expect("works");
        let sb = SidSource::new(random_from(b)).next_sid().expect("works");
        for s in [sa, sb] {
            prop_assert_eq!(s.as_str().len(), sid::SID_LEN);
            prop_assert!(s.as_str().bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
            prop_assert_eq!(Sid::parse(s.as_str()), Some(s));
        }
        prop_assert_ne!(sa, sb);
    }

    #[test]
    fn any_text_parses_or_says_why(text in prop_oneof![".{0,80}", "(plan|country|region|sid|ttl|os|-|[a-z0-9]{1,12}){0,16}"]) {
        if let Ok(parsed) = parse_username(&text) {
            // What parses is exactly what the writer would write.
            let sticky = match &parsed.session {
                ParsedSession::Rotating => None,
                ParsedSession::Sticky { sid, ttl_secs } => Some((sid, *ttl_secs)),
            };
            let mut again = String::new();
            username::write_username(&mut again, parsed.plan, &parsed.targeting, sticky, parsed.session_mode);
            prop_assert_eq!(again, text);
        }
    }
}
