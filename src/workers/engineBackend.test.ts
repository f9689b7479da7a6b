import { describe, expect, it, vi } from "vitest";
import type { ChatResult } from "../domain/generation";
import type { EngineEvent } from "../services/engine/protocol";
import type { ModelSource } from "../domain/modelSource";
import { createRequestDispatcher, type EngineBackend, type RunningChat } from "./engineBackend";
import type { ModelImporter } from "./modelStore/modelImport";
import type { ModelStore } from "./modelStore/modelStore";

const stopped: ChatResult = { finishReason: "stop" };

/** A backend whose every method resolves; tests override the ones they exercise. */
function fakeBackend(overrides: Partial<EngineBackend> = {}): EngineBackend {
  return {
    load: vi.fn(async () => {}),
    chat: vi.fn(async () => stopped),
    unload: vi.fn(async () => {}),
    ...overrides,
  };
}

function fakeModelStore(overrides: Partial<ModelStore> = {}): ModelStore {
  return {
    inspect: vi.fn(async () => undefined),
    isComplete: vi.fn(async () => false),
    list: vi.fn(async () => []),
    delete: vi.fn(async () => {}),
    listUnclaimed: vi.fn(async () => ({ files: 0, bytes: 0 })),
    deleteUnclaimed: vi.fn(async () => ({ files: 0, bytes: 0 })),
    ...overrides,
  };
}

function setup(backend: EngineBackend, models = fakeModelStore()) {
  const events: EngineEvent[] = [];
  const dispatcher = createRequestDispatcher(backend, models, (event) => events.push(event));
  return { dispatcher, events };
}

const source: ModelSource = {
  modelId: "m",
  filesUrl: "https://host.test/m/resolve/main/",
  libraryUrl: "https://host.test/m.wasm",
};

const chatRequest = { modelId: "m", messages: [{ role: "user" as const, content: "Hi" }] };

describe("createRequestDispatcher", () => {
  it("answers each request with its event, under its request id", async () => {
    const backend = fakeBackend({
      load: async (_source, onProgress) => onProgress({ phase: "gpu", fraction: 1, text: "done" }),
      chat: async (_request, onDelta) => {
        onDelta("Hel");
        onDelta("lo");
        return stopped;
      },
    });
    const stored = { modelId: "m", bytes: 10, complete: true, filesStored: 5, filesTotal: 5 };
    const models = fakeModelStore({
      isComplete: async (asked) => asked.modelId === "m",
      list: async () => [stored],
      listUnclaimed: async () => ({ files: 2, bytes: 300 }),
      deleteUnclaimed: async () => ({ files: 2, bytes: 300 }),
    });
    const { dispatcher, events } = setup(backend, models);
    dispatcher.handle({ type: "load", requestId: 1, source });
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ type: "loaded", requestId: 1 }));
    dispatcher.handle({ type: "chat", requestId: 2, request: chatRequest });
    await vi.waitFor(() => expect(events.at(-1)?.type).toBe("chatDone"));
    dispatcher.handle({ type: "isCached", requestId: 3, source });
    dispatcher.handle({ type: "deleteCached", requestId: 4, source, otherSources: [source] });
    dispatcher.handle({ type: "unload", requestId: 5 });
    dispatcher.handle({ type: "listStored", requestId: 6, sources: [source], unclaimed: true });
    dispatcher.handle({ type: "deleteUnclaimed", requestId: 7, sources: [source] });
    await vi.waitFor(() => expect(events).toHaveLength(10));

    expect(events.slice(0, 5)).toEqual([
      { type: "progress", requestId: 1, progress: { phase: "gpu", fraction: 1, text: "done" } },
      { type: "loaded", requestId: 1 },
      { type: "delta", requestId: 2, text: "Hel" },
      { type: "delta", requestId: 2, text: "lo" },
      { type: "chatDone", requestId: 2, result: stopped },
    ]);
    expect(events.slice(5)).toEqual(
      expect.arrayContaining([
        { type: "cached", requestId: 3, cached: true },
        { type: "deleted", requestId: 4 },
        { type: "unloaded", requestId: 5 },
        { type: "stored", requestId: 6, models: [stored], unclaimed: { files: 2, bytes: 300 } },
        { type: "deletedUnclaimed", requestId: 7, deleted: { files: 2, bytes: 300 } },
      ]),
    );
    expect(models.delete).toHaveBeenCalledWith(source, [source]);
    expect(backend.unload).toHaveBeenCalled();
  });

  it("counts the files of the model being imported as claimed, when listing and deleting leftovers", async () => {
    const importing: ModelSource = {
      modelId: "imported-1",
      filesUrl: "https://imported.sigilo.invalid/imported-1/resolve/main/",
      libraryUrl: "https://imported.sigilo.invalid/imported-1/model-library.wasm",
    };
    const importer: ModelImporter = {
      inspect: vi.fn(),
      import: vi.fn(),
      cancel: vi.fn(),
      importing: () => importing,
    };
    const models = fakeModelStore();
    const events: EngineEvent[] = [];
    const dispatcher = createRequestDispatcher(
      fakeBackend(),
      models,
      (event) => events.push(event),
      importer,
    );
    dispatcher.handle({ type: "listStored", requestId: 1, sources: [source], unclaimed: true });
    dispatcher.handle({ type: "deleteUnclaimed", requestId: 2, sources: [source] });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(models.listUnclaimed).toHaveBeenCalledWith([source, importing]);
    expect(models.deleteUnclaimed).toHaveBeenCalledWith([source, importing]);
  });

  it("scans for unclaimed files only when asked (start-up lists models without them)", async () => {
    const events: EngineEvent[] = [];
    const models = fakeModelStore();
    const dispatcher = createRequestDispatcher(fakeBackend(), models, (event) => events.push(event));
    dispatcher.handle({ type: "listStored", requestId: 1, sources: [source], unclaimed: false });
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(models.listUnclaimed).not.toHaveBeenCalled();
    expect(events[0]).toMatchObject({ type: "stored", unclaimed: { files: 0, bytes: 0 } });
  });

  it("posts a failing request as failed, with the classified error", async () => {
    const backend = fakeBackend({
      load: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const models = fakeModelStore({
      isComplete: () => {
        // Thrown, not rejected: still the request's failure.
        throw Object.assign(new Error("no room"), { name: "QuotaExceededError" });
      },
    });
    const { dispatcher, events } = setup(backend, models);
    dispatcher.handle({ type: "load", requestId: 1, source });
    dispatcher.handle({ type: "isCached", requestId: 2, source });

    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events).toEqual(
      expect.arrayContaining([
        {
          type: "failed",
          requestId: 1,
          error: { kind: "download-failed", message: "TypeError: Failed to fetch" },
        },
        {
          type: "failed",
          requestId: 2,
          error: { kind: "quota-exceeded", message: "QuotaExceededError: no room" },
        },
      ]),
    );
  });

  it("marks every running chat interrupted and tells the backend", async () => {
    const chats: RunningChat[] = [];
    const finish: Array<() => void> = [];
    const backend = fakeBackend({
      chat: (_request, _onDelta, chat) => {
        chats.push(chat);
        return new Promise((resolve) => finish.push(() => resolve(stopped)));
      },
      interrupt: vi.fn(),
    });
    const { dispatcher, events } = setup(backend);
    dispatcher.handle({ type: "chat", requestId: 1, request: chatRequest });
    dispatcher.handle({ type: "chat", requestId: 2, request: chatRequest });
    expect(chats.map((chat) => chat.interrupted)).toEqual([false, false]);

    dispatcher.handle({ type: "interrupt" });
    expect(chats.map((chat) => chat.interrupted)).toEqual([true, true]);
    expect(backend.interrupt).toHaveBeenCalledTimes(1);

    finish.forEach((resolve) => resolve());
    await vi.waitFor(() => expect(events.map((event) => event.type)).toEqual(["chatDone", "chatDone"]));
    // A chat that starts after the interrupt is not stopped by it.
    dispatcher.handle({ type: "chat", requestId: 3, request: chatRequest });
    expect(chats[2]?.interrupted).toBe(false);
  });

  it("attributes a lost device to the request that was running, else posts it once idle", async () => {
    let rejectLoad: (error: Error) => void = () => {};
    const backend = fakeBackend({
      load: () => new Promise((_resolve, reject) => (rejectLoad = reject)),
    });
    const { dispatcher, events } = setup(backend);
    dispatcher.handle({ type: "load", requestId: 1, source });
    dispatcher.deviceLost("GPU reset");
    expect(events).toEqual([]);
    rejectLoad(new Error("OperationError: mapAsync failed"));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({
      type: "failed",
      requestId: 1,
      error: { kind: "device-lost", message: "DeviceLostError: GPU reset" },
    });

    dispatcher.deviceLost("again");
    expect(events.at(-1)).toEqual({
      type: "deviceLost",
      error: { kind: "device-lost", message: "DeviceLostError: again" },
    });
  });
});
