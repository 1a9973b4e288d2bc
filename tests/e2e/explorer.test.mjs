// The explorer as a visitor uses it: browse, search, filter, open a group, keyboard only,
// small screens, and no accessibility violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, focused, runAxe, consoleOf, waitForFocus, recordEvents, eventsOf } from "./helpers.mjs";

let env;
before(async () => (env = await launch()));
after(async () => env?.close());

const cards = (page) => page.locator("#explorer .card-open");

test("shows every action group with its summary and themes, and reports ready", async () => {
  const page = await open(env.browser);
  await page.goto(`${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  assert.deepEqual(await cards(page).allTextContents(), ["Supply Chains", "Migration", "Rule of Law and Governance", "Conflict and Humanitarian Settings"]);
  assert.equal(await page.locator("#explorer .count").textContent(), "4 action groups");
  assert.match(await page.locator("#explorer .card").nth(2).textContent(), /Details to be published/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(consoleOf(page, "error"), []);
});

test("ready and group-open events reach the host page with their details", async () => {
  const page = await open(env.browser);
  await recordEvents(page, ["alliance87:ready", "alliance87:group-open"]);
  await page.goto(`${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  await cards(page).nth(1).click();
  await page.waitForSelector("#explorer #group-title");
  const events = await eventsOf(page);
  assert.deepEqual(events, [
    { name: "alliance87:ready", detail: { widget: "explorer", lang: "en", contentVersion: 1, fallback: false }, composed: true, bubbles: true },
    { name: "alliance87:group-open", detail: { group: "migration" }, composed: true, bubbles: true },
  ]);
});

test("a group shows what it does, its structure and its numbered priorities", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await cards(page).first().click();
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Supply Chains");
  assert.match(await page.locator("#explorer #panel-purpose").textContent(), /more than 250 partners/);
  await page.locator("#explorer #tab-structure").click();
  assert.equal(await page.locator("#explorer #panel-structure li").count(), 4);
  assert.equal(await page.locator("#explorer #panel-purpose").isVisible(), false);
  await page.locator("#explorer #tab-priorities").click();
  const priorities = page.locator("#explorer #panel-priorities ol.priorities > li");
  assert.equal(await priorities.count(), 4);
  assert.match(await priorities.nth(3).textContent(), /key countries and supply chains/);
  // Groups without published priorities say so instead of inventing them.
  await page.locator("#explorer .back").click();
  await cards(page).nth(2).click();
  assert.match(await page.locator("#explorer #panel-purpose").textContent(), /not yet published/);
  await page.locator("#explorer #tab-priorities").click();
  assert.match(await page.locator("#explorer #panel-priorities").textContent(), /has not published priorities/);
  await page.locator("#explorer .back").click();
  await cards(page).nth(3).click();
  await page.locator("#explorer #tab-priorities").click();
  assert.equal(await page.locator("#explorer #tab-priorities").textContent(), "Topics");
  assert.equal(await page.locator("#explorer #panel-priorities ul.topics > li").count(), 5);
});

test("search ignores case and accents, filters combine, and an empty result says so", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.evaluate(() => document.querySelector("#explorer").setAttribute("lang", "fr"));
  await page.locator("#explorer #search").fill("CHAINE");
  assert.deepEqual(await cards(page).allTextContents(), ["Chaînes d'approvisionnement", "Conflits et contextes humanitaires"]);
  await page.locator("#explorer .theme-option", { hasText: "Travail des enfants" }).click();
  assert.deepEqual(await cards(page).allTextContents(), ["Chaînes d'approvisionnement"]);
  assert.equal(await page.locator("#explorer .count").textContent(), "1 groupe d'action");
  await page.locator("#explorer #search").fill("zzz introuvable");
  assert.equal(await cards(page).count(), 0);
  assert.match(await page.locator("#explorer .empty").textContent(), /Aucun groupe d'action ne correspond/);
  await page.locator("#explorer .link-button").click();
  assert.equal(await cards(page).count(), 4);
  assert.equal(await page.locator("#explorer #search").inputValue(), "");
});

test("everything works with the keyboard alone, with focus moved where the reader expects", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  await page.keyboard.press("Tab"); // the host page's own link
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "search");
  await page.keyboard.type("corridors");
  assert.deepEqual(await cards(page).allTextContents(), ["Migration"]);
  // Theme filters are checkboxes: Space toggles them.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  assert.equal(await page.locator("#explorer .count").textContent(), "0 action groups");
  await page.keyboard.press("Space");
  let presses = 0;
  while ((await focused(page)).id !== "card-migration" && presses++ < 20) await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "card-migration");
  await page.keyboard.press("Enter");
  await waitForFocus(page, "group-title");
  await page.keyboard.press("Tab");
  assert.deepEqual(await focused(page), { tag: "button", id: "tab-purpose", text: "What we do", role: "tab" });
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).id, "tab-structure");
  assert.equal(await page.locator("#explorer #panel-structure").isVisible(), true);
  await page.keyboard.press("End");
  assert.equal((await focused(page)).id, "tab-checklist");
  assert.equal(await page.locator("#explorer #panel-checklist").isVisible(), true);
  await page.keyboard.press("ArrowRight");
  assert.equal((await focused(page)).id, "tab-purpose");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  assert.equal((await focused(page)).id, "tab-priorities");
  assert.equal(await page.locator("#explorer #panel-priorities ol > li").count(), 5);
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "panel-priorities");
  // Back to the list: focus returns to the card that was opened.
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focused(page)).id, "tab-priorities");
  await page.keyboard.press("Shift+Tab");
  assert.equal((await focused(page)).text, "All action groups");
  await page.keyboard.press("Enter");
  await waitForFocus(page, "card-migration");
});

test("focus is always visible", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const el = document.querySelector("#explorer").shadowRoot.activeElement;
    const style = getComputedStyle(el);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });
  assert.deepEqual(outline, { width: "3px", style: "solid" });
});

test("fits a 320 px wide screen without horizontal scrolling", async () => {
  const page = await open(env.browser, null, { viewport: { width: 320, height: 640 } });
  await page.goto(`${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await overflow(), 0);
  await cards(page).first().click();
  await page.locator("#explorer #tab-priorities").click();
  assert.equal(await overflow(), 0);
});

test("axe-core finds no violations in any view, in every language", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  assert.deepEqual(await runAxe(page), [], "overview");
  await page.locator("#explorer #search").fill("nothing matches this");
  assert.deepEqual(await runAxe(page), [], "empty state");
  await page.locator("#explorer #search").fill("");
  for (const lang of ["fr", "es"]) {
    await page.evaluate((lang) => document.querySelector("#explorer").setAttribute("lang", lang), lang);
    await page.locator("#explorer .card").first().waitFor();
    assert.deepEqual(await runAxe(page), [], `overview in ${lang}`);
  }
  await cards(page).first().click();
  for (const tab of ["purpose", "structure", "priorities", "checklist"]) {
    await page.locator(`#explorer #tab-${tab}`).click();
    assert.deepEqual(await runAxe(page), [], `group tab ${tab}`);
  }
});

test("the language switch appears only when asked for, and changes the language in place", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  assert.equal(await page.locator("#explorer select").count(), 0);
  await page.evaluate(() => document.querySelector("#explorer").setAttribute("language-switch", ""));
  await page.locator("#explorer select").selectOption("es");
  assert.equal(await page.locator("#explorer .title").textContent(), "Los grupos de acción de la Alianza 8.7");
  assert.equal(await page.locator("#explorer .explorer").getAttribute("lang"), "es");
  assert.equal(await cards(page).first().textContent(), "Cadenas de suministro");
  assert.deepEqual(await runAxe(page), []);
});

test("prints every section of an open group", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await cards(page).nth(1).click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#explorer #panel-priorities").isVisible(), true);
  assert.equal(await page.locator("#explorer .back").isVisible(), false);
});
