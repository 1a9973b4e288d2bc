// The npm package for applications, @alliance87/widgets, written into <dist>/npm and packed
// beside the release as alliance87-widgets-<version>.tgz. Called by scripts/release.mjs with
// the loader's unminified source (glue inlined, the module's hash written in).
//
// Everything a tool reads about the elements is generated here from the release's own
// widgets.json (itself written by the crate from src/attributes.rs, src/events.rs and
// src/theme.rs), never written by hand: the TypeScript declarations (the elements, their
// events, the JS API, JSX for React, Preact and Solid, Vue's and Svelte's element maps), the
// Custom Elements Manifest (schema 2.1.0), VS Code's HTML custom data and JetBrains' web-types.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const NAME = "@alliance87/widgets";
const here = new URL("../integrations/npm/", import.meta.url);

/** `language-switch` → `languageSwitch`; `self-assessment` → `SelfAssessment` with `upper`. */
const camel = (name, upper = false) =>
  name.replace(/(^|[-:])([a-z0-9])/g, (_match, _separator, letter, at) => (at === 0 && !upper ? letter : letter.toUpperCase()));
const quote = (value) => JSON.stringify(value);
const union = (values) => values.map(quote).join(" | ");
/** `alliance87:group-open` → `GroupOpenDetail`, the name of its detail's type. */
const detailType = (event) => `${camel(event.replace(/^alliance87:/, ""), true)}Detail`;
/** A JSDoc block, indented. */
const doc = (text, indent = "") => (text ? `${indent}/** ${text.replaceAll("*/", "*\\/")} */\n` : "");

/** What the d.ts, the manifest and the editors' data say of each setting, from the contract. */
function describeSettings(contract) {
  const langs = contract.languages.map((l) => l.code);
  const groups = contract.groups.map((g) => g.id);
  const { flag_on: on, flag_off: off } = contract.checks;
  return new Map(
    contract.settings.map((setting) => {
      const label = setting.label.en;
      const byKind = {
        language: {
          attributeType: "LangTag",
          optionType: "LangTag",
          propertyType: null,
          values: langs,
          valueType: union(langs),
          text: `${label}: ${langs.join(", ")} (a tag such as fr-CA counts as its language). When absent or unsupported: the nearest lang on the page, then the browser's languages, then English.`,
        },
        group: {
          attributeType: "GroupId",
          optionType: "GroupId",
          propertyType: "string",
          values: groups,
          valueType: `${union(groups)} | string`,
          text: `${label}: a group's id (${groups.join(", ")} in the built-in content; a content file may name others).`,
        },
        flag: {
          attributeType: "Flag",
          optionType: "boolean",
          propertyType: "boolean",
          values: null,
          valueType: "boolean",
          text: `${label}. On when present bare or as ${on.filter((w) => w).join(", ")}; off when absent or ${off.join(", ")}.`,
        },
        address: {
          attributeType: "string",
          optionType: "string",
          propertyType: "string",
          values: null,
          valueType: "string",
          text: `${label}: an http(s) address, or one relative to the page.`,
        },
      }[setting.kind];
      if (!byKind) throw new Error(`npm-package: a setting of unknown kind ${setting.kind}`);
      return [setting.attribute, { ...setting, ...byKind, property: setting.attribute === "lang" ? null : setting.option }];
    }),
  );
}

/** A TypeScript type for a JSON Schema of the subset src/events.rs writes. */
function typeOf(schema, indent) {
  if (schema.enum) return union(schema.enum);
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `Array<${typeOf(schema.items, indent)}>`;
    case "object": {
      const inner = `${indent}  `;
      const fields = Object.entries(schema.properties).map(
        ([name, property]) =>
          `${doc(property.description, inner)}${inner}${name}${schema.required?.includes(name) ? "" : "?"}: ${typeOf(property, inner)};\n`,
      );
      return `{\n${fields.join("")}${indent}}`;
    }
    default:
      throw new Error(`npm-package: a detail schema this script cannot write as TypeScript: ${JSON.stringify(schema)}`);
  }
}

function declarations(contract, settings) {
  const widgets = contract.widgets.map((w) => ({
    ...w,
    type: camel(w.name, true),
    element: `Alliance87${camel(w.name, true)}Element`,
  }));
  const langs = contract.languages.map((l) => l.code);
  const out = [];
  out.push(`// ${NAME} ${contract.version}: generated from the release's widgets.json by scripts/npm-package.mjs.

/** A language the widgets speak. */
export type Lang = ${union(langs)};
/** A language setting: a code, or a tag whose first subtag is one (\`fr-CA\`). */
export type LangTag = Lang | ${langs.map((l) => `\`${l}-\${string}\``).join(" | ")};
/** The built-in content's groups; a content file (\`src\`) may name others. */
export type GroupId = ${union(contract.groups.map((g) => g.id))} | (string & {});
/** A widget's name, as \`mount\`'s \`widget\` option and the \`alliance87:ready\` event say it. */
export type WidgetName = ${union(widgets.map((w) => w.name))};
/** A flag attribute's value: \`true\` or present bare turns it on; \`false\` or absent leaves it off. */
export type Flag = boolean | ${union([...contract.checks.flag_on, ...contract.checks.flag_off])};
/** The theme's custom properties, for a \`style\` object or a stylesheet. */
export type ThemeProperty = ${union(contract.theme.map((t) => t.property))};
export type Theme = { [property in ThemeProperty]?: string };
/** The parts a page may style with \`::part()\`. */
export type PartName = ${union([...new Set(widgets.flatMap((w) => w.parts))])};
`);
  for (const event of contract.events) {
    out.push(`${doc(`\`${event.name}\`: ${event.description}`)}export interface ${detailType(event.name)} ${typeOf(event.detail, "")}\n`);
  }
  out.push(`/** Every event of the widgets, by name: bubbling, composed \`CustomEvent\`s. */
export interface Alliance87EventMap {
${contract.events.map((e) => `  ${quote(e.name)}: CustomEvent<${detailType(e.name)}>;\n`).join("")}}
`);
  for (const w of widgets) {
    const own = w.settings.map((name) => settings.get(name));
    out.push(`${doc(`The attributes of \`<${w.tag}>\` (${w.label.en}).`)}export interface ${w.type}Attributes {
${own.map((s) => `${doc(s.text, "  ")}  ${quote(s.attribute)}?: ${s.attributeType};\n`).join("")}}
${doc(`The events \`<${w.tag}>\` dispatches.`)}export interface ${w.type}EventMap extends HTMLElementEventMap {
${w.events.map((e) => `  ${quote(e)}: CustomEvent<${detailType(e)}>;\n`).join("")}}
${doc(`\`<${w.tag}>\`: ${w.label.en}. Each setting but \`lang\` (every element's own) is also a property, kept in its attribute.`)}export interface ${w.element} extends HTMLElement {
${own
  .filter((s) => s.property)
  .map((s) => `${doc(s.text, "  ")}  ${s.property}: ${s.propertyType};\n`)
  .join("")}  addEventListener<K extends keyof ${w.type}EventMap>(type: K, listener: (this: ${w.element}, event: ${w.type}EventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ${w.type}EventMap>(type: K, listener: (this: ${w.element}, event: ${w.type}EventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
${doc(`\`mount(element, {widget: ${quote(w.name)}, …})\`.`)}export interface ${w.type}Options {
  widget${w.name === "explorer" ? "?" : ""}: ${quote(w.name)};
${own.map((s) => `${doc(s.text, "  ")}  ${s.option}?: ${s.optionType};\n`).join("")}}
`);
  }
  out.push(`/** \`mount\`'s options: the widget (the explorer when left out) and the settings it reads. */
export type MountOptions = ${widgets.map((w) => `${w.type}Options`).join(" | ")};

/** What \`mount\` returns. */
export interface MountHandle {
  /** The element the widget is in. */
  readonly element: Element;
  /** Removes the widget and frees it; harmless when called again. */
  unmount(): void;
}

/** The widgets' API (\`window.Alliance87\` on a page that loads the script). */
export interface Alliance87 {
  readonly version: string;
  readonly ready: Promise<Alliance87>;
  readonly widgets: readonly WidgetName[];
  readonly attributes: readonly string[];
  readonly theme: readonly string[];
  /** Shows a widget in \`element\`. Throws a TypeError for something that is not an element or an unknown widget, an Error for an element already showing one. */
  mount(element: Element, options?: MountOptions): MountHandle;
  /** The problems the widgets would find in the content file at \`address\` (relative to the page): an empty list when they can use it. */
  checkContent(address: string | URL): Promise<string[]>;
}

/** The widgets' version, the release's. */
export declare const version: string;
/** Resolves with the API once the widgets have started; rejects on a server, or when they cannot start. */
export declare function ready(): Promise<Alliance87>;
/** Shows a widget in \`element\` once the widgets have started. */
export declare function mount(element: Element, options?: MountOptions): Promise<MountHandle>;
/** The problems the widgets would find in the content file at \`address\`: none when they can use it. */
export declare function checkContent(address: string | URL): Promise<string[]>;

declare global {
  interface HTMLElementTagNameMap {
${widgets.map((w) => `    ${quote(w.tag)}: ${w.element};\n`).join("")}  }
  /** The widgets' events bubble out of their shadow roots, through every ancestor, to the document. */
  interface ElementEventMap extends Alliance87EventMap {}
  interface DocumentEventMap extends Alliance87EventMap {}
  interface Window {
    Alliance87?: Alliance87;
  }
}
`);
  const index = out.join("\n");

  // Framework element maps: each file types the three tags for one framework's templates.
  const imports = `import type { ${widgets.map((w) => `${w.type}Attributes, ${w.element}`).join(", ")} } from "./index.js";\n`;
  const header = (what) =>
    `// ${NAME} ${contract.version}: ${what}, generated from the release's widgets.json.\n// Load it once in your project: import type {} from "${NAME}/${what.split(" ")[0].toLowerCase()}";\n`;
  const tagMap = (props) => widgets.map((w) => `      ${quote(w.tag)}: ${props(w)};\n`).join("");
  const react = `${header("React JSX (React 18 and 19)")}import type { DetailedHTMLProps, HTMLAttributes } from "react";
${imports}
type Props<A, E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof A> & A;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
${tagMap((w) => `Props<${w.type}Attributes, ${w.element}>`)}    }
  }
}
`;
  const preact = `${header("Preact JSX (Preact 11)")}import type { HTMLAttributes } from "preact";
${imports}
declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
${tagMap((w) => `Omit<HTMLAttributes<${w.element}>, keyof ${w.type}Attributes> & ${w.type}Attributes`)}    }
  }
}
`;
  // Solid 2 keeps its JSX types in @solidjs/web, which its JSX runtime reads.
  const solid = `${header("Solid JSX (Solid 2)")}import type { JSX } from "@solidjs/web";
${imports}
declare module "@solidjs/web/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements {
${tagMap((w) => `Omit<JSX.HTMLAttributes<${w.element}>, keyof ${w.type}Attributes> & ${w.type}Attributes`)}    }
  }
}
`;
  const vue = `${header("Vue templates")}import type { DefineComponent } from "vue";
${imports}
declare module "vue" {
  interface GlobalComponents {
${widgets.map((w) => `    ${quote(w.tag)}: DefineComponent<${w.type}Attributes>;\n`).join("")}  }
}
`;
  const svelte = `${header("Svelte templates")}import type { HTMLAttributes } from "svelte/elements";
${imports}
declare module "svelte/elements" {
  interface SvelteHTMLElements {
${widgets.map((w) => `    ${quote(w.tag)}: Omit<HTMLAttributes<${w.element}>, keyof ${w.type}Attributes> & ${w.type}Attributes;\n`).join("")}  }
}
`;
  return { index, react, preact, solid, vue, svelte, widgets };
}

/** The Custom Elements Manifest (schema 2.1.0). */
function manifest(contract, settings, widgets) {
  const cssProperties = contract.theme.map((t) => ({
    name: t.property,
    description: t.label?.en ?? `The theme's ${t.name.replaceAll("-", " ")}`,
    syntax: { colour: "<color>", length: "<length-percentage>", font_size: "<length-percentage> | <absolute-size> | <relative-size>", font_list: "<family-name>#" }[t.kind],
    ...(t.default ? { default: t.default } : {}),
  }));
  const declarations = widgets.map((w) => {
    const own = w.settings.map((name) => settings.get(name));
    return {
      kind: "class",
      customElement: true,
      name: w.element,
      tagName: w.tag,
      description: `${w.label.en}. Renders in its own shadow root; register it by importing "${NAME}".`,
      superclass: { name: "HTMLElement", package: "global:" },
      // No attribute has a default value of its own: an absent one is off, or decided as its
      // description says. The properties have theirs.
      attributes: own.map((s) => ({ name: s.attribute, description: s.text, type: { text: s.valueType }, ...(s.property ? { fieldName: s.property } : {}) })),
      members: own.filter((s) => s.property).map((s) => ({
        kind: "field",
        name: s.property,
        description: s.text,
        type: { text: s.propertyType },
        default: s.kind === "flag" ? "false" : '""',
        attribute: s.attribute,
        reflects: true,
      })),
      events: w.events.map((name) => {
        const event = contract.events.find((e) => e.name === name);
        return { name, description: event.description, type: { text: `CustomEvent<${detailType(name)}>` } };
      }),
      cssProperties,
      cssParts: w.parts.map((name) => ({ name, description: `The ${name.replaceAll("-", " ")}` })),
    };
  });
  const fn = (name, description) => ({ kind: "function", name, description });
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: "index.js",
        declarations: [
          ...declarations,
          fn("ready", "Resolves with the widgets' API once they have started."),
          fn("mount", "Shows a widget in an element once the widgets have started."),
          fn("checkContent", "The problems the widgets would find in a content file."),
          { kind: "variable", name: "version", type: { text: "string" }, default: quote(contract.version) },
        ],
        exports: [
          ...widgets.map((w) => ({ kind: "custom-element-definition", name: w.tag, declaration: { name: w.element, module: "index.js" } })),
          ...["ready", "mount", "checkContent", "version"].map((name) => ({ kind: "js", name, declaration: { name, module: "index.js" } })),
        ],
      },
    ],
  };
}

/** VS Code's HTML custom data (`html.customData`). */
function vscodeData(contract, settings, widgets) {
  return {
    version: 1.1,
    tags: widgets.map((w) => ({
      name: w.tag,
      description: `${w.label.en}. Events: ${w.events.join(", ")}. Parts: ${w.parts.join(", ")}.`,
      attributes: w.settings.map((name) => {
        const s = settings.get(name);
        return { name: s.attribute, description: s.text, ...(s.kind === "flag" ? { valueSet: "v" } : s.values ? { values: s.values.map((v) => ({ name: v })) } : {}) };
      }),
    })),
  };
}

/** JetBrains' web-types. */
function webTypes(contract, settings, widgets) {
  return {
    $schema: "https://json.schemastore.org/web-types",
    name: NAME,
    version: contract.version,
    "description-markup": "markdown",
    "js-types-syntax": "typescript",
    contributions: {
      html: {
        elements: widgets.map((w) => ({
          name: w.tag,
          description: w.label.en,
          attributes: w.settings.map((name) => {
            const s = settings.get(name);
            return {
              name: s.attribute,
              description: s.text,
              value: s.kind === "flag" ? { kind: "no-value", type: "boolean" } : { kind: "plain", type: s.values ? union(s.values) : "string", required: false },
            };
          }),
          js: { events: w.events.map((name) => ({ name, description: contract.events.find((e) => e.name === name).description })) },
          css: {
            properties: contract.theme.map((t) => ({ name: t.property, description: t.label?.en ?? t.name })),
            parts: w.parts.map((name) => ({ name })),
          },
        })),
      },
    },
  };
}

export async function writePackage({ dist, version, entry, wasm, contract: contractPath }) {
  const contract = JSON.parse(readFileSync(contractPath, "utf8"));
  if (contract.version !== version) throw new Error(`npm-package: widgets.json is ${contract.version}, the release ${version}`);
  const settings = describeSettings(contract);
  const types = declarations(contract, settings);
  const out = join(dist, "npm");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const write = (file, text) => writeFileSync(join(out, file), typeof text === "string" ? text : `${JSON.stringify(text, null, 2)}\n`);

  const constants = [
    `const VERSION = ${quote(version)};`,
    `const TAGS = ${quote(types.widgets.map((w) => w.tag))};`,
    `const PROPERTIES = ${quote([...settings.values()].filter((s) => s.property).map((s) => [s.property, s.attribute, s.kind === "flag"]))};`,
    `const FLAG_ON = ${quote(contract.checks.flag_on)};`,
  ].join("\n");
  const api = readFileSync(new URL("api.js", here), "utf8");
  const marker = "\nload();\n";
  if (entry.split(marker).length !== 2) throw new Error("npm-package: the loader's start call was not found once");
  const banner = `// ${NAME} ${version}: the release's loader, with the wasm-bindgen glue inside it, and the package's\n// exports (integrations/npm/api.js) where the loader starts the widgets.\n`;
  write("index.js", banner + entry.replace(marker, () => `\n${constants}\n${api}`));
  copyFileSync(wasm, join(out, "alliance87-widgets_bg.wasm"));
  write("index.d.ts", types.index);
  for (const framework of ["react", "preact", "solid", "vue", "svelte"]) {
    write(`${framework}.d.ts`, types[framework]);
    // Importing the types' path must resolve at run time too.
    write(`${framework}.js`, "export {};\n");
  }
  write("custom-elements.json", manifest(contract, settings, types.widgets));
  write("vscode.html-custom-data.json", vscodeData(contract, settings, types.widgets));
  write("web-types.json", webTypes(contract, settings, types.widgets));
  copyFileSync(new URL("README.md", here), join(out, "README.md"));
  const frameworks = Object.fromEntries(
    ["react", "preact", "solid", "vue", "svelte"].map((f) => [`./${f}`, { types: `./${f}.d.ts`, default: `./${f}.js` }]),
  );
  write("package.json", {
    name: NAME,
    version,
    description: "Alliance 8.7's action-group explorer, priority checklists and partner self-assessment, as custom elements for any web application",
    license: "MIT",
    type: "module",
    sideEffects: ["./index.js"],
    main: "./index.js",
    types: "./index.d.ts",
    exports: {
      ".": { types: "./index.d.ts", default: "./index.js" },
      ...frameworks,
      "./custom-elements.json": "./custom-elements.json",
      "./vscode.html-custom-data.json": "./vscode.html-custom-data.json",
      "./web-types.json": "./web-types.json",
      "./package.json": "./package.json",
    },
    customElements: "custom-elements.json",
    "web-types": "./web-types.json",
    files: ["*.js", "*.d.ts", "*.json", "*.wasm", "README.md"],
    keywords: ["alliance87", "web-components", "custom-elements", "sdg", "forced-labour", "child-labour"],
  });
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", ".."], { cwd: out, encoding: "utf8" }).trim().split("\n").pop();
  console.log(`npm package ${NAME} ${version}: ${dist}/${packed}`);
}
