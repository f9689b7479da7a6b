import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../../test/fuzz";
import { estimateTokens } from "../contextWindow";
import { chunkDocument, type ChunkingOptions } from "./chunking";
import { chunkText, type StructuredText, type TextBlock } from "./document";

/** Arbitrary text as blocks: paragraphs split at blank lines, some of them headings, some with pages. */
const documents = fc
  .array(
    fc.record({
      text: fc.string({
        unit: fc.constantFrom("a", "b", " ", "\n", ".", "é", "😀", "字", "\t", "-"),
        maxLength: 400,
      }),
      heading: fc.boolean(),
      page: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    }),
    { maxLength: 30 },
  )
  .map((parts): StructuredText => {
    let text = "";
    const blocks: TextBlock[] = [];
    let path: string[] = [];
    for (const part of parts) {
      const trimmed = part.text.trim();
      if (!trimmed) continue;
      if (text) text += "\n\n";
      if (part.heading) path = [...path.slice(0, 1), trimmed.slice(0, 10)];
      blocks.push({
        start: text.length,
        end: text.length + trimmed.length,
        headingPath: path,
        ...(part.page === undefined ? {} : { page: part.page }),
        ...(part.heading ? { heading: true } : {}),
      });
      text += trimmed;
    }
    return { text, blocks };
  });

const options = fc
  .record({ targetTokens: fc.integer({ min: 1, max: 200 }), extra: fc.integer({ min: 0, max: 100 }) })
  .map(({ targetTokens, extra }): ChunkingOptions => ({ targetTokens, maxTokens: targetTokens + extra }));

describe("chunkDocument on arbitrary text", () => {
  it("covers every non-blank character once, in order, within the size limit, never inside a character", () => {
    fc.assert(
      fc.property(documents, options, (document, chunking) => {
        const chunks = chunkDocument("doc", document, chunking);
        let covered = "";
        let previousEnd = 0;
        chunks.forEach((chunk, index) => {
          const text = chunkText(document.text, chunk);
          expect(chunk.index).toBe(index);
          expect(chunk.documentId).toBe("doc");
          expect(chunk.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text).toBe(text.trim());
          expect(text.length).toBeGreaterThan(0);
          expect(chunk.tokens).toBe(estimateTokens(text));
          // A single character can be worth more than a tiny limit; otherwise the limit holds.
          if (chunking.maxTokens >= 1)
            expect(chunk.tokens).toBeLessThanOrEqual(Math.max(chunking.maxTokens, 1));
          expect(/^[\uDC00-\uDFFF]/.test(text) || /[\uD800-\uDBFF]$/.test(text)).toBe(false);
          if (chunk.pageStart !== undefined) expect(chunk.pageStart).toBeLessThanOrEqual(chunk.pageEnd!);
          covered += text;
          previousEnd = chunk.end;
        });
        const nonBlank = (text: string) => text.replace(/\s+/g, "");
        expect(nonBlank(covered)).toBe(
          nonBlank(document.blocks.map((block) => chunkText(document.text, block)).join("")),
        );
      }),
      fuzzParameters(),
    );
  });
});
