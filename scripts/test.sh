#!/usr/bin/env bash
# Installs whatever is missing, then runs every test tier:
#   1. native `cargo test`: content model, validation, search, languages, attributes
#   2. component tests: the Leptos views in headless Chromium (wasm-bindgen-test)
#   3. the release builds (default bundle, and the preview with the self-assessment too), then end-to-end
#      tests on real host pages (playwright-core + Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${HOME:-/root}/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true CHROMEDRIVER=/usr/bin/chromedriver
scripts/setup.sh

echo "== 1/3 native tests (pure logic)"
cargo test --offline
cargo test --offline --features assessment --lib

echo "== 2/3 component tests (wasm in headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test components
cargo test --offline --target wasm32-unknown-unknown --test components --features assessment

echo "== 3/3 release builds and end-to-end tests"
scripts/build.sh
scripts/build.sh --features assessment --dist dist-preview
node --test --test-concurrency=1 tests/e2e/
