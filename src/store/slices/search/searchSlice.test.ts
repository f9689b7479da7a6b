import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

describe("search slice", () => {
  it("finds stored messages and newer text still only in memory, and skips deleted conversations", async () => {
    const { store, clock, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.replyPieces = ["The ", "harbour ", "reply"];
    await store.getState().sendMessage("echo: alpha harbour");
    clock.now += 1000;
    store.getState().newChat();
    await store.getState().sendMessage("echo: beta harbour");
    await settle();

    await store.getState().search("harbour");
    expect(store.getState().searchHits.map((hit) => hit.conversationTitle)).toEqual([
      "echo: beta harbour",
      "echo: beta harbour",
      "echo: beta harbour",
      "echo: alpha harbour",
      "echo: alpha harbour",
      "echo: alpha harbour",
    ]);

    const alpha = store.getState().conversations.find((c) => c.title === "echo: alpha harbour")!;
    await store.getState().deleteConversation(alpha.id);
    await store.getState().search("harbour");
    expect(store.getState().searchHits.every((hit) => hit.conversationId !== alpha.id)).toBe(true);
  });

  it("opening a hit opens its conversation and asks the chat to reveal the message", async () => {
    const { store, clock, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.replyPieces = ["Ask the ", "keeper."];
    await store.getState().sendMessage("echo: the lighthouse keeper");
    clock.now += 1000;
    store.getState().newChat();
    await store.getState().sendMessage("echo: something else");
    await settle();

    await store.getState().search("keeper");
    const hit = store.getState().searchHits.find((h) => h.role === "assistant")!;
    await store.getState().openSearchHit(hit);
    expect(store.getState().activeConversationId).toBe(hit.conversationId);
    expect(store.getState().revealRequest).toEqual({
      conversationId: hit.conversationId,
      messageId: hit.messageId,
      query: "keeper",
    });
    store.getState().clearSearch();
    expect(store.getState()).toMatchObject({ searchQuery: "", searchHits: [], searchStatus: "idle" });
  });
});
