/**
 * The one place Sigilo's engine protocol is dispatched. A backend (web-llm, or the fixture that
 * stands in for it) only does the engine work; the dispatcher answers each request with its
 * event, turns a failure into `failed` with a classified error, tracks the running chats an
 * interrupt stops, and attributes a lost GPU device to the request it broke.
 */
import { classifyEngineError, type EngineError } from "../domain/engineError";
import type { ChatRequest, ChatResult, LoadProgress } from "../domain/generation";
import type { ImportProgress } from "../domain/importedModel";
import type { EngineEvent, EngineRequest } from "../services/engine/protocol";
import type { ModelSource } from "../domain/modelSource";
import { NO_UNCLAIMED_FILES } from "../domain/storedModel";
import type { ModelImporter } from "./modelStore/modelImport";
import type { ModelStore } from "./modelStore/modelStore";
import type { ModelLibraries } from "./webllm/modelLibraries";

/** What a running chat can ask the dispatcher while it streams. */
export interface RunningChat {
  /** Set once an interrupt arrives; the backend then stops and finishes with "abort". */
  readonly interrupted: boolean;
}

/** The engine-specific part of a worker. Every method may throw (or reject) to fail its request. */
export interface EngineBackend {
  /** Downloads what is missing (Sigilo's downloader), then loads the model onto the GPU. */
  load(source: ModelSource, onProgress: (progress: LoadProgress) => void): Promise<void>;
  chat(request: ChatRequest, onDelta: (text: string) => void, chat: RunningChat): Promise<ChatResult>;
  /** Called on every interrupt, after the running chats are marked interrupted. */
  interrupt?(): void;
  unload(): Promise<void>;
}

export interface RequestDispatcher {
  handle(request: EngineRequest): void;
  /** The GPU device was lost (not destroyed on purpose). */
  deviceLost(message: string): void;
}

/**
 * `models` answers what is stored, `importer` imports models from files and `libraries` handles libraries
 * on their own (app updates), in the same cache the backend loads from.
 */
export function createRequestDispatcher(
  backend: EngineBackend,
  models: ModelStore,
  post: (event: EngineEvent) => void,
  importer?: ModelImporter,
  libraries?: ModelLibraries,
): RequestDispatcher {
  const runningChats = new Set<{ interrupted: boolean }>();
  let requestsInFlight = 0;
  /**
   * A loss during a request is reported as that request's failure (its own error is usually a
   * vaguer consequence); a loss no request reported is posted as "deviceLost" once all finish.
   */
  let unreportedDeviceLoss: EngineError | undefined;

  async function run(requestId: number, work: () => Promise<EngineEvent>): Promise<void> {
    requestsInFlight++;
    try {
      post(await work());
    } catch (error) {
      const deviceLoss = unreportedDeviceLoss;
      unreportedDeviceLoss = undefined;
      post({ type: "failed", requestId, error: deviceLoss ?? classifyEngineError(error) });
    } finally {
      requestsInFlight--;
      if (requestsInFlight === 0) postUnreportedDeviceLoss();
    }
  }

  function postUnreportedDeviceLoss(): void {
    if (!unreportedDeviceLoss) return;
    post({ type: "deviceLost", error: unreportedDeviceLoss });
    unreportedDeviceLoss = undefined;
  }

  async function chat(requestId: number, request: ChatRequest): Promise<EngineEvent> {
    const state = { interrupted: false };
    runningChats.add(state);
    try {
      const onDelta = (text: string) => post({ type: "delta", requestId, text });
      return { type: "chatDone", requestId, result: await backend.chat(request, onDelta, state) };
    } finally {
      runningChats.delete(state);
    }
  }

  /** The model being imported is not known to the page yet, but its files are no leftovers. */
  function withImportInProgress(sources: readonly ModelSource[]): ModelSource[] {
    const importing = importer?.importing();
    return importing ? [...sources, importing] : [...sources];
  }

  function importerOrFail(): ModelImporter {
    if (!importer) throw new Error("This engine cannot import models from files.");
    return importer;
  }

  function librariesOrFail(): ModelLibraries {
    if (!libraries) throw new Error("This engine cannot fetch model libraries.");
    return libraries;
  }

  return {
    handle(request) {
      switch (request.type) {
        case "load": {
          const { requestId, source } = request;
          void run(requestId, async () => {
            await backend.load(source, (progress) => post({ type: "progress", requestId, progress }));
            return { type: "loaded", requestId };
          });
          return;
        }
        case "chat":
          void run(request.requestId, () => chat(request.requestId, request.request));
          return;
        case "interrupt":
          runningChats.forEach((state) => (state.interrupted = true));
          backend.interrupt?.();
          return;
        case "unload":
          void run(request.requestId, async () => {
            await backend.unload();
            return { type: "unloaded", requestId: request.requestId };
          });
          return;
        case "isCached":
          void run(request.requestId, async () => {
            const cached = await models.isComplete(request.source);
            return { type: "cached", requestId: request.requestId, cached };
          });
          return;
        case "deleteCached":
          void run(request.requestId, async () => {
            await models.delete(request.source, request.otherSources);
            return { type: "deleted", requestId: request.requestId };
          });
          return;
        case "listStored":
          void run(request.requestId, async () => {
            const [stored, unclaimed] = await Promise.all([
              models.list(request.sources),
              request.unclaimed
                ? models.listUnclaimed(withImportInProgress(request.sources))
                : NO_UNCLAIMED_FILES,
            ]);
            return { type: "stored", requestId: request.requestId, models: stored, unclaimed };
          });
          return;
        case "deleteUnclaimed":
          void run(request.requestId, async () => ({
            type: "deletedUnclaimed",
            requestId: request.requestId,
            deleted: await models.deleteUnclaimed(withImportInProgress(request.sources)),
          }));
          return;
        case "inspectFiles":
          void run(request.requestId, async () => ({
            type: "inspected",
            requestId: request.requestId,
            check: await importerOrFail().inspect(request.files),
          }));
          return;
        case "importFiles": {
          const { requestId, source, files } = request;
          void run(requestId, async () => {
            const onProgress = (progress: ImportProgress) =>
              post({ type: "importProgress", requestId, progress });
            const result = await importerOrFail().import(source, files, onProgress);
            return { type: "imported", requestId, result };
          });
          return;
        }
        case "cancelImport":
          importer?.cancel();
          return;
        case "listLibraries":
          void run(request.requestId, async () => ({
            type: "libraries",
            requestId: request.requestId,
            libraries: await librariesOrFail().list(),
          }));
          return;
        case "fetchLibraries":
          void run(request.requestId, async () => ({
            type: "librariesFetched",
            requestId: request.requestId,
            bytes: await librariesOrFail().fetch(request.urls),
          }));
          return;
        case "deleteLibraries":
          void run(request.requestId, async () => {
            await librariesOrFail().delete(request.urls);
            return { type: "librariesDeleted", requestId: request.requestId };
          });
          return;
      }
    },

    deviceLost(message) {
      unreportedDeviceLoss = { kind: "device-lost", message: `DeviceLostError: ${message}` };
      if (requestsInFlight === 0) postUnreportedDeviceLoss();
    },
  };
}
