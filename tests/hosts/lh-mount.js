// The JS API as an application uses it: mount once the widgets are ready (the loader is an
// async module, so its global may come after this script).
const ready = () => globalThis.Alliance87?.ready ?? new Promise((wait) => setTimeout(wait, 20)).then(ready);
ready().then((api) => api.mount(document.getElementById("mount-here"), { widget: "explorer", lang: "en" }));
