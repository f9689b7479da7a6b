/**
 * The one place a worker's side of Sigilo's protocol (services/engine/protocol.ts) is dispatched. Handlers
 * only do the work of their call; the dispatcher answers each call with its reply, turns a failure into
 * `failed` with a classified error, gives every call an AbortSignal its "cancel" aborts, answers pings,
 * and attributes a lost GPU device to the call it broke.
 */
import { classifyEngineError, engineErrorFor, type EngineError } from "../domain/engineError";
import type {
  CallEvent,
  CallKind,
  CallParams,
  CallProgress,
  CallReply,
  CallRequest,
  EngineRequest,
  WorkerEvent,
} from "../services/engine/protocol";

/** What a handler gets besides its parameters. */
export interface RunningCall<K extends CallKind> {
  /** Aborted when the page cancels this call. */
  signal: AbortSignal;
  progress(progress: CallProgress<K>): void;
}

/** How a worker answers each kind of call; a worker serves only some kinds (see WORKER_OF_CALL). */
export type CallHandlers = {
  [K in CallKind]: (params: CallParams<K>, call: RunningCall<K>) => Promise<CallReply<K>>;
};

/** Where events go: `self.postMessage` in a worker; a test's list. Each call event is built for its own kind. */
export interface EventPort {
  post<K extends CallKind>(event: CallEvent<K>): void;
  post(event: WorkerEvent): void;
}

/**
 * Thrown by a handler that was cancelled during work it cannot stop (web-llm loading onto the GPU): the
 * call fails as cancelled at once, and the page is asked to end this worker and start a fresh one.
 */
export class UnstoppableWorkError extends Error {
  override name = "UnstoppableWorkError";
}

/** Settles like `work`, or rejects with UnstoppableWorkError as soon as `signal` aborts (`work` runs on). */
export function unlessCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancelled = () =>
      reject(new UnstoppableWorkError("Cancelled while the work could not be stopped."));
    if (signal.aborted) return cancelled();
    signal.addEventListener("abort", cancelled, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", cancelled));
  });
}

export interface RequestDispatcher {
  handle(request: EngineRequest): void;
  /** The GPU device was lost (not destroyed on purpose). */
  deviceLost(message: string): void;
}

export function createRequestDispatcher(handlers: Partial<CallHandlers>, port: EventPort): RequestDispatcher {
  const running = new Map<number, AbortController>();
  /**
   * A loss during a call is reported as that call's failure (its own error is usually a vaguer
   * consequence); a loss no call reported is posted as "deviceLost" once all finish.
   */
  let unreportedDeviceLoss: EngineError | undefined;

  async function run<K extends CallKind>(request: CallRequest<K>): Promise<void> {
    const { kind, requestId } = request;
    const handler = handlers[kind];
    if (!handler) {
      const error = classifyEngineError(new Error(`This worker does not serve "${kind}" calls.`));
      port.post({ type: "failed", requestId, error });
      return;
    }
    const controller = new AbortController();
    running.set(requestId, controller);
    try {
      const reply = await handler(request.params, {
        signal: controller.signal,
        progress: (progress) => port.post({ type: "progress", kind, requestId, progress }),
      });
      port.post({ type: "reply", kind, requestId, reply });
    } catch (error) {
      port.post({ type: "failed", requestId, error: failure(error, controller.signal) });
      if (error instanceof UnstoppableWorkError) port.post({ type: "restart" });
    } finally {
      running.delete(requestId);
      if (running.size === 0) postUnreportedDeviceLoss();
    }
  }

  function failure(error: unknown, signal: AbortSignal): EngineError {
    const deviceLoss = unreportedDeviceLoss;
    unreportedDeviceLoss = undefined;
    // Whatever a cancelled call failed with (an aborted fetch, an unstoppable GPU load), it was cancelled.
    if (signal.aborted) return engineErrorFor({ code: "load-cancelled" });
    return deviceLoss ?? classifyEngineError(error);
  }

  function postUnreportedDeviceLoss(): void {
    if (!unreportedDeviceLoss) return;
    port.post({ type: "deviceLost", error: unreportedDeviceLoss });
    unreportedDeviceLoss = undefined;
  }

  return {
    handle(request) {
      switch (request.type) {
        case "call":
          void run(request);
          return;
        case "cancel":
          running.get(request.requestId)?.abort();
          return;
        case "ping":
          port.post({ type: "pong" });
          return;
      }
    },

    deviceLost(message) {
      unreportedDeviceLoss = { kind: "device-lost", message: `DeviceLostError: ${message}` };
      if (running.size === 0) postUnreportedDeviceLoss();
    },
  };
}
