// Svelte 5's element map (svelte/elements) with the package's elements; tsc must refuse
// exactly the MISTAKE lines.
import type {} from "@alliance87/widgets/svelte";
import type { SvelteHTMLElements } from "svelte/elements";

export const explorer: SvelteHTMLElements["alliance87-explorer"] = { lang: "fr", "language-switch": true, group: "migration", class: "wide" };
export const assessment: SvelteHTMLElements["alliance87-self-assessment"] = { "checklist-url": "/checklist/" };
export const misspelt: SvelteHTMLElements["alliance87-explorer"] = { lang: "de" }; // MISTAKE: no such language
export const unread: SvelteHTMLElements["alliance87-self-assessment"] = { group: "migration" }; // MISTAKE: the self-assessment reads no group
