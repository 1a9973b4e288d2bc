// For pages that show a widget in an iframe (embed.html) and can include one script:
//   <iframe src="https://…/v0.1.0/embed.html?widget=explorer&lang=fr" data-alliance87-frame
//           title="Alliance 8.7 action groups" style="width: 100%; border: 0"></iframe>
//   <script src="https://…/v0.1.0/alliance87-frame.js" defer></script>
// Sizes each such frame to its content, so it never scrolls inside the page, and lets a
// sandboxed frame open its own widget in a full page. Only messages from the frame itself are
// read (by their source, since a sandboxed frame has no origin), and only these two kinds.
// It defines no global and sends nothing.
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || typeof data !== "object") return;
  for (const frame of document.querySelectorAll("iframe[data-alliance87-frame]")) {
    if (frame.contentWindow !== event.source) continue;
    if (data.type === "alliance87:height" && Number.isFinite(data.height) && data.height >= 0) {
      frame.style.height = `${Math.min(Math.ceil(data.height), 100000)}px`;
    } else if (data.type === "alliance87:open" && typeof data.url === "string") {
      // Only to the frame's own page (same address but for its query), never elsewhere.
      const target = new URL(data.url, frame.src);
      const own = new URL(frame.src, location.href);
      if (target.origin === own.origin && target.pathname === own.pathname) location.assign(target.href);
    }
  }
});
