// Benchmark: what the bundle costs a partner page.
//  - bytes of everything a page downloads for the widgets, raw and brotli;
//  - in headless Chromium, the median time until the explorer's cards are on screen, next to
//    the same cards as a static HTML page served the same way (the ratio is what matters).
// Run after `scripts/build.sh`: `node scripts/bench.mjs [runs]`.
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";
import { launch } from "../tests/e2e/helpers.mjs";

const runs = Number(process.argv[2] ?? 15);
const dist = new URL("../dist/", import.meta.url);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function sizes() {
  const files = ["alliance87.js", "alliance87-widgets.js", "alliance87-widgets_bg.wasm"];
  // wasm-bindgen's JS snippets, if a dependency ever adds one.
  const snippetDirs = existsSync(new URL("snippets/", dist)) ? await readdir(new URL("snippets/", dist)) : [];
  for (const dir of snippetDirs) {
    for (const f of await readdir(new URL(`snippets/${dir}/`, dist))) files.push(`snippets/${dir}/${f}`);
  }
  const rows = [];
  for (const file of files) {
    const bytes = await readFile(new URL(file, dist));
    rows.push({ file, raw: bytes.length, brotli: brotli(bytes) });
  }
  rows.push({ file: "total", raw: rows.reduce((s, r) => s + r.raw, 0), brotli: rows.reduce((s, r) => s + r.brotli, 0) });
  return rows;
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The explorer's overview in English as plain server-rendered HTML, with the widget's CSS. */
async function writeStaticPage() {
  const content = JSON.parse(await readFile(new URL("../public/action-groups.json", import.meta.url), "utf8"));
  const css = await readFile(new URL("../components/styles.css", import.meta.url), "utf8");
  await writeFile(new URL("bench-static.css", dist), css.replace(":host", ".unused-host"));
  const theme = (id) => content.themes.find((t) => t.id === id).label.en;
  const cards = content.groups
    .map((g) => `<li class="card"><h3 class="card-title"><button type="button" class="card-open">${escape(g.name.en)}</button></h3>
      <p class="card-summary">${escape(g.summary.en)}</p>
      <ul class="chips">${g.themes.map((t) => `<li class="chip">${escape(theme(t))}</li>`).join("")}</ul></li>`)
    .join("\n");
  const filters = content.themes.map((t) => `<label class="theme-option"><input type="checkbox"><span>${escape(t.label.en)}</span></label>`).join("");
  await writeFile(
    new URL("bench-static.html", dist),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Static explorer</title><link rel="stylesheet" href="/bench-static.css"></head><body><main><h1>A partner's page</h1>
<div class="host"><div class="widget explorer"><header class="header"><h2 class="title">Alliance 8.7 action groups</h2></header>
<p class="intro">${escape(content.intro.en)}</p><div class="filters"><label class="search-label" for="search">Search the action groups</label>
<input id="search" class="search" type="search"><fieldset class="themes"><legend>Filter by theme</legend><div class="theme-options">${filters}</div></fieldset></div>
<div class="results-bar"><p class="count">4 action groups</p></div><ul class="cards">${cards}</ul></div></div></main></body></html>`,
  );
}

/** Milliseconds from navigation start until the first card is in the DOM at a frame. */
async function timeToCards(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const find = () => document.querySelector(".card") ?? document.querySelector("alliance87-explorer")?.shadowRoot?.querySelector(".card");
    const poll = () => (find() ? (window.__cardsAt = performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__cardsAt !== undefined);
  const ms = await page.evaluate(() => window.__cardsAt);
  await context.close();
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const table = await sizes();
console.log("bundle bytes (raw / brotli q11):");
for (const r of table) console.log(`  ${r.file.padEnd(40)} ${String(r.raw).padStart(8)} ${String(r.brotli).padStart(8)}`);
const css = await readFile(new URL("../components/styles.css", import.meta.url));
console.log(`  (styles: ${css.length} bytes of CSS inside the wasm)`);

await writeStaticPage();
const env = await launch();
const widget = [];
const staticPage = [];
try {
  // Warm-up: the first Chromium navigation pays for process start-up.
  await timeToCards(env.browser, `${env.server.url}/bench-static.html`);
  for (let i = 0; i < runs; i++) {
    widget.push(await timeToCards(env.browser, `${env.server.url}/hosts/plain.html`));
    staticPage.push(await timeToCards(env.browser, `${env.server.url}/bench-static.html`));
  }
} finally {
  await env.close();
}
const w = median(widget);
const s = median(staticPage);
console.log(`time to content, median of ${runs} cold loads (fresh browser context each):`);
console.log(`  explorer widget   ${w.toFixed(1)} ms`);
console.log(`  static HTML page  ${s.toFixed(1)} ms`);
console.log(`  ratio             ${(w / s).toFixed(2)}x`);
