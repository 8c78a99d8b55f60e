// Price reactivity: logs in window.__price every change of the price panel (text, loading)
// and every keydown and input of the quantity field, clears the resource timings, and
// selects the field's text so that the next keystroke replaces it.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const log = (window.__price = { changes: [], keys: [], inputs: [] });
let last = null;
const snap = () => {
  const f = document.querySelector("[data-test=price-final]");
  const text = f ? f.textContent.trim() : null;
  const loading = !!document.querySelector("[data-test=price-loading]");
  const key = JSON.stringify([text, loading]);
  if (key !== last) {
    last = key;
    log.changes.push({ t: performance.now(), text, loading });
  }
};
snap();
log.observer = new MutationObserver(snap);
log.observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
const input = document.querySelector("[data-test=quantity-input]");
input.addEventListener("keydown", (e) => log.keys.push({ t: e.timeStamp, handled: performance.now(), key: e.key }));
input.addEventListener("input", () => log.inputs.push({ t: performance.now(), value: input.value }));
performance.clearResourceTimings();
input.focus();
input.select();
return true;
