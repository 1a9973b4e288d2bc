// The WordPress plugin on a real WordPress (Debian's package, PHP, MariaDB), installed from the
// release's zip: the shortcode and the block render the widgets; an Author (no unfiltered_html)
// saves a block from the editor and it still renders; markup in every attribute renders nothing
// executable; pages without a widget do not load the bundle; the settings page checks a content
// file with the bundle's own validation; no PHP notice or warning anywhere.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import vm from "node:vm";
import { join } from "node:path";
import { launch, open } from "../e2e/helpers.mjs";
import { activatePlugin, logIn as signIn, startSite } from "./site.mjs";

let site;
let env;
let posts;
before(async () => {
  site = await startSite();
  // The release's own test server, with CORS, serves content files for the settings check.
  env = await launch({ cors: true });
  assert.equal(activatePlugin(site), "activated");
  assert.equal(site.debugLog(), "", "activation logs nothing");
  const post = (title, content) => `wp_insert_post(['post_title' => '${title}', 'post_content' => ${JSON.stringify(content).replace(/\$/g, "\\$")}, 'post_status' => 'publish', 'post_author' => 1])`;
  const hostile = `[alliance87 widget="explorer<script>alert(1)</script>" lang='"><img src=x onerror=alert(2)>' group="x' onmouseover='alert(3)" src="javascript:alert(4)" language-switch="<b>on</b>" colour="red" deep-link="1"]`;
  posts = JSON.parse(
    site.wp(`
      wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-password-1', 'user_email' => 'author@example.org', 'role' => 'author']);
      echo wp_json_encode([
        'shortcode' => ${post("Shortcode", '[alliance87 widget="checklist" lang="fr" group="migration"]')},
        'flags' => ${post("Flags", "[alliance87 lang=\"es\" language-switch]")},
        'explorer' => ${post("Explorer block", '<!-- wp:alliance87/widget {"lang":"es","languageSwitch":true,"group":"migration"} /-->')},
        'checklist' => ${post("Checklist block", '<!-- wp:alliance87/widget {"widget":"checklist","lang":"en","group":"supply-chains"} /-->')},
        'assessment' => ${post("Assessment block", '<!-- wp:alliance87/widget {"widget":"self-assessment","lang":"fr","submitUrl":"https://partner.example/results"} /-->')},
        'hostile' => ${post("Hostile", hostile)},
        'plain' => ${post("Plain", "<p>No widget here.</p>")},
      ]);`),
  );
});
after(async () => {
  await env?.close();
  await site?.close();
});

const permalink = (id) => `${site.url}/?p=${id}`;

const logIn = (user) => signIn(env.browser, site, user);

test("every PHP file passes php -l", () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".php")) files.push(path);
    }
  };
  walk(site.pluginDir);
  assert.ok(files.length >= 2);
  for (const file of files) assert.match(execFileSync("php", ["-l", file], { encoding: "utf8" }), /No syntax errors/, file);
});

test("the shortcode renders the widget a visitor sees, with the bundle checked by its hash", async () => {
  const page = await open(env.browser);
  const modules = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && modules.push(r.url()));
  await page.goto(permalink(posts.shortcode));
  await page.locator("[data-alliance87=checklist] .item").first().waitFor();
  // The module is hinted once, before the first widget, and downloaded once.
  const hints = page.locator("link[rel=preload][as=fetch]");
  assert.equal(await hints.count(), 1);
  assert.match(await hints.getAttribute("href"), /wp-content\/plugins\/alliance87-widgets\/release\/v[\d.]+\/alliance87-widgets_bg\.wasm$/);
  assert.deepEqual(modules, [await hints.evaluate((l) => l.href)]);
  assert.match(await page.locator("[data-alliance87=checklist] h2").first().textContent(), /Liste de suivi : Migration/);
  const tag = page.locator("script#alliance87-widgets-js");
  assert.equal(await tag.getAttribute("type"), "module");
  assert.match(await tag.getAttribute("integrity"), /^sha384-/);
  assert.match(await tag.getAttribute("src"), /wp-content\/plugins\/alliance87-widgets\/release\/v[\d.]+\/alliance87\.js$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const flags = await open(env.browser, permalink(posts.flags));
  await flags.locator("[data-alliance87=explorer] select").waitFor();
  assert.equal(await flags.locator("[data-alliance87=explorer]").getAttribute("data-language-switch"), "");
  await flags.context().close();
});

test("with JavaScript off, a widget's first screen is there: pre-rendered by the release, printed by the plugin", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await open(env.browser, null, { context });
  await page.goto(permalink(posts.shortcode));
  const host = page.locator("[data-alliance87=checklist]");
  assert.match(await host.evaluate((h) => h.shadowRoot.querySelector("h2").textContent), /Liste de suivi : Migration/);
  assert.ok(await host.locator("noscript p").isVisible());
  // Its stylesheet is the plugin's own copy.
  assert.match(await host.evaluate((h) => h.shadowRoot.querySelector("link").href), /wp-content\/plugins\/alliance87-widgets\/release\/v[\d.]+\/alliance87\.css$/);
  await context.close();
  // With JavaScript, the bundle takes it over: one widget, working.
  const live = await open(env.browser, permalink(posts.shortcode));
  await live.locator("[data-alliance87=checklist] input[type=radio][value=done]").first().check();
  await live.waitForFunction(() => /^1 sur/.test(document.querySelector("[data-alliance87=checklist]").shadowRoot.querySelector(".progress-text").textContent));
  assert.equal(await live.locator("[data-alliance87=checklist]").evaluate((h) => h.shadowRoot.querySelectorAll(".widget").length), 1);
  await live.context().close();
});

test("the block renders each widget on the front end", async () => {
  const explorer = await open(env.browser, permalink(posts.explorer));
  await explorer.locator("[data-alliance87=explorer] [role=tablist]").waitFor();
  const headings = await explorer.locator("[data-alliance87=explorer] h2, [data-alliance87=explorer] h3").allTextContents();
  assert.ok(headings.some((h) => /Migración/.test(h)), headings.join(" | "));
  await explorer.context().close();
  const checklist = await open(env.browser, permalink(posts.checklist));
  await checklist.locator("[data-alliance87=checklist] .item").first().waitFor();
  assert.match(await checklist.locator("[data-alliance87=checklist] h2").first().textContent(), /Supply Chains/);
  await checklist.context().close();
  const assessment = await open(env.browser, permalink(posts.assessment));
  await assessment.locator("[data-alliance87=self-assessment] button").first().waitFor();
  assert.equal(await assessment.locator("[data-alliance87=self-assessment]").getAttribute("data-submit-url"), "https://partner.example/results");
  assert.equal(await assessment.locator("[data-alliance87=self-assessment]").getAttribute("data-lang"), "fr");
  await assessment.context().close();
});

test("an Author, without unfiltered_html, adds the block in the editor, sees the real widget, publishes, and it renders", async () => {
  const page = await logIn("author");
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select("core/editor")?.getCurrentPostId());
  const canUnfiltered = site.wp(`echo user_can(get_user_by('login', 'author'), 'unfiltered_html') ? 'yes' : 'no';`);
  assert.equal(canUnfiltered, "no");
  await page.evaluate(() => {
    const { dispatch } = window.wp.data;
    dispatch("core/editor").editPost({ title: "Written by an author" });
    dispatch("core/block-editor").insertBlocks(window.wp.blocks.createBlock("alliance87/widget", { widget: "checklist", lang: "es", group: "rule-of-law" }));
  });
  // The preview in the editor is the real widget, mounted by the bundle.
  await page.locator(".editor-styles-wrapper [data-alliance87=checklist] h2").first().waitFor({ timeout: 20000 });
  assert.match(await page.locator(".editor-styles-wrapper [data-alliance87=checklist] h2").first().textContent(), /Estado de derecho|Rule of Law|Gobernanza/i);
  // Compact and inert, and no declarative shadow DOM left for the editor's innerHTML to warn about.
  const preview = page.locator(".editor-styles-wrapper .alliance87-editor-preview").first();
  assert.ok((await preview.boundingBox()).height <= 360, "the preview stays compact");
  assert.equal(await preview.getAttribute("inert"), "");
  assert.deepEqual(page.messages.filter((m) => /declarative|shadowrootmode/i.test(m.text)), []);
  await page.evaluate(() => {
    window.wp.data.dispatch("core/editor").editPost({ status: "publish" });
    return window.wp.data.dispatch("core/editor").savePost();
  });
  await page.waitForFunction(() => !window.wp.data.select("core/editor").isSavingPost() && window.wp.data.select("core/editor").getCurrentPost().status === "publish");
  const link = await page.evaluate(() => window.wp.data.select("core/editor").getCurrentPost().link);
  const saved = site.wp(`$p = get_posts(['title' => 'Written by an author', 'post_status' => 'publish']); echo $p[0]->post_content;`);
  assert.match(saved, /<!-- wp:alliance87\/widget \{"widget":"checklist","lang":"es","group":"rule-of-law"\} \/-->/);
  await page.context().close();

  const visitor = await open(env.browser, link);
  await visitor.locator("[data-alliance87=checklist] h2").first().waitFor();
  assert.equal(await visitor.locator("[data-alliance87=checklist]").getAttribute("data-group"), "rule-of-law");
  await visitor.context().close();
});

test("markup in every shortcode attribute renders nothing executable; editors are told, visitors are not", async () => {
  const visitor = await open(env.browser, null);
  let dialogs = 0;
  visitor.on("dialog", (d) => {
    dialogs++;
    d.dismiss();
  });
  await visitor.goto(permalink(posts.hostile));
  await visitor.locator("[data-alliance87=explorer] .card").first().waitFor();
  await visitor.locator("[data-alliance87=explorer] .card").first().hover();
  const article = await visitor.locator("main, body").first().innerHTML();
  assert.equal(await visitor.locator(".entry-content img, .wp-block-post-content img").count(), 0);
  assert.equal(await visitor.locator("[onerror], [onmouseover]").count(), 0);
  assert.doesNotMatch(article, /<script>alert/);
  assert.equal(await visitor.locator("[data-alliance87]").getAttribute("data-src"), null);
  assert.equal(await visitor.locator(".alliance87-editor-notice").count(), 0, "visitors see no notice");
  const html = await (await fetch(permalink(posts.hostile))).text();
  assert.match(html, /<!-- Alliance 8\.7 widgets: unknown widget/);
  assert.match(html, /unknown attribute "colour" ignored/);
  assert.match(html, /src "javascript:alert\(4\)" is not an http\(s\) address; ignored/);
  assert.equal(dialogs, 0);
  await visitor.context().close();

  const editor = await logIn("admin");
  await editor.goto(permalink(posts.hostile));
  const notice = editor.locator(".alliance87-editor-notice");
  assert.match(await notice.textContent(), /only editors see this.*unsupported language/s);
  await editor.context().close();
});

test("a page without a widget does not load the bundle", async () => {
  const page = await open(env.browser, null);
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.goto(permalink(posts.plain));
  await page.locator("text=No widget here.").waitFor();
  assert.equal(requested.filter((u) => u.includes("alliance87")).length, 0, requested.join("\n"));
  await page.context().close();
});

test("after activation the next admin screen says once what to do next, and the plugin's row links to its settings", async () => {
  const page = await logIn("admin");
  await page.goto(`${site.url}/wp-admin/plugins.php`);
  const notice = page.locator(".notice.alliance87-activated");
  assert.match(await notice.textContent(), /Alliance 8\.7 widgets is ready: add the "Alliance 8\.7 widget" block \(or the \[alliance87\] shortcode\) to any page\./);
  const settings = page.locator('tr[data-plugin="alliance87-widgets/alliance87-widgets.php"] .row-actions a', { hasText: "Settings" });
  assert.match(await settings.getAttribute("href"), /options-general\.php\?page=alliance87-widgets$/);
  await settings.click();
  await page.locator("#alliance87-src").waitFor();
  // Said once.
  await page.goto(`${site.url}/wp-admin/plugins.php`);
  assert.equal(await page.locator(".notice.alliance87-activated").count(), 0);
  await page.context().close();
});

test("the settings page checks a content file with the bundle's validation and refuses a non-web address", async () => {
  const page = await logIn("admin");
  await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-widgets`);
  const src = page.locator("#alliance87-src");
  await src.fill(`${env.server.url}/content/wrong-schema.json`);
  await page.locator("#alliance87-check").click();
  await page.locator("#alliance87-check-result li").first().waitFor();
  const problems = await page.locator("#alliance87-check-result li").allTextContents();
  assert.ok(problems.some((p) => p.startsWith("$.groups[1].name")), problems.join("\n"));
  assert.ok(problems.some((p) => p.includes("$.groups[2].links[0].url")), problems.join("\n"));

  await src.fill(`${env.server.url}/action-groups.json`);
  await page.locator("#alliance87-check").click();
  await page.locator("#alliance87-check-result").getByText("No problems").waitFor();
  await page.locator("#submit").click();
  await page.waitForURL(/settings-updated=true/);
  assert.equal(site.wp(`echo get_option('alliance87_src');`), `${env.server.url}/action-groups.json`);

  await page.locator("#alliance87-src").fill("javascript:alert(1)");
  await page.locator("#submit").click();
  await page.locator(".notice-error, .error").getByText("is not an http(s) address").waitFor();
  assert.equal(site.wp(`echo get_option('alliance87_src');`), `${env.server.url}/action-groups.json`);
  await page.context().close();

  // Every widget on the site now reads that file, unless it names its own.
  const visitor = await open(env.browser, permalink(posts.checklist));
  assert.equal(await visitor.locator("[data-alliance87=checklist]").getAttribute("data-src"), `${env.server.url}/action-groups.json`);
  await visitor.locator("[data-alliance87=checklist] .item").first().waitFor();
  await visitor.context().close();
  site.wp(`delete_option('alliance87_src');`);
});

test("on a French site the plugin's own screens speak French; every string of the plugin is translated into French and Spanish", async () => {
  // A French site has WordPress's French installed; WordPress only accepts a language it has.
  const languages = site.wp(`echo WP_LANG_DIR;`);
  execFileSync("mkdir", ["-p", languages]);
  execFileSync("msgfmt", ["-o", join(languages, "fr_FR.mo"), "-"], { input: 'msgid ""\nmsgstr "Language: fr_FR\\nContent-Type: text/plain; charset=UTF-8\\n"\n' });
  site.wp(`update_option('WPLANG', 'fr_FR');`);
  assert.equal(site.wp(`echo get_locale();`), "fr_FR");
  try {
    const page = await logIn("admin");
    await page.goto(`${site.url}/wp-admin/options-general.php?page=alliance87-widgets`);
    assert.equal((await page.locator("#alliance87-check").textContent()).trim(), "Vérifier ce fichier");
    assert.equal((await page.locator("label[for=alliance87-src]").textContent()).trim(), "Fichier de contenu (src)");
    await page.goto(`${site.url}/wp-admin/plugins.php`);
    await page.locator('tr[data-plugin="alliance87-widgets/alliance87-widgets.php"] .row-actions a', { hasText: "Réglages" }).waitFor();
    await page.context().close();
    // The block sidebar's words reach the editor in French.
    const printed = site.wp(`ob_start(); wp_scripts()->print_translations('alliance87-block-editor'); echo ob_get_clean();`);
    assert.match(printed, /Quel widget/);
  } finally {
    site.wp(`delete_option('WPLANG');`);
  }
  // Every string the PHP gives to gettext has a translation in both files.
  const plugin = new URL("../../integrations/wordpress/alliance87-widgets/", import.meta.url);
  const includes = readdirSync(new URL("includes/", plugin)).map((f) => `includes/${f}`);
  const php = ["alliance87-widgets.php", ...includes].map((f) => readFileSync(new URL(f, plugin), "utf8")).join("\n");
  // Single- or double-quoted, as PHP writes them; the .po file escapes double quotes.
  const msgids = [...php.matchAll(/\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2].replace(/\\(['"])/g, "$1"));
  assert.ok(msgids.length >= 20, `${msgids.length} strings`);
  const editorStrings = [...readFileSync(new URL("block/editor.js", plugin), "utf8").matchAll(/__\("((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  assert.ok(editorStrings.length >= 6, `${editorStrings.length} editor strings`);
  for (const locale of ["fr_FR", "es_ES"]) {
    const po = readFileSync(new URL(`languages/alliance87-widgets-${locale}.po`, plugin), "utf8");
    const editor = JSON.parse(readFileSync(new URL(`languages/alliance87-widgets-${locale}-alliance87-block-editor.json`, plugin), "utf8")).locale_data.messages;
    assert.deepEqual(editorStrings.filter((id) => !Object.hasOwn(editor, id)), [], `editor strings untranslated in ${locale}`);
    const missing = msgids.filter((id) => !po.includes(`msgid "${id.replace(/"/g, '\\"')}"`));
    assert.deepEqual(missing, [], `untranslated in ${locale}`);
  }
});

test("a theme from the shortcode or the block's sidebar reaches the widget as custom properties; a bad value is said to editors and left out", async () => {
  const ids = JSON.parse(
    site.wp(`echo wp_json_encode([
      'shortcode' => wp_insert_post(['post_title' => 'Themed', 'post_content' => '[alliance87 accent="#7a1f5c" radius="4px" surface="red;background:url(x)"]', 'post_status' => 'publish', 'post_author' => 1]),
      'block' => wp_insert_post(['post_title' => 'Themed block', 'post_content' => '<!-- wp:alliance87/widget {"widget":"checklist","lang":"en","group":"migration","themeAccent":"#005a32","themeFont":"Georgia, serif"} /-->', 'post_status' => 'publish', 'post_author' => 1]),
    ]);`),
  );
  const html = await (await fetch(permalink(ids.shortcode))).text();
  assert.match(html, /data-alliance87="explorer" style="--alliance87-accent: #7a1f5c; --alliance87-radius: 4px"/);
  assert.match(html, /<!-- Alliance 8\.7 widgets: surface "red;background:url\(x\)" is not a colour \(such as #0b5cab\); ignored -->/);
  const page = await open(env.browser, permalink(ids.block));
  const host = page.locator("[data-alliance87=checklist]");
  await host.locator(".item").first().waitFor();
  assert.equal(await host.getAttribute("style"), "--alliance87-accent: #005a32; --alliance87-font: Georgia, serif");
  // The widget's own elements take it.
  assert.equal(await host.evaluate((h) => getComputedStyle(h.shadowRoot.querySelector(".title")).fontFamily), "Georgia, serif");
  await page.context().close();
  // The sidebar offers the builder's theme fields, named from the contract.
  const editor = await logIn("admin");
  await editor.goto(`${site.url}/wp-admin/post.php?post=${ids.block}&action=edit`);
  await editor.waitForFunction(() => window.wp?.data?.select("core/block-editor")?.getBlocks().length > 0);
  await editor.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select("core/edit-post").isFeatureActive("welcomeGuide")) dispatch("core/edit-post").toggleFeature("welcomeGuide");
    dispatch("core/block-editor").selectBlock(select("core/block-editor").getBlocks()[0].clientId);
    dispatch("core/edit-post").openGeneralSidebar("edit-post/block");
  });
  const sidebar = editor.locator(".block-editor-block-inspector");
  await sidebar.getByRole("button", { name: "Theme" }).click();
  for (const label of ["Accent (links, buttons, selected tab)", "Background", "Corner radius, in pixels", "Font"]) {
    await sidebar.getByLabel(label).waitFor();
  }
  assert.equal(await sidebar.getByLabel("Accent (links, buttons, selected tab)").inputValue(), "#005a32");
  await editor.context().close();
});

test("no PHP notice, warning or error was logged: activation, pages, editor, settings", () => {
  assert.equal(site.debugLog(), "");
});

test("the plugin's PHP and its block editor's JS give every contract case the table's verdict (as the runtime does)", () => {
  const table = new URL("../contract-cases.json", import.meta.url).pathname;
  // Theme values are not settings: the frame page's own check is held to them (tests/e2e/frame).
  const cases = JSON.parse(readFileSync(table, "utf8")).cases.filter((c) => c.setting);
  const want = cases.map((c) => (c.verdict === "accepted" ? `accepted:${c.as}` : c.verdict));
  // PHP, in the site, with the contract the installed release carries.
  const php = JSON.parse(
    site.wp(`
      $settings = array_column(alliance87_release()['contract']['settings'], null, 'attribute');
      $verdicts = array();
      foreach (array_filter(json_decode(file_get_contents('${table}'), true)['cases'], fn($c) => isset($c['setting'])) as $case) {
        $checked = alliance87_check_value($settings[$case['setting']], $case['value']);
        $verdicts[] = true === $checked ? 'on' : (false === $checked ? 'off' : (null === $checked ? 'unset' : (is_wp_error($checked) ? 'refused' : 'accepted:' . $checked)));
      }
      echo wp_json_encode($verdicts);`),
  );
  assert.deepEqual(php.map((got, i) => `${cases[i].setting}=${JSON.stringify(cases[i].value)} ${got}`), want.map((w, i) => `${cases[i].setting}=${JSON.stringify(cases[i].value)} ${w}`));
  // The block editor's check, the installed file, with the same contract.
  const window = {};
  vm.runInNewContext(readFileSync(join(site.pluginDir, "block/check.js"), "utf8"), { window });
  const contract = JSON.parse(site.wp("echo wp_json_encode(alliance87_release()['contract']);"));
  const js = cases.map((c) => {
    const result = window.alliance87CheckValue(contract, contract.settings.find((s) => s.attribute === c.setting), c.value);
    return `${c.setting}=${JSON.stringify(c.value)} ${result.verdict === "accepted" ? `accepted:${result.value}` : result.verdict}`;
  });
  assert.deepEqual(js, want.map((w, i) => `${cases[i].setting}=${JSON.stringify(cases[i].value)} ${w}`));
  assert.equal(site.debugLog(), "");
});

test("the plugin's PHP gives every theme case of the contract table its verdict (as src/theme.rs and the frame page do)", () => {
  const table = new URL("../contract-cases.json", import.meta.url).pathname;
  const cases = JSON.parse(readFileSync(table, "utf8")).cases.filter((c) => c.theme);
  assert.ok(cases.length >= 40, `${cases.length} theme cases`);
  const want = cases.map((c) => `${c.theme}=${JSON.stringify(c.value)} ${c.verdict === "accepted" ? `accepted:${c.as}` : c.verdict}`);
  const php = JSON.parse(
    site.wp(`
      $verdicts = array();
      foreach (array_filter(json_decode(file_get_contents('${table}'), true)['cases'], fn($c) => isset($c['theme'])) as $case) {
        $checked = alliance87_check_theme(alliance87_theme_entry($case['theme']), $case['value']);
        $verdicts[] = null === $checked ? 'unset' : (is_wp_error($checked) ? 'refused' : 'accepted:' . $checked);
      }
      echo wp_json_encode($verdicts);`),
  );
  assert.deepEqual(php.map((got, i) => `${cases[i].theme}=${JSON.stringify(cases[i].value)} ${got}`), want);
  assert.equal(site.debugLog(), "");
});
