#!/usr/bin/env bash
# Release build of the demo site and the embeddable bundle into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:${HOME:-/root}/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
# wasm-bindgen never clears snippets it no longer writes; trunk would ship stale ones.
rm -rf target/wasm-bindgen/release/snippets
trunk build --release "$@"
# trunk leaves wasm-bindgen's glue unminified; it is half of it whitespace and long names.
dist=dist
for arg in "$@"; do [ "${previous:-}" = "--dist" ] && dist=$arg; previous=$arg; done
terser "$dist/alliance87-widgets.js" --module --compress --mangle --output "$dist/alliance87-widgets.js"
# Short import/export names in wasm and glue, and no unused stream exports (-6.4 KB brotli).
node scripts/slim-wasm.mjs "$dist"
# The versioned release partners link to, its hashes and release.json.
node scripts/release.mjs "$dist"
# With inject_scripts off, trunk leaves its (inert) rust link in the demo page.
sed -i '/data-trunk rel="rust"/d' "$dist/index.html"

# The embed builder (builder.html): the same crate with `--features builder` and without the
# widgets' runtime, in a staging folder (trunk empties its dist), then beside the release.
builder_dist=target/builder-dist
rm -rf target/wasm-bindgen/release/snippets
trunk build builder.html --release true --dist "$builder_dist"
terser "$builder_dist/alliance87-widgets.js" --module --compress --mangle --output "$dist/builder-app.js"
cp "$builder_dist/alliance87-widgets_bg.wasm" "$dist/builder-app_bg.wasm"
cp "$builder_dist/builder.js" "$builder_dist/served-check.js" "$builder_dist/builder.css" "$builder_dist/studio.html" "$builder_dist/studio.js" "$builder_dist/studio.css" "$dist/"
version=$(node -p 'require("./'"$dist"'/release.json").version')
# Its noscript link names a frame page of this version.
sed -e '/data-trunk rel="rust"/d' -e "s|{release-folder}|v$version|g" "$builder_dist/index.html" > "$dist/builder.html"
# The builder's and the studio's own files, each loaded with its hash.
node scripts/pin-pages.mjs "$dist"

# The WordPress plugin, with this release inside it, as the zip a site installs.
plugin_stage=target/wordpress-plugin
rm -rf "$plugin_stage"
mkdir -p "$plugin_stage/alliance87-widgets/release"
cp -r integrations/wordpress/alliance87-widgets/. "$plugin_stage/alliance87-widgets/"
cp -r "$dist/v$version" "$plugin_stage/alliance87-widgets/release/"
cp -r "$dist/prerendered" "$dist/release.json" "$plugin_stage/alliance87-widgets/release/"
# The content studio (Settings › Alliance 8.7 content opens it in a frame).
cp "$dist"/{studio.html,studio.js,studio.css,builder.css,builder-app.js,builder-app_bg.wasm,served-check.js,favicon.svg} "$plugin_stage/alliance87-widgets/release/"
# The plugin's own strings in French and Spanish, compiled as WordPress loads them.
for po in "$plugin_stage"/alliance87-widgets/languages/*.po; do msgfmt --check-format -o "${po%.po}.mo" "$po"; done
zip_path="$(cd "$dist" && pwd)/alliance87-widgets-wordpress.zip"
rm -f "$zip_path"
(cd "$plugin_stage" && zip -qr -X "$zip_path" alliance87-widgets)
