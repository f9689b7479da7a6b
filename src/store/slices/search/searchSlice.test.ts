import { describe, expect, it } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { selectShownMessages } from "../messages/selectors";

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

  it("opening a hit in an older version shows that version, and saves it; a shown hit changes nothing", async () => {
    const { store, storage, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.replyPieces = ["Tides follow the moon."];
    await store.getState().sendMessage("echo: about the harbour");
    await store.getState().sendMessage("And the second question");
    const first = selectShownMessages(store.getState())[0]!.message;
    engine.replyPieces = ["Piers are built on piles."];
    await store.getState().editMessage(first.id, "echo: about the pier");
    await settle();
    const shownContents = () => selectShownMessages(store.getState()).map(({ message }) => message.content);
    expect(shownContents()).toEqual(["echo: about the pier", "Piers are built on piles."]);
    const editedLeaf = store.getState().conversations[0]!.activeLeafId;

    // "second question" is only in the older version, two messages below the edited one.
    await store.getState().search("second question");
    const hidden = store.getState().searchHits[0]!;
    await store.getState().openSearchHit(hidden);
    expect(shownContents()).toEqual([
      "echo: about the harbour",
      "Tides follow the moon.",
      "And the second question",
      "Tides follow the moon.",
    ]);
    expect(store.getState().revealRequest?.messageId).toBe(hidden.messageId);
    await settle();
    const saved = (await storage.conversations.listConversations())[0]!;
    expect(saved.activeLeafId).toBe(store.getState().conversations[0]!.activeLeafId);
    expect(saved.activeLeafId).not.toBe(editedLeaf);

    // A hit on the branch now shown leaves it as it is (its newest continuation is not forced).
    const leaf = store.getState().conversations[0]!.activeLeafId;
    await store.getState().search("harbour");
    await store.getState().openSearchHit(store.getState().searchHits.find((hit) => hit.role === "user")!);
    expect(store.getState().conversations[0]!.activeLeafId).toBe(leaf);
  });
});
