# shellcheck shell=bash
# Sourced by the project's scripts: shared paths, logging, and the environment for
# WebAssembly commands. Defines functions only; changes nothing until they are called.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# Firefox's WebDriver server, for the Firefox ESR smoke walk (tests/e2e/tests/suite/engines.rs).
GECKODRIVER_VERSION="0.37.1"
# The splitter of scripts/split (wasm-split-cli, from the crate wasm_split_cli_support),
# built from vendor/wasm_split_cli_support: 0.2.4 (it knows wasm-bindgen 0.2.128's renamed
# internals; 0.2.2 of cargo-leptos 0.3.7 does not) with `--base-module`, `--merge-shared` and
# `--standalone-module` added, and its loaders reading the base and the standalone module whole
# instead of streamed (vendor/README.md). The suffix names the patch, so a machine with the
# plain 0.2.4 or an older patch builds it.
WASM_SPLIT_VERSION="0.2.4-base-merged-whole-standalone"
# Debian's wasm-opt 108 corrupts the externref table that current wasm-bindgen emits
# (the app dies at start with "WebAssembly.Table.set(): Argument 1 is invalid"), so the
# build uses binaryen from the npm registry, run by Node. Keep in step with Trunk.toml.
BINARYEN_VERSION="132.0.0"
# The minifier of scripts/split for the JS glue, the chunk loader and the stylesheets of
# release builds (docs/BENCHMARKS.md, "Size"), from the npm registry.
ESBUILD_VERSION="0.28.2"
TOOLS_DIR="${PROXYSHARD_TOOLS:-$HOME/.cache/proxyshard-tools}"
BINARYEN_BIN="$TOOLS_DIR/binaryen-$BINARYEN_VERSION/node_modules/.bin"
ESBUILD_BIN="$TOOLS_DIR/esbuild-$ESBUILD_VERSION/node_modules/.bin"
WASM_SPLIT_BIN="$TOOLS_DIR/wasm-split-cli-$WASM_SPLIT_VERSION/bin"
export PATH="$WASM_SPLIT_BIN:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# True when rustup already has the wasm32 standard library (a developer's own machine).
has_rustup_wasm_target() {
  command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'
}

# Directory of rustup's rust-lld (the wasm linker Debian's rustc lacks).
rust_lld_dir() {
  local sysroot
  for sysroot in "$HOME"/.rustup/toolchains/stable-*/ "$HOME"/.rustup/toolchains/*/; do
    if [ -x "$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld" ]; then
      echo "$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin"
      return 0
    fi
  done
  return 1
}

# Exports what WebAssembly builds need: nothing on a machine with the rustup target,
# otherwise Debian's rustc 1.96 with std built from source (see shared TOOLCHAIN notes).
use_wasm_env() {
  export PATH="$BINARYEN_BIN:$ESBUILD_BIN:$PATH"
  if has_rustup_wasm_target; then
    return 0
  fi
  local lld
  lld="$(rust_lld_dir)" || die "rust-lld not found under ~/.rustup; run scripts/setup"
  export PATH="$BINARYEN_BIN:$ESBUILD_BIN:/usr/bin:$lld:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # Building std here allows three size settings stable Rust lacks (docs/BENCHMARKS.md,
  # "Size": -10 % on the main module): no file/line in panics, no Debug formatting, and
  # panics that stop at once without formatting a message. Cargo joins a list set in the
  # environment with the same list in .cargo/config.toml, so its two wasm flags, repeated
  # here, are given twice (harmless); to build without one, change the file too.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs -Zlocation-detail=none -Zfmt-debug=none"
  export CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true
  export CARGO_PROFILE_RELEASE_PANIC=immediate-abort
  # And std's smaller algorithms (sorting, mostly) where it has two: −3.2 kB of brotli on the
  # profile's path (docs/BENCHMARKS.md, the levers' table). This list replaces std's default
  # features, none of which does anything on wasm32-unknown-unknown with immediate-abort.
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
}

# Runs a command with the WebAssembly environment, leaving the caller's untouched.
with_wasm_env() { ( use_wasm_env && "$@" ); }

# Lighthouse for the benchmark's lighthouse part (docs/BENCHMARKS.md), from the npm registry.
# 12.x is the last line that runs on Node 20 (13 needs Node 22). Installed on first use, by
# the benchmark (tests/e2e/src/bench/lighthouse.rs), not by scripts/setup: only it needs it.
LIGHTHOUSE_VERSION="12.2.3"
LIGHTHOUSE_DIR="$TOOLS_DIR/lighthouse-$LIGHTHOUSE_VERSION"

# Installs Lighthouse (and its puppeteer-core) into $LIGHTHOUSE_DIR unless it is there.
install_lighthouse() {
  local have
  have="$(node -p "require('$LIGHTHOUSE_DIR/node_modules/lighthouse/package.json').version" 2>/dev/null || true)"
  if [ "$have" = "$LIGHTHOUSE_VERSION" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || die "npm not found: run scripts/setup"
  say "installing lighthouse $LIGHTHOUSE_VERSION (the benchmark's lighthouse part) from npm"
  mkdir -p "$LIGHTHOUSE_DIR"
  npm install --silent --no-audit --no-fund --save-exact --prefix "$LIGHTHOUSE_DIR" \
    "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
}
