// The README's nginx configuration, run in a real nginx (Debian's), serves the release as
// partners' pages need it, and `scripts/check-hosting.mjs` says so; a server without
// compression, CORS or cache headers is told what to fix.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { checkHosting } from "../../scripts/check-hosting.mjs";

const root = new URL("../../", import.meta.url).pathname;
const dist = join(root, "dist");
const NGINX = "/usr/sbin/nginx";

/** The nginx block of the README's "Hosting the release", as a partner would copy it. */
function readmeNginx() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const after = readme.slice(readme.indexOf("<!-- hosting:nginx"));
  return /```nginx\n([\s\S]*?)```/.exec(after)[1];
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

let folder, nginx, nginxPort, plain, plainPort;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), "alliance87-hosting-"));
  mkdirSync(join(folder, "www"));
  symlinkSync(dist, join(folder, "www", "alliance87"));
  nginxPort = await freePort();
  const block = readmeNginx().replace("root /var/www;", `root ${folder}/www;`);
  assert.ok(block.includes(`root ${folder}/www;`), "the README's block names its root");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `${t}_temp_path ${folder}/${t};`).join(" ");
  writeFileSync(
    join(folder, "nginx.conf"),
    `daemon off; master_process off; pid ${folder}/nginx.pid; error_log stderr warn;
events {}
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}
  server { listen 127.0.0.1:${nginxPort}; ${block} } }\n`,
  );
  execFileSync(NGINX, ["-t", "-q", "-p", folder, "-c", join(folder, "nginx.conf"), "-e", "stderr"]);
  nginx = spawn(NGINX, ["-p", folder, "-c", join(folder, "nginx.conf"), "-e", "stderr"], { stdio: "inherit" });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${nginxPort}/alliance87/release.json`).then((r) => r.ok, () => false)) break;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  // A server as many are set up: files as they are, no compression, no CORS, no cache headers.
  plain = createServer((req, res) => {
    const path = normalize(join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname.replace(/^\/alliance87/, ""))));
    if (!path.startsWith(dist)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": { ".js": "application/javascript", ".json": "application/json" }[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  }).listen(0, "127.0.0.1");
  await new Promise((resolve) => plain.once("listening", resolve));
  plainPort = plain.address().port;
});
after(() => {
  nginx?.kill();
  plain?.close();
  rmSync(folder, { recursive: true, force: true });
});

test("the README's nginx configuration passes check-hosting", async () => {
  const { fatal, results } = await checkHosting(`http://127.0.0.1:${nginxPort}/alliance87/`);
  assert.equal(fatal, undefined);
  assert.ok(results.length >= 18, `${results.length} checks`);
  assert.deepEqual(results.filter((r) => !r.ok).map((r) => `${r.file}: ${r.check}: ${r.fix}`), []);
  // The command line says so, and exits 0.
  const out = execFileSync("node", [join(root, "scripts/check-hosting.mjs"), `http://127.0.0.1:${nginxPort}/alliance87/`], { encoding: "utf8" });
  assert.match(out, /The release is served as partners' pages need it\./);
});

test("a server without compression, CORS or cache headers is told what to fix", async () => {
  const { results } = await checkHosting(`http://127.0.0.1:${plainPort}/alliance87`);
  const { loader, module, latest } = JSON.parse(readFileSync(join(dist, "release.json"), "utf8"));
  const fix = (file, check) => results.find((r) => r.file === file && r.check === check);
  assert.equal(fix(module, "type").ok, false);
  assert.match(fix(module, "type").fix, /serve \.wasm files as application\/wasm/);
  assert.match(fix(module, "compression").fix, /sent uncompressed \(\d+ bytes\): turn on brotli or gzip for \.wasm files; nginx's gzip_types leaves application\/wasm out/);
  assert.match(fix(loader, "CORS").fix, /Access-Control-Allow-Origin: \*/);
  assert.match(fix(loader, "cache").fix, /max-age=31536000, immutable/);
  assert.match(fix(latest, "cache").fix, /keep it short/);
  // What is right is not reported: the types of .js and .json, every hash.
  assert.ok(results.filter((r) => r.check === "hash").every((r) => r.ok));
  assert.ok(fix(loader, "type").ok);
});

test("an address that holds no release says what to give", async () => {
  const { fatal } = await checkHosting(`http://127.0.0.1:${plainPort}/nothing-here/`);
  assert.match(fatal, /gives no release: the server answers 404 for release\.json\. Give the address of the folder that holds alliance87\.js and release\.json/);
});
