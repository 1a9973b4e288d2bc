// The demo's JavaScript API example: mount a Spanish explorer and show the events it sends.
const target = document.getElementById("script-mounted");
const log = document.getElementById("event-log");
for (const name of ["alliance87:ready", "alliance87:group-open"]) {
  target.addEventListener(name, (event) => {
    log.textContent = `${name} ${JSON.stringify(event.detail)}`;
  });
}
globalThis.Alliance87.ready.then((api) => api.mount(target, { widget: "explorer", lang: "es" }));
