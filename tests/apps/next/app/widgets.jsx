"use client";
// Imported on the server too, where it does nothing: the elements are registered when the
// module runs in the browser. No pre-rendered first screen here: the browser turns its
// <template shadowrootmode> into a shadow root while parsing, so React, hydrating, would find
// its template gone (a hydration error; React #26071).
import "@alliance87/widgets";
import { useCallback, useState } from "react";

export default function Widgets() {
  const [seen, setSeen] = useState([]);
  const [opened, setOpened] = useState("");
  const listen = useCallback((section) => {
    if (!section) return;
    const record = (event) => setSeen((list) => [...list, { name: event.type, detail: event.detail }]);
    const opening = (event) => setOpened(event.detail.group);
    const names = ["alliance87:ready", "alliance87:group-open", "alliance87:checklist-change", "alliance87:match"];
    for (const name of names) section.addEventListener(name, record);
    section.addEventListener("alliance87:group-open", opening);
    return () => {
      names.forEach((name) => section.removeEventListener(name, record));
      section.removeEventListener("alliance87:group-open", opening);
    };
  }, []);
  return (
    <section ref={listen}>
      <p id="app-opened">{opened ? `The reader opened ${opened}.` : "No group opened yet."}</p>
      <alliance87-explorer id="explorer" lang="en" language-switch="" />
      <alliance87-checklist id="checklist" lang="en" group="migration" />
      <alliance87-self-assessment id="assessment" lang="en" />
      <pre id="app-events">{JSON.stringify(seen)}</pre>
    </section>
  );
}
