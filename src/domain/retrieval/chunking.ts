import { ASCII_CHARS_PER_TOKEN, estimateTokens } from "../contextWindow";
import type { Chunk, StructuredText, TextBlock, TextRange } from "./document";

export interface ChunkingOptions {
  /** Blocks are gathered into a chunk up to about this many (estimated) tokens. */
  targetTokens: number;
  /** No chunk is longer than this; a longer block is cut at sentence or line ends. */
  maxTokens: number;
}

/**
 * The embedding models Sigilo uses (snowflake-arctic-embed s/m) read at most 512 tokens. The estimate is
 * pessimistic (about 3 characters a token; real tokenizers manage 4 in English and Portuguese), so 400
 * estimated tokens stay well inside 512 even with the heading path put in front. About 300 (a long paragraph
 * or three short ones) is small enough for a citation to point at the passage and big enough to make sense.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = { targetTokens: 300, maxTokens: 400 };

type Piece = TextBlock & { tokens: number };

/**
 * Splits a document into chunks along its structure: a chunk gathers whole blocks of one section (a new
 * heading or outline section starts a new chunk, unless the chunk so far is only headings) until the next
 * block would pass `targetTokens`. A block longer than `maxTokens` alone is cut at a paragraph, line,
 * sentence or word end. Every non-blank character of every block is in exactly one chunk, in order.
 */
export function chunkDocument(
  documentId: string,
  { text, blocks }: StructuredText,
  options: ChunkingOptions = DEFAULT_CHUNKING,
): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Piece[] = [];
  let currentTokens = 0;
  const emit = () => {
    if (current.length === 0) return;
    chunks.push(makeChunk(documentId, chunks.length, text, current));
    current = [];
    currentTokens = 0;
  };

  for (const block of blocks) {
    for (const piece of blockPieces(text, block, options)) {
      const hasBody = current.some((existing) => !existing.heading);
      const last = current[current.length - 1];
      const newSection = last !== undefined && hasBody && !samePath(last.headingPath, piece.headingPath);
      // What lies between the pieces (a blank line, or the spaces where a long block was cut) counts too.
      const gapTokens = last ? estimateTokens(text.slice(last.end, piece.start)) : 0;
      const overflows = currentTokens + gapTokens + piece.tokens > options.targetTokens;
      if (newSection || (last !== undefined && overflows)) emit();
      currentTokens += (current.length > 0 ? gapTokens : 0) + piece.tokens;
      current.push(piece);
    }
  }
  emit();
  return chunks;
}

function makeChunk(documentId: string, index: number, text: string, pieces: Piece[]): Chunk {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const pages = pieces.flatMap((piece) => (piece.page === undefined ? [] : [piece.page]));
  return {
    documentId,
    index,
    start: first.start,
    end: last.end,
    ...(pages.length > 0 ? { pageStart: Math.min(...pages), pageEnd: Math.max(...pages) } : {}),
    // Headings before the body take the body's section, so the last piece names the chunk's section.
    headingPath: last.headingPath,
    tokens: estimateTokens(text.slice(first.start, last.end)),
  };
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((title, index) => title === b[index]));
}

/** The block itself, or its parts when it is longer than `maxTokens` (parts are never headings). */
function blockPieces(text: string, block: TextBlock, options: ChunkingOptions): Piece[] {
  const tokens = estimateTokens(text.slice(block.start, block.end));
  if (tokens <= options.maxTokens) return [{ ...block, tokens }];
  return splitRange(text, block, options.targetTokens).map((range) => ({
    ...block,
    ...range,
    heading: false,
    tokens: estimateTokens(text.slice(range.start, range.end)),
  }));
}

/** Where a cut is best made, most preferred first: after a blank line, a line, a sentence, a clause, a word. */
const BREAKS = [/\n[ \t]*\n/g, /\n/g, /[.!?…。](?=\s)/g, /[;:,](?=\s)/g, /\s/g];

/**
 * Cuts [start, end) into trimmed ranges of at most `limit` estimated tokens each, at the best break in the
 * second half of each window (never inside a character: a cut falls between code points).
 */
export function splitRange(text: string, { start, end }: TextRange, limit: number): TextRange[] {
  const ranges: TextRange[] = [];
  let position = skipSpace(text, start, end);
  while (position < end) {
    const furthest = furthestWithin(text, position, end, limit);
    let cut = furthest;
    if (furthest < end) {
      const window = text.slice(position, furthest);
      const earliest = Math.floor(window.length / 2);
      for (const pattern of BREAKS) {
        const at = lastMatchEnd(window, pattern, earliest);
        if (at !== undefined) {
          cut = position + at;
          break;
        }
      }
    }
    const trimmedEnd = position + text.slice(position, cut).trimEnd().length;
    if (trimmedEnd > position) ranges.push({ start: position, end: trimmedEnd });
    position = skipSpace(text, cut, end);
  }
  return ranges;
}

/** The furthest index after `from` (at most `end`) such that text[from, index) estimates to ≤ `limit` tokens. */
function furthestWithin(text: string, from: number, end: number, limit: number): number {
  let ascii = 0;
  let other = 0;
  let index = from;
  while (index < end) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    const nextAscii = code < 128 ? ascii + 1 : ascii;
    const nextOther = code < 128 ? other : other + 1;
    if (Math.ceil(nextAscii / ASCII_CHARS_PER_TOKEN) + nextOther > limit) break;
    ascii = nextAscii;
    other = nextOther;
    index += width;
  }
  // At least one character, so a limit smaller than one character still makes progress.
  return index > from ? index : Math.min(end, from + (text.codePointAt(from)! > 0xffff ? 2 : 1));
}

/** The end of the last match of `pattern` in `window` that ends after `earliest`, if any. */
function lastMatchEnd(window: string, pattern: RegExp, earliest: number): number | undefined {
  let found: number | undefined;
  pattern.lastIndex = 0;
  for (const match of window.matchAll(pattern)) {
    const matchEnd = match.index + match[0].length;
    if (matchEnd > earliest) found = matchEnd;
  }
  return found;
}

function skipSpace(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && /\s/.test(text[index]!)) index++;
  return index;
}
