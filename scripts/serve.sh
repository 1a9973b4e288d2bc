#!/usr/bin/env bash
# Installs whatever is missing, then serves the demo site (built-in content) on
# http://127.0.0.1:8087/ and rebuilds on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:${HOME:-/root}/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
echo "demo site: http://127.0.0.1:8087/  (host test pages: node scripts/lib/server.mjs)"
exec trunk serve --release "$@"
