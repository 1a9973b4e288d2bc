// The content the Alliance publishes from its WordPress (Settings › Alliance 8.7 content), on a
// real WordPress: the studio in the admin publishes; the public route serves the file to any
// origin with an ETag; the site's own widgets and a partner page on another origin show it;
// the history lists and restores publications; nobody else publishes, and a refused
// publication changes nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, releaseTags, runAxe } from "../e2e/helpers.mjs";
import { streamedPages } from "../../scripts/lib/server.mjs";
import { activatePlugin, logIn as signIn, startSite } from "./site.mjs";

const release = JSON.parse(readFileSync(new URL("../../dist/release.json", import.meta.url), "utf8"));
const builtin = JSON.parse(readFileSync(new URL("../../public/action-groups.json", import.meta.url), "utf8"));
const migration = builtin.groups.findIndex((g) => g.id === "migration");

let site;
let env;
let content;
let shortcodePage;
before(async () => {
  site = await startSite();
  env = await launch({ cors: true });
  assert.equal(activatePlugin(site), "activated");
  for (const role of ["author", "editor"]) {
    site.wp(`wp_insert_user(['user_login' => '${role}', 'user_pass' => '${role}-password-1', 'user_email' => '${role}@example.org', 'role' => '${role}']);`);
  }
  shortcodePage = site.wp(`echo wp_insert_post(['post_title' => 'Explorer', 'post_content' => '[alliance87 lang="fr"]', 'post_status' => 'publish', 'post_author' => 1]);`);
  content = site.wp(`echo rest_url('alliance87/v1/content');`);
});
after(async () => {
  await env?.close();
  await site?.close();
});

const logIn = (user, options) => signIn(env.browser, site, user, options);

/** A REST nonce of the page's signed-in session, as WordPress gives one to its own scripts. */
async function restNonce(page) {
  const nonce = await page.evaluate(async (url) => (await fetch(url)).text(), `${site.url}/wp-admin/admin-ajax.php?action=rest-nonce`);
  assert.match(nonce, /^[0-9a-f]{10}$/);
  return nonce;
}

/** What the database holds of the plugin's content: its posts and their revisions. */
const stored = () => site.wp(`global $wpdb; echo wp_json_encode($wpdb->get_results("SELECT ID, post_type, post_status, post_parent, MD5(post_content) AS digest FROM {$wpdb->posts} WHERE post_type = 'alliance87_content' OR (post_type = 'revision' AND post_parent IN (SELECT ID FROM (SELECT ID FROM {$wpdb->posts} WHERE post_type = 'alliance87_content') AS c)) ORDER BY ID"));`);

/** The studio in the admin, in its frame. */
async function openStudio(page) {
  await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-content`);
  return page.frameLocator("#alliance87-studio");
}

async function publishFrenchName(studio, name) {
  await studio.locator(`#f-groups-${migration}-name-fr`).fill(name);
  await studio.locator("#publish").click();
  await studio.locator(".publish-status").getByText("Published.").waitFor();
}

test("nothing published: the route answers 404 in words, and the widgets keep their built-in content", async () => {
  const response = await fetch(content, { headers: { origin: "https://partner.example" } });
  assert.equal(response.status, 404);
  assert.equal(response.headers.get("access-control-allow-origin"), "*");
  assert.match((await response.json()).message, /has not published any Alliance 8\.7 content yet/);
  const html = await (await fetch(`${site.url}/?p=${shortcodePage}`)).text();
  assert.doesNotMatch(html, /data-src=/);
});

test("an administrator changes a group's French name in the studio and publishes; the route serves it to any origin, with an ETag", async () => {
  const page = await logIn("admin");
  const studio = await openStudio(page);
  await studio.getByText("This site has not published any content yet").waitFor();
  await studio.locator(".publications").or(studio.getByText("Nothing has been published yet.")).first().waitFor();
  await publishFrenchName(studio, "Migrations de main-d'œuvre");
  // The history names who published, and what changed.
  const first = studio.locator(".publication").first();
  await first.getByText("by admin").waitFor();
  assert.match(await first.locator(".badge").textContent(), /published now/);
  await first.getByText("What changed").click();
  await first.getByText("The first publication.").waitFor();

  const response = await fetch(content, { headers: { origin: "https://partner.example" } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("access-control-allow-origin"), "*");
  assert.equal(response.headers.get("access-control-allow-credentials"), null);
  assert.match(response.headers.get("content-type"), /^application\/json/);
  assert.equal(response.headers.get("cache-control"), "public, max-age=300");
  assert.equal(response.headers.get("set-cookie"), null);
  const etag = response.headers.get("etag");
  assert.match(etag, /^"[0-9a-f]{40}"$/);
  const published = await response.json();
  assert.equal(published.groups[migration].name.fr, "Migrations de main-d'œuvre");
  assert.equal(published.groups[migration].name.en, builtin.groups[migration].name.en);
  const again = await fetch(content, { headers: { "if-none-match": etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), "");

  // The settings page gives the address to copy.
  await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-widgets`);
  assert.equal(await page.locator("#alliance87-address").inputValue(), content);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator("#alliance87-copy-address").click();
  await page.locator("#alliance87-copy-result").getByText("Copied.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), content);
  await page.context().close();
});

test("a partner page on another origin whose widget follows the address shows the new name; so does the site's own shortcode, without src", async () => {
  // Served for real by another server: a page fulfilled by the browser itself would count as
  // public, and Chromium keeps public pages from reading a loopback address like this site's.
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title>${releaseTags(release)}</head><body><alliance87-explorer lang="fr" src="${content}"></alliance87-explorer></body></html>`;
  streamedPages.set("/partner-following.html", { head: html, rest: Promise.resolve(), tail: "" });
  const partner = await open(env.browser, `${env.server.url}/partner-following.html`);
  await partner.locator("alliance87-explorer").getByText("Migrations de main-d'œuvre").first().waitFor();
  assert.deepEqual(partner.errors, []);
  await partner.context().close();

  // The first screen is printed with it: it shows until the published file is in.
  const printed = await (await fetch(`${site.url}/?p=${shortcodePage}`)).text();
  assert.match(printed, /data-src="[^"]+"><template shadowrootmode="open">/);
  const visitor = await open(env.browser, `${site.url}/?p=${shortcodePage}`);
  assert.equal(await visitor.locator("[data-alliance87=explorer]").getAttribute("data-src"), content);
  await visitor.locator("[data-alliance87=explorer]").getByText("Migrations de main-d'œuvre").first().waitFor();
  assert.deepEqual(visitor.errors, []);
  await visitor.context().close();
});

test("a second publication, then the first restored: the history says what changed, and the route serves the first again", async () => {
  const page = await logIn("admin");
  const studio = await openStudio(page);
  await studio.getByText("Opened what this site publishes").waitFor();
  await publishFrenchName(studio, "Migrations");
  const entries = studio.locator(".publication");
  await studio.locator(".publication:nth-child(2)").waitFor();
  assert.equal(await entries.count(), 2);
  await entries.first().getByText("What changed").click();
  const changes = await entries.first().locator(".changes li").allTextContents();
  assert.deepEqual(changes, ["Migration › Name › the French text: changed"]);
  page.once("dialog", (dialog) => dialog.accept());
  await entries.nth(1).getByRole("button", { name: "Publish this version again" }).click();
  await studio.getByText(/is published again, and open here/).waitFor();
  assert.equal(await entries.count(), 3);
  assert.equal(await studio.locator(`#f-groups-${migration}-name-fr`).inputValue(), "Migrations de main-d'œuvre");
  const served = await (await fetch(content, { cache: "no-store" })).json();
  assert.equal(served.groups[migration].name.fr, "Migrations de main-d'œuvre");
  await page.context().close();
});

test("the Content screen and the studio's publishing and history pass axe-core, in French", async () => {
  // axe-core is injected into the studio's frame, which its own policy would refuse.
  const page = await logIn("admin", { bypassCSP: true });
  await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-content`);
  const frame = page.frames().find((f) => f.url().includes("studio.html"));
  await frame.locator(".publication").first().waitFor();
  await frame.locator("#page-language").selectOption("fr");
  await frame.getByText("Historique des publications").waitFor();
  await frame.locator(".publication details summary").first().click();
  assert.deepEqual(await runAxe(frame), []);
  await page.context().close();
});

test("only administrators publish: Authors, Editors and signed-out requests are refused, as are requests without a nonce, oversized files and malformed JSON; nothing changes", async () => {
  const before = stored();
  const body = JSON.stringify(builtin);
  // Signed out.
  const signedOut = await fetch(content, { method: "POST", headers: { "content-type": "application/json" }, body });
  assert.equal(signedOut.status, 401);
  assert.match((await signedOut.json()).message, /Sign in to WordPress as an administrator/);
  const revisions = content.replace(/content$/, "revisions");
  assert.equal((await fetch(revisions)).status, 401);
  for (const role of ["author", "editor"]) {
    const page = await logIn(role);
    // No Content screen, in the menu or by its address.
    await page.goto(`${site.url}/wp-admin/`);
    assert.equal(await page.locator('a[href="options-general.php?page=alliance87-content"]').count(), 0);
    const screen = await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-content`);
    assert.equal(screen.status(), 403);
    // Through the REST API, with a valid nonce of their own.
    const nonce = await restNonce(page);
    const refused = await page.evaluate(async ([url, nonce, body]) => {
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-wp-nonce": nonce }, body });
      return [r.status, (await r.json()).message];
    }, [content, nonce, body]);
    assert.equal(refused[0], 403, role);
    assert.match(refused[1], /Only administrators publish/);
    const list = await page.evaluate(async ([url, nonce]) => (await fetch(url, { headers: { "x-wp-nonce": nonce } })).status, [revisions, nonce]);
    assert.equal(list, 403);
    await page.context().close();
  }
  // An administrator's cookies without the nonce, with a wrong one, then oversized and malformed.
  const admin = await logIn("admin");
  await admin.goto(`${site.url}/wp-admin/`);
  const post = (headers, body) =>
    admin.evaluate(async ([url, headers, body]) => {
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
      return [r.status, (await r.json()).message];
    }, [content, headers, body]);
  const withoutNonce = await post({}, body);
  assert.equal(withoutNonce[0], 401);
  const wrongNonce = await post({ "x-wp-nonce": "0123456789" }, body);
  assert.equal(wrongNonce[0], 403);
  const big = JSON.stringify({ ...builtin, padding: "x".repeat(2 * 1024 * 1024) });
  const sessionNonce = await restNonce(admin);
  const tooBig = await post({ "x-wp-nonce": sessionNonce }, big);
  assert.equal(tooBig[0], 413);
  assert.match(tooBig[1], /the widgets read at most 1,024 KiB\. Nothing was published\./);
  const malformed = await post({ "x-wp-nonce": sessionNonce }, '{"format": 1, "groups": [');
  assert.equal(malformed[0], 400);
  assert.match(malformed[1], /not well-formed JSON .*Nothing was published\./);
  const notContent = await post({ "x-wp-nonce": sessionNonce }, "[1, 2]");
  assert.equal(notContent[0], 400);
  assert.match(notContent[1], /not a content file in the format these widgets read/);
  await admin.context().close();
  assert.equal(stored(), before, "the database is as it was");
});

test("the settings check names why a file cannot be read: CORS with the header to send, a web page, an HTTP status, a timeout", async () => {
  const page = await logIn("admin");
  await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-widgets`);
  const check = async (address) => {
    await page.locator("#alliance87-src").fill(address);
    await page.locator("#alliance87-check").click();
    const result = page.locator("#alliance87-check-result p").filter({ hasNotText: "Checking the file" });
    await result.waitFor({ timeout: 15000 });
    return result.textContent();
  };
  const server = env.server.url;
  assert.equal(
    await check(`${server}/content/no-cors.json`),
    `The widgets cannot read this file, so they would show their built-in content: blocked by CORS: the server at ${server} must send the header "Access-Control-Allow-Origin: *" (or "Access-Control-Allow-Origin: ${site.url}") with the file.`,
  );
  assert.match(await check(`${server}/content/moved.json`), /: this address gives a web page, not a content file \(it leads to http:\/\/127\.0\.0\.1:\d+\/hosts\/plain\.html\)\.$/);
  assert.match(await check(`${server}/content/missing.json`), /: the server answered HTTP 404 Not Found: there is no content file at this address\.$/);
  assert.match(await check(`${server}/content/hang.json`), /: no answer within 6 seconds: the server is too slow or does not answer\.$/);
  assert.match(await check("http://127.0.0.1:9/content.json"), /: no server answered at this address/);
  // A file it can read goes on to the widgets' own validation.
  assert.equal(await check(`${server}/action-groups.json`), "No problems: the widgets will show this file.");
  await page.context().close();
});

test("no PHP notice, warning or error was logged", () => {
  assert.equal(site.debugLog(), "");
});
