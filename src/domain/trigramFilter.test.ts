import { describe, expect, it } from "vitest";
import { mayContain, queryTrigrams, trigramFilterOf } from "./trigramFilter";

describe("trigram filter", () => {
  it("lets through every query a text contains", () => {
    const texts = ["the zeppelin password is mauve", "ação e reunião"];
    const filter = trigramFilterOf(texts);
    for (const text of texts)
      for (let start = 0; start < text.length; start++)
        for (let end = start + 1; end <= text.length; end++)
          expect(mayContain(filter, queryTrigrams(text.slice(start, end)))).toBe(true);
  });

  it("rules out a word the texts do not hold, and a sequence that would span two texts", () => {
    const filter = trigramFilterOf(["harbour lantern", "meadow copper"]);
    expect(mayContain(filter, queryTrigrams("zeppelin"))).toBe(false);
    expect(mayContain(filter, queryTrigrams("rnmea"))).toBe(false);
  });

  it("cannot rule anything out for a query shorter than three characters", () => {
    expect(queryTrigrams("ab")).toEqual([]);
    expect(mayContain(trigramFilterOf([]), queryTrigrams("ab"))).toBe(true);
  });
});
