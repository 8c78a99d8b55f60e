// Chunk delay, chunk not loaded: injected into every new document, it clicks Buy the
// moment the first profile is on screen and records in window.__chunk the click time, when
// the buy form's product list is laid out and how many wasm files were fetched after the
// click. (Not Orders: the profile's charts fetch the orders chunk once near the screen.)
// Injected with CDP's Page.addScriptToEvaluateOnNewDocument, from
// tests/e2e/src/bench/runs.rs.
(() => {
  if (window.top !== window) return;
  const r = (window.__chunk = {});
  new MutationObserver(() => {
    if (r.t0 === undefined) {
      const link = document.querySelector("nav a[href$='/buy']");
      if (link && document.querySelector("[data-test=email]") && document.querySelector("ul.catalogue")) {
        r.t0 = performance.now();
        link.click();
      }
    } else if (r.t1 === undefined && document.querySelector("[data-test=product-select]")) {
      void document.body.offsetHeight;
      r.t1 = performance.now();
      const wasm = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm"));
      r.after_click = wasm.filter((e) => e.startTime >= r.t0).length;
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();
