// Price reactivity: true once the price panel shows the text arguments[0] and is not
// loading (null before).
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const f = document.querySelector("[data-test=price-final]");
return f && f.textContent.trim() === arguments[0] && !document.querySelector("[data-test=price-loading]") ? true : null
