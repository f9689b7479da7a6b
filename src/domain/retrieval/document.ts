/**
 * What extraction makes of a file, and the chunks retrieval works on. Offsets are UTF-16 code-unit
 * indexes into the document's `text` (what `String.prototype.slice` takes), half-open: [start, end).
 */

/** The kinds of file Sigilo reads. Source code and plain text differ only in how they are detected. */
export type DocumentFormat = "pdf" | "docx" | "markdown" | "html" | "csv" | "text" | "code";

/** A span of a document's text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A paragraph-like run of text as extraction found it: a PDF paragraph, a Markdown paragraph or heading, an
 * HTML block, a CSV row. Chunking never splits inside a block unless the block alone is too long.
 */
export interface TextBlock extends TextRange {
  /** 1-based page (PDF only). */
  page?: number;
  /**
   * The headings this block sits under, outermost first. A heading block's own path ends with itself; the
   * blocks that follow it share that same array, so a path change marks a new section.
   */
  headingPath: readonly string[];
  /** The block is a heading line (a chunk may start here even when the last one is short). */
  heading?: boolean;
}

/** The text of a file with its structure, as the extraction worker produces it for chunking. */
export interface StructuredText {
  text: string;
  blocks: TextBlock[];
}

/** What the rest of the app keeps of an extracted file: its text and where its pages are. */
export interface ExtractedDocument {
  format: DocumentFormat;
  text: string;
  /** The document's own title (PDF metadata, HTML <title>), when it has one. */
  title?: string;
  /** Number of pages (PDF only). */
  pageCount?: number;
  /** Where each page's text is (PDF only): `pages[n - 1]` is page n, so a citation can show its page. */
  pages?: TextRange[];
  /** 1-based pages with no readable text (scanned images): the UI says they were not indexed. */
  pagesWithoutText: number[];
}

/** Which chunk of which document: how retrieval, prompts and citations refer to a passage. */
export interface ChunkRef {
  documentId: string;
  /** Position of the chunk in its document, from 0. */
  index: number;
}

/** One retrievable passage of a document. Its text is `document.text.slice(start, end)`. */
export interface Chunk extends ChunkRef, TextRange {
  /** First and last page the passage is on (PDF only). */
  pageStart?: number;
  pageEnd?: number;
  /** The headings the passage sits under, outermost first (empty when the document has none). */
  headingPath: readonly string[];
  /** Estimated tokens of the passage text (see contextWindow.estimateTokens). */
  tokens: number;
}

export function chunkText(text: string, chunk: TextRange): string {
  return text.slice(chunk.start, chunk.end);
}

/** A key for maps and sets of chunk references. */
export function chunkKey(ref: ChunkRef): string {
  return `${ref.documentId}\u0000${ref.index}`;
}
