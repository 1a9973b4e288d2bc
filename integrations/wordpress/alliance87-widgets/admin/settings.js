// Settings › Alliance 8.7 widgets: "Check this file" reads the content file with the bundle's own
// reader and validator (Alliance87.checkContent), so the answer is exactly what the widgets
// would do with it, and lists every problem with its JSON path.
(function () {
  const text = window.alliance87SettingsText;
  const button = document.getElementById("alliance87-check");
  const input = document.getElementById("alliance87-src");
  const result = document.getElementById("alliance87-check-result");
  const address = document.getElementById("alliance87-address");
  const copy = document.getElementById("alliance87-copy-address");
  if (address && copy) {
    const copied = document.getElementById("alliance87-copy-result");
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(address.value);
        copied.textContent = text.copied;
      } catch {
        address.select();
        copied.textContent = text.copyFailed;
      }
    });
  }
  if (!button || !input || !result) return;

  function say(message, problems) {
    result.replaceChildren();
    const line = document.createElement("p");
    line.textContent = message;
    result.append(line);
    if (problems && problems.length) {
      const list = document.createElement("ul");
      list.className = "alliance87-problems";
      for (const problem of problems) {
        const item = document.createElement("li");
        const code = document.createElement("code");
        code.textContent = problem;
        item.append(code);
        list.append(item);
      }
      result.append(list);
    }
  }

  button.addEventListener("click", async () => {
    const url = input.value.trim();
    if (!url) return say(text.empty);
    const api = window.Alliance87;
    if (!api || !api.ready) return say(text.unavailable);
    say(text.checking);
    const ready = await api.ready;
    const problems = await ready.checkContent(url);
    if (problems.length === 0) say(text.valid);
    else say(text.problems, problems);
  });
})();
