// Checks a deployed release the way partners' pages will use it, and says what to fix.
//   node scripts/check-hosting.mjs https://cdn.example.org/alliance87/
// The address is the release's folder (where `alliance87.js` and `release.json` are). For the
// loader, the module and the content files it checks: the type, compression (brotli or gzip),
// CORS (partners' pages load them from another origin, with `integrity`), the cache lifetime
// and each file's hash against release.json. Exit status 0 when everything is right, 1 when
// something needs fixing, 2 when the address gives no release at all.
import { createHash } from "node:crypto";

/** What a partner's page asks for: another origin, and compressed bodies. */
const REQUEST = { headers: { Origin: "https://partner.example", "Accept-Encoding": "br, gzip" }, redirect: "follow" };
const YEAR = 31536000;

/** Each check of one file: `ok` and, when not, what to change, in words. */
export async function checkHosting(address) {
  const base = new URL(address.endsWith("/") ? address : `${address}/`);
  const results = [];
  const say = (file, check, ok, fix) => results.push({ file, check, ok, fix });

  let release;
  try {
    const response = await fetch(new URL("release.json", base), REQUEST);
    if (!response.ok) throw new Error(`the server answers ${response.status} for release.json`);
    release = JSON.parse(await response.text());
  } catch (error) {
    return { fatal: `${base.href} gives no release: ${error.message}. Give the address of the folder that holds alliance87.js and release.json (the whole of dist/).` };
  }

  const files = [
    { path: release.loader, kind: "js", versioned: true },
    { path: release.module, kind: "wasm", versioned: true },
    { path: release.latest, kind: "js", versioned: false },
    ...release.files.filter((f) => f.path.endsWith("/action-groups.json")).map((f) => ({ path: f.path, kind: "json", versioned: true })),
  ];
  const expected = Object.fromEntries(release.files.map((f) => [f.path, f.integrity]));
  const types = { js: /^(text|application)\/javascript\b/, wasm: /^application\/wasm\b/, json: /^application\/json\b/ };
  const typeNames = { js: "text/javascript", wasm: "application/wasm", json: "application/json" };

  for (const { path, kind, versioned } of files) {
    let response;
    try {
      response = await fetch(new URL(path, base), REQUEST);
    } catch (error) {
      say(path, "reachable", false, `the request failed (${error.cause?.code ?? error.message}); is the file uploaded?`);
      continue;
    }
    if (!response.ok) {
      say(path, "reachable", false, `the server answers ${response.status}: upload the whole of dist/, keeping its folders`);
      continue;
    }
    const body = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get("content-type") ?? "";
    say(path, "type", types[kind].test(type), `sent as "${type || "no type"}": serve .${kind} files as ${typeNames[kind]}${kind === "wasm" ? " (browsers then compile the module while it downloads)" : ""}`);
    const encoding = response.headers.get("content-encoding") ?? "";
    say(path, "compression", /\b(br|gzip)\b/.test(encoding), `sent uncompressed (${body.length} bytes): turn on brotli or gzip for .${kind} files${kind === "wasm" ? "; nginx's gzip_types leaves application/wasm out unless it is listed" : ""}`);
    const cors = response.headers.get("access-control-allow-origin");
    if (kind !== "json" || versioned) {
      say(path, "CORS", cors === "*" || cors === "https://partner.example", `no Access-Control-Allow-Origin: partners' pages load it from another origin with integrity, which the browser refuses without "Access-Control-Allow-Origin: *"`);
    }
    const cache = response.headers.get("cache-control") ?? "";
    const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? 0);
    if (versioned) {
      say(path, "cache", maxAge >= YEAR && /immutable/.test(cache), `Cache-Control is "${cache || "missing"}": a versioned file never changes, so send "public, max-age=${YEAR}, immutable"`);
    } else {
      say(path, "cache", maxAge > 0 && maxAge <= 3600 && !/immutable/.test(cache), `Cache-Control is "${cache || "missing"}": this file points to the newest version, so keep it short, e.g. "public, max-age=300"`);
    }
    const want = expected[path];
    if (want) {
      const got = `sha384-${createHash("sha384").update(body).digest("base64")}`;
      say(path, "hash", got === want, `its bytes differ from the release's (${got} instead of ${want}): upload it again in binary mode, and make sure no proxy rewrites it`);
    }
  }
  return { results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const address = process.argv[2];
  if (!address) {
    console.error("usage: node scripts/check-hosting.mjs <address of the release's folder>");
    process.exit(2);
  }
  const { fatal, results } = await checkHosting(address);
  if (fatal) {
    console.error(fatal);
    process.exit(2);
  }
  for (const r of results) console.log(`${r.ok ? "ok  " : "FIX "} ${r.file}: ${r.check}${r.ok ? "" : ` — ${r.fix}`}`);
  const toFix = results.filter((r) => !r.ok).length;
  console.log(toFix ? `${toFix} thing${toFix > 1 ? "s" : ""} to fix.` : "The release is served as partners' pages need it.");
  process.exit(toFix ? 1 : 0);
}
