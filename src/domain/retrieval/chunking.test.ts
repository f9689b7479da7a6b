import { describe, expect, it } from "vitest";
import { estimateTokens } from "../contextWindow";
import { chunkDocument, splitRange } from "./chunking";
import { chunkText, type StructuredText, type TextBlock } from "./document";

/** A document from blocks: [text, heading path, page?, heading?], separated by blank lines. */
function documentOf(blocks: [string, string[], number?, boolean?][]): StructuredText {
  let text = "";
  const built: TextBlock[] = [];
  for (const [content, headingPath, page, heading] of blocks) {
    if (text) text += "\n\n";
    built.push({
      start: text.length,
      end: text.length + content.length,
      headingPath,
      ...(page === undefined ? {} : { page }),
      ...(heading ? { heading } : {}),
    });
    text += content;
  }
  return { text, blocks: built };
}

const sentence = (n: number) => `Sentence number ${n} talks about the maintenance plan in some detail.`;

describe("chunkDocument", () => {
  it("gathers paragraphs of a section up to the target size", () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => [sentence(i), ["Plan"]] as [string, string[]]);
    const document = documentOf(paragraphs);
    const chunks = chunkDocument("d", document, { targetTokens: 100, maxTokens: 150 });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.tokens).toBe(estimateTokens(chunkText(document.text, chunk)));
      expect(chunk.tokens).toBeLessThanOrEqual(100);
      expect(chunk.headingPath).toEqual(["Plan"]);
    }
    expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, i) => i));
  });

  it("starts a chunk at a new section, but keeps a heading with the text under it", () => {
    const document = documentOf([
      ["# Contract", ["Contract"], undefined, true],
      ["## Parties", ["Contract", "Parties"], undefined, true],
      ["Acme and Lumen.", ["Contract", "Parties"]],
      ["## Price", ["Contract", "Price"], undefined, true],
      ["Ten thousand.", ["Contract", "Price"]],
    ]);
    const chunks = chunkDocument("d", document);
    expect(chunks.map((chunk) => [chunk.headingPath, chunkText(document.text, chunk)])).toEqual([
      [["Contract", "Parties"], "# Contract\n\n## Parties\n\nAcme and Lumen."],
      [["Contract", "Price"], "## Price\n\nTen thousand."],
    ]);
  });

  it("records the pages a chunk spans", () => {
    const document = documentOf([
      ["Page one text.", [], 1],
      ["Page two text.", [], 2],
      ["Page four text.", [], 4],
    ]);
    expect(chunkDocument("d", document).map((chunk) => [chunk.pageStart, chunk.pageEnd])).toEqual([[1, 4]]);
    expect(chunkDocument("d", documentOf([["No pages.", []]]))[0]).not.toHaveProperty("pageStart");
  });

  it("cuts a block too long for one chunk at sentence ends, keeping its page and section", () => {
    const long = Array.from({ length: 40 }, (_, i) => sentence(i)).join(" ");
    const document = documentOf([[long, ["Annex"], 7]]);
    const chunks = chunkDocument("d", document, { targetTokens: 120, maxTokens: 160 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      const text = chunkText(document.text, chunk);
      expect(text).toMatch(/^Sentence number \d+ .*detail\.$/s);
      expect(chunk.tokens).toBeLessThanOrEqual(160);
      expect(chunk).toMatchObject({ pageStart: 7, pageEnd: 7, headingPath: ["Annex"] });
    }
  });

  it("gives nothing for a document without blocks", () => {
    expect(chunkDocument("d", { text: "", blocks: [] })).toEqual([]);
  });
});

describe("splitRange", () => {
  it("prefers line ends, then sentence ends, then spaces, and cuts a word only when it must", () => {
    const text = "alpha beta gamma.\ndelta epsilon zeta eta theta";
    const pieces = (limit: number) =>
      splitRange(text, { start: 0, end: text.length }, limit).map((range) => chunkText(text, range));
    expect(pieces(8)).toEqual(["alpha beta gamma.", "delta epsilon zeta eta", "theta"]);
    expect(splitRange("abcdefghij", { start: 0, end: 10 }, 1).map((r) => [r.start, r.end])).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
  });

  it("never cuts inside a character made of two code units", () => {
    const text = "😀".repeat(10);
    const ranges = splitRange(text, { start: 0, end: text.length }, 3);
    expect(ranges.map((range) => chunkText(text, range))).toEqual(["😀😀😀", "😀😀😀", "😀😀😀", "😀"]);
  });
});
