// Starts the content studio (studio.html). It shares the embed builder's module, not the
// widgets' bundle. Opened from disk this module never loads: served-check.js says what to do.
import init, { studio } from "./builder-app.js";

const root = document.getElementById("studio");
init({ module_or_path: new URL("./builder-app_bg.wasm", import.meta.url) })
  .then(() => studio(root))
  .catch((error) => {
    console.error("[alliance87] the content studio could not start:", error);
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = "The content studio could not start in this browser. The README's \"Content\" section describes the content file.";
    root.querySelector(".loading")?.replaceWith(message);
  });
