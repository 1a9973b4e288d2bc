// The npm package's exports (@alliance87/widgets), put in place of the loader's start call by
// scripts/npm-package.mjs. In a browser, importing the package starts the widgets, as the
// script tag does; on a server (Next.js rendering a client component, say) it does nothing:
// no window, document or customElements is touched at import time there.
if (typeof window == "object" && typeof customElements == "object") {
  load().then(addProperties, () => {});
}

const SERVER =
  "@alliance87/widgets runs in a browser: call ready(), mount() and checkContent() from code that runs there (an effect, onMounted, onMount, an event handler), not while a server renders the page.";

/** The widgets' version, the release's. */
export const version = VERSION;

/** Resolves with the widgets' API once they have started; rejects on a server, or when they cannot start (the console says why). */
export function ready() {
  return typeof window == "object" ? load() : Promise.reject(new Error(SERVER));
}

/** Shows a widget in `element`, once the widgets have started: `Alliance87.mount`, awaited. */
export function mount(element, options) {
  return ready().then((api) => api.mount(element, options));
}

/** The problems the widgets would find in the content file at `address`: none when they can use it. */
export function checkContent(address) {
  return ready().then((api) => api.checkContent(address));
}

// Each setting as a property of the element too, kept in its attribute (`element.group =
// "migration"`, `element.languageSwitch = true`): React 19 sets a custom element's props as
// properties when the element has them. `lang` is every element's own already.
function addProperties() {
  for (const tag of TAGS) {
    const prototype = customElements.get(tag)?.prototype;
    if (!prototype) continue;
    for (const [property, attribute, isFlag] of PROPERTIES) {
      if (property in prototype) continue;
      Object.defineProperty(prototype, property, {
        configurable: true,
        enumerable: true,
        get() {
          const value = this.getAttribute(attribute);
          if (!isFlag) return value ?? "";
          const word = value?.trim().toLowerCase();
          return FLAG_ON.includes(word) || word === attribute;
        },
        set(value) {
          if (value == null || value === false || (!isFlag && value === "")) this.removeAttribute(attribute);
          else this.setAttribute(attribute, isFlag ? "" : String(value));
        },
      });
    }
  }
}
