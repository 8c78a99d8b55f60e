//! Fault rules without a server: the `--fault` spec, the JSON form, and how rules match
//! and count down.

use sandbox::faults::{Fault, FaultBook, FaultKind, When};

#[test]
fn parses_specs() {
    let f = Fault::parse("kind=429,retry_after=2,method=get,path=/user/api/me$,times=3").expect("ok");
    assert_eq!(f.kind, FaultKind::RateLimit { retry_after_secs: Some(2) });
    assert_eq!(f.method.as_deref(), Some("GET"));
    assert_eq!((f.times, f.when), (Some(3), When::Before));
    assert!(f.matches("GET", "/user/api/me") && !f.matches("GET", "/user/api/me/x"));
    assert!(!f.matches("POST", "/user/api/me"));

    let f = Fault::parse("kind=drop,path=/user/api/orders/purchase,when=after").expect("ok");
    assert_eq!((f.kind.clone(), f.when, f.method.clone()), (FaultKind::Drop, When::After, None));
    assert!(f.matches("POST", "/user/api/orders/purchase"));

    let f = Fault::parse("kind=delay,ms=2000,path=/").expect("ok");
    assert_eq!(f.kind, FaultKind::Delay { ms: 2000 });
    let f = Fault::parse("kind=rewrite,find=Mobile,replace=<b>x</b>,path=/user/api").expect("ok");
    assert_eq!(f.kind, FaultKind::Rewrite { find: "Mobile".into(), replace: "<b>x</b>".into() });
    for (spec, kind) in [
        ("kind=500,path=/", FaultKind::ServerError),
        ("kind=502,path=/", FaultKind::BadGateway),
        ("kind=empty_body,path=/", FaultKind::EmptyBody),
        ("kind=malformed_json,path=/", FaultKind::MalformedJson),
        ("kind=wrong_shape,path=/", FaultKind::WrongShape),
        ("kind=extra_fields,path=/", FaultKind::ExtraFields),
        ("kind=cut,path=/", FaultKind::Cut),
    ] {
        assert_eq!(Fault::parse(spec).map(|f| f.kind), Ok(kind), "{spec}");
    }
}

#[test]
fn refuses_bad_specs() {
    for bad in [
        "",
        "kind=500",
        "path=/x",
        "kind=nope,path=/x",
        "kind=500,path=x",
        "kind=delay,path=/x",
        "kind=500,path=/x,when=later",
        "kind=500,path=/x,times=-1",
        "kind=500,path=/x,colour=red",
        "kind=500;path=/x",
        "kind=rewrite,path=/x",
    ] {
        assert!(Fault::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn json_form_round_trips() {
    let json =
        r#"{"method":"POST","path":"/user/api/orders/purchase","kind":"delay","ms":3000,"when":"after","times":1}"#;
    let f: Fault = serde_json::from_str(json).expect("decodes");
    assert_eq!(f.kind, FaultKind::Delay { ms: 3000 });
    assert_eq!(f.when, When::After);
    let back: Fault = serde_json::from_value(serde_json::to_value(&f).expect("encodes")).expect("decodes");
    assert_eq!(back, f);
    let f: Fault = serde_json::from_str(r#"{"path":"/","kind":"bad_gateway"}"#).expect("decodes");
    assert_eq!((f.when, f.times, f.method), (When::Before, None, None));
    let f: Fault = serde_json::from_str(
        r#"{"path":"/","kind":"custom","status":400,"body":"{\"success\":false,\"message\":\"<b>\"}"}"#,
    )
    .expect("decodes");
    assert_eq!(f.kind.name(), "custom");
}

#[test]
fn times_count_down_and_first_match_wins() {
    let mut book = FaultBook::default();
    book.add(Fault::parse("kind=500,path=/a,times=2").expect("ok"));
    book.add(Fault::parse("kind=502,path=/").expect("ok"));
    book.add(Fault::parse("kind=drop,path=/,times=0").expect("ok"));
    assert_eq!(book.list().len(), 2, "times=0 is never in force");
    assert_eq!(book.take("GET", "/a/b").map(|f| f.kind), Some(FaultKind::ServerError));
    assert_eq!(book.list()[0].times, Some(1));
    assert_eq!(book.take("GET", "/a").map(|f| f.kind), Some(FaultKind::ServerError));
    assert_eq!(book.take("GET", "/a").map(|f| f.kind), Some(FaultKind::BadGateway));
    book.clear();
    assert_eq!(book.take("GET", "/a"), None);
}
