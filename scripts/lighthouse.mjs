// Lighthouse (npm `lighthouse`, pinned) on Debian's Chromium: the scores and the layout shift
// of each page given, mobile and desktop.
// `node scripts/lighthouse.mjs <url>...` prints them; the tests import `audit`.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM } from "./lib/browser.mjs";

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Lighthouse's scores (0–100) for `url` on `formFactor` ("mobile" or "desktop"), its CLS and
 *  TBT, and the audits that failed. */
export async function audit(url, formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const config = formFactor === "desktop" ? desktopConfig : undefined;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"] }, config);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failed = Object.entries(lhr.audits)
      .filter(([, a]) => a.score !== null && a.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
      .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    return {
      url,
      formFactor,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      tbt: lhr.audits["total-blocking-time"].numericValue,
      failed,
      runtimeError: lhr.runtimeError?.message,
    };
  } finally {
    await chrome.kill();
  }
}

export const line = (r) =>
  `${r.formFactor.padEnd(7)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  best ${String(r.bestPractices).padStart(3)}  CLS ${r.cls.toFixed(3)}  TBT ${Math.round(r.tbt)} ms  ${r.url}${r.failed.length ? `\n        below 90: ${r.failed.join(", ")}` : ""}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    for (const formFactor of ["mobile", "desktop"]) console.log(line(await audit(url, formFactor)));
  }
}
