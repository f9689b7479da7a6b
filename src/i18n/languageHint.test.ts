import { describe, expect, it } from "vitest";
import { languageChoiceHint, rememberLanguageChoice } from "./languageHint";

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe("language choice hint", () => {
  it("gives back the choice last remembered", () => {
    const storage = memoryStorage();
    rememberLanguageChoice("pt-BR", storage);
    expect(languageChoiceHint(storage)).toBe("pt-BR");
    rememberLanguageChoice("auto", storage);
    expect(languageChoiceHint(storage)).toBe("auto");
  });

  it("follows the browser when nothing, or something damaged, is stored", () => {
    expect(languageChoiceHint(memoryStorage())).toBe("auto");
    for (const damaged of ["", "fr", "PT-BR", "x".repeat(100_000), '{"language":"en"}']) {
      expect(languageChoiceHint(memoryStorage({ "sigilo.languageChoice": damaged }))).toBe("auto");
    }
  });

  it("never throws where the browser refuses storage", () => {
    const refusing = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {},
    };
    expect(() => rememberLanguageChoice("en", refusing)).not.toThrow();
    expect(languageChoiceHint(refusing)).toBe("auto");
    expect(languageChoiceHint(undefined)).toBe("auto");
  });
});
