// Price reactivity: stops watch_price.js and returns its log with the resource timings of
// the calculate requests (fetch start, response end).
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const log = window.__price;
log.observer.disconnect();
const calcs = performance.getEntriesByType("resource")
  .filter((r) => r.name.includes("/user/api/orders/calculate"))
  .map((r) => ({ name: r.name, fetch_start: r.fetchStart, response_end: r.responseEnd }));
return { changes: log.changes, keys: log.keys, inputs: log.inputs, calcs };
