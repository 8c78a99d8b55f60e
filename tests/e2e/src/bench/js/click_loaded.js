// Chunk delay, every chunk loaded: Profile → Buy by a click; answers the milliseconds
// from the click to the buy form's product list laid out.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const done = arguments[arguments.length - 1];
const shown = () => document.querySelector("[data-test=product-select]") !== null;
const mo = new MutationObserver(() => {
  if (shown()) {
    mo.disconnect();
    void document.body.offsetHeight;
    done(performance.now() - t0);
  }
});
mo.observe(document.body, { childList: true, subtree: true, attributes: true });
const t0 = performance.now();
document.querySelector("nav a[href$='/buy']").click();
