// Headless Debian Chromium next to the release's local server, for the tests and the
// measuring scripts (bench.mjs, profile.mjs) alike.
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export async function launch(serverOptions) {
  const server = await startServer(serverOptions);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

