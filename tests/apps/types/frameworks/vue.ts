// Vue's GlobalComponents with the package's elements (vue-tsc reads them in templates); tsc must
// refuse exactly the MISTAKE lines.
import type {} from "@alliance87/widgets/vue";
import type { ExplorerAttributes } from "@alliance87/widgets";
import type { GlobalComponents } from "vue";

type PropsOf<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;
export const explorer: PropsOf<GlobalComponents["alliance87-explorer"]> = { lang: "fr", "language-switch": true };
export const attributes: ExplorerAttributes = { group: "rule-of-law", "deep-link": "" };
export type Misspelt = GlobalComponents["alliance87-explorr"]; // MISTAKE: no such element
export const wrong: PropsOf<GlobalComponents["alliance87-checklist"]> = { lang: "de" }; // MISTAKE: no such language
