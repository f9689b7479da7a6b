import { LIBRARY_URL_PREFIX } from "../modelCatalog";
import { modelFilesUrl, type ModelSource } from "../modelSource";

/** Chunk or question embeddings from the engine, one normalised vector per text, in order. */
export interface Embeddings {
  /** Which model made them: vectors of different models are never compared. */
  model: string;
  dimensions: number;
  vectors: Float32Array[];
}

/**
 * web-llm's small embedding model (prebuiltAppConfig): 384 dimensions, batches of 4, 512 tokens a text. It
 * is downloaded and stored like a chat model and loaded beside it in the engine worker.
 */
export const EMBEDDING_MODEL_ID = "snowflake-arctic-embed-s-q0f32-MLC-b4";

/**
 * What downloading it costs, told before asking: prebuiltAppConfig gives only its GPU memory (238.71 MB for
 * -b4), so this is the weights' size — 33 million parameters stored as 32-bit floats (q0f32), 133 MB — rounded
 * down as the interface says it ("about 130 MB"); the tokenizer and library add under 1 MB.
 */
export const EMBEDDING_MODEL_DOWNLOAD_MB = 130;

/** The GPU memory web-llm's record asks for (vram_required_MB of the -b4 record; embedding.test.ts checks it). */
export const EMBEDDING_MODEL_VRAM_MB = 239;

/**
 * A document longer than this (estimated tokens) is searched rather than read whole: every model of the catalog
 * reads 4,096 tokens, half of which go to the reply and the conversation. Only such a document is worth
 * downloading the embedding model for; a shorter one is read in full, so it is indexed by its words alone
 * unless the model is already there.
 */
export const LARGE_DOCUMENT_TOKENS = 2048;

export function needsRetrieval(chunks: readonly { tokens: number }[]): boolean {
  return chunks.reduce((sum, chunk) => sum + chunk.tokens, 0) > LARGE_DOCUMENT_TOKENS;
}

/** The fixture engine's stand-in (fixtureEmbedding), under a name no real model has. */
export const FIXTURE_EMBEDDING_MODEL = "fixture-embedding-384";

/** Texts embedded per call: progress is reported between calls, and a cancel waits for at most one. */
export const EMBEDDING_BATCH = 16;

/**
 * Where the embedding model's files are (web-llm 0.2.86's prebuilt record; embedding.test.ts checks it). It is
 * not a chat model, so it is not in the catalog the picker shows, but it is stored, listed in the model manager
 * and deleted like one.
 */
export function embeddingModelSource(): ModelSource {
  return {
    modelId: EMBEDDING_MODEL_ID,
    filesUrl: modelFilesUrl("https://huggingface.co/mlc-ai/snowflake-arctic-embed-s-q0f32-MLC"),
    libraryUrl: `${LIBRARY_URL_PREFIX}snowflake-arctic-embed-s-q0f32-ctx512_cs512_batch4-webgpu.wasm`,
  };
}
