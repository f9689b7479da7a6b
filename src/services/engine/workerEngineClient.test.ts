import { describe, expect, it, vi } from "vitest";
import type { LoadProgress } from "../../domain/generation";
import { catalogSources } from "./modelSources";
import { failureOf, fakeWorkers, manualClock, passSilentSeconds } from "./testing/fakeWorker";
import { DEFAULT_ENGINE_TIMEOUTS, createWorkerEngineClient } from "./workerEngineClient";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const sources = catalogSources(undefined);

function setup() {
  const engine = fakeWorkers();
  const modelStore = fakeWorkers();
  const time = manualClock();
  const client = createWorkerEngineClient({ engine: engine.create, modelStore: modelStore.create }, sources, {
    timeouts: { ...DEFAULT_ENGINE_TIMEOUTS, checkEveryMs: 1_000, loadSilenceMs: 20_000 },
    clock: time.clock,
  });
  return { client, engine, modelStore, time };
}

const progress: LoadProgress = { phase: "download", fraction: 0.5, text: "Downloading" };
const chatRequest = { modelId: "m", messages: [{ role: "user" as const, content: "hi" }] };

describe("createWorkerEngineClient", () => {
  it("asks the small model-store worker what is stored, without starting web-llm's", async () => {
    const { client, engine, modelStore } = setup();
    const listing = client.listStoredModels({ unclaimed: false });
    expect(engine.created).toHaveLength(0);
    expect(modelStore.current().calls()).toEqual([
      {
        type: "call",
        kind: "listStored",
        requestId: 1,
        params: { sources: sources.all(), unclaimed: false },
      },
    ]);
    const models = [{ modelId: MODEL, bytes: 5, complete: true, filesStored: 5, filesTotal: 5 }];
    const unclaimed = { files: 0, bytes: 0 };
    modelStore
      .current()
      .reply({ type: "reply", kind: "listStored", requestId: 1, reply: { models, unclaimed } });
    await expect(listing).resolves.toEqual({ models, unclaimed });

    void client.isCached(MODEL);
    void client.deleteCached(MODEL);
    void client.deleteUnclaimedFiles();
    void client.inspectFiles([]);
    void client.importFiles(sources.source(MODEL)!, [], () => {});
    expect(
      modelStore
        .current()
        .calls()
        .map((call) => call.kind),
    ).toEqual(["listStored", "isCached", "deleteCached", "deleteUnclaimed", "inspectFiles", "importFiles"]);
    expect(engine.created).toHaveLength(0);
  });

  it("lists, fetches and deletes an update's model libraries in the model-store worker, without starting web-llm's", async () => {
    const { client, engine, modelStore } = setup();
    const urls = ["https://host.test/v0_2_87/m.wasm"];
    const listing = client.listStoredLibraries();
    const fetching = client.fetchLibraries(urls);
    const deleting = client.deleteLibraries(urls);
    const worker = modelStore.current();
    expect(worker.calls()).toEqual([
      { type: "call", kind: "listLibraries", requestId: 1, params: {} },
      { type: "call", kind: "fetchLibraries", requestId: 2, params: { urls } },
      { type: "call", kind: "deleteLibraries", requestId: 3, params: { urls } },
    ]);
    const stored = [{ url: urls[0]!, bytes: 48 }];
    worker.reply({ type: "reply", kind: "listLibraries", requestId: 1, reply: stored });
    worker.reply({ type: "reply", kind: "fetchLibraries", requestId: 2, reply: 48 });
    worker.reply({ type: "reply", kind: "deleteLibraries", requestId: 3, reply: undefined });
    await expect(listing).resolves.toEqual(stored);
    await expect(fetching).resolves.toBe(48);
    await expect(deleting).resolves.toBeUndefined();
    expect(engine.created).toHaveLength(0);
  });

  it("starts web-llm's worker to load a model, forwarding its progress", async () => {
    const { client, engine } = setup();
    const onProgress = vi.fn();
    const loading = client.load(MODEL, onProgress);
    const worker = engine.current();
    expect(worker.calls()).toEqual([
      { type: "call", kind: "load", requestId: 1, params: { source: sources.source(MODEL) } },
    ]);
    worker.reply({ type: "progress", kind: "load", requestId: 1, progress });
    worker.reply({ type: "reply", kind: "load", requestId: 1, reply: undefined });
    await expect(loading).resolves.toBeUndefined();
    expect(onProgress).toHaveBeenCalledWith(progress);
  });

  it("does not start web-llm's worker to unload: nothing can be loaded in a worker that is not running", async () => {
    const { client, engine } = setup();
    await expect(client.unload()).resolves.toBeUndefined();
    expect(engine.created).toHaveLength(0);
    client.interrupt();
    client.cancelLoad();
    expect(engine.created).toHaveLength(0);
  });

  it("streams a chat and stops it on interrupt by cancelling exactly that call", async () => {
    const { client, engine } = setup();
    const onDelta = vi.fn();
    const chatting = client.chat(chatRequest, onDelta);
    const worker = engine.current();
    const requestId = worker.lastCall("chat");
    worker.reply({ type: "progress", kind: "chat", requestId, progress: "Hel" });
    client.interrupt();
    expect(worker.posted.at(-1)).toEqual({ type: "cancel", requestId });
    worker.reply({ type: "reply", kind: "chat", requestId, reply: { finishReason: "abort" } });
    await expect(chatting).resolves.toEqual({ finishReason: "abort" });
    expect(onDelta.mock.calls).toEqual([["Hel"]]);
  });

  describe("cancelLoad", () => {
    it("asks the engine worker to stop the load, and keeps the worker (and a loaded model)", async () => {
      const { client, engine } = setup();
      const loading = client.load(MODEL, () => {});
      const worker = engine.current();
      client.cancelLoad();
      expect(worker.posted.at(-1)).toEqual({ type: "cancel", requestId: 1 });
      expect(worker.terminated).toBe(false);
      const cancelled = {
        kind: "cancelled" as const,
        message: "load-cancelled",
        reason: { code: "load-cancelled" as const },
      };
      worker.reply({ type: "failed", requestId: 1, error: cancelled });
      expect((await failureOf(loading)).error).toEqual(cancelled);
      void client.chat(chatRequest, () => {});
      expect(engine.created).toHaveLength(1);
    });

    it("never touches an import running in the model-store worker", () => {
      const { client, engine, modelStore } = setup();
      void client.importFiles(sources.source(MODEL)!, [], () => {});
      void client.load(MODEL, () => {}).catch(() => {});
      client.cancelLoad();
      expect(modelStore.current().posted.some((message) => message.type === "cancel")).toBe(false);
      expect(engine.current().posted.at(-1)).toEqual({ type: "cancel", requestId: 1 });
    });
  });

  it("cancels an import in the model-store worker, not a load", () => {
    const { client, engine, modelStore } = setup();
    void client.load(MODEL, () => {});
    void client.importFiles(sources.source(MODEL)!, [], () => {});
    client.cancelImport();
    expect(modelStore.current().posted.at(-1)).toEqual({ type: "cancel", requestId: 1 });
    expect(engine.current().posted.some((message) => message.type === "cancel")).toBe(false);
  });

  it("fails a load that reports nothing for too long, naming the step it was in, and ends the engine", async () => {
    const { client, engine, time } = setup();
    const lost = vi.fn();
    client.onModelLost(lost);
    const loading = client.load(MODEL, () => {});
    const worker = engine.current();
    worker.reply({ type: "ready" });
    const gpu: LoadProgress = { phase: "gpu", step: "programs", fraction: 0.3, text: "" };
    worker.reply({ type: "progress", kind: "load", requestId: 1, progress: gpu });
    passSilentSeconds(time, worker, 21);
    const failure = await failureOf(loading);
    expect(failure.error).toMatchObject({
      kind: "timed-out",
      reason: { code: "load-stalled", step: "programs", seconds: 21 },
    });
    expect(worker.terminated).toBe(true);
    expect(lost).toHaveBeenCalledWith(failure.error);
  });

  it("stops a download that receives nothing for too long as a cancel would, keeping the engine", async () => {
    const { client, engine, time } = setup();
    const lost = vi.fn();
    client.onModelLost(lost);
    const loading = client.load(MODEL, () => {});
    const worker = engine.current();
    worker.reply({ type: "ready" });
    worker.reply({ type: "progress", kind: "load", requestId: 1, progress });
    passSilentSeconds(time, worker, 21);
    expect(worker.posted).toContainEqual({ type: "cancel", requestId: 1 });
    worker.reply({ type: "failed", requestId: 1, error: { kind: "cancelled", message: "load-cancelled" } });
    expect((await failureOf(loading)).error).toMatchObject({
      kind: "timed-out",
      reason: { code: "load-stalled", step: "download", seconds: 21 },
    });
    expect(worker.terminated).toBe(false);
    expect(lost).not.toHaveBeenCalled();
  });

  it("tells model-lost listeners when the GPU device is lost, until they unsubscribe", () => {
    const { client, engine } = setup();
    const listener = vi.fn();
    const unsubscribe = client.onModelLost(listener);
    void client.chat(chatRequest, () => {});
    const error = { kind: "device-lost" as const, message: "DeviceLostError: lost" };
    engine.current().reply({ type: "deviceLost", error });
    unsubscribe();
    engine.current().reply({ type: "deviceLost", error });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(error);
  });

  it("does not report a model lost when the engine worker restarts after a cancel", () => {
    const { client, engine } = setup();
    const lost = vi.fn();
    client.onModelLost(lost);
    void client.load(MODEL, () => {}).catch(() => {});
    engine.current().reply({ type: "restart" });
    expect(engine.current().terminated).toBe(true);
    expect(lost).not.toHaveBeenCalled();
  });

  it("shuts both workers down; the next calls start new ones", async () => {
    const { client, engine, modelStore } = setup();
    const loading = client.load(MODEL, () => {});
    const checking = client.isCached(MODEL);
    client.shutDown();
    expect(engine.created[0]?.terminated).toBe(true);
    expect(modelStore.created[0]?.terminated).toBe(true);
    expect((await failureOf(loading)).error).toMatchObject({
      kind: "cancelled",
      reason: { code: "engine-shut-down" },
    });
    expect((await failureOf(checking)).error.kind).toBe("cancelled");
    void client.isCached(MODEL);
    expect(modelStore.created).toHaveLength(2);
  });

  it("rejects a model the app does not know without asking a worker", async () => {
    const { client, engine, modelStore } = setup();
    await expect(client.load("no-such-model", () => {})).rejects.toMatchObject({
      error: { kind: "unknown", reason: { code: "unknown-model", modelId: "no-such-model" } },
    });
    expect(engine.created).toHaveLength(0);
    expect(modelStore.created).toHaveLength(0);
  });

  it("deletes a model's files naming every known source, so a shared library is kept", () => {
    const { client, modelStore } = setup();
    void client.deleteCached(MODEL);
    expect(modelStore.current().calls()).toEqual([
      {
        type: "call",
        kind: "deleteCached",
        requestId: 1,
        params: { source: sources.source(MODEL), otherSources: sources.all() },
      },
    ]);
  });
});
