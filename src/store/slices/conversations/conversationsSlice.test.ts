import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { selectActiveMessages } from "./selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

async function storeWithTwoConversations() {
  const context = await createTestStore();
  const { store, clock } = context;
  await store.getState().loadModel(MODEL);
  await store.getState().sendMessage("Older chat");
  clock.now += 1000;
  store.getState().newChat();
  await store.getState().sendMessage("Newer chat");
  await settle();
  return context;
}

describe("conversations slice", () => {
  it("lists conversations newest first and restores them from storage", async () => {
    const { store } = await storeWithTwoConversations();
    expect(store.getState().conversations.map((c) => c.title)).toEqual(["Newer chat", "Older chat"]);
  });

  it("loads the newest conversation with its messages at start-up and counts interrupted replies", async () => {
    const name = "sigilo-conversations-startup";
    const first = await createTestStore(undefined, name);
    await first.store.getState().loadModel(MODEL);
    first.engine.holdChat = true;
    void first.store.getState().sendMessage("Interrupted by a reload");
    await settle();

    const second = await createTestStore(undefined, name);
    await second.store.getState().loadConversations();
    const state = second.store.getState();
    expect(state.interruptedAtStartup).toBe(1);
    expect(selectActiveMessages(state).map((m) => m.status)).toEqual(["complete", "interrupted"]);
    first.engine.releaseChat?.();
  });

  it("renames a conversation and persists the title", async () => {
    const { store, storage } = await storeWithTwoConversations();
    const id = store.getState().conversations[1]!.id;
    await store.getState().renameConversation(id, "  Holiday plans ");
    expect(store.getState().conversations[1]?.title).toBe("Holiday plans");
    expect((await storage.conversations.listConversations())[1]?.title).toBe("Holiday plans");
  });

  it("ignores an empty new title", async () => {
    const { store } = await storeWithTwoConversations();
    const id = store.getState().conversations[0]!.id;
    await store.getState().renameConversation(id, "   ");
    expect(store.getState().conversations[0]?.title).toBe("Newer chat");
  });

  it("deletes a conversation with its messages", async () => {
    const { store, storage } = await storeWithTwoConversations();
    const id = store.getState().activeConversationId!;
    await store.getState().deleteConversation(id);
    expect(store.getState().activeConversationId).toBeUndefined();
    expect(store.getState().conversations.map((c) => c.title)).toEqual(["Older chat"]);
    expect(await storage.conversations.getMessages(id)).toEqual([]);
  });
});
