// Opened from disk (file://), browsers refuse to load a page's modules, and the builder or the
// studio would say "Loading…" forever. A classic script still runs there: it says, in the
// reader's language, how to serve the release's folder instead.
if (location.protocol === "file:") {
  const page = location.pathname.split("/").pop() || "builder.html";
  const lang = (navigator.language || "en").slice(0, 2).toLowerCase();
  const say = {
    en: `Browsers do not run this page opened from disk. Serve the release's folder over http: in it, run python3 -m http.server 8000, then open http://localhost:8000/${page}.`,
    fr: `Les navigateurs n'exécutent pas cette page ouverte depuis le disque. Servez le dossier de la version en http : dans ce dossier, lancez python3 -m http.server 8000, puis ouvrez http://localhost:8000/${page}.`,
    es: `Los navegadores no ejecutan esta página abierta desde el disco. Sirva la carpeta de la versión por http: en ella, ejecute python3 -m http.server 8000 y abra http://localhost:8000/${page}.`,
  };
  const show = () => {
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.lang = Object.hasOwn(say, lang) ? lang : "en";
    message.textContent = say[message.lang];
    document.querySelector(".loading")?.replaceWith(message);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
}
