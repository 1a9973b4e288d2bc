// Pre-rendered first screens (dist/prerendered/): each widget's first screen, rendered at build
// time by the same components, in a declarative shadow root. On a hostile page with a strict
// CSP it looks as the live widget does, the bundle takes it over in place (no layout shift,
// focus kept) and it becomes interactive; with JavaScript off its text is there, accessible.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, openHtml, releaseTags, runAxe } from "./helpers.mjs";
import { STRICT_CSP, streamedPages } from "../../scripts/lib/server.mjs";

const release = JSON.parse(await readFile(new URL("../../dist/release.json", import.meta.url), "utf8"));
const snippet = (file) => readFile(new URL(`../../dist/prerendered/${file}`, import.meta.url), "utf8");
let env;
before(async () => (env = await launch()));
after(() => env.close());

const HOSTILE_CSS = `html { font-size: 62.5%; } * { font-family: "Comic Sans MS", cursive !important; color: #0f0 !important; } h2 { font-size: 40px !important; } div { padding: 13px !important; }`;

/** A partner page at the release folder's level (the snippet's URLs are relative to it), with
 *  hostile CSS, the strict CSP, the script tag and the snippet. `withScript: false` leaves the
 *  bundle out; `javaScript: false` turns scripting off. */
async function partnerPage(markup, { withScript = true, javaScript = true, holdWasm = false, holdContent = false, bypassCSP = false, css = HOSTILE_CSS } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 900 }, javaScriptEnabled: javaScript, bypassCSP });
  const page = await open(env.browser, null, { context });
  const hold = async (pattern) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(pattern, async (route) => {
      await held;
      await route.continue();
    });
    return release;
  };
  const releaseWasm = holdWasm ? await hold("**/*.wasm") : undefined;
  const releaseContent = holdContent ? await hold("**/content/*.json") : undefined;
  const name = `strict-partner-${Math.random().toString(36).slice(2)}`;
  await page.route(`${env.server.url}/${name}.css`, (route) => route.fulfill({ body: css, headers: { "content-type": "text/css" } }));
  await openHtml(
    page,
    env.server.url,
    `<!doctype html><html lang="en"><head><title>Partner</title><link rel="stylesheet" href="/${name}.css">${withScript ? releaseTags(release) : ""}</head><body><main><h1>A partner's page</h1>${markup}<p id="after">After the widget.</p></main></body></html>`,
    { "content-security-policy": STRICT_CSP },
  );
  return { page, releaseWasm, releaseContent };
}

/** What the widget shows, and the sizes a reader sees, inside its shadow root. */
const looks = (page, tag) =>
  page.locator(tag).evaluate((host) => {
    const root = host.shadowRoot;
    const widget = root.querySelector(".widget");
    const box = (el) => el && { width: Math.round(el.getBoundingClientRect().width), height: Math.round(el.getBoundingClientRect().height) };
    const title = root.querySelector("h2");
    return {
      text: widget.innerText.replace(/\s+/g, " ").trim(),
      widget: box(widget),
      title: title && { ...box(title), font: getComputedStyle(title).fontSize, family: getComputedStyle(title).fontFamily },
      firstButton: box(root.querySelector("button, input[type=radio]")),
    };
  });

const cases = [
  { file: "explorer.fr.html", tag: "alliance87-explorer", interact: async (page) => {
      await page.locator("alliance87-explorer input[type=search]").fill("migrant");
      await page.waitForFunction(() => document.querySelector("alliance87-explorer").shadowRoot.querySelectorAll(".card").length < 4);
    } },
  { file: "checklist.es.migration.html", tag: "alliance87-checklist", interact: async (page) => {
      await page.locator("alliance87-checklist input[type=radio][value=done]").first().check();
      await page.waitForFunction(() => /^1 de/.test(document.querySelector("alliance87-checklist").shadowRoot.querySelector(".progress-text").textContent));
    } },
  { file: "self-assessment.en.html", tag: "alliance87-self-assessment", interact: async (page) => {
      await page.locator("alliance87-self-assessment .button-row button").first().click();
      await page.locator("alliance87-self-assessment fieldset").first().waitFor();
    } },
];

for (const { file, tag, interact } of cases) {
  test(`${file}: on a hostile page with a strict CSP it looks as the live widget does, is taken over without a shift, then works`, async () => {
    const markup = await snippet(file);
    const { page, releaseWasm } = await partnerPage(markup, { holdWasm: true });
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: "layout-shift", buffered: true });
    });
    const ahead = await looks(page, tag);
    assert.ok(ahead.text.length > 40, ahead.text);
    const shiftBefore = await page.evaluate(() => window.__shift);
    const ready = page.evaluate((tag) => new Promise((resolve) => document.querySelector(tag).addEventListener("alliance87:ready", () => resolve(true), { once: true })), tag);
    releaseWasm();
    assert.equal(await ready, true);
    await page.waitForTimeout(200);
    const live = await looks(page, tag);
    assert.deepEqual(live, ahead, "the live widget looks as its pre-rendered first screen");
    const shift = (await page.evaluate(() => window.__shift)) - shiftBefore;
    assert.ok(shift < 0.01, `layout shift at takeover: ${shift}`);
    // The page's styles reached neither, the widget's did not leak out.
    assert.notEqual(live.title?.family, '"Comic Sans MS", cursive');
    assert.equal(await page.locator("#after").evaluate((p) => getComputedStyle(p).fontFamily), '"Comic Sans MS", cursive');
    await interact(page);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.messages.filter((m) => m.type === "error"), []);
    await page.context().close();
  });
}

test("with a content file, the first screen stays until the file is in; then what differs is replaced in place, without a shift", async () => {
  const markup = (await snippet("explorer.fr.html")).replace("<alliance87-explorer", '<alliance87-explorer src="/content/updated.json"');
  const { page, releaseContent } = await partnerPage(markup, { holdContent: true });
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: "layout-shift", buffered: true });
  });
  const tag = "alliance87-explorer";
  const shown = () => page.locator(tag).evaluate((h) => [...h.shadowRoot.children].filter((c) => !c.hidden && c.tagName === "DIV").map((c) => c.textContent).join(""));
  // The bundle has started and is waiting for the file: the reader still has the first screen,
  // not a loading line.
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelector("[data-alliance87-root][hidden]"), tag);
  assert.match(await shown(), /Chaînes d'approvisionnement/);
  assert.doesNotMatch(await shown(), /mis à jour|Chargement/);
  const before = await page.evaluate(() => window.__shift);
  releaseContent();
  await page.locator(tag).getByText("Chaînes d'approvisionnement (mis à jour)").first().waitFor();
  await page.waitForTimeout(200);
  const shift = (await page.evaluate(() => window.__shift)) - before;
  assert.ok(shift < 0.01, `layout shift when the file's content replaced the first screen: ${shift}`);
  assert.equal(await page.locator(tag).evaluate((h) => h.shadowRoot.querySelectorAll("[data-alliance87-root]").length), 1);
  assert.equal(await page.locator(tag).evaluate((h) => h.shadowRoot.querySelectorAll("[hidden][data-alliance87-root]").length), 0);
  await page.locator(`${tag} input[type=search]`).fill("migrant");
  await page.waitForFunction((tag) => document.querySelector(tag).shadowRoot.querySelectorAll(".card").length < 4, tag);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.messages.filter((m) => m.type === "error"), []);
  await page.context().close();
});

test("a first screen with what a CMS editor adds inside its template (paragraphs, line breaks, white space, a comment) is taken over and works", async () => {
  const original = await snippet("checklist.fr.migration.html");
  const cluttered = original
    .replace('<template shadowrootmode="open">', '<template shadowrootmode="open">\n<p></p><br>\n<!-- pasted -->\n')
    .replace("</template>", "<p>&nbsp;</p><br>\n</template>");
  assert.notEqual(cluttered, original);
  const { page } = await partnerPage(cluttered);
  const tag = "alliance87-checklist";
  await page.waitForFunction((tag) => [...document.querySelector(tag).shadowRoot.children].every((c) => c.tagName === "DIV"), tag);
  await page.locator(`${tag} input[type=radio][value=done]`).first().check();
  await page.waitForFunction(() => /^1 sur/.test(document.querySelector("alliance87-checklist").shadowRoot.querySelector(".progress-text").textContent));
  assert.equal(await page.locator(tag).evaluate((h) => h.shadowRoot.querySelectorAll("[data-alliance87-root]").length), 1);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.messages.filter((m) => m.type === "error"), []);
  await page.context().close();
});

test("a shadow root the page made for something else is left alone, and the console says how to fix it", async () => {
  const { page } = await partnerPage(`<alliance87-explorer lang="en"><template shadowrootmode="open"><p id="own">The page's own content</p></template></alliance87-explorer><alliance87-explorer id="second" lang="en"></alliance87-explorer>`);
  await page.locator("#second .card").first().waitFor();
  assert.equal(await page.locator("alliance87-explorer").first().evaluate((h) => h.shadowRoot.textContent), "The page's own content");
  const errors = page.messages.filter((m) => m.type === "error").map((m) => m.text).join("\n");
  assert.match(errors, /<alliance87-explorer> already has a shadow root holding no widget's first screen; paste the first screen as the release's prerendered\/ file has it, or give the widget an empty element/);
  await page.context().close();
});

test("what the reader focused in the pre-rendered explorer keeps the focus when the bundle takes over", async () => {
  const { page, releaseWasm } = await partnerPage(await snippet("explorer.en.html"), { holdWasm: true });
  await page.locator("alliance87-explorer input[type=search]").focus();
  const ready = page.evaluate(() => new Promise((resolve) => document.querySelector("alliance87-explorer").addEventListener("alliance87:ready", () => resolve(true), { once: true })));
  releaseWasm();
  await ready;
  assert.equal(await page.evaluate(() => document.querySelector("alliance87-explorer").shadowRoot.activeElement?.id), "search");
  await page.keyboard.type("child");
  await page.waitForFunction(() => document.querySelector("alliance87-explorer").shadowRoot.querySelectorAll(".card").length < 4);
  await page.context().close();
});

test("with the async loader ready before the page is read to the end, a later widget's first screen is taken over, not doubled", async () => {
  // The head and the start of the body at once; the widget 1.5 s later, long after the bundle
  // has started, as on a slow server or a long page.
  let sendRest;
  const path = `/streamed-${Math.random().toString(36).slice(2)}.html`;
  streamedPages.set(path, {
    head: `<!doctype html><html lang="en"><head><title>Partner</title>${releaseTags(release)}</head><body><h1>A long partner page</h1>`,
    rest: new Promise((resolve) => (sendRest = resolve)),
    tail: `${await snippet("checklist.fr.migration.html")}<p id="after">After.</p></body></html>`,
  });
  const page = await open(env.browser);
  await page.addInitScript(() => document.addEventListener("alliance87:ready", () => (window.__ready = true)));
  const loading = page.goto(`${env.server.url}${path}`);
  await page.waitForFunction(() => window.Alliance87 !== undefined);
  // The loader has run while the page is still loading.
  assert.equal(await page.evaluate(() => document.readyState), "loading");
  await page.waitForTimeout(1500);
  sendRest();
  await loading;
  await page.waitForFunction(() => window.__ready);
  const shown = await page.locator("alliance87-checklist").evaluate((host) => ({
    widgets: host.shadowRoot.querySelectorAll(".widget").length,
    title: host.shadowRoot.querySelector("h2").textContent,
    templates: host.querySelectorAll("template").length,
  }));
  assert.deepEqual(shown, { widgets: 1, title: "Liste de suivi : Migrations", templates: 0 });
  await page.locator("alliance87-checklist input[type=radio][value=done]").first().check();
  await page.waitForFunction(() => /^1 sur/.test(document.querySelector("alliance87-checklist").shadowRoot.querySelector(".progress-text").textContent));
  assert.deepEqual(page.errors, []);
  streamedPages.delete(path);
  await page.context().close();
});

test("with JavaScript off every first screen is there, in its language, with the line saying what needs JavaScript", async () => {
  for (const file of release.prerendered.map((p) => p.replace("prerendered/", ""))) {
    const [widget, lang] = file.split(".");
    const { page } = await partnerPage(await snippet(file), { javaScript: false, withScript: false });
    const tag = `alliance87-${widget}`;
    const text = await page.locator(tag).evaluate((host) => host.shadowRoot.querySelector(".widget").innerText);
    assert.ok(text.length > 40, `${file}: ${text}`);
    assert.equal(await page.locator(tag).evaluate((host) => host.shadowRoot.querySelector(".widget").lang), lang, file);
    const line = page.locator(`${tag} noscript p`);
    assert.ok(await line.isVisible(), `${file}: the no-JavaScript line is shown`);
    await page.context().close();
  }
});

test("without JavaScript the self-assessment lists the questions it would ask, and shows no start button that could do nothing", async () => {
  const content = JSON.parse(await readFile(new URL("../../public/action-groups.json", import.meta.url), "utf8"));
  const { page } = await partnerPage(await snippet("self-assessment.fr.html"), { javaScript: false, withScript: false });
  const host = page.locator("alliance87-self-assessment");
  assert.equal(await host.locator("noscript p").textContent(), "Sans JavaScript, cette auto-évaluation ne peut pas être remplie ici. Elle pose ces questions :");
  assert.deepEqual(await host.locator("noscript li").allTextContents(), content.assessment.questions.map((q) => q.text.fr));
  assert.ok(await host.locator("noscript ol").isVisible());
  assert.equal(await host.evaluate((h) => getComputedStyle(h.shadowRoot.querySelector(".button-row")).display), "none");
  await page.context().close();
  // With JavaScript, the first screen keeps its start button until the widget takes over.
  const live = await partnerPage(await snippet("self-assessment.fr.html"), { withScript: false });
  assert.notEqual(await live.page.locator("alliance87-self-assessment").evaluate((h) => getComputedStyle(h.shadowRoot.querySelector(".button-row")).display), "none");
  await live.page.context().close();
});

test("without JavaScript the explorer's cards and its last line are links that lead on; live, a plain click opens the group in place", async () => {
  const content = JSON.parse(await readFile(new URL("../../public/action-groups.json", import.meta.url), "utf8"));
  const { page } = await partnerPage(await snippet("explorer.fr.html"), { javaScript: false, withScript: false });
  const links = await page.locator("alliance87-explorer").evaluate((host) =>
    [...host.shadowRoot.querySelectorAll("a")].map((a) => ({ text: a.textContent, href: a.getAttribute("href") })),
  );
  assert.deepEqual(links, [
    ...content.groups.map((g) => ({ text: g.name.fr, href: g.links[0].url })),
    { text: "En savoir plus sur les groupes d'action sur alliance87.org", href: "https://www.alliance87.org/action-groups/" },
  ]);
  // Followed without JavaScript: the reader reaches the group's page.
  await page.route("https://www.alliance87.org/**", (route) => route.fulfill({ body: "<!doctype html><title>Alliance 8.7</title><h1>Migration</h1>", headers: { "content-type": "text/html" } }));
  await page.locator("alliance87-explorer a", { hasText: "Migrations" }).click();
  await page.waitForURL("https://www.alliance87.org/action-group/migration");
  await page.context().close();

  // Live: a plain click opens the group in the widget; with a modifier key the link is followed.
  const live = await partnerPage(await snippet("explorer.fr.html"));
  await live.page.route("https://www.alliance87.org/**", (route) => route.fulfill({ body: "<!doctype html><title>Alliance 8.7</title>", headers: { "content-type": "text/html" } }));
  await live.page.waitForFunction(() => window.Alliance87?.version);
  const prevented = (modifier) =>
    live.page.locator("alliance87-explorer").evaluate((host, modifier) => {
      const link = host.shadowRoot.querySelector("#card-migration");
      const event = new MouseEvent("click", { bubbles: true, cancelable: true, composed: true, [modifier]: true });
      // Whether the widget let the browser follow the link; then it is not followed here.
      let leftToBrowser;
      host.shadowRoot.addEventListener("click", (e) => ((leftToBrowser = !e.defaultPrevented), e.preventDefault()), { once: true });
      link.dispatchEvent(event);
      return !leftToBrowser;
    }, modifier);
  assert.equal(await prevented("ctrlKey"), false, "ctrl+click is left to the browser (a new tab)");
  await live.page.locator("alliance87-explorer #card-migration").click();
  await live.page.locator("alliance87-explorer #group-title").waitFor();
  assert.equal(await live.page.locator("alliance87-explorer #group-title").textContent(), "Migrations");
  assert.equal(new URL(live.page.url()).host, new URL(env.server.url).host);
  await live.page.context().close();
});

test("a pre-rendered first screen passes axe-core, the no-JavaScript line included", async () => {
  for (const file of ["explorer.es.html", "checklist.fr.supply-chains.html", "self-assessment.en.html"]) {
    // Scripting on (axe needs it) but no bundle: the same DOM as with JavaScript off, the
    // <noscript> line written as the element it then becomes.
    const markup = (await snippet(file)).replace("<noscript>", "<div>").replace("</noscript>", "</div>");
    // axe-core is injected as an inline script, which the page's policy would refuse.
    const { page } = await partnerPage(markup, { withScript: false, bypassCSP: true, css: "body { font-family: Georgia, serif; }" });
    await page.locator("alliance87-explorer, alliance87-checklist, alliance87-self-assessment").first().waitFor();
    assert.deepEqual(await runAxe(page), [], file);
    await page.context().close();
  }
});
