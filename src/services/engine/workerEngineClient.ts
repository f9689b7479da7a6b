import type { ChatResult, LoadProgress } from "../../domain/generation";
import { loadStepOf } from "../../domain/generation";
import { engineErrorFor, type EngineError } from "../../domain/engineError";
import { EngineFailure, type EngineClient } from "./EngineClient";
import type { ModelSource } from "../../domain/modelSource";
import type { ModelSources } from "./modelSources";
import type { CallKind, CallParams, CallReply } from "./protocol";
import { WORKER_OF_CALL } from "./protocol";
import { EMBEDDING_MODEL_ID } from "../../domain/retrieval/embedding";
import { createWorkerConnection, type CallOptions } from "./workerConnection";
import { DEFAULT_WATCH_LIMITS, type Clock, type SilenceLimit, type WatchLimits } from "./workerWatch";

/** The workers behind the client: web-llm's (or the fixture's), and the small model-store worker. */
export interface EngineWorkers {
  engine(): Worker;
  modelStore(): Worker;
}

export interface EngineTimeouts extends WatchLimits {
  /**
   * A load that reports nothing for this long has stalled (web-llm hung on the GPU, a device request that
   * never resolves, a download that receives nothing); waiting to be back online does not count.
   */
  loadSilenceMs: number;
}

export const DEFAULT_ENGINE_TIMEOUTS: EngineTimeouts = { ...DEFAULT_WATCH_LIMITS, loadSilenceMs: 120_000 };

/**
 * An EngineClient over two workers that speak protocol.ts. Each is started on first use, not before: the
 * model-store worker answers what is stored (start-up needs it), and web-llm's 6 MB worker starts only
 * when a model is loaded. `sources` says where each model's files come from; the worker fetches from
 * exactly there.
 */
export function createWorkerEngineClient(
  workers: EngineWorkers,
  sources: ModelSources,
  { timeouts = DEFAULT_ENGINE_TIMEOUTS, clock }: { timeouts?: EngineTimeouts; clock?: Clock } = {},
): EngineClient {
  const modelLostListeners = new Set<(error: EngineError) => void>();
  const engine = createWorkerConnection(workers.engine, {
    limits: timeouts,
    clock,
    onWorkerEvent: (event) => {
      if (event.type === "deviceLost") modelLostListeners.forEach((listener) => listener(event.error));
    },
    // A worker that crashed or hung took its loaded model with it.
    onStopped: (_cause, error) => {
      if (error) modelLostListeners.forEach((listener) => listener(error));
    },
  });
  const modelStore = createWorkerConnection(workers.modelStore, { limits: timeouts, clock });
  /** The cancellable calls in flight, by kind. */
  const inFlight = {
    load: new Set<AbortController>(),
    chat: new Set<AbortController>(),
    importFiles: new Set<AbortController>(),
  };

  function call<K extends CallKind>(
    kind: K,
    params: CallParams<K>,
    options?: CallOptions<K>,
  ): Promise<CallReply<K>> {
    const connection = WORKER_OF_CALL[kind] === "engine" ? engine : modelStore;
    return connection.call(kind, params, options);
  }

  /** Runs a call with a controller in `controllers` for as long as it is in flight. */
  function withController<T>(
    controllers: Set<AbortController>,
    run: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    controllers.add(controller);
    return run(controller.signal).finally(() => controllers.delete(controller));
  }

  /** Rejects like any failed call when the app does not know the model. */
  function withSource<T>(modelId: string, request: (source: ModelSource) => Promise<T>): Promise<T> {
    const source = sources.source(modelId);
    if (!source) {
      return Promise.reject(new EngineFailure(engineErrorFor({ code: "unknown-model", modelId })));
    }
    return request(source);
  }

  const loadSilence: SilenceLimit<LoadProgress> = {
    limitMs: timeouts.loadSilenceMs,
    paused: (last) => last?.phase === "download" && last.notice?.code === "offline",
    // A stalled download stops like a cancelled one, keeping the worker and a model it holds; web-llm
    // hung on the GPU cannot be stopped but by ending its worker.
    cancellable: (last) => last?.phase !== "gpu",
    reason: (last, seconds) => ({ code: "load-stalled", seconds, step: loadStepOf(last) }),
  };

  return {
    load(modelId, onProgress: (progress: LoadProgress) => void) {
      return withSource(modelId, (source) =>
        withController(inFlight.load, (signal) =>
          call("load", { source }, { onProgress, signal, silence: loadSilence }),
        ),
      );
    },

    cancelLoad() {
      inFlight.load.forEach((controller) => controller.abort());
    },

    chat(request, onDelta): Promise<ChatResult> {
      return withController(inFlight.chat, (signal) =>
        call("chat", { request }, { onProgress: onDelta, signal }),
      );
    },

    interrupt() {
      inFlight.chat.forEach((controller) => controller.abort());
    },

    // Nothing can be loaded in a worker that is not running: unloading it need not start web-llm's.
    unload: () => (engine.running() ? call("unload", {}) : Promise.resolve()),

    embed: (texts, signal, onProgress) =>
      call("embed", { texts, source: sources.source(EMBEDDING_MODEL_ID) }, { signal, onProgress }),

    shutDown() {
      const error = engineErrorFor({ code: "engine-shut-down" });
      engine.stop(error);
      modelStore.stop(error);
    },

    isCached: (modelId) => withSource(modelId, (source) => call("isCached", { source })),

    deleteCached: (modelId) =>
      withSource(modelId, (source) => call("deleteCached", { source, otherSources: sources.all() })),

    listStoredModels: ({ unclaimed }) => call("listStored", { sources: sources.all(), unclaimed }),

    deleteUnclaimedFiles: () => call("deleteUnclaimed", { sources: sources.all() }),

    inspectFiles: (files) => call("inspectFiles", { files }),

    importFiles(source, files, onProgress) {
      return withController(inFlight.importFiles, (signal) =>
        call("importFiles", { source, files }, { onProgress, signal }),
      );
    },

    cancelImport() {
      inFlight.importFiles.forEach((controller) => controller.abort());
    },

    listStoredLibraries: () => call("listLibraries", {}),

    fetchLibraries: (urls) => call("fetchLibraries", { urls }),

    deleteLibraries: (urls) => call("deleteLibraries", { urls }),

    onModelLost(listener) {
      modelLostListeners.add(listener);
      return () => modelLostListeners.delete(listener);
    },
  };
}
