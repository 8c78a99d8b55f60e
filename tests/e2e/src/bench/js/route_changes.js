// Memory over route changes: walks the pages of the cycle arguments[1] (by link text;
// "Order" is the first order's page, opened from the table) for arguments[0] route changes,
// each time waiting for the page's content and two animation frames; answers the time taken.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const [n, cycle, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const link = (label) => label === "Order"
  ? document.querySelector("tr[data-test=order-row] a[href*='/orders/']")
  : [...document.querySelectorAll("nav a")].find((a) => a.textContent.trim() === label);
const h1 = () => document.querySelector("main h1")?.textContent.trim() ?? "";
const shown = {
  Profile: () => !!(document.querySelector("[data-test=email]") && document.querySelector("ul.catalogue")
    && !document.querySelector("[data-test=order-row]") && !document.querySelector("[data-test=quantity-input]")),
  Orders: () => !!(document.querySelector("[data-test=order-row]") && !document.querySelector("[data-test=email]")),
  Order: () => h1().startsWith("Order #") && !document.querySelector("[data-test=order-row]")
    && !!document.querySelector("main dl.order-details"),
  "Buy proxies": () => !!(document.querySelector("[data-test=price-final]") && !document.querySelector("[data-test=email]")
    && !document.querySelector("[data-test=order-row]")),
  Residential: () => h1() === "Residential" && !!document.querySelector("[data-test=traffic-total]"),
};
const until = (cond, what) => new Promise((resolve, reject) => {
  if (cond()) return resolve();
  const mo = new MutationObserver(() => { if (cond()) { mo.disconnect(); clearTimeout(timer); resolve(); } });
  const timer = setTimeout(() => {
    mo.disconnect();
    reject(new Error(`${what} never showed; at ${location.pathname}${location.search}: ${document.querySelector("main")?.innerText.slice(0, 300)}`));
  }, 10000);
  mo.observe(document.body, { childList: true, subtree: true, attributes: true });
});
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
(async () => {
  const t0 = performance.now();
  let at = cycle.findIndex((p) => shown[p]());
  if (at < 0) throw new Error(`not on a page of the cycle: ${location.pathname}`);
  for (let i = 0; i < n; i++) {
    const to = cycle[(at + 1) % cycle.length];
    const target = link(to);
    if (!target) throw new Error(`change ${i + 1}: no link to ${to} on ${location.pathname}`);
    target.click();
    await until(shown[to], `change ${i + 1}: ${to}`);
    at = (at + 1) % cycle.length;
    await frame();
    await frame();
  }
  done({ ok: true, ms: performance.now() - t0 });
})().catch((e) => done({ ok: false, error: String(e) }));
