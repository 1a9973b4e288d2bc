// A real, throwaway WordPress for the plugin's tests: Debian's wordpress package served by PHP's
// built-in server, a MariaDB started on a private socket in a temporary folder, the plugin
// installed from the release's zip and activated. `close()` stops both and removes everything,
// the host configuration file included.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { open } from "../e2e/helpers.mjs";

const WORDPRESS = "/usr/share/wordpress";
const ZIP = new URL("../../dist/alliance87-widgets-wordpress.zip", import.meta.url).pathname;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts the site; `php(code)` runs PHP inside it (after wp-load) and returns its output. */
export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), "alliance87-wp-"));
  const name = `alliance87test${randomBytes(4).toString("hex")}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const socket = join(dir, "mysqld.sock");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const processes = [];
  const close = async () => {
    // Each server leads a process group of its own: PHP's built-in server forks workers
    // (PHP_CLI_SERVER_WORKERS), which a signal to the parent alone would leave running.
    for (const p of processes) {
      try {
        process.kill(-p.pid, "SIGTERM");
      } catch {
        p.kill("SIGTERM");
      }
    }
    await sleep(300);
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database.
    execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${dir}/db`, "--auth-root-authentication-method=normal", "--skip-test-db", "--user=root"], { stdio: "ignore" });
    const db = spawn("/usr/sbin/mariadbd", ["--no-defaults", `--datadir=${dir}/db`, `--socket=${socket}`, "--skip-networking", "--user=root", `--pid-file=${dir}/mysqld.pid`, `--log-error=${dir}/mysqld.err`], { stdio: "ignore", detached: true });
    processes.push(db);
    await waitFor(() => existsSync(socket), "MariaDB");
    await waitFor(() => {
      try {
        execFileSync("mariadb", ["--no-defaults", `--socket=${socket}`, "-uroot", "-e", "CREATE DATABASE IF NOT EXISTS wordpress"], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    }, "MariaDB to accept connections");

    // wp-content of its own: the default theme, and the plugin from the release's zip.
    const content = join(dir, "wp-content");
    mkdirSync(join(content, "plugins"), { recursive: true });
    mkdirSync(join(content, "themes"), { recursive: true });
    mkdirSync(join(content, "uploads"), { recursive: true });
    mkdirSync(join(content, "mu-plugins"), { recursive: true });
    // This machine has no internet: core's update checks would each log a warning that has
    // nothing to do with the plugin, so this test site does not make them.
    writeFileSync(
      join(content, "mu-plugins/no-update-checks.php"),
      `<?php
remove_action('admin_init', '_maybe_update_core');
remove_action('admin_init', '_maybe_update_plugins');
remove_action('admin_init', '_maybe_update_themes');
remove_action('wp_version_check', 'wp_version_check');
remove_action('wp_update_plugins', 'wp_update_plugins');
remove_action('wp_update_themes', 'wp_update_themes');
remove_action('load-plugins.php', 'wp_update_plugins');
remove_action('load-themes.php', 'wp_update_themes');
remove_action('load-update-core.php', 'wp_update_plugins');
remove_action('load-update-core.php', 'wp_update_themes');
add_filter('pre_site_transient_update_core', '__return_null');
`,
    );
    symlinkSync(join(WORDPRESS, "wp-content/themes/twentytwentythree"), join(content, "themes/twentytwentythree"));
    execFileSync("unzip", ["-q", ZIP, "-d", join(content, "plugins")]);
    // The document root: WordPress's files, with this wp-content.
    const root = join(dir, "root");
    mkdirSync(root);
    for (const entry of readdirSync(WORDPRESS)) {
      if (entry !== "wp-content") symlinkSync(join(WORDPRESS, entry), join(root, entry));
    }
    symlinkSync(content, join(root, "wp-content"));

    const salt = () => randomBytes(24).toString("hex");
    writeFileSync(
      configFile,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${dir}/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
${["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"].map((k) => `define('${k}', '${salt()}');`).join("\n")}
$table_prefix = 'wp_';
`,
    );
    // PHP's built-in server, as wp-cli's "wp server" runs it, pointed at this site's configuration.
    writeFileSync(
      join(dir, "router.php"),
      `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$root = $_SERVER['DOCUMENT_ROOT'];
$path = '/' . ltrim(parse_url(urldecode($_SERVER['REQUEST_URI']), PHP_URL_PATH), '/');
if (file_exists($root . $path)) {
  if (is_dir($root . $path) && substr($path, -1) !== '/') { header('Location: ' . rtrim($path, '/') . '/'); exit; }
  if (is_dir($root . $path)) $path = rtrim($path, '/') . '/index.php';
  if (substr($path, -4) === '.php') {
    $_SERVER['SCRIPT_NAME'] = $path;
    $_SERVER['PHP_SELF'] = $path;
    $_SERVER['SCRIPT_FILENAME'] = $root . $path;
    chdir(dirname($root . $path));
    require $root . $path;
    return;
  }
  return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($root);
require 'index.php';
`,
    );
    const php = (code) =>
      execFileSync("php", ["-d", "display_errors=stderr", "-r", `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['WORDPRESS_CONFIG'] = '${name}'; ${code}`], { encoding: "utf8", cwd: WORDPRESS });
    php(`define('WP_INSTALLING', true); require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php'; wp_install('Partner site', 'admin', 'admin@example.org', true, '', 'admin-password-1');`);
    // The installer tries pretty permalinks over HTTP, and WordPress 6.1's HTTP library logs
    // PHP 8.2 deprecations of its own: the log the tests read starts after the installation.
    rmSync(join(dir, "debug.log"), { force: true });
    const server = spawn("php", ["-S", `127.0.0.1:${port}`, "-t", root, join(dir, "router.php")], { stdio: "ignore", detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: "4" } });
    processes.push(server);
    await waitFor(async () => {
      try {
        return (await fetch(`${url}/`)).ok;
      } catch {
        return false;
      }
    }, "WordPress");
    const debugLog = () => (existsSync(join(dir, "debug.log")) ? readFileSync(join(dir, "debug.log"), "utf8") : "");
    /** Runs PHP in the site, after wp-load.php. */
    const wp = (code) => php(`require 'wp-load.php'; ${code}`);
    /** Signed-in cookies for `login`, as WordPress sets them, for a browser context: the login
     *  form itself is not used, since WordPress 6.1 logs PHP 8.2 deprecations of its own there. */
    const authCookies = (login) => {
      const c = JSON.parse(
        wp(`$user = get_user_by('login', '${login}'); $expires = time() + 3600;
          echo wp_json_encode([
            [AUTH_COOKIE, wp_generate_auth_cookie($user->ID, $expires, 'auth'), ADMIN_COOKIE_PATH],
            [AUTH_COOKIE, wp_generate_auth_cookie($user->ID, $expires, 'auth'), PLUGINS_COOKIE_PATH],
            [LOGGED_IN_COOKIE, wp_generate_auth_cookie($user->ID, $expires, 'logged_in'), COOKIEPATH],
          ]);`),
      );
      return c.map(([name, value, path]) => ({ name, value, domain: "127.0.0.1", path: path || "/", httpOnly: true }));
    };
    return { url, wp, php, debugLog, authCookies, pluginDir: join(content, "plugins/alliance87-widgets"), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The plugin activated as an administrator would, or the reason it was not. */
export function activatePlugin(site) {
  return site.wp(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $result = activate_plugin('alliance87-widgets/alliance87-widgets.php');
    echo is_wp_error($result) ? $result->get_error_message() : 'activated';`);
}

/** A page of `browser` signed in to `site` as `user` (`options` for the browser context). */
export async function logIn(browser, site, user, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addCookies(site.authCookies(user));
  return open(browser, null, { context });
}
