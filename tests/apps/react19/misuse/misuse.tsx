// Mistakes the types must refuse: `tsc -p tsconfig.misuse.json` fails on exactly the three
// marked lines (the apps tier checks which).
import "@alliance87/widgets";
import type {} from "@alliance87/widgets/react";
import { mount } from "@alliance87/widgets";

export const misspeltLanguage = <alliance87-explorer lang="de" />; // MISTAKE: no such language
export const flagAsText = (element: HTMLElement) => mount(element, { widget: "explorer", deepLink: "yes" }); // MISTAKE: a flag option is a boolean
export const settingItDoesNotRead = (element: HTMLElement) => mount(element, { widget: "checklist", languageSwitch: true }); // MISTAKE: the checklist has no language switch
