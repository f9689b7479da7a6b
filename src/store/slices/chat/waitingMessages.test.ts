import { describe, expect, it, vi } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { selectActiveMessages } from "../conversations/selectors";
import { selectSendMode } from "./selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

/** A store whose model load is held halfway through its download until `finish` is called. */
async function loadingStore() {
  const context = await createTestStore();
  context.engine.holdLoad = true;
  const loading = context.store.getState().loadModel(MODEL);
  await settle();
  const finish = async () => {
    context.engine.releaseLoad?.();
    await loading;
  };
  return { ...context, finish };
}

const shown = (state: Parameters<typeof selectActiveMessages>[0]) =>
  selectActiveMessages(state).map((message) => [message.role, message.content, message.status]);

describe("messages sent while the model loads", () => {
  it("saves the message at once and answers it as soon as the model is ready", async () => {
    const { store, engine, storage, finish } = await loadingStore();
    expect(selectSendMode(store.getState())).toBe("wait");
    await store.getState().sendMessage("Hello while loading");
    const conversationId = store.getState().activeConversationId!;
    expect(engine.requests).toHaveLength(0);
    expect(store.getState().waitingMessages).toMatchObject([{ conversationId, modelId: MODEL }]);
    await settle();
    expect((await storage.conversations.getMessages(conversationId)).map((m) => m.content)).toEqual([
      "Hello while loading",
    ]);

    await finish();
    await vi.waitFor(() => expect(shown(store.getState())).toHaveLength(2));
    await vi.waitFor(() => expect(store.getState().generation.status).toBe("idle"));
    expect(shown(store.getState())).toEqual([
      ["user", "Hello while loading", "complete"],
      ["assistant", "Hello there!", "complete"],
    ]);
    expect(engine.requests).toHaveLength(1);
    expect(store.getState().waitingMessages).toEqual([]);
  });

  it("answers a second message sent while one waits with one reply that reads both", async () => {
    const { store, engine, finish } = await loadingStore();
    await store.getState().sendMessage("First");
    await store.getState().sendMessage("Second");
    expect(store.getState().waitingMessages).toHaveLength(1);
    await finish();
    await vi.waitFor(() => expect(engine.requests).toHaveLength(1));
    await vi.waitFor(() => expect(store.getState().generation.status).toBe("idle"));
    expect(engine.requests[0]?.messages).toEqual([
      { role: "user", content: "First" },
      { role: "user", content: "Second" },
    ]);
    expect(shown(store.getState()).map(([role]) => role)).toEqual(["user", "user", "assistant"]);
  });

  it("keeps the message, not answered, when the load fails; Answer replies once a model is ready", async () => {
    const { store, engine, finish } = await loadingStore();
    engine.loadFailure = { kind: "download-failed", message: "offline" };
    await store.getState().sendMessage("Are you there?");
    const messageId = selectActiveMessages(store.getState())[0]!.id;
    await finish();
    expect(store.getState().waitingMessages).toEqual([]);
    expect(store.getState().endedWaits[messageId]).toBe("load-failed");
    expect(selectSendMode(store.getState())).toBe("none");

    engine.loadFailure = undefined;
    engine.holdLoad = false;
    await store.getState().loadModel(MODEL);
    await settle();
    expect(engine.requests).toHaveLength(0);
    await store.getState().answerMessage(messageId);
    expect(shown(store.getState())).toEqual([
      ["user", "Are you there?", "complete"],
      ["assistant", "Hello there!", "complete"],
    ]);
    expect(store.getState().endedWaits[messageId]).toBeUndefined();
    // Answered once: a second Answer finds a reply there and does nothing.
    await store.getState().answerMessage(messageId);
    expect(engine.requests).toHaveLength(1);
  });

  it("says the load was stopped when the user cancels it", async () => {
    const { store, engine, finish } = await loadingStore();
    engine.loadFailure = { kind: "cancelled", message: "cancelled" };
    await store.getState().sendMessage("Hi");
    const messageId = store.getState().waitingMessages[0]!.messageId;
    await finish();
    expect(store.getState().modelLoad.status).toBe("idle");
    expect(store.getState().endedWaits[messageId]).toBe("load-cancelled");
  });

  it("does not answer a message the user chose not to wait for, and can wait again", async () => {
    const { store, engine, finish } = await loadingStore();
    await store.getState().sendMessage("Never mind");
    const messageId = store.getState().waitingMessages[0]!.messageId;
    store.getState().stopWaiting(messageId);
    expect(store.getState().endedWaits[messageId]).toBe("declined");
    await store.getState().answerMessage(messageId);
    expect(store.getState().waitingMessages).toHaveLength(1);
    expect(store.getState().endedWaits[messageId]).toBeUndefined();
    store.getState().stopWaiting(messageId);

    await finish();
    await settle();
    expect(engine.requests).toHaveLength(0);
    expect(shown(store.getState())).toEqual([["user", "Never mind", "complete"]]);
  });

  it("still answers in its own conversation when the user opens a new chat meanwhile", async () => {
    const { store, engine, storage, finish } = await loadingStore();
    await store.getState().sendMessage("Answer me later");
    const conversationId = store.getState().activeConversationId!;
    store.getState().newChat();
    await finish();
    await vi.waitFor(() => expect(engine.requests).toHaveLength(1));
    await vi.waitFor(() => expect(store.getState().generation.status).toBe("idle"));
    expect(store.getState().activeConversationId).toBeUndefined();
    await settle();
    const stored = await storage.conversations.getMessages(conversationId);
    expect(stored.map((m) => [m.role, m.status])).toEqual([
      ["user", "complete"],
      ["assistant", "complete"],
    ]);
  });

  it("answers waiting messages of two conversations one after the other", async () => {
    const { store, engine, finish } = await loadingStore();
    await store.getState().sendMessage("In the first chat");
    store.getState().newChat();
    await store.getState().sendMessage("In the second chat");
    expect(store.getState().waitingMessages).toHaveLength(2);
    await finish();
    await vi.waitFor(() => expect(engine.requests).toHaveLength(2));
    expect(engine.requests.map((request) => request.messages.at(-1)?.content)).toEqual([
      "In the first chat",
      "In the second chat",
    ]);
  });

  it("skips a waiting message deleted meanwhile", async () => {
    const { store, engine, finish } = await loadingStore();
    await store.getState().sendMessage("Oops");
    const messageId = store.getState().waitingMessages[0]!.messageId;
    await store.getState().deleteMessage(messageId);
    await finish();
    await settle();
    expect(engine.requests).toHaveLength(0);
    expect(store.getState().waitingMessages).toEqual([]);
  });

  it("ends the wait when another tab takes the model or the lock closes", async () => {
    for (const [change, reason] of [
      [{ engineOwnership: "taken-over" as const }, "other-tab"],
      [{ vaultStatus: "locked" as const }, "locked"],
    ] as const) {
      const { store, engine, finish } = await loadingStore();
      await store.getState().sendMessage("Hi");
      const messageId = store.getState().waitingMessages[0]!.messageId;
      store.setState(change);
      expect(store.getState().endedWaits[messageId]).toBe(reason);
      expect(selectSendMode(store.getState())).toBe("none");
      await finish();
      await settle();
      expect(engine.requests).toHaveLength(0);
    }
  });
});
