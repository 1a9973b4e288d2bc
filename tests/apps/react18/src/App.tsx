// React 18: custom elements get attributes only (strings), and events through a ref and an
// effect.
import "@alliance87/widgets";
import type {} from "@alliance87/widgets/react";
import type { Alliance87EventMap } from "@alliance87/widgets";
import { useEffect, useRef, useState } from "react";

type Seen = { name: string; detail: unknown };

export function App() {
  const [seen, setSeen] = useState<Seen[]>([]);
  const [opened, setOpened] = useState("");
  const main = useRef<HTMLElement>(null);
  const explorer = useRef<HTMLElementTagNameMap["alliance87-explorer"]>(null);
  useEffect(() => {
    const page = main.current!;
    const widget = explorer.current!;
    const record = (event: Alliance87EventMap[keyof Alliance87EventMap]) =>
      setSeen((list) => [...list, { name: event.type, detail: event.detail }]);
    const opening = (event: Alliance87EventMap["alliance87:group-open"]) => setOpened(event.detail.group);
    const names: (keyof Alliance87EventMap)[] = ["alliance87:ready", "alliance87:group-open", "alliance87:checklist-change", "alliance87:match"];
    for (const name of names) page.addEventListener(name, record);
    widget.addEventListener("alliance87:group-open", opening);
    return () => {
      names.forEach((name) => page.removeEventListener(name, record));
      widget.removeEventListener("alliance87:group-open", opening);
    };
  }, []);
  return (
    <main ref={main}>
      <h1>React 18 application</h1>
      <p id="app-opened">{opened ? `The reader opened ${opened}.` : "No group opened yet."}</p>
      <alliance87-explorer id="explorer" lang="en" language-switch="" ref={explorer} />
      <alliance87-checklist id="checklist" lang="en" group="migration" />
      <alliance87-self-assessment id="assessment" lang="en" />
      <pre id="app-events">{JSON.stringify(seen)}</pre>
    </main>
  );
}
