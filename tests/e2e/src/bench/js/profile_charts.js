// The profile's charts over many orders (bench, "Bulk" section): injected into every new
// document (CDP Page.addScriptToEvaluateOnNewDocument, from tests/e2e/src/bench/runs.rs),
// it records in window.__charts the longest task seen (PerformanceObserver "longtask":
// anything over 50 ms that kept the page from answering) and when both profile charts
// are drawn (their columns on screen, after a forced layout), in performance.now()
// milliseconds from navigation start.
(() => {
  if (window.top !== window) return;
  const marks = (window.__charts = { longest: 0, tasks: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        marks.tasks += 1;
        marks.longest = Math.max(marks.longest, entry.duration);
      }
    }).observe({ type: "longtask", buffered: true });
  } catch (_) {
    marks.longest = -1;
  }
  const check = () => {
    if (marks.drawn !== undefined) return;
    const section = document.querySelector("[data-test=profile-charts]");
    if (section && section.querySelectorAll("[data-test=chart-columns]").length >= 2) {
      void document.body.offsetHeight;
      marks.drawn = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();
