import type { Chunk } from "../../../domain/retrieval/document";
import { chunkText } from "../../../domain/retrieval/document";
import type { DocumentProblem } from "../../../domain/retrieval/documentProblem";
import { EMBEDDING_BATCH } from "../../../domain/retrieval/embedding";
import type {
  DocumentContent,
  DocumentInfo,
  DocumentVectors,
} from "../../../domain/retrieval/storedDocument";
import { buildVectorIndex } from "../../../domain/retrieval/vectorIndex";
import type { DocumentsClient } from "../../../services/documents/documentsClient";
import type { ExtractionProgress } from "../../../services/documents/protocol";
import type { EngineClient } from "../../../services/engine/EngineClient";
import type { DocumentStore } from "../../../services/storage";

/** Where an attachment is: the documents worker's stages, then embedding its chunks, then saving. */
export type IndexingStage =
  ExtractionProgress | { stage: "embedding"; done: number; total: number } | { stage: "saving" };

/** Why an attachment was not kept: the file's own problem, or storage refusing it (full, say). */
export type AttachProblem = DocumentProblem | { code: "not-saved"; detail: string };

export type IndexOutcome = { ok: true; info: DocumentInfo } | { ok: false; problem: AttachProblem };

export interface IndexJob {
  file: File;
  documentId: string;
  conversationIds: string[];
  now: number;
  signal: AbortSignal;
  onStage(stage: IndexingStage): void;
}

/**
 * Reads a file (documents worker), embeds its chunks (engine worker) and stores text, chunks and vectors in
 * one transaction. Nothing runs on the page's thread but the hand-over. Without an embedding model (or if
 * embedding fails) the document is stored without vectors and found by its words alone; a cancel or a
 * failed save stores nothing.
 */
export async function indexDocument(
  services: { documentReader: DocumentsClient; engine: EngineClient; documents: DocumentStore },
  job: IndexJob,
): Promise<IndexOutcome> {
  const { file, documentId, signal, onStage } = job;
  const extracted = await services.documentReader.extract(file, { documentId, onProgress: onStage, signal });
  if (!extracted.ok) return extracted;
  const { document, chunks } = extracted.result;
  const vectors = await embedChunks(services.engine, document.text, chunks, documentId, signal, onStage);
  if (signal.aborted) return { ok: false, problem: { code: "cancelled" } };
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
    return {
      ok: false,
      problem: { code: "not-saved", detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return { ok: true, info };
}

/** The chunks' vectors, batch by batch (the heading path in front: it carries the context a passage lacks). */
async function embedChunks(
  engine: EngineClient,
  text: string,
  chunks: readonly Chunk[],
  documentId: string,
  signal: AbortSignal,
  onStage: (stage: IndexingStage) => void,
): Promise<DocumentVectors | undefined> {
  const inputs = chunks.map((chunk) => [...chunk.headingPath, chunkText(text, chunk)].join("\n"));
  const embedded: Float32Array[] = [];
  let model: string | undefined;
  try {
    for (let start = 0; start < inputs.length; start += EMBEDDING_BATCH) {
      onStage({ stage: "embedding", done: start, total: inputs.length });
      if (signal.aborted) return undefined;
      const batch = await engine.embed(inputs.slice(start, start + EMBEDDING_BATCH), signal);
      if (model !== undefined && batch.model !== model) return undefined;
      model = batch.model;
      embedded.push(...batch.vectors);
    }
  } catch {
    return undefined;
  }
  if (!model || embedded.length !== chunks.length) return undefined;
  const index = buildVectorIndex(documentId, embedded);
  return { id: documentId, model, dimensions: index.dimensions, vectors: index.vectors };
}

/** Text at two bytes a character (as IndexedDB keeps strings), chunk records at ~64 bytes, vectors as bytes. */
function storedBytes(content: DocumentContent, vectors: DocumentVectors | undefined): number {
  const pageBytes = (content.pages?.length ?? 0) * 16;
  return (
    content.text.length * 2 + content.chunks.length * 64 + pageBytes + (vectors?.vectors.byteLength ?? 0)
  );
}
