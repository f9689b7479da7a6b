import { describe, expect, it } from "vitest";
import { conversation, message } from "../../../services/storage/fixtures.testing";
import { createTestStore } from "../../testing/testStore";
import { selectShownMessages } from "../messages/selectors";

/** A database holding one conversation whose two messages answer each other, the shown leaf on the loop. */
async function storeWithLoop(name: string, overrides = {}) {
  const context = await createTestStore(undefined, name, overrides);
  await context.storage.conversations.importConversations(
    [conversation({ id: "c", title: "Loop", activeLeafId: "b" })],
    [
      message({ id: "a", conversationId: "c", createdAt: 1, parentId: "b" }),
      message({ id: "b", conversationId: "c", createdAt: 2, parentId: "a", role: "assistant" }),
    ],
  );
  return context;
}

describe("reading a broken conversation", () => {
  it("repairs it, writes the repair back, and says so once", async () => {
    const name = "sigilo-integrity-read";
    const { store, storage } = await storeWithLoop(name);
    await store.getState().loadConversations();
    expect(store.getState().repairNotices).toEqual([
      {
        conversationId: "c",
        title: "Loop",
        repair: { loopsCut: 1, reattached: 0, leafReset: false, leftOut: 0 },
      },
    ]);
    expect(selectShownMessages(store.getState()).map(({ message }) => message.id)).toEqual(["a", "b"]);
    expect((await storage.conversations.getMessages("c")).map((m) => m.parentId)).toEqual([null, "a"]);

    const next = await createTestStore(undefined, name);
    await next.store.getState().loadConversations();
    expect(next.store.getState().repairNotices).toEqual([]);
  });

  it("after a start that did not finish, reopens nothing; the check repairs every conversation", async () => {
    const journal = { begin: async () => true, finishWhenSettled: () => {} };
    const { store } = await storeWithLoop("sigilo-integrity-safe", { startupJournal: journal });
    await store.getState().loadConversations();
    expect(store.getState()).toMatchObject({ safeStart: true, activeConversationId: undefined });
    expect(await store.getState().repairAllConversations()).toMatchObject({
      checked: 1,
      repaired: [{ title: "Loop", repair: { loopsCut: 1 } }],
    });
    expect(await store.getState().repairAllConversations()).toEqual({ checked: 1, repaired: [] });
  });

  it("marks the start finished even when reading fails", async () => {
    let finished = 0;
    const journal = { begin: async () => false, finishWhenSettled: () => void (finished += 1) };
    const { store, storage } = await storeWithLoop("sigilo-integrity-fail", { startupJournal: journal });
    storage.conversations.listNewestConversations = () => Promise.reject(new Error("disk gone"));
    await expect(store.getState().loadConversations()).rejects.toThrow("disk gone");
    expect(finished).toBe(1);
  });
});
