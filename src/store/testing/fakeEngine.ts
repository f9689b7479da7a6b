import type { ChatRequest, ChatResult, LoadProgress } from "../../domain/generation";
import type { EngineError } from "../../domain/engineError";
import type { StoredModelsListing, UnclaimedFiles } from "../../domain/storedModel";
import { EngineFailure, type EngineClient } from "../../services/engine/EngineClient";
import type { ImportResult, ModelFolderCheck, ModelFolderSummary } from "../../domain/importedModel";
import type { ModelSource } from "../../domain/modelSource";
import type { StoredLibrary } from "../../domain/libraryUpgrade";
import {
  EMBEDDING_MODEL_ID,
  FIXTURE_EMBEDDING_MODEL,
  type Embeddings,
} from "../../domain/retrieval/embedding";
import { fixtureEmbedding } from "../../domain/retrieval/fixtureEmbedding";

/** What the fake finds in any chosen files. */
export const FAKE_FOLDER: ModelFolderSummary = {
  folderName: "Tiny-q4f32_1-MLC",
  modelType: "llama",
  quantization: "q4f32_1",
  contextWindow: 2048,
  weightsBytes: 3 * 1024 * 1024,
  shardCount: 3,
  totalBytes: 3 * 1024 * 1024 + 5_000,
  fileCount: 7,
  libraryName: "Tiny-webgpu.wasm",
};

/**
 * An EngineClient for store tests: loads succeed (or fail as told), and each chat streams
 * the given pieces synchronously-ish, stopping early when interrupted.
 */
export class FakeEngine implements EngineClient {
  cached = new Set<string>();
  loadFailure: EngineError | undefined;
  replyPieces = ["Hello", " there", "!"];
  chatFailure: EngineError | undefined;
  /** Fails the next chat before any text, once (as an overflowing prompt does). */
  rejectNextChat: EngineError | undefined;
  requests: ChatRequest[] = [];
  private interrupted = false;
  private deviceLostListeners: Array<(error: EngineError) => void> = [];
  /** Resolves the current chat's gate so tests can observe a reply mid-stream. */
  releaseChat: (() => void) | undefined;
  holdChat = false;

  /** Where `loadFailure` happens: while downloading, or once the GPU load has begun. */
  loadFailureStep: "download" | "gpu" = "download";
  /** Keeps the next loads halfway through their download until `releaseLoad` is called. */
  holdLoad = false;
  releaseLoad: (() => void) | undefined;

  async load(modelId: string, onProgress: (progress: LoadProgress) => void): Promise<void> {
    onProgress({ phase: "download", fraction: 0.5, bytesDone: 50, bytesTotal: 100, text: "half" });
    if (this.holdLoad) await new Promise<void>((resolve) => (this.releaseLoad = resolve));
    if (this.loadFailure && this.loadFailureStep === "download") throw new EngineFailure(this.loadFailure);
    onProgress({ phase: "gpu", step: "programs", fraction: 1, text: "done" });
    if (this.loadFailure) throw new EngineFailure(this.loadFailure);
    this.cached.add(modelId);
  }
  cancelLoad(): void {}

  async chat(request: ChatRequest, onDelta: (text: string) => void): Promise<ChatResult> {
    this.requests.push(request);
    this.interrupted = false;
    const rejection = this.rejectNextChat;
    this.rejectNextChat = undefined;
    if (rejection) throw new EngineFailure(rejection);
    const [first, ...rest] = this.replyPieces;
    if (first !== undefined) onDelta(first);
    if (this.holdChat) await new Promise<void>((resolve) => (this.releaseChat = resolve));
    if (this.chatFailure) throw new EngineFailure(this.chatFailure);
    for (const piece of rest) {
      if (this.interrupted) return { finishReason: "abort" };
      onDelta(piece);
    }
    return {
      finishReason: "stop",
      stats: {
        promptTokens: 5,
        completionTokens: this.replyPieces.length,
        prefillTokensPerSecond: 100,
        decodeTokensPerSecond: 20,
        timeToFirstTokenSeconds: 0.1,
      },
    };
  }
  interrupt(): void {
    this.interrupted = true;
  }
  async unload(): Promise<void> {}
  /** Texts embedded so far, in order. */
  embedded: string[] = [];
  embedFailure: EngineError | undefined;
  /** Keeps the next embeddings waiting until `releaseEmbed` is called. */
  holdEmbed = false;
  releaseEmbed: (() => void) | undefined;
  private embedHeldListeners: Array<() => void> = [];
  /** Resolves once an embedding is held (`holdEmbed`), when `releaseEmbed` can be called. */
  embedHeld(): Promise<void> {
    if (this.releaseEmbed) return Promise.resolve();
    return new Promise((resolve) => this.embedHeldListeners.push(resolve));
  }
  /**
   * Like the engines: the first call downloads the embedding model (reporting half of it, then all), which is
   * stored from then on; a stopped call rejects as cancelled.
   */
  async embed(
    texts: string[],
    signal?: AbortSignal,
    onProgress?: (progress: LoadProgress) => void,
  ): Promise<Embeddings> {
    if (!this.cached.has(EMBEDDING_MODEL_ID)) {
      onProgress?.({ phase: "download", fraction: 0.5, bytesDone: 50, bytesTotal: 100, text: "half" });
    }
    if (this.holdEmbed) {
      await new Promise<void>((resolve) => {
        this.releaseEmbed = () => {
          this.releaseEmbed = undefined;
          resolve();
        };
        this.embedHeldListeners.splice(0).forEach((listener) => listener());
      });
    }
    if (signal?.aborted) throw new EngineFailure({ kind: "cancelled", message: "Cancelled." });
    if (this.embedFailure) throw new EngineFailure(this.embedFailure);
    if (!this.cached.has(EMBEDDING_MODEL_ID)) {
      onProgress?.({ phase: "download", fraction: 1, bytesDone: 100, bytesTotal: 100, text: "done" });
    }
    this.cached.add(EMBEDDING_MODEL_ID);
    this.embedded.push(...texts);
    const vectors = texts.map((text) => fixtureEmbedding(text));
    return { model: FIXTURE_EMBEDDING_MODEL, dimensions: 384, vectors };
  }
  shutDownCalls = 0;
  shutDown(): void {
    this.shutDownCalls++;
  }
  async isCached(modelId: string): Promise<boolean> {
    return this.cached.has(modelId);
  }
  async deleteCached(modelId: string): Promise<void> {
    this.cached.delete(modelId);
  }
  /** Stored files no known model claims, as the worker would count them. */
  unclaimed: UnclaimedFiles = { files: 0, bytes: 0 };
  /** Each cached model, complete, at 1,000 bytes; and `unclaimed`. */
  async listStoredModels({ unclaimed }: { unclaimed: boolean }): Promise<StoredModelsListing> {
    const models = [...this.cached].map((modelId) => ({
      modelId,
      bytes: 1_000,
      complete: true,
      filesStored: 5,
      filesTotal: 5,
    }));
    return { models, unclaimed: unclaimed ? this.unclaimed : { files: 0, bytes: 0 } };
  }
  deleteUnclaimedFailure: EngineError | undefined;
  async deleteUnclaimedFiles(): Promise<UnclaimedFiles> {
    if (this.deleteUnclaimedFailure) throw new EngineFailure(this.deleteUnclaimedFailure);
    const deleted = this.unclaimed;
    this.unclaimed = { files: 0, bytes: 0 };
    return deleted;
  }
  /** web-llm's library cache, as the worker would list it. */
  libraries: StoredLibrary[] = [];
  /** Fails every library fetch with this, while set. */
  libraryFetchFailure: EngineError | undefined;
  /** Bytes each fetched library takes. */
  fetchedLibraryBytes = 1_000;
  async listStoredLibraries(): Promise<StoredLibrary[]> {
    return [...this.libraries];
  }
  async fetchLibraries(urls: string[]): Promise<number> {
    if (this.libraryFetchFailure) throw new EngineFailure(this.libraryFetchFailure);
    this.libraries.push(...urls.map((url) => ({ url, bytes: this.fetchedLibraryBytes })));
    return urls.length * this.fetchedLibraryBytes;
  }
  async deleteLibraries(urls: string[]): Promise<void> {
    this.libraries = this.libraries.filter((library) => !urls.includes(library.url));
  }
  /** What the next import ends with (after reporting half of it done); success by default. */
  importResult: ImportResult = { ok: true, summary: FAKE_FOLDER };
  importedSources: ModelSource[] = [];
  importCancelled = false;
  async inspectFiles(): Promise<ModelFolderCheck> {
    return { ok: true, summary: FAKE_FOLDER };
  }
  async importFiles(
    source: ModelSource,
    _files: unknown,
    onProgress: (progress: { bytesDone: number; bytesTotal: number }) => void,
  ): Promise<ImportResult> {
    onProgress({ bytesDone: 50, bytesTotal: 100 });
    if (this.importResult.ok) {
      this.importedSources.push(source);
      this.cached.add(source.modelId);
    }
    return this.importResult;
  }
  cancelImport(): void {
    this.importCancelled = true;
  }
  onModelLost(listener: (error: EngineError) => void): () => void {
    this.deviceLostListeners.push(listener);
    return () => (this.deviceLostListeners = this.deviceLostListeners.filter((l) => l !== listener));
  }
  loseDevice(error: EngineError): void {
    this.deviceLostListeners.forEach((listener) => listener(error));
  }
}
