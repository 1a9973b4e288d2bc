// The one script a partner page includes:
//   <script type="module" src="https://…/alliance87.js"></script>
// It finds the WebAssembly module next to itself (from any path or origin), starts the widgets
// once per page even when included twice, and defines the only global, `Alliance87`.
import init from "./alliance87-widgets.js";

if (globalThis.Alliance87) {
  console.warn("[alliance87] the widgets are already loaded on this page; this copy of the script does nothing.");
} else {
  let started;
  const ready = new Promise((resolve) => (started = resolve));
  globalThis.Alliance87 = { ready };
  init({ module_or_path: new URL("./alliance87-widgets_bg.wasm", import.meta.url) }).then(
    () => started(globalThis.Alliance87),
    (error) => console.error("[alliance87] the widgets could not start:", error),
  );
}
