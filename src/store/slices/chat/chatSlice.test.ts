import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { selectActiveMessages } from "../conversations/selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

async function readyStore() {
  const context = await createTestStore();
  await context.store.getState().loadModel(MODEL);
  return context;
}

describe("chat slice", () => {
  it("does not send before a model is ready", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().sendMessage("Hello");
    expect(engine.requests).toHaveLength(0);
    expect(store.getState().conversations).toHaveLength(0);
  });

  it("creates a titled conversation, streams the reply and persists both messages", async () => {
    const { store, storage } = await readyStore();
    await store.getState().sendMessage("  Plan a trip to Lisbon\nwith kids  ");
    const state = store.getState();
    expect(state.generation.status).toBe("idle");
    expect(state.conversations[0]?.title).toBe("Plan a trip to Lisbon");
    const messages = selectActiveMessages(state);
    expect(messages.map((m) => [m.role, m.content, m.status])).toEqual([
      ["user", "Plan a trip to Lisbon\nwith kids", "complete"],
      ["assistant", "Hello there!", "complete"],
    ]);
    expect(messages[1]?.stats?.decodeTokensPerSecond).toBe(20);
    await settle();
    const stored = await storage.conversations.getMessages(state.activeConversationId!);
    expect(stored.map((m) => m.content)).toEqual(["Plan a trip to Lisbon\nwith kids", "Hello there!"]);
  });

  it("sends the whole history of the open conversation", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("First");
    await store.getState().sendMessage("Second");
    expect(engine.requests[1]?.messages).toEqual([
      { role: "user", content: "First" },
      { role: "assistant", content: "Hello there!" },
      { role: "user", content: "Second" },
    ]);
    expect(store.getState().conversations).toHaveLength(1);
  });

  it("times a reasoning model's thinking, stores it, and sends the reply back without it", async () => {
    const { store, engine, storage, clock } = await readyStore();
    engine.replyPieces = ["<think>", "Counting", " letters", "</think>", "\n\nThree."];
    engine.holdChat = true;
    const sending = store.getState().sendMessage("How many r's in strawberry?");
    await settle();
    clock.now += 12_000;
    engine.releaseChat?.();
    await sending;
    const reply = selectActiveMessages(store.getState())[1]!;
    expect(reply.content).toBe("<think>Counting letters</think>\n\nThree.");
    expect(reply.thinkingSeconds).toEqual([12]);
    await settle();
    const stored = await storage.conversations.getMessages(store.getState().activeConversationId!);
    expect(stored[1]?.thinkingSeconds).toEqual([12]);

    engine.holdChat = false;
    engine.replyPieces = ["Four."];
    await store.getState().sendMessage("And in raspberry?");
    expect(engine.requests[1]?.messages[1]).toEqual({ role: "assistant", content: "Three." });
    expect(selectActiveMessages(store.getState())[3]?.thinkingSeconds).toBeUndefined();
  });

  it("keeps the partial reply when stopped", async () => {
    const { store, engine } = await readyStore();
    engine.holdChat = true;
    const sending = store.getState().sendMessage("Tell me a story");
    await settle();
    expect(store.getState().generation.status).toBe("streaming");
    expect(selectActiveMessages(store.getState())[1]?.content).toBe("Hello");
    store.getState().stopGenerating();
    engine.releaseChat?.();
    await sending;
    const reply = selectActiveMessages(store.getState())[1];
    expect(reply?.status).toBe("stopped");
    expect(reply?.content).toBe("Hello");
  });

  it("saves the reply while it streams, so a reload keeps it", async () => {
    const { store, engine, storage } = await readyStore();
    engine.holdChat = true;
    void store.getState().sendMessage("Hi");
    await settle();
    const conversationId = store.getState().activeConversationId!;
    const stored = await storage.conversations.getMessages(conversationId);
    expect(stored[1]).toMatchObject({ status: "streaming", content: "Hello" });
    expect(await storage.conversations.markStreamingAsInterrupted()).toBe(1);
    engine.releaseChat?.();
  });

  it("marks a failed reply and a lost device", async () => {
    const { store, engine } = await readyStore();
    engine.chatFailure = { kind: "device-lost", message: "DeviceLostError: gone" };
    await store.getState().sendMessage("Hi");
    const reply = selectActiveMessages(store.getState())[1];
    expect(reply).toMatchObject({ status: "error", content: "Hello", error: "DeviceLostError: gone" });
    expect(store.getState().modelLoad).toMatchObject({ status: "failed", error: { kind: "device-lost" } });
  });

  it("costs a handful of renders and writes for a long reply, not one per token", async () => {
    const { store, engine, storage } = await readyStore();
    engine.replyPieces = Array.from({ length: 2000 }, (_, i) => ` token${i}`);
    let writes = 0;
    const saveMessage = storage.conversations.saveMessage.bind(storage.conversations);
    storage.conversations.saveMessage = (message) => {
      if (message.role === "assistant") writes++;
      return saveMessage(message);
    };
    let renders = 0;
    const unsubscribe = store.subscribe(() => renders++);
    await store.getState().sendMessage("Long answer please");
    unsubscribe();
    // The placeholder, the first throttled save and the final save; the whole stream fits in one frame here.
    expect(writes).toBeLessThanOrEqual(4);
    expect(renders).toBeLessThan(20);
    expect(selectActiveMessages(store.getState())[1]?.content.split(" ").length).toBe(2001);
  });
});
