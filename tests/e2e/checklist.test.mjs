// The checklist on a real host page, from the default bundle (dist/): keyboard use, saving
// across reloads, two tabs at once, storage that fails, export and import, share links in a fresh browser, the
// change event, print, axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, focused, runAxe, consoleOf, addWidgets, recordEvents, eventsOf, seedStorageOnce, fillStorage } from "./helpers.mjs";

let env;
before(async () => (env = await launch()));
after(async () => env?.close());

const url = () => `${env.server.url}/hosts/checklist.html`;
const progress = (page) => page.locator("#checklist .progress-text").textContent();
const notices = (page) => page.locator("#checklist .notice").allTextContents().then((all) => all.join(" | "));
const checked = (page, id) => page.locator(`#checklist input[name=status-${id}]:checked`).getAttribute("value");

test("statuses are set with the keyboard alone and survive a reload", async () => {
  const page = await open(env.browser, url());
  await page.waitForSelector("#checklist .item");
  assert.equal(await progress(page), "0 of 8 done, 0 in progress");
  await page.keyboard.press("Tab");
  assert.deepEqual(await focused(page), { tag: "input", id: "", text: "", role: null });
  // A radio group: arrows move the choice, as in every native radio group.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await checked(page, "priority-1"), "done");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Published our sourcing research");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowRight");
  assert.equal(await checked(page, "priority-2"), "in-progress");
  assert.equal(await progress(page), "1 of 8 done, 1 in progress");
  assert.equal(await page.locator("#checklist progress").getAttribute("value"), "1");
  await page.reload();
  await page.waitForSelector("#checklist .item");
  assert.equal(await checked(page, "priority-1"), "done");
  assert.equal(await checked(page, "priority-2"), "in-progress");
  assert.equal(await page.locator("#checklist #note-priority-1").inputValue(), "Published our sourcing research");
  assert.deepEqual(page.errors, []);
});

test("two tabs on one checklist show each other's changes instead of saving over them", async () => {
  const first = await open(env.browser, url());
  const second = await open(env.browser, url(), { context: first.context() });
  await first.waitForSelector("#checklist .item");
  await second.waitForSelector("#checklist .item");
  await first.locator("#checklist input[name=status-priority-1][value=done]").check();
  await second.waitForFunction(() => document.querySelector("#checklist").shadowRoot.querySelector(".progress-text").textContent.startsWith("1 of 8"));
  await second.locator("#checklist input[name=status-priority-2][value=in-progress]").check();
  await first.waitForFunction(() => document.querySelector("#checklist").shadowRoot.querySelector(".progress-text").textContent === "1 of 8 done, 1 in progress");
  await first.reload();
  assert.equal(await progress(first), "1 of 8 done, 1 in progress");
  assert.deepEqual([...first.errors, ...second.errors], []);
});

test("every change sends alliance87:checklist-change with the statuses", async () => {
  const page = await open(env.browser);
  await recordEvents(page, ["alliance87:checklist-change"]);
  await page.goto(url());
  await page.locator("#checklist input[name=status-unit-3][value=done]").check();
  const changes = (await eventsOf(page)).map((e) => e.detail);
  assert.equal(changes.length, 1);
  assert.equal(changes[0].group, "supply-chains");
  assert.equal(changes[0].done, 1);
  assert.equal(changes[0].total, 8);
  assert.deepEqual(changes[0].items.find((i) => i.id === "unit-3"), { id: "unit-3", status: "done" });
  assert.deepEqual(changes[0].items.map((i) => i.id), ["priority-1", "priority-2", "priority-3", "priority-4", "unit-1", "unit-2", "unit-3", "unit-4"]);
});

test("when the browser refuses storage the checklist still works and says progress won't be kept", async () => {
  const page = await open(env.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await page.goto(url());
  assert.match(await page.locator("#checklist .notice").first().textContent(), /does not let the checklist save/);
  await page.locator("#checklist input[name=status-priority-4][value=done]").check();
  assert.equal(await progress(page), "1 of 8 done, 0 in progress");
  assert.deepEqual(page.errors, []);
});

test("corrupt saved data is kept aside, reported, and the checklist starts afresh", async () => {
  const page = await open(env.browser);
  await seedStorageOnce(page, "alliance87:checklist:supply-chains:v1", '{"format":"alliance87-checklist","items":[');
  await page.goto(url());
  assert.match(await page.locator("#checklist .notice").first().textContent(), /could not be read.*alliance87:checklist:supply-chains:v1:unreadable/);
  const kept = await page.evaluate(() => localStorage.getItem("alliance87:checklist:supply-chains:v1:unreadable"));
  assert.equal(kept, '{"format":"alliance87-checklist","items":[');
  assert.equal(await progress(page), "0 of 8 done, 0 in progress");
  // Damaged again, differently: the first copy stays, the new one gets its own key.
  await page.evaluate(() => localStorage.setItem("alliance87:checklist:supply-chains:v1", "{}"));
  await page.reload();
  assert.match(await page.locator("#checklist .notice").first().textContent(), /alliance87:checklist:supply-chains:v1:unreadable:2/);
  assert.deepEqual(await page.evaluate(() => [1, 2].map((n) => localStorage.getItem(`alliance87:checklist:supply-chains:v1:unreadable${n === 1 ? "" : ":2"}`))), ['{"format":"alliance87-checklist","items":[', "{}"]);
});

test("two tabs changing different items at the same moment keep both changes, round after round", async () => {
  const first = await open(env.browser, url());
  const second = await open(env.browser, url(), { context: first.context() });
  await first.waitForSelector("#checklist .item");
  await second.waitForSelector("#checklist .item");
  const click = (page, id, value) => page.evaluate(([id, value]) => document.querySelector("#checklist").shadowRoot.querySelector(`input[name=status-${id}][value=${value}]`).click(), [id, value]);
  const rounds = [["priority-1", "unit-1"], ["priority-2", "unit-2"], ["priority-3", "unit-3"], ["priority-4", "unit-4"]];
  for (const [mine, theirs] of rounds) {
    await Promise.all([click(first, mine, "done"), click(second, theirs, "in-progress")]);
  }
  const all = "4 of 8 done, 4 in progress";
  for (const page of [first, second]) {
    await page.waitForFunction((all) => document.querySelector("#checklist").shadowRoot.querySelector(".progress-text").textContent === all, all);
  }
  const fresh = await open(env.browser, url(), { context: first.context() });
  await fresh.waitForSelector("#checklist .item");
  assert.equal(await progress(fresh), all);
  // A reset in one tab wins over the older changes the other holds.
  await first.locator("#checklist #reset").click();
  await first.locator("#checklist #confirm-reset").click();
  await second.waitForFunction(() => document.querySelector("#checklist").shadowRoot.querySelector(".progress-text").textContent.startsWith("0 of 8"));
  await fresh.reload();
  assert.equal(await progress(fresh), "0 of 8 done, 0 in progress");
  assert.deepEqual([...first.errors, ...second.errors, ...fresh.errors], []);
});

test("with storage full, unreadable progress is never claimed as kept nor saved over, and can be downloaded", async () => {
  const key = "alliance87:checklist:supply-chains:v1";
  // A lone surrogate: a Rust string cannot hold it, so a copy through one would be altered.
  const original = '{"format":"alliance87-checklist","items":[' + String.fromCharCode(0xd800);
  const isOriginal = (key) => localStorage.getItem(key) === '{"format":"alliance87-checklist","items":[' + String.fromCharCode(0xd800);
  const page = await open(env.browser, url());
  await page.waitForSelector("#checklist .item");
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"alliance87-checklist","items":[' + String.fromCharCode(0xd800)), key);
  await fillStorage(page);
  await page.reload();
  await page.waitForSelector("#checklist .item");
  assert.match(await notices(page), /could not be read, and this browser has no room to set it aside/);
  assert.doesNotMatch(await notices(page), /kept unchanged/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), key), null);
  await page.locator("#checklist input[name=status-priority-1][value=done]").check();
  assert.equal(await page.evaluate(isOriginal, key), true, "the only copy is not saved over");
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator("#checklist .button", { hasText: "Download the saved data" }).click()]);
  // Lone surrogates go out escaped, so the file still says exactly what was stored.
  assert.equal(JSON.parse(await readFile(await file.path(), "utf8")), original);
  assert.match(await notices(page), /Downloaded\. From now on your changes are saved/);
  // The reader makes room; the next change is saved.
  await page.evaluate(() => localStorage.removeItem("test-filler-0"));
  await page.locator("#checklist input[name=status-priority-2][value=done]").check();
  assert.equal(JSON.parse(await page.evaluate((key) => localStorage.getItem(key), key)).items.filter((i) => i.status === "done").length, 2);
  assert.deepEqual(page.errors, []);
});

test("saved progress holding a lone surrogate is set aside exactly, not as a look-alike", async () => {
  const key = "alliance87:checklist:supply-chains:v1";
  const page = await open(env.browser, url());
  await page.waitForSelector("#checklist .item");
  // Otherwise a valid checklist: read through a Rust string, its note would become U+FFFD.
  await page.evaluate((key) => {
    const saved = `{"format":"alliance87-checklist","group":"supply-chains","contentVersion":1,"items":[{"id":"priority-1","text":"x","status":"done","note":"a${String.fromCharCode(0xdc00)}b"}]}`;
    localStorage.setItem(key, saved);
    sessionStorage.setItem("expected", saved);
  }, key);
  await page.reload();
  await page.waitForSelector("#checklist .item");
  assert.match(await notices(page), /could not be read.*v1:unreadable/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`) === sessionStorage.getItem("expected"), key), true);
});

test("progress saved by newer content is left untouched, and the reader is told", async () => {
  const newer = '{"format":"alliance87-checklist","group":"supply-chains","contentVersion":7,"items":[]}';
  const page = await open(env.browser);
  await seedStorageOnce(page, "alliance87:checklist:supply-chains:v7", newer);
  await page.goto(url());
  await page.waitForSelector("#checklist .item");
  assert.match(await notices(page), /newer version of this checklist.*“alliance87:checklist:supply-chains:v7”/);
  await page.locator("#checklist input[name=status-priority-1][value=done]").check();
  assert.equal(await page.evaluate(() => localStorage.getItem("alliance87:checklist:supply-chains:v7")), newer);
  await page.evaluate(() => document.querySelector("#checklist").setAttribute("lang", "fr"));
  assert.match(await notices(page), /version plus récente/);
});

test("a JSON export imports back to the same state; CSV opens in spreadsheets", async () => {
  const page = await open(env.browser, url());
  await page.locator("#checklist input[name=status-priority-3][value=done]").check();
  await page.locator("#checklist input[name=status-unit-1][value=in-progress]").check();
  await page.locator("#checklist #note-unit-1", {}).fill("=cmd|' /C calc'!A0, with \"quotes\"");
  const [json] = await Promise.all([page.waitForEvent("download"), page.locator("#checklist .button", { hasText: "Download JSON" }).click()]);
  assert.match(json.suggestedFilename(), /^alliance87-checklist-supply-chains-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = await json.path();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.locator("#checklist .button", { hasText: "Download CSV" }).click()]);
  const csvText = await readFile(await csv.path(), "utf8");
  assert.ok(csvText.startsWith("\ufeffid,Item,Status,Note (optional)\r\n"), csvText.slice(0, 60));
  assert.match(csvText, /unit-1,Knowledge gaps and research,In progress,"'=cmd\|' \/C calc'!A0, with ""quotes"""/);
  // Reset (after confirming), then import the file: the same state comes back.
  await page.locator("#checklist #reset").click();
  await page.locator("#checklist #confirm-reset").click();
  assert.equal(await progress(page), "0 of 8 done, 0 in progress");
  await page.locator("#checklist #import").setInputFiles(jsonPath);
  await page.waitForFunction(() => document.querySelector("#checklist").shadowRoot.querySelector(".action-status")?.textContent.startsWith("Imported"));
  assert.equal(await progress(page), "1 of 8 done, 1 in progress");
  assert.equal(await page.locator("#checklist #note-unit-1").inputValue(), "=cmd|' /C calc'!A0, with \"quotes\"");
  // A foreign file changes nothing and says why.
  await page.locator("#checklist #import").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') });
  await page.waitForFunction(() => document.querySelector("#checklist").shadowRoot.querySelector(".action-status")?.textContent.startsWith("This file could not be imported"));
  assert.equal(await progress(page), "1 of 8 done, 1 in progress");
  // Over other saved progress, an import asks first; keeping one's progress changes nothing.
  await page.locator("#checklist input[name=status-priority-4][value=done]").check();
  const prompt = page.locator("#checklist .notice", { hasText: "This file replaces the progress saved" });
  await page.locator("#checklist #import").setInputFiles(jsonPath);
  await prompt.waitFor();
  await page.locator("#checklist .button", { hasText: "Keep my progress" }).click();
  assert.equal(await progress(page), "2 of 8 done, 1 in progress");
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem("alliance87:checklist:supply-chains:v1"))).items[3].status, "done");
  await page.locator("#checklist #import").setInputFiles(jsonPath);
  await page.locator("#checklist .button", { hasText: "Replace it with the file" }).click();
  assert.equal(await progress(page), "1 of 8 done, 1 in progress");
  assert.equal(await prompt.count(), 0);
});

test("a share link restores the checklist in a fresh browser, without any server", async () => {
  const page = await open(env.browser, url());
  await page.locator("#checklist input[name=status-priority-2][value=done]").check();
  await page.locator("#checklist input[name=status-unit-4][value=in-progress]").check();
  await page.locator("#checklist #note-unit-4").fill("Café ~ 50% & more");
  await page.locator("#checklist .button", { hasText: "Create a share link" }).click();
  const link = await page.locator("#checklist #share-link").inputValue();
  assert.match(link, /\/hosts\/checklist\.html#alliance87-checklist=1~supply-chains~1~/);
  const fresh = await open(env.browser, link);
  await fresh.waitForSelector("#checklist .item");
  assert.equal(await checked(fresh, "priority-2"), "done");
  assert.equal(await checked(fresh, "unit-4"), "in-progress");
  assert.equal(await fresh.locator("#checklist #note-unit-4").inputValue(), "Café ~ 50% & more");
  assert.equal(new URL(fresh.url()).hash, "");
  assert.equal(await fresh.locator("#checklist .action-status").textContent(), "You opened a shared checklist.");
});

test("without a group it offers a picker; an unknown group is explained", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/empty.html`);
  await addWidgets(page, '<alliance87-checklist id="checklist" group="atlantis" lang="es"></alliance87-checklist>');
  await page.waitForSelector("#checklist .picker-option");
  assert.match(await page.locator("#checklist .picker-why").textContent(), /No existe el grupo de acción «atlantis»/);
  assert.ok(consoleOf(page, "warning").some((w) => w.includes('unknown group "atlantis"')));
  assert.deepEqual(await runAxe(page), [], "picker");
  await page.locator("#checklist .picker-option", { hasText: "Migración" }).click();
  assert.equal(await page.locator("#checklist .title").textContent(), "Lista de seguimiento: Migración");
  assert.equal(await page.locator("#checklist .item").count(), 9);
});

test("axe-core finds no violations, prints cleanly and fits 320 px", async () => {
  const page = await open(env.browser, null, { viewport: { width: 320, height: 700 } });
  await page.goto(url());
  await page.locator("#checklist input[name=status-priority-1][value=done]").check();
  assert.deepEqual(await runAxe(page), []);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await page.locator("#checklist #reset").click();
  assert.deepEqual(await runAxe(page), [], "reset confirmation");
  await page.locator("#checklist .confirm .secondary").click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#checklist .actions").isVisible(), false);
  assert.match(await page.locator("#checklist .print-only").first().textContent(), /^Printed on \d{4}-\d{2}-\d{2}$/);
  assert.equal(await page.locator("#checklist .item").first().locator(".print-only").first().textContent(), "Status: Done");
  // The whole checklist, with its notes, prints on one A4 page.
  await page.setViewportSize({ width: 1024, height: 800 });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1);
});

test("the explorer links each group to its checklist", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.locator("#explorer #card-migration").click();
  await page.locator("#explorer #tab-checklist").click();
  assert.equal(await page.locator("#explorer #tab-checklist").getAttribute("aria-selected"), "true");
  assert.equal(await page.locator("#explorer #panel-checklist .item").count(), 9);
  await page.locator("#explorer input[name=status-priority-5][value=done]").check();
  assert.equal(await page.locator("#explorer .progress-text").textContent(), "1 of 9 done, 0 in progress");
  // The same progress as the group's standalone checklist: one record per group.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("alliance87:checklist:migration:v1")));
  assert.equal(saved.items.find((i) => i.id === "priority-5").status, "done");
  assert.deepEqual(await runAxe(page), []);
});
