// Benchmark: what the bundle costs a partner page.
//  - bytes of everything a page downloads for the widgets, raw and brotli;
//  - in headless Chromium, the median time until a widget's content is on screen, next to the
//    same content as a static HTML page served the same way (the ratio is what matters).
// Run after the build: `node scripts/bench.mjs [runs]` measures the explorer in dist/,
// `node scripts/bench.mjs [runs] checklist` the checklist and `… assessment` the
// self-assessment's first screen (all from the one release bundle in dist/).
// `node scripts/bench.mjs [runs] <widget> prerendered` does the same with the widget's
// pre-rendered first screen in the page, and also reports when the widget is interactive
// (`alliance87:ready`) and the layout shift when the live widget takes over; add `slow` for
// Chromium's network emulation (1.6 Mbps, 150 ms RTT), and `repeat` for a visitor's second page
// (the same browser context, loaded once before: HTTP cache and V8's compiled-code cache).
// `node scripts/bench.mjs [runs] builder` times the embed builder (its own module, not part of
// the bundle): until its code is on screen, and until its preview shows the explorer's cards.
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";
import { launch, MEASURED_SCREENS, partnerPageHtml } from "../tests/e2e/helpers.mjs";

const runs = Number(process.argv[2] ?? 15);
const widget = process.argv[3] ?? "explorer";
// `prerendered`: the widget's page carries its pre-rendered first screen (dist/prerendered/).
const prerendered = process.argv[4] === "prerendered";
const slow = process.argv.includes("slow");
const repeat = process.argv.includes("repeat");
const dist = new URL("../dist/", import.meta.url);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const content = JSON.parse(await readFile(new URL("../public/action-groups.json", import.meta.url), "utf8"));

async function sizes() {
  const release = JSON.parse(await readFile(new URL("release.json", dist), "utf8"));
  const files = release.bundle.files.map((f) => f.path);
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

/** The explorer's overview in English as plain server-rendered HTML. */
function staticExplorer() {
  const theme = (id) => content.themes.find((t) => t.id === id).label.en;
  const cards = content.groups
    .map((g) => `<li class="card"><h3 class="card-title"><a class="card-open" href="${escape(g.links[0]?.url ?? "")}">${escape(g.name.en)}</a></h3>
      <p class="card-summary">${escape(g.summary.en)}</p>
      <ul class="chips">${g.themes.map((t) => `<li class="chip">${escape(theme(t))}</li>`).join("")}</ul></li>`)
    .join("\n");
  const filters = content.themes.map((t) => `<label class="theme-option"><input type="checkbox"><span>${escape(t.label.en)}</span></label>`).join("");
  return `<div class="widget explorer"><header class="header"><h2 class="title">Alliance 8.7 action groups</h2></header>
<p class="intro">${escape(content.intro.en)}</p><div class="filters"><label class="search-label" for="search">Search the action groups</label>
<input id="search" class="search" type="search"><fieldset class="themes"><legend>Filter by theme</legend><div class="theme-options">${filters}</div></fieldset></div>
<div class="results-bar"><p class="count">4 action groups</p></div><ul class="cards">${cards}</ul>
<p class="more"><a href="https://www.alliance87.org/action-groups/">More about the action groups on alliance87.org</a></p></div>`;
}

/** The Supply Chains checklist in English as plain server-rendered HTML. */
function staticChecklist() {
  const group = content.groups.find((g) => g.id === "supply-chains");
  const item = (text, id, n) => `<li class="item"><fieldset><legend><span class="item-number">${n}.</span> ${escape(text.en)}</legend>
    <div class="status-options">${["not-started", "in-progress", "done"].map((s, i) => `<label class="status-option"><input type="radio" name="status-${id}" value="${s}"${i ? "" : " checked"}><span>${["Not started", "In progress", "Done"][i]}</span></label>`).join("")}</div>
    <label class="note-label" for="note-${id}">Note (optional)</label><textarea id="note-${id}" class="note" rows="2"></textarea></fieldset></li>`;
  const priorities = group.priorities.items.map((t, i) => item(t, `priority-${i + 1}`, i + 1)).join("");
  const units = group.structure.units.map((t, i) => item(t, `unit-${i + 1}`, i + 1)).join("");
  const actions = ["Download CSV", "Download JSON", "Import a JSON file", "Print", "Create a share link", "Reset…"].map((a) => `<button type="button" class="button">${a}</button>`).join("");
  return `<div class="widget checklist"><h2 class="title">Checklist: Supply Chains</h2>
<div class="progress"><p class="progress-text">0 of 8 done, 0 in progress</p><progress max="8" value="0"></progress></div>
<h3 class="items-heading">Priorities</h3><ol class="items">${priorities}</ol>
<h3 class="items-heading">Working groups and workstreams</h3><ol class="items">${units}</ol><div class="actions">${actions}</div></div>`;
}

/** The self-assessment's first screen in English as plain server-rendered HTML. */
function staticAssessment() {
  const count = content.assessment.questions.length;
  return `<div class="widget assessment"><h2 class="title">Which action group fits your organisation?</h2>
<p>Answer ${count} short questions about your organisation. Your answers stay in this browser: nothing is sent anywhere.</p>
<div class="button-row"><button type="button" class="button">Start</button></div></div>`;
}

const pages = {
  explorer: { body: staticExplorer, css: ["explorer/explorer.css"], host: "/hosts/plain.html", selector: ".card" },
  checklist: { body: staticChecklist, css: ["controls.css", "checklist/checklist.css"], host: "/hosts/checklist.html", selector: ".item" },
  assessment: { body: staticAssessment, css: ["controls.css", "self_assessment/self_assessment.css"], host: "/hosts/self-assessment.html", selector: ".button-row" },
};
if (widget !== "builder" && !pages[widget]) throw new Error(`unknown widget "${widget}" (known: ${Object.keys(pages).join(", ")})`);

async function writeStaticPage() {
  let css = await readFile(new URL("../components/widget.css", import.meta.url), "utf8");
  for (const extra of pages[widget].css) css += await readFile(new URL(`../components/${extra}`, import.meta.url), "utf8");
  await writeFile(new URL("bench-static.css", dist), css.replace(":host", ".unused-host"));
  const body = pages[widget].body();
  await writeFile(
    new URL("bench-static.html", dist),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Static ${widget}</title><link rel="stylesheet" href="/bench-static.css"></head><body><main><h1>A partner's page</h1>
<div class="host">${body}</div></main></body></html>`,
  );
}

/** Milliseconds from navigation start until the widget's first block is in the DOM at a frame,
 *  until `alliance87:ready`, and the layout shift meanwhile. */
async function timeToContent(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  }
  await page.addInitScript((selector) => {
    window.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("alliance87:ready", () => (window.__readyAt ??= performance.now()));
    const find = () => document.querySelector(selector) ?? document.querySelector("alliance87-explorer, alliance87-checklist, alliance87-self-assessment")?.shadowRoot?.querySelector(selector);
    const poll = () => (find() ? (window.__contentAt = performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  }, pages[widget].selector);
  const isWidget = !url.includes("bench-static");
  if (repeat) {
    await page.goto(url);
    await page.waitForFunction((isWidget) => (isWidget ? window.__readyAt : window.__contentAt) !== undefined, isWidget);
    // V8 writes a module's compiled code to the cache once it has run a while.
    await page.waitForTimeout(1500);
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__contentAt !== undefined);
  if (isWidget) await page.waitForFunction(() => window.__readyAt !== undefined);
  await page.waitForTimeout(isWidget ? 100 : 0);
  const result = await page.evaluate(() => ({ content: window.__contentAt, ready: window.__readyAt, shift: window.__shift }));
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (widget === "builder") {
  await benchBuilder();
  process.exit(0);
}
console.log("bundle bytes in dist/ (raw / brotli q11):");
for (const r of await sizes()) console.log(`  ${r.file.padEnd(40)} ${String(r.raw).padStart(8)} ${String(r.brotli).padStart(8)}`);

await writeStaticPage();
const env = await launch();
const widgetTimes = [];
const staticTimes = [];
let hostPage = pages[widget].host;
if (prerendered) {
  // The widget's host page with its first screen pre-rendered, at the release folder's level.
  const release = JSON.parse(await readFile(new URL("release.json", dist), "utf8"));
  const markup = await readFile(new URL(`prerendered/${MEASURED_SCREENS[widget]}`, dist), "utf8");
  await writeFile(new URL("bench-prerendered.html", dist), partnerPageHtml(release, markup, `Pre-rendered ${widget}`));
  hostPage = "/bench-prerendered.html";
}
try {
  // Warm-up: the first Chromium navigation pays for process start-up.
  await timeToContent(env.browser, `${env.server.url}/bench-static.html`);
  for (let i = 0; i < runs; i++) {
    widgetTimes.push(await timeToContent(env.browser, `${env.server.url}${hostPage}`));
    staticTimes.push(await timeToContent(env.browser, `${env.server.url}/bench-static.html`));
  }
} finally {
  await env.close();
}
const w = median(widgetTimes.map((t) => t.content));
const s = median(staticTimes.map((t) => t.content));
const ready = median(widgetTimes.map((t) => t.ready));
const shift = Math.max(...widgetTimes.map((t) => t.shift));
console.log(`time to content, median of ${runs} ${repeat ? "second visits (the page loaded once before in the same browser context)" : "cold loads (fresh browser context each)"}${prerendered ? ", pre-rendered first screen" : ""}${slow ? ", 1.6 Mbps / 150 ms RTT" : ""}:`);
console.log(`  ${widget} widget`.padEnd(20) + `${w.toFixed(1)} ms`);
console.log(`  static HTML page  ${s.toFixed(1)} ms`);
console.log(`  ratio             ${(w / s).toFixed(2)}x`);
console.log(`  interactive       ${ready.toFixed(1)} ms (${(ready / s).toFixed(2)}x the static page)`);
console.log(`  layout shift      ${shift.toFixed(4)} (the largest of ${runs} loads)`);
