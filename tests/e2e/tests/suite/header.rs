//! The top bar at every width a customer uses, from a 360 px phone to a 1440 px desktop, in
//! all four languages: the navigation links stay in one row, each on one line (never stacked
//! into a column, never broken mid-label), nothing in the bar overlaps anything else or sticks
//! out of the screen, and the bar takes one row on a wide screen and at most two elsewhere.

use e2e::{run, DEMO_API_KEY};

/// The widths the issue names, and the edges of the bar's layouts (767/768 px: menu or not;
/// 1023/1024 px: quick-jump label or magnifier; 1279/1280 px: two rows or one).
const WIDTHS: [u32; 9] = [360, 767, 768, 1023, 1024, 1279, 1280, 1440, 1920];
/// At least this wide, the whole bar fits one row.
const ONE_ROW_FROM: u32 = 1280;
const LANGUAGES: [(&str, &str); 4] = [("en", "en"), ("ru", "ru"), ("uk", "uk"), ("zh-CN", "zh")];

/// The geometry of the top bar, measured in the page: one line per problem found.
const MEASURE: &str = r#"
const bar = document.querySelector('.topbar'), vw = document.documentElement.clientWidth;
const problems = [];
const box = e => e.getBoundingClientRect();
const links = [...bar.querySelectorAll('.nav a')];
if (links.length < 3) problems.push(`only ${links.length} navigation links`);
const top0 = box(links[0]).top;
for (const a of links) {
  const r = box(a), fs = parseFloat(getComputedStyle(a).fontSize);
  if (Math.abs(r.top - top0) > 2) problems.push(`link "${a.textContent}" is not in the first link's row (${r.top} vs ${top0})`);
  if (r.height > 2.2 * fs) problems.push(`link "${a.textContent}" wraps (${r.height} px high)`);
  if (r.width < 1) problems.push(`link "${a.textContent}" is not shown`);
}
const parts = [...bar.children].filter(e => getComputedStyle(e).display !== 'none');
for (const e of parts) {
  const r = box(e);
  if (r.left < -1 || r.right > vw + 1) problems.push(`${e.className} sticks out: ${r.left}..${r.right} of ${vw}`);
}
for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) {
  const a = box(parts[i]), b = box(parts[j]);
  const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  if (overlap) problems.push(`${parts[i].className} overlaps ${parts[j].className}`);
}
// Rows: a part starts a new row when it begins below everything of the row before.
let rows = 0, bottom = -Infinity;
for (const r of parts.map(box).sort((a, b) => a.top - b.top)) {
  if (r.top >= bottom - 1) { rows++; bottom = r.bottom; } else bottom = Math.max(bottom, r.bottom);
}
return { problems, height: box(bar).height, rows, scroll: document.documentElement.scrollWidth - vw };
"#;

/// Whether the narrow screen's menu is open, on screen, and holds the language picker and
/// the sign-out button.
const MENU_SHOWN: &str = "(() => { const t = document.querySelector('.topbar-tools'), r = t.getBoundingClientRect(); \
    return getComputedStyle(t).display !== 'none' && r.left >= 0 && r.right <= 360 \
    && !!t.querySelector('[data-test=language-picker]') && !!t.querySelector('.sign-out'); })()";

#[tokio::test]
async fn the_top_bar_holds_at_every_width_in_every_language() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.find("[data-test=expiring-row]").await;
            let mut failures = Vec::new();
            for (code, lang) in LANGUAGES {
                page.choose_language(code).await;
                for width in WIDTHS {
                    page.set_viewport(width, 900).await;
                    page.wait_js("the viewport width", &format!("return window.innerWidth === {width}")).await;
                    let m = page.js(MEASURE).await;
                    let problems: Vec<String> = m["problems"]
                        .as_array()
                        .map(|a| a.iter().filter_map(|p| p.as_str().map(str::to_string)).collect())
                        .unwrap_or_default();
                    let height = m["height"].as_f64().unwrap_or(f64::MAX);
                    let rows = m["rows"].as_u64().unwrap_or(99);
                    let most_rows = if width >= ONE_ROW_FROM { 1 } else { 2 };
                    let shot = format!("header-{lang}-{width}");
                    if !problems.is_empty() || rows > most_rows || m["scroll"].as_i64().unwrap_or(1) > 0 {
                        let path = page.save_screenshot(&shot).await;
                        failures.push(format!(
                            "{lang} at {width} px ({}): {rows} rows (at most {most_rows}), {height} px high, \
                             page scrolls sideways by {}; {problems:?}",
                            path.display(),
                            m["scroll"]
                        ));
                    }
                }
            }
            assert!(failures.is_empty(), "the top bar breaks:\n{}", failures.join("\n"));

            // On a phone, theme, language and sign-out are one tap away, on screen, and the
            // menu closes when the customer goes to another page.
            page.set_viewport(360, 800).await;
            let shown = format!("return {MENU_SHOWN}");
            assert_eq!(page.js(&shown).await, false, "the menu starts closed");
            page.click("[data-test=menu-button]").await;
            page.wait_js("the menu open and on screen", &shown).await;
            page.click(".nav a[href$='/orders']").await;
            page.find("[data-test=order-row]").await;
            page.wait_js("the menu closed after navigating", &format!("return !{MENU_SHOWN}")).await;
            page.clear_viewport().await;
            page.assert_no_panic().await;
        },
    )
    .await;
}
