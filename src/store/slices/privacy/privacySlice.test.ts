import { describe, expect, it } from "vitest";
import { createTestStore } from "../../testing/testStore";

const request = {
  at: 1,
  url: "https://sigilo.example/",
  bytes: 5,
  purpose: "app file",
  source: "page",
} as const;

describe("privacy slice", () => {
  it("loads and clears the request log", async () => {
    const { store, privacy } = await createTestStore();
    privacy.requests = [request];
    await store.getState().loadNetworkRequests();
    expect(store.getState().networkRequests).toEqual([request]);
    await store.getState().clearNetworkRequests();
    expect(store.getState().networkRequests).toEqual([]);
    expect(privacy.requests).toEqual([]);
  });

  it("reports a log that cannot be read", async () => {
    const { store, privacy } = await createTestStore();
    privacy.listNetworkRequests = async () => {
      throw new Error("IndexedDB is gone");
    };
    await store.getState().loadNetworkRequests();
    expect(store.getState().networkLogError).toBe("Could not read the request log: IndexedDB is gone");
  });

  it("erases and says what was removed, counted before erasing", async () => {
    const { store, privacy } = await createTestStore();
    await store.getState().loadConversations();
    await store.getState().loadModel("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
    await store.getState().sendMessage("Hello");
    await store.getState().eraseEverything();
    expect(privacy.eraseCalls).toBe(1);
    const erase = store.getState().erase;
    expect(erase.status).toBe("done");
    expect(erase.status === "done" && erase.removed).toEqual([
      "1 conversation and their messages",
      "Your settings",
      "Downloaded model: Qwen2.5 0.5B Instruct (f32)",
      "The log of network requests",
      "Browser databases: sigilo, webllm/model",
    ]);
  });

  it("keeps the reason when erasing fails", async () => {
    const { store, privacy } = await createTestStore();
    privacy.eraseFailure = new Error("“sigilo” is still open in another Sigilo tab.");
    await store.getState().eraseEverything();
    expect(store.getState().erase).toEqual({
      status: "failed",
      message: "“sigilo” is still open in another Sigilo tab.",
    });
  });
});
