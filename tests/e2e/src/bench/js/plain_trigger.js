// Rendering of 100 rows, plain JavaScript: the plain page's "load 100" button.
// Put into render_100.js, from tests/e2e/src/bench/runs.rs.
document.getElementById("load-100").click();
