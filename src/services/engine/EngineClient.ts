import { errorMessage } from "../../lib/errorMessage";
import type { ChatRequest, ChatResult, LoadProgress } from "../../domain/generation";
import type { EngineError } from "../../domain/engineError";
import type { StoredModelsListing, UnclaimedFiles } from "../../domain/storedModel";
import type { ModelSource } from "../../domain/modelSource";
import type { StoredLibrary } from "../../domain/libraryUpgrade";
import type { ChosenFile, ImportProgress, ImportResult, ModelFolderCheck } from "../../domain/importedModel";
import type { Embeddings } from "../../domain/retrieval/embedding";

/** Thrown (rejected) by every EngineClient method that fails: the error is already classified. */
export class EngineFailure extends Error {
  constructor(readonly error: EngineError) {
    super(error.message);
    this.name = "EngineFailure";
  }
}

/** The text of any failure a store action caught: an engine's own message, or the error's. */
export function failureMessage(error: unknown): string {
  if (error instanceof EngineFailure) return error.error.message;
  return errorMessage(error);
}

/**
 * The one way the app talks to a language-model engine. Implementations: the web-llm
 * worker and the fixture worker (tests), both behind `createWorkerEngineClient`.
 */
export interface EngineClient {
  /** Downloads (or reads from cache) and loads a model onto the GPU. Rejects with EngineFailure. */
  load(modelId: string, onProgress: (progress: LoadProgress) => void): Promise<void>;
  /**
   * Stops a load in progress; the pending `load` rejects with kind "cancelled". A download stops at once and
   * keeps only whole files; a model already loaded stays loaded. Once the GPU load has begun (which web-llm
   * cannot stop), the engine is ended instead.
   */
  cancelLoad(): void;
  /** Streams a reply; `onDelta` receives each new piece of text. Resolves when the reply ends (or is interrupted). */
  chat(request: ChatRequest, onDelta: (text: string) => void): Promise<ChatResult>;
  /** Ends the reply being generated; the pending `chat` resolves with finishReason "abort". */
  interrupt(): void;
  unload(): Promise<void>;
  /**
   * Embeds texts (chunks, a question) in the engine's worker; `signal` stops between batches. The first call
   * downloads the embedding model if it is not stored, reporting to `onProgress`. Rejects with EngineFailure.
   */
  embed(
    texts: string[],
    signal?: AbortSignal,
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<Embeddings>;
  /**
   * Ends the engine's workers at once, so they let go of the model and of its storage (erasing everything
   * needs that). Pending requests reject with kind "cancelled"; the next request starts new workers.
   */
  shutDown(): void;
  /** Every file of the model is stored and verified: it loads with no network. */
  isCached(modelId: string): Promise<boolean>;
  /** Deletes every stored file of the model (weights, config, tokenizer, and its library unless shared). */
  deleteCached(modelId: string): Promise<void>;
  /**
   * Each known model with anything stored, complete or not, with its size; and, when `unclaimed` is asked
   * for (the model manager does; start-up need not scan every store), the files no known model claims.
   */
  listStoredModels(options: { unclaimed: boolean }): Promise<StoredModelsListing>;
  /** Deletes the stored files no known model claims (never a known model's); says what was deleted. */
  deleteUnclaimedFiles(): Promise<UnclaimedFiles>;
  /** What chosen files hold as a model to import, or why they cannot be imported; nothing is stored. */
  inspectFiles(files: ChosenFile[]): Promise<ModelFolderCheck>;
  /**
   * Stores chosen files as the model `source` (see importedModelSource), checked again as they are
   * written. A problem (or a cancel) resolves with it, after deleting whatever was written.
   */
  importFiles(
    source: ModelSource,
    files: ChosenFile[],
    onProgress: (progress: ImportProgress) => void,
  ): Promise<ImportResult>;
  /** Stops the import in progress; the pending `importFiles` resolves with the "cancelled" problem (a load or download goes on). */
  cancelImport(): void;
  /** Every model library stored, with its size (for an update to a new web-llm runtime). */
  listStoredLibraries(): Promise<StoredLibrary[]>;
  /** Fetches and stores these libraries where web-llm reads them; resolves with the bytes stored. */
  fetchLibraries(urls: string[]): Promise<number>;
  deleteLibraries(urls: string[]): Promise<void>;
  /**
   * Called when the loaded model is lost outside a request: the GPU device was lost, or the engine had to be
   * ended (it crashed or stopped responding). Returns an unsubscribe function.
   */
  onModelLost(listener: (error: EngineError) => void): () => void;
}
