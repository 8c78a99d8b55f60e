// Rendering of 100 rows, the app: switches the orders page size from 10 to 100.
// Put into render_100.js, from tests/e2e/src/bench/runs.rs.
const s = document.querySelector("[data-test=page-size]");
s.value = "100";
s.dispatchEvent(new Event("change", { bubbles: true }));
