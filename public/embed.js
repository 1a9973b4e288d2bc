// embed.html: one widget filling a frame, for sites that strip scripts (an <iframe>, or an oEmbed
// link WordPress and Drupal turn into one). Configured by query parameters with the attributes'
// names: embed.html?widget=checklist&lang=fr&group=migration&language-switch, and the theme's
// custom properties by their names after `--alliance87-` (accent=%237a1f5c&radius=4px).
// - Parameters the widgets do not know are listed on the page and ignored; the runtime's own
//   reports on bad values (an unsupported language, a submit-url that is not http(s)) are shown
//   there too, so a partner sees them without opening the console.
// - The frame posts its height to the parent, so it never scrolls inside the partner's page:
//   `{type: "alliance87:height", height}` for alliance87-frame.js, and WordPress's wp-embed
//   `{message: "height", value, secret}` when WordPress gave it a secret (#?secret=…). The only
//   message it accepts is wp-embed's `ready` with that secret, to which it answers with its height.
// - Theme values are checked by the contract's rules (widgets.json, through theme-check.js): one
//   that is not of its kind (`accent=0b5cab`, `radius=4`) is listed and the widget's own kept,
//   since CSS would otherwise drop the property where it is used, not fall back to the default.
// - Framed without storage (WordPress's sandbox="allow-scripts"), a checklist cannot save: the
//   page says so and links to the same widget in a full page.
import { checkTheme } from "./theme-check.js";

const strings = {
  en: {
    ignored: "Ignored:",
    unknown: (name) => `the parameter "${name}", which no widget knows`,
    noWidget: (name, known) => `widget=${name} names no widget (known: ${known}); showing the explorer`,
    otherWidget: (name, shown) => `widget=${name}: this page shows the ${shown} only`,
    noStorage: "Progress cannot be saved inside this frame.",
    fullPage: "Open the checklist in a full page to keep it",
    badTheme: (name, value, kind) => `${name}=${value}, which is not ${kind}; the widget's own value is kept`,
    kinds: {
      colour: "a colour (such as %230b5cab, where %23 writes # in an address, or rebeccapurple)",
      length: "a length (such as 4px or 0.5em)",
      font_size: "a font size (such as 18px or medium)",
      font_list: "a list of fonts (such as Georgia, serif)",
    },
    hashColour: (name, hash) => `${name}=${hash}: in an address # starts the fragment, so write it %23 (${name}=%23${hash.slice(1)})`,
    unchecked: (name) => `${name}: the theme's rules (widgets.json) could not be read; the widget's own value is kept`,
  },
  fr: {
    ignored: "Ignoré :",
    unknown: (name) => `le paramètre « ${name} », qu'aucun module ne connaît`,
    noWidget: (name, known) => `widget=${name} ne désigne aucun module (connus : ${known}) ; l'explorateur est affiché`,
    otherWidget: (name, shown) => `widget=${name} : cette page n'affiche que le module ${shown}`,
    noStorage: "La progression ne peut pas être enregistrée dans ce cadre.",
    fullPage: "Ouvrir la liste dans une page entière pour la conserver",
    badTheme: (name, value, kind) => `${name}=${value}, qui n'est pas ${kind} ; la valeur du module est conservée`,
    kinds: {
      colour: "une couleur (par exemple %230b5cab, où %23 écrit # dans une adresse, ou rebeccapurple)",
      length: "une longueur (par exemple 4px ou 0.5em)",
      font_size: "une taille de police (par exemple 18px ou medium)",
      font_list: "une liste de polices (par exemple Georgia, serif)",
    },
    hashColour: (name, hash) => `${name}=${hash} : dans une adresse, # ouvre le fragment ; écrivez-le %23 (${name}=%23${hash.slice(1)})`,
    unchecked: (name) => `${name} : les règles du thème (widgets.json) n'ont pas pu être lues ; la valeur du module est conservée`,
  },
  es: {
    ignored: "Ignorado:",
    unknown: (name) => `el parámetro «${name}», que ningún módulo conoce`,
    noWidget: (name, known) => `widget=${name} no designa ningún módulo (conocidos: ${known}); se muestra el explorador`,
    otherWidget: (name, shown) => `widget=${name}: esta página solo muestra el módulo ${shown}`,
    noStorage: "El progreso no se puede guardar dentro de este marco.",
    fullPage: "Abrir la lista en una página completa para conservarla",
    badTheme: (name, value, kind) => `${name}=${value}, que no es ${kind}; se conserva el valor del módulo`,
    kinds: {
      colour: "un color (por ejemplo %230b5cab, donde %23 escribe # en una dirección, o rebeccapurple)",
      length: "una longitud (por ejemplo 4px o 0.5em)",
      font_size: "un tamaño de letra (por ejemplo 18px o medium)",
      font_list: "una lista de fuentes (por ejemplo Georgia, serif)",
    },
    hashColour: (name, hash) => `${name}=${hash}: en una dirección # inicia el fragmento; escríbalo %23 (${name}=%23${hash.slice(1)})`,
    unchecked: (name) => `${name}: no se pudieron leer las reglas del tema (widgets.json); se conserva el valor del módulo`,
  },
};

// A ready-made page (embed-explorer.fr.html) carries its settings; a query adds to them.
const params = new URLSearchParams(document.querySelector('meta[name="alliance87-embed"]')?.content ?? "");
for (const [name, value] of new URLSearchParams(location.search)) params.set(name, value);
// Theme custom properties, by their name after `--alliance87-` (as the embed builder writes them).
// The contract's rules for theme values, read while the module loads.
const contract = fetch(new URL("widgets.json", import.meta.url))
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);
const secret = new URLSearchParams(location.hash.replace(/^#\??/, "")).get("secret");
const frame = document.getElementById("frame");
const problems = document.createElement("ul");
problems.className = "problems";

function language() {
  const wanted = [params.get("lang"), ...navigator.languages].filter(Boolean);
  // Own keys only: `constructor`, `__proto__` or `toString` must not find Object.prototype's.
  const found = wanted.map((tag) => tag.toLowerCase().split("-")[0]).find((code) => Object.hasOwn(strings, code));
  return found ?? "en";
}
const lang = language();
const t = strings[lang];
document.documentElement.lang = lang;

function report(text) {
  const item = document.createElement("li");
  item.textContent = `${t.ignored} ${text}`;
  problems.append(item);
  if (!problems.isConnected) frame.firstElementChild.after(problems);
}

// The runtime reports bad values in the console, as for any page; here they are shown as well.
for (const level of ["warn", "error"]) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    original(...args);
    const [first] = args;
    if (typeof first === "string" && first.startsWith("[alliance87] ")) report(first.slice(13));
  };
}

function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent === window) return;
  window.parent.postMessage({ type: "alliance87:height", height }, "*");
  if (secret) window.parent.postMessage({ message: "height", value: height, secret }, "*");
}

window.addEventListener("message", (event) => {
  if (event.source === window.parent && secret && event.data?.message === "ready" && event.data.secret === secret) {
    postHeight();
  }
});

function canStore() {
  try {
    const key = "alliance87:embed-probe";
    localStorage.setItem(key, "1");
    localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The same widget in a full page: a sandboxed frame may not open windows, so the parent is asked
 *  to go there (wp-embed's `link`, or alliance87-frame.js), and a plain link is the fallback. */
function fullPageLink() {
  const note = document.createElement("p");
  note.className = "no-storage";
  note.setAttribute("role", "note");
  const link = document.createElement("a");
  link.href = location.href.replace(/#.*$/, "");
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = t.fullPage;
  link.addEventListener("click", (event) => {
    if (window.parent === window) return;
    event.preventDefault();
    window.parent.postMessage({ type: "alliance87:open", url: link.href }, "*");
    if (secret) window.parent.postMessage({ message: "link", value: link.href, secret }, "*");
  });
  note.append(`${t.noStorage} `, link);
  return note;
}

/** Sets a theme value the contract accepts, through the CSSOM, which the frame's own CSP allows
 *  (a style attribute it would not); lists any other, and the widget keeps its own. */
function applyTheme(element, name, value, rules) {
  if (!rules) return report(t.unchecked(name));
  const checked = checkTheme(rules, name, value);
  if (checked.verdict === "accepted") {
    element.style.setProperty(`--alliance87-${name}`, checked.value);
  } else if (checked.verdict === "refused") {
    report(t.badTheme(name, value, t.kinds[checked.kind]));
  } else if (checked.kind === "colour" && /^#[0-9a-f]{3,8}$/i.test(location.hash)) {
    // `accent=#0b5cab` unencoded: the colour went to the fragment and the value is empty.
    report(t.hashColour(name, location.hash));
  }
}

async function main() {
  const api = await globalThis.Alliance87?.ready;
  if (!api) return;
  const known = api.widgets;
  // A ready-made page holds its widget's first screen, pre-rendered (the bundle has taken it
  // over): that is the frame's one widget, whatever a `widget` parameter asks for.
  const readyMade = known.find((name) => frame.querySelector(`:scope > alliance87-${name}`));
  let widget = params.get("widget") ?? readyMade ?? "explorer";
  if (readyMade && widget !== readyMade) {
    report(t.otherWidget(widget, readyMade));
    widget = readyMade;
  } else if (!known.includes(widget)) {
    report(t.noWidget(widget, known.join(", ")));
    widget = "explorer";
  }
  const element = frame.querySelector(`:scope > alliance87-${widget}`) ?? document.createElement(`alliance87-${widget}`);
  for (const [name, value] of params) {
    if (name === "widget") continue;
    if (api.attributes.includes(name)) element.setAttribute(name, value);
    else if (api.theme.includes(name)) applyTheme(element, name, value, await contract);
    else report(t.unknown(name));
  }
  if (!element.isConnected) frame.append(element);
  if (widget === "checklist" && !canStore()) element.before(fullPageLink());
  new ResizeObserver(postHeight).observe(document.documentElement);
  postHeight();
}

main();
