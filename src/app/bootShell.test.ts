import INDEX_HTML from "../../index.html?raw";
import BOOT_SCRIPT from "../../public/boot-shell.js?raw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MESSAGE_MAX_CHARS } from "../features/chat/messageLength";

/**
 * index.html's first screen, its script (public/boot-shell.js) and the app's side (bootShell.ts) together: what
 * the app remembers is what the script shows, and what the user does there is what the app takes over.
 */
const WORDS = {
  lang: "pt-BR",
  label: "Mensagem",
  placeholder: "Escreva já: será respondida quando Qwen estiver pronto",
  send: "Enviar",
};

/** A fresh page: index.html's body, the script run as the browser runs it, and a fresh bootShell module. */
async function startPage(storage: Record<string, string>) {
  localStorage.clear();
  for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
  document.documentElement.removeAttribute("data-theme");
  document.documentElement.lang = "en";
  document.body.innerHTML = new DOMParser().parseFromString(INDEX_HTML, "text/html").body.innerHTML;
  window.eval(BOOT_SCRIPT);
  vi.resetModules();
  const bootShell = await import("./bootShell");
  const form = document.querySelector<HTMLFormElement>("#boot-shell form")!;
  const box = form.querySelector("textarea")!;
  const send = form.querySelector("button")!;
  return { bootShell, form, box, send };
}

function type(box: HTMLTextAreaElement, text: string) {
  box.value = text;
  box.dispatchEvent(new Event("input", { bubbles: true }));
}

function press(box: HTMLTextAreaElement, init: KeyboardEventInit) {
  const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
  box.dispatchEvent(event);
  return event;
}

describe("the first screen's message box", () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = "";
    localStorage.clear();
  });

  it("shows the box the app remembered, in its words, and the theme chosen", async () => {
    const bootShell = await import("./bootShell");
    bootShell.rememberBootComposer(WORDS);
    bootShell.rememberTheme("dark");
    const { form, box, send } = await startPage({ ...localStorageCopy() });
    expect(form.hidden).toBe(false);
    expect(box.getAttribute("aria-label")).toBe("Mensagem");
    expect(box.placeholder).toBe(WORDS.placeholder);
    expect(send.title).toBe("Enviar");
    expect(send.textContent?.trim()).toBe("Enviar");
    expect(send.disabled).toBe(true);
    expect(document.documentElement.lang).toBe("pt-BR");
    expect(document.documentElement.dataset.theme).toBe("dark");
  });

  it("shows no box when the app left none (a first visit, the lock on, the model picker)", async () => {
    const bootShell = await import("./bootShell");
    bootShell.rememberBootComposer(WORDS);
    bootShell.rememberBootComposer(undefined);
    bootShell.rememberTheme("system");
    expect(localStorage.length).toBe(0);
    const { form, bootShell: fresh } = await startPage({});
    expect(form.hidden).toBe(true);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(fresh.takeBootComposer()).toBeUndefined();
    expect(document.getElementById("boot-shell")).toBeNull();
  });

  it("ignores whatever else is stored, and only ever shows it as text", async () => {
    const hostile = [
      "",
      "not json",
      "null",
      "[]",
      "42",
      '"Mensagem"',
      JSON.stringify({ ...WORDS, lang: "fr" }),
      JSON.stringify({ ...WORDS, label: "" }),
      JSON.stringify({ ...WORDS, label: "   " }),
      JSON.stringify({ ...WORDS, send: 7 }),
      JSON.stringify({ ...WORDS, label: "x".repeat(100_000) }),
      JSON.stringify({ ...WORDS, label: { toString: "Mensagem" } }),
      "{".repeat(100_000),
    ];
    for (const value of hostile) {
      const { form } = await startPage({ "sigilo.bootComposer": value, "sigilo.theme": value });
      expect(form.hidden, value.slice(0, 40)).toBe(true);
      expect(document.documentElement.dataset.theme).toBeUndefined();
    }
    const markup = '<img src="https://example.com/x" onerror="alert(1)">';
    const { box, send } = await startPage({
      "sigilo.bootComposer": JSON.stringify({ ...WORDS, label: markup, send: markup, placeholder: markup }),
    });
    expect(box.getAttribute("aria-label")).toBe(markup);
    expect(send.textContent?.trim()).toBe(markup);
    expect(document.querySelector("img")).toBeNull();
  });

  it("takes one message on Enter or Send, keeps Shift+Enter a new line, and hands it all to the app", async () => {
    const { box, send, form, bootShell } = await startPage({ "sigilo.bootComposer": JSON.stringify(WORDS) });
    type(box, "   ");
    expect(send.disabled).toBe(true);
    expect(press(box, { key: "Enter" }).defaultPrevented).toBe(true);
    expect(form.dataset.sent).toBeUndefined();
    type(box, "First line");
    expect(press(box, { key: "Enter", shiftKey: true }).defaultPrevented).toBe(false);
    expect(press(box, { key: "Enter", isComposing: true }).defaultPrevented).toBe(false);
    expect(send.disabled).toBe(false);
    press(box, { key: "Enter" });
    expect(box.value).toBe("");
    expect(send.disabled).toBe(true);
    type(box, "Second message");
    form.requestSubmit();
    press(box, { key: "Enter" });
    // The second waits in the box: the app's box sends it.
    expect(box.value).toBe("Second message");
    box.focus();
    box.setSelectionRange(3, 6);

    const draft = bootShell.takeBootComposer();
    expect(draft).toEqual({ text: "Second message", sent: "First line", caret: { start: 3, end: 6 } });
    expect(document.getElementById("boot-shell")).toBeNull();
    expect(bootShell.takeBootComposer()).toBeUndefined();
  });

  it("takes nothing from a box left empty and unfocused", async () => {
    const { bootShell } = await startPage({ "sigilo.bootComposer": JSON.stringify(WORDS) });
    expect(bootShell.takeBootComposer()).toBeUndefined();
    expect(document.getElementById("boot-shell")).toBeNull();
  });

  it("accepts as many characters as the app's box", () => {
    expect(INDEX_HTML).toContain(`maxlength="${MESSAGE_MAX_CHARS}"`);
  });

  it("never throws where the browser refuses storage", async () => {
    const { rememberBootComposer, rememberTheme } = await import("./bootShell");
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(() => rememberBootComposer({ ...WORDS, label: "other" }, refusing)).not.toThrow();
    expect(() => rememberBootComposer(undefined, refusing)).not.toThrow();
    expect(() => rememberTheme("dark", refusing)).not.toThrow();
    expect(() => rememberTheme("system", undefined)).not.toThrow();
  });
});

function localStorageCopy(): Record<string, string> {
  const copy: Record<string, string> = {};
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index)!;
    copy[key] = localStorage.getItem(key)!;
  }
  return copy;
}
