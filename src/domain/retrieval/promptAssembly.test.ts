import { describe, expect, it } from "vitest";
import { estimateTokens } from "../contextWindow";
import { chunkDocument } from "./chunking";
import type { StructuredText } from "./document";
import {
  assembleDocumentPrompt,
  MAX_RETRIEVED_TOKENS,
  type DocumentPromptWording,
  type PromptDocument,
} from "./promptAssembly";

const wording: DocumentPromptWording = {
  wholeInstructions: "Whole: cite like [2].",
  retrievedInstructions: "Retrieved: cite like [2].",
  sourceHeader: (source) =>
    `[${source.number}] ${source.documentName}${source.pageStart === undefined ? "" : ` p. ${source.pageStart}`}`,
};

/** A document of `paragraphs`, one per page and section, so one chunk each, however long. */
function documentOf(id: string, name: string, paragraphs: string[]): PromptDocument {
  let text = "";
  const blocks: StructuredText["blocks"] = [];
  paragraphs.forEach((paragraph, index) => {
    if (text) text += "\n\n";
    const start = text.length;
    blocks.push({ start, end: start + paragraph.length, page: index + 1, headingPath: [`Section ${index}`] });
    text += paragraph;
  });
  const chunks = chunkDocument(id, { text, blocks }, { targetTokens: 1e6, maxTokens: 1e6 });
  return { id, name, text, chunks };
}

const report = documentOf("r", "report.pdf", ["Alpha page one.", "Bravo page two.", "Charlie page three."]);
const notes = documentOf("n", "notes.txt", ["Delta note."]);

describe("assembleDocumentPrompt", () => {
  it("puts small documents in whole, every passage numbered in order", () => {
    const prompt = assembleDocumentPrompt({
      documents: [report, notes],
      ranking: [],
      promptBudget: 4000,
      conversationTokens: 100,
      wording,
    });
    expect(prompt.mode).toBe("whole");
    expect(prompt.text).toBe(
      "Whole: cite like [2].\n\n[1] report.pdf p. 1\nAlpha page one.\n\n[2] report.pdf p. 2\nBravo page two.\n\n" +
        "[3] report.pdf p. 3\nCharlie page three.\n\n[4] notes.txt p. 1\nDelta note.",
    );
    expect(
      prompt.sources.map((source) => [source.number, source.documentId, source.index, source.pageStart]),
    ).toEqual([
      [1, "r", 0, 1],
      [2, "r", 1, 2],
      [3, "r", 2, 3],
      [4, "n", 0, 1],
    ]);
    expect(prompt.estimatedTokens).toBe(estimateTokens(prompt.text));
    expect(prompt.documentsLeftOut).toEqual([]);
  });

  it("retrieves the best-ranked passages that fit, shown in document order", () => {
    const whole = assembleDocumentPrompt({
      documents: [report, notes],
      ranking: [],
      promptBudget: 1e6,
      conversationTokens: 0,
      wording,
    });
    // Too little room beside the conversation for everything, room in the retrieval share for about two passages.
    const prompt = assembleDocumentPrompt({
      documents: [report, notes],
      ranking: [
        { documentId: "r", index: 2 },
        { documentId: "r", index: 0 },
        { documentId: "n", index: 0 },
      ],
      promptBudget: Math.ceil((whole.estimatedTokens - 14) / 0.6),
      conversationTokens: 10_000,
      wording,
    });
    expect(prompt.mode).toBe("retrieved");
    expect(prompt.text).toBe(
      "Retrieved: cite like [2].\n\n[1] report.pdf p. 1\nAlpha page one.\n\n[2] report.pdf p. 3\nCharlie page three.",
    );
    expect(prompt.sources.map((source) => [source.number, source.index])).toEqual([
      [1, 0],
      [2, 2],
    ]);
    expect(prompt.documentsLeftOut).toEqual(["n"]);
  });

  it("keeps to the retrieval budget, skipping a passage too long for what is left", () => {
    const long = documentOf("l", "long.txt", ["x".repeat(60_000), "Short one.", "y".repeat(60_000)]);
    const prompt = assembleDocumentPrompt({
      documents: [long],
      ranking: [0, 1, 2].map((index) => ({ documentId: "l", index })),
      promptBudget: 32_000,
      conversationTokens: 0,
      wording,
    });
    expect(prompt.mode).toBe("retrieved");
    expect(prompt.sources.map((source) => source.index)).toEqual([1]);
    expect(prompt.estimatedTokens).toBeLessThanOrEqual(MAX_RETRIEVED_TOKENS);
  });

  it("gives the documents' beginnings to a question that matches nothing", () => {
    const many = documentOf(
      "m",
      "many.txt",
      Array.from({ length: 200 }, (_, i) => `Paragraph ${i} ${"z".repeat(300)}`),
    );
    const prompt = assembleDocumentPrompt({
      documents: [many, notes],
      ranking: [],
      promptBudget: 2000,
      conversationTokens: 500,
      wording,
    });
    expect(prompt.mode).toBe("retrieved");
    expect(prompt.sources.slice(0, 2).map((source) => [source.documentId, source.index])).toEqual([
      ["m", 0],
      ["m", 1],
    ]);
    expect(prompt.sources.some((source) => source.documentId === "n")).toBe(true);
  });

  it("gives nothing when no passage fits at all", () => {
    const prompt = assembleDocumentPrompt({
      documents: [documentOf("h", "huge.txt", ["w".repeat(100_000)])],
      ranking: [{ documentId: "h", index: 0 }],
      promptBudget: 1000,
      conversationTokens: 900,
      wording,
    });
    expect(prompt).toEqual({
      mode: "retrieved",
      text: "",
      sources: [],
      estimatedTokens: 0,
      documentsLeftOut: ["h"],
    });
  });
});
