/**
 * Sigilo's own messages between the page and its workers. The page never imports web-llm at runtime (it
 * would be bundled a second time); the web-llm worker, the fixture worker and the model-store worker all
 * speak this protocol.
 *
 * `EngineCalls` is the one map from each request kind to its parameters, what it reports while it runs and
 * its reply. Every other type here is derived from it, so a request and its events cannot disagree: the
 * page waits for exactly the reply its call has, and nothing needs a cast. Types are written as
 * `{ [P in K]: … }[K]` so that TypeScript keeps a kind and its payload together in generic code.
 */
import type { ChatRequest, ChatResult, LoadProgress } from "../../domain/generation";
import type { EngineError } from "../../domain/engineError";
import type { ModelSource } from "../../domain/modelSource";
import type { StoredModelsListing, UnclaimedFiles } from "../../domain/storedModel";
import type { StoredLibrary } from "../../domain/libraryUpgrade";
import type { ChosenFile, ImportProgress, ImportResult, ModelFolderCheck } from "../../domain/importedModel";
import type { Embeddings } from "../../domain/retrieval/embedding";

export interface EngineCalls {
  /** Downloads what is missing, then loads the model onto the GPU. Cancelled, it fails with "cancelled". */
  load: { params: { source: ModelSource }; progress: LoadProgress; reply: void };
  /** Streams a reply, each new piece of text as progress. Cancelled, it replies with finishReason "abort". */
  chat: { params: { request: ChatRequest }; progress: string; reply: ChatResult };
  unload: { params: Record<string, never>; progress: never; reply: void };
  /**
   * Embeds texts (document chunks, a question) in order, with the embedding model at `source` (downloaded and
   * loaded beside the chat model on first use; the fixture engine needs none). Its download reports progress.
   */
  embed: { params: { texts: string[]; source?: ModelSource }; progress: LoadProgress; reply: Embeddings };
  isCached: { params: { source: ModelSource }; progress: never; reply: boolean };
  /** `otherSources`: the models that may share this one's library, which is kept while one of them is stored. */
  deleteCached: {
    params: { source: ModelSource; otherSources: ModelSource[] };
    progress: never;
    reply: void;
  };
  /** Lists `sources` with anything stored and, when asked, the stored files none of them claims. */
  listStored: {
    params: { sources: ModelSource[]; unclaimed: boolean };
    progress: never;
    reply: StoredModelsListing;
  };
  /** Deletes the stored files none of `sources` (every model the app knows) claims. */
  deleteUnclaimed: { params: { sources: ModelSource[] }; progress: never; reply: UnclaimedFiles };
  /** Checks files the user chose for a model to import; stores nothing. */
  inspectFiles: { params: { files: ChosenFile[] }; progress: never; reply: ModelFolderCheck };
  /** Cancelled, it replies with the "cancelled" problem once what was written is deleted. */
  importFiles: {
    params: { source: ModelSource; files: ChosenFile[] };
    progress: ImportProgress;
    reply: ImportResult;
  };
  /** Every model library stored, with its size (for an update to a new web-llm runtime, domain/libraryUpgrade.ts). */
  listLibraries: { params: Record<string, never>; progress: never; reply: StoredLibrary[] };
  /**
   * Fetches and stores these libraries where web-llm reads them, one by one; replies with the bytes stored.
   * Cancelled (or at the first that fails) it fails; those already stored stay.
   */
  fetchLibraries: { params: { urls: string[] }; progress: never; reply: number };
  deleteLibraries: { params: { urls: string[] }; progress: never; reply: void };
}

export type CallKind = keyof EngineCalls;
export type CallParams<K extends CallKind> = EngineCalls[K]["params"];
export type CallProgress<K extends CallKind> = EngineCalls[K]["progress"];
export type CallReply<K extends CallKind> = EngineCalls[K]["reply"];

/**
 * Which worker serves each call: only loading and chatting need web-llm's 6 MB worker (planning an update's
 * libraries never starts it).
 */
export const WORKER_OF_CALL = {
  load: "engine",
  chat: "engine",
  unload: "engine",
  embed: "engine",
  isCached: "modelStore",
  deleteCached: "modelStore",
  listStored: "modelStore",
  deleteUnclaimed: "modelStore",
  inspectFiles: "modelStore",
  importFiles: "modelStore",
  listLibraries: "modelStore",
  fetchLibraries: "modelStore",
  deleteLibraries: "modelStore",
} as const satisfies Record<CallKind, "engine" | "modelStore">;

export type CallRequest<K extends CallKind = CallKind> = {
  [P in K]: { type: "call"; kind: P; requestId: number; params: CallParams<P> };
}[K];

export type EngineRequest =
  | CallRequest
  /** Asks request `requestId` to stop; it then replies or fails as its kind says (see EngineCalls). */
  | { type: "cancel"; requestId: number }
  /** Answered at once with "pong": the worker's event loop is alive. */
  | { type: "ping" };

export type CallEvent<K extends CallKind = CallKind> = {
  [P in K]:
    | { type: "progress"; kind: P; requestId: number; progress: CallProgress<P> }
    | { type: "reply"; kind: P; requestId: number; reply: CallReply<P> };
}[K];

/** What a worker says outside any call's own events. */
export type WorkerEvent =
  | { type: "failed"; requestId: number; error: EngineError }
  /** The worker's script has run and it listens. */
  | { type: "ready" }
  | { type: "pong" }
  /**
   * The worker is busy with work it cannot stop (web-llm loading onto the GPU after a cancel): the page
   * should end it and start another for the next request.
   */
  | { type: "restart" }
  /** The GPU device was lost outside of any request (driver reset, memory pressure). */
  | { type: "deviceLost"; error: EngineError };

export type EngineEvent = CallEvent | WorkerEvent;
