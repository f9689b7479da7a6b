import type { DocumentFormat } from "./document";

/**
 * Files larger than this are refused before a byte is read. pdf.js holds the whole file in the worker's
 * memory and builds its object tables beside it (peak about 2–3× the file), and a tab has a few GB at best.
 * A PDF this large is nearly always scanned pages or images, whose text layer (if any) is a small part:
 * reading 200 MB to find no text would only freeze the user's laptop for nothing.
 */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/**
 * Extracted text longer than this is refused: about 2.5 million tokens, some 5,000 pages of dense prose.
 * Every chunk must be embedded on the user's GPU (a small embedding model manages a few thousand tokens a
 * second on a laptop, so this is already a quarter of an hour) and stored in the browser beside its vectors.
 */
export const MAX_DOCUMENT_CHARACTERS = 10_000_000;

/**
 * A Word file is a zip archive of XML; it may unpack to no more than this. Word's markup is several times its
 * text, so this still holds the longest text allowed above, while a crafted archive of a few hundred kilobytes
 * that would inflate to gigabytes is refused before it is unpacked.
 */
export const MAX_DOCX_UNPACKED_BYTES = 160 * 1024 * 1024;

/** Formats whose problems can be specific to them (password, damage). */
export type BinaryDocumentFormat = Extract<DocumentFormat, "pdf" | "docx">;

/** Why a file could not be read; the interface words it (src/features/documents/describeDocumentProblem.ts). */
export type DocumentProblem =
  | { code: "empty-file" }
  | { code: "too-large"; bytes: number; limitBytes: number }
  /** `extension` is lower case without the dot, "" when the name has none. */
  | { code: "unsupported-type"; extension: string }
  /** Named like a text file, but its bytes are not text (a binary file). */
  | { code: "not-text" }
  /** Needs a password to open. */
  | { code: "encrypted"; format: BinaryDocumentFormat }
  /** Damaged, or not really a file of its format. */
  | { code: "corrupt"; format: BinaryDocumentFormat }
  /** A PDF of scanned pages: no page has a text layer, so there is nothing to index. */
  | { code: "scanned-pdf"; pages: number }
  /** The file opened, but holds no text at all (only whitespace, or only images). */
  | { code: "no-text"; format: DocumentFormat }
  /** `characters`: what was read before stopping (at least this many). */
  | { code: "text-too-large"; characters: number; limitCharacters: number }
  /** A Word file whose archive unpacks past MAX_DOCX_UNPACKED_BYTES (a "zip bomb", or an enormous document). */
  | { code: "unpacks-too-large"; limitBytes: number }
  /** The browser could not read the file (moved, deleted or changed since it was chosen). */
  | { code: "unreadable-file" }
  | { code: "cancelled" }
  /** Something unexpected: a library failure, or the worker stopped (out of memory). `detail` is technical. */
  | { code: "extraction-failed"; detail: string };
