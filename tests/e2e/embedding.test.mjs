// The embedding contract on real host pages: strict CSP and hostile CSS, several widgets and
// languages on one page, the data-attribute form, the JavaScript API, attributes changed at
// run time, elements removed and added again, and a bundle served from another origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, consoleOf, addWidgets, runAxe } from "./helpers.mjs";
import { startServer } from "../../scripts/lib/server.mjs";

let env;
before(async () => (env = await launch()));
after(async () => env?.close());

const titleOf = (page, host) => page.locator(`${host} .title`).textContent();

test("a hostile page with a strict CSP neither breaks the widget nor gets styled by it", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/strict-hostile.html`);
  await page.waitForSelector("#explorer .card");
  assert.equal(await page.locator("#explorer .card").count(), 4);
  assert.equal(await page.locator("#explorer .card").first().isVisible(), true);
  const inside = await page.evaluate(() => {
    const button = document.querySelector("#explorer").shadowRoot.querySelector(".card-open");
    const s = getComputedStyle(button);
    return { font: s.fontFamily, color: s.color, transform: s.textTransform, background: s.backgroundColor, spacing: s.letterSpacing };
  });
  assert.doesNotMatch(inside.font, /Comic/);
  assert.notEqual(inside.color, "rgb(255, 0, 0)");
  assert.equal(inside.transform, "none");
  assert.equal(inside.spacing, "normal");
  assert.equal(inside.background, "rgba(0, 0, 0, 0)");
  // Nothing of ours leaks out: the host's own .card and button keep the host's styles.
  const outside = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector("#host-button"));
    return { border: s.borderTopStyle, background: s.backgroundColor, font: s.fontFamily };
  });
  assert.deepEqual(outside, { border: "dotted", background: "rgb(255, 255, 0)", font: '"Comic Sans MS", cursive' });
  // The CSP allowed everything we do: no violation reports, no errors; the second script copy is harmless.
  await page.locator("#explorer .card-open").first().click();
  await page.locator("#explorer #tab-priorities").click();
  assert.equal(await page.locator("#explorer #panel-priorities li").count(), 4);
  assert.deepEqual(consoleOf(page, "error"), []);
  assert.deepEqual(page.errors, []);
  assert.equal(await page.evaluate(() => customElements.get("alliance87-explorer") !== undefined), true);
  assert.equal(await page.evaluate(() => Object.keys(window.Alliance87).sort().join(",")), "attributes,checkContent,mount,ready,theme,version,widgets");
});

test("under Trusted Types with no policy allowed, every widget and form works, with notices, and nothing is refused", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/strict-all.html`);
  await page.waitForSelector("#explorer .group-title");
  await page.waitForSelector("#data-explorer .card");
  await page.waitForSelector("#checklist .item");
  await page.waitForSelector("#assessment .title");
  // Notices (content fallback, unknown group) and the back button's arrow are on screen.
  await page.locator("#explorer .notice").first().waitFor();
  await page.locator("#data-explorer .notice").first().waitFor();
  await page.locator("#explorer .back").click();
  await page.locator("#data-explorer .card-open").first().click();
  await page.locator("#checklist input[name=status-priority-1][value=done]").check();
  await page.locator("#assessment button", { hasText: "Start" }).click();
  await page.locator("#assessment button[type=submit]").click();
  await page.locator("#assessment .error-summary").waitFor();
  await page.evaluate(async () => {
    const api = await window.Alliance87.ready;
    api.mount(document.querySelector("#mount-here"), { widget: "checklist" });
  });
  await page.waitForSelector("#mount-here .picker-option");
  const refused = page.messages.filter((m) => /Trusted ?Type|TrustedHTML|Content Security Policy/i.test(m.text));
  assert.deepEqual(refused, []);
  assert.deepEqual(page.errors, []);
});

test("the demo page, with several explorers, a checklist and a self-assessment, passes axe-core", async () => {
  const page = await open(env.browser, `${env.server.url}/`);
  await page.waitForSelector("alliance87-checklist >> .picker");
  await page.waitForSelector("alliance87-self-assessment >> .title");
  await page.waitForSelector("#script-mounted >> .card");
  assert.equal(await page.locator("alliance87-explorer, [data-alliance87=explorer], #script-mounted").count(), 3);
  assert.deepEqual(await runAxe(page), []);
  assert.deepEqual(page.errors, []);
});

test("only one global is added to the page", async () => {
  const page = await open(env.browser);
  await page.goto(`${env.server.url}/hosts/empty.html`);
  const before = await page.evaluate(() => Object.keys(window));
  await page.goto(`${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  const added = await page.evaluate((before) => Object.keys(window).filter((k) => !before.includes(k)), before);
  assert.deepEqual(added, ["Alliance87"]);
  assert.equal(await page.evaluate(() => document.cookie), "");
});

test("widgets in different languages live side by side, each independent", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/two-languages.html`);
  await page.waitForSelector("#inherits-page .card");
  assert.equal(await titleOf(page, "#english"), "Alliance 8.7 action groups");
  assert.equal(await page.locator("#french #group-title").textContent(), "Chaînes d'approvisionnement");
  // No lang attribute: the nearest lang on the page (fr-CA section, then <html lang="es">).
  assert.equal(await titleOf(page, "#inherits-section"), "Les groupes d'action de l'Alliance 8.7");
  assert.equal(await titleOf(page, "#inherits-page"), "Los grupos de acción de la Alianza 8.7");
  await page.locator("#english #search").fill("migration");
  assert.equal(await page.locator("#english .card").count(), 1);
  assert.equal(await page.locator("#inherits-page .card").count(), 4);
});

test("attributes changed at run time update the widget", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  await page.evaluate(() => document.querySelector("#explorer").setAttribute("lang", "es"));
  await page.waitForFunction(() => document.querySelector("#explorer").shadowRoot.querySelector(".title").textContent.startsWith("Los"));
  await page.evaluate(() => document.querySelector("#explorer").setAttribute("group", "conflict-humanitarian"));
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Conflictos y contextos humanitarios");
  await page.evaluate(() => document.querySelector("#explorer").removeAttribute("group"));
  assert.equal(await page.locator("#explorer .card").count(), 4);
  // An unknown group is said on the page and in the console, and the list is shown.
  await page.evaluate(() => document.querySelector("#explorer").setAttribute("group", "no-such-group"));
  assert.match(await page.locator("#explorer .notice").textContent(), /No existe el grupo de acción «no-such-group»/);
  assert.ok(consoleOf(page, "warning").some((w) => w.includes('unknown group "no-such-group"')));
});

test("unknown attributes and unsupported languages are reported in the console and ignored", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/empty.html`);
  await addWidgets(page, '<alliance87-explorer id="typo" grup="migration" lang="de"></alliance87-explorer>');
  await page.waitForSelector("#typo .card");
  const warnings = consoleOf(page, "warning");
  assert.ok(warnings.some((w) => w.includes('ignores the unknown attribute "grup"')), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes('unsupported language "de"')), warnings.join("\n"));
  assert.equal(await titleOf(page, "#typo"), "Alliance 8.7 action groups");
});

test("removing a widget disposes it and adding it again mounts it again", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  await page.locator("#explorer .card-open").first().click();
  const shadowChildren = () => page.evaluate(() => window.__kept.shadowRoot.childElementCount);
  await page.evaluate(() => {
    window.__kept = document.querySelector("#explorer");
    window.__kept.remove();
  });
  assert.equal(await shadowChildren(), 0);
  await page.evaluate(() => document.querySelector("main").append(window.__kept));
  await page.waitForSelector("#explorer .card");
  assert.equal(await page.locator("#explorer .card").count(), 4);
  // Many cycles, as a single-page host does: still one working widget, no errors.
  await page.evaluate(() => {
    for (let i = 0; i < 50; i++) {
      window.__kept.remove();
      document.querySelector("main").append(window.__kept);
    }
  });
  await page.locator("#explorer #search").fill("cocoa");
  assert.equal(await page.locator("#explorer .card").count(), 1);
  assert.deepEqual(page.errors, []);
});

test("a widget moved in the page keeps its state, also where the page forces shadow roots closed", async () => {
  for (const closed of [false, true]) {
    const page = await open(env.browser);
    if (closed) {
      await page.addInitScript(() => {
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          return attach.call(this, { ...init, mode: "closed" });
        };
        // The only way a test can look inside: keep what was attached.
        window.__shadows = new Map();
        const record = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = record.call(this, init);
          window.__shadows.set(this.id, root);
          return root;
        };
      });
    }
    await page.goto(`${env.server.url}/hosts/empty.html`);
    await page.evaluate(() => {
      window.__ready = 0;
      document.addEventListener("alliance87:ready", () => window.__ready++);
    });
    await addWidgets(page, `<section id="a"><alliance87-explorer id="explorer"></alliance87-explorer></section><section id="b"></section>
      <div id="data" data-alliance87="checklist" data-group="migration"></div>`);
    const inside = (id, js) => page.evaluate(([id, js]) => {
      const root = window.__shadows?.get(id) ?? document.getElementById(id).shadowRoot;
      return new Function("root", js)(root);
    }, [id, js]);
    await page.waitForFunction(() => window.__ready === 2);
    await inside("explorer", `const search = root.querySelector("#search"); search.value = "migr"; search.dispatchEvent(new Event("input", { bubbles: true }));`);
    await inside("data", `root.querySelector("input[value=done]").click();`);
    // A framework re-orders and re-parents nodes: out and back in within one task.
    await page.evaluate(() => {
      document.querySelector("#b").append(document.querySelector("#explorer"));
      document.querySelector("#a").append(document.querySelector("#data"));
      const main = document.querySelector("main");
      main.insertBefore(document.querySelector("#b"), main.firstChild);
    });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await inside("explorer", `return root.querySelector("#search").value`), "migr", `closed: ${closed}`);
    assert.equal(await inside("explorer", `return root.querySelectorAll(".card").length`), 1);
    assert.match(await inside("data", `return root.querySelector(".progress-text").textContent`), /^1 of \d+ done/);
    assert.equal(await page.evaluate(() => window.__ready), 2, "nothing was mounted again");
    // Taken out for good, then put back later: a fresh instance, which renders.
    await page.evaluate(() => { window.__parked = document.querySelector("#explorer"); window.__parked.remove(); });
    await new Promise((r) => setTimeout(r, 100));
    await page.evaluate(() => document.querySelector("#a").append(window.__parked));
    await page.waitForFunction(() => window.__ready === 3);
    assert.equal(await inside("explorer", `return root.querySelectorAll(".card").length`), 4);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(consoleOf(page, "error"), []);
  }
});

test("the data-attribute form mounts, follows its attributes, and comes and goes with the page", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/data-form.html`);
  await page.waitForSelector("#cms #group-title");
  assert.equal(await page.locator("#cms #group-title").textContent(), "Migrations");
  assert.ok(consoleOf(page, "error").some((e) => e.includes('data-alliance87="calendar" names no widget')));
  await page.evaluate(() => document.querySelector("#cms").setAttribute("data-lang", "en"));
  await page.waitForFunction(() => document.querySelector("#cms").shadowRoot.querySelector("#group-title")?.textContent === "Migration");
  await page.evaluate(() => document.querySelector("#cms").removeAttribute("data-group"));
  assert.equal(await page.locator("#cms .card").count(), 4);
  // Added later by the CMS's own scripts, nested in other markup.
  await page.evaluate(() => {
    const wrapper = document.createElement("section");
    wrapper.innerHTML = '<div><div id="late" data-alliance87="explorer" data-lang="es"></div></div>';
    document.querySelector("main").append(wrapper);
  });
  await page.waitForSelector("#late .card");
  assert.equal(await titleOf(page, "#late"), "Los grupos de acción de la Alianza 8.7");
  await page.evaluate(() => {
    window.__late = document.querySelector("#late");
    window.__late.closest("section").remove();
  });
  await page.waitForFunction(() => window.__late.shadowRoot.childElementCount === 0);
  assert.deepEqual(page.errors, []);
});

test("the JavaScript API mounts, unmounts and rejects bad calls clearly", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/js-api.html`);
  const result = await page.evaluate(async () => {
    const api = await window.Alliance87.ready;
    const el = document.querySelector("#mount-here");
    const events = [];
    el.addEventListener("alliance87:ready", (e) => events.push(e.detail));
    const handle = api.mount(el, { widget: "explorer", lang: "fr", group: "rule-of-law" });
    await new Promise((r) => setTimeout(r, 100));
    const title = el.shadowRoot.querySelector("#group-title")?.textContent;
    const errors = [];
    for (const args of [[null], [el], ["#mount-here"], [document.createElement("div"), { widget: "calendar" }], [document.querySelector("#not-a-container")]]) {
      try {
        api.mount(...args);
        errors.push("no error");
      } catch (e) {
        errors.push(`${e.constructor.name}: ${e.message}`);
      }
    }
    handle.unmount();
    const afterUnmount = el.shadowRoot.childElementCount;
    api.mount(el, { lang: "es" });
    await new Promise((r) => setTimeout(r, 100));
    return { version: api.version, title, events, errors, afterUnmount, remounted: el.shadowRoot.querySelector(".title")?.textContent, same: api === window.Alliance87 };
  });
  assert.match(result.version, /^\d+\.\d+\.\d+$/);
  assert.equal(result.title, "État de droit et gouvernance");
  assert.deepEqual(result.events, [
    { widget: "explorer", lang: "fr", contentVersion: 1, fallback: false },
    { widget: "explorer", lang: "es", contentVersion: 1, fallback: false },
  ]);
  assert.deepEqual(result.errors, [
    "TypeError: Alliance87.mount: the first argument must be an element",
    "Error: this <div> already shows a widget",
    "TypeError: Alliance87.mount: the first argument must be an element",
    'TypeError: Alliance87.mount: unknown widget "calendar"',
    "Error: <img> cannot hold a widget; use a <div> or the custom element",
  ]);
  assert.equal(result.afterUnmount, 0);
  assert.equal(result.remounted, "Los grupos de acción de la Alianza 8.7");
  assert.equal(result.same, true);
});

test("Alliance87.mount: unmount twice is harmless, odd option types are ignored, inherited options are not read", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/js-api.html`);
  const result = await page.evaluate(async () => {
    const api = await window.Alliance87.ready;
    const el = document.querySelector("#mount-here");
    const outcome = {};
    const first = api.mount(el, { widget: "explorer" });
    first.unmount();
    try {
      first.unmount();
      outcome.twice = "no error";
    } catch (e) {
      outcome.twice = `${e.constructor.name}: ${e.message}`;
    }
    // An old handle never takes down a later mount on the same element.
    api.mount(el, { widget: "explorer", lang: "fr" });
    first.unmount();
    await new Promise((r) => setTimeout(r, 100));
    outcome.stillThere = el.shadowRoot.querySelector(".title")?.textContent;
    const second = document.createElement("div");
    document.querySelector("main").append(second);
    const odd = { widget: "explorer", lang: Symbol("fr"), group: 10n, submitUrl: { href: "https://example.org" } };
    Object.defineProperty(odd, "src", { enumerable: true, get() { throw new Error("getter"); } });
    try {
      api.mount(second, odd);
      outcome.odd = "mounted";
    } catch (e) {
      outcome.odd = `${e.constructor.name}: ${e.message}`;
    }
    try {
      api.mount(document.createElement("div"), { widget: Symbol("explorer") });
    } catch (e) {
      outcome.oddWidget = `${e.constructor.name}: ${e.message}`;
    }
    // A polluted prototype configures nothing.
    Object.prototype.src = "/content/invalid.json";
    Object.prototype.lang = "es";
    Object.prototype.submitUrl = "https://attacker.example/collect";
    const third = document.createElement("div");
    document.querySelector("main").append(third);
    try {
      api.mount(third, { widget: "self-assessment" });
    } finally {
      delete Object.prototype.src;
      delete Object.prototype.lang;
      delete Object.prototype.submitUrl;
    }
    await new Promise((r) => setTimeout(r, 200));
    outcome.polluted = {
      title: third.shadowRoot.querySelector(".title")?.textContent,
      fallback: third.shadowRoot.querySelector(".notice")?.textContent ?? null,
    };
    return outcome;
  });
  assert.equal(result.twice, "no error");
  assert.equal(result.stillThere, "Les groupes d'action de l'Alliance 8.7");
  assert.equal(result.odd, "mounted");
  assert.equal(result.oddWidget, "TypeError: Alliance87.mount: the widget option must be a string");
  assert.deepEqual(result.polluted, { title: "Which action group fits your organisation?", fallback: null });
  const warnings = consoleOf(page, "warning").join("\n");
  for (const key of ["lang", "group", "submitUrl"]) assert.match(warnings, new RegExp(`ignores the option "${key}": it must be a string`));
  assert.deepEqual(page.errors, []);
});

test("Alliance87.checkContent takes a string or a URL; any other argument rejects with a TypeError, never a trap", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/js-api.html`);
  const result = await page.evaluate(async () => {
    const api = await window.Alliance87.ready;
    const outcome = {};
    const settle = (promise) => promise.then((problems) => ({ problems }), (e) => `${e.constructor.name}: ${e.message}`);
    outcome.url = await settle(api.checkContent(new URL("/action-groups.json", location)));
    outcome.relative = await settle(api.checkContent("/action-groups.json"));
    outcome.invalid = await settle(api.checkContent(new URL("/content/invalid.json", location)));
    const odd = { number: 42, object: { url: "/action-groups.json" }, symbol: Symbol("x"), none: undefined, array: ["/action-groups.json"], bigint: 1n };
    outcome.odd = {};
    for (const [name, value] of Object.entries(odd)) {
      try {
        outcome.odd[name] = await settle(api.checkContent(value));
      } catch (e) {
        outcome.odd[name] = `thrown ${e.constructor.name}: ${e.message}`;
      }
    }
    // The module still works afterwards.
    outcome.after = await settle(api.checkContent(new URL("/action-groups.json", location)));
    return outcome;
  });
  assert.deepEqual(result.url, { problems: [] });
  assert.deepEqual(result.relative, { problems: [] });
  assert.ok(result.invalid.problems?.length > 0, JSON.stringify(result.invalid));
  const typeError = 'TypeError: Alliance87.checkContent: the address must be a string or a URL';
  assert.deepEqual(result.odd, { number: typeError, object: typeError, symbol: typeError, none: typeError, array: typeError, bigint: typeError });
  assert.deepEqual(result.after, { problems: [] });
  assert.deepEqual(page.errors, []);
});

test("a page that already defines one of the widgets' elements keeps it; the other widgets and the data- form still work", async () => {
  const page = await open(env.browser);
  await page.addInitScript(() => customElements.define("alliance87-explorer", class extends HTMLElement {}));
  await page.goto(`${env.server.url}/hosts/empty.html`);
  await addWidgets(page, `<alliance87-explorer id="theirs"></alliance87-explorer>
    <alliance87-checklist id="checklist" group="migration"></alliance87-checklist>
    <div id="explorer" data-alliance87="explorer"></div>`);
  await page.waitForSelector("#checklist .item");
  await page.waitForSelector("#explorer .card");
  assert.equal(await page.evaluate(() => document.querySelector("#theirs").shadowRoot), null);
  assert.ok(consoleOf(page, "error").some((e) => e.includes("<alliance87-explorer> is already defined by another script on this page") && e.includes('data-alliance87="explorer"')));
  assert.deepEqual(page.errors, []);
});

test("a page with its own window.Alliance87 keeps it; the widgets still work and the console names the clash", async () => {
  const page = await open(env.browser);
  await page.addInitScript(() => (window.Alliance87 = { app: "the host's own" }));
  await page.goto(`${env.server.url}/hosts/empty.html`);
  await addWidgets(page, `<alliance87-explorer id="explorer"></alliance87-explorer><div id="checklist" data-alliance87="checklist" data-group="migration"></div>`);
  await page.waitForSelector("#explorer .card");
  await page.waitForSelector("#checklist .item");
  assert.deepEqual(await page.evaluate(() => window.Alliance87), { app: "the host's own" });
  assert.ok(consoleOf(page, "error").some((e) => e.includes("already uses window.Alliance87 for something else")));
  assert.ok(!consoleOf(page, "warning").some((w) => w.includes("already loaded")));
  assert.deepEqual(page.errors, []);
});

test("the bundle works from another origin and any path", async () => {
  const bundle = await startServer({ cors: true });
  try {
    const page = await open(env.browser, `${env.server.url}/hosts/empty.html`);
    await addWidgets(page, '<alliance87-explorer id="remote" lang="fr"></alliance87-explorer>', bundle.url);
    await page.waitForSelector("#remote .card");
    assert.equal(await page.locator("#remote .card").count(), 4);
    assert.deepEqual(page.errors, []);
  } finally {
    await bundle.close();
  }
});

test("a deep-linked explorer keeps the open group in the address and follows Back and Forward", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/deep-link.html#alliance87-group=migration`);
  await page.waitForSelector("#explorer #group-title");
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Migration");
  await page.locator("#explorer .back").click();
  await page.waitForSelector("#explorer .card");
  assert.equal(new URL(page.url()).hash, "");
  await page.locator("#explorer #card-supply-chains").click();
  assert.equal(new URL(page.url()).hash, "#alliance87-group=supply-chains");
  await page.goBack();
  await page.waitForSelector("#explorer .card");
  await page.goBack();
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Migration");
  await page.goForward();
  await page.goForward();
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Supply Chains");
  await page.reload();
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Supply Chains");
  // The host's own fragments are the host's business.
  await page.locator("a[href='#top']").click();
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Supply Chains");
  assert.deepEqual(page.errors, []);
});

test("without deep-link the explorer never touches the address", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html#alliance87-group=migration`);
  await page.waitForSelector("#explorer .card");
  await page.locator("#explorer #card-rule-of-law").click();
  assert.equal(new URL(page.url()).hash, "#alliance87-group=migration");
  assert.equal(await page.locator("#explorer #group-title").textContent(), "Rule of Law and Governance");
});

test("sizes follow the reader's browser setting, not the host's root font size or its !important rules", async () => {
  const measure = (page) => page.evaluate(() => {
    const root = document.querySelector("#explorer").shadowRoot;
    const px = (selector, property) => parseFloat(getComputedStyle(root.querySelector(selector))[property]);
    return { title: px(".title", "fontSize"), body: px(".card p", "fontSize"), search: px(".search", "minHeight"), padding: px(".host", "paddingTop") };
  });
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  await page.waitForSelector("#explorer .card");
  const plain = await measure(page);
  assert.deepEqual(plain, { title: 22, body: 16, search: 44, padding: 16 });
  for (const hostile of ["html { font-size: 62.5% }", "html { font-size: 200% }", "* { font-size: 9px !important }"]) {
    const style = await page.addStyleTag({ content: hostile });
    assert.deepEqual(await measure(page), plain, hostile);
    await style.evaluate((el) => el.remove());
  }
  // On purpose: the host sets the widget's base size.
  await page.addStyleTag({ content: "#explorer { --alliance87-font-size: 20px }" });
  assert.deepEqual(await measure(page), { title: 27.5, body: 20, search: 55, padding: 20 });
});

test("hosts theme the widget with custom properties and ::part()", async () => {
  const page = await open(env.browser, `${env.server.url}/hosts/plain.html`);
  // Reduced motion also turns the widget's transitions off, so new colours apply at once.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.waitForSelector("#explorer .card");
  await page.addStyleTag({
    content: `#explorer { --alliance87-accent: rgb(122, 31, 92); --alliance87-font: Georgia, serif; }
              #explorer::part(card) { border-color: rgb(0, 128, 0); }`,
  });
  const styles = await page.evaluate(() => {
    const root = document.querySelector("#explorer").shadowRoot;
    const button = getComputedStyle(root.querySelector(".card-open"));
    return { accent: button.color, font: button.fontFamily, border: getComputedStyle(root.querySelector(".card")).borderTopColor };
  });
  assert.deepEqual(styles, { accent: "rgb(122, 31, 92)", font: "Georgia, serif", border: "rgb(0, 128, 0)" });
});
