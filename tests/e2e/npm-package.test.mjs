// The npm package as packed (dist/alliance87-widgets-<version>.tgz): its manifest is a valid
// Custom Elements Manifest that says what widgets.json says, its package.json is what bundlers
// and TypeScript need, and importing it where there is no browser does nothing. (Real
// applications built from it: tests/apps/.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import { consoleOf, launch, open, openHtml } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const dist = new URL("../../dist/", import.meta.url).pathname;
const release = JSON.parse(readFileSync(join(dist, "release.json"), "utf8"));
const contract = JSON.parse(readFileSync(join(dist, `v${release.version}`, "widgets.json"), "utf8"));

// What `npm install` would unpack, taken from the tarball itself.
const unpacked = mkdtempSync(join(tmpdir(), "alliance87-npm-"));
execFileSync("tar", ["-xzf", join(dist, `alliance87-widgets-${release.version}.tgz`), "-C", unpacked]);
const pkg = join(unpacked, "package");
const read = (file) => JSON.parse(readFileSync(join(pkg, file), "utf8"));
process.on("exit", () => rmSync(unpacked, { recursive: true, force: true }));

let env;
before(async () => (env = await launch()));
after(async () => env?.close());

test("package.json: the release's version, types first in every export, no dependencies, side effects declared", () => {
  const manifest = read("package.json");
  assert.equal(manifest.name, "@alliance87/widgets");
  assert.equal(manifest.version, release.version);
  assert.equal(manifest.type, "module");
  assert.deepEqual(manifest.sideEffects, ["./index.js"]);
  assert.equal(manifest.customElements, "custom-elements.json");
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) assert.equal(manifest[field], undefined, field);
  for (const [path, target] of Object.entries(manifest.exports)) {
    if (typeof target === "object") assert.equal(Object.keys(target)[0], "types", `${path}: types must come first`);
  }
  for (const path of ["./custom-elements.json", "./package.json", "./react", "./vue"]) assert.ok(manifest.exports[path], path);
  // Every file the exports name is in the tarball.
  for (const target of Object.values(manifest.exports).flatMap((t) => (typeof t === "object" ? Object.values(t) : [t]))) {
    readFileSync(join(pkg, target));
  }
  // The module is the release's, byte for byte, and the entry checks it by the release's hash.
  const module = release.files.find((f) => f.path.endsWith("_bg.wasm"));
  assert.deepEqual(readFileSync(join(pkg, "alliance87-widgets_bg.wasm")), readFileSync(join(dist, module.path)));
  const entry = readFileSync(join(pkg, "index.js"), "utf8");
  assert.ok(entry.includes(JSON.stringify(module.integrity)), "the entry carries the module's hash");
  assert.ok(entry.includes('new URL("./alliance87-widgets_bg.wasm", import.meta.url)'), "bundlers find the module");
});

test("importing the package without a browser touches nothing and says what to do", async () => {
  const before = Object.keys(globalThis).sort();
  const widgets = await import(join(pkg, "index.js"));
  assert.deepEqual(Object.keys(globalThis).sort(), before, "no global was set");
  assert.equal(widgets.version, release.version);
  for (const call of [() => widgets.ready(), () => widgets.mount({}, {}), () => widgets.checkContent("/x.json")]) {
    await assert.rejects(call(), /runs in a browser: call ready\(\), mount\(\) and checkContent\(\) from code that runs there/);
  }
});

test("custom-elements.json is a valid Custom Elements Manifest 2.1.0 with widgets.json's tags, attributes, events, theme and parts", () => {
  const manifest = read("custom-elements.json");
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(require("custom-elements-manifest/schema.json"));
  assert.ok(validate(manifest), ajv.errorsText(validate.errors));
  assert.equal(manifest.schemaVersion, "2.1.0");
  const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
  assert.deepEqual(
    elements.map((e) => e.tagName),
    contract.widgets.map((w) => w.tag),
  );
  for (const widget of contract.widgets) {
    const element = elements.find((e) => e.tagName === widget.tag);
    assert.deepEqual(element.attributes.map((a) => a.name), widget.settings, widget.tag);
    assert.deepEqual(element.events.map((e) => e.name), widget.events, widget.tag);
    assert.deepEqual(element.cssParts.map((p) => p.name), widget.parts, widget.tag);
    assert.deepEqual(element.cssProperties.map((p) => p.name), contract.theme.map((t) => t.property), widget.tag);
    const language = element.attributes.find((a) => a.name === "lang");
    assert.equal(language.type.text, contract.languages.map((l) => JSON.stringify(l.code)).join(" | "));
  }
  const definitions = manifest.modules[0].exports.filter((e) => e.kind === "custom-element-definition").map((e) => e.name);
  assert.deepEqual(definitions, contract.widgets.map((w) => w.tag));
});

test("the editors' data names the same elements and attributes: VS Code's custom data and JetBrains' web-types", () => {
  const vscode = read("vscode.html-custom-data.json");
  const webTypes = read("web-types.json");
  const jetbrains = webTypes.contributions.html.elements;
  assert.equal(read("package.json")["web-types"], "./web-types.json");
  for (const widget of contract.widgets) {
    const tag = vscode.tags.find((t) => t.name === widget.tag);
    assert.deepEqual(tag.attributes.map((a) => a.name), widget.settings);
    const element = jetbrains.find((e) => e.name === widget.tag);
    assert.deepEqual(element.attributes.map((a) => a.name), widget.settings);
    assert.deepEqual(element.js.events.map((e) => e.name), widget.events);
  }
  const languages = vscode.tags[0].attributes.find((a) => a.name === "lang").values.map((v) => v.name);
  assert.deepEqual(languages, contract.languages.map((l) => l.code));
});

test("the declarations type every element, event and option from widgets.json", () => {
  const types = readFileSync(join(pkg, "index.d.ts"), "utf8");
  for (const widget of contract.widgets) assert.match(types, new RegExp(`"${widget.tag}": Alliance87\\w+Element;`));
  for (const event of contract.events) assert.match(types, new RegExp(`"${event.name}": CustomEvent<\\w+Detail>;`));
  for (const setting of contract.settings) assert.ok(types.includes(`${setting.option}?:`), setting.option);
  assert.match(readFileSync(join(pkg, "react.d.ts"), "utf8"), /declare module "react"/);
  assert.match(readFileSync(join(pkg, "vue.d.ts"), "utf8"), /interface GlobalComponents/);
});

for (const packageFirst of [false, true]) {
  test(`the package and a script tag on one page share one start (${packageFirst ? "the package" : "the script tag"} first)`, async () => {
    const page = await open(env.browser);
    const modules = [];
    page.on("request", (r) => r.url().endsWith(".wasm") && modules.push(r.url()));
    // dist/npm/index.js is plain ESM: a browser imports it as a bundler would serve it.
    const tag = `<script type="module" src="/v${release.version}/alliance87.js"></script>`;
    const app = `<script type="module">
      import { mount, ready } from "/npm/index.js";
      const handle = await mount(document.querySelector("#api"), { widget: "checklist", lang: "en", group: "migration" });
      window.shared = { same: (await ready()) === window.Alliance87, element: handle.element.id };
    </script>`;
    await openHtml(
      page,
      env.server.url,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Both</title>${packageFirst ? app + tag : tag + app}</head>
      <body><alliance87-explorer id="explorer"></alliance87-explorer><div id="api"></div></body></html>`,
    );
    await page.locator("#explorer .card-open").first().waitFor();
    await page.locator("#api input[name=status-priority-1]").first().waitFor();
    await page.waitForFunction(() => window.shared);
    assert.deepEqual(await page.evaluate(() => window.shared), { same: true, element: "api" });
    assert.equal(modules.length, 1, modules.join(", "));
    assert.deepEqual(consoleOf(page, "warning"), ["[alliance87] the widgets are already loaded on this page; this copy of the script does nothing."]);
    assert.deepEqual([...consoleOf(page, "error"), ...page.errors], []);
    await page.context().close();
  });
}
