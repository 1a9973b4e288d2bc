// The self-assessment on a real host page, from the release bundle (dist/): a full run
// by keyboard, the error summary, back and change, a reload mid-way, saved answers it cannot
// use, a share link in a fresh browser, the match event, the no-fit result, submit-url and axe-core on every step.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, open, focused, runAxe, addWidgets, recordEvents, eventsOf, seedStorageOnce, fillStorage } from "./helpers.mjs";
import { submissions } from "../../scripts/lib/server.mjs";

let env;
before(async () => (env = await launch()));
after(async () => env?.close());

const url = () => `${env.server.url}/hosts/self-assessment.html`;
const title = (page) => page.locator("#assessment .title").textContent();
const results = (page) => page.locator("#assessment .result h3").allTextContents();

/** Focus is on the page's heading once the view has moved to the next page. */
async function waitForTitle(page, text) {
  await page.waitForFunction((text) => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el?.classList.contains("title") && el.textContent === text;
  }, text, { timeout: 5000 });
}

async function press(page, ...keys) {
  for (const key of keys) await page.keyboard.press(key);
}

/** Answers every question with the mouse: `picks` lists option values per question. */
async function answerAll(page, picks) {
  await page.locator("#assessment button", { hasText: "Start" }).click();
  for (const values of picks) {
    for (const value of values) await page.locator(`#assessment input[value=${value}]`).check();
    await page.locator("#assessment button[type=submit]").click();
  }
}

test("where the browser refuses storage, the intro does not promise the answers stay, and the warning comes with the first answer", async () => {
  const page = await open(env.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await page.goto(url());
  const intro = page.locator("#assessment .title + p");
  await intro.waitFor();
  assert.equal(await intro.textContent(), "Answer 5 short questions about your organisation.");
  assert.equal(await page.locator("#assessment .notice").count(), 0, "nothing to lose yet");
  await page.locator("#assessment button", { hasText: "Start" }).click();
  assert.equal(await page.locator("#assessment .notice").count(), 0, "still nothing answered");
  await page.locator("#assessment input[value=company]").check();
  await page.locator("#assessment button[type=submit]").click();
  await page.locator("#assessment .notice", { hasText: "This browser does not let the questionnaire save your answers: they will be lost if you reload the page." }).waitFor();
  assert.equal(await page.locator("#assessment .notice").count(), 1, "said once");
  await page.locator("#assessment input[value=forced-labour]").check();
  await page.locator("#assessment button[type=submit]").click();
  await page.locator("#assessment input[value=supply-chains]").waitFor();
  assert.equal(await page.locator("#assessment .notice").count(), 1, "said once");
  assert.deepEqual(page.errors, []);
});

test("where the browser keeps the answers, the intro says so", async () => {
  const page = await open(env.browser, url());
  const intro = page.locator("#assessment .title + p");
  await intro.waitFor();
  assert.equal(await intro.textContent(), "Answer 5 short questions about your organisation. Your answers stay in this browser: nothing is sent anywhere.");
});

test("two tabs on one self-assessment build on each other's answers instead of saving over them", async () => {
  const first = await open(env.browser, url());
  const second = await open(env.browser, url(), { context: first.context() });
  await first.locator("#assessment button", { hasText: "Start" }).click();
  await first.locator("#assessment input[value=company]").check();
  await first.locator("#assessment button[type=submit]").click();
  await second.locator("#assessment button", { hasText: "Start" }).click();
  // The first tab's answer arrived through storage; the second tab adds one of its own.
  assert.equal(await second.locator("#assessment input[value=company]").isChecked(), true);
  await second.locator("#assessment input[value=employers-business]").check();
  await first.locator("#assessment button", { hasText: "Back" }).click();
  await first.waitForFunction(() => document.querySelector("#assessment").shadowRoot.querySelector("input[value=employers-business]")?.checked);
  await first.locator("#assessment button[type=submit]").click();
  await first.locator("#assessment input[value=forced-labour]").check();
  await second.locator("#assessment button[type=submit]").click();
  assert.equal(await second.locator("#assessment input[value=forced-labour]").isChecked(), true);
  await second.reload();
  await second.waitForSelector("#assessment .step");
  assert.equal(await second.locator("#assessment input[value=forced-labour]").isChecked(), true);
  assert.deepEqual([...first.errors, ...second.errors], []);
});

test("two tabs answering different questions at the same moment keep both answers, round after round", async () => {
  const first = await open(env.browser, url());
  const second = await open(env.browser, url(), { context: first.context() });
  await first.locator("#assessment button", { hasText: "Start" }).click();
  await second.locator("#assessment button", { hasText: "Start" }).click();
  await second.locator("#assessment input[value=company]").check();
  await second.locator("#assessment button[type=submit]").click();
  // First tab on question 1, second on question 2 (multiple choice): both answer at once.
  const click = (page, value) => page.evaluate((value) => document.querySelector("#assessment").shadowRoot.querySelector(`input[value=${value}]`).click(), value);
  for (const [mine, theirs] of [["workers", "forced-labour"], ["government", "child-labour"], ["academic", "human-trafficking"]]) {
    await Promise.all([click(first, mine), click(second, theirs)]);
  }
  await new Promise((r) => setTimeout(r, 300));
  const fresh = await open(env.browser, url(), { context: first.context() });
  await fresh.waitForSelector("#assessment .title");
  const saved = await fresh.evaluate(() => JSON.parse(localStorage.getItem("alliance87:assessment:v1")).answers);
  const [q1, q2] = saved.split("~").slice(2);
  assert.equal(q1.length, 1, saved);
  assert.equal(q2.length, 3, `all three topics picked in the second tab are kept: ${saved}`);
  await first.locator("#assessment button[type=submit]").click();
  for (const value of ["forced-labour", "child-labour", "human-trafficking"]) {
    assert.equal(await first.locator(`#assessment input[value=${value}]`).isChecked(), true, value);
  }
  assert.deepEqual([...first.errors, ...second.errors], []);
});

test("a full run by keyboard alone, with the error summary, ends on ranked groups with reasons", async () => {
  const page = await open(env.browser, url());
  await page.waitForSelector("#assessment .title");
  assert.equal(await title(page), "Which action group fits your organisation?");
  await press(page, "Tab", "Enter");
  await waitForTitle(page, "What kind of organisation are you?");
  assert.equal(await page.locator("#assessment .step").textContent(), "Question 1 of 5");
  // One radio group is one tab stop; arrows move the choice.
  await press(page, "Tab", "ArrowDown", "ArrowDown", "ArrowDown", "ArrowDown");
  assert.equal(await page.locator("#assessment input[name=organisation]:checked").getAttribute("value"), "company");
  await press(page, "Tab", "Enter");
  await waitForTitle(page, "Which issues does your organisation work on?");
  await press(page, "Tab", "Space", "Tab", "Space", "Tab", "Tab", "Tab", "Enter");
  await waitForTitle(page, "In which settings does your work take place?");
  await press(page, "Tab", "Space", "Tab", "Tab", "Tab", "Tab", "Tab", "Enter");
  await waitForTitle(page, "What could your organisation contribute?");
  // Continue with nothing chosen: a summary at the top takes focus and links to the field.
  await press(page, "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Enter");
  await page.waitForFunction(() => document.querySelector("#assessment").shadowRoot.activeElement?.classList.contains("error-summary"));
  assert.equal(await page.locator("#assessment .error-summary a").textContent(), "Choose at least one answer to “What could your organisation contribute?”");
  assert.deepEqual(await runAxe(page), []);
  await press(page, "Tab", "Enter");
  await page.waitForFunction(() => document.querySelector("#assessment").shadowRoot.activeElement?.id === "contributions-0");
  await press(page, "Tab", "Tab", "Space");
  assert.equal(await page.locator("#assessment .error-summary").count(), 0);
  await press(page, "Tab", "Tab", "Tab", "Enter");
  await waitForTitle(page, "Do you work in or with pathfinder countries?");
  await press(page, "Tab", "ArrowDown", "ArrowDown", "Tab", "Enter");
  await waitForTitle(page, "Check your answers");
  assert.deepEqual(await page.locator("#assessment .review dd:not(:last-child)").allTextContents(), [
    "Company",
    "Child labour, Forced labour",
    "Supply chains and economic sectors",
    "Capacity building and tools",
    "I don't know",
  ]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).focus();
  await press(page, "Enter");
  await waitForTitle(page, "Action groups for your organisation");
  const names = await results(page);
  assert.equal(names[0], "Supply Chains");
  assert.equal(names.length, 4);
  assert.equal(await page.locator("#assessment .result").first().locator(".strength strong").textContent(), "Strong fit");
  assert.deepEqual(await page.locator("#assessment .result").first().locator(".reasons li").allTextContents(), [
    "“Supply chains and economic sectors” to “In which settings does your work take place?”",
    "“Company” to “What kind of organisation are you?”",
    "“Child labour” to “Which issues does your organisation work on?”",
  ]);
  assert.deepEqual(page.errors, []);
});

test("back keeps answers, Change returns to the review, and a reload resumes where it was", async () => {
  const page = await open(env.browser);
  await page.addInitScript(() => {
    window.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.__writes.push(key);
      return setItem.call(this, key, value);
    };
  });
  await page.goto(url());
  await answerAll(page, [["workers"], ["forced-labour"]]);
  await page.locator("#assessment button", { hasText: "Back" }).click();
  await waitForTitle(page, "Which issues does your organisation work on?");
  assert.equal(await page.locator("#assessment input[value=forced-labour]").isChecked(), true);
  await page.reload();
  await page.waitForSelector("#assessment .step");
  assert.equal(await page.locator("#assessment .step").textContent(), "Question 2 of 5");
  assert.equal(await page.locator("#assessment input[value=forced-labour]").isChecked(), true);
  assert.match(await page.locator("#assessment .notice").textContent(), /earlier answers have been restored/);
  assert.deepEqual(await page.evaluate(() => window.__writes), [], "a reload writes nothing it did not change");
  await page.locator("#assessment button[type=submit]").click();
  for (const [value] of [["migration"], ["policy-advocacy"], ["no"]]) {
    await page.locator(`#assessment input[value=${value}]`).check();
    await page.locator("#assessment button[type=submit]").click();
  }
  await waitForTitle(page, "Check your answers");
  await page.locator("#assessment .review button", { hasText: "Which issues" }).click();
  await waitForTitle(page, "Which issues does your organisation work on?");
  await page.locator("#assessment input[value=human-trafficking]").check();
  await page.locator("#assessment button[type=submit]").click();
  await waitForTitle(page, "Check your answers");
  assert.equal(await page.locator("#assessment .review dd").nth(2).textContent(), "Forced labour, Human trafficking");
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  assert.equal((await results(page))[0], "Migration");
  assert.deepEqual(page.errors, []);
});

test("results send alliance87:match and a share link reopens them in a fresh browser", async () => {
  const page = await open(env.browser);
  await recordEvents(page, ["alliance87:match"]);
  await page.goto(url());
  await answerAll(page, [["government"], ["human-trafficking"], ["law-justice"], ["policy-advocacy"], ["yes"]]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  await waitForTitle(page, "Action groups for your organisation");
  const [{ detail }] = await eventsOf(page);
  assert.equal(detail.noFit, false);
  assert.deepEqual(detail.results.map((r) => r.group)[0], "rule-of-law");
  assert.deepEqual(detail.results[0].reasons[0], { question: "contexts", answer: "law-justice", points: 5 });
  assert.equal(detail.results[0].rank, 1);
  await page.locator("#assessment button", { hasText: "Share these results" }).click();
  const link = await page.locator("#assessment #share-link").inputValue();
  assert.match(link, /#alliance87-assessment=1~1~0~2~2~1~0$/);
  const fresh = await open(env.browser, link);
  await fresh.waitForSelector("#assessment .result");
  assert.equal((await results(fresh))[0], "Rule of Law and Governance");
  assert.match(await fresh.locator("#assessment .notice").textContent(), /come from a shared link/);
  assert.equal(new URL(fresh.url()).hash, "");
  const damaged = await open(env.browser, `${url()}#alliance87-assessment=1~1~9~~~~`);
  await damaged.waitForSelector("#assessment .title");
  assert.match(await damaged.locator("#assessment .notice").textContent(), /could not be read \(it is incomplete or damaged\)/);
  assert.deepEqual([...page.errors, ...fresh.errors, ...damaged.errors], []);
});

test("saved answers it cannot use are kept and reported: unreadable, older questions, replaced by a shared link", async () => {
  const notices = (page) => page.locator("#assessment .notice").allTextContents().then((all) => all.join(" | "));
  const seeded = (key, value) => async () => {
    const page = await open(env.browser);
    await seedStorageOnce(page, key, value);
    await page.goto(url());
    await page.waitForSelector("#assessment .title");
    return page;
  };
  const broken = await seeded("alliance87:assessment:v1", '{"page":"q2","answers":')();
  assert.match(await notices(broken), /could not be read\. They were kept unchanged in this browser under “alliance87:assessment:v1:unreadable”/);
  assert.equal(await broken.evaluate(() => localStorage.getItem("alliance87:assessment:v1:unreadable")), '{"page":"q2","answers":');
  assert.equal(await title(broken), "Which action group fits your organisation?");

  const older = await seeded("alliance87:assessment:v0", '{"page":"q1","answers":"#alliance87-assessment=1~0~0~~~~"}')();
  assert.match(await notices(older), /earlier version of these questions.*“alliance87:assessment:v0”/);
  assert.ok(await older.evaluate(() => localStorage.getItem("alliance87:assessment:v0")));

  const own = await open(env.browser, url());
  await answerAll(own, [["workers"], ["forced-labour"]]);
  await own.goto("about:blank");
  await own.goto(`${url()}#alliance87-assessment=1~1~0~2~2~1~0`);
  await own.waitForSelector("#assessment .result");
  assert.match(await notices(own), /come from a shared link.*replaced by the shared ones; yours are kept in this browser under “alliance87:assessment:v1:before-share”/);
  const kept = JSON.parse(await own.evaluate(() => localStorage.getItem("alliance87:assessment:v1:before-share")));
  assert.equal(kept.page, "q2");
  assert.deepEqual([...broken.errors, ...older.errors, ...own.errors], []);
});

test("with storage full, a shared link never takes the place of one's own saved answers unseen", async () => {
  const notices = (page) => page.locator("#assessment .notice").allTextContents().then((all) => all.join(" | "));
  const key = "alliance87:assessment:v1";
  const page = await open(env.browser, url());
  await answerAll(page, [["workers"], ["forced-labour"]]);
  const own = await page.evaluate((key) => localStorage.getItem(key), key);
  await fillStorage(page);
  await page.goto("about:blank");
  await page.goto(`${url()}#alliance87-assessment=1~1~0~2~2~1~0`);
  await page.waitForSelector("#assessment .result");
  assert.match(await notices(page), /no room to set your own saved answers aside/);
  assert.doesNotMatch(await notices(page), /yours are kept/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}:before-share`), key), null);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), own, "one's own answers stay saved");
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator("#assessment .button", { hasText: "Download the saved data" }).click()]);
  assert.equal(await readFile(await file.path(), "utf8"), own);
  assert.match(await notices(page), /Downloaded/);
  assert.deepEqual(page.errors, []);
});

test("a share link that cannot be read over saved answers gives notices that agree", async () => {
  const notices = (page) => page.locator("#assessment .notice").allTextContents().then((all) => all.join(" | "));
  const page = await open(env.browser, url());
  await answerAll(page, [["workers"]]);
  await page.goto("about:blank");
  await page.goto(`${url()}#alliance87-assessment=1~1~zz`);
  await page.waitForSelector("#assessment .title");
  const said = await notices(page);
  assert.match(said, /could not be read \(it is incomplete or damaged\), so your own saved answers are shown/);
  assert.doesNotMatch(said, /starts empty/);
  assert.deepEqual(page.errors, []);
});

test("answers saved for newer questions are left untouched, and the reader is told", async () => {
  const notices = (page) => page.locator("#assessment .notice").allTextContents().then((all) => all.join(" | "));
  const newer = '{"page":"q1","answers":"#alliance87-assessment=1~0~0~~~~"}';
  const page = await open(env.browser);
  await seedStorageOnce(page, "alliance87:assessment:v3", newer);
  await page.goto(url());
  await page.waitForSelector("#assessment .title");
  assert.match(await notices(page), /newer version of these questions.*“alliance87:assessment:v3”/);
  await page.locator("#assessment button", { hasText: "Start" }).click();
  await page.locator("#assessment input[value=workers]").check();
  await page.locator("#assessment button[type=submit]").click();
  assert.equal(await page.evaluate(() => localStorage.getItem("alliance87:assessment:v3")), newer);
});

test("when no group fits, the result says so and points to the Alliance", async () => {
  const page = await open(env.browser, url());
  await answerAll(page, [["other"], ["modern-slavery"], ["none"], ["resources"], ["no"]]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  await waitForTitle(page, "Action groups for your organisation");
  assert.match(await page.locator("#assessment .notice-block").textContent(), /No action group stands out/);
  assert.equal(await page.locator("#assessment .notice-block a").getAttribute("href"), "https://www.alliance87.org/");
  assert.deepEqual(await page.locator("#assessment .result .strength strong").allTextContents(), Array(4).fill("Less related to your answers"));
});

test("every step passes axe-core, in French at 320 px too", async () => {
  for (const [lang, viewport] of [["en", { width: 1024, height: 900 }], ["fr", { width: 320, height: 640 }]]) {
    const page = await open(env.browser, undefined, { viewport });
    await page.goto(url());
    await page.evaluate((lang) => document.querySelector("#assessment").setAttribute("lang", lang), lang);
    await page.waitForSelector("#assessment .title");
    assert.deepEqual(await runAxe(page), [], `${lang} start`);
    await page.locator("#assessment .button").first().click();
    for (const values of [["company"], ["child-labour"], ["supply-chains"], ["research"], ["yes"]]) {
      assert.deepEqual(await runAxe(page), [], `${lang} ${values}`);
      await page.locator(`#assessment input[value=${values[0]}]`).check();
      await page.locator("#assessment button[type=submit]").click();
    }
    assert.deepEqual(await runAxe(page), [], `${lang} review`);
    await page.locator("#assessment .button").first().click();
    await page.waitForSelector("#assessment .result");
    assert.deepEqual(await runAxe(page), [], `${lang} results`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, `${lang}: no horizontal scrolling`);
    assert.deepEqual(await focused(page).then((f) => f?.tag), "h2");
  }
});

test("with submit-url, the result is posted only after confirming; a failure can be retried", async () => {
  const page = await open(env.browser, url());
  const widget = page.locator("#assessment");
  await answerAll(page, [["company"], ["child-labour"], ["supply-chains"], ["research"], ["no"]]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  assert.equal(await widget.locator("button", { hasText: "Send my result" }).count(), 0, "nothing to send without submit-url");

  const sent = submissions.length;
  await page.evaluate((u) => document.querySelector("#assessment").setAttribute("submit-url", u), "/submit/fail");
  await widget.locator("button", { hasText: "Send my result" }).click();
  assert.match(await widget.locator("#send-text").textContent(), /following be sent to 127\.0\.0\.1:\d+/);
  const shown = JSON.parse(await widget.locator(".payload").textContent());
  assert.equal(submissions.length, sent, "nothing is sent before confirming");
  await widget.locator(".send button", { hasText: "Send" }).first().click();
  await widget.locator("[role=alert]").waitFor();
  assert.match(await widget.locator("[role=alert]").textContent(), /Sending failed \(HTTP 500\)\. Nothing is lost/);
  assert.equal(submissions.length, sent + 1);

  await page.evaluate(() => document.querySelector("#assessment").setAttribute("submit-url", "http://127.0.0.1:9/unreachable"));
  await widget.locator("button", { hasText: "Send my result" }).click();
  await widget.locator(".send button", { hasText: "Send" }).first().click();
  await widget.locator("[role=alert]").waitFor();
  assert.match(await widget.locator("[role=alert]").textContent(), /could not be reached/);

  // A redirect is not followed: the answers go to the host the reader confirmed, or nowhere.
  await page.evaluate(() => document.querySelector("#assessment").setAttribute("submit-url", "/submit/redirect"));
  await widget.locator("button", { hasText: "Send my result" }).click();
  await widget.locator(".send button", { hasText: "Send" }).first().click();
  await widget.locator("[role=alert]").waitFor();
  assert.match(await widget.locator("[role=alert]").textContent(), /tried to pass your result on to another address/);
  assert.equal(submissions.filter((s) => s.path === "/submit/elsewhere").length, 0);

  await page.evaluate(() => document.querySelector("#assessment").setAttribute("submit-url", "/submit/ok"));
  await widget.locator("button", { hasText: "Send my result" }).click();
  await widget.locator(".send button", { hasText: "Send" }).first().click();
  await widget.locator("text=Your result has been sent.").waitFor();
  const posted = submissions.at(-1);
  assert.equal(posted.path, "/submit/ok");
  assert.equal(posted.type, "application/json");
  assert.deepEqual(JSON.parse(posted.body), shown, "what was shown is what was sent");
  assert.equal(shown.results[0].group, "supply-chains");
  assert.deepEqual(shown.answers[0], { question: "organisation", answers: ["company"] });
  assert.equal(shown.lang, "en");
  assert.deepEqual(await runAxe(page), []);

  await page.evaluate(() => document.querySelector("#assessment").setAttribute("submit-url", "javascript:alert(1)"));
  await page.waitForFunction(() => !document.querySelector("#assessment").shadowRoot.querySelector(".send-focus"));
  assert.ok(page.messages.some((m) => m.type === "warning" && m.text.includes("not an http(s) address")));
});

test("a server that never answers a submission is given up on after 15 seconds, with Retry, in the reader's language", async () => {
  const page = await open(env.browser, url());
  const widget = page.locator("#assessment");
  await answerAll(page, [["company"], ["child-labour"], ["supply-chains"], ["research"], ["no"]]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  await page.evaluate(() => {
    const assessment = document.querySelector("#assessment");
    assessment.setAttribute("submit-url", "/submit/hang");
    assessment.setAttribute("lang", "fr");
  });
  await widget.locator("button", { hasText: "Envoyer mon résultat" }).click();
  const started = Date.now();
  await widget.locator(".send button", { hasText: "Envoyer" }).first().click();
  assert.equal(await widget.locator(".send button").first().textContent(), "Envoi en cours…");
  await widget.locator("[role=alert]").waitFor({ timeout: 20_000 });
  const waited = Date.now() - started;
  assert.ok(waited >= 14_500 && waited < 19_000, `gave up after ${waited} ms`);
  assert.match(await widget.locator("[role=alert]").textContent(), /L'envoi a échoué \(pas de réponse en 15 secondes\)/);
  assert.equal(await widget.locator(".send button").first().isDisabled(), false, "Retry is offered");
  assert.deepEqual(page.errors, []);
});

test("without an explorer named, a result's 'read more' leads to the group's own page, not to a fragment of a page with no explorer", async () => {
  const content = JSON.parse(await readFile(new URL("../../public/action-groups.json", import.meta.url), "utf8"));
  const page = await open(env.browser, url());
  assert.equal(await page.evaluate(() => document.querySelector("#assessment").hasAttribute("explorer-url")), false);
  await answerAll(page, [["workers"], ["forced-labour"], ["migration"], ["policy-advocacy"], ["no"]]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  const link = page.locator("#assessment .result").first().locator(".result-links a").first();
  assert.equal(await link.textContent(), "Read more about this group");
  assert.equal(await link.getAttribute("href"), content.groups.find((g) => g.id === "migration").links[0].url);
  assert.deepEqual(page.errors, []);
});

test("each result links to the group in the host's explorer and to its checklist", async () => {
  const page = await open(env.browser, url());
  await page.evaluate(() => {
    const widget = document.querySelector("#assessment");
    widget.setAttribute("explorer-url", "/groups.html#top");
    widget.setAttribute("checklist-url", "https://partner.example/checklist");
  });
  await answerAll(page, [["workers"], ["forced-labour"], ["migration"], ["policy-advocacy"], ["no"]]);
  await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
  const links = page.locator("#assessment .result").first().locator(".result-links a");
  assert.deepEqual(await links.allTextContents(), ["Read more about this group", "Open its checklist"]);
  assert.equal(await links.nth(0).getAttribute("href"), `${env.server.url}/groups.html#alliance87-group=migration`);
  assert.equal(await links.nth(1).getAttribute("href"), "https://partner.example/checklist#alliance87-group=migration");

  // A checklist without a group attribute opens the group the link names.
  const checklist = await open(env.browser, `${env.server.url}/hosts/empty.html#alliance87-group=migration`);
  await addWidgets(checklist, '<alliance87-checklist id="linked"></alliance87-checklist>');
  await checklist.waitForSelector("#linked .item");
  assert.equal(await checklist.locator("#linked .title").textContent(), "Checklist: Migration");
  assert.deepEqual([...page.errors, ...checklist.errors], []);
});
