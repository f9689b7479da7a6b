import { errorMessage } from "../../../lib/errorMessage";
import type { DocumentProblem } from "../../../domain/retrieval/documentProblem";
import type { DownloadProgress } from "../../../domain/generation";
import { needsRetrieval } from "../../../domain/retrieval/embedding";
import type {
  DocumentContent,
  DocumentInfo,
  DocumentVectors,
} from "../../../domain/retrieval/storedDocument";
import type { DocumentsClient } from "../../../services/documents/documentsClient";
import type { ExtractionProgress } from "../../../services/documents/protocol";
import type { EngineClient } from "../../../services/engine/EngineClient";
import type { DocumentStore } from "../../../services/storage";
import type { EmbeddingDecision } from "./searchModelChoice";
import { isQuotaExceeded } from "./quotaExceeded";
import { embedChunks } from "./embedChunks";

/** Where an attachment is: the documents worker's stages, then embedding its chunks, then saving. */
export type IndexingStage =
  | ExtractionProgress
  /** Downloading the embedding model, with its figures once the download reports them. */
  | { stage: "search-model"; download?: DownloadProgress }
  | { stage: "embedding"; done: number; total: number }
  | { stage: "saving" };

/**
 * Why an attachment was not kept: the file's own problem, storage full (`bytes`: what it needed), or storage
 * refusing it for another reason.
 */
export type AttachProblem =
  DocumentProblem | { code: "storage-full"; bytes: number } | { code: "not-saved"; detail: string };

/** `hasVectors`: false when stored to be found by its words alone (a vector backfill may add them later). */
export type IndexOutcome =
  { ok: true; info: DocumentInfo; hasVectors: boolean } | { ok: false; problem: AttachProblem };

export interface IndexJob {
  file: File;
  documentId: string;
  conversationIds: string[];
  now: number;
  signal: AbortSignal;
  onStage(stage: IndexingStage): void;
  /** Whether to embed the chunks (asking the user, for a large document, before the model is downloaded). */
  decideEmbedding(largeDocument: boolean, signal: AbortSignal): Promise<EmbeddingDecision>;
  /** How downloading the embedding model ended, when this document needed it. */
  onSearchModelDownloaded(outcome: { ok: true } | { ok: false; detail: string }): void;
}

/**
 * Reads a file (documents worker), embeds its chunks (engine worker) and stores text, chunks and vectors in
 * one transaction. Nothing runs on the page's thread but the hand-over. Without an embedding model (not
 * stored and not wanted, or embedding failed) the document is stored without vectors and found by its words
 * alone; a cancel or a failed save stores nothing.
 */
export async function indexDocument(
  services: { documentReader: DocumentsClient; engine: EngineClient; documents: DocumentStore },
  job: IndexJob,
): Promise<IndexOutcome> {
  const { file, documentId, signal, onStage } = job;
  const extracted = await services.documentReader.extract(file, { documentId, onProgress: onStage, signal });
  if (!extracted.ok) return extracted;
  const { document, chunks } = extracted.result;
  const decision = await job.decideEmbedding(needsRetrieval(chunks), signal);
  if (decision === "download-then-embed") onStage({ stage: "search-model" });
  const embedded =
    decision === "embed" || decision === "download-then-embed"
      ? await embedChunks(services.engine, { text: document.text, chunks, documentId }, signal, {
          // While the first batch downloads the model, the attachment says so rather than "passage 0 of n".
          onProgress: ({ done, total }) =>
            decision === "download-then-embed" && done === 0
              ? undefined
              : onStage({ stage: "embedding", done, total }),
          onDownload: (download) => onStage({ stage: "search-model", download }),
        })
      : undefined;
  if (signal.aborted || decision === "cancelled") return { ok: false, problem: { code: "cancelled" } };
  if (decision === "download-then-embed") {
    job.onSearchModelDownloaded(embedded?.ok === false ? embedded : { ok: true });
  }
  const vectors = embedded?.ok ? embedded.vectors : undefined;
  const content: DocumentContent = {
    id: documentId,
    text: document.text,
    ...(document.pages ? { pages: document.pages } : {}),
    chunks: chunks.map(({ start, end, pageStart, pageEnd, headingPath, tokens }) => ({
      start,
      end,
      ...(pageStart === undefined ? {} : { pageStart, pageEnd: pageEnd ?? pageStart }),
      headingPath: [...headingPath],
      tokens,
    })),
  };
  const info: DocumentInfo = {
    id: documentId,
    name: file.name,
    size: file.size,
    format: document.format,
    createdAt: job.now,
    ...(document.pageCount === undefined ? {} : { pageCount: document.pageCount }),
    chunkCount: chunks.length,
    storedBytes: storedBytes(content, vectors),
    pagesWithoutText: document.pagesWithoutText,
    conversationIds: job.conversationIds,
  };
  onStage({ stage: "saving" });
  try {
    await services.documents.saveDocument(info, content, vectors);
  } catch (error) {
    // The transaction is aborted whole: nothing of the document is stored, nothing else is touched.
    if (isQuotaExceeded(error))
      return { ok: false, problem: { code: "storage-full", bytes: info.storedBytes } };
    return {
      ok: false,
      problem: { code: "not-saved", detail: errorMessage(error) },
    };
  }
  return { ok: true, info, hasVectors: vectors !== undefined };
}

/** Text at two bytes a character (as IndexedDB keeps strings), chunk records at ~64 bytes, vectors as bytes. */
function storedBytes(content: DocumentContent, vectors: DocumentVectors | undefined): number {
  const pageBytes = (content.pages?.length ?? 0) * 16;
  return (
    content.text.length * 2 + content.chunks.length * 64 + pageBytes + (vectors?.vectors.byteLength ?? 0)
  );
}
