// What ships: the size budget, and the JSON Schema editors validate content with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { createHash } from "node:crypto";
import { brotliCompressSync, constants } from "node:zlib";
import Ajv2020 from "ajv/dist/2020.js";

const dist = new URL("../../dist/", import.meta.url);
const publicDir = new URL("../../public/", import.meta.url);
/** Brotli budget for the whole bundle (loader + glue + wasm), all three widgets: 200 KB, read strictly (not KiB). */
const BUDGET_BYTES = 200_000;

const release = JSON.parse(await readFile(new URL("release.json", dist), "utf8"));

async function bundleFiles() {
  const snippets = [];
  // wasm-bindgen's JS snippets, if a dependency ever adds one.
  const snippetDirs = existsSync(new URL("snippets/", dist)) ? await readdir(new URL("snippets/", dist)) : [];
  for (const dir of snippetDirs) {
    for (const file of await readdir(new URL(`snippets/${dir}/`, dist))) snippets.push(`snippets/${dir}/${file}`);
  }
  return [...release.bundle.files.map((f) => f.path), ...snippets];
}

test("the whole bundle stays under 200 KB brotli", async () => {
  let total = 0;
  for (const file of await bundleFiles()) {
    const bytes = await readFile(new URL(file, dist));
    total += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  assert.ok(total < BUDGET_BYTES, `bundle is ${total} bytes brotli, over the ${BUDGET_BYTES} budget`);
  assert.equal(release.bundle.brotli, total, "release.json states the bundle's size");
});

test("release.json describes the versioned release exactly", async () => {
  const cargo = await readFile(new URL("../../Cargo.toml", import.meta.url), "utf8");
  assert.equal(release.version, cargo.match(/^version = "([^"]+)"/m)[1]);
  assert.equal(release.loader, `v${release.version}/alliance87.js`);
  for (const file of release.files) {
    const bytes = await readFile(new URL(file.path, dist));
    assert.equal(file.bytes, bytes.length, file.path);
    assert.equal(file.integrity, `sha384-${createHash("sha384").update(bytes).digest("base64")}`, file.path);
  }
  // The loader checks the module it fetches against the module's own hash, both copies of it.
  const wasm = release.files.find((f) => f.path.endsWith(".wasm"));
  for (const loader of [release.loader, release.latest]) {
    const text = await readFile(new URL(loader, dist), "utf8");
    assert.ok(text.includes(wasm.integrity), `${loader} does not carry the module's hash`);
    assert.ok(!/from\s*["']|import\(/.test(text), `${loader} still imports another file`);
  }
});

const schema = JSON.parse(await readFile(new URL("alliance87-content.schema.json", publicDir), "utf8"));
const builtin = JSON.parse(await readFile(new URL("action-groups.json", publicDir), "utf8"));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

test("the built-in content satisfies the published JSON Schema", () => {
  assert.ok(validate(builtin), JSON.stringify(validate.errors, null, 2));
});

test("the schema rejects what the widgets reject", () => {
  const broken = [
    (d) => (d.groups[1].name = { en: " ", fr: "" }),
    (d) => (d.groups[2].links[0].url = "javascript:alert(1)"),
    (d) => (d.groups[0].summary.fr = "<b>gras</b>"),
    (d) => (d.groups[0].priorites = []),
    (d) => (d.format = 2),
    (d) => (d.groups = []),
    (d) => (d.groups[0].id = "Supply Chains"),
  ];
  for (const breakIt of broken) {
    const doc = structuredClone(builtin);
    breakIt(doc);
    assert.equal(validate(doc), false, `schema accepted: ${breakIt}`);
  }
});

test("the schema accepts what the widgets use with another language standing in", () => {
  const filled = [(d) => delete d.groups[1].name.es, (d) => (d.groups[1].priorities.items[4].fr = ""), (d) => delete d.intro.en];
  for (const leaveOut of filled) {
    const doc = structuredClone(builtin);
    leaveOut(doc);
    assert.ok(validate(doc), `schema refused: ${leaveOut}\n${JSON.stringify(validate.errors, null, 2)}`);
  }
});
