//! Residential sub-users (docs/API.md §6): create, read, rename, move GB, new password, delete,
//! and the rules (no overdraw, names, unknown ids).

mod common;

use common::{assert_400, assert_error, profile, start, subs, GB, PREM, STD};
use reqwest::Method;
use sandbox::DEMO_API_KEY;
use serde_json::{json, Value};

#[tokio::test]
async fn sub_user_lifecycle() {
    let h = start().await;
    let path = format!("/user/api/proxies/sub-user?{STD}");
    let (s, created) = h.post(&path, r#"{"name":"  Zoë – QA  ","data":4}"#).await;
    assert_eq!(s, 200, "{created}");
    let u = &created["data"][0];
    assert_eq!(
        (u["first_name"].clone(), u["data"].clone(), u["data_spent"].clone()),
        (json!("Zoë – QA"), json!(4 * GB), json!(0))
    );
    let id = u["user_id"].as_str().expect("id").to_string();
    assert_eq!(profile(&h, STD).await["data"], 21 * GB, "the GB left the owner");
    let state = h.sb.residential();
    let standart = &state.plans[&sandbox::residential::Plan::Standart];
    assert_eq!((standart.data, standart.sub_users.len()), (21 * GB, 3), "the library sees the same");
    let one = format!("/user/api/proxies/sub-user/{id}?{STD}");
    let (s, got) = h.get(&one).await;
    assert_eq!(s, 200);
    assert_eq!(
        got,
        json!({"success": true, "data": [{"first_name": "Zoë – QA", "proxy_password": u["proxy_password"], "data": 4 * GB, "data_spent": 0}]})
    );
    // Rename (PATCH), trimmed.
    let (s, res) = h.send(Method::PATCH, &one, Some(DEMO_API_KEY), Some(r#"{"name":" crawler "}"#)).await;
    assert_eq!((s, res["success"].clone()), (200, json!(true)), "{res}");
    assert_eq!(h.get(&one).await.1["data"][0]["first_name"], "crawler");
    // Add and subtract.
    assert_eq!(h.post(&format!("/user/api/proxies/sub-user/{id}/data/add?{STD}"), r#"{"data":6}"#).await.0, 200);
    assert_eq!(
        (h.get(&one).await.1["data"][0]["data"].clone(), profile(&h, STD).await["data"].clone()),
        (json!(10 * GB), json!(15 * GB))
    );
    assert_eq!(h.post(&format!("/user/api/proxies/sub-user/{id}/data/subtract?{STD}"), r#"{"data":3}"#).await.0, 200);
    assert_eq!(
        (h.get(&one).await.1["data"][0]["data"].clone(), profile(&h, STD).await["data"].clone()),
        (json!(7 * GB), json!(18 * GB))
    );
    // Paging: count is the total.
    let page = subs(&h, &format!("{STD}&offset=2&limit=1")).await;
    assert_eq!((page["count"].clone(), page["data"][0]["user_id"].clone()), (json!(3), json!(id)));
    assert_eq!(subs(&h, &format!("{STD}&offset=5")).await["data"], json!([]));
    assert_400(&h.get(&format!("/user/api/proxies/sub-users?{STD}&limit=0")).await);
    // Delete (no proxy_type needed): its unspent GB go back.
    let (s, _) = h.send(Method::DELETE, &format!("/user/api/proxies/sub-user/{id}"), Some(DEMO_API_KEY), None).await;
    assert_eq!(s, 200);
    assert_eq!(profile(&h, STD).await["data"], 25 * GB);
    assert_error(&h.get(&one).await, 404, "Sub-user not found");
}

#[tokio::test]
async fn sub_users_cannot_overdraw() {
    let h = start().await;
    let create = format!("/user/api/proxies/sub-user?{STD}");
    // The owner has 25 GB − 8.44 GB spent = 16.56 GB left.
    let got = h.post(&create, r#"{"name":"big","data":17}"#).await;
    assert_error(&got, 400, "Not enough traffic: 17.00 GB requested, the account has 16.56 GB left");
    assert_eq!(subs(&h, STD).await["count"], 2, "nothing created");
    let id = subs(&h, STD).await["data"][0]["user_id"].as_str().expect("id").to_string();
    assert_400(&h.post(&format!("/user/api/proxies/sub-user/{id}/data/add?{STD}"), r#"{"data":17}"#).await);
    assert_eq!(profile(&h, STD).await["data"], 25 * GB);
    // scraper-eu has 5 GB − 1.2 GB spent = 3.8 GB left.
    let got = h.post(&format!("/user/api/proxies/sub-user/{id}/data/subtract?{STD}"), r#"{"data":4}"#).await;
    assert_error(&got, 400, "Cannot take back 4.00 GB: the sub-user has 3.80 GB left");
    assert_400(&h.post(&format!("/user/api/proxies/sub-user/{id}/data/add?{STD}"), r#"{"data":0}"#).await);
    assert_400(&h.post(&format!("/user/api/proxies/sub-user/{id}/data/subtract?{STD}"), r#"{"data":-1}"#).await);
    assert_eq!(subs(&h, STD).await["data"][0]["data"], 5 * GB);
    assert_eq!(h.post(&create, r#"{"name":"all","data":16}"#).await.0, 200, "exactly what is left fits");
}

#[tokio::test]
async fn sub_user_names_are_checked() {
    let h = start().await;
    let create = format!("/user/api/proxies/sub-user?{STD}");
    let long = "x".repeat(65);
    for name in ["", "   ", long.as_str(), "tab\there", "bell\u{7}"] {
        let body = json!({"name": name, "data": 0}).to_string();
        assert_400(&h.post(&create, &body).await);
    }
    let max = "ł".repeat(64);
    let (s, got) = h.post(&create, &json!({"name": format!(" {max} "), "data": 0}).to_string()).await;
    assert_eq!((s, got["data"][0]["first_name"].clone()), (200, json!(max)));
    let id = subs(&h, STD).await["data"][0]["user_id"].as_str().expect("id").to_string();
    let got = h
        .send(
            Method::PATCH,
            &format!("/user/api/proxies/sub-user/{id}?{STD}"),
            Some(DEMO_API_KEY),
            Some(r#"{"name":"  "}"#),
        )
        .await;
    assert_400(&got);
    assert_eq!(subs(&h, STD).await["data"][0]["first_name"], "scraper-eu");
}

#[tokio::test]
async fn unknown_sub_user_is_404() {
    let h = start().await;
    let premium_id = subs(&h, PREM).await["data"][0]["user_id"].as_str().expect("id").to_string();
    for id in ["su9999", "nope", premium_id.as_str()] {
        let one = format!("/user/api/proxies/sub-user/{id}");
        let not_found = |got: (u16, Value)| assert_error(&got, 404, "Sub-user not found");
        not_found(h.get(&format!("{one}?{STD}")).await);
        not_found(h.send(Method::PATCH, &format!("{one}?{STD}"), Some(DEMO_API_KEY), Some(r#"{"name":"a"}"#)).await);
        not_found(h.send(Method::DELETE, &format!("{one}?{STD}"), Some(DEMO_API_KEY), None).await);
        not_found(h.post(&format!("{one}/data/add?{STD}"), r#"{"data":1}"#).await);
        not_found(h.post(&format!("{one}/data/subtract?{STD}"), r#"{"data":1}"#).await);
        not_found(h.post(&format!("{one}/password?{STD}"), "{}").await);
    }
}

#[tokio::test]
async fn a_new_password_replaces_the_old_one() {
    let h = start().await;
    let before = subs(&h, STD).await;
    let id = before["data"][0]["user_id"].as_str().expect("id").to_string();
    let old = before["data"][0]["proxy_password"].as_str().expect("pw").to_string();
    let (s, res) = h.post(&format!("/user/api/proxies/sub-user/{id}/password?{STD}"), "{}").await;
    assert_eq!((s, res["success"].clone()), (200, json!(true)));
    let (_, one) = h.get(&format!("/user/api/proxies/sub-user/{id}?{STD}")).await;
    let new = one["data"][0]["proxy_password"].as_str().expect("pw").to_string();
    assert_ne!(new, old);
    assert_eq!(new.len(), 16);
    let everything = format!("{}{}{}", subs(&h, STD).await, subs(&h, PREM).await, profile(&h, STD).await);
    assert!(!everything.contains(&old), "the old password is gone");
    assert_400(&h.post(&format!("/user/api/proxies/sub-user/{id}/password?{STD}"), "").await);
}
