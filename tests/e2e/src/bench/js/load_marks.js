// Cold load: injected into every new document of the tab, it records in window.__bench
// when the sign-in form becomes usable, when the profile shows the e-mail and the stock,
// when 100 order rows are on screen and when the residential page shows its traffic and
// country list (each after a forced layout), in performance.now() milliseconds.
// Injected with CDP's Page.addScriptToEvaluateOnNewDocument, from
// tests/e2e/src/bench/runs.rs.
(() => {
  if (window.top !== window) return;
  const marks = (window.__bench = {});
  const check = () => {
    if (marks.signin === undefined) {
      const input = document.getElementById("api-key");
      const button = document.querySelector("form button[type=submit]");
      if (input && !input.disabled && button && !button.disabled) {
        void document.body.offsetHeight;
        marks.signin = performance.now();
      }
    }
    if (marks.rows100 === undefined && document.querySelectorAll("tr[data-test=order-row]").length >= 100) {
      void document.body.offsetHeight;
      marks.rows100 = performance.now();
    }
    if (marks.profile === undefined && document.querySelector("[data-test=email]") && document.querySelector("ul.catalogue")) {
      void document.body.offsetHeight;
      marks.profile = performance.now();
    }
    if (marks.residential === undefined && document.querySelector("[data-test=traffic-total]")) {
      const countries = document.getElementById("gen-country");
      if (countries && !countries.disabled && countries.options.length > 1) {
        void document.body.offsetHeight;
        marks.residential = performance.now();
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();
