#!/usr/bin/env bash
# Installs whatever is missing, then runs every test tier:
#   0. cargo fmt --check, and clippy -D warnings for the native and the wasm32 targets
#   1. native `cargo test`: content model, validation, search, languages, attributes
#   2. component tests: the Leptos views in headless Chromium (wasm-bindgen-test)
#   3. the release build (all three widgets), then end-to-end tests on real host pages
#      (playwright-core + Chromium)
#   4. the WordPress plugin on a real, throwaway WordPress (Debian's wordpress, PHP, MariaDB)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${HOME:-/root}/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER=/usr/bin/chromedriver
scripts/setup.sh wordpress

echo "== 0/4 formatting and lints (native and wasm32)"
cargo fmt --check
cargo clippy --offline --all-targets -- -D warnings
cargo clippy --offline --target wasm32-unknown-unknown --all-targets -- -D warnings
# The embed builder's build: the same crate without the widgets' runtime.
cargo clippy --offline --target wasm32-unknown-unknown --no-default-features --features builder -- -D warnings

echo "== 1/4 native tests (pure logic)"
cargo test --offline

echo "== 2/4 component tests (wasm in headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test components

echo "== 3/4 release build and end-to-end tests"
scripts/build.sh
node --test --test-concurrency=1 tests/e2e/

echo "== 4/4 the WordPress plugin on a real WordPress"
node --test --test-concurrency=1 tests/wordpress/
