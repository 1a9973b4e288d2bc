// Settings › Alliance 8.7 widgets: "Check this file" reads the content file with the bundle's own
// reader and validator (Alliance87.checkContent), so the answer is exactly what the widgets
// would do with it, and lists every problem with its JSON path. Before that, a file the
// browser cannot read is said with its cause.
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

  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all));

  // Why the file cannot be read, named so the administrator can act: the CORS header the other
  // server must send (told apart from a server that does not answer by a second, opaque
  // request), an http address from an https page, a web page where a file was expected, a
  // timeout, an HTTP status, a file too large. Null when it reads as a file.
  async function unreadable(url) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), text.timeoutSeconds * 1000);
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, cache: "no-store" });
    } catch {
      clearTimeout(timer);
      if (controller.signal.aborted) return fill(text.timeout, { n: text.timeoutSeconds });
      if (location.protocol === "https:" && /^http:/i.test(url)) return text.insecure;
      try {
        await fetch(url, { mode: "no-cors", cache: "no-store" });
        return fill(text.cors, { origin: new URL(url).origin, page: location.origin });
      } catch {
        return text.unreachable;
      }
    }
    try {
      if (!response.ok) return fill(text.http, { status: `${response.status} ${response.statusText}`.trim() });
      const tooLarge = fill(text.tooLarge, { n: text.maxBytes / 1024 });
      if (Number(response.headers.get("content-length")) > text.maxBytes) return tooLarge;
      const body = await response.text();
      if (new Blob([body]).size > text.maxBytes) return tooLarge;
      if (/html/i.test(response.headers.get("content-type") ?? "") || /^\uFEFF?\s*</.test(body)) {
        return response.redirected ? fill(text.redirectedPage, { url: response.url }) : text.webPage;
      }
      return null;
    } catch {
      return controller.signal.aborted ? fill(text.timeout, { n: text.timeoutSeconds }) : text.interrupted;
    } finally {
      clearTimeout(timer);
    }
  }

  button.addEventListener("click", async () => {
    const url = input.value.trim();
    if (!url) return say(text.empty);
    const api = window.Alliance87;
    if (!api || !api.ready) return say(text.unavailable);
    say(text.checking);
    const cause = await unreadable(url);
    if (cause) return say(fill(text.cannotRead, { reason: cause }));
    const ready = await api.ready;
    const problems = await ready.checkContent(url);
    if (problems.length === 0) say(text.valid);
    else say(text.problems, problems);
  });
})();
