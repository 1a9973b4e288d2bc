// The npm package in real applications. Each app in this folder installs from its own
// committed lock file (scripts/setup.sh apps), then takes the packed release tarball as a
// partner's developer would (`npm install <tarball>`, not saved), builds with its own tools and
// is served as it would be in production: Vite + React 19, Vite + React 18, Vite + Vue 3,
// Vite + Svelte 5 (`vite build`, `vite preview`), and a Next.js app router page rendered on
// the server for each request (`next build`, with Turbopack and with webpack, then
// `next start`). In Chromium, in each: the three widgets render and work, the widgets' events
// reach the app's own handlers (and every detail matches its schema in widgets.json), nothing
// is reported in the console (no hydration error), the module is downloaded once, and each
// setting is a property too. Then
// TypeScript: the React apps typecheck, and tsc refuses exactly the marked mistakes of
// react19/misuse/ and of types/ (Preact 11, Solid 2, Vue and Svelte 5 templates).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import Ajv from "ajv";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../../scripts/lib/browser.mjs";

const here = new URL("./", import.meta.url).pathname;
const dist = new URL("../../dist/", import.meta.url).pathname;
const release = JSON.parse(readFileSync(`${dist}release.json`, "utf8"));
const contract = JSON.parse(readFileSync(`${dist}v${release.version}/widgets.json`, "utf8"));
const tarball = `${dist}alliance87-widgets-${release.version}.tgz`;
const ajv = new Ajv({ allErrors: true });
const detailChecks = new Map(contract.events.map((e) => [e.name, ajv.compile(e.detail)]));

const APPS = [
  { dir: "react19", name: "Vite + React 19", serve: "vite" },
  { dir: "react18", name: "Vite + React 18", serve: "vite" },
  { dir: "vue", name: "Vite + Vue 3", serve: "vite" },
  { dir: "svelte", name: "Vite + Svelte 5", serve: "vite" },
  { dir: "next", name: "Next.js app router, rendered on the server, built with Turbopack", serve: "next" },
  // Next.js's other bundler, webpack 5, for projects that keep it (`next build --webpack`).
  { dir: "next", name: "Next.js app router, rendered on the server, built with webpack", serve: "next", build: ["--webpack"] },
];

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const run = (dir, command, args) => execFileSync(command, args, { cwd: `${here}${dir}`, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** Starts the app's production server; resolves once it answers, with its address and output. */
async function serve(app) {
  const port = await freePort();
  const [command, args] =
    app.serve === "next"
      ? ["node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"]]
      : ["node_modules/.bin/vite", ["preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"]];
  const child = spawn(command, args, { cwd: `${here}${app.dir}`, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (tries > 150) throw new Error(`${app.name} did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, output: () => output, stop: () => child.kill() };
}

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
after(() => browser?.close());

for (const app of APPS) {
  describe(app.name, () => {
    let server;
    before(async () => {
      run(app.dir, "npm", ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball]);
      run(app.dir, "npm", ["run", "build", ...(app.build ? ["--", ...app.build] : [])]);
      server = await serve(app);
    });
    after(() => server?.stop());

    test("the three widgets work, their events reach the app's handlers, the console stays quiet, the module comes once", async () => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
      const page = await context.newPage();
      const reported = [];
      page.on("console", (m) => ["error", "warning"].includes(m.type()) && reported.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => reported.push(`page error: ${e.message}`));
      page.on("response", (r) => r.status() >= 400 && reported.push(`${r.status()}: ${r.url()}`));
      const modules = [];
      page.on("request", (r) => new URL(r.url()).pathname.endsWith(".wasm") && modules.push(r.url()));
      await page.goto(server.url);

      // Explorer: the language menu the flag asked for, then a group opened.
      await page.locator("#explorer .card-open", { hasText: "Migration" }).click();
      await page.locator("#app-opened", { hasText: "The reader opened migration." }).waitFor();
      assert.equal(await page.locator("#explorer [part=language]").count(), 1, "language-switch reached the explorer");
      // Checklist: a priority ticked.
      await page.locator("#checklist input[name=status-priority-1][value=done]").check();
      // Self-assessment: answered to the end.
      await page.locator("#assessment button", { hasText: "Start" }).click();
      for (const values of [["government"], ["human-trafficking"], ["law-justice"], ["policy-advocacy"], ["yes"]]) {
        for (const value of values) await page.locator(`#assessment input[value=${value}]`).check();
        await page.locator("#assessment button[type=submit]").click();
      }
      await page.locator("#assessment button", { hasText: "See the matching groups" }).click();
      await page.locator("#assessment .result h3").first().waitFor();
      assert.equal(await page.locator("#assessment .result h3").first().textContent(), "Rule of Law and Governance");

      await page.waitForFunction(() => JSON.parse(document.querySelector("#app-events").textContent).some((e) => e.name === "alliance87:match"));
      const seen = JSON.parse(await page.locator("#app-events").textContent());
      for (const { name, detail } of seen) {
        const check = detailChecks.get(name);
        assert.ok(check, `${name} is not in widgets.json`);
        assert.ok(check(detail), `${name}: ${JSON.stringify(detail)} does not match widgets.json: ${ajv.errorsText(check.errors)}`);
      }
      const named = (name) => seen.filter((e) => e.name === name).map((e) => e.detail);
      assert.deepEqual(named("alliance87:ready").map((d) => d.widget).sort(), ["checklist", "explorer", "self-assessment"]);
      assert.deepEqual(named("alliance87:group-open"), [{ group: "migration" }]);
      assert.deepEqual(named("alliance87:checklist-change").at(-1).items.find((i) => i.id === "priority-1"), { id: "priority-1", status: "done" });
      assert.equal(named("alliance87:match")[0].results[0].group, "rule-of-law");

      // Each setting is a property too, kept in its attribute.
      const properties = await page.evaluate(() => {
        const explorer = document.querySelector("#explorer");
        const checklist = document.querySelector("#checklist");
        const before = [explorer.languageSwitch, explorer.deepLink, checklist.group, checklist.src];
        explorer.deepLink = true;
        checklist.src = "";
        return { before, deepLink: explorer.getAttribute("deep-link"), src: checklist.hasAttribute("src") };
      });
      assert.deepEqual(properties, { before: [true, false, "migration", ""], deepLink: "", src: false });

      assert.deepEqual(reported, []);
      assert.equal(modules.length, 1, `the module was requested ${modules.length} times: ${modules.join(", ")}`);
      await context.close();
    });

    if (app.serve === "next") {
      test("the server renders the page without touching the browser's globals", async () => {
        const html = await (await fetch(server.url)).text();
        assert.match(html, /<alliance87-explorer id="explorer" lang="en" language-switch="">/);
        assert.match(html, /<alliance87-checklist id="checklist" lang="en" group="migration">/);
        assert.doesNotMatch(server.output(), /window is not defined|document is not defined|customElements is not defined|Error/);
      });
    }
  });
}

/** Runs tsc on `project` in `dir`, which must fail on exactly the lines marked `// MISTAKE` in
 *  the files of its `folder`, and on no other; returns tsc's output. */
function refusesExactlyTheMistakes(dir, project, folder) {
  const marked = readdirSync(`${here}${dir}/${folder}`).flatMap((file) =>
    readFileSync(`${here}${dir}/${folder}/${file}`, "utf8")
      .split("\n")
      .flatMap((line, index) => (line.includes("// MISTAKE") ? [`${folder}/${file}:${index + 1}`] : [])),
  );
  assert.ok(marked.length >= 3, `no mistakes marked in ${dir}/${folder}`);
  let output = "";
  assert.throws(() => {
    try {
      run(dir, "node_modules/.bin/tsc", ["--noEmit", "-p", project]);
    } catch (error) {
      output = error.stdout;
      throw error;
    }
  }, `tsc passed in ${dir} with ${project}`);
  const failing = new Set([...output.matchAll(/^([\w/.-]+)\((\d+),\d+\): error/gm)].map((m) => `${m[1]}:${m[2]}`));
  assert.deepEqual([...failing].sort(), marked.sort(), output);
  return output;
}

describe("types", () => {
  test("an application's TypeScript using the elements, their events and the API typechecks (React 19 and 18)", () => {
    for (const dir of ["react19", "react18"]) run(dir, "node_modules/.bin/tsc", ["--noEmit", "-p", "."]);
  });

  test("a misspelt language, a flag given as text and a setting the widget does not read are refused", () => {
    const output = refusesExactlyTheMistakes("react19", "tsconfig.misuse.json", "misuse");
    assert.match(output, /"de"/);
    assert.match(output, /'languageSwitch' does not exist in type 'ChecklistOptions'/);
  });

  test("Preact 11, Solid 2, Vue and Svelte 5 templates are held to the elements' attributes", () => {
    run("types", "npm", ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball]);
    refusesExactlyTheMistakes("types", ".", "frameworks");
  });
});
