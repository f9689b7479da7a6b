import { describe, expect, it, vi } from "vitest";
import type { ChatResult } from "../domain/generation";
import type { EngineEvent } from "../services/engine/protocol";
import { createRequestDispatcher, type EngineBackend, type RunningChat } from "./engineBackend";

const stopped: ChatResult = { finishReason: "stop" };

/** A backend whose every method resolves; tests override the ones they exercise. */
function fakeBackend(overrides: Partial<EngineBackend> = {}): EngineBackend {
  return {
    load: vi.fn(async () => {}),
    chat: vi.fn(async () => stopped),
    unload: vi.fn(async () => {}),
    isCached: vi.fn(async () => false),
    deleteCached: vi.fn(async () => {}),
    ...overrides,
  };
}

function setup(backend: EngineBackend) {
  const events: EngineEvent[] = [];
  const dispatcher = createRequestDispatcher(backend, (event) => events.push(event));
  return { dispatcher, events };
}

const chatRequest = { modelId: "m", messages: [{ role: "user" as const, content: "Hi" }] };

describe("createRequestDispatcher", () => {
  it("answers each request with its event, under its request id", async () => {
    const backend = fakeBackend({
      load: async (_modelId, onProgress) => onProgress({ phase: "gpu", fraction: 1, text: "done" }),
      chat: async (_request, onDelta) => {
        onDelta("Hel");
        onDelta("lo");
        return stopped;
      },
      isCached: async (modelId) => modelId === "m",
    });
    const { dispatcher, events } = setup(backend);
    dispatcher.handle({ type: "load", requestId: 1, modelId: "m" });
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ type: "loaded", requestId: 1 }));
    dispatcher.handle({ type: "chat", requestId: 2, request: chatRequest });
    await vi.waitFor(() => expect(events.at(-1)?.type).toBe("chatDone"));
    dispatcher.handle({ type: "isCached", requestId: 3, modelId: "m" });
    dispatcher.handle({ type: "deleteCached", requestId: 4, modelId: "m" });
    dispatcher.handle({ type: "unload", requestId: 5 });
    await vi.waitFor(() => expect(events).toHaveLength(8));

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
      ]),
    );
    expect(backend.deleteCached).toHaveBeenCalledWith("m");
    expect(backend.unload).toHaveBeenCalled();
  });

  it("posts a failing request as failed, with the classified error", async () => {
    const backend = fakeBackend({
      load: async () => {
        throw new TypeError("Failed to fetch");
      },
      isCached: () => {
        // Thrown, not rejected: still the request's failure.
        throw Object.assign(new Error("no room"), { name: "QuotaExceededError" });
      },
    });
    const { dispatcher, events } = setup(backend);
    dispatcher.handle({ type: "load", requestId: 1, modelId: "m" });
    dispatcher.handle({ type: "isCached", requestId: 2, modelId: "m" });

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
    dispatcher.handle({ type: "load", requestId: 1, modelId: "m" });
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
