#!/usr/bin/env bash
# Installs whatever is missing, then runs every test tier:
#   0. cargo fmt --check, clippy -D warnings for the native and the wasm32 targets, and the
#      pure crate's dependencies (no leptos, web-sys or wasm-bindgen may enter it)
#   1. native `cargo test`: the pure crate (content, validation, matching, saved state, share
#      links, languages, contract, snippets) and the native pre-rendering
#   2. component tests: the Leptos views in headless Chromium (wasm-bindgen-test)
#   3. the release build (all three widgets), then end-to-end tests on real host pages
#      (playwright-core + Chromium) and the Nu HTML Checker on every page and first screen
#   4. the npm package in real applications (tests/apps/: Vite + React 19, React 18, Vue 3,
#      Svelte 5, and Next.js rendering on the server), each installed from its lock file, and
#      TypeScript holding an application to the package's types
#   5. the WordPress plugin on a real, throwaway WordPress (Debian's wordpress, PHP, MariaDB)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${HOME:-/root}/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER=/usr/bin/chromedriver
scripts/setup.sh wordpress apps

echo "== 0/5 formatting and lints (native and wasm32)"
cargo fmt --all --check
cargo clippy --offline --workspace --all-targets -- -D warnings
cargo clippy --offline --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings
# The embed builder's build: the widgets' crate without the widgets' runtime.
cargo clippy --offline -p alliance87-widgets --target wasm32-unknown-unknown --no-default-features --features builder -- -D warnings
# The pure crate knows nothing of the DOM, and its dependencies prove it.
if cargo tree --offline -p alliance87-core -e normal,build --prefix none | grep -E '^(leptos|web-sys|wasm-bindgen|js-sys|gloo)'; then
  echo "alliance87-core (src/) must not depend on the crates above: move that code to components/" >&2
  exit 1
fi

echo "== 1/5 native tests (pure logic)"
cargo test --offline --workspace

echo "== 2/5 component tests (wasm in headless Chromium)"
cargo test --offline -p alliance87-widgets --target wasm32-unknown-unknown --test components

echo "== 3/5 release build and end-to-end tests"
scripts/build.sh
node --test --test-concurrency=1 tests/e2e/

echo "== 4/5 the npm package in real applications"
node --test --test-concurrency=1 tests/apps/

echo "== 5/5 the WordPress plugin on a real WordPress"
node --test --test-concurrency=1 tests/wordpress/
