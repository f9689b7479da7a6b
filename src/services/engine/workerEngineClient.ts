import type { ChatResult } from "../../domain/generation";
import { classifyEngineError, engineErrorFor, type EngineError } from "../../domain/engineError";
// Names only (no web-llm code): an error escaping the worker keeps web-llm's class name in its text.
import { classifyWebLlmError } from "../../workers/webllm/webLlmErrors";
import { EngineFailure, type EngineClient } from "./EngineClient";
import type { ModelSource } from "../../domain/modelSource";
import type { StoredModelsListing, UnclaimedFiles } from "../../domain/storedModel";
import type { ImportResult, ModelFolderCheck } from "../../domain/importedModel";
import type { StoredLibrary } from "../../domain/libraryUpgrade";
import type { ModelSources } from "./modelSources";
import type { EngineEvent, EngineRequest } from "./protocol";

type RequestMessage = Extract<EngineRequest, { requestId: number }>;
type RequestEvent = Extract<EngineEvent, { requestId: number }>;

interface PendingRequest {
  type: RequestMessage["type"];
  /** Handles every event for this request except "failed"; calls `finish` with the answer. */
  onEvent(event: RequestEvent): void;
  reject(error: EngineError): void;
}

/**
 * An EngineClient that speaks protocol.ts to an engine worker (web-llm or fixture). The worker
 * is created on first use and again after it is cancelled or crashes. `sources` says where each
 * model's files come from; the worker fetches from exactly there.
 */
export function createWorkerEngineClient(createWorker: () => Worker, sources: ModelSources): EngineClient {
  let worker: Worker | undefined;
  let nextRequestId = 1;
  const pending = new Map<number, PendingRequest>();
  const deviceLostListeners = new Set<(error: EngineError) => void>();

  function handleEvent(event: EngineEvent): void {
    if (event.type === "deviceLost") {
      deviceLostListeners.forEach((listener) => listener(event.error));
      return;
    }
    const request = pending.get(event.requestId);
    if (!request) return;
    if (event.type === "failed") {
      pending.delete(event.requestId);
      request.reject(event.error);
    } else {
      request.onEvent(event);
    }
  }

  function startWorker(): Worker {
    const started = createWorker();
    started.addEventListener("message", (event: MessageEvent<EngineEvent>) => handleEvent(event.data));
    started.addEventListener("error", (event) => {
      // Handled here (the pending requests reject with it), so it is not also reported as uncaught.
      event.preventDefault();
      // Not restarted at once: a worker that failed to start would fail again. The next request starts one.
      // A script that fails to load fires a plain Event; an uncaught exception fires an ErrorEvent.
      stopWorker(
        event instanceof ErrorEvent && event.message
          ? classifyEngineError(classifyWebLlmError(event.message))
          : engineErrorFor({ code: "worker-stopped" }),
      );
    });
    return started;
  }

  /** Terminates the worker; its requests can never be answered, so they reject with `error`. */
  function stopWorker(error: EngineError): void {
    worker?.terminate();
    worker = undefined;
    const abandoned = [...pending.values()];
    pending.clear();
    abandoned.forEach((request) => request.reject(error));
  }

  function send<T>(
    message: RequestMessage,
    onEvent: (event: RequestEvent, finish: (value: T) => void) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (value: T) => {
        pending.delete(message.requestId);
        resolve(value);
      };
      pending.set(message.requestId, {
        type: message.type,
        onEvent: (event) => onEvent(event, finish),
        reject: (error) => reject(new EngineFailure(error)),
      });
      worker ??= startWorker();
      worker.postMessage(message);
    });
  }

  /** Rejects like any failed request when the app does not know the model. */
  function withSource<T>(modelId: string, request: (source: ModelSource) => Promise<T>): Promise<T> {
    const source = sources.source(modelId);
    if (!source) {
      return Promise.reject(new EngineFailure(engineErrorFor({ code: "unknown-model", modelId })));
    }
    return request(source);
  }

  return {
    load(modelId, onProgress) {
      return withSource(modelId, (source) =>
        send<void>({ type: "load", requestId: nextRequestId++, source }, (event, finish) => {
          if (event.type === "progress") onProgress(event.progress);
          else if (event.type === "loaded") finish();
        }),
      );
    },

    cancelLoad() {
      const loading = [...pending.values()].some((request) => request.type === "load");
      if (!loading) return;
      // web-llm cannot abort its downloads from outside; ending the worker is the only reliable stop.
      stopWorker(engineErrorFor({ code: "load-cancelled" }));
      worker = startWorker();
    },

    chat(request, onDelta) {
      return send<ChatResult>({ type: "chat", requestId: nextRequestId++, request }, (event, finish) => {
        if (event.type === "delta") onDelta(event.text);
        else if (event.type === "chatDone") finish(event.result);
      });
    },

    interrupt() {
      worker?.postMessage({ type: "interrupt" } satisfies EngineRequest);
    },

    unload() {
      return send<void>({ type: "unload", requestId: nextRequestId++ }, (event, finish) => {
        if (event.type === "unloaded") finish();
      });
    },

    shutDown() {
      stopWorker(engineErrorFor({ code: "engine-shut-down" }));
    },

    isCached(modelId) {
      return withSource(modelId, (source) =>
        send<boolean>({ type: "isCached", requestId: nextRequestId++, source }, (event, finish) => {
          if (event.type === "cached") finish(event.cached);
        }),
      );
    },

    deleteCached(modelId) {
      return withSource(modelId, (source) =>
        send<void>(
          { type: "deleteCached", requestId: nextRequestId++, source, otherSources: sources.all() },
          (event, finish) => {
            if (event.type === "deleted") finish();
          },
        ),
      );
    },

    listStoredModels({ unclaimed }) {
      return send<StoredModelsListing>(
        { type: "listStored", requestId: nextRequestId++, sources: sources.all(), unclaimed },
        (event, finish) => {
          if (event.type === "stored") finish({ models: event.models, unclaimed: event.unclaimed });
        },
      );
    },

    deleteUnclaimedFiles() {
      return send<UnclaimedFiles>(
        { type: "deleteUnclaimed", requestId: nextRequestId++, sources: sources.all() },
        (event, finish) => {
          if (event.type === "deletedUnclaimed") finish(event.deleted);
        },
      );
    },

    inspectFiles(files) {
      return send<ModelFolderCheck>(
        { type: "inspectFiles", requestId: nextRequestId++, files },
        (event, finish) => {
          if (event.type === "inspected") finish(event.check);
        },
      );
    },

    importFiles(source, files, onProgress) {
      return send<ImportResult>(
        { type: "importFiles", requestId: nextRequestId++, source, files },
        (event, finish) => {
          if (event.type === "importProgress") onProgress(event.progress);
          else if (event.type === "imported") finish(event.result);
        },
      );
    },

    cancelImport() {
      worker?.postMessage({ type: "cancelImport" } satisfies EngineRequest);
    },

    listStoredLibraries() {
      return send<StoredLibrary[]>({ type: "listLibraries", requestId: nextRequestId++ }, (event, finish) => {
        if (event.type === "libraries") finish(event.libraries);
      });
    },

    fetchLibraries(urls) {
      return send<number>({ type: "fetchLibraries", requestId: nextRequestId++, urls }, (event, finish) => {
        if (event.type === "librariesFetched") finish(event.bytes);
      });
    },

    deleteLibraries(urls) {
      return send<void>({ type: "deleteLibraries", requestId: nextRequestId++, urls }, (event, finish) => {
        if (event.type === "librariesDeleted") finish();
      });
    },

    onDeviceLost(listener) {
      deviceLostListeners.add(listener);
      return () => deviceLostListeners.delete(listener);
    },
  };
}
