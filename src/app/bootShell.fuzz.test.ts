import fc from "fast-check";
import { describe, expect, it } from "vitest";
import INDEX_HTML from "../../index.html?raw";
import BOOT_SCRIPT from "../../public/boot-shell.js?raw";
import { fuzzParameters } from "../test/fuzz";

/**
 * Whatever localStorage holds when a page starts (written by this app, an older or newer one, an extension, or
 * by hand), the first screen's script never throws, never adds an element, and shows a box only with words that
 * are short, non-blank strings, exactly as stored.
 */
const SHELL_BODY = new DOMParser().parseFromString(INDEX_HTML, "text/html").body.innerHTML;

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.constantFrom("en", "pt-BR", "dark", "light", "<b>Send</b>"),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const validText = fc.string({ minLength: 1, maxLength: 300 }).filter((text) => text.trim() !== "");
/** Strings at the edges of what is accepted: blank, and around the 300-character limit. */
const edgeText = fc.oneof(
  fc.constantFrom("", " ", "\n\t", " ".repeat(300), "x".repeat(300), "x".repeat(301)),
  fc.string({ minLength: 295, maxLength: 310 }),
);
/** Mostly what the app writes, often at the edges, sometimes anything. */
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: edgeText, weight: 2 },
    { arbitrary: anyValue, weight: 1 },
  );
/** Words near what the app writes, each field possibly damaged or missing. */
const nearWords = fc.record(
  {
    lang: field(fc.constantFrom("en", "pt-BR")),
    label: field(validText),
    placeholder: field(validText),
    send: field(validText),
  },
  { requiredKeys: ["lang", "send"] },
);
const storedText = fc.oneof(
  { arbitrary: nearWords.map((words) => JSON.stringify(words)), weight: 6 },
  { arbitrary: fc.json(), weight: 1 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

const isShortText = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" && value.length <= 300;

function parsedObject(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? "null");
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

describe("the first screen's script, on whatever localStorage holds (fuzz)", () => {
  it("never throws, adds no element, and shows a box only with valid words", () => {
    fc.assert(
      fc.property(storedText, storedText, (composerHint, themeHint) => {
        localStorage.clear();
        if (composerHint !== undefined) localStorage.setItem("sigilo.bootComposer", composerHint);
        if (themeHint !== undefined) localStorage.setItem("sigilo.theme", themeHint);
        document.documentElement.removeAttribute("data-theme");
        document.body.innerHTML = SHELL_BODY;
        const elementsBefore = document.body.querySelectorAll("*").length;

        expect(() => window.eval(BOOT_SCRIPT)).not.toThrow();

        expect(document.body.querySelectorAll("*").length).toBe(elementsBefore);
        const theme = document.documentElement.dataset.theme;
        expect(theme === undefined || theme === themeHint).toBe(true);
        const form = document.querySelector<HTMLFormElement>("#boot-shell form")!;
        const words = parsedObject(composerHint);
        const valid =
          words !== undefined &&
          isShortText(words.label) &&
          isShortText(words.send) &&
          (words.lang === "en" || words.lang === "pt-BR");
        expect(form.hidden).toBe(!valid);
        if (!valid) return;
        expect(form.querySelector("textarea")!.getAttribute("aria-label")).toBe(words.label);
        expect(form.querySelector("button .sr-only")!.textContent).toBe(words.send);
      }),
      fuzzParameters(),
    );
    localStorage.clear();
    document.body.innerHTML = "";
  });
});
