import { describe, expect, it, vi } from "vitest";
import { createLocalSearchService } from "../../../services/search/localSearchService";
import { openConversationReader } from "../../../services/storage";
import { conversation, message } from "../../../services/storage/fixtures.testing";
import { createTestStore, settle } from "../../testing/testStore";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

/** Conversations written by an earlier session: in storage, never opened in this one. */
async function storedHistory(storage: Awaited<ReturnType<typeof createTestStore>>["storage"], count: number) {
  for (let index = 0; index < count; index++) {
    const id = `old-${index}`;
    await storage.conversations.saveConversationWithMessages(
      conversation({ id, title: `Old conversation ${index}`, updatedAt: 100 + index }),
      [message({ id: `${id}-m`, conversationId: id, createdAt: 1, content: `Filed under drawer ${index}.` })],
    );
  }
}

/** Searches once the index has read everything stored (the first search may come before that). */
async function searchWhenRead(store: Awaited<ReturnType<typeof createTestStore>>["store"], query: string) {
  await store.getState().search(query);
  await vi.waitFor(() => {
    expect(store.getState().searchPending).toBe(0);
    expect(store.getState().searchStatus).toBe("done");
  });
  return store.getState().searchHits;
}

describe("the search index", () => {
  it("reads conversations never opened from storage, and runs the shown search again once it has", async () => {
    const { store, storage } = await createTestStore();
    await storedHistory(storage, 60);
    await store.getState().loadConversations();

    const hits = await searchWhenRead(store, "drawer 7.");
    expect(hits.map((hit) => hit.messageId)).toEqual(["old-7-m"]);
    expect(store.getState().searchHits).toHaveLength(1);
  });

  it("is updated as messages are written, renamed and deleted, without being read again", async () => {
    const name = `search-updates-${Math.random()}`;
    const reads: string[] = [];
    const search = createLocalSearchService(name, async (databaseName, onClosed) => {
      const reader = await openConversationReader({ name: databaseName, onClosed });
      return { ...reader, getMessages: (id) => (reads.push(id), reader.getMessages(id)) };
    });
    const { store, engine, storage } = await createTestStore(undefined, name, { search });
    await storedHistory(storage, 3);
    await store.getState().loadConversations();
    await searchWhenRead(store, "drawer");
    // The newest conversation was opened at start-up: its messages came from memory.
    expect(reads.sort()).toEqual(["old-0", "old-1"]);

    await store.getState().loadModel(MODEL);
    engine.replyPieces = ["The ", "quartermaster ", "answers."];
    store.getState().newChat();
    await store.getState().sendMessage("echo: ask the quartermaster");
    await settle();
    // The title, the question, the reply.
    expect((await searchWhenRead(store, "quartermaster")).map((hit) => hit.role)).toEqual([
      undefined,
      "user",
      "assistant",
    ]);

    await store.getState().renameConversation("old-1", "Lighthouse log");
    expect((await searchWhenRead(store, "lighthouse")).map((hit) => hit.conversationId)).toEqual(["old-1"]);
    await store.getState().deleteConversation("old-2");
    expect((await searchWhenRead(store, "drawer")).map((hit) => hit.conversationId)).toEqual([
      "old-1",
      "old-0",
    ]);
    expect(reads).toHaveLength(2);
  });

  it("finds the newest text of a reply still being written", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.holdChat = true;
    engine.replyPieces = ["A thundering ", "reply"];
    const sending = store.getState().sendMessage("Tell me about storms");
    await vi.waitFor(() => expect(store.getState().generation.status).toBe("streaming"));
    await settle();

    expect((await searchWhenRead(store, "thundering")).map((hit) => hit.role)).toEqual(["assistant"]);
    engine.releaseChat?.();
    await sending;
  });

  it("reads again what another tab changed", async () => {
    const name = `search-tabs-${Math.random()}`;
    const here = await createTestStore(undefined, name);
    const there = await createTestStore(undefined, name);
    await storedHistory(there.storage, 2);
    await here.store.getState().loadConversations();
    expect(await searchWhenRead(here.store, "atlas")).toEqual([]);

    await there.storage.conversations.saveMessage(
      message({ id: "old-0-atlas", conversationId: "old-0", createdAt: 2, content: "See the atlas." }),
    );
    here.store.getState().invalidateSearchIndex();
    await vi.waitFor(async () =>
      expect((await searchWhenRead(here.store, "atlas")).map((hit) => hit.messageId)).toEqual([
        "old-0-atlas",
      ]),
    );
  });

  it("forgets every text when the lock closes, and reads sealed messages with the key once unlocked", async () => {
    const { store, storage, search } = await createTestStore();
    await storedHistory(storage, 2);
    await store.getState().loadConversations();
    await store.getState().enableVault("correct horse", 15);
    await searchWhenRead(store, "drawer");

    await store.getState().lockVault();
    await expect(search.search("drawer", 10)).resolves.toMatchObject({ hits: [] });

    await store.getState().unlockVault("correct horse");
    expect((await searchWhenRead(store, "drawer 1.")).map((hit) => hit.messageId)).toEqual(["old-1-m"]);
  });
});
