// Starts the embed builder (builder.html). Its module is its own, not the widgets' bundle: the
// preview loads the release's alliance87.js, with its hash, as a partner's page would.

const root = document.getElementById("builder");
// Imported here rather than at the top, so a module that fails its hash check (or to load) is
// said on the page instead of leaving "Loading…" there.
import("./builder-app.js")
  .then(({ default: init, builder }) => init({ module_or_path: new URL("./builder-app_bg.wasm", import.meta.url) }).then(() => builder(root)))
  .catch((error) => {
    console.error("[alliance87] the embed builder could not start:", error);
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = "The embed builder could not start in this browser. The README's \"Embedding\" section describes every way to embed the widgets.";
    root.querySelector(".loading")?.replaceWith(message);
  });
