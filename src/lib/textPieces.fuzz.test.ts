import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { textPieces } from "./textPieces";

/** Text of line breaks, emoji (surrogate pairs), lone surrogates and plain letters, in any mix. */
const text = fc
  .array(fc.constantFrom("a", " ", "\n", "😀", "\ud800", "\udc00", "é", "\u200b", "\u202e"), {
    maxLength: 400,
  })
  .map((parts) => parts.join(""));

describe("text in pieces", () => {
  it("gives back the text exactly, in pieces no longer than asked, never splitting a surrogate pair", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 50 }), (whole, size) => {
        const pieces = textPieces(whole, size);
        expect(pieces.join("")).toBe(whole);
        for (const [index, piece] of pieces.entries()) {
          expect(piece.length).toBeLessThanOrEqual(size);
          if (index < pieces.length - 1) expect(piece.length).toBeGreaterThan(0);
          const next = pieces[index + 1];
          const last = piece.charCodeAt(piece.length - 1);
          const first = next?.charCodeAt(0) ?? 0;
          const splitPair = last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff;
          expect(splitPair).toBe(false);
        }
      }),
      fuzzParameters(),
    );
  });

  it("cuts where a line ends when one is near, so a long text of lines keeps its lines whole", () => {
    const lines = "a line of text\n".repeat(1000);
    const pieces = textPieces(lines, 100);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith("\n"))).toBe(true);
    expect(textPieces("short", 100)).toEqual(["short"]);
  });
});
