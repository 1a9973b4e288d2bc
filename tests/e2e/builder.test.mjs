// The embed builder (builder.html): a partner's choices become code that works when pasted, for
// every way of embedding; bad settings are said next to their field; the preview is the real
// widget, changed in place; contrast is checked in words; keyboard, axe-core, 320 px, FR/ES.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, openHtml, runAxe } from "./helpers.mjs";
import { STRICT_CSP } from "../../scripts/lib/server.mjs";

const release = JSON.parse(await readFile(new URL("../../dist/release.json", import.meta.url), "utf8"));
let env;
before(async () => (env = await launch()));
after(() => env.close());

/** The builder, with axe-core allowed in (its own policy refuses inline scripts). */
async function builder(query = "lang=en", { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await env.browser.newContext({ viewport, bypassCSP: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  const page = await open(env.browser, null, { context });
  await page.goto(`${env.server.url}/builder.html?${query}`);
  await page.locator("#code-element").waitFor();
  return page;
}

const code = (page, way) => page.locator(`#code-${way}`).textContent();

/** A partner's page holding exactly `snippet`, on the release's own server. */
async function pasted(snippet) {
  const page = await open(env.browser, null);
  await openHtml(page, env.server.url, `<!doctype html><html lang="en"><head><title>Partner</title></head><body><h1>Partner</h1>${snippet}</body></html>`);
  return page;
}

test("each way's code, pasted into a page, shows the chosen widget with its settings and theme", async () => {
  const page = await builder();
  await page.locator("#widget-checklist").check();
  await page.locator("#setting-lang").selectOption("fr");
  await page.locator("#setting-group").selectOption("migration");
  await page.locator("#theme-accent").fill("#7a1f5c");
  await page.locator("alliance87-checklist .item").first().waitFor();
  assert.equal(await page.locator("alliance87-checklist").evaluate((e) => e.style.getPropertyValue("--alliance87-accent")), "#7a1f5c");

  const tag = await code(page, "element");
  assert.match(tag, new RegExp(`integrity="${release.files.find((f) => f.path === release.loader).integrity.replace(/[+/]/g, "\\$&")}"`));
  // With the release's pre-rendered first screen inside, its stylesheet at the release's address.
  // Laid out as a person would write it: the template and the noscript line each on a line.
  assert.match(tag, /<alliance87-checklist lang="fr" group="migration" style="--alliance87-accent: #7a1f5c">\n  <template shadowrootmode="open"><link rel="stylesheet" href="http:\/\/127\.0\.0\.1:\d+\/v[\d.]+\/alliance87\.css">.*Liste de suivi : Migrations.*<\/template>\n  <noscript>.*<\/noscript>\n<\/alliance87-checklist>$/s);
  await page.locator("#lighter").check();
  assert.match(await code(page, "element"), /style="--alliance87-accent: #7a1f5c"><\/alliance87-checklist>$/);
  await page.locator("#lighter").uncheck();
  await page.waitForFunction(() => document.querySelector("#code-element").textContent.includes("<template"));

  /** What the Copy button put on the clipboard. */
  const copied = async (way) => {
    await page.locator(`pre:has(#code-${way}) + .copy-row button`).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  for (const way of ["element", "data", "script"]) {
    const snippet = await copied(way);
    assert.equal(snippet, await code(page, way));
    const host = await pasted(snippet);
    const widget = host.locator("alliance87-checklist, [data-alliance87], #alliance87-checklist").first();
    await host.locator(".item").first().waitFor();
    assert.match(await host.locator("h2").first().textContent(), /Liste de suivi : Migration/, way);
    const accent = await widget.evaluate((e) => getComputedStyle(e).getPropertyValue("--alliance87-accent").trim());
    assert.equal(accent, "#7a1f5c", way);
    assert.deepEqual(host.errors, [], way);
    await host.context().close();
  }

  const framed = await pasted(await copied("iframe"));
  const frame = framed.frameLocator("iframe");
  await frame.locator("alliance87-checklist .item").first().waitFor();
  assert.match(await frame.locator("alliance87-checklist h2").first().textContent(), /Migration/);
  assert.equal(await frame.locator("alliance87-checklist").evaluate((e) => getComputedStyle(e).getPropertyValue("--alliance87-accent").trim()), "#7a1f5c");
  assert.equal(await frame.locator(".problems li").count(), 0, "the builder writes only parameters the frame knows");
  assert.equal(await framed.locator("iframe").getAttribute("title"), "Liste de suivi : Migrations");
  await framed.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  await framed.context().close();

  // Under a strict CSP (which refuses style attributes: such pages take the builder's
  // stylesheet rule instead), the script tag with its hash.
  const strict = await open(env.browser, null);
  await openHtml(strict, env.server.url, `<!doctype html><html lang="en"><head><title>Strict partner</title></head><body><h1>Partner</h1>${snippetOf(tag)}</body></html>`, { "content-security-policy": STRICT_CSP });
  await strict.locator("alliance87-checklist .item").first().waitFor();
  assert.deepEqual(strict.errors, []);
  assert.deepEqual(strict.messages.filter((m) => m.type === "error"), []);
  await strict.context().close();
  await page.context().close();
});

/** The element snippet without its style attribute, as a strict page would use it. */
const snippetOf = (tag) => tag.replace(/ style="[^"]*"/, "");

/** The preview's widget: its tag, attributes and inline custom properties. */
const preview = (page) =>
  page.locator(".preview-frame > *").evaluate((e) => ({
    tag: e.localName,
    attributes: Object.fromEntries([...e.attributes].filter((a) => a.name !== "style").map((a) => [a.name, a.value])),
    theme: Object.fromEntries([...e.style].map((name) => [name, e.style.getPropertyValue(name)])),
  }));

test("every control changes both the preview and the code", async () => {
  const page = await builder();
  await page.locator("alliance87-explorer .card").first().waitFor();
  const fill = (selector, value) => async () => {
    await page.locator(selector).fill(value);
    await page.locator(selector).press("Tab");
  };
  const steps = [
    { control: "#setting-lang", act: () => page.locator("#setting-lang").selectOption("fr"), attribute: ["lang", "fr"], code: 'lang="fr"' },
    { control: "#setting-group", act: () => page.locator("#setting-group").selectOption("migration"), attribute: ["group", "migration"], code: 'group="migration"' },
    { control: "#setting-language-switch", act: () => page.locator("#setting-language-switch").check(), attribute: ["language-switch", ""], code: " language-switch" },
    { control: "#setting-deep-link", act: () => page.locator("#setting-deep-link").check(), attribute: ["deep-link", ""], code: " deep-link" },
    { control: "#setting-src", act: fill("#setting-src", `${env.server.url}/content/updated.json`), attribute: ["src", `${env.server.url}/content/updated.json`], code: `src="${env.server.url}/content/updated.json"` },
    { control: "#theme-accent", act: () => page.locator("#theme-accent").fill("#7a1f5c"), theme: ["--alliance87-accent", "#7a1f5c"] },
    { control: "#theme-accent-text", act: () => page.locator("#theme-accent-text").fill("#fffff0"), theme: ["--alliance87-accent-text", "#fffff0"] },
    { control: "#theme-text", act: () => page.locator("#theme-text").fill("#222222"), theme: ["--alliance87-text", "#222222"] },
    { control: "#theme-surface", act: () => page.locator("#theme-surface").fill("#fafaf5"), theme: ["--alliance87-surface", "#fafaf5"] },
    { control: "#theme-radius", act: () => page.locator("#theme-radius").fill("3"), theme: ["--alliance87-radius", "3px"] },
    { control: "#theme-font", act: () => page.locator("#theme-font").selectOption("serif"), theme: ["--alliance87-font", 'Georgia, "Times New Roman", serif'] },
    { control: "#widget-checklist", act: () => page.locator("#widget-checklist").check(), tag: "alliance87-checklist" },
    { control: "#widget-self-assessment", act: () => page.locator("#widget-self-assessment").check(), tag: "alliance87-self-assessment" },
    { control: "#setting-submit-url", act: fill("#setting-submit-url", "https://partner.example/results"), attribute: ["submit-url", "https://partner.example/results"], code: 'submit-url="https://partner.example/results"' },
    { control: "#setting-explorer-url", act: fill("#setting-explorer-url", "https://partner.example/groups"), attribute: ["explorer-url", "https://partner.example/groups"], code: 'explorer-url="https://partner.example/groups"' },
    { control: "#setting-checklist-url", act: fill("#setting-checklist-url", "https://partner.example/checklist"), attribute: ["checklist-url", "https://partner.example/checklist"], code: 'checklist-url="https://partner.example/checklist"' },
  ];
  for (const step of steps) {
    const [previewBefore, codeBefore] = [await preview(page), await code(page, "element")];
    await step.act();
    await page.waitForFunction((before) => document.querySelector("#code-element").textContent !== before, codeBefore);
    const after = await preview(page);
    const snippet = await code(page, "element");
    assert.notDeepEqual(after, previewBefore, `${step.control} changed the preview`);
    if (step.attribute) {
      assert.equal(after.attributes[step.attribute[0]], step.attribute[1], step.control);
      assert.ok(snippet.includes(step.code), `${step.control}: ${snippet}`);
    }
    if (step.theme) {
      assert.equal(after.theme[step.theme[0]], step.theme[1], step.control);
      assert.ok(snippet.includes(`${step.theme[0]}: ${step.theme[1]}`.replaceAll('"', "&quot;")), `${step.control}: ${snippet}`);
    }
    if (step.tag) {
      assert.equal(after.tag, step.tag);
      assert.ok(snippet.includes(`<${step.tag} `), `${step.control}: ${snippet}`);
    }
  }
  // Settings the self-assessment does not read were kept aside, not written into its code.
  assert.doesNotMatch(await code(page, "element"), /group=|deep-link|language-switch/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the preview is the real widget, changed in place; the oEmbed link follows the release", async () => {
  const page = await builder();
  await page.locator("alliance87-explorer .card").first().waitFor();
  await page.locator("alliance87-explorer").evaluate((e) => (e.marked = true));
  await page.locator("#setting-lang").selectOption("es");
  await page.locator("#setting-language-switch").check();
  await page.locator("alliance87-explorer select").waitFor();
  assert.equal(await page.locator("alliance87-explorer").evaluate((e) => e.marked), true, "the same element, not a new one");
  assert.match(await page.locator("alliance87-explorer h2").first().textContent(), /grupos de acción/);
  assert.match(await code(page, "element"), /<alliance87-explorer lang="es" language-switch>(\n  <template shadowrootmode="open">.*<\/noscript>\n)?<\/alliance87-explorer>$/s);
  // This release has no public address: the oEmbed way says so instead of giving a dead link.
  assert.match(await page.locator("section.way:has(#way-oembed) .unavailable").textContent(), /PUBLIC_URL/);
  await page.context().close();

  // A release built with PUBLIC_URL: the oEmbed link is its ready-made page there, and what it
  // cannot carry is named.
  const published = await builder("lang=en");
  await published.route("**/release.json", async (route) => {
    const doc = JSON.parse(await readFile(new URL("../../dist/release.json", import.meta.url), "utf8"));
    route.fulfill({ json: { ...doc, publicUrl: "https://cdn.example.org/a87" } });
  });
  await published.reload();
  await published.locator("#code-element").waitFor();
  await published.locator("#setting-lang").selectOption("es");
  assert.equal(await code(published, "oembed"), `https://cdn.example.org/a87/v${release.version}/embed-explorer.es.html`);
  assert.match(await code(published, "element"), /src="https:\/\/cdn\.example\.org\/a87\/v[\d.]+\/alliance87\.js"/);
  await published.locator("#setting-deep-link").check();
  assert.match(await published.locator("section.way:has(#way-oembed) .note").textContent(), /deep-link/);
  await published.context().close();
});

test("a release that would not run, or would carry a hostile address, is refused in words: no code, no preview", async () => {
  const doc = JSON.parse(await readFile(new URL("../../dist/release.json", import.meta.url), "utf8"));
  const loader = doc.loader;
  const module = doc.module;
  const wrongHash = (path) => ({ ...doc, files: doc.files.map((f) => (f.path === path ? { ...f, integrity: `sha384-${"A".repeat(64)}` } : f)) });
  const cases = [
    { name: "a wrong loader hash", json: wrongHash(loader), expect: [new RegExp(`${loader} is not the file release.json describes`)] },
    { name: "a wrong module hash", json: wrongHash(module), expect: [new RegExp(`${module} is not the file release.json describes`)] },
    { name: "a missing loader", json: doc, missing: loader, expect: [new RegExp(`${loader} could not be loaded: HTTP 404`)] },
    { name: "a javascript: public address", json: { ...doc, publicUrl: "javascript:alert(1)//" }, expect: [/release.json gives publicUrl as “javascript:alert\(1\)”/] },
    { name: "a loader elsewhere", json: { ...doc, loader: "https://evil.example/alliance87.js" }, expect: [/release.json gives loader as “https:\/\/evil.example\/alliance87.js”/] },
    { name: "no hash for the frame script", json: { ...doc, files: doc.files.filter((f) => !f.path.endsWith("alliance87-frame.js")) }, expect: [/no usable hash for v[\d.]+\/alliance87-frame.js/] },
    { name: "an unreadable release.json", json: "{not json", expect: [/release.json\) could not be read/] },
  ];
  for (const { name, json, missing, expect } of cases) {
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await open(env.browser, null, { context });
    await page.route("**/release.json", (route) => route.fulfill(typeof json === "string" ? { body: json, contentType: "application/json" } : { json }));
    if (missing) await page.route(`**/${missing}`, (route) => route.fulfill({ status: 404, body: "Not Found" }));
    await page.goto(`${env.server.url}/builder.html?lang=en`);
    const alert = page.locator("header [role=alert]");
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /This release would not run on your site as it is, so no code and no preview are given/, name);
    for (const pattern of expect) assert.match(text, pattern, `${name}: ${text}`);
    assert.match(text, /Put the release's folder on the server again exactly as the build wrote it/, name);
    assert.equal(await page.locator("[id^=code-], .preview").count(), 0, `${name}: no code, no preview`);
    assert.equal(await page.locator("script[src*='alliance87.js']").count(), 0, `${name}: the release's script is not loaded`);
    await context.close();
  }
  // In French, naming the file.
  const context = await env.browser.newContext({ bypassCSP: true });
  const page = await open(env.browser, null, { context });
  await page.route("**/release.json", (route) => route.fulfill({ json: wrongHash(loader) }));
  await page.goto(`${env.server.url}/builder.html?lang=fr`);
  assert.match(await page.locator("header [role=alert]").textContent(), new RegExp(`${loader} n'est pas le fichier que décrit release.json`));
  await context.close();
});

test("a release built with CONTENT_URL offers the Alliance's official content as the content file", async () => {
  const doc = JSON.parse(await readFile(new URL("../../dist/release.json", import.meta.url), "utf8"));
  const official = `${env.server.url}/content/updated.json`;
  const context = await env.browser.newContext({ bypassCSP: true });
  const page = await open(env.browser, null, { context });
  await page.route("**/release.json", (route) => route.fulfill({ json: { ...doc, contentUrl: official } }));
  await page.goto(`${env.server.url}/builder.html?lang=fr`);
  await page.locator("#code-element").waitFor();
  await page.getByRole("button", { name: "Utiliser le contenu officiel de l'Alliance" }).click();
  assert.equal(await page.locator("#setting-src").inputValue(), official);
  await page.getByText("C'est le contenu officiel de l'Alliance").waitFor();
  assert.match(await code(page, "element"), new RegExp(`src="${official.replace(/[.]/g, "\\.")}"`));
  // The preview follows it.
  await page.locator("alliance87-explorer").getByText("Chaînes d'approvisionnement (mis à jour)").first().waitFor();
  await context.close();
  // Without CONTENT_URL, nothing is offered.
  const plain = await builder("lang=fr");
  assert.equal(await plain.getByRole("button", { name: "Utiliser le contenu officiel de l'Alliance" }).count(), 0);
  await plain.context().close();
});

test("the iframe code resolves relative addresses against the partner's page, or leaves them out and says so", async () => {
  const page = await builder();
  await page.locator("#setting-src").fill("updated.json");
  await page.locator("#setting-src").press("Tab");
  // Without the page's address: left out of the iframe code, and said under it; the element's
  // code, read on the partner's page, keeps it as typed.
  await page.waitForFunction(() => document.querySelector("#code-element").textContent.includes('src="updated.json"'));
  assert.doesNotMatch(await code(page, "iframe"), /updated\.json/);
  assert.match(await page.locator("section.way:has(#way-iframe) .note").textContent(), /Left out of this code: src \(updated\.json\)\. In a frame a relative address would be read from the release's folder/);
  // A page address that is not one is said next to its field.
  const field = page.locator("#page-address");
  await field.fill("partner.example/news");
  await field.press("Tab");
  await page.locator("#page-address-error").waitFor();
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  assert.match(await field.getAttribute("aria-describedby"), /page-address-error/);
  // The partner's page is in /content/: the frame reads /content/updated.json, as the page would.
  await field.fill(`${env.server.url}/content/partner.html`);
  await field.press("Tab");
  await page.waitForFunction(() => document.querySelector("#code-iframe").textContent.includes("updated.json"));
  const iframe = await code(page, "iframe");
  assert.match(iframe, new RegExp(`src=${encodeURIComponent(`${env.server.url}/content/updated.json`).replace(/[.]/g, "\\.")}`));
  assert.equal(await page.locator("section.way:has(#way-iframe) .note").count(), 0);
  assert.equal(await page.locator("#page-address-error").count(), 0);
  const partner = await pasted(iframe);
  await partner.frameLocator("iframe").locator("alliance87-explorer .card").first().waitFor();
  assert.match(await partner.frameLocator("iframe").locator("alliance87-explorer").evaluate((e) => e.shadowRoot.textContent), /Supply Chains \(updated\)/);
  await partner.context().close();
  await page.context().close();
});

test("bad settings are said next to their field, and never reach the code", async () => {
  const page = await builder();
  await page.locator("#widget-self-assessment").check();
  const submit = page.locator("#setting-submit-url");
  await submit.fill("javascript:alert(1)");
  await submit.press("Tab");
  const error = page.locator("#setting-submit-url-error");
  assert.match(await error.textContent(), /Error: .*javascript:alert\(1\).*not an http\(s\) address/);
  assert.equal(await submit.getAttribute("aria-invalid"), "true");
  assert.match(await submit.getAttribute("aria-describedby"), /setting-submit-url-error/);
  for (const way of ["element", "data", "script", "iframe"]) assert.doesNotMatch(await code(page, way), /javascript/i, way);

  // A content file with problems: each said where it is, named from the file, in the builder's
  // language, with its JSON path as a detail.
  const src = page.locator("#setting-src");
  await src.fill(`${env.server.url}/content/wrong-schema.json`);
  await src.press("Tab");
  await page.locator(".file-check .problems li").first().waitFor();
  const problems = await page.locator(".file-check .problems li").allTextContents();
  assert.ok(problems.some((p) => p.startsWith("migration › Name: has no text in any language") && p.endsWith("$.groups[1].name")), problems.join("\n"));
  assert.ok(problems.some((p) => p.startsWith("Rule of Law and Governance › Links › 1 › Address: only https:, http: and mailto: links are allowed") && p.endsWith("$.groups[2].links[0].url")), problems.join("\n"));
  await page.locator("#page-language").selectOption("fr");
  await page.waitForFunction(() => [...document.querySelectorAll(".file-check .problems li")].some((li) => li.textContent.startsWith("État de droit et gouvernance › Liens › 1 › Adresse : seuls les liens https:, http: et mailto: sont permis")));
  await page.locator("#page-language").selectOption("en");

  // A valid file without the chosen group.
  await page.route("**/content/three-groups.json", async (route) => {
    const doc = JSON.parse(await readFile(new URL("../../public/action-groups.json", import.meta.url), "utf8"));
    doc.groups = doc.groups.filter((g) => g.id !== "migration");
    delete doc.assessment;
    route.fulfill({ json: doc });
  });
  await page.locator("#widget-explorer").check();
  await page.locator("#setting-group").selectOption("migration");
  await page.locator("#setting-src").fill(`${env.server.url}/content/three-groups.json`);
  await page.locator("#setting-src").press("Tab");
  await page.locator(".file-check .check-ok").waitFor();
  assert.match(await page.locator(".file-check").textContent(), /valid: 3 action groups.*no group “migration”/);

  // Unreachable: said as such, not as a broken file.
  await page.locator("#setting-src").fill(`${env.server.url}/content/missing.json`);
  await page.locator("#setting-src").press("Tab");
  await page.waitForFunction(() => /HTTP 404/.test(document.querySelector(".file-check").textContent));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("each colour pair's contrast is given in words, with a warning under 4.5:1", async () => {
  const page = await builder();
  const items = page.locator(".contrast li");
  assert.equal(await page.locator(".contrast li.low").count(), 0, "the widgets' own colours pass");
  await page.locator("#theme-text").fill("#999999");
  assert.match(await items.nth(0).textContent(), /Text on the background: 2\.8:1, too low\. WCAG AA asks for at least 4\.5:1/);
  assert.equal(await page.locator(".contrast li.low").count(), 1);
  await page.locator("#page-language").selectOption("fr");
  assert.match(await items.nth(0).textContent(), /Texte sur le fond : 2,8:1, trop faible/);
  await page.locator("#theme-radius").fill("0");
  assert.match(await code(page, "element"), /style="--alliance87-text: #999999; --alliance87-radius: 0px"/);
  await page.getByRole("button", { name: "Revenir à l'apparence d'origine" }).click();
  assert.equal(await page.locator(".contrast li.low").count(), 0);
  assert.doesNotMatch(await code(page, "element"), /style=/);
  await page.context().close();
});

test("keyboard alone: choose, fill in and copy; the copy is announced", async () => {
  const page = await builder();
  await page.locator("#page-language").focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "widget-explorer");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.id), "widget-checklist");
  await page.locator("#setting-group").waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "setting-lang");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "setting-group");
  await page.keyboard.press("ArrowDown");
  assert.match(await code(page, "element"), /group="[a-z-]+"/);
  const copy = page.getByRole("button", { name: "Copy the code: Iframe" });
  await copy.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => [...document.querySelectorAll("[role=status]")].some((s) => s.textContent === "Copied: Iframe."));
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clipboard, await code(page, "iframe"));
  await page.context().close();
});

test("axe-core finds nothing, in English and in Spanish at 320 px with an error shown, and nothing scrolls sideways", async () => {
  const page = await builder();
  await page.locator("alliance87-explorer .card").first().waitFor();
  assert.deepEqual(await runAxe(page), []);
  await page.context().close();

  const narrow = await builder("lang=es", { viewport: { width: 320, height: 700 } });
  assert.equal(await narrow.locator("h1").textContent(), "Insertar un widget de la Alianza 8.7");
  assert.equal(await narrow.evaluate(() => document.documentElement.lang), "es");
  await narrow.locator("#widget-self-assessment").check();
  await narrow.locator("#setting-submit-url").fill("ftp://example.org/");
  await narrow.locator("#setting-submit-url").press("Tab");
  await narrow.locator("#theme-accent").fill("#7a1f5c");
  await narrow.locator("#setting-submit-url-error").waitFor();
  assert.deepEqual(await runAxe(narrow), []);
  assert.ok(await narrow.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scrolling at 320 px");
  await narrow.context().close();
});

test("a brand colour typed in hex moves the swatch, the preview and the code; a wrong one is said; a copy is confirmed on screen", async () => {
  const page = await builder("lang=fr");
  const hex = page.locator("#theme-accent-hex");
  assert.equal(await hex.getAttribute("aria-label"), "Hex: Accent (liens, boutons, onglet choisi)");
  await hex.fill("");
  await hex.pressSequentially("7A1F5C");
  await page.keyboard.press("Tab");
  assert.equal(await page.locator("#theme-accent").inputValue(), "#7a1f5c");
  assert.equal(await page.locator(".preview-frame > *").evaluate((e) => e.style.getPropertyValue("--alliance87-accent")), "#7a1f5c");
  assert.match(await code(page, "element"), /--alliance87-accent: #7a1f5c/);
  // Three digits are a colour too, once the field is left.
  await hex.fill("#07c");
  await page.keyboard.press("Tab");
  assert.equal(await page.locator("#theme-accent").inputValue(), "#0077cc");
  // Not a colour: said beside the field, and the theme keeps the last good one.
  await hex.fill("12345");
  await page.keyboard.press("Tab");
  const error = page.locator("#theme-accent-hex-error");
  await error.waitFor();
  assert.equal(await error.textContent(), "Écrivez la couleur en 6 chiffres hexadécimaux, par exemple #0B5CAB.");
  assert.equal(await hex.getAttribute("aria-invalid"), "true");
  assert.equal(await hex.getAttribute("aria-describedby"), "theme-accent-hex-error");
  assert.match(await code(page, "element"), /--alliance87-accent: #0077cc/);
  await hex.fill("0B5CAB");
  await page.keyboard.press("Tab");
  await error.waitFor({ state: "detached" });
  // Copying says so on screen, next to the button.
  await page.locator("pre:has(#code-element) + .copy-row button").click();
  const result = page.locator("pre:has(#code-element) + .copy-row .copy-result");
  await page.waitForFunction(() => document.querySelector("pre:has(#code-element) + .copy-row .copy-result").textContent.startsWith("Copié"));
  assert.ok(await result.isVisible());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("opened from disk, the builder and the studio say in the reader's language how to serve them; the builder's noscript link exists", async () => {
  const dist = new URL("../../dist/", import.meta.url);
  for (const [file, locale, words] of [
    ["builder.html", "fr-FR", /^Les navigateurs n'exécutent pas cette page ouverte depuis le disque\. Servez le dossier de la version en http : .*http:\/\/localhost:8000\/builder\.html\.$/],
    ["studio.html", "en-US", /^Browsers do not run this page opened from disk\. Serve the release's folder over http: .*http:\/\/localhost:8000\/studio\.html\.$/],
  ]) {
    const context = await env.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(new URL(file, dist).href);
    const alert = page.locator("[role=alert]");
    await alert.waitFor();
    assert.match(await alert.textContent(), words);
    assert.equal(await page.locator(".loading").count(), 0, "no Loading… left");
    await context.close();
  }
  const html = await readFile(new URL("builder.html", dist), "utf8");
  const href = /<noscript>[\s\S]*?href="([^"]+)"/.exec(html)[1];
  assert.match(href, /^v[\d.]+\/embed-explorer\.en\.html$/);
  await readFile(new URL(href, dist));
});
