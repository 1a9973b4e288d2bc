// The content studio (studio.html): the secretariat opens the built-in content, edits a text in
// three languages, sees each problem said where it is and follows it to its field, adds a
// priority, sees it in the preview, downloads the file, and a partner's widget reads that file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, openHtml, runAxe } from "./helpers.mjs";

let env;
// A file opened from another address needs CORS, as on a real server.
before(async () => (env = await launch({ cors: true })));
after(() => env.close());

const migration = 1;
const priority = (i, lang) => `#f-groups-${migration}-priorities-items-${i}-${lang}`;

async function studio(query = "lang=fr", viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, bypassCSP: true, acceptDownloads: true });
  const page = await open(env.browser, null, { context });
  await page.goto(`${env.server.url}/studio.html?${query}`);
  await page.locator(priority(0, "en")).waitFor();
  return page;
}

/** Presses Tab until an element matching `selector` (and saying `text`) has the focus
 *  (keyboard only), at most `max` presses. */
async function tabTo(page, selector, text = "", max = 600) {
  for (let i = 0; i < max; i++) {
    const there = await page.evaluate(([s, t]) => document.activeElement?.matches(s) && document.activeElement.textContent.includes(t), [selector, text]);
    if (there) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} "${text}" was not reached with Tab`);
}

test("edit, check, follow a problem to its field, add a priority, preview, download, and a partner's widget reads the file", async () => {
  const page = await studio();
  // An empty Spanish text: said in French, with the group's name and the priority's number.
  await page.locator(priority(4, "es")).fill("");
  const fallback = page.locator(".problems.fallbacks li a", { hasText: "Migrations › Priorités › 5 : le texte espagnol manque" });
  await fallback.waitFor();
  assert.match(await page.locator(".problems.fallbacks li").first().textContent(), /\$\.groups\[1\]\.priorities\.items\[4\]\.es/);
  // Following it (keyboard) moves the focus to the field.
  await fallback.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), `f-groups-${migration}-priorities-items-4-es`);
  await page.keyboard.type("Proteger a los trabajadores migrantes en todas las etapas");
  await page.locator(".problems.fallbacks").waitFor({ state: "detached" });

  // A text with no words at all stops the file: said apart, as blocking.
  const name = page.locator(`#f-groups-${migration}-name-en`);
  for (const lang of ["en", "fr", "es"]) await page.locator(`#f-groups-${migration}-name-${lang}`).fill("");
  const blocking = page.locator(".problems.blocking li a", { hasText: "Nom : n'a de texte dans aucune langue" });
  await blocking.waitFor();
  await page.locator(".preview .note").waitFor();
  await blocking.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), `f-groups-${migration}-name-en`);
  await page.keyboard.type("Migration");
  await page.locator(`#f-groups-${migration}-name-fr`).fill("Migrations");
  await page.locator(`#f-groups-${migration}-name-es`).fill("Migración");
  await page.locator(".problems.blocking").waitFor({ state: "detached" });
  assert.equal(await name.inputValue(), "Migration");

  // Add a priority with the keyboard: the focus goes to its English field.
  await page.locator(`#f-groups-${migration}-name-es`).focus();
  await tabTo(page, `section.group-form:has(#f-groups-${migration}-name-en) > button`, "Ajouter une priorité");
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => document.activeElement?.id === id, `f-groups-${migration}-priorities-items-5-en`);
  await page.keyboard.type("Count every worker recruited abroad");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Compter chaque travailleur recruté à l'étranger");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Contar a cada trabajador contratado en el extranjero");
  // The preview (the checklist on Migration, in French) shows it.
  await page.waitForFunction(() => document.querySelector(".preview-frame").shadowRoot?.textContent.includes("Compter chaque travailleur recruté à l'étranger"));

  // Download: formatted, with the release's schema, and what was edited.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button", { hasText: "Télécharger le fichier de contenu" }).click()]);
  const file = await readFile(await download.path(), "utf8");
  const saved = JSON.parse(file);
  assert.match(saved.$schema, /\/v[\d.]+\/alliance87-content\.schema\.json$/);
  assert.ok(file.startsWith('{\n  "$schema"'), file.slice(0, 80));
  assert.equal(saved.groups[migration].priorities.items[5].fr, "Compter chaque travailleur recruté à l'étranger");
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // A partner's page reads the file with `src`: the checklist has the new priority.
  const partner = await open(env.browser, null);
  await partner.route("**/edited-content.json", (route) => route.fulfill({ body: file, contentType: "application/json" }));
  await openHtml(partner, env.server.url, `<!doctype html><html lang="en"><head><title>Partner</title><script type="module" src="/alliance87.js"></script></head><body><alliance87-checklist lang="en" group="migration" src="/edited-content.json"></alliance87-checklist></body></html>`);
  await partner.waitForFunction(() => document.querySelector("alliance87-checklist").shadowRoot?.textContent.includes("Count every worker recruited abroad"));
  assert.equal(await partner.locator("alliance87-checklist .notice").count(), 0);
  await partner.context().close();
});

test("the personas table turns red when a change of points moves a persona's first group", async () => {
  const page = await studio("lang=en");
  const cocoa = page.locator("table.personas tr", { hasText: "Cocoa-sourcing company" });
  await cocoa.waitFor();
  assert.equal(await page.locator("table.personas tbody tr.changed").count(), 0, "the built-in points keep every persona");
  assert.match(await cocoa.textContent(), /Supply Chains.*Supply Chains.*As expected/);
  // The "supply chains" context now points to Migration, and a company no longer to supply chains.
  await page.locator("#f-assessment-questions-2-options-0-weights-supply-chains").fill("0");
  await page.locator("#f-assessment-questions-2-options-0-weights-migration").fill("5");
  await page.locator("#f-assessment-questions-0-options-4-weights-supply-chains").fill("0");
  await page.waitForFunction(() => document.querySelector("table.personas tbody tr.changed"));
  assert.match(await cocoa.textContent(), /Supply Chains.*Migration.*Changed/);
  assert.equal(await cocoa.getAttribute("class"), "changed");
  // A weight out of range is said, linked to its field.
  await page.locator("#f-assessment-questions-0-options-4-weights-migration").fill("9");
  await page.locator(".problems.blocking li a", { hasText: "Self-assessment › Question 1 › Option 5 › Points per group › Migration: expected a whole number from 0 to 5" }).waitFor();
  await page.context().close();
});

test("translators' round trip: a language exported as a flat file, translated, imported back with a report", async () => {
  const page = await studio("lang=en");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button", { hasText: "Export the texts in Spanish" }).click()]);
  assert.equal(download.suggestedFilename(), "action-groups.es.json");
  const flat = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(flat["groups.migration.name"], "Migración");
  assert.ok("groups.migration.priorities.5" in flat);
  // A translator changes one text, empties another, and adds a key the content does not have.
  flat["groups.migration.priorities.5"] = "Texto revisado por la traductora";
  flat["groups.migration.summary"] = "";
  flat["groups.oceans.name"] = "Océanos";
  await page.locator("#import-lang").selectOption("es");
  await page.locator("#import-file").setInputFiles({ name: "action-groups.es.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(flat)) });
  const report = page.locator(".import-report");
  await report.locator("p").first().waitFor();
  const text = await report.textContent();
  assert.match(text, /Texts changed by action-groups\.es\.json: 2\./);
  assert.match(text, /Ignored, not in this content: groups\.oceans\.name/);
  assert.match(text, /Still without a translation: groups\.migration\.summary/);
  assert.equal(await page.locator(priority(4, "es")).inputValue(), "Texto revisado por la traductora");
  // The emptied text now falls back, and says so.
  await page.locator(".problems.fallbacks li", { hasText: "Migration › Summary: the Spanish text is missing" }).waitFor();
  await page.context().close();
});

test("a change to a group's priorities raises the version and says what it means for saved checklists; the editor can keep it", async () => {
  const page = await studio("lang=en");
  const saved = async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button", { hasText: "Download the content file" }).click()]);
    return JSON.parse(await readFile(await download.path(), "utf8")).version;
  };
  assert.equal(await saved(), 1);
  await page.locator(`#f-groups-${migration}-name-en`).fill("Migration and mobility");
  assert.equal(await page.locator(".notice.version").count(), 0, "a name is not a list of priorities");
  await page.locator(priority(0, "en")).fill("A reworded first priority");
  const notice = page.locator(".notice.version");
  await notice.waitFor();
  assert.match(await notice.textContent(), /Migration and mobility: the list of priorities or units changed\. The content's version goes from 1 to 2, so visitors' saved checklists are carried over/);
  assert.equal(await saved(), 2);
  await notice.locator("button", { hasText: "Keep version 1" }).click();
  await page.locator(".notice.version", { hasText: "Version 1 is kept" }).waitFor();
  assert.equal(await saved(), 1);
  await page.locator(".notice.version button", { hasText: "Raise the version to 2" }).click();
  assert.equal(await saved(), 2);
  await page.context().close();
});

test("groups, units, facts and links are added, checked and removed; ids are proposed from names", async () => {
  const page = await studio("lang=en");
  await page.locator("button", { hasText: "Add a group" }).click();
  const last = await page.locator(".group-form").count();
  const at = `#f-groups-${last - 1}`;
  await page.waitForFunction((id) => document.activeElement?.id === id, `f-groups-${last - 1}-name-en`);
  assert.equal(await page.locator(`${at}-id`).inputValue(), "new-group");
  // A new group needs its texts: each said, each linked.
  await page.locator(".problems.blocking li a", { hasText: "new-group › Summary: has no text in any language" }).waitFor();
  await page.keyboard.type("Forced Labour in Fisheries");
  await page.locator(`${at}-summary-en`).fill("Ending forced labour at sea.");
  await page.locator(`${at}-purpose-en`).fill("Bring fishing nations and companies together.");
  await page.locator(".group-form").last().locator("button", { hasText: "Propose an id from the English name" }).click();
  assert.equal(await page.locator(`${at}-id`).inputValue(), "forced-labour-in-fisheries");
  // A fact and a link; a link that is not http(s) is a problem.
  await page.locator(".group-form").last().locator("button", { hasText: "Add a fact" }).click();
  await page.locator(`${at}-facts-0-en`).fill("Fishing employs about 60 million people.");
  await page.locator(".group-form").last().locator("button", { hasText: "Add a link" }).click();
  await page.locator(`${at}-links-0-label-en`).fill("About the group");
  await page.locator(`${at}-links-0-url`).fill("javascript:alert(1)");
  await page.locator(".problems.blocking li a", { hasText: "Forced Labour in Fisheries › Links › 1 › Address: only https:, http: and mailto: links are allowed" }).waitFor();
  await page.locator(`${at}-links-0-url`).fill("https://www.alliance87.org/");
  await page.locator(".problems.blocking").waitFor({ state: "detached" });
  // The preview's explorer lists it.
  await page.locator("#preview-widget").selectOption("explorer");
  await page.waitForFunction(() => document.querySelector(".preview-frame").shadowRoot?.textContent.includes("Forced Labour in Fisheries"));
  // Removing a group asks first.
  page.once("dialog", (dialog) => dialog.accept());
  await page.locator(".group-form").last().locator("button", { hasText: "Remove this group" }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".group-form").length === n - 1, last);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("themes: added, proposed an id, carried by a group, shown in the preview; a theme removed while in use is said and fixed from its link", async () => {
  const page = await studio("lang=en");
  const themes = await page.locator("#f-themes-0-id").evaluate(() => document.querySelectorAll("[id^=f-themes-][id$=-id]").length);
  await page.locator("button", { hasText: "Add a theme" }).click();
  const at = `#f-themes-${themes}`;
  await page.waitForFunction((id) => document.activeElement?.id === id, `f-themes-${themes}-label-en`);
  await page.keyboard.type("Fisheries at sea");
  await page.locator(`${at}-label-fr`).fill("Pêche en mer");
  await page.locator(`${at}-label-es`).fill("Pesca en el mar");
  await page.locator(`.list-entry:has(${at}-id) button`, { hasText: "Propose an id from the English text" }).click();
  assert.equal(await page.locator(`${at}-id`).inputValue(), "fisheries-at-sea");
  // Supply Chains carries it: its box, written in the themes' order, and the preview's card shows it.
  const box = page.locator("#f-groups-0-themes label", { hasText: "Fisheries at sea" });
  await box.click();
  await page.locator("#preview-widget").selectOption("explorer");
  await page.waitForFunction(() => document.querySelector(".preview-frame").shadowRoot?.textContent.includes("Fisheries at sea"));
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("alliance87:studio-draft")).groups[0].themes);
  assert.equal(saved.at(-1), "fisheries-at-sea");
  // Removed from the themes while Supply Chains still carries it: said, and the link leads to the group's themes.
  await page.locator(`.list-entry:has(${at}-id) button`, { hasText: "Remove" }).click();
  const problem = page.locator(".problems.blocking li a", { hasText: 'unknown theme "fisheries-at-sea"' });
  await problem.waitFor();
  assert.match(await problem.textContent(), /^Supply Chains › Themes/);
  await problem.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "f-groups-0-themes");
  await page.keyboard.press("Tab");
  // The group's boxes, the unknown one last: Space takes it off.
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent === "fisheries-at-sea")); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.locator(".problems.blocking").waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("questions and options: added with proposed ids, reordered and removed with the keyboard; a new group gets its priorities", async () => {
  const page = await studio("lang=en");
  await page.locator("button", { hasText: "Add a question" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "f-assessment-questions-5-text-en");
  assert.equal(await page.locator("#f-assessment-questions-5-id").inputValue(), "question");
  assert.equal(await page.locator("#f-assessment-questions-5-options-0-id").inputValue(), "option");
  assert.equal(await page.locator("#f-assessment-questions-5-options-1-id").inputValue(), "option-2");
  await page.locator(".problems.blocking li a", { hasText: "Self-assessment › Question 6 › Question text: has no text in any language" }).waitFor();
  await page.keyboard.type("Where do you work?");
  for (const [field, text] of [["text-fr", "Où travaillez-vous ?"], ["text-es", "¿Dónde trabaja?"], ["why-en", "Groups act in different places."], ["why-fr", "Les groupes agissent en des lieux différents."], ["why-es", "Los grupos actúan en lugares distintos."]]) {
    await page.locator(`#f-assessment-questions-5-${field}`).fill(text);
  }
  for (const [o, en] of [[0, "At sea"], [1, "On land"]]) {
    for (const lang of ["en", "fr", "es"]) await page.locator(`#f-assessment-questions-5-options-${o}-label-${lang}`).fill(`${en} (${lang})`);
  }
  await page.locator(".problems.blocking").waitFor({ state: "detached" });
  // A third option, by keyboard: its points per group are there.
  await page.locator("#f-assessment-questions-5-options-1-label-es").focus();
  await tabTo(page, ".question-form:has(#f-assessment-questions-5-id) > button", "Add an option");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "f-assessment-questions-5-options-2-label-en");
  assert.equal(await page.locator("#f-assessment-questions-5-options-2-id").inputValue(), "option-3");
  await page.locator("#f-assessment-questions-5-options-2-weights-migration").fill("3");
  // Moved up above question 5, then removed: the list is as it was.
  await page.locator("button[aria-label='Move up: Question 6']").click();
  assert.equal(await page.locator("#f-assessment-questions-4-id").inputValue(), "question");
  await page.locator("button[aria-label='Remove: Question 5']").click();
  assert.equal(await page.locator(".question-form").count(), 5);
  assert.equal(await page.locator("#f-assessment-questions-4-id").inputValue(), "pathfinder");
  // A new group has no priorities until they are added.
  await page.locator("button", { hasText: "Add a group" }).click();
  await page.locator(".group-form").last().locator("button", { hasText: "Add the priorities" }).click();
  const last = (await page.locator(".group-form").count()) - 1;
  await page.waitForFunction((id) => document.activeElement?.id === id, `f-groups-${last}-priorities-intro-en`);
  assert.equal(await page.locator(`#f-groups-${last}-priorities-kind`).inputValue(), "priorities");
  await page.locator(`#f-groups-${last}-priorities-kind`).selectOption("topics");
  const kind = await page.evaluate((i) => JSON.parse(localStorage.getItem("alliance87:studio-draft")).groups[i].priorities.kind, last);
  assert.equal(kind, "topics");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("two tabs: a draft changed in another tab is not overwritten; the editor chooses which to continue", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const first = await open(env.browser, null, { context });
  await first.goto(`${env.server.url}/studio.html?lang=en`);
  await first.locator(priority(0, "en")).waitFor();
  const second = await open(env.browser, null, { context });
  await second.goto(`${env.server.url}/studio.html?lang=en`);
  await second.locator(priority(0, "en")).waitFor();
  await first.locator(priority(0, "en")).fill("Written in the first tab");
  const notice = second.locator(".notice.other-tab");
  await notice.waitFor();
  assert.match(await notice.textContent(), /changed in another tab/);
  // Typing in the second tab meanwhile keeps nothing over the first tab's draft.
  await second.locator(priority(1, "en")).fill("Written in the second tab");
  const kept = await second.evaluate(() => JSON.parse(localStorage.getItem("alliance87:studio-draft")).groups[1].priorities.items);
  assert.equal(kept[0].en, "Written in the first tab");
  assert.notEqual(kept[1].en, "Written in the second tab");
  await notice.locator("button", { hasText: "Continue with the other tab's draft" }).click();
  await notice.waitFor({ state: "detached" });
  assert.equal(await second.locator(priority(0, "en")).inputValue(), "Written in the first tab");
  // The other way: the first tab now hears of nothing new, and keeping a tab's draft writes it.
  await second.locator(priority(2, "en")).fill("Kept from the second tab");
  await first.locator(".notice.other-tab").waitFor();
  await first.locator(".notice.other-tab button", { hasText: "Keep this tab's draft" }).click();
  const after = await first.evaluate(() => JSON.parse(localStorage.getItem("alliance87:studio-draft")).groups[1].priorities.items[2].en);
  assert.notEqual(after, "Kept from the second tab");
  assert.deepEqual([...first.errors, ...second.errors], []);
  await context.close();
});

test("the Alliance adds its own organisation to the personas table; kept across a reload, removable", async () => {
  const page = await studio("lang=en");
  await page.locator("summary", { hasText: "Add an organisation of your own" }).click();
  await page.locator("button", { hasText: "Add this organisation to the table" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "persona-name");
  assert.match(await page.locator(".add-persona").textContent(), /Give the organisation a name/);
  await page.keyboard.type("Fishing cooperative");
  await page.locator(".persona-question label", { hasText: "Workers' organisation" }).first().click();
  await page.locator(".persona-question label", { hasText: "Migration" }).first().click();
  await page.locator("#persona-expected").selectOption("migration");
  await page.locator("button", { hasText: "Add this organisation to the table" }).click();
  await page.locator(".add-persona [role=status]", { hasText: "Fishing cooperative is added to the table." }).waitFor();
  const row = page.locator("table.personas tr", { hasText: "Fishing cooperative" });
  assert.match(await row.textContent(), /\(yours\).*Migration.*Migration.*As expected/);
  // Expecting another group turns it red: what the Alliance tuned is held to it.
  await page.reload();
  await row.waitFor();
  await page.locator("#f-assessment-questions-0-options-2-weights-migration").fill("0");
  await page.locator("#f-assessment-questions-2-options-1-weights-migration").fill("0");
  await page.waitForFunction(() => [...document.querySelectorAll("table.personas tr.changed")].some((r) => r.textContent.includes("Fishing cooperative")));
  await row.locator("button", { hasText: "Remove Fishing cooperative" }).click();
  await row.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => localStorage.getItem("alliance87:studio-personas")), "[]");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the draft is kept across a reload, and discarding it asks first", async () => {
  const page = await studio("lang=en");
  await page.locator(priority(0, "fr")).fill("Brouillon gardé");
  await page.reload();
  await page.locator(priority(0, "fr")).waitFor();
  assert.equal(await page.locator(priority(0, "fr")).inputValue(), "Brouillon gardé");
  assert.match(await page.locator(".open .status").textContent(), /Your draft from this browser is open again/);
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.locator("button", { hasText: "Discard the draft" }).click();
  assert.equal(await page.locator(priority(0, "fr")).inputValue(), "Brouillon gardé");
  page.once("dialog", (dialog) => dialog.accept());
  await page.locator("button", { hasText: "Discard the draft" }).click();
  await page.waitForFunction((s) => document.querySelector(s).value !== "Brouillon gardé", priority(0, "fr"));
  await page.context().close();
});

test("a pasted text that is not JSON is said, and the draft stays", async () => {
  const page = await studio("lang=es");
  await page.locator("#open-paste").fill("{ not json");
  await page.locator("button", { hasText: "Abrir el texto pegado" }).click();
  assert.match(await page.locator(".open .status").textContent(), /Texto pegado no es un archivo de contenido: no es JSON válido/);
  assert.ok((await page.locator(priority(0, "en")).inputValue()).length > 0);
  await page.context().close();
});

test("an address that cannot be opened is said with its cause: CORS and the header to send, a web page, an HTTP status", async () => {
  const page = await studio("lang=en");
  // Another origin of the same server (a host name instead of the address).
  const other = env.server.url.replace("127.0.0.1", "localhost");
  const open = async (address) => {
    await page.locator("#open-url").fill(address);
    await page.locator("button", { hasText: "Open the address" }).click();
    const status = page.locator(".open .status").filter({ hasNotText: "Opening" });
    await status.filter({ hasText: /\S/ }).waitFor();
    return status.textContent();
  };
  assert.equal(
    await open(`${other}/content/no-cors.json`),
    `${other}/content/no-cors.json could not be read: blocked by CORS: the server at ${other} must send the header “Access-Control-Allow-Origin: *” (or “Access-Control-Allow-Origin: ${env.server.url}”) with the file`,
  );
  assert.match(await open(`${env.server.url}/content/moved.json`), /could not be read: this address gives a web page, not a content file \(it leads to .*\/hosts\/plain\.html\)$/);
  assert.match(await open(`${env.server.url}/content/missing.json`), /could not be read: the server answered HTTP 404 Not Found: there is no content file at this address$/);
  assert.ok((await page.locator(priority(0, "en")).inputValue()).length > 0, "the draft stays");
  await page.context().close();
});

test("the studio and the builder load their own module by its hash: a changed file does not start", async () => {
  for (const [page, file] of [["studio.html", "builder-app.js"], ["studio.html", "builder-app_bg.wasm"], ["builder.html", "builder-app.js"]]) {
    const context = await env.browser.newContext();
    const tab = await open(env.browser, null, { context });
    await tab.route(`**/${file}`, async (route) => {
      const response = await route.fetch();
      const body = Buffer.concat([await response.body(), Buffer.from(file.endsWith(".js") ? "\n// changed\n" : "\0")]);
      await route.fulfill({ response, body });
    });
    await tab.goto(`${env.server.url}/${page}?lang=en`);
    await tab.locator("[role=alert]").getByText(/could not start in this browser/).waitFor();
    assert.equal(await tab.locator("#f-groups-0-name-en, #code-element").count(), 0, `${page} with ${file} changed`);
    await context.close();
  }
  // Unchanged, both start (the tests above use them).
  const pinned = await readFile(new URL("../../dist/studio.html", import.meta.url), "utf8");
  assert.match(pinned, /<link rel="modulepreload" href="builder-app.js" integrity="sha384-[^"]+" \/>/);
  assert.match(pinned, /<script type="module" src="studio.js" integrity="sha384-[^"]+">/);
});

for (const width of [1280, 320]) {
  test(`axe-core finds nothing in French at ${width} px, with problems listed, and nothing scrolls sideways`, async () => {
    const page = await studio("lang=fr", { width, height: 900 });
    await page.locator(priority(4, "es")).fill("");
    await page.locator(`#f-groups-${migration}-summary-en`).fill("<b>x</b>");
    await page.locator(".problems.blocking").waitFor();
    assert.deepEqual(await runAxe(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "scrolls sideways");
    await page.context().close();
  });
}
