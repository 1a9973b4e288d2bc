// A static server for the end-to-end tests and the benchmark: the release build (dist/) and
// the host pages (tests/hosts/), brotli-compressed as a CDN serves them, plus content endpoints that fail in each way a partner's
// server can. It listens on 127.0.0.1 only.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const root = fileURLToPath(new URL("../..", import.meta.url));
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};
/** The policy a strict host sends: nothing inline, nothing from elsewhere, and Trusted Types
 *  enforced with no policy allowed at all (the widgets need none). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

async function builtinContent() {
  return JSON.parse(await readFile(join(root, "public/action-groups.json"), "utf8"));
}

/** Content responses keyed by path, each a different failure (or success) of `src`. */
const contentRoutes = {
  "/content/missing.json": async (res) => send(res, 404, "text/plain", "not found"),
  "/content/server-error.json": async (res) => send(res, 500, "text/plain", "boom"),
  "/content/invalid.json": async (res) => send(res, 200, types[".json"], '{"format": 1, "groups": [ }'),
  "/content/wrong-schema.json": async (res) => {
    const doc = await builtinContent();
    doc.groups[1].name = { en: " ", fr: "" };
    doc.groups[2].links[0].url = "javascript:alert(1)";
    send(res, 200, types[".json"], JSON.stringify(doc));
  },
  // Texts missing or empty in Spanish: each is shown in English, and the file is used.
  "/content/missing-spanish.json": async (res) => {
    const doc = await builtinContent();
    doc.version = 7;
    doc.groups[1].name.es = "";
    delete doc.groups[1].priorities.items[4].es;
    send(res, 200, types[".json"], JSON.stringify(doc));
  },
  // A missing translation, and a reference to a theme the file does not declare: refused whole.
  "/content/bad-reference.json": async (res) => {
    const doc = await builtinContent();
    delete doc.groups[1].name.es;
    doc.groups[0].themes[0] = "no-such-theme";
    send(res, 200, types[".json"], JSON.stringify(doc));
  },
  // As a Windows editor saves it: with a byte-order mark.
  "/content/bom.json": async (res) => {
    const doc = await builtinContent();
    doc.version = 7;
    send(res, 200, types[".json"], `\uFEFF${JSON.stringify(doc)}`);
  },
  "/content/updated.json": async (res) => {
    const doc = await builtinContent();
    doc.version = 7;
    doc.groups[0].name = { en: "Supply Chains (updated)", fr: "Chaînes d'approvisionnement (mis à jour)", es: "Cadenas de suministro (actualizado)" };
    send(res, 200, types[".json"], JSON.stringify(doc));
  },
  // A real content file from a server that does not allow other origins to read it.
  "/content/no-cors.json": async (res) => {
    res.removeHeader("access-control-allow-origin");
    send(res, 200, types[".json"], JSON.stringify(await builtinContent()));
  },
  // An address that has become a web page (a CMS's "page moved" or a login page).
  "/content/moved.json": async (res) => send(res, 302, "text/plain", "moved", { location: "/hosts/plain.html" }),
  "/favicon.ico": async (res) => { res.writeHead(204); res.end(); },
  // Never answers: the widget must give up on its own and fall back.
  "/content/hang.json": async () => {},
  // 100 MB as fast as the reader takes it: the widget must stop reading at its limit.
  "/content/endless.json": async (res) => streamHuge(res, false),
  // The same, announced by Content-Length: refused before reading.
  "/content/huge.json": async (res) => streamHuge(res, true),
};

/** `bytes` brotli-compressed (quality 11), as a CDN serves the release. Kept on disk by hash,
 *  so each test process does not compress the module again. */
const compressed = join(root, "target/e2e-brotli");
async function brotli(bytes) {
  const file = join(compressed, `${createHash("sha256").update(bytes).digest("hex")}.br`);
  try {
    return await readFile(file);
  } catch {
    const packed = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    await mkdir(compressed, { recursive: true });
    await writeFile(file, packed);
    return packed;
  }
}
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm"]);

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(body);
}

/** Pages sent in two parts, keyed by path: `head` at once, `tail` once `rest` resolves, as a
 *  slow server or a long page streams. */
export const streamedPages = new Map();

/** What the self-assessment posted to `/submit/*`, in order. */
export const submissions = [];

/** How many bytes of the last 100 MB body were sent before the client closed the connection. */
export const streamed = { bytes: 0, closed: false };

function streamHuge(res, announced) {
  const total = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, " ");
  Object.assign(streamed, { bytes: 0, closed: false });
  res.writeHead(200, { "content-type": types[".json"], "cache-control": "no-store", ...(announced ? { "content-length": total } : {}) });
  res.on("close", () => (streamed.closed = true));
  const pump = () => {
    while (streamed.bytes < total && !streamed.closed) {
      streamed.bytes += chunk.length;
      if (!res.write(chunk)) return res.once("drain", pump);
    }
    if (!streamed.closed) res.end();
  };
  pump();
}

/** Serves the release build (`dist/`) and the host pages (`tests/hosts/`). */
export function startServer({ port = 0, host = "127.0.0.1", cors = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const path = decodeURIComponent(url.pathname);
    if (cors) res.setHeader("access-control-allow-origin", "*");
    if (req.method === "POST" && path.startsWith("/submit/")) {
      let body = "";
      for await (const chunk of req) body += chunk;
      submissions.push({ path, body, type: req.headers["content-type"] });
      if (path === "/submit/hang") return;
      if (path === "/submit/redirect") {
        // To another host name for the same server: where the reader never agreed to send.
        const elsewhere = `http://localhost:${server.address().port}/submit/elsewhere`;
        return send(res, 307, "text/plain", "moved", { location: elsewhere });
      }
      return path === "/submit/ok" ? send(res, 200, types[".json"], "{}") : send(res, 500, "text/plain", "boom");
    }
    const route = contentRoutes[path];
    if (route) return route(res);
    const streamedPage = streamedPages.get(path);
    if (streamedPage) {
      res.writeHead(200, { "content-type": types[".html"], "cache-control": "no-store" });
      res.write(streamedPage.head);
      await streamedPage.rest;
      return res.end(streamedPage.tail);
    }
    const base = path.startsWith("/hosts/") ? join(root, "tests") : join(root, "dist");
    const file = normalize(join(base, path === "/" ? "index.html" : path));
    if (!file.startsWith(base)) return send(res, 403, "text/plain", "forbidden");
    try {
      let body = await readFile(file);
      const headers = { vary: "accept-encoding" };
      if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = await brotli(body);
        headers["content-encoding"] = "br";
      }
      if (cors) headers["access-control-allow-origin"] = "*";
      if (path.includes("strict")) headers["content-security-policy"] = STRICT_CSP;
      send(res, 200, types[extname(file)] ?? "application/octet-stream", body, headers);
    } catch {
      send(res, 404, "text/plain", "not found");
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); } });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8088);
  startServer({ port, cors: true }).then(({ url }) => console.log(`serving dist/ and tests/hosts/ on ${url}`));
}
