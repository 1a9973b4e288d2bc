// The JS API as an application calls it; typechecked (tsc --noEmit) by the apps tier.
import { checkContent, mount, ready, version, type MountHandle } from "@alliance87/widgets";

export async function showChecklist(element: HTMLElement, group: string): Promise<MountHandle> {
  const handle = await mount(element, { widget: "checklist", lang: "fr-CA", group });
  handle.element.addEventListener("alliance87:checklist-change", (event) => {
    console.log(`${event.detail.done} of ${event.detail.total} done in ${event.detail.group}`);
  });
  return handle;
}

export async function showExplorer(element: HTMLElement): Promise<MountHandle> {
  return mount(element, { lang: "es", languageSwitch: true, deepLink: false, src: "/content.json" });
}

export async function contentProblems(address: string | URL): Promise<string[]> {
  const api = await ready();
  console.log(`widgets ${version} (${api.version}): ${api.widgets.join(", ")}`);
  return checkContent(address);
}

export function strongestMatch(element: HTMLElementTagNameMap["alliance87-self-assessment"]) {
  element.addEventListener("alliance87:match", (event) => {
    const [best] = event.detail.results;
    if (best && best.strength === "strong") console.log(best.group, best.reasons.map((r) => r.answer));
  });
}

document.addEventListener("alliance87:ready", (event) => console.log(event.detail.widget, event.detail.fallback));
