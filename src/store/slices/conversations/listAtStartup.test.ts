import { describe, expect, it } from "vitest";
import type { Conversation } from "../../../domain/conversation";
import { createTestStore } from "../../testing/testStore";
import { FIRST_SCREEN_ROWS } from "./conversationsSlice";

const TOTAL = FIRST_SCREEN_ROWS + 30;

function stored(index: number): Conversation {
  return {
    id: `c${index}`,
    title: `Chat ${index}`,
    titled: true,
    createdAt: index,
    updatedAt: 1_000 + index,
  };
}

/** A store over a database holding TOTAL conversations, whose full-list read waits until released. */
async function storeWithLongList() {
  const context = await createTestStore();
  const { conversations } = context.storage;
  for (let index = 0; index < TOTAL; index++) await conversations.saveConversation(stored(index));
  const listAll = conversations.listConversations.bind(conversations);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  conversations.listConversations = async () => {
    await released;
    return listAll();
  };
  return { ...context, release };
}

describe("the conversation list at start-up", () => {
  it("shows the first screen before the whole list is read, then every conversation, newest first", async () => {
    const { store, release } = await storeWithLongList();
    const loading = store.getState().loadConversations();
    await expect.poll(() => store.getState().conversationsLoaded).toBe(true);
    const firstScreen = store.getState().conversations;
    expect(firstScreen).toHaveLength(FIRST_SCREEN_ROWS);
    expect(firstScreen[0]?.id).toBe(`c${TOTAL - 1}`);

    release();
    await loading;
    const ids = store.getState().conversations.map((c) => c.id);
    expect(ids).toEqual(Array.from({ length: TOTAL }, (_, index) => `c${TOTAL - 1 - index}`));
  });

  it("keeps a rename and a delete made before the rest of the list arrived", async () => {
    const { store, release } = await storeWithLongList();
    const loading = store.getState().loadConversations();
    await expect.poll(() => store.getState().conversationsLoaded).toBe(true);
    await store.getState().renameConversation(`c${TOTAL - 2}`, "Renamed early");
    await store.getState().deleteConversation(`c${TOTAL - 3}`);

    release();
    await loading;
    const { conversations } = store.getState();
    expect(conversations).toHaveLength(TOTAL - 1);
    expect(conversations.find((c) => c.id === `c${TOTAL - 2}`)?.title).toBe("Renamed early");
    expect(conversations.some((c) => c.id === `c${TOTAL - 3}`)).toBe(false);
  });
});
