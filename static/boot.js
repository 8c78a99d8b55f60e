// Starts the app without an inline script, so the Content-Security-Policy can forbid
// them. Trunk writes the hashed file names onto this <script> tag (see `pattern_script`
// in Trunk.toml); module scripts have no `document.currentScript`, hence the selector.
const tag = document.querySelector("script[data-proxyshard-boot]");
// A signed-in visitor's first page needs the frame's and the profile's chunk, which holds
// all the code it shares with other pages (its names are on the tag, written by
// scripts/split): start
// them now, beside the main module, rather than after it has started. The chunk loader's
// own fetches then take these answers (same URLs, same CORS mode). Signed out, the
// sign-in form needs none of them, only its own chunk (also named on the tag), started
// the same way.
// The pages' stylesheet too: `index.html` lists it disabled (src/web/page_styles.rs), and
// the first page would ask for it only once the main module runs; the preload carries the
// same integrity, so the stylesheet takes its answer.
// And `config.json`, which the API reads wait for (src/state/settings.rs): fetched now, it
// is in before the main module runs, instead of a round trip after it; the settings'
// own fetch takes this answer.
// Reading the storage can throw (storage blocked): then nothing is started early.
function signedIn() {
  try {
    return sessionStorage.getItem("proxyshard.api_key") !== null;
  } catch {
    return false;
  }
}
function preloadFetch(href) {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = href;
  document.head.append(link);
}
// And the texts of a remembered language other than English (src/i18n/catalog.rs), which
// the app reads before its first page: in by the time the main module runs, not a round
// trip after it. The same request as the app's, so it takes this answer. The languages
// with a file are on the tag (scripts/split reads them from `locales/`); a stored code is
// the file's name, with a region after a dash (`zh-CN`).
function rememberedLanguage() {
  try {
    return localStorage.getItem("proxyshard.lang");
  } catch {
    return null;
  }
}
const language = rememberedLanguage()?.split("-")[0];
if (language && (tag.dataset.languages ?? "").split(" ").includes(language)) {
  preloadFetch(new URL(`locales/${language}.json`, document.baseURI).href);
}
const base = new URL(tag.dataset.js, location.href);
const chunks = (names) => (names ? names.split(" ") : []);
if (!signedIn()) {
  for (const file of chunks(tag.dataset.signInChunks)) {
    preloadFetch(new URL(file, base).href);
  }
} else if (tag.dataset.homeChunks) {
  preloadFetch(new URL("config.json", document.baseURI).href);
  for (const file of chunks(tag.dataset.homeChunks)) {
    preloadFetch(new URL(file, base).href);
  }
  for (const sheet of document.querySelectorAll("link[data-page-style][disabled]")) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "style";
    link.href = sheet.href;
    link.integrity = sheet.integrity;
    document.head.append(link);
  }
}
// The main module is read whole, then compiled: V8 decodes a module handed over as bytes on
// a background thread, where a streamed one (`instantiateStreaming`, the glue's default for
// a URL) is decoded on the main thread as it arrives, in tasks that block input
// (docs/BENCHMARKS.md). Same request as the glue's, so it takes the preload's answer.
async function wasmBytes(href) {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  return response.arrayBuffer();
}
const [{ default: init }, bytes] = await Promise.all([import(tag.dataset.js), wasmBytes(tag.dataset.wasm)]);
const wasm = await init({ module_or_path: bytes });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
