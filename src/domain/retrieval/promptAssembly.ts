import { estimateTokens } from "../contextWindow";
import { chunkKey, chunkText, type Chunk, type ChunkRef } from "./document";

/** An attached document as the prompt needs it. */
export interface PromptDocument {
  id: string;
  /** The file name the user knows it by. */
  name: string;
  text: string;
  chunks: readonly Chunk[];
}

/** A numbered passage of the prompt: what `[number]` in the reply points to. */
export interface PromptSource extends ChunkRef {
  number: number;
  documentName: string;
  pageStart?: number;
  pageEnd?: number;
  headingPath: readonly string[];
}

/** The model-facing words, in the interface's language (the dictionaries' `documentPrompt`). */
export interface DocumentPromptWording {
  /** Before the passages when the documents are given whole. */
  wholeInstructions: string;
  /** Before the passages when only the most relevant ones are given. */
  retrievedInstructions: string;
  /** The line above a passage, e.g. "[2] report.pdf, p. 4 (Results)"; it must start with `[number]`. */
  sourceHeader(source: PromptSource): string;
}

export interface DocumentPrompt {
  /** "whole": every passage of every document; "retrieved": the best that fit the budget. */
  mode: "whole" | "retrieved";
  /** Instructions and numbered passages, to go into the request beside the user's question; "" if none. */
  text: string;
  /** By number (sources[n - 1] is [n]), for turning citations back into passages. */
  sources: PromptSource[];
  estimatedTokens: number;
  /** Documents none of whose passages made it in (retrieved mode). */
  documentsLeftOut: string[];
}

export interface DocumentPromptInput {
  documents: readonly PromptDocument[];
  /** Chunks by relevance to the question, best first (hybridSearch); read only in "retrieved" mode. */
  ranking: readonly ChunkRef[];
  /** Tokens the whole prompt may take (contextWindow.promptBudget). */
  promptBudget: number;
  /** Tokens of the conversation as it would be sent: system prompt, history, the question. */
  conversationTokens: number;
  wording: DocumentPromptWording;
}

/**
 * Passages may push older turns out of the prompt (they are trimmed as usual), but take at most this share
 * of it, so a follow-up question still has some of the conversation behind it.
 */
export const RETRIEVED_SHARE = 0.6;
/**
 * And never more than this (some 20 passages): on a laptop GPU every prompt token costs prefill time, and
 * models use the first passages best — more of them mostly adds waiting.
 */
export const MAX_RETRIEVED_TOKENS = 6000;

/** The blank line before a passage's header and the line break after it. */
const PASSAGE_SEPARATOR_TOKENS = 2;

/**
 * The documents part of a prompt. If every passage fits beside the conversation, all go in, in order
 * ("whole"); otherwise the best-ranked passages that fit the budget, shown in document order. Passages are
 * numbered [1], [2]… with a header naming file, pages and section, after instructions to cite by number.
 * A question that matches nothing still gets the start of each document, so "summarise this" works.
 */
export function assembleDocumentPrompt(input: DocumentPromptInput): DocumentPrompt {
  const { documents, wording, promptBudget, conversationTokens } = input;
  const all = documents.flatMap((document) => document.chunks.map((chunk) => ({ document, chunk })));
  const room = promptBudget - conversationTokens;
  // Passages alone past the room cannot fit whole: a large library is not rendered whole only to find so.
  const passageTokens = all.reduce((sum, passage) => sum + passage.chunk.tokens, 0);
  const whole = passageTokens <= room ? render("whole", all, wording) : undefined;
  if (whole && whole.estimatedTokens <= room) return { ...whole, documentsLeftOut: [] };

  const budget = Math.min(MAX_RETRIEVED_TOKENS, Math.max(room, Math.floor(promptBudget * RETRIEVED_SHARE)));
  const byKey = new Map(all.map((passage) => [chunkKey(passage.chunk), passage]));
  const ranked = input.ranking.flatMap((ref) => byKey.get(chunkKey(ref)) ?? []);
  const candidates = ranked.length > 0 ? ranked : documentBeginnings(documents);
  let used = estimateTokens(wording.retrievedInstructions);
  const chosen = new Set<string>();
  for (const { document, chunk } of candidates) {
    // Numbers are given once the passages are chosen; the largest possible one bounds the header's cost.
    const header = wording.sourceHeader(sourceFor(document, chunk, candidates.length));
    const cost = estimateTokens(header) + chunk.tokens + PASSAGE_SEPARATOR_TOKENS;
    if (used + cost > budget || chosen.has(chunkKey(chunk))) continue;
    used += cost;
    chosen.add(chunkKey(chunk));
  }
  const selected = all.filter((passage) => chosen.has(chunkKey(passage.chunk)));
  const prompt = render("retrieved", selected, wording);
  const included = new Set(selected.map((passage) => passage.document.id));
  return {
    ...prompt,
    documentsLeftOut: documents
      .filter((document) => !included.has(document.id))
      .map((document) => document.id),
  };
}

interface Passage {
  document: PromptDocument;
  chunk: Chunk;
}

function render(
  mode: DocumentPrompt["mode"],
  passages: readonly Passage[],
  wording: DocumentPromptWording,
): Omit<DocumentPrompt, "documentsLeftOut"> {
  if (passages.length === 0) return { mode, text: "", sources: [], estimatedTokens: 0 };
  const sources = passages.map(({ document, chunk }, position) => sourceFor(document, chunk, position + 1));
  const sections = passages.map(
    ({ document, chunk }, position) =>
      `${wording.sourceHeader(sources[position]!)}\n${chunkText(document.text, chunk)}`,
  );
  const instructions = mode === "whole" ? wording.wholeInstructions : wording.retrievedInstructions;
  const text = [instructions, ...sections].join("\n\n");
  return { mode, text, sources, estimatedTokens: estimateTokens(text) };
}

function sourceFor(document: PromptDocument, chunk: Chunk, number: number): PromptSource {
  return {
    number,
    documentId: document.id,
    index: chunk.index,
    documentName: document.name,
    headingPath: chunk.headingPath,
    ...(chunk.pageStart === undefined
      ? {}
      : { pageStart: chunk.pageStart, pageEnd: chunk.pageEnd ?? chunk.pageStart }),
  };
}

/** The documents' chunks taken in turns from each one's start: first chunk of each, then second of each… */
function documentBeginnings(documents: readonly PromptDocument[]): Passage[] {
  const longest = Math.max(0, ...documents.map((document) => document.chunks.length));
  const passages: Passage[] = [];
  for (let index = 0; index < longest; index++) {
    for (const document of documents) {
      const chunk = document.chunks[index];
      if (chunk) passages.push({ document, chunk });
    }
  }
  return passages;
}
