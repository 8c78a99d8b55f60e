// Cold load: reads one mark of load_marks.js (arguments[0]) together with the resource
// timings of what the page fetched by then: the wasm's end and sizes, the last API answer,
// DOMContentLoaded and the app's files received. Null until the mark exists.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const mark = window.__bench && window.__bench[arguments[0]];
if (mark === undefined) return null;
const res = performance.getEntriesByType("resource");
const wasm = res.find((r) => r.name.endsWith(".wasm"));
const api = res.filter((r) => r.name.includes("/user/api/")).map((r) => r.responseEnd);
const nav = performance.getEntriesByType("navigation")[0];
// The app's files (wasm, JS, CSS) fully received by the mark: what it needed so far.
const files = res.filter((r) => r.responseEnd <= mark && /\.(wasm|js|css)$/.test(new URL(r.name).pathname))
  .map((r) => new URL(r.name).pathname.split("/").pop());
return {
  files,
  mark,
  wasm_end: wasm ? wasm.responseEnd : null,
  wasm_encoded: wasm ? wasm.encodedBodySize : null,
  wasm_decoded: wasm ? wasm.decodedBodySize : null,
  last_api_end: api.length ? Math.max(...api) : null,
  dom_content_loaded: nav ? nav.domContentLoadedEventEnd : null,
};
