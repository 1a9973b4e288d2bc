// Where a cold start's time goes: one Chromium performance trace of a widget's pre-rendered
// page (the same page and first screen `bench.mjs … prerendered` measures), summarised on the
// page's main thread.
// Tracing slows the page down, so read the shares, not the absolute times (bench.mjs has those).
// Run after the build: `node scripts/profile.mjs [explorer|checklist|assessment] [trace.json]`;
// the second argument keeps the whole trace for chrome://tracing or DevTools.
import { readFile, writeFile } from "node:fs/promises";
import { launch } from "./lib/browser.mjs";
import { MEASURED_SCREENS, partnerPageHtml } from "./lib/release-pages.mjs";

const widget = process.argv[2] ?? "explorer";
const keep = process.argv[3];
if (!MEASURED_SCREENS[widget]) throw new Error(`unknown widget "${widget}" (known: ${Object.keys(MEASURED_SCREENS).join(", ")})`);
const dist = new URL("../dist/", import.meta.url);
const release = JSON.parse(await readFile(new URL("release.json", dist), "utf8"));
const markup = await readFile(new URL(`prerendered/${MEASURED_SCREENS[widget]}`, dist), "utf8");
await writeFile(new URL("profile-page.html", dist), partnerPageHtml(release, markup, `Profile: ${widget}`));

const env = await launch();
let events;
try {
  // Warm-up: the first navigation pays for the browser's own start-up.
  const warm = await env.browser.newContext();
  await (await warm.newPage()).goto(`${env.server.url}/profile-page.html`);
  await warm.close();
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => document.addEventListener("alliance87:ready", () => (window.__ready = true)));
  await env.browser.startTracing(page, { categories: ["toplevel", "blink", "v8", "v8.wasm", "devtools.timeline", "disabled-by-default-devtools.timeline", "loading", "disabled-by-default-v8.compile"] });
  await page.goto(`${env.server.url}/profile-page.html`);
  await page.waitForFunction(() => window.__ready);
  await page.waitForTimeout(200);
  const trace = await env.browser.stopTracing();
  if (keep) await writeFile(keep, trace);
  events = JSON.parse(trace).traceEvents;
} finally {
  await env.close();
}

// The page's main thread: the one that runs its WebAssembly.
const wasmThread = events.find((e) => e.name === "wasm.CompileLazy" || e.name === "v8.wasm.compileConsume");
const main = (e) => e.pid === wasmThread.pid && e.tid === wasmThread.tid;
const first = events.filter((e) => e.name === "ResourceSendRequest" && e.pid === wasmThread.pid).sort((a, b) => a.ts - b.ts)[0];
const at = (e) => (e.ts - first.ts) / 1000;
const wasmRequest = events.find((e) => e.name === "ResourceSendRequest" && e.args.data.url.endsWith(".wasm"));
const wasmDone = events.find((e) => e.name === "ResourceFinish" && e.args.data.requestId === wasmRequest?.args.data.requestId);
const firstOf = (name) => events.filter((e) => e.name === name && main(e)).sort((a, b) => a.ts - b.ts)[0];
const mount = firstOf("CustomElementReactionQueue::invokeReactions");
const milestones = [
  ["module requested", wasmRequest],
  ["module downloaded", wasmDone],
  ["module compiled (streaming)", firstOf("v8.wasm.compileConsume")],
  ["widgets defined, first mount", mount],
];
console.log(`cold start of the pre-rendered ${widget}, one traced load (ms from the page's request):`);
for (const [label, e] of milestones) if (e) console.log(`  ${label.padEnd(30)} ${at(e).toFixed(1)}${e.dur ? ` (+${(e.dur / 1000).toFixed(1)})` : ""}`);
const lazy = events.filter((e) => e.name === "wasm.CompileLazy" && main(e));
const lazyMs = lazy.reduce((sum, e) => sum + e.dur / 1000, 0);
console.log(`  functions compiled on first call (V8 lazy compilation): ${lazy.length}, ${lazyMs.toFixed(1)} ms on the main thread`);
if (mount) {
  const inMount = lazy.filter((e) => e.ts >= mount.ts && e.ts <= mount.ts + mount.dur);
  const ms = inMount.reduce((sum, e) => sum + e.dur / 1000, 0);
  console.log(`  of which during the first mount: ${inMount.length}, ${ms.toFixed(1)} of its ${(mount.dur / 1000).toFixed(1)} ms`);
}
console.log("  main-thread tasks over 3 ms:");
const task = (e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask";
const tasks = events.filter((e) => main(e) && task(e) && e.dur > 3000 && at(e) > 0);
const outermost = tasks.filter((e) => !tasks.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
for (const e of outermost.sort((a, b) => a.ts - b.ts)) {
  const inside = events
    .filter((c) => main(c) && c.ph === "X" && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur && c.dur > e.dur * 0.3 && !task(c) && !c.name.startsWith("BlinkScheduler"))
    .sort((a, b) => b.dur - a.dur)[0];
  console.log(`    ${at(e).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padEnd(5)} ${inside ? inside.name : ""}`);
}
