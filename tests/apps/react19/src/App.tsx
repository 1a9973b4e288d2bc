// React 19: the elements take their settings as props (attributes, or properties once the
// elements are defined), and the widgets' events through a ref, since their names hold a colon
// that a JSX prop name cannot.
import "@alliance87/widgets";
import type {} from "@alliance87/widgets/react";
import type { Alliance87EventMap } from "@alliance87/widgets";
import { useCallback, useState } from "react";

type Seen = { name: string; detail: unknown };

export function App() {
  const [seen, setSeen] = useState<Seen[]>([]);
  const [opened, setOpened] = useState("");
  const record = useCallback((event: Alliance87EventMap[keyof Alliance87EventMap]) => {
    setSeen((list) => [...list, { name: event.type, detail: event.detail }]);
  }, []);
  // Events bubble out of the widgets: one listener on the page's own element hears them all.
  const listen = useCallback(
    (main: HTMLElement | null) => {
      if (!main) return;
      const names: (keyof Alliance87EventMap)[] = ["alliance87:ready", "alliance87:group-open", "alliance87:checklist-change", "alliance87:match"];
      for (const name of names) main.addEventListener(name, record);
      return () => names.forEach((name) => main.removeEventListener(name, record));
    },
    [record],
  );
  const explorerRef = useCallback((explorer: HTMLElementTagNameMap["alliance87-explorer"] | null) => {
    if (!explorer) return;
    const opening = (event: CustomEvent<{ group: string }>) => setOpened(event.detail.group);
    explorer.addEventListener("alliance87:group-open", opening);
    return () => explorer.removeEventListener("alliance87:group-open", opening);
  }, []);
  return (
    <main ref={listen}>
      <h1>React 19 application</h1>
      <p id="app-opened">{opened ? `The reader opened ${opened}.` : "No group opened yet."}</p>
      <alliance87-explorer id="explorer" lang="en" language-switch ref={explorerRef} />
      <alliance87-checklist id="checklist" lang="en" group="migration" />
      <alliance87-self-assessment id="assessment" lang="en" />
      <pre id="app-events">{JSON.stringify(seen)}</pre>
    </main>
  );
}
