/** Test help for the page's side of the protocol: a Worker stand-in and a clock the test moves. */
import { EngineFailure } from "../EngineClient";
import type { CallKind, CallRequest, EngineEvent, EngineRequest } from "../protocol";
import type { Clock } from "../workerWatch";

/** Stands in for a Worker: records what the page posts and lets the test answer as the worker would. */
export class FakeWorker extends EventTarget {
  readonly posted: EngineRequest[] = [];
  terminated = false;

  postMessage(message: EngineRequest): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(event: EngineEvent): void {
    this.dispatchEvent(new MessageEvent("message", { data: event }));
  }

  /** The calls posted, without pings and cancels. */
  calls(): CallRequest[] {
    return this.posted.flatMap((message) => (message.type === "call" ? [message] : []));
  }

  lastCall<K extends CallKind>(kind: K): number {
    const found = this.calls().findLast((call) => call.kind === kind);
    if (!found) throw new Error(`no ${kind} call was posted`);
    return found.requestId;
  }
}

/** Creates FakeWorkers and remembers them, newest last. */
export function fakeWorkers() {
  const created: FakeWorker[] = [];
  return {
    created,
    create: () => {
      const worker = new FakeWorker();
      created.push(worker);
      // A FakeWorker does what the page needs of a Worker.
      return worker as unknown as Worker;
    },
    current(): FakeWorker {
      const worker = created.at(-1);
      if (!worker) throw new Error("no worker was created");
      return worker;
    },
  };
}

/** A clock that moves only when the test says, running the watch as it would have run meanwhile. */
export function manualClock() {
  let now = 0;
  const ticks = new Map<() => void, number>();
  const clock: Clock = {
    now: () => now,
    every(ms, tick) {
      ticks.set(tick, ms);
      return () => ticks.delete(tick);
    },
  };
  return {
    clock,
    /** Moves time on by `ms`, in steps of the watch's interval. */
    advance(ms: number) {
      const end = now + ms;
      while (now < end) {
        const step = Math.min(end - now, ...ticks.values(), end - now);
        now += step;
        [...ticks.keys()].forEach((tick) => tick());
      }
    },
    watching: () => ticks.size > 0,
  };
}

/** Moves time on second by second while `worker` answers every ping: alive, though its calls say nothing. */
export function passSilentSeconds(
  time: ReturnType<typeof manualClock>,
  worker: FakeWorker,
  seconds: number,
): void {
  for (let second = 0; second < seconds; second++) {
    time.advance(1_000);
    worker.reply({ type: "pong" });
  }
}

/** The EngineFailure `promise` rejects with (failing the test if it resolves). */
export async function failureOf(promise: Promise<unknown>): Promise<EngineFailure> {
  const error: unknown = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (failure: unknown) => failure,
  );
  if (!(error instanceof EngineFailure)) throw error;
  return error;
}
