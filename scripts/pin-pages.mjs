// Usage: node scripts/pin-pages.mjs <dist>
// The embed builder and the content studio load their own module as partners' pages load the
// widgets': every file checked by its hash. builder.js and studio.js fetch the WebAssembly
// module with `integrity`; builder.html and studio.html give builder-app.js's hash in an
// import map (and its preload) and load their start script with its hash. A page whose files changed after the build (a CDN rewriting them, a
// hand edit, a half-finished upload) does not start, rather than run what nobody built.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2];
if (!dist) throw new Error("usage: pin-pages.mjs <dist>");
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
function replaceOnce(text, pattern, replacement, what) {
  const found = text.split(pattern).length - 1;
  if (found !== 1) throw new Error(`pin-pages: ${what} found ${found} times, expected once`);
  return text.replace(pattern, () => replacement);
}

const wasm = integrity(readFileSync(join(dist, "builder-app_bg.wasm")));
const app = integrity(readFileSync(join(dist, "builder-app.js")));
for (const [page, start] of [["builder.html", "builder.js"], ["studio.html", "studio.js"]]) {
  const moduleUrl = 'new URL("./builder-app_bg.wasm", import.meta.url)';
  const script = replaceOnce(readFileSync(join(dist, start), "utf8"), `module_or_path: ${moduleUrl}`, `module_or_path: fetch(${moduleUrl}, { integrity: "${wasm}" })`, `${start}'s module address`);
  writeFileSync(join(dist, start), script);
  // The import map's `integrity` holds every import of builder-app.js to its hash (a preload's
  // alone does not: the browser may fetch the module again without it). Inline, so the page's
  // policy allows that one script by its own hash.
  const importMap = JSON.stringify({ integrity: { "./builder-app.js": app } });
  const mapHash = `sha256-${createHash("sha256").update(importMap).digest("base64")}`;
  let html = replaceOnce(
    readFileSync(join(dist, page), "utf8"),
    `<script type="module" src="${start}"></script>`,
    `<script type="importmap">${importMap}</script>\n    <link rel="modulepreload" href="builder-app.js" integrity="${app}" />\n    <script type="module" src="${start}" integrity="${integrity(Buffer.from(script))}"></script>`,
    `${page}'s start script`,
  );
  html = replaceOnce(html, "script-src 'self' 'wasm-unsafe-eval';", `script-src 'self' 'wasm-unsafe-eval' '${mapHash}';`, `${page}'s script policy`);
  writeFileSync(join(dist, page), html);
}
