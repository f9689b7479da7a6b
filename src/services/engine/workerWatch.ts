/**
 * How the page tells a worker that is working from one that is stuck (see workerConnection.ts). Pure:
 * given the calls in flight and what was heard when, it says which calls to cancel and whether to end
 * the worker, and why.
 */
import { engineErrorFor, type EngineError } from "../../domain/engineError";
import type { EngineErrorReason } from "../../domain/modelProblems";

/** Time for the watch; tests pass a manual one. */
export interface Clock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => performance.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

export interface WatchLimits {
  /** How often calls in flight are checked, and the worker pinged. */
  checkEveryMs: number;
  /** A ready worker with calls in flight that has said nothing, not even "pong", for this long is stuck. */
  unresponsiveMs: number;
  /**
   * A cancelled call still running after this long means the worker is stuck. Generous: a chat stops only
   * after its prompt is read, an import after the file it is writing.
   */
  cancelGraceMs: number;
}

export const DEFAULT_WATCH_LIMITS: WatchLimits = {
  checkEveryMs: 5_000,
  unresponsiveMs: 30_000,
  cancelGraceMs: 60_000,
};

/** A call that must keep reporting progress: after `limitMs` of silence (unless paused) it has stalled. */
export interface SilenceLimit<P> {
  limitMs: number;
  /** True while silence is expected (e.g. waiting for the connection to come back). */
  paused(last: P | undefined): boolean;
  /**
   * True when the stalled call can be stopped on its own (a download): it is cancelled and fails with the
   * stall's reason, and the worker is kept. Otherwise (web-llm hung on the GPU) the worker is ended.
   */
  cancellable(last: P | undefined): boolean;
  reason(last: P | undefined, silentSeconds: number): EngineErrorReason;
}

export interface WatchedCall<P = unknown> {
  requestId: number;
  /** When the call last showed progress (or the worker became ready). */
  heardAt: number;
  cancelledAt: number | undefined;
  /** Set once the watch cancelled it for stalling: the error it fails with. */
  stalled: EngineError | undefined;
  lastProgress: P | undefined;
  silence: SilenceLimit<P> | undefined;
}

export interface WatchState {
  now: number;
  /** The worker said it is ready (before that, its script may still be loading: not its fault). */
  ready: boolean;
  heardFromWorkerAt: number;
  limits: WatchLimits;
}

export type WatchVerdict =
  | { action: "wait"; stall: Array<{ requestId: number; error: EngineError }> }
  /** End the worker: each call fails with its own error if it has one, else with `error`. */
  | { action: "end"; error: EngineError; errors: Map<number, EngineError> };

export function watchCalls(calls: readonly WatchedCall[], state: WatchState): WatchVerdict {
  const { now, ready, heardFromWorkerAt, limits } = state;
  const seconds = (ms: number) => Math.round(ms / 1000);
  const unresponsive = () =>
    engineErrorFor({ code: "worker-unresponsive", seconds: seconds(now - heardFromWorkerAt) });
  const errors = new Map<number, EngineError>();
  const stall: Array<{ requestId: number; error: EngineError }> = [];
  let stuck = ready && now - heardFromWorkerAt > limits.unresponsiveMs;
  for (const call of calls) {
    if (call.cancelledAt !== undefined && now - call.cancelledAt > limits.cancelGraceMs) {
      stuck = true;
      if (call.stalled) errors.set(call.requestId, call.stalled);
    }
    const { silence } = call;
    if (!ready || !silence || call.stalled || silence.paused(call.lastProgress)) continue;
    const silentMs = now - call.heardAt;
    if (silentMs <= silence.limitMs) continue;
    const error = engineErrorFor(silence.reason(call.lastProgress, seconds(silentMs)));
    if (silence.cancellable(call.lastProgress)) {
      stall.push({ requestId: call.requestId, error });
    } else {
      stuck = true;
      errors.set(call.requestId, error);
    }
  }
  if (!stuck) return { action: "wait", stall };
  return { action: "end", error: errors.values().next().value ?? unresponsive(), errors };
}
