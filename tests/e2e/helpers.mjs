// Shared set-up for the end-to-end tests: one local server and one headless Debian Chromium
// per test file, pages that record console problems, and small DOM helpers.
import { createRequire } from "node:module";
// What the scripts (bench.mjs, profile.mjs) share with the tests lives in scripts/lib/.
export { CHROMIUM, launch } from "../../scripts/lib/browser.mjs";
export { MEASURED_SCREENS, partnerPageHtml, releaseTags } from "../../scripts/lib/release-pages.mjs";

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve("axe-core/axe.min.js");

/** A page that keeps every console message and page error, for assertions on what was reported. */
export async function open(browser, url, { viewport = { width: 1024, height: 900 }, context } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport }));
  const page = await ctx.newPage();
  page.messages = [];
  page.errors = [];
  page.on("console", (m) => page.messages.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => page.errors.push(e.message));
  if (url) await page.goto(url);
  return page;
}

/** Serves `html` as a page of the release's own server (a made-up address at its root, so
 *  relative URLs resolve as on a page beside the release) and opens it in `page`. */
export async function openHtml(page, origin, html, headers = {}) {
  const url = `${origin}/partner-${Math.random().toString(36).slice(2)}.html`;
  await page.route(url, (route) => route.fulfill({ body: html, headers: { "content-type": "text/html; charset=utf-8", ...headers } }));
  await page.goto(url);
}

/** Records the widget events `names` the page's document receives, from its first script on:
 *  `eventsOf(page)` returns them as `{name, detail, composed, bubbles}`. */
export function recordEvents(page, names) {
  return page.addInitScript((names) => {
    window.__events = [];
    for (const name of names) {
      document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail, composed: e.composed, bubbles: e.bubbles }));
    }
  }, names);
}

export const eventsOf = (page) => page.evaluate(() => window.__events);

/** Puts `value` in localStorage under `key` before the page's first load only, so that a reload
 *  shows what the widget made of it. */
export function seedStorageOnce(page, key, value) {
  return page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("alliance87-test-seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("alliance87-test-seeded", "1");
    }
  }, [key, value]);
}

/** Puts `html` into the empty host page's #slot, then loads the bundle from `origin`: a page
 *  that adds widgets and the script itself, as single-page apps do. */
export function addWidgets(page, html, origin = "") {
  return page.evaluate(({ html, origin }) => {
    document.querySelector("#slot").innerHTML = html;
    const script = document.createElement("script");
    script.type = "module";
    script.src = `${origin}/alliance87.js`;
    document.head.append(script);
  }, { html, origin });
}

/** Console messages of a type, from our runtime or from the browser (CSP reports). */
export function consoleOf(page, type) {
  return page.messages.filter((m) => m.type === type).map((m) => m.text);
}

/** Text of the focused element, looking through shadow roots. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim(), role: el.getAttribute("role") } : null;
  });
}

/** Waits until the element with this id (inside any shadow root) has focus: widgets move focus
 *  on the next animation frame, after the view has updated. */
export async function waitForFocus(page, id) {
  await page.waitForFunction((id) => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el?.id === id;
  }, id, { timeout: 5000 });
}

export async function runAxe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Fills the page origin's localStorage until the browser refuses more, as a full store does
 *  (the quota is per origin, so every tab of it is full). `free()` removes one filler entry. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 16; size >>= 1) {
      try {
        for (;;) localStorage.setItem(`test-filler-${n++}`, "x".repeat(size));
      } catch {
        // Full at this size: go on with smaller entries.
      }
    }
  });
}
