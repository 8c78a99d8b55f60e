// Generator: click on "Generate" with 1000 sticky strings asked for → the 1000 new lines
// in the output, on a frame; answers the milliseconds. The new output is told from the old
// by its text (new sids), as Leptos may keep the textarea.
// Run by WebDriver as the body of a function (`arguments`, `return`), from
// tests/e2e/src/bench/runs.rs.
const done = arguments[arguments.length - 1];
const lines = () => document.querySelector("[data-test=gen-lines]")?.value ?? "";
const before = lines();
const t0 = performance.now();
document.querySelector("[data-test=gen-submit]").click();
const check = () => {
  const now = lines();
  if (now !== before && now.trim().split("\n").length === 1000) {
    void document.body.offsetHeight;
    done(performance.now() - t0);
  } else {
    requestAnimationFrame(check);
  }
};
requestAnimationFrame(check);
