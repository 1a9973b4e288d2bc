// Starts the content studio (studio.html). It shares the embed builder's module, not the
// widgets' bundle. Opened from disk this module never loads: served-check.js says what to do.

const root = document.getElementById("studio");
// Imported here rather than at the top, so a module that fails its hash check (or to load) is
// said on the page instead of leaving "Loading…" there.
import("./builder-app.js")
  .then(({ default: init, studio }) => init({ module_or_path: new URL("./builder-app_bg.wasm", import.meta.url) }).then(() => studio(root)))
  .catch((error) => {
    console.error("[alliance87] the content studio could not start:", error);
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = "The content studio could not start in this browser. The README's \"Content\" section describes the content file.";
    root.querySelector(".loading")?.replaceWith(message);
  });
