// @ts-check
/**
 * Fills in the first screen (index.html's #boot-shell) before the app's own script has loaded, parsed and run:
 * the theme the user chose and, when the last visit ended at an enabled message box, that box, in the user's
 * language, ready to write in. Enter (or Send) takes the message, as the app's box does; the app sends it once
 * it has started (src/app/bootShell.ts takes over the text, the caret and the message).
 *
 * What it reads comes from localStorage, written by the app (src/app/bootShellHint.ts), and may be anything: a
 * value that is not as expected is ignored, and text is only ever put in attributes and text nodes. A separate
 * file, not an inline script, so the Content-Security-Policy stays `script-src 'self'`.
 */
(() => {
  const shell = document.getElementById("boot-shell");
  if (!shell) return;

  /** @param {string} key */
  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // Storage blocked: the shell stays a plain frame.
    }
  };
  /** @param {unknown} value */
  const shortText = (value) =>
    typeof value === "string" && value.trim() !== "" && value.length <= 300 ? value : undefined;

  const theme = read("sigilo.theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;

  /** @type {Record<string, unknown> | undefined} */
  let hint;
  try {
    const parsed = JSON.parse(read("sigilo.bootComposer") ?? "null");
    if (parsed && typeof parsed === "object") hint = parsed;
  } catch {
    return;
  }
  const label = shortText(hint?.label);
  const placeholder = shortText(hint?.placeholder);
  const send = shortText(hint?.send);
  const lang = hint?.lang === "pt-BR" || hint?.lang === "en" ? hint.lang : undefined;
  const form = shell.querySelector("form");
  const box = form?.querySelector("textarea");
  const button = form?.querySelector("button");
  const buttonText = button?.querySelector(".sr-only");
  if (!label || !send || !lang || !form || !box || !button || !buttonText) return;

  document.documentElement.lang = lang;
  box.setAttribute("aria-label", label);
  if (placeholder) box.placeholder = placeholder;
  button.title = send;
  buttonText.textContent = send;
  form.hidden = false;

  const updateSend = () => {
    button.disabled = box.value.trim() === "" || form.dataset.sent !== undefined;
  };
  // One message: the app's box takes over before a second could matter.
  const take = () => {
    if (box.value.trim() === "" || form.dataset.sent !== undefined) return;
    form.dataset.sent = box.value;
    box.value = "";
    updateSend();
  };
  box.addEventListener("input", updateSend);
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      take();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    take();
  });
})();
