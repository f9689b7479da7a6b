import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ptBR } from "./pt-BR";
import { resolveLanguage } from "../language";

/** Every leaf as "path" → text, calling message functions with a sample argument. */
function leaves(messages: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "function")
      out.set(path, String((value as (...args: unknown[]) => unknown)("X", 2)));
    else for (const [inner, text] of leaves(value as object, path)) out.set(inner, text);
  }
  return out;
}

describe("dictionaries", () => {
  it("have the same keys, all with non-empty text", () => {
    const english = leaves(en);
    const portuguese = leaves(ptBR);
    expect([...portuguese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of [...english, ...portuguese]) expect(text.trim(), path).not.toBe("");
  });
});

describe("resolveLanguage", () => {
  it("follows the manual choice, else the first known browser language, else English", () => {
    expect(resolveLanguage("en", ["pt-BR"])).toBe("en");
    expect(resolveLanguage("pt-BR", ["en-US"])).toBe("pt-BR");
    expect(resolveLanguage("auto", ["pt-PT", "en"])).toBe("pt-BR");
    expect(resolveLanguage("auto", ["fr", "pt"])).toBe("pt-BR");
    expect(resolveLanguage("auto", ["en-GB", "pt-BR"])).toBe("en");
    expect(resolveLanguage("auto", ["de"])).toBe("en");
    expect(resolveLanguage("auto", [])).toBe("en");
  });
});
