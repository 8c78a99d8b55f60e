//! The sub-users card of the residential page: creating a sub-user puts it in the table and
//! in the API with its GB taken from the owner (five fast clicks, one POST), asking for more
//! GB than the owner has is refused before any request, rename / give GB / take GB back /
//! new password / delete each change what the API holds, the table pages with
//! `&users_offset=` in the URL across a reload, passwords stay masked until revealed and
//! never reach the URL or localStorage, and the card speaks every language, fits 360 px
//! and has no serious axe problem.

use e2e::{requests_to, run, Page, Sandbox, DEMO_API_KEY};
use sandbox::residential::{Plan, PlanState, SubUser};
use std::time::Duration;

/// What a masked password shows.
const MASK: &str = "••••••••";
const GB: i64 = 1_000_000_000;
const CREATE: &str = "/user/api/proxies/sub-user";
const LIST: &str = "/user/api/proxies/sub-users";

/// The demo account's Standart plan as the sandbox holds it.
fn standart(sandbox: &Sandbox) -> PlanState {
    sandbox.residential().plans.get(&Plan::Standart).cloned().expect("the demo account has Standart")
}

/// One sub-user of the Standart plan, by id.
fn sub_user(sandbox: &Sandbox, id: &str) -> Option<SubUser> {
    standart(sandbox).sub_users.into_iter().find(|u| u.user_id == id)
}

/// Waits (20 s at most) until the sandbox's Standart plan satisfies `pred`.
async fn wait_state(sandbox: &Sandbox, what: &str, pred: impl Fn(&PlanState) -> bool) -> PlanState {
    for _ in 0..200 {
        let state = standart(sandbox);
        if pred(&state) {
            return state;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the sandbox never got to: {what}; it holds {:#?}", standart(sandbox));
}

/// How many times the sub-users list was asked for so far.
fn list_reads(sandbox: &Sandbox) -> usize {
    requests_to(sandbox, "GET", LIST).len()
}

/// Lets any request a click may have started reach the sandbox.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(600)).await;
}

/// The CSS of the row of sub-user `id`, plus `inner` inside it.
fn row(id: &str, inner: &str) -> String {
    format!("[data-test=sub-user-row][data-user-id='{id}'] {inner}")
}

/// Signs in and opens the Standart sub-users table.
async fn open_card(page: &Page) {
    page.sign_in(DEMO_API_KEY).await;
    page.goto("/residential?type=standart").await;
    page.find("[data-test=sub-users-table]").await;
}

/// Asserts that no sub-user password of the sandbox is in the URL, localStorage or the
/// console, and that every password on screen is masked.
async fn assert_passwords_kept(page: &Page, sandbox: &Sandbox) {
    let url = page.js("return location.href").await.as_str().unwrap_or_default().to_string();
    let stored = page.js("return JSON.stringify(Object.entries(localStorage))").await.to_string();
    let console = page.console_all().await.join("\n");
    for user in standart(sandbox).sub_users {
        let pw = &user.password;
        assert!(!url.contains(pw) && !stored.contains(pw) && !console.contains(pw), "{}'s password leaked", user.name);
    }
    let shown = page
        .js("return [...document.querySelectorAll('[data-test=su-password]')].map(e => e.textContent.trim())")
        .await;
    let shown: Vec<String> = serde_json::from_value(shown).expect("texts");
    assert!(!shown.is_empty() && shown.iter().all(|t| t == MASK), "every password masked: {shown:?}");
}

#[tokio::test]
async fn creating_a_sub_user_fills_the_table_and_takes_its_gb_from_the_owner() {
    run(
        |c| c.latency_ms = 300,
        |page, sandbox| async move {
            let before = standart(&sandbox);
            let owner_whole_gb = before.remain() / GB;
            open_card(&page).await;
            assert_eq!(page.count("[data-test=sub-user-row]").await, 2, "the seeded sub-users");
            let given = page.js(&format!("return document.querySelector(\"{}\").dataset.bytes", row("su1001", "[data-test=su-given]"))).await;
            assert_eq!(given, serde_json::json!((5 * GB).to_string()), "su1001 was given 5 GB");
            assert_eq!(page.text(&row("su1001", "[data-test=su-given]")).await, "5 GB");

            // Checked before sending: no name, and more GB than the owner has left.
            page.fill("[data-test=su-new-gb]", &(owner_whole_gb + 1).to_string()).await;
            page.click("[data-test=su-create]").await;
            page.wait_text("[data-test=su-new-name-problem]", "the name's problem", |t| t == "Enter a name.").await;
            let gb_problem = page.text("[data-test=su-new-gb-problem]").await;
            assert_eq!(gb_problem, format!("You have only {owner_whole_gb} whole GB left to give."));
            page.fill("[data-test=su-new-name]", "eu-bot").await;
            page.click("[data-test=su-create]").await;
            settle().await;
            assert!(requests_to(&sandbox, "POST", CREATE).is_empty(), "over-allocation is refused before any request");
            assert_eq!(page.count("[data-test=su-new-name-problem]").await, 0, "the name is fine now");

            // Five fast clicks, one sub-user.
            page.fill("[data-test=su-new-name]", "  eu-bot  ").await;
            page.fill("[data-test=su-new-gb]", "2").await;
            page.js("const b = document.querySelector('[data-test=su-create]'); for (let i = 0; i < 5; i++) b.click(); return true")
                .await;
            page.find("[data-test=su-created]").await;
            settle().await;
            assert_eq!(requests_to(&sandbox, "POST", CREATE).len(), 1, "five fast clicks send one POST");
            let after = standart(&sandbox);
            let created = after.sub_users.iter().find(|u| u.name == "eu-bot").expect("the API has the new sub-user");
            assert_eq!((created.data, created.spent), (2 * GB, 0));
            assert_eq!(after.data, before.data - 2 * GB, "the owner's traffic went down by the 2 GB given");

            // The table and the owner's traffic show it.
            let new_row = row(&created.user_id, "[data-test=su-name]");
            page.wait_text(&new_row, "the new row", |t| t == "eu-bot").await;
            assert_eq!(page.text(&row(&created.user_id, "[data-test=su-given]")).await, "2 GB");
            assert_eq!(page.text(&row(&created.user_id, "[data-test=su-left]")).await, "2 GB");
            let total = format!("{} GB", after.data / GB);
            page.wait_text("[data-test=traffic-total]", "the owner's total less 2 GB", |t| t == total).await;

            // The new password is masked until revealed, and is the API's.
            // (Clicked from a script: the success toast may cover the button.)
            let toggle = "document.querySelector('[data-test=su-created-password-reveal]').click(); return true";
            assert_eq!(page.text("[data-test=su-created-password]").await, MASK);
            page.js(toggle).await;
            page.wait_text("[data-test=su-created-password]", "revealed", |t| t == created.password).await;
            page.js(toggle).await;
            page.wait_text("[data-test=su-created-password]", "masked again", |t| t == MASK).await;
            assert_passwords_kept(&page, &sandbox).await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn rename_give_take_back_new_password_and_delete_each_change_the_api() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_card(&page).await;
            let owner_before = standart(&sandbox).data;
            page.click(&row("su1001", "[data-test=su-manage]")).await;
            page.find("[data-test=sub-user-panel]").await;

            // Rename.
            page.fill("[data-test=su-rename]", " scraper-eu-2 ").await;
            page.click("[data-test=su-rename-save]").await;
            wait_state(&sandbox, "su1001 renamed", |s| s.sub_users.iter().any(|u| u.name == "scraper-eu-2")).await;
            page.wait_text(&row("su1001", "[data-test=su-name]"), "the new name", |t| t == "scraper-eu-2").await;

            // Give GB: more than the owner has is refused before sending; 2 GB go through.
            let owner_whole_gb = standart(&sandbox).remain() / GB;
            page.fill("[data-test=su-add]", &(owner_whole_gb + 1).to_string()).await;
            page.click("[data-test=su-add-submit]").await;
            let problem = page.text("[data-test=su-add-problem]").await;
            assert_eq!(problem, format!("You have only {owner_whole_gb} whole GB left to give."));
            page.fill("[data-test=su-add]", "2").await;
            page.click("[data-test=su-add-submit]").await;
            let s = wait_state(&sandbox, "su1001 has 7 GB", |s| s.sub_users.iter().any(|u| u.data == 7 * GB)).await;
            assert_eq!(s.data, owner_before - 2 * GB, "the owner gave 2 GB");
            page.wait_text(&row("su1001", "[data-test=su-given]"), "7 GB given", |t| t == "7 GB").await;

            // Take back: more than the sub-user has left (7 − 1.2 = 5.8 GB) is refused; 5 GB go back.
            page.fill("[data-test=su-take]", "6").await;
            page.click("[data-test=su-take-submit]").await;
            let problem = page.text("[data-test=su-take-problem]").await;
            assert_eq!(problem, "scraper-eu-2 has only 5 whole GB left to take back.");
            page.fill("[data-test=su-take]", "5").await;
            page.click("[data-test=su-take-submit]").await;
            let s = wait_state(&sandbox, "su1001 has 2 GB", |s| s.sub_users.iter().any(|u| u.data == 2 * GB)).await;
            assert_eq!(s.data, owner_before + 3 * GB, "the owner got 5 GB back");
            for (path, n) in [("/data/add", 1), ("/data/subtract", 1)] {
                let sent = requests_to(&sandbox, "POST", &format!("/user/api/proxies/sub-user/su1001{path}"));
                assert_eq!(sent.len(), n, "{path}: refused amounts were never sent");
            }

            // New password, after a confirmation that says what it breaks.
            let old = sub_user(&sandbox, "su1001").expect("su1001").password;
            page.click("[data-test=su-password-new]").await;
            let warning = page.text("[data-test=su-password-panel]").await;
            assert!(warning.contains("stops working"), "{warning}");
            let reads = list_reads(&sandbox);
            page.click("[data-test=su-password-confirm]").await;
            let s = wait_state(&sandbox, "a new password", |s| {
                s.sub_users.iter().any(|u| u.user_id == "su1001" && u.password != old)
            })
            .await;
            let new =
                s.sub_users.iter().find(|u| u.user_id == "su1001").map(|u| u.password.clone()).unwrap_or_default();
            // The list is read again after the change; reveal once that answer is on screen.
            for _ in 0..200 {
                let done = requests_to(&sandbox, "GET", LIST);
                if done.len() > reads && done.iter().all(|r| r.status != 0) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            settle().await;
            let reveal = row("su1001", "[data-test=su-password-reveal]");
            page.wait_text(&row("su1001", "[data-test=su-password]"), "masked", |t| t == MASK).await;
            page.click(&reveal).await;
            page.wait_text(&row("su1001", "[data-test=su-password]"), "the new password", |t| t == new).await;
            page.click(&reveal).await;

            // Delete, after a confirmation that says where its GB go.
            let before = standart(&sandbox).data;
            let unspent = sub_user(&sandbox, "su1001").expect("su1001").remain();
            page.click("[data-test=su-delete]").await;
            let warning = page.text("[data-test=su-delete-panel]").await;
            assert!(warning.contains("go back to your traffic") && warning.contains("800 MB"), "{warning}");
            page.click("[data-test=su-delete-confirm]").await;
            let s = wait_state(&sandbox, "su1001 deleted", |s| s.sub_users.iter().all(|u| u.user_id != "su1001")).await;
            assert_eq!(s.data, before + unspent, "its unspent bytes went back to the owner");
            page.wait_js("the row gone", "return document.querySelectorAll('[data-test=sub-user-row]').length === 1")
                .await;
            assert_eq!(page.count("[data-test=sub-user-panel]").await, 0, "the panel closed with it");
            assert_eq!(requests_to(&sandbox, "DELETE", "/user/api/proxies/sub-user/su1001").len(), 1);
            assert_passwords_kept(&page, &sandbox).await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn the_table_pages_with_users_offset_in_the_url_and_a_reload_keeps_the_page() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // Nine more sub-users straight through the API: eleven in all, two pages of ten.
            let made = page
                .js_async(
                    "const done = arguments[arguments.length - 1];
                     const key = sessionStorage.getItem('proxyshard.api_key');
                     (async () => {
                       for (let i = 1; i <= 9; i++) {
                         const r = await fetch('/user/api/proxies/sub-user?proxy_type=standart', {
                           method: 'POST',
                           headers: { 'Authorization': 'Bearer ' + key, 'Content-Type': 'application/json' },
                           body: JSON.stringify({ name: 'bulk-' + i, data: 0 }),
                         });
                         if (!r.ok) return r.status;
                       }
                       return 'ok';
                     })().then(done, e => done(String(e)));",
                )
                .await;
            assert_eq!(made, "ok");
            assert_eq!(standart(&sandbox).sub_users.len(), 11);

            page.goto("/residential?type=standart").await;
            page.wait_js("ten rows", "return document.querySelectorAll('[data-test=sub-user-row]').length === 10")
                .await;
            page.click("[data-test=users-pager] [data-test=page-next]").await;
            let path = page.wait_path("the second page", |p| p.contains("users_offset=10")).await;
            assert!(path.contains("type=standart"), "the plan stays in the URL: {path}");
            page.wait_js("one row", "return document.querySelectorAll('[data-test=sub-user-row]').length === 1").await;
            assert_eq!(
                page.text(&row(&standart(&sandbox).sub_users[10].user_id, "[data-test=su-name]")).await,
                "bulk-9"
            );
            assert_eq!(page.text("[data-test=users-pager] [data-test=page-number]").await, "Page 2");

            page.goto(&path).await; // a reload
            page.wait_js(
                "one row after the reload",
                "return document.querySelectorAll('[data-test=sub-user-row]').length === 1",
            )
            .await;
            assert_eq!(page.text("[data-test=users-pager] [data-test=page-number]").await, "Page 2");
            let path = page.wait_path("the same page", |p| p.contains("users_offset=10")).await;
            assert!(path.contains("type=standart"), "{path}");
            assert_passwords_kept(&page, &sandbox).await;

            page.click("[data-test=users-pager] [data-test=page-prev]").await;
            page.wait_path("the first page", |p| !p.contains("users_offset")).await;
            page.wait_js(
                "ten rows again",
                "return document.querySelectorAll('[data-test=sub-user-row]').length === 10",
            )
            .await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

/// The texts of the card's headings, labels, column heads and buttons; row headers are
/// left out, since they hold data (the chart's table names each row by its sub-user).
async fn card_labels(page: &Page) -> Vec<String> {
    let v = page
        .js("return [...document.querySelectorAll('[data-test=sub-users] :is(h2, h3:not(#sub-user-panel-heading), th:not([scope=row]), label, button, .hint, .confirm-title)')] \
             .map(e => e.textContent.trim()).filter(t => t.length > 0)")
        .await;
    serde_json::from_value(v).expect("texts")
}

#[tokio::test]
async fn the_card_speaks_every_language_and_fits_360_px() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.set_viewport(360, 800).await;
            page.wait_js("the viewport width", "return window.innerWidth === 360").await;
            page.goto("/residential?type=standart").await;
            page.find("[data-test=sub-users-table]").await;
            page.click(&row("su1001", "[data-test=su-manage]")).await;
            page.click("[data-test=su-delete]").await;
            page.find("[data-test=su-delete-panel]").await;
            let axe = crate::accessibility::axe_source();
            let violations = crate::accessibility::serious_violations(&page, &axe).await;
            assert!(violations.is_empty(), "axe: serious or critical problems:\n{}", violations.join("\n\n"));
            let english = card_labels(&page).await;
            assert!(english.iter().any(|t| t == "Sub-users"), "{english:?}");

            for (code, title) in
                [("en", "Sub-users"), ("ru", "Субпользователи"), ("uk", "Субкористувачі"), ("zh-CN", "子用户")]
            {
                page.choose_language(code).await;
                page.wait_js(
                    &format!("the card in {code}"),
                    &format!("return document.querySelector('#sub-users-heading').textContent.trim() === '{title}'"),
                )
                .await;
                let shown = card_labels(&page).await;
                let text = page.js("return document.querySelector('[data-test=sub-users]').textContent").await;
                let text = text.as_str().unwrap_or_default();
                assert!(
                    !text.contains("sub_users.") && !text.contains('{'),
                    "{code}: a raw key or placeholder: {text}"
                );
                if code != "en" {
                    // Names, ids and figures are the same in every language; no label may be.
                    let untranslated: Vec<&String> =
                        shown.iter().filter(|t| english.contains(t) && t.chars().any(char::is_alphabetic)).collect();
                    assert!(untranslated.is_empty(), "{code}: still in English: {untranslated:?}");
                }
                let (over, wide) = page.horizontal_overflow().await;
                let shot = page.save_screenshot(&format!("narrow-sub-users-{code}")).await;
                assert!(
                    over <= 0,
                    "{code}: scrolls sideways by {over} px at 360 px (see {}): {wide:#?}",
                    shot.display()
                );
            }
            assert_eq!(requests_to(&sandbox, "DELETE", "/user/api/proxies/sub-user/su1001").len(), 0);
            page.assert_no_panic().await;
        },
    )
    .await;
}
