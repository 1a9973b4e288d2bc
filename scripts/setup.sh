#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test the widgets on a fresh Debian machine.
# Idempotent: every step checks first, so a second run takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
# rustup's tools, even when a non-login shell did not put them on PATH.
export PATH="${HOME:-/root}/.cargo/bin:$PATH"
say() { printf '[setup] %s\n' "$*"; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  say "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js and npm (Debian; about a minute)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver (Debian; 1 to 3 minutes)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver brotli >/dev/null
fi
if ! command -v brotli >/dev/null || ! command -v zip >/dev/null; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq brotli zip >/dev/null
fi

# Only for the WordPress plugin's tier (`scripts/setup.sh wordpress`, which scripts/test.sh
# runs): a real WordPress, PHP and MariaDB from Debian. The services are not started here: the
# tests start a throwaway database and site of their own and remove them.
if [[ " $* " == *" wordpress "* ]]; then
  wordpress_packages="wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server unzip"
  # shellcheck disable=SC2086
  if ! dpkg -s $wordpress_packages >/dev/null 2>&1; then
    say "installing WordPress, PHP and MariaDB (Debian; about a minute, once)"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $wordpress_packages >/dev/null
  fi
fi

# Only for the apps tier (`scripts/setup.sh apps`): the applications in tests/apps/, each
# from its committed lock file, as their developers install them (npm's registry only;
# --ignore-scripts: no install script runs, so nothing is downloaded from elsewhere). Again only
# when a lock file changed: each run of the tier installs the freshly packed widgets itself.
if [[ " $* " == *" apps "* ]]; then
  for app in tests/apps/*/; do
    if [ "${app}package-lock.json" -nt "${app}node_modules/.package-lock.json" ]; then
      say "installing the $(basename "$app") test application's npm packages (from its lock file; seconds to a minute)"
      (cd "$app" && npm ci --no-audit --no-fund --loglevel=error --ignore-scripts)
    fi
  done
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "compiling trunk $TRUNK_VERSION from crates.io: about 9 minutes on 2 cores, once (newer trunk needs a newer rustc)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$BINDGEN_VERSION" ]; then
  say "compiling wasm-bindgen-cli $BINDGEN_VERSION from crates.io: about 3 minutes, once (not --locked: a locked dependency is gone from the registry)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# npm: playwright-core (drives Debian's chromium, downloads no browser), axe-core, ajv, terser
# (minifies the glue), binaryen 132 for wasm-opt (Debian's wasm-opt 108 emits modules that
# fail to load), vnu-jar (the Nu HTML Checker, run on Debian's Java) and lighthouse (run on
# Debian's Chromium). --ignore-scripts: vnu-jar's install script would download a Java runtime.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (under a minute)"
  npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
fi
# nginx (Debian's, never started as a service): the hosting tier runs the README's configuration in it.
if [ ! -x /usr/sbin/nginx ]; then
  say "installing nginx for the hosting test (Debian)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
fi
if ! command -v msgfmt >/dev/null; then
  say "installing gettext for the WordPress plugin's translations (Debian)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq gettext >/dev/null
fi
if ! command -v java >/dev/null; then
  say "installing Java for the HTML checker (Debian's openjdk-17-jre-headless)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi

# trunk checks crates.io for updates and must never download tools itself.
cargo fetch --quiet
say "ready: trunk $TRUNK_VERSION, wasm-bindgen $BINDGEN_VERSION, $(node_modules/.bin/wasm-opt --version)"
