// Starts the content studio (studio.html). It shares the embed builder's module, not the
// widgets' bundle. Opened from disk, browsers refuse to load modules: say how to serve it.
import init, { studio } from "./builder-app.js";

const root = document.getElementById("studio");
if (location.protocol === "file:") {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = "The studio must be served over http: in the release's folder, run `python3 -m http.server 8000` and open http://localhost:8000/studio.html.";
  root.querySelector(".loading")?.replaceWith(message);
} else {
  init({ module_or_path: new URL("./builder-app_bg.wasm", import.meta.url) })
    .then(() => studio(root))
    .catch((error) => {
      console.error("[alliance87] the content studio could not start:", error);
      const message = document.createElement("p");
      message.setAttribute("role", "alert");
      message.textContent = "The content studio could not start in this browser. The README's \"Content\" section describes the content file.";
      root.querySelector(".loading")?.replaceWith(message);
    });
}
