use super::{lines::percent_encode, sid::BrokenRandomness, *};

fn input(plan: UsernamePlan) -> ConnectionInput<'static> {
    ConnectionInput {
        plan,
        country: Some("de"),
        region: None,
        city: None,
        isp: None,
        os: None,
        session: Session::Sticky { ttl_secs: DEFAULT_TTL_SECS },
        session_mode: None,
        protocol: Protocol::Http,
        relay: Relay::default(),
        amount: 3,
    }
}

/// A deterministic byte source: a counter stepped by `step`.
fn counter(seed: u8, step: u8) -> impl FnMut(&mut [u8]) {
    let mut n = seed;
    move |buf: &mut [u8]| {
        for b in buf {
            *b = n;
            n = n.wrapping_add(step);
        }
    }
}

fn password() -> ProxyPassword {
    ProxyPassword::new("s3cr:et@/ 'x'").expect("valid")
}

#[test]
fn codes_are_normalised_and_say_so() {
    assert_eq!(Code::check("de"), Ok((Code("de".into()), false)));
    assert_eq!(Code::check(" DE "), Ok((Code("de".into()), true)));
    assert_eq!(Code::check("New_York"), Ok((Code("new_york".into()), true)));
    assert_eq!(Code::check("\tus\n"), Ok((Code("us".into()), true)));
}

#[test]
fn bad_codes_are_refused_with_the_reason() {
    assert_eq!(Code::check(""), Err(CodeProblem::Empty));
    assert_eq!(Code::check("   "), Err(CodeProblem::Empty));
    assert_eq!(Code::check("de-by"), Err(CodeProblem::Dash));
    assert_eq!(Code::check("a:b"), Err(CodeProblem::ColonOrAt));
    assert_eq!(Code::check("a@b"), Err(CodeProblem::ColonOrAt));
    assert_eq!(Code::check("new york"), Err(CodeProblem::InnerWhitespace));
    assert_eq!(Code::check("new\u{a0}york"), Err(CodeProblem::InnerWhitespace));
    assert_eq!(Code::check("kraków"), Err(CodeProblem::NonAscii));
    assert_eq!(Code::check("İst"), Err(CodeProblem::NonAscii));
    for other in ["a/b", "a.b", "a%20", "a'b", "a\"b", "a;b", "a$b"] {
        assert_eq!(Code::check(other), Err(CodeProblem::OtherCharacter), "{other}");
    }
}

#[test]
fn validate_collects_every_problem_with_its_field() {
    let mut i = input(UsernamePlan::Limited);
    i.country = Some("D E");
    i.region = Some("");
    i.isp = Some("x-y");
    i.os = Some(DeviceOs::Ios);
    i.session = Session::Sticky { ttl_secs: 59 };
    i.amount = 0;
    assert_eq!(
        validate(&i),
        Err(vec![
            Problem::Code { field: Field::Country, problem: CodeProblem::InnerWhitespace },
            Problem::Code { field: Field::Region, problem: CodeProblem::Empty },
            Problem::Code { field: Field::Isp, problem: CodeProblem::Dash },
            Problem::PremiumOnly(Field::Isp),
            Problem::PremiumOnly(Field::Os),
            Problem::TtlTooShort,
            Problem::AmountOutOfRange,
        ])
    );
}

#[test]
fn ttl_and_amount_bounds() {
    for (ttl, ok) in [(59, false), (60, true), (86_400, true), (86_401, false), (0, false), (u32::MAX, false)] {
        let mut i = input(UsernamePlan::Limited);
        i.session = Session::Sticky { ttl_secs: ttl };
        assert_eq!(validate(&i).is_ok(), ok, "{ttl}");
    }
    assert_eq!(
        validate(&ConnectionInput { session: Session::Sticky { ttl_secs: 86_401 }, ..input(UsernamePlan::Premium) }),
        Err(vec![Problem::TtlTooLong])
    );
    for (amount, ok) in [(0, false), (1, true), (1000, true), (1001, false)] {
        assert_eq!(validate(&ConnectionInput { amount, ..input(UsernamePlan::Limited) }).is_ok(), ok, "{amount}");
    }
}

#[test]
fn premium_only_and_country_rules() {
    let mut i = input(UsernamePlan::Premium);
    i.isp = Some("Vodafone");
    i.os = Some(DeviceOs::Android);
    i.session_mode = Some(2);
    let spec = validate(&i).expect("premium allows all");
    assert_eq!(spec.normalised, vec![Field::Isp]);
    i.session = Session::Rotating;
    assert_eq!(validate(&i), Err(vec![Problem::StickyOnly(Field::SessionMode)]));
    for plan in [UsernamePlan::Limited, UsernamePlan::Unlimited] {
        let j = ConnectionInput { plan, session: Session::Sticky { ttl_secs: 60 }, ..i };
        assert_eq!(
            validate(&j),
            Err(vec![
                Problem::PremiumOnly(Field::Isp),
                Problem::PremiumOnly(Field::Os),
                Problem::PremiumOnly(Field::SessionMode)
            ])
        );
    }
    let any =
        ConnectionInput { country: None, region: Some("by"), city: Some("munich"), ..input(UsernamePlan::Limited) };
    assert_eq!(validate(&any), Err(vec![Problem::NeedsCountry(Field::Region), Problem::NeedsCountry(Field::City)]));
    let spelled_any = ConnectionInput { country: Some(" ANY "), ..input(UsernamePlan::Limited) };
    assert_eq!(validate(&spelled_any).map(|s| s.targeting.country), Ok(Country::Any));
}

#[test]
fn usernames_follow_the_grammar() {
    let mut i = input(UsernamePlan::Premium);
    i.region = Some("BY");
    i.city = Some("munich");
    i.isp = Some("telekom");
    i.os = Some(DeviceOs::Macos);
    i.session_mode = Some(1);
    i.amount = 2;
    let spec = validate(&i).expect("valid");
    let out = generate(&spec, password(), counter(0, 1)).expect("random works");
    let users: Vec<&str> = out.usernames().collect();
    assert_eq!(users.len(), 2);
    assert_eq!(
        users[0],
        "plan-premium-country-de-region-by-city-munich-isp-telekom-os-macos-sid-abcdefghijkl-ttl-600-session_mode-1"
    );
    assert_eq!(
        &users[1][..users[1].find("-sid-").unwrap_or(0)],
        "plan-premium-country-de-region-by-city-munich-isp-telekom-os-macos"
    );
    assert_ne!(users[0], users[1]);

    let rotating =
        validate(&ConnectionInput { country: None, session: Session::Rotating, ..input(UsernamePlan::Unlimited) })
            .expect("valid");
    let out = generate(&rotating, password(), |_: &mut [u8]| panic!("rotating needs no randomness")).expect("ok");
    assert!(out.usernames().all(|u| u == "plan-unlimited-country-any"));
}

#[test]
fn usernames_parse_back() {
    let parsed = parse_username("plan-limited-country-de-region-by-sid-k3v9x0q2m7ab-ttl-600").expect("parses");
    assert_eq!(parsed.plan, UsernamePlan::Limited);
    assert_eq!(parsed.targeting.country, Country::Code(Code("de".into())));
    assert_eq!(parsed.targeting.region, Some(Code("by".into())));
    assert_eq!(parsed.session, ParsedSession::Sticky { sid: Sid::parse("k3v9x0q2m7ab").expect("sid"), ttl_secs: 600 });
    assert_eq!(parse_username("plan-unlimited-country-any").map(|p| p.session), Ok(ParsedSession::Rotating));
}

#[test]
fn bad_usernames_say_why() {
    for (text, problem) in [
        ("", ParseProblem::UnknownKey),
        ("plan-limited", ParseProblem::MissingPlanOrCountry),
        ("country-de-plan-limited", ParseProblem::KeyOutOfOrder),
        ("plan-limited-country-de-country-fr", ParseProblem::KeyOutOfOrder),
        ("plan-limited-country", ParseProblem::MissingValue),
        ("plan-limited-country--region-by", ParseProblem::MissingValue),
        ("plan-gold-country-de", ParseProblem::UnknownPlan),
        ("plan-limited-country-de-zip-10115", ParseProblem::UnknownKey),
        ("plan-limited-country-DE", ParseProblem::NotCanonical(Field::Country)),
        (
            "plan-limited-country-de-city-a b",
            ParseProblem::Invalid(Problem::Code { field: Field::City, problem: CodeProblem::InnerWhitespace }),
        ),
        ("plan-premium-country-de-os-beos", ParseProblem::UnknownOs),
        ("plan-limited-country-de-sid-short-ttl-600", ParseProblem::BadSid),
        ("plan-limited-country-de-sid-ABCDEFGHIJKL-ttl-600", ParseProblem::BadSid),
        ("plan-limited-country-de-sid-abcdefghijkl-ttl-+600", ParseProblem::BadNumber(Field::Ttl)),
        ("plan-limited-country-de-sid-abcdefghijkl-ttl-0600", ParseProblem::BadNumber(Field::Ttl)),
        ("plan-limited-country-de-sid-abcdefghijkl-ttl-99999999999", ParseProblem::BadNumber(Field::Ttl)),
        ("plan-limited-country-de-sid-abcdefghijkl", ParseProblem::SidAndTtlApart),
        ("plan-limited-country-de-ttl-600", ParseProblem::SidAndTtlApart),
        ("plan-limited-country-de-sid-abcdefghijkl-ttl-30", ParseProblem::Invalid(Problem::TtlTooShort)),
        ("plan-limited-country-de-isp-x", ParseProblem::Invalid(Problem::PremiumOnly(Field::Isp))),
        ("plan-premium-country-de-session_mode-1", ParseProblem::Invalid(Problem::StickyOnly(Field::SessionMode))),
        (
            "plan-premium-country-de-sid-abcdefghijkl-ttl-60-session_mode-256",
            ParseProblem::BadNumber(Field::SessionMode),
        ),
        ("plan-limited-country-any-region-by", ParseProblem::Invalid(Problem::NeedsCountry(Field::Region))),
    ] {
        assert_eq!(parse_username(text), Err(problem), "{text:?}");
    }
}

#[test]
fn sids_are_unbiased_and_need_working_randomness() {
    // Bytes 252..=255 are skipped; 0 and 36 both give 'a', 35 gives '9'.
    let mut bytes = [252u8, 0, 255, 36, 35, 253, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].into_iter().cycle();
    let mut sids = SidSource::new(move |buf: &mut [u8]| buf.iter_mut().for_each(|b| *b = bytes.next().unwrap_or(0)));
    assert_eq!(sids.next_sid().map(|s| s.as_str().to_string()), Ok("aa9bcdefghij".to_string()));
    let mut broken = SidSource::new(|buf: &mut [u8]| buf.fill(255));
    assert_eq!(broken.next_sid(), Err(BrokenRandomness));
    let spec = validate(&input(UsernamePlan::Limited)).expect("valid");
    assert!(generate(&spec, password(), |buf: &mut [u8]| buf.fill(252)).is_err());
}

#[test]
fn formats_and_curl() {
    let spec = validate(&ConnectionInput { amount: 2, session: Session::Rotating, ..input(UsernamePlan::Limited) })
        .expect("valid");
    let out = generate(&spec, password(), counter(0, 1)).expect("ok");
    let u = "plan-limited-country-de";
    let h = "relay-eu.proxyshard.com";
    assert_eq!(out.text(Format::HostPortUserPass, Reveal::Shown), format!("{h}:8080:{u}:s3cr:et@/ 'x'\n").repeat(2));
    assert_eq!(out.text(Format::UserPassAtHostPort, Reveal::Shown), format!("{u}:s3cr:et@/ 'x'@{h}:8080\n").repeat(2));
    assert_eq!(
        out.text(Format::Url, Reveal::Shown),
        format!("http://{u}:s3cr%3Aet%40%2F%20%27x%27@{h}:8080\n").repeat(2)
    );
    assert_eq!(out.text(Format::HostPortUserPass, Reveal::Masked), format!("{h}:8080:{u}:{}\n", lines::MASK).repeat(2));
    assert_eq!(
        out.curl(Reveal::Shown),
        Some(format!("curl -x 'http://{u}:s3cr%3Aet%40%2F%20%27x%27@{h}:8080' https://ipinfo.io"))
    );

    let socks = validate(&ConnectionInput {
        protocol: Protocol::Socks5,
        relay: Relay::Asia,
        amount: 1,
        ..input(UsernamePlan::Limited)
    })
    .expect("valid");
    let out = generate(&socks, password(), counter(9, 7)).expect("ok");
    assert!(out.text(Format::Url, Reveal::Masked).starts_with("socks5://plan-limited-country-de-sid-"));
    assert!(out.text(Format::Url, Reveal::Masked).ends_with(":********@relay-asia.proxyshard.com:1080\n"));
    let curl = out.curl(Reveal::Masked).expect("one line");
    assert!(curl.starts_with("curl -x 'socks5h://plan-limited") && curl.ends_with("1080' https://ipinfo.io"), "{curl}");
}

#[test]
fn shell_quoting_and_encoding() {
    let mut s = String::new();
    lines::push_shell_quoted(&mut s, "a'b $(rm) `x`");
    assert_eq!(s, r"'a'\''b $(rm) `x`'");
    assert_eq!(percent_encode("aZ09-._~ é%"), "aZ09-._~%20%C3%A9%25");
}

#[test]
fn passwords_never_show_in_debug() {
    assert_eq!(ProxyPassword::new(""), Err(lines::PasswordProblem::Empty));
    assert_eq!(ProxyPassword::new("  "), Err(lines::PasswordProblem::Empty));
    assert_eq!(ProxyPassword::new("a\nb"), Err(lines::PasswordProblem::ControlCharacter));
    let spec = validate(&input(UsernamePlan::Limited)).expect("valid");
    let out = generate(&spec, password(), counter(1, 3)).expect("ok");
    for debug in [format!("{:?}", password()), format!("{out:?}"), format!("{:#?}", out)] {
        assert!(!debug.contains("s3cr"), "{debug}");
    }
}

#[test]
fn a_thousand_lines_are_cheap_and_distinct() {
    let spec = validate(&ConnectionInput { amount: MAX_AMOUNT, ..input(UsernamePlan::Limited) }).expect("valid");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let out = generate(&spec, password(), move |buf: &mut [u8]| {
        for b in buf {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            *b = state as u8;
        }
    })
    .expect("ok");
    let sids: std::collections::HashSet<_> =
        out.usernames().map(|u| parse_username(u).expect("parses").session).collect();
    assert_eq!(sids.len(), 1000);
    for format in Format::ALL {
        let text = out.text(format, Reveal::Shown);
        assert_eq!(text.lines().count(), 1000);
        assert!(text.capacity() - text.len() < 64 * 1000, "{format:?} over-reserved");
    }
}

#[test]
fn enums_round_trip() {
    for p in UsernamePlan::ALL {
        assert_eq!(UsernamePlan::parse(p.as_str()), Some(p));
    }
    for o in DeviceOs::ALL {
        assert_eq!(DeviceOs::parse(o.as_str()), Some(o));
    }
    for p in Protocol::ALL {
        assert_eq!(Protocol::parse(p.as_str()), Some(p));
    }
    for r in Relay::ALL {
        assert_eq!(Relay::parse(r.as_str()), Some(r));
        assert!(r.host().ends_with(".proxyshard.com"));
    }
    for f in Format::ALL {
        assert_eq!(Format::parse(f.as_str()), Some(f));
    }
    assert_eq!(Relay::default().host(), DEFAULT_RELAY_HOST);
    assert_eq!((Protocol::Http.port(), Protocol::Socks5.port()), (8080, 1080));
}
