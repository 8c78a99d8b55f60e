// Chunk delay: true once every page chunk named in arguments[0] has been fetched (idle-time
// preloading done), null before.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const names = performance.getEntriesByType('resource').map((r) => r.name);
return arguments[0].every((c) => names.some((n) => n.endsWith('/' + c))) ? true : null
