/**
 * The page's side of one worker that speaks protocol.ts. The worker is started on the first call, not
 * before, and again after it was stopped. Each call waits for exactly its own reply (see `deliver`),
 * can be cancelled through an AbortSignal, and is watched: a worker that stops answering (no pong, no
 * end to a cancelled call) or a call that reports nothing for longer than its silence limit is ended,
 * its calls failing with a reason that says so, rather than leaving the page waiting for ever.
 */
import { classifyEngineError, engineErrorFor, type EngineError } from "../../domain/engineError";
// Names only (no web-llm code): an error escaping the worker keeps web-llm's class name in its text.
import { classifyWebLlmError } from "../../workers/webllm/webLlmErrors";
import { EngineFailure } from "./EngineClient";
import type {
  CallEvent,
  CallKind,
  CallParams,
  CallProgress,
  CallReply,
  CallRequest,
  EngineEvent,
  EngineRequest,
  WorkerEvent,
} from "./protocol";
import {
  DEFAULT_WATCH_LIMITS,
  SYSTEM_CLOCK,
  watchCalls,
  type Clock,
  type SilenceLimit,
  type WatchedCall,
  type WatchLimits,
} from "./workerWatch";

export interface CallOptions<K extends CallKind> {
  onProgress?(progress: CallProgress<K>): void;
  /** Aborting it asks the worker to stop the call (see protocol.ts for what each kind then answers). */
  signal?: AbortSignal;
  silence?: SilenceLimit<CallProgress<K>>;
}

/** Why a worker was ended: on request ("restart", "shutdown") or because it failed ("crashed", "stuck"). */
export type StopCause = "restart" | "shutdown" | "crashed" | "stuck";

export interface WorkerConnection {
  call<K extends CallKind>(kind: K, params: CallParams<K>, options?: CallOptions<K>): Promise<CallReply<K>>;
  /** The worker is running (it may hold a loaded model). */
  running(): boolean;
  /** Ends the worker at once; calls in flight fail with `error`. */
  stop(error: EngineError): void;
}

export interface ConnectionOptions {
  limits?: WatchLimits;
  clock?: Clock;
  /** Events that belong to no call ("deviceLost"). */
  onWorkerEvent?(event: WorkerEvent): void;
  /** The worker was ended; with `error` when it failed rather than being asked to. */
  onStopped?(cause: StopCause, error: EngineError | undefined): void;
}

interface PendingCall<K extends CallKind> extends WatchedCall<CallProgress<K>> {
  kind: K;
  resolve(reply: CallReply<K>): void;
  reject(error: EngineError): void;
  onProgress(progress: CallProgress<K>): void;
}

type PendingByKind = { [K in CallKind]: Map<number, PendingCall<K>> };

function noPendingCalls(): PendingByKind {
  return {
    load: new Map(),
    chat: new Map(),
    unload: new Map(),
    embed: new Map(),
    isCached: new Map(),
    deleteCached: new Map(),
    listStored: new Map(),
    deleteUnclaimed: new Map(),
    inspectFiles: new Map(),
    importFiles: new Map(),
    listLibraries: new Map(),
    fetchLibraries: new Map(),
    deleteLibraries: new Map(),
  };
}

export function createWorkerConnection(
  createWorker: () => Worker,
  { limits = DEFAULT_WATCH_LIMITS, clock = SYSTEM_CLOCK, onWorkerEvent, onStopped }: ConnectionOptions = {},
): WorkerConnection {
  let worker: Worker | undefined;
  let ready = false;
  let heardFromWorkerAt = 0;
  let nextRequestId = 1;
  let pending = noPendingCalls();
  let stopWatch: (() => void) | undefined;

  /** Every call in flight, whatever its kind, by request id. */
  const allPending = (): [number, PendingCall<CallKind>][] =>
    Object.values(pending).flatMap((calls: Map<number, PendingCall<CallKind>>) => [...calls.entries()]);
  const findPending = (requestId: number) => allPending().find(([id]) => id === requestId)?.[1];
  const removePending = (requestId: number) =>
    Object.values(pending).forEach((calls: Map<number, unknown>) => calls.delete(requestId));

  /** A call's own events: TypeScript ties `event.kind` to the map of calls waiting for that kind's reply. */
  function deliver<K extends CallKind>(event: CallEvent<K>): void {
    const call = pending[event.kind].get(event.requestId);
    if (!call) return;
    call.heardAt = clock.now();
    if (event.type === "progress") {
      call.lastProgress = event.progress;
      call.onProgress(event.progress);
    } else {
      pending[event.kind].delete(event.requestId);
      call.resolve(event.reply);
      watchWhileBusy();
    }
  }

  function handleEvent(event: EngineEvent): void {
    heardFromWorkerAt = clock.now();
    switch (event.type) {
      case "progress":
      case "reply":
        deliver(event);
        return;
      case "failed": {
        const call = findPending(event.requestId);
        removePending(event.requestId);
        call?.reject(call.stalled ?? event.error);
        watchWhileBusy();
        return;
      }
      case "ready":
        ready = true;
        // A call sent before the worker's script ran has been silent for no fault of its own.
        allPending().forEach(([, call]) => (call.heardAt = clock.now()));
        return;
      case "pong":
        return;
      case "restart":
        end("restart", engineErrorFor({ code: "worker-stopped" }));
        return;
      case "deviceLost":
        onWorkerEvent?.(event);
        return;
    }
  }

  function start(): Worker {
    const started = createWorker();
    ready = false;
    started.addEventListener("message", (event: MessageEvent<EngineEvent>) => {
      if (worker === started) handleEvent(event.data);
    });
    started.addEventListener("error", (event) => {
      // Handled here (the pending calls fail with it), so it is not also reported as uncaught.
      event.preventDefault();
      if (worker !== started) return;
      // Not restarted at once: a worker that failed to start would fail again. The next call starts one.
      // A script that fails to load fires a plain Event; an uncaught exception fires an ErrorEvent.
      end(
        "crashed",
        event instanceof ErrorEvent && event.message
          ? classifyEngineError(classifyWebLlmError(event.message))
          : engineErrorFor({ code: "worker-stopped" }),
      );
    });
    return started;
  }

  /**
   * Ends the worker; its calls can never be answered, so they fail with `error`, or their own `errors`, or
   * the stall the watch stopped them for.
   */
  function end(cause: StopCause, error: EngineError, errors = new Map<number, EngineError>()): void {
    worker?.terminate();
    worker = undefined;
    ready = false;
    const abandoned = allPending();
    pending = noPendingCalls();
    watchWhileBusy();
    abandoned.forEach(([requestId, call]) => call.reject(errors.get(requestId) ?? call.stalled ?? error));
    onStopped?.(cause, cause === "crashed" || cause === "stuck" ? error : undefined);
  }

  /** Runs the watch while calls are in flight, and only then. */
  function watchWhileBusy(): void {
    const busy = allPending().length > 0;
    if (busy && !stopWatch) stopWatch = clock.every(limits.checkEveryMs, check);
    if (!busy && stopWatch) {
      stopWatch();
      stopWatch = undefined;
    }
  }

  function check(): void {
    const calls = allPending().map(([, call]) => call);
    const verdict = watchCalls(calls, { now: clock.now(), ready, heardFromWorkerAt, limits });
    if (verdict.action === "end") {
      end("stuck", verdict.error, verdict.errors);
      return;
    }
    for (const { requestId, error } of verdict.stall) {
      const call = findPending(requestId);
      if (!call) continue;
      // Stopped as a cancel would stop it; it then fails with why.
      call.stalled = error;
      call.cancelledAt = clock.now();
      worker?.postMessage({ type: "cancel", requestId } satisfies EngineRequest);
    }
    if (ready) worker?.postMessage({ type: "ping" } satisfies EngineRequest);
  }

  return {
    call<K extends CallKind>(kind: K, params: CallParams<K>, options: CallOptions<K> = {}) {
      return new Promise<CallReply<K>>((resolve, reject) => {
        const { signal, silence, onProgress = () => {} } = options;
        const requestId = nextRequestId++;
        const call: PendingCall<K> = {
          requestId,
          kind,
          resolve,
          reject: (error) => reject(new EngineFailure(error)),
          onProgress,
          lastProgress: undefined,
          heardAt: clock.now(),
          cancelledAt: undefined,
          stalled: undefined,
          silence,
        };
        pending[kind].set(requestId, call);
        worker ??= start();
        const request: CallRequest<K> = { type: "call", kind, requestId, params };
        worker.postMessage(request);
        watchWhileBusy();
        const cancel = () => {
          if (!pending[kind].has(requestId)) return;
          call.cancelledAt = clock.now();
          worker?.postMessage({ type: "cancel", requestId } satisfies EngineRequest);
        };
        if (signal?.aborted) cancel();
        else signal?.addEventListener("abort", cancel, { once: true });
      });
    },

    running: () => worker !== undefined,

    stop(error) {
      if (worker) end("shutdown", error);
    },
  };
}
