// Partner pages built from the release's own files, for the tests and the measuring scripts.

/** The first screen `scripts/bench.mjs` and `scripts/profile.mjs` measure for each widget, in
 *  `dist/prerendered/`. */
export const MEASURED_SCREENS = { explorer: "explorer.en.html", checklist: "checklist.en.supply-chains.html", assessment: "self-assessment.en.html" };

/** A partner's page at the release folder's level: the release's tags in its head, a heading
 *  of its own, then `markup`. */
export function partnerPageHtml(release, markup, title) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
${releaseTags(release)}</head><body><main><h1>A partner's page</h1>${markup}</main></body></html>`;
}

/** The tags a partner page gets from the embed builder for the element and `data-` forms: the
 *  module's preload and the loader, `async`, with its hash; `base` is the release folder's
 *  address ("" or "/" on the release's own server). */
export function releaseTags(release, base = "/") {
  const loader = release.files.find((f) => f.path === release.loader);
  return `<link rel="preload" href="${base}${release.module}" as="fetch" crossorigin="anonymous">
<script type="module" async src="${base}${release.loader}" integrity="${loader.integrity}" crossorigin="anonymous"></script>`;
}
