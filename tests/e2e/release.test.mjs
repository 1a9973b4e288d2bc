// The versioned release as partners link to it: the script tag with `integrity`, under a strict
// CSP, and a changed byte anywhere in the chain (as a compromised CDN would serve it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, consoleOf, releaseTags } from "./helpers.mjs";
import { STRICT_CSP } from "../../scripts/lib/server.mjs";

const dist = new URL("../../dist/", import.meta.url);
const release = JSON.parse(await readFile(new URL("release.json", dist), "utf8"));
const loader = release.files.find((f) => f.path === release.loader);
const wasm = release.bundle.files.find((f) => f.path.endsWith(".wasm"));
let env;
before(async () => (env = await launch()));
after(() => env.close());

/** A partner page holding the release's script tag, served under the strict policy. */
function partnerPage(widget = '<alliance87-explorer lang="fr"></alliance87-explorer>') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
${releaseTags(release)}
</head><body><h1>Partner page</h1><p id="own">The partner's own text.</p>${widget}</body></html>`;
}

async function openPartner({ tamper } = {}) {
  const page = await open(env.browser);
  const url = `${env.server.url}/partner.html`;
  await page.route(url, (route) =>
    route.fulfill({ body: partnerPage(), headers: { "content-type": "text/html", "content-security-policy": STRICT_CSP } }),
  );
  if (tamper) {
    await page.route(`${env.server.url}/${tamper}`, async (route) => {
      const bytes = Buffer.from(await readFile(new URL(tamper, dist)));
      // One byte, well inside the file: what a faulty or compromised CDN would change.
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at] === 0x20 ? 0x21 : 0x20;
      await route.fulfill({ body: bytes, headers: { "content-type": tamper.endsWith(".wasm") ? "application/wasm" : "text/javascript" } });
    });
  }
  await page.goto(url);
  return page;
}

test("the versioned script tag, with its integrity hash, renders the widget under a strict CSP", async () => {
  const page = await openPartner();
  await page.locator("alliance87-explorer .card").first().waitFor();
  assert.equal(await page.locator("alliance87-explorer h2").first().textContent(), "Les groupes d'action de l'Alliance 8.7");
  assert.deepEqual(page.errors, []);
  assert.deepEqual(consoleOf(page, "error"), []);
  assert.equal(await page.evaluate(() => Alliance87.version), release.version);
  await page.context().close();
});

test("a changed byte in the module stops the widgets with a console message; the page is intact", async () => {
  const page = await openPartner({ tamper: wasm.path });
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith(".wasm")));
  await page.waitForTimeout(500);
  const errors = consoleOf(page, "error").join("\n");
  assert.match(errors, /\[alliance87\] the widgets could not start/);
  assert.match(errors, /integrity/i);
  assert.deepEqual(page.errors, [], "nothing is thrown into the host page");
  assert.equal(await page.locator("#own").textContent(), "The partner's own text.");
  assert.equal(await page.locator("alliance87-explorer .card").count(), 0);
  await page.context().close();
});

test("a changed byte in the loader (glue inlined) is refused by the browser; the page is intact", async () => {
  const page = await openPartner({ tamper: loader.path });
  await page.waitForTimeout(800);
  assert.match(consoleOf(page, "error").join("\n"), /integrity/i);
  assert.equal(await page.evaluate(() => typeof window.Alliance87), "undefined", "nothing of the changed file ran");
  assert.equal(await page.locator("#own").textContent(), "The partner's own text.");
  await page.context().close();
});
