// Chunk delay, every chunk loaded: Profile → Orders by a click; answers the milliseconds
// from the click to 10 order rows laid out.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const done = arguments[arguments.length - 1];
const rows = () => document.querySelectorAll("tr[data-test=order-row]").length >= 10;
const mo = new MutationObserver(() => {
  if (rows()) {
    mo.disconnect();
    void document.body.offsetHeight;
    done(performance.now() - t0);
  }
});
mo.observe(document.body, { childList: true, subtree: true, attributes: true });
const t0 = performance.now();
document.querySelector("nav a[href$='/orders']").click();
