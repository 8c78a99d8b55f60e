// Starts the app without an inline script, so the Content-Security-Policy can forbid
// them. Trunk writes the hashed file names onto this <script> tag (see `pattern_script`
// in Trunk.toml); module scripts have no `document.currentScript`, hence the selector.
const tag = document.querySelector("script[data-proxyshard-boot]");
const { default: init } = await import(tag.dataset.js);
const wasm = await init({ module_or_path: tag.dataset.wasm });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
