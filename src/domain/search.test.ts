import { describe, expect, it } from "vitest";
import { excerpt, foldForSearch } from "./search";

describe("search text", () => {
  it("folds case and accents without changing positions", () => {
    expect(foldForSearch("Ação")).toBe("acao");
    expect(foldForSearch("Ação İstanbul").length).toBe("Ação İstanbul".length);
    expect(foldForSearch("CAFÉ")).toBe("cafe");
    // Folded characters are remembered; the second time gives the same answer.
    expect(foldForSearch("ÇÃO ção")).toBe("cao cao");
  });

  it("shows a short excerpt around a match in long text, white space squashed", () => {
    const text = `${"x ".repeat(40)}The moon\npulls the sea.${" y".repeat(40)}`;
    const hit = excerpt(text, text.indexOf("moon"), 4);
    expect(hit.match).toBe("moon");
    expect(hit.before.startsWith("…")).toBe(true);
    expect(hit.after.startsWith(" pulls")).toBe(true);
    expect(hit.after.endsWith("…")).toBe(true);
    expect(hit.before.length + hit.after.length).toBeLessThan(90);
    expect(excerpt("Prazo da AÇÃO?", 9, 4)).toEqual({ before: "Prazo da ", match: "AÇÃO", after: "?" });
  });
});
