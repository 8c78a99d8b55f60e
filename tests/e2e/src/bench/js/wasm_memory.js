// Memory over route changes: the size of the app's wasm memory, in bytes.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const done = arguments[arguments.length - 1];
const tag = document.querySelector("script[data-proxyshard-boot]");
const init = tag ? import(tag.dataset.js).then((m) => m.default()) : window.wasmBindings.default();
Promise.resolve(init).then((w) => done(w.memory.buffer.byteLength), (e) => done(String(e)));
