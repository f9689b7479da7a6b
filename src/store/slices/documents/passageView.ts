import type { DocumentContent } from "../../../domain/retrieval/storedDocument";

/** Characters of context shown on each side of a passage from a document without pages. */
const CONTEXT_CHARACTERS = 600;

/** A cited passage in its context: the text before it, the passage (highlighted) and the text after. */
export interface PassageView {
  before: string;
  passage: string;
  after: string;
  pageStart?: number;
  pageEnd?: number;
}

/** The passage within its pages (PDF), or within some text around it; undefined for a chunk that is not there. */
export function passageView(content: DocumentContent, index: number): PassageView | undefined {
  const chunk = content.chunks[index];
  if (!chunk) return undefined;
  const firstPage = chunk.pageStart !== undefined ? content.pages?.[chunk.pageStart - 1] : undefined;
  const lastPage = chunk.pageEnd !== undefined ? content.pages?.[chunk.pageEnd - 1] : undefined;
  const from = Math.min(chunk.start, firstPage?.start ?? Math.max(0, chunk.start - CONTEXT_CHARACTERS));
  const to = Math.max(chunk.end, lastPage?.end ?? chunk.end + CONTEXT_CHARACTERS);
  return {
    before: content.text.slice(from, chunk.start),
    passage: content.text.slice(chunk.start, chunk.end),
    after: content.text.slice(chunk.end, to),
    ...(chunk.pageStart === undefined
      ? {}
      : { pageStart: chunk.pageStart, pageEnd: chunk.pageEnd ?? chunk.pageStart }),
  };
}
