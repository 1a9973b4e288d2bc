// Usage: node scripts/release.mjs <dist>
// Turns trunk's output in <dist> into the release partners link to:
//   <dist>/v<version>/alliance87.js   the loader with the wasm-bindgen glue inlined, and the
//                                     module's SRI hash written in; immutable, cache for a year
//   <dist>/v<version>/alliance87-widgets_bg.wasm, action-groups.json, the content schema, and
//                                     embed.html (one widget in a frame) with its script and
//                                     style, and alliance87-frame.js for the framing page
//   <dist>/v<version>/embed-<widget>.<lang>[.<group>].html and, with PUBLIC_URL, oembed-….json;
//                                     widgets.json, the embedding contract as data
//   <dist>/alliance87.js              the same loader, pointing into the newest version folder;
//                                     always the newest, cache briefly
//   <dist>/prerendered/<widget>.<lang>[.<group>].html  first screens to paste (and alliance87.css
//                                     in the version folder, their stylesheet)
//   <dist>/release.json               version, files, sizes (raw and brotli) and hashes
// One file for loader and glue means a script tag's `integrity` covers all the JS, and the
// loader checks the module's bytes itself (`fetch(url, {integrity})`): SRI for the whole chain.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { minify } from "terser";
import { writePackage } from "./npm-package.mjs";

const dist = process.argv[2];
if (!dist) throw new Error("usage: release.mjs <dist>");
// The Alliance's official content address the builder offers (its WordPress site's published
// file): an http(s) address, or the build stops here rather than hand partners a broken one.
if (process.env.CONTENT_URL && !/^https?:\/\/[^\s"<>]+$/i.test(process.env.CONTENT_URL)) {
  throw new Error(`release: CONTENT_URL must be an http(s) address, not ${JSON.stringify(process.env.CONTENT_URL)}`);
}
const cargo = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8");
const version = cargo.match(/^version = "([^"]+)"/m)[1];
const folder = `v${version}`;
const WASM = "alliance87-widgets_bg.wasm";
const GLUE = "alliance87-widgets.js";

const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
function replaceOnce(text, pattern, replacement, what) {
  const found = text.split(pattern).length - 1;
  if (found !== 1) throw new Error(`release: ${what} found ${found} times, expected once`);
  return text.replace(pattern, () => replacement);
}

const wasm = readFileSync(join(dist, WASM));
let glue = readFileSync(join(dist, GLUE), "utf8");
// The glue's exports become the return value of a function scope, so its (minified, short)
// top-level names cannot meet the loader's.
const exportList = glue.match(/export\s*\{([^}]*)\};?\s*$/);
if (!exportList) throw new Error("release: the glue's export list was not found");
const defaultExport = exportList[1].split(",").map((e) => e.trim().split(/\s+as\s+/)).find(([, as]) => as === "default")?.[0];
if (!defaultExport) throw new Error("release: the glue has no default export (init)");
glue = glue.slice(0, exportList.index);
glue = replaceOnce(glue, "export function start(", "function start(", "the glue's start export");
if (/(^|[^\w$.])export\s/.test(glue)) throw new Error("release: the glue has an export this script does not know");

const source = readFileSync(join(dist, "alliance87.js"), "utf8");
const MODULE_ADDRESS = `new URL("./${WASM}", import.meta.url)`;
// The loader with the glue inlined and the module's hash written in, unminified: the npm
// package's entry starts from it.
function loaderSource(wasmFile) {
  let text = replaceOnce(
    source,
    'import init, { start } from "./alliance87-widgets.js";',
    `const { init, start } = (() => {${glue}\nreturn { init: ${defaultExport}, start };})();`,
    "the loader's glue import",
  );
  text = replaceOnce(text, MODULE_ADDRESS, `new URL(${JSON.stringify(wasmFile)}, import.meta.url)`, "the module's address");
  return replaceOnce(text, 'const WASM_INTEGRITY = "";', `const WASM_INTEGRITY = ${JSON.stringify(integrity(wasm))};`, "WASM_INTEGRITY");
}
async function loader(wasmFile) {
  const { code } = await minify(loaderSource(wasmFile), { module: true, compress: { passes: 2 }, mangle: true });
  return code;
}

mkdirSync(join(dist, folder), { recursive: true });
writeFileSync(join(dist, folder, "alliance87.js"), await loader(`./${WASM}`));
writeFileSync(join(dist, "alliance87.js"), await loader(`./${folder}/${WASM}`));
renameSync(join(dist, WASM), join(dist, folder, WASM));
rmSync(join(dist, GLUE));
const pages = ["embed.html", "embed.js", "theme-check.js", "embed.css", "alliance87-frame.js"];
// The frame pages' icon; the root keeps its own for the demo, builder and studio.
copyFileSync(join(dist, "favicon.svg"), join(dist, folder, "favicon.svg"));
for (const file of ["action-groups.json", "alliance87-content.schema.json"]) {
  copyFileSync(join(dist, file), join(dist, folder, file));
}
// The frame page lives beside the module it preloads, so it only exists in the version folder.
for (const file of pages) renameSync(join(dist, file), join(dist, folder, file));

// One page per widget, language and checklist group, with its settings written in (and, given
// PUBLIC_URL, its oEmbed document): written by the crate itself, from its own names and strings.
rmSync(join(dist, "prerendered"), { recursive: true, force: true });
execFileSync("cargo", ["run", "--offline", "--quiet", "-p", "alliance87-widgets", "--bin", "release-files", "--", join(dist, folder)], { stdio: "inherit" });
const prerendered = readdirSync(join(dist, "prerendered")).sort();
const framePages = readdirSync(join(dist, folder)).filter((f) => /^embed-.+\.html$/.test(f)).sort();

const describe = (path) => {
  const bytes = readFileSync(join(dist, path));
  return { path, bytes: bytes.length, brotli: brotli(bytes), integrity: integrity(bytes) };
};
const bundle = [`${folder}/alliance87.js`, `${folder}/${WASM}`].map(describe);
const release = {
  version,
  // The script partners link to, with its hash for the tag's `integrity`.
  loader: `${folder}/alliance87.js`,
  // The WebAssembly module it loads, for the code's preload hint.
  module: `${folder}/${WASM}`,
  // Always the newest version; no `integrity` on its tag, since it changes with each release.
  latest: "alliance87.js",
  bundle: {
    files: bundle,
    bytes: bundle.reduce((sum, f) => sum + f.bytes, 0),
    brotli: bundle.reduce((sum, f) => sum + f.brotli, 0),
  },
  files: [
    ...bundle,
    ...["action-groups.json", "alliance87-content.schema.json", "widgets.json", "alliance87.css", ...pages].map((f) => describe(`${folder}/${f}`)),
    describe("alliance87.js"),
  ],
  // Ready-made frame pages (embed.html with settings), each with its oEmbed document when the
  // build had a PUBLIC_URL.
  framePages: framePages.map((page) => `${folder}/${page}`),
  // Each widget's first screen as an element to paste after the script tag (declarative
  // shadow DOM, styled by alliance87.css), which the bundle takes over in place.
  prerendered: prerendered.map((file) => `prerendered/${file}`),
  publicUrl: process.env.PUBLIC_URL || null,
  contentUrl: process.env.CONTENT_URL || null,
};
writeFileSync(join(dist, "release.json"), `${JSON.stringify(release, null, 2)}\n`);
// The npm package for applications (dist/npm, packed beside the release).
await writePackage({ dist, version, entry: loaderSource(`./${WASM}`), wasm: join(dist, folder, WASM), contract: join(dist, folder, "widgets.json") });
console.log(`release ${version}: ${release.bundle.brotli} B brotli (${bundle.map((f) => `${f.path} ${f.brotli}`).join(", ")})`);
