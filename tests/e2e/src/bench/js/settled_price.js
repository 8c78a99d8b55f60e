// Price reactivity: the price panel's final price once it is not loading (null before).
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const f = document.querySelector("[data-test=price-final]");
if (!f || document.querySelector("[data-test=price-loading]")) return null;
return f.textContent.trim();
