// The one script a partner page includes, after a hint that fetches the module meanwhile:
//   <link rel="preload" href="https://…/v0.1.0/alliance87-widgets_bg.wasm" as="fetch" crossorigin="anonymous">
//   <script type="module" async src="https://…/v0.1.0/alliance87.js" integrity="sha384-…" crossorigin="anonymous"></script>
// It finds the WebAssembly module next to itself (from any path or origin), starts the widgets
// once per page even when included twice, and defines the only global, `Alliance87`.
// In the release (scripts/release.mjs) the glue below is inlined into this file, and the module
// is fetched with its own hash, so the tag's `integrity` covers the whole chain.
import init, { start } from "./alliance87-widgets.js";

// The module's Subresource Integrity hash ("" = none, as in `trunk serve`), written by the
// release build, as is the module's address below in the loader at the release's root.
const WASM_INTEGRITY = "";

// Marks our API object, so a second copy of this code can tell it from a page's own
// `window.Alliance87`.
const ours = Symbol.for("alliance87.widgets");
let loading;
// Starts the widgets once per page, however many copies of this code the page holds (two script
// tags, or one and the npm package, whose entry is this file with exports instead of the call
// at the end), and resolves with their API once they have started.
function load() {
  if (loading) return loading;
  const taken = globalThis.Alliance87;
  if (taken?.[ours]) {
    console.warn("[alliance87] the widgets are already loaded on this page; this copy of the script does nothing.");
    return (loading = taken.ready);
  }
  if (taken !== undefined) {
    console.error("[alliance87] the page already uses window.Alliance87 for something else: the widgets work as elements and data-alliance87, but Alliance87.mount is not available.");
  }
  let started, failed;
  const ready = new Promise((resolve, reject) => ((started = resolve), (failed = reject)));
  // Said in the console below; a page that never awaits `ready` gets no second report.
  ready.catch(() => {});
  const api = {
    [ours]: true,
    ready,
    // Custom elements need a JS class. The runtime calls this once per widget at start-up and
    // then removes it; living here, it costs no extra request before the widgets can start.
    // False when the page already defined `tag` itself (the runtime says so in the console).
    defineWidget(tag, observed, connected, disconnected, changed) {
      if (customElements.get(tag)) return false;
      customElements.define(tag, class extends HTMLElement {
        static get observedAttributes() { return observed; }
        connectedCallback() { connected(this); }
        disconnectedCallback() { disconnected(this); }
        attributeChangedCallback(name, before, after) { if (before !== after) changed(this, name); }
      });
      return true;
    },
  };
  if (taken === undefined) globalThis.Alliance87 = api;
  // A module whose bytes differ from the release's (a tampered copy on a CDN) is refused by
  // fetch itself: nothing of it runs, and the page carries on. The address is written out in
  // full so that bundlers find the module (npm package).
  const wasm = fetch(new URL("./alliance87-widgets_bg.wasm", import.meta.url), WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : {});
  // With `async` the loader can be ready while the page is still being parsed: a widget's
  // element would then be started before its pre-rendered first screen (a declarative shadow
  // root, its child) arrives, so the runtime starts once the page is parsed, as when deferred.
  const parsed = () =>
    document.readyState === "loading" && new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
  init({ module_or_path: wasm })
    .then(parsed)
    .then(() => start(api))
    .then(
      () => started(api),
      (error) => {
        console.error("[alliance87] the widgets could not start:", error);
        failed(error);
      },
    );
  return (loading = ready);
}
load();
