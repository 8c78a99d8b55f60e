// Rendering of 100 rows: starts watching for 100 order rows, runs the trigger put in place
// of the TRIGGER comment (app_trigger.js or plain_trigger.js), and answers when the rows were
// laid out, when the orders answer arrived and the first DOM change after it, and the rows'
// text (one line per row), by which the benchmark checks that both pages show the same.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const done = arguments[arguments.length - 1];
const rows = () => document.querySelectorAll("tr[data-test=order-row]").length;
performance.clearResourceTimings();
const changes = [];
const laidOut = new Promise((resolve) => {
  const mo = new MutationObserver(() => {
    changes.push(performance.now());
    if (rows() >= 100) {
      mo.disconnect();
      void document.body.offsetHeight;
      resolve(performance.now());
    }
  });
  mo.observe(document.body, { childList: true, subtree: true });
});
const t0 = performance.now();
/* TRIGGER */
laidOut.then((t1) => {
  const e = performance.getEntriesByType("resource")
    .filter((r) => r.name.includes("/user/api/orders?") && r.name.includes("limit=100"))
    .pop();
  const end = e ? e.responseEnd : null;
  const first = changes.find((t) => end !== null && t >= end);
  const text = Array.from(document.querySelectorAll("tr[data-test=order-row]"), (r) => r.textContent).join("\n");
  done({ t0, t1, fetch_start: e ? e.fetchStart : null, response_end: end, first_change: first === undefined ? t1 : first, text });
});
