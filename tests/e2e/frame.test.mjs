// The iframe path (embed.html) for sites that strip scripts: configured by query parameters,
// sized by its height messages (alliance87-frame.js and WordPress's wp-embed protocol), and
// working in WordPress's sandbox for untrusted oEmbed HTML (allow-scripts, no storage).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { launch, open, openHtml, runAxe } from "./helpers.mjs";

const release = JSON.parse(await readFile(new URL("../../dist/release.json", import.meta.url), "utf8"));
const folder = `/v${release.version}`;
let env;
// A sandboxed frame has no origin: the release must be served with CORS, as on a CDN.
before(async () => (env = await launch({ cors: true })));
after(() => env.close());

/** A parent page holding one frame. `wordpress` frames it as WordPress does untrusted oEmbed
 *  HTML (sandbox, secret), with wp-embed's check of the secret and its clamp of the height. */
async function parentPage(query, { viewport = { width: 1280, height: 800 }, wordpress = false, sandbox = false, hash = "", context, file = "embed.html" } = {}) {
  const page = await open(env.browser, null, { viewport, context });
  const src = `${folder}/${file}${query ? `?${query}` : ""}${wordpress ? "#?secret=s3cr3t" : hash}`;
  const frame = wordpress
    ? `<iframe sandbox="allow-scripts" security="restricted" src="${src}" data-secret="s3cr3t" title="Alliance 8.7" style="width:100%;border:0" height="150"></iframe>
<script type="module">
  window.received = [];
  window.addEventListener("message", (e) => {
    const f = document.querySelector("iframe");
    if (e.source !== f.contentWindow) return;
    window.received.push(e.data);
    if (e.data.secret !== f.dataset.secret) return;
    if (e.data.message === "height") f.height = Math.max(200, Math.min(1000, parseInt(e.data.value, 10)));
  });
</script>`
    : `<iframe data-alliance87-frame ${sandbox ? 'sandbox="allow-scripts"' : ""} src="${src}" title="Alliance 8.7" style="width:100%;border:0;display:block"></iframe>
<script src="${folder}/alliance87-frame.js" defer></script>`;
  await openHtml(page, env.server.url, `<!doctype html><html lang="en"><head><title>Partner</title></head><body style="margin:0"><h1>Partner</h1>${frame}<p id="after">After the frame.</p></body></html>`);
  return { page, frame: page.frameLocator("iframe"), handle: () => page.$("iframe").then((h) => h.contentFrame()) };
}

/** The frame shows all of its content: its height on the page is its document's height. */
async function assertNoInnerScroll(page, inner) {
  await page.waitForFunction(async () => true);
  // The height message and the resize it causes take a few frames, more on a loaded machine:
  // wait for them (up to 5 s), then check.
  await inner
    .waitForFunction(() => {
      const content = document.documentElement.scrollHeight;
      return content <= window.innerHeight && window.innerHeight - content < 4;
    }, null, { timeout: 5000 })
    .catch(() => {});
  const content = await inner.evaluate(() => document.documentElement.scrollHeight);
  const shown = await inner.evaluate(() => window.innerHeight);
  assert.ok(content <= shown, `frame scrolls inside: content ${content}px in a ${shown}px frame`);
  assert.ok(shown - content < 4, `frame is taller than its content: ${shown}px for ${content}px`);
}

for (const width of [320, 1280]) {
  test(`at ${width} px the frame is sized by its height messages: overview, an open group, self-assessment results`, async () => {
    const { page, frame, handle } = await parentPage("widget=explorer&lang=fr", { viewport: { width, height: 700 } });
    await frame.locator("alliance87-explorer .card").first().waitFor();
    const inner = await handle();
    await assertNoInnerScroll(page, inner);
    await frame.locator("alliance87-explorer .card-open").first().click();
    await frame.locator("alliance87-explorer [role=tablist]").waitFor();
    await assertNoInnerScroll(page, inner);
    await page.context().close();

    const results = await parentPage("widget=self-assessment&lang=en", { viewport: { width, height: 700 }, hash: "#alliance87-assessment=1~1~0~2~2~1~0" });
    await results.frame.locator("alliance87-self-assessment .result").first().waitFor();
    await assertNoInnerScroll(results.page, await results.handle());
    await results.page.context().close();
  });
}

test("query parameters configure the widget; unknown and bad ones are listed on the page and ignored", async () => {
  const { page, frame } = await parentPage("widget=checklist&lang=es&group=migration&colour=red&submit-url=javascript:alert(1)");
  await frame.locator("alliance87-checklist .item").first().waitFor();
  assert.match(await frame.locator("alliance87-checklist h2").first().textContent(), /Migración/);
  const problems = await frame.locator(".problems li").allTextContents();
  assert.ok(problems.some((p) => p.includes("colour")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("submit-url") && p.includes("javascript:")), problems.join("\n"));
  await page.context().close();

  const other = await parentPage("widget=calendar");
  await other.frame.locator("alliance87-explorer .card").first().waitFor();
  assert.match((await other.frame.locator(".problems li").allTextContents()).join(), /calendar.*explorer, checklist, self-assessment/);
  await other.page.context().close();
});

test("a parameter naming a property every object inherits is looked up by own keys: the widget shows, the parameter is handled", async () => {
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
    const { page, frame } = await parentPage(`lang=${name}&zz=1`);
    await frame.locator("alliance87-explorer .card").first().waitFor();
    assert.equal(await frame.locator("html").getAttribute("lang"), "en", name);
    const problems = await frame.locator(".problems li").allTextContents();
    assert.ok(problems.some((p) => p.includes('"zz"')), `${name}: ${problems.join("\n")}`);
    assert.ok(problems.some((p) => p.includes(`"${name}"`)), `${name}: the unsupported language is listed: ${problems.join("\n")}`);
    assert.deepEqual(page.errors, [], name);
    await page.context().close();
  }
});

test("theme parameters are checked by kind: malformed ones are listed in the page's language and the widget keeps its own values", async () => {
  const bad = {
    accent: "0b5cab",
    radius: "4",
    text: "red;background:url(https://evil.example/x)",
    "accent-text": "bleu",
    font: "Arial;}",
    "font-size": "huge",
  };
  const query = new URLSearchParams({ widget: "checklist", group: "migration", lang: "fr", ...bad, surface: "#fafafa", border: "rebeccapurple" });
  const { page, frame } = await parentPage(query.toString());
  const button = frame.locator("alliance87-checklist .button:not(.secondary)").first();
  await button.waitFor();
  const problems = await frame.locator(".problems li").allTextContents();
  for (const [name, value] of Object.entries(bad)) {
    assert.ok(problems.some((p) => p.includes(`${name}=${value}`) && /valeur du module est conservée/.test(p)), `${name}: ${problems.join("\n")}`);
  }
  assert.ok(problems.some((p) => p.includes("accent=0b5cab") && p.includes("une couleur")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("radius=4,") && p.includes("une longueur")), problems.join("\n"));
  const style = await frame.locator("alliance87-checklist").evaluate((e) => ({
    surface: e.style.getPropertyValue("--alliance87-surface"),
    border: e.style.getPropertyValue("--alliance87-border"),
    set: [...e.style].filter((p) => p.startsWith("--")),
  }));
  assert.deepEqual(style, { surface: "#fafafa", border: "rebeccapurple", set: ["--alliance87-surface", "--alliance87-border"] });
  // The buttons keep the default accent: white text on the widgets' blue, not on nothing.
  const colours = await button.evaluate((b) => ({ background: getComputedStyle(b).backgroundColor, color: getComputedStyle(b).color }));
  assert.deepEqual(colours, { background: "rgb(11, 92, 171)", color: "rgb(255, 255, 255)" });
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // `accent=#0b5cab` unencoded: the colour lands in the fragment; the page says how to write it.
  const hashed = await parentPage("widget=explorer&lang=en&accent=", { hash: "#0b5cab" });
  await hashed.frame.locator("alliance87-explorer .card").first().waitFor();
  assert.match((await hashed.frame.locator(".problems li").allTextContents()).join("\n"), /accent=#0b5cab: in an address # starts the fragment, so write it %23 \(accent=%230b5cab\)/);
  await hashed.page.context().close();
});

test("the frame page's theme check gives every contract case the table's verdict (as src/theme.rs does)", async () => {
  const { checkTheme } = await import(new URL(`../../dist${folder}/theme-check.js`, import.meta.url));
  const contract = JSON.parse(await readFile(new URL(`../../dist${folder}/widgets.json`, import.meta.url), "utf8"));
  const { cases } = JSON.parse(await readFile(new URL("../contract-cases.json", import.meta.url), "utf8"));
  const themeCases = cases.filter((c) => c.theme);
  assert.ok(themeCases.length > 40);
  const line = (c, verdict) => `${c.theme}=${JSON.stringify(c.value)} ${verdict}`;
  const got = themeCases.map((c) => {
    const checked = checkTheme(contract, c.theme, c.value);
    return line(c, checked.verdict === "accepted" ? `accepted:${checked.value}` : checked.verdict);
  });
  assert.deepEqual(got, themeCases.map((c) => line(c, c.verdict === "accepted" ? `accepted:${c.as}` : c.verdict)));
  // A name the contract does not have, including ones every object inherits, is refused.
  for (const name of ["colour", "constructor", "__proto__"]) assert.equal(checkTheme(contract, name, "red").verdict, "refused");
});

test("a ready-made frame page shows its one widget: a conflicting widget parameter is listed and ignored", async () => {
  const { page, frame } = await parentPage("widget=explorer", { file: "embed-checklist.en.migration.html" });
  await frame.locator("alliance87-checklist .item").first().waitFor();
  assert.equal(await frame.locator("alliance87-explorer, alliance87-checklist, alliance87-self-assessment").count(), 1);
  assert.match((await frame.locator(".problems li").allTextContents()).join(), /widget=explorer: this page shows the checklist only/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("in WordPress's sandbox the explorer and the self-assessment work, the checklist says it cannot save there, nothing throws", async () => {
  const explorer = await parentPage("widget=explorer&lang=en", { wordpress: true });
  await explorer.frame.locator("alliance87-explorer .card").first().waitFor();
  await explorer.frame.locator("alliance87-explorer input[type=search]").fill("migrant");
  await explorer.frame.locator("alliance87-explorer .card-open").first().click();
  await explorer.frame.locator("alliance87-explorer [role=tablist]").waitFor();
  // wp-embed's secret-checked height message reached the parent and sized the frame.
  const heights = await explorer.page.evaluate(() => window.received.filter((m) => m.message === "height"));
  assert.ok(heights.length > 0 && heights.every((m) => m.secret === "s3cr3t"));
  assert.ok(Number(await explorer.page.locator("iframe").getAttribute("height")) > 200);
  assert.deepEqual(explorer.page.errors, []);
  assert.deepEqual(explorer.page.messages.filter((m) => m.type === "error"), []);
  await explorer.page.context().close();

  const assessment = await parentPage("widget=self-assessment&lang=fr", { wordpress: true });
  await assessment.frame.locator("alliance87-self-assessment button.button-start, alliance87-self-assessment button").first().click();
  await assessment.frame.locator("alliance87-self-assessment fieldset").first().waitFor();
  assert.deepEqual(assessment.page.errors, []);
  await assessment.page.context().close();

  const checklist = await parentPage("widget=checklist&lang=fr&group=migration", { wordpress: true });
  await checklist.frame.locator("alliance87-checklist .item").first().waitFor();
  const note = checklist.frame.locator(".no-storage");
  assert.match(await note.textContent(), /ne peut pas être enregistrée dans ce cadre/);
  await checklist.frame.locator("alliance87-checklist input[type=radio][value=done]").first().check();
  await note.locator("a").click();
  const link = await checklist.page.evaluate(() => window.received.find((m) => m.message === "link"));
  assert.equal(link.secret, "s3cr3t");
  assert.match(link.value, /embed\.html\?widget=checklist&lang=fr&group=migration$/);
  assert.deepEqual(checklist.page.errors, []);
  assert.deepEqual(checklist.page.messages.filter((m) => m.type === "error"), []);
  await checklist.page.context().close();
});

test("alliance87-frame.js opens a sandboxed frame's checklist in a full page, where it saves", async () => {
  const { page, frame } = await parentPage("widget=checklist&lang=en&group=supply-chains", { sandbox: true });
  await frame.locator("alliance87-checklist .item").first().waitFor();
  await frame.locator(".no-storage a").click();
  await page.waitForURL(/embed\.html\?widget=checklist&lang=en&group=supply-chains$/);
  await page.locator("alliance87-checklist .item").first().waitFor();
  assert.equal(await page.locator(".no-storage").count(), 0, "a full page saves as usual");
  await page.locator("alliance87-checklist input[type=radio][value=done]").first().check();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith("alliance87:checklist")));
  await page.context().close();
});

test("the frame page passes axe-core, with a problem listed and with the no-storage note", async () => {
  // axe-core is injected as an inline script, which the frame page's own policy refuses.
  const context = await env.browser.newContext({ bypassCSP: true });
  const { page, frame, handle } = await parentPage("widget=checklist&lang=en&group=supply-chains&colour=red", { sandbox: true, context });
  await frame.locator("alliance87-checklist .item").first().waitFor();
  await frame.locator(".problems li").first().waitFor();
  assert.deepEqual(await runAxe(await handle()), []);
  await context.close();
});

test("a ready-made frame page shows its widget in its language, sized, in WordPress's sandbox too", async () => {
  assert.ok(release.framePages.includes(`v${release.version}/embed-checklist.fr.migration.html`), release.framePages.join());
  const { page, frame, handle } = await parentPage("", { file: "embed-checklist.fr.migration.html", wordpress: true });
  await frame.locator("alliance87-checklist .item").first().waitFor();
  assert.match(await frame.locator("alliance87-checklist h2").first().textContent(), /Migration/);
  const inner = await handle();
  assert.equal(await inner.evaluate(() => document.documentElement.lang), "fr");
  assert.match(await inner.title(), /Migration/);
  assert.equal(await frame.locator(".problems li").count(), 0);
  assert.ok(Number(await page.locator("iframe").getAttribute("height")) > 200);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // A query still adds to the page's own settings.
  const spanish = await parentPage("lang=es", { file: "embed-explorer.fr.html" });
  await spanish.frame.locator("alliance87-explorer .card").first().waitFor();
  assert.equal(await spanish.frame.locator("alliance87-explorer").getAttribute("lang"), "es");
  await spanish.page.context().close();
});

test("built with PUBLIC_URL, a frame page is discovered by oEmbed and its iframe HTML shows the widget", async () => {
  // The release as published at an address of its own: a copy of the version folder, with
  // the pages written for that address, served under /published/ (CORS, like a CDN).
  const published = await mkdtemp(join(tmpdir(), "alliance87-published-"));
  try {
    const copy = join(published, `v${release.version}`);
    await cp(new URL(`../../dist/v${release.version}`, import.meta.url), copy, { recursive: true });
    const base = `${env.server.url}/published`;
    execFileSync("cargo", ["run", "--offline", "--quiet", "-p", "alliance87-widgets", "--bin", "release-files", "--", copy], { env: { ...process.env, PUBLIC_URL: base } });
    const context = await env.browser.newContext();
    await context.route(`${base}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/published\//, "");
      const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
      route.fulfill({ body: await readFile(join(published, path)), headers: { "content-type": types[extname(path)], "access-control-allow-origin": "*" } });
    });
    // What WordPress does with a pasted link: read the page, follow its oEmbed link, frame the HTML.
    const pageUrl = `${base}/v${release.version}/embed-self-assessment.es.html`;
    const { page, frame } = await parentPage("", { context });
    await page.goto(pageUrl);
    const discovered = await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute("href");
    assert.equal(discovered, `${base}/v${release.version}/oembed-self-assessment.es.json`);
    const oembed = await page.evaluate((url) => fetch(url).then((r) => r.json()), discovered);
    assert.equal(oembed.type, "rich");
    assert.equal(oembed.version, "1.0");
    assert.ok(oembed.html.startsWith(`<iframe src="${pageUrl}"`), oembed.html);
    await page.setContent(`<!doctype html><html lang="en"><head><title>Post</title></head><body>${oembed.html}<script src="${base}/v${release.version}/alliance87-frame.js"></script></body></html>`);
    await frame.locator("alliance87-self-assessment button").first().waitFor();
    assert.equal(await frame.locator("alliance87-self-assessment").getAttribute("lang"), "es");
    assert.deepEqual(page.errors, []);
    await context.close();
  } finally {
    await rm(published, { recursive: true, force: true });
  }
});
