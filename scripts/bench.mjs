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
// `node scripts/bench.mjs [runs] explorer render` times the explorer's re-renders on a live page:
// a keystroke in its search (typing "mig", then clearing it) and a change of language, each
// from the event until the list is updated and laid out (no paint).
// `node scripts/bench.mjs [runs] builder` times the embed builder (its own module, not part of
// the bundle): until its code is on screen, and until its preview shows the explorer's cards;
// `… studio` times the content studio (the same module) until its first field is on screen, and
// until its preview shows the draft's checklist.
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";
import { launch } from "./lib/browser.mjs";
import { MEASURED_SCREENS, partnerPageHtml } from "./lib/release-pages.mjs";

const runs = Number(process.argv[2] ?? 15);
const widget = process.argv[3] ?? "explorer";
// `prerendered`: the widget's page carries its pre-rendered first screen (dist/prerendered/).
const prerendered = process.argv[4] === "prerendered";
const slow = process.argv.includes("slow");
const repeat = process.argv.includes("repeat");
const dist = new URL("../dist/", import.meta.url);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

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

// What each widget's page is timed on: the widget's host page, and the element that shows its
// first content. The static page it is compared with is the release's own pre-rendered first
// screen (dist/prerendered/, rendered by the same components) without any script: the same
// markup and stylesheet, so the ratio is what the script costs.
const pages = {
  explorer: { host: "/hosts/plain.html", selector: ".card" },
  checklist: { host: "/hosts/checklist.html", selector: ".item" },
  assessment: { host: "/hosts/self-assessment.html", selector: ".button-row" },
};

/** The widget's pre-rendered first screen alone, as a static page at the release folder's level. */
async function writeStaticPage() {
  const markup = await readFile(new URL(`prerendered/${MEASURED_SCREENS[widget]}`, dist), "utf8");
  await writeFile(
    new URL("bench-static.html", dist),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Static ${widget}</title></head><body><main><h1>A partner's page</h1>
${markup}</main></body></html>`,
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

// The builder's module pages: each step is an element whose appearance is timed, in order.
// A step in a shadow root is given as [host, selector]: the builder previews the real element,
// the studio renders into its preview's own shadow root.
const toolPages = {
  builder: { path: "/builder.html?lang=en", steps: { code: "pre code", preview: [".preview-frame > alliance87-explorer", ".card"] } },
  studio: { path: "/studio.html?lang=en", steps: { "first field": "#f-intro-en", preview: [".preview-frame", ".item"] } },
};

/** Median milliseconds from navigation until each step of a builder-module page is on screen,
 *  cold loads, and the module's size. */
async function benchTool(name) {
  const { path, steps } = toolPages[name];
  const wasm = await readFile(new URL("builder-app_bg.wasm", dist));
  console.log(`${name}: module builder-app_bg.wasm ${wasm.length} B raw, ${brotli(wasm)} B brotli q11 (shared by the builder and the studio, not in the widgets' bundle)`);
  const env = await launch();
  const times = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  try {
    for (let i = 0; i <= runs; i++) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${env.server.url}${path}`, { waitUntil: "commit" });
      for (const [step, target] of Object.entries(steps)) {
        const at = await page.waitForFunction(
          (t) => ((typeof t === "string" ? document.querySelector(t) : document.querySelector(t[0])?.shadowRoot?.querySelector(t[1])) ? performance.now() : null),
          target,
          { polling: "raf", timeout: 30000 },
        );
        // The first load pays for Chromium's start-up: not counted.
        if (i > 0) times[step].push(await at.jsonValue());
      }
      await context.close();
    }
  } finally {
    await env.close();
  }
  console.log(`time from navigation, median of ${runs} cold loads:`);
  for (const [step, list] of Object.entries(times)) console.log(`  ${step.padEnd(12)} ${median(list).toFixed(1)} ms`);
}

if (!toolPages[widget] && !pages[widget]) throw new Error(`unknown widget "${widget}" (known: ${[...Object.keys(pages), ...Object.keys(toolPages)].join(", ")})`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (toolPages[widget]) {
  await benchTool(widget);
  process.exit(0);
}
if (process.argv[4] === "render") {
  await benchRender();
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

/** Median milliseconds from an input or a language change in a live explorer until its list is
 *  updated and laid out. */
async function benchRender() {
  const env = await launch();
  const steps = { keystroke: [], "language change": [] };
  try {
    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.server.url}/hosts/plain.html`);
    await page.locator("#explorer .card").first().waitFor();
    await page.evaluate(() => document.querySelector("#explorer").setAttribute("language-switch", ""));
    await page.locator("#explorer select").waitFor();
    const timed = (action) =>
      page.evaluate((action) => {
        const root = document.querySelector("#explorer").shadowRoot;
        return new Promise((resolve) => {
          const start = performance.now();
          if (action.search !== undefined) {
            const input = root.querySelector("#search");
            input.value = action.search;
            input.dispatchEvent(new Event("input", { bubbles: true }));
          } else {
            const select = root.querySelector("select");
            select.value = action.lang;
            select.dispatchEvent(new Event("change", { bubbles: true }));
          }
          // Leptos runs its effects as microtasks: by the next task the update is done; reading a
          // size then adds the layout it caused.
          setTimeout(() => {
            void root.querySelector(".cards, .empty")?.getBoundingClientRect().height;
            resolve(performance.now() - start);
          });
        });
      }, action);
    for (let i = 0; i < runs; i++) {
      for (const search of ["m", "mi", "mig", "mi", "m", ""]) steps.keystroke.push(await timed({ search }));
      for (const lang of ["fr", "es", "en"]) steps["language change"].push(await timed({ lang }));
    }
  } finally {
    await env.close();
  }
  console.log(`explorer re-render, event until updated and laid out, median of ${runs} rounds:`);
  for (const [step, times] of Object.entries(steps)) console.log(`  ${step.padEnd(16)} ${median(times).toFixed(2)} ms (${times.length} samples)`);
}
