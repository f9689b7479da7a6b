import { describe, expect, it } from "vitest";
import { createTestStore } from "../../testing/testStore";
import { DatabaseNotErased } from "../../../services/storage";

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
    expect(store.getState().networkLogError).toEqual({ action: "read", detail: "IndexedDB is gone" });
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
    expect(erase.status === "done" && erase.removed).toEqual({
      conversationCount: 1,
      modelNames: ["Qwen2.5 0.5B Instruct (f32)"],
      databases: ["sigilo", "webllm/model"],
      caches: [],
    });
  });

  it("keeps the reason when erasing fails", async () => {
    const { store, privacy } = await createTestStore();
    privacy.eraseFailure = new DatabaseNotErased("sigilo", "in-use");
    await store.getState().eraseEverything();
    expect(store.getState().erase).toEqual({
      status: "failed",
      failure: { kind: "database-in-use", database: "sigilo" },
    });

    privacy.eraseFailure = new DatabaseNotErased("webllm/model", "failed", "UnknownError");
    await store.getState().eraseEverything();
    expect(store.getState().erase).toEqual({
      status: "failed",
      failure: { kind: "database-not-deleted", database: "webllm/model", detail: "UnknownError" },
    });

    privacy.eraseFailure = new Error("The engine did not stop");
    await store.getState().eraseEverything();
    expect(store.getState().erase).toEqual({
      status: "failed",
      failure: { kind: "unexpected", detail: "The engine did not stop" },
    });
  });
});
