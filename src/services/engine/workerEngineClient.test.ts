import { describe, expect, it, vi } from "vitest";
import type { LoadProgress } from "../../domain/generation";
import { EngineFailure } from "./EngineClient";
import type { EngineEvent, EngineRequest } from "./protocol";
import { catalogSources } from "./modelSources";
import { createWorkerEngineClient } from "./workerEngineClient";

/** Stands in for a Worker: records what the client posts and lets the test answer. */
class FakeWorker extends EventTarget {
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

  lastRequestId(): number {
    const last = this.posted.at(-1);
    if (!last || !("requestId" in last)) throw new Error("no request was posted");
    return last.requestId;
  }
}

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const sources = catalogSources(undefined);

function setup() {
  const workers: FakeWorker[] = [];
  const client = createWorkerEngineClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, sources);
  const current = () => {
    const worker = workers.at(-1);
    if (!worker) throw new Error("no worker was created");
    return worker;
  };
  return { client, workers, current };
}

async function rejection(promise: Promise<unknown>): Promise<EngineFailure> {
  const error: unknown = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (failure: unknown) => failure,
  );
  if (!(error instanceof EngineFailure)) throw error;
  return error;
}

const progress: LoadProgress = { phase: "download", fraction: 0.5, text: "Fetching param cache[1/2]" };

describe("createWorkerEngineClient", () => {
  it("creates the worker on first use, not before", () => {
    const { client, workers } = setup();
    expect(workers).toHaveLength(0);
    void client.isCached(MODEL);
    expect(workers).toHaveLength(1);
  });

  it("loads a model, forwarding progress, and resolves when the worker reports it loaded", async () => {
    const { client, current } = setup();
    const onProgress = vi.fn();
    const loading = client.load(MODEL, onProgress);
    const worker = current();
    expect(worker.posted).toEqual([{ type: "load", requestId: 1, source: sources.source(MODEL) }]);

    worker.reply({ type: "progress", requestId: 1, progress });
    worker.reply({ type: "loaded", requestId: 1 });

    await expect(loading).resolves.toBeUndefined();
    expect(onProgress).toHaveBeenCalledWith(progress);
  });

  it("gives every request its own id and routes answers by id", async () => {
    const { client, current } = setup();
    const first = client.isCached(MODEL);
    const second = client.isCached("Llama-3.2-1B-Instruct-q4f32_1-MLC");
    const worker = current();
    worker.reply({ type: "cached", requestId: 2, cached: false });
    worker.reply({ type: "cached", requestId: 1, cached: true });
    await expect(first).resolves.toBe(true);
    await expect(second).resolves.toBe(false);
  });

  it("streams chat deltas and resolves with the worker's result", async () => {
    const { client, current } = setup();
    const onDelta = vi.fn();
    const request = { modelId: "m", messages: [{ role: "user" as const, content: "hi" }] };
    const chatting = client.chat(request, onDelta);
    const worker = current();
    const requestId = worker.lastRequestId();
    expect(worker.posted[0]).toEqual({ type: "chat", requestId, request });

    worker.reply({ type: "delta", requestId, text: "Hel" });
    worker.reply({ type: "delta", requestId, text: "lo" });
    worker.reply({ type: "chatDone", requestId, result: { finishReason: "stop" } });

    await expect(chatting).resolves.toEqual({ finishReason: "stop" });
    expect(onDelta.mock.calls).toEqual([["Hel"], ["lo"]]);
  });

  it("posts interrupt; the chat resolves with whatever finish reason the worker reports", async () => {
    const { client, current } = setup();
    const chatting = client.chat({ modelId: "m", messages: [] }, () => {});
    const worker = current();
    client.interrupt();
    expect(worker.posted.at(-1)).toEqual({ type: "interrupt" });
    worker.reply({ type: "chatDone", requestId: 1, result: { finishReason: "abort" } });
    await expect(chatting).resolves.toEqual({ finishReason: "abort" });
  });

  it("rejects with the worker's classified error", async () => {
    const { client, current } = setup();
    const loading = client.load(MODEL, () => {});
    current().reply({
      type: "failed",
      requestId: 1,
      error: { kind: "download-failed", message: "TypeError: Failed to fetch" },
    });
    const failure = await rejection(loading);
    expect(failure.error).toEqual({ kind: "download-failed", message: "TypeError: Failed to fetch" });
  });

  it("answers unload, isCached and deleteCached", async () => {
    const { client, current } = setup();
    const unloading = client.unload();
    const deleting = client.deleteCached(MODEL);
    const worker = current();
    expect(worker.posted).toEqual([
      { type: "unload", requestId: 1 },
      { type: "deleteCached", requestId: 2, source: sources.source(MODEL), otherSources: sources.all() },
    ]);
    worker.reply({ type: "unloaded", requestId: 1 });
    worker.reply({ type: "deleted", requestId: 2 });
    await expect(unloading).resolves.toBeUndefined();
    await expect(deleting).resolves.toBeUndefined();
  });

  describe("cancelLoad", () => {
    it("terminates the worker, rejects the load as cancelled and starts a fresh worker", async () => {
      const { client, workers } = setup();
      const loading = client.load(MODEL, () => {});
      const [first] = workers;
      client.cancelLoad();

      expect(first?.terminated).toBe(true);
      expect(workers).toHaveLength(2);
      expect((await rejection(loading)).error).toMatchObject({
        kind: "cancelled",
        reason: { code: "load-cancelled" },
      });

      const checking = client.isCached(MODEL);
      const second = workers[1];
      expect(second?.posted).toEqual([{ type: "isCached", requestId: 2, source: sources.source(MODEL) }]);
      second?.reply({ type: "cached", requestId: 2, cached: false });
      await expect(checking).resolves.toBe(false);
    });

    it("ignores late events from the terminated worker", async () => {
      const { client, workers } = setup();
      const onProgress = vi.fn();
      const loading = client.load(MODEL, onProgress);
      client.cancelLoad();
      workers[0]?.reply({ type: "progress", requestId: 1, progress });
      expect(onProgress).not.toHaveBeenCalled();
      await rejection(loading);
    });

    it("does nothing when no load is in progress, so a loaded model survives", () => {
      const { client, workers } = setup();
      void client.isCached(MODEL);
      client.cancelLoad();
      expect(workers).toHaveLength(1);
      expect(workers[0]?.terminated).toBe(false);
    });
  });

  describe("when the worker crashes", () => {
    it("rejects every pending request with a classified error and starts a new worker on the next request", async () => {
      const { client, workers, current } = setup();
      const loading = client.load(MODEL, () => {});
      const checking = client.isCached(MODEL);
      current().dispatchEvent(new ErrorEvent("error", { message: "Uncaught DeviceLostError: GPU gone" }));

      expect((await rejection(loading)).error).toEqual({
        kind: "device-lost",
        message: "Uncaught DeviceLostError: GPU gone",
      });
      expect((await rejection(checking)).error.kind).toBe("device-lost");
      expect(workers[0]?.terminated).toBe(true);
      expect(workers).toHaveLength(1);

      void client.isCached(MODEL);
      expect(workers).toHaveLength(2);
    });

    it("explains a worker script that failed to load", async () => {
      const { client, current } = setup();
      const checking = client.isCached(MODEL);
      current().dispatchEvent(new Event("error"));
      expect((await rejection(checking)).error).toMatchObject({
        kind: "unknown",
        reason: { code: "worker-stopped" },
      });
    });
  });

  it("tells device-lost listeners until they unsubscribe", () => {
    const { client, current } = setup();
    const listener = vi.fn();
    const unsubscribe = client.onDeviceLost(listener);
    void client.isCached(MODEL);
    const error = { kind: "device-lost" as const, message: "DeviceLostError: lost" };
    current().reply({ type: "deviceLost", error });
    unsubscribe();
    current().reply({ type: "deviceLost", error });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(error);
  });
});

describe("model sources", () => {
  it("rejects a model the app does not know without asking the worker", async () => {
    const { client, workers } = setup();
    await expect(client.load("no-such-model", () => {})).rejects.toMatchObject({
      error: { kind: "unknown", reason: { code: "unknown-model", modelId: "no-such-model" } },
    });
    expect(workers).toHaveLength(0);
  });

  it("lists stored models for every catalog source", async () => {
    const { client, current } = setup();
    const listing = client.listStoredModels({ unclaimed: true });
    const worker = current();
    expect(worker.posted).toEqual([
      { type: "listStored", requestId: 1, sources: sources.all(), unclaimed: true },
    ]);
    const models = [{ modelId: MODEL, bytes: 5, complete: true, filesStored: 5, filesTotal: 5 }];
    const unclaimed = { files: 3, bytes: 12_000 };
    worker.reply({ type: "stored", requestId: 1, models, unclaimed });
    await expect(listing).resolves.toEqual({ models, unclaimed });
  });

  it("deletes the files no known model claims, sending every known source", async () => {
    const { client, current } = setup();
    const deleting = client.deleteUnclaimedFiles();
    const worker = current();
    expect(worker.posted).toEqual([{ type: "deleteUnclaimed", requestId: 1, sources: sources.all() }]);
    worker.reply({ type: "deletedUnclaimed", requestId: 1, deleted: { files: 2, bytes: 10 } });
    await expect(deleting).resolves.toEqual({ files: 2, bytes: 10 });
  });
});
