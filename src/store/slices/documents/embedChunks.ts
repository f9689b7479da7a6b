import { chunkText, type TextRange } from "../../../domain/retrieval/document";
import { EMBEDDING_BATCH } from "../../../domain/retrieval/embedding";
import type { DownloadProgress, LoadProgress } from "../../../domain/generation";
import type { DocumentVectors } from "../../../domain/retrieval/storedDocument";
import { buildVectorIndex } from "../../../domain/retrieval/vectorIndex";
import type { EngineClient } from "../../../services/engine/EngineClient";
import { failureMessage } from "../../../services/engine/EngineClient";

/** How far embedding one document has got: passages embedded of all, and the model's download while it lasts. */
export interface EmbeddingProgress {
  done: number;
  total: number;
}

export interface EmbedHooks {
  onProgress(progress: EmbeddingProgress): void;
  /** The embedding model's download (first batch only, when its files are not all stored). */
  onDownload?(progress: DownloadProgress): void;
  /** Called before each batch: resolves when the engine may be used (the backfill waits for a reply to end). */
  beforeBatch?(): Promise<void>;
}

export type EmbedOutcome = { ok: true; vectors: DocumentVectors | undefined } | { ok: false; detail: string };

/**
 * A document's chunk vectors, batch by batch, through the engine worker (the heading path in front of each
 * passage: it carries the context a passage lacks). Used when a file is attached and when a document stored
 * without vectors gets them later, so both embed the same texts. The first call downloads the model if it is
 * not stored; a failure says why. Stopped (`signal`), or if the engine changed models midway, no vectors.
 */
export async function embedChunks(
  engine: EngineClient,
  {
    text,
    chunks,
    documentId,
  }: {
    text: string;
    chunks: readonly (TextRange & { headingPath: readonly string[] })[];
    documentId: string;
  },
  signal: AbortSignal,
  hooks: EmbedHooks,
): Promise<EmbedOutcome> {
  const inputs = chunks.map((chunk) => [...chunk.headingPath, chunkText(text, chunk)].join("\n"));
  const embedded: Float32Array[] = [];
  let model: string | undefined;
  const onDownload = (progress: LoadProgress) => {
    if (progress.phase === "download") hooks.onDownload?.(progress);
  };
  try {
    for (let start = 0; start < inputs.length; start += EMBEDDING_BATCH) {
      hooks.onProgress({ done: start, total: inputs.length });
      await hooks.beforeBatch?.();
      if (signal.aborted) return { ok: true, vectors: undefined };
      const batch = await engine.embed(inputs.slice(start, start + EMBEDDING_BATCH), signal, onDownload);
      if (model !== undefined && batch.model !== model) return { ok: true, vectors: undefined };
      model = batch.model;
      embedded.push(...batch.vectors);
    }
  } catch (error) {
    return { ok: false, detail: failureMessage(error) };
  }
  if (!model || embedded.length !== chunks.length) return { ok: true, vectors: undefined };
  const index = buildVectorIndex(documentId, embedded);
  return {
    ok: true,
    vectors: { id: documentId, model, dimensions: index.dimensions, vectors: index.vectors },
  };
}
