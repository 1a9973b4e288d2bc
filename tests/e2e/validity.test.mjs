// Every page the release ships, and every first screen pasted into a partner's page, passes the
// Nu HTML Checker (vnu.jar from npm's vnu-jar, run on Debian's Java) with no error: a partner's
// validator, CI or CMS sanitizer finds nothing to repair.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { partnerPageHtml } from "../../scripts/lib/release-pages.mjs";

const dist = new URL("../../dist/", import.meta.url).pathname;
const vnu = new URL("../../node_modules/vnu-jar/build/dist/vnu.jar", import.meta.url).pathname;
const release = JSON.parse(readFileSync(join(dist, "release.json"), "utf8"));

/** The checker's errors for `files`, each as "file:line: message". */
async function errors(files) {
  // vnu exits 1 when it reports anything; its JSON report is on stderr either way.
  const { stderr } = await promisify(execFile)("java", ["-jar", vnu, "--errors-only", "--format", "json", ...files], { maxBuffer: 64 << 20 }).catch((e) => e);
  const { messages } = JSON.parse(stderr);
  return messages.map((m) => `${m.url.replace(/^file:/, "")}:${m.lastLine ?? "?"}: ${m.message}`);
}

const htmlIn = (folder) => readdirSync(join(dist, folder)).filter((f) => f.endsWith(".html")).map((f) => join(dist, folder, f));

test("the demo, the builder, the studio and every frame page have no HTML error", async () => {
  const pages = [...htmlIn(""), ...htmlIn(release.loader.split("/")[0])];
  assert.ok(pages.length >= 19, `${pages.length} pages`);
  assert.deepEqual(await errors(pages), []);
});

test("every pre-rendered first screen, pasted as it is into a partner's page, has no HTML error", async () => {
  const folder = mkdtempSync(join(tmpdir(), "alliance87-validity-"));
  const pages = release.prerendered.map((path) => {
    const page = join(folder, path.split("/").pop());
    writeFileSync(page, partnerPageHtml(release, readFileSync(join(dist, path), "utf8"), "A partner's page"));
    return page;
  });
  assert.ok(pages.length >= 15, `${pages.length} first screens`);
  assert.deepEqual(await errors(pages), []);
});
