import { describe, expect, it, vi } from "vitest";
import type { ChatResult } from "../domain/generation";
import type { ModelSource } from "../domain/modelSource";
import type { CallKind, CallParams, CallRequest } from "../services/engine/protocol";
import { engineCalls, type EngineBackend, type RunningChat } from "./engineBackend";
import type { ModelImporter } from "./modelStore/modelImport";
import type { ModelStore } from "./modelStore/modelStore";
import { modelStoreCalls } from "./modelStoreCalls";
import type { ModelLibraries } from "./webllm/modelLibraries";
import {
  UnstoppableWorkError,
  createRequestDispatcher,
  unlessCancelled,
  type CallHandlers,
} from "./requestDispatcher";

const stopped: ChatResult = { finishReason: "stop" };

/** A backend whose every method resolves; tests override the ones they exercise. */
function fakeBackend(overrides: Partial<EngineBackend> = {}): EngineBackend {
  return {
    load: vi.fn(async () => {}),
    chat: vi.fn(async () => stopped),
    unload: vi.fn(async () => {}),
    embed: vi.fn(async () => ({ model: "m", dimensions: 0, vectors: [] })),
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

function fakeImporter(overrides: Partial<ModelImporter> = {}): ModelImporter {
  return { inspect: vi.fn(), import: vi.fn(), importing: () => undefined, ...overrides };
}

function fakeLibraries(overrides: Partial<ModelLibraries> = {}): ModelLibraries {
  return {
    list: vi.fn(async () => []),
    fetch: vi.fn(async () => 0),
    delete: vi.fn(async () => {}),
    ...overrides,
  };
}

/** The dispatcher with `handlers`, posting into a list, as a worker posts to the page. */
function setup(handlers: Partial<CallHandlers>) {
  const events: unknown[] = [];
  const dispatcher = createRequestDispatcher(handlers, { post: (event: unknown) => void events.push(event) });
  return { dispatcher, events };
}

function call<K extends CallKind>(kind: K, requestId: number, params: CallParams<K>): CallRequest<K> {
  return { type: "call", kind, requestId, params };
}

const source: ModelSource = {
  modelId: "m",
  filesUrl: "https://host.test/m/resolve/main/",
  libraryUrl: "https://host.test/m.wasm",
};

const chatRequest = { modelId: "m", messages: [{ role: "user" as const, content: "Hi" }] };

describe("createRequestDispatcher", () => {
  it("answers each call with its own reply, under its request id", async () => {
    const backend = fakeBackend({
      load: async (_source, onProgress) =>
        onProgress({ phase: "gpu", step: "programs", fraction: 1, text: "done" }),
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
    const { dispatcher, events } = setup({
      ...engineCalls(backend),
      ...modelStoreCalls(models, fakeImporter(), fakeLibraries()),
    });
    dispatcher.handle(call("load", 1, { source }));
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ type: "reply", kind: "load", requestId: 1 }));
    dispatcher.handle(call("chat", 2, { request: chatRequest }));
    await vi.waitFor(() => expect(events.at(-1)).toMatchObject({ type: "reply", kind: "chat" }));
    dispatcher.handle(call("isCached", 3, { source }));
    dispatcher.handle(call("deleteCached", 4, { source, otherSources: [source] }));
    dispatcher.handle(call("unload", 5, {}));
    dispatcher.handle(call("listStored", 6, { sources: [source], unclaimed: true }));
    dispatcher.handle(call("deleteUnclaimed", 7, { sources: [source] }));
    await vi.waitFor(() => expect(events).toHaveLength(10));

    expect(events.slice(0, 5)).toEqual([
      {
        type: "progress",
        kind: "load",
        requestId: 1,
        progress: { phase: "gpu", step: "programs", fraction: 1, text: "done" },
      },
      { type: "reply", kind: "load", requestId: 1 },
      { type: "progress", kind: "chat", requestId: 2, progress: "Hel" },
      { type: "progress", kind: "chat", requestId: 2, progress: "lo" },
      { type: "reply", kind: "chat", requestId: 2, reply: stopped },
    ]);
    expect(events.slice(5)).toEqual(
      expect.arrayContaining([
        { type: "reply", kind: "isCached", requestId: 3, reply: true },
        { type: "reply", kind: "deleteCached", requestId: 4 },
        { type: "reply", kind: "unload", requestId: 5 },
        {
          type: "reply",
          kind: "listStored",
          requestId: 6,
          reply: { models: [stored], unclaimed: { files: 2, bytes: 300 } },
        },
        { type: "reply", kind: "deleteUnclaimed", requestId: 7, reply: { files: 2, bytes: 300 } },
      ]),
    );
    expect(models.delete).toHaveBeenCalledWith(source, [source]);
    expect(backend.unload).toHaveBeenCalled();
  });

  it("leaves out a speed the engine could not measure, so stored replies hold only numbers", async () => {
    const stats = {
      promptTokens: 3,
      completionTokens: 1,
      prefillTokensPerSecond: 50,
      decodeTokensPerSecond: Number.NaN,
      timeToFirstTokenSeconds: 0.1,
    };
    const backend = fakeBackend({ chat: async () => ({ finishReason: "stop", stats }) });
    const { dispatcher, events } = setup(engineCalls(backend));
    dispatcher.handle(call("chat", 1, { request: chatRequest }));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toEqual({
      type: "reply",
      kind: "chat",
      requestId: 1,
      reply: {
        finishReason: "stop",
        stats: {
          promptTokens: 3,
          completionTokens: 1,
          prefillTokensPerSecond: 50,
          timeToFirstTokenSeconds: 0.1,
        },
      },
    });
  });

  it("fails a call its worker does not serve (the model-store worker does not load)", async () => {
    const { dispatcher, events } = setup(modelStoreCalls(fakeModelStore(), fakeImporter(), fakeLibraries()));
    dispatcher.handle(call("load", 1, { source }));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ type: "failed", requestId: 1, error: { kind: "unknown" } });
  });

  it("counts the files of the model being imported as claimed, when listing and deleting leftovers", async () => {
    const importing: ModelSource = {
      modelId: "imported-1",
      filesUrl: "https://imported.sigilo.invalid/imported-1/resolve/main/",
      libraryUrl: "https://imported.sigilo.invalid/imported-1/model-library.wasm",
    };
    const models = fakeModelStore();
    const { dispatcher, events } = setup(
      modelStoreCalls(models, fakeImporter({ importing: () => importing }), fakeLibraries()),
    );
    dispatcher.handle(call("listStored", 1, { sources: [source], unclaimed: true }));
    dispatcher.handle(call("deleteUnclaimed", 2, { sources: [source] }));
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(models.listUnclaimed).toHaveBeenCalledWith([source, importing]);
    expect(models.deleteUnclaimed).toHaveBeenCalledWith([source, importing]);
  });

  it("scans for unclaimed files only when asked (start-up lists models without them)", async () => {
    const models = fakeModelStore();
    const { dispatcher, events } = setup(modelStoreCalls(models, fakeImporter(), fakeLibraries()));
    dispatcher.handle(call("listStored", 1, { sources: [source], unclaimed: false }));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(models.listUnclaimed).not.toHaveBeenCalled();
    expect(events[0]).toMatchObject({ type: "reply", reply: { unclaimed: { files: 0, bytes: 0 } } });
  });

  it("posts a failing call as failed, with the classified error", async () => {
    const backend = fakeBackend({
      load: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    const models = fakeModelStore({
      isComplete: () => {
        // Thrown, not rejected: still the call's failure.
        throw Object.assign(new Error("no room"), { name: "QuotaExceededError" });
      },
    });
    const { dispatcher, events } = setup({
      ...engineCalls(backend),
      ...modelStoreCalls(models, fakeImporter(), fakeLibraries()),
    });
    dispatcher.handle(call("load", 1, { source }));
    dispatcher.handle(call("isCached", 2, { source }));

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

  it("answers a ping at once", () => {
    const { dispatcher, events } = setup({});
    dispatcher.handle({ type: "ping" });
    expect(events).toEqual([{ type: "pong" }]);
  });

  describe("cancel", () => {
    it("aborts exactly its own call's signal, and reports the call as cancelled whatever it failed with", async () => {
      const signals: AbortSignal[] = [];
      const backend = fakeBackend({
        load: (_source, _onProgress, signal) =>
          new Promise((_resolve, reject) => {
            signals.push(signal);
            signal.addEventListener("abort", () => reject(new TypeError("network error")));
          }),
      });
      const { dispatcher, events } = setup(engineCalls(backend));
      dispatcher.handle(call("load", 1, { source }));
      dispatcher.handle(call("load", 2, { source }));
      dispatcher.handle({ type: "cancel", requestId: 2 });
      await vi.waitFor(() => expect(events).toHaveLength(1));
      expect(signals.map((signal) => signal.aborted)).toEqual([false, true]);
      expect(events[0]).toEqual({
        type: "failed",
        requestId: 2,
        error: { kind: "cancelled", message: "Error: load-cancelled", reason: { code: "load-cancelled" } },
      });
      // A cancel for a call that has ended, or never was, changes nothing.
      dispatcher.handle({ type: "cancel", requestId: 2 });
      dispatcher.handle({ type: "cancel", requestId: 99 });
      expect(signals[0]?.aborted).toBe(false);
    });

    it("asks the page to restart the worker when the work could not be stopped", async () => {
      const backend = fakeBackend({
        load: (_source, _onProgress, signal) => unlessCancelled(new Promise<void>(() => {}), signal),
      });
      const { dispatcher, events } = setup(engineCalls(backend));
      dispatcher.handle(call("load", 1, { source }));
      dispatcher.handle({ type: "cancel", requestId: 1 });
      await vi.waitFor(() => expect(events).toHaveLength(2));
      expect(events).toEqual([
        { type: "failed", requestId: 1, error: expect.objectContaining({ kind: "cancelled" }) },
        { type: "restart" },
      ]);
    });

    it("interrupts a chat: it is marked interrupted, the backend told once, other chats go on", async () => {
      const chats: RunningChat[] = [];
      const finish: Array<() => void> = [];
      const backend = fakeBackend({
        chat: (_request, _onDelta, chat) => {
          chats.push(chat);
          return new Promise((resolve) => finish.push(() => resolve(stopped)));
        },
        interrupt: vi.fn(),
      });
      const { dispatcher, events } = setup(engineCalls(backend));
      dispatcher.handle(call("chat", 1, { request: chatRequest }));
      dispatcher.handle(call("chat", 2, { request: chatRequest }));
      expect(chats.map((chat) => chat.interrupted)).toEqual([false, false]);

      dispatcher.handle({ type: "cancel", requestId: 1 });
      expect(chats.map((chat) => chat.interrupted)).toEqual([true, false]);
      expect(backend.interrupt).toHaveBeenCalledTimes(1);

      finish.forEach((resolve) => resolve());
      await vi.waitFor(() => expect(events).toHaveLength(2));
      // A cancelled chat replies with what it produced; it does not fail.
      expect(events).toEqual([
        { type: "reply", kind: "chat", requestId: 1, reply: stopped },
        { type: "reply", kind: "chat", requestId: 2, reply: stopped },
      ]);
    });

    it("hands an import its signal", async () => {
      let importSignal: AbortSignal | undefined;
      const importer = fakeImporter({
        import: vi.fn(async (_source, _files, _onProgress, signal) => {
          importSignal = signal;
          return { ok: false as const, problem: { kind: "cancelled" as const } };
        }),
      });
      const { dispatcher } = setup(modelStoreCalls(fakeModelStore(), importer, fakeLibraries()));
      dispatcher.handle(call("importFiles", 1, { source, files: [] }));
      dispatcher.handle({ type: "cancel", requestId: 1 });
      await vi.waitFor(() => expect(importSignal?.aborted).toBe(true));
    });

    it("answers an update's library calls, handing a library fetch its signal", async () => {
      let fetchSignal: AbortSignal | undefined;
      const stored = [{ url: "https://host.test/v0_2_86/m.wasm", bytes: 48 }];
      const libraries = fakeLibraries({
        list: vi.fn(async () => stored),
        fetch: vi.fn(
          (_urls: readonly string[], signal?: AbortSignal) =>
            new Promise<number>((_resolve, reject) => {
              fetchSignal = signal;
              signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
            }),
        ),
      });
      const { dispatcher, events } = setup(modelStoreCalls(fakeModelStore(), fakeImporter(), libraries));
      const next = ["https://host.test/v0_2_87/m.wasm"];
      dispatcher.handle(call("listLibraries", 1, {}));
      dispatcher.handle(call("deleteLibraries", 2, { urls: [stored[0]!.url] }));
      dispatcher.handle(call("fetchLibraries", 3, { urls: next }));
      await vi.waitFor(() => expect(events).toHaveLength(2));
      expect(events).toEqual(
        expect.arrayContaining([
          { type: "reply", kind: "listLibraries", requestId: 1, reply: stored },
          { type: "reply", kind: "deleteLibraries", requestId: 2 },
        ]),
      );
      expect(libraries.delete).toHaveBeenCalledWith([stored[0]!.url]);
      expect(libraries.fetch).toHaveBeenCalledWith(next, expect.any(AbortSignal));

      dispatcher.handle({ type: "cancel", requestId: 3 });
      await vi.waitFor(() => expect(events).toHaveLength(3));
      expect(fetchSignal?.aborted).toBe(true);
      expect(events[2]).toMatchObject({ type: "failed", requestId: 3, error: { kind: "cancelled" } });
    });
  });

  it("attributes a lost device to the call that was running, else posts it once idle", async () => {
    let rejectLoad: (error: Error) => void = () => {};
    const backend = fakeBackend({
      load: () => new Promise((_resolve, reject) => (rejectLoad = reject)),
    });
    const { dispatcher, events } = setup(engineCalls(backend));
    dispatcher.handle(call("load", 1, { source }));
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

describe("unlessCancelled", () => {
  it("settles as the work does", async () => {
    const signal = new AbortController().signal;
    await expect(unlessCancelled(Promise.resolve(7), signal)).resolves.toBe(7);
    await expect(unlessCancelled(Promise.reject(new Error("no")), signal)).rejects.toThrow("no");
  });

  it("rejects as soon as the signal aborts, or at once if it already has", async () => {
    const controller = new AbortController();
    const waiting = unlessCancelled(new Promise(() => {}), controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(UnstoppableWorkError);
    await expect(unlessCancelled(Promise.resolve(1), controller.signal)).rejects.toBeInstanceOf(
      UnstoppableWorkError,
    );
  });
});
