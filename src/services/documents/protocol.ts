/**
 * Messages between the page and the documents worker (src/workers/documents/), which reads files off the
 * main thread. Each message kind carries its own payload type. The worker takes one file at a time, in
 * the order asked; `cancel` drops a waiting request or stops the running one between pages. It also keeps
 * the indexes of the documents being asked about (`index`, `forget`) and ranks their passages (`rank`),
 * answered at once, between the pages of a file being read.
 */
import type { ChunkingOptions } from "../../domain/retrieval/chunking";
import type { Chunk, ExtractedDocument } from "../../domain/retrieval/document";
import type { DocumentProblem } from "../../domain/retrieval/documentProblem";
import type { ChunkRef } from "../../domain/retrieval/document";
import type { RankRequest, RetrievalDocument } from "../../domain/retrieval/retrievalIndexes";

/** How far reading a file has got: reading its bytes, then pages (PDF) or structure, then chunking. */
export type ExtractionProgress =
  | { stage: "reading" }
  | { stage: "pages"; done: number; total: number }
  | { stage: "structure" }
  | { stage: "chunking" };

/** A read file: its text and pages, and its chunks ready to be indexed. */
export interface ExtractionResult {
  document: ExtractedDocument;
  chunks: Chunk[];
}

export type ExtractionOutcome =
  { ok: true; result: ExtractionResult } | { ok: false; problem: DocumentProblem };

export type DocumentsRequest =
  /** `documentId` is written into every chunk; `file` is the user's File (read in the worker, never copied here). */
  | { type: "extract"; requestId: number; file: File; documentId: string; chunking: ChunkingOptions }
  | { type: "cancel"; requestId: number }
  /** The document's vectors' buffer is transferred, not copied. */
  | { type: "index"; document: RetrievalDocument }
  | { type: "rank"; requestId: number; request: RankRequest }
  /** Every document when `documentIds` is absent. */
  | { type: "forget"; documentIds?: string[] };

export type DocumentsEvent =
  | { type: "progress"; requestId: number; progress: ExtractionProgress }
  | { type: "extracted"; requestId: number; result: ExtractionResult }
  | { type: "failed"; requestId: number; problem: DocumentProblem }
  | { type: "ranked"; requestId: number; ranking: ChunkRef[] };
