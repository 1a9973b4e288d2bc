// Content from `src`: a good file replaces the built-in content; every kind of bad file or
// server falls back to the built-in content with a visible notice and the problems logged.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, consoleOf, addWidgets } from "./helpers.mjs";
import { streamed } from "../../scripts/lib/server.mjs";

let env;
before(async () => (env = await launch()));
after(async () => env?.close());

/** Adds an explorer with this src to an empty page, as a single-page host would. */
async function explorerWith(src) {
  const page = await open(env.browser, `${env.server.url}/hosts/empty.html`);
  await page.evaluate(() => {
    window.__ready = [];
    document.addEventListener("alliance87:ready", (e) => window.__ready.push(e.detail));
  });
  const attribute = src.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  await addWidgets(page, `<alliance87-explorer id="explorer" src="${attribute}"></alliance87-explorer>`);
  return page;
}

test("a valid content file replaces the built-in content", async () => {
  const page = await explorerWith("/content/updated.json");
  await page.waitForSelector("#explorer .card");
  assert.equal(await page.locator("#explorer .card-open").first().textContent(), "Supply Chains (updated)");
  assert.equal(await page.locator("#explorer .notice").count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__ready), [{ widget: "explorer", lang: "en", contentVersion: 7, fallback: false }]);
});

const failures = [
  ["a missing file (404)", "/content/missing.json", /HTTP 404/],
  ["a server error (500)", "/content/server-error.json", /HTTP 500/],
  ["invalid JSON", "/content/invalid.json", /not valid JSON \(.*line 1 column \d+\)/],
  ["an unreachable server", "http://127.0.0.1:9/content.json", /could not be fetched/],
];
for (const [what, src, logged] of failures) {
  test(`${what} falls back to the built-in content and says so`, async () => {
    const page = await explorerWith(src);
    await page.waitForSelector("#explorer .card");
    assert.equal(await page.locator("#explorer .card-open").first().textContent(), "Supply Chains");
    assert.match(await page.locator("#explorer .notice").textContent(), /could not be loaded, so this shows the built-in version/);
    assert.ok(consoleOf(page, "warning").some((w) => logged.test(w)), consoleOf(page, "warning").join("\n"));
    assert.deepEqual(await page.evaluate(() => window.__ready), [{ widget: "explorer", lang: "en", contentVersion: 1, fallback: true }]);
    assert.deepEqual(page.errors, []);
  });
}

test("a text missing in Spanish is shown in English, marked as English, and the file is used", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/empty.html`);
  await addWidgets(page, `<alliance87-explorer id="explorer" lang="es" src="/content/missing-spanish.json"></alliance87-explorer>`);
  await page.waitForSelector("#explorer .card");
  const name = page.locator("#card-migration span");
  assert.equal(await name.textContent(), "Migration");
  assert.equal(await name.getAttribute("lang"), "en");
  // Texts that have their Spanish keep the widget's language.
  assert.equal(await page.locator("#card-supply-chains span").getAttribute("lang"), null);
  assert.equal(await page.locator("#explorer .notice").count(), 0, "no built-in content notice");
  await page.locator("#card-migration").click();
  await page.locator("#explorer [role=tab]", { hasText: "Prioridades" }).click();
  const fifth = page.locator("#explorer ol.priorities li").nth(4).locator("span");
  assert.equal(await fifth.getAttribute("lang"), "en");
  assert.match(await fifth.textContent(), /^[A-Z][a-z]/);
  const warnings = consoleOf(page, "warning");
  assert.ok(
    warnings.some((w) => w.includes("2 text(s) missing") && w.includes("$.groups[1].name.es: missing, en shown") && w.includes("$.groups[1].priorities.items[4].es: missing, en shown")),
    warnings.join("\n"),
  );
  assert.deepEqual(page.errors, []);
});

test("a file with a broken reference still falls back whole, even with a missing translation", async () => {
  const page = await explorerWith("/content/bad-reference.json");
  await page.waitForSelector("#explorer .notice");
  assert.match(await page.locator("#explorer .notice").textContent(), /built-in version/);
  assert.ok(consoleOf(page, "warning").some((w) => w.includes('$.groups[0].themes[0]: unknown theme "no-such-theme"')));
});

test("a content file that starts with a byte-order mark is used", async () => {
  const page = await explorerWith("/content/bom.json");
  await page.waitForSelector("#explorer .card");
  assert.equal(await page.locator("#explorer .notice").count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__ready), [{ widget: "explorer", lang: "en", contentVersion: 7, fallback: false }]);
});

test("a file in the wrong schema logs every problem with its JSON path", async () => {
  const page = await explorerWith("/content/wrong-schema.json");
  await page.waitForSelector("#explorer .notice");
  const warnings = consoleOf(page, "warning");
  assert.ok(warnings.some((w) => w.includes("$.groups[1].name: has no text in any language")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes("$.groups[2].links[0].url: only https:, http: and mailto: links are allowed")), warnings.join("\n"));
  assert.equal(await page.locator("#explorer .card").count(), 4);
});

test("a server that never answers is given up on, and the built-in content shown", async () => {
  const page = await explorerWith("/content/hang.json");
  assert.match(await page.locator("#explorer .loading").textContent(), /Loading the action groups/);
  await page.waitForSelector("#explorer .notice", { timeout: 10_000 });
  assert.equal(await page.locator("#explorer .card").count(), 4);
  assert.ok(consoleOf(page, "warning").some((w) => w.includes("no answer within 6 seconds")));
});

for (const [what, path] of [["an endless body", "/content/endless.json"], ["a body announced as 100 MB", "/content/huge.json"]]) {
  test(`${what} is not read past 1 MiB, and the built-in content shown`, async () => {
    const page = await explorerWith(path);
    await page.waitForSelector("#explorer .notice");
    assert.equal(await page.locator("#explorer .card").count(), 4);
    assert.ok(consoleOf(page, "warning").some((w) => w.includes("larger than 1024 KiB")));
    for (let i = 0; i < 50 && !streamed.closed; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(streamed.closed, "the widget closed the connection");
    assert.ok(streamed.bytes < 32 * 1024 * 1024, `${(streamed.bytes / 1048576).toFixed(1)} MB sent before the widget stopped reading`);
  });
}

test("changing src at run time loads the new content", async () => {
  const page = await explorerWith("/content/missing.json");
  await page.waitForSelector("#explorer .notice");
  await page.evaluate(() => document.querySelector("#explorer").setAttribute("src", "/content/updated.json"));
  await page.waitForFunction(() => document.querySelector("#explorer").shadowRoot.querySelector(".card-open")?.textContent === "Supply Chains (updated)");
  assert.equal(await page.locator("#explorer .notice").count(), 0);
});
