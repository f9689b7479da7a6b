import { describe, expect, it } from "vitest";
import { createTestStore } from "../../testing/testStore";
import { selectShowUnreadableNotice, selectUnreadableRecords } from "./selectors";

describe("unreadable records", () => {
  it("follows what storage could not read, each record once, and comes back after a dismissal only for new ones", async () => {
    const { store, storage } = await createTestStore();
    expect(selectShowUnreadableNotice(store.getState())).toBe(false);

    storage.unreadable.report("messages", ["m1", "m2"]);
    storage.unreadable.report("documentVectors", ["d1"]);
    storage.unreadable.report("documentContents", ["d1"]);
    expect(selectUnreadableRecords(store.getState())).toEqual({
      conversations: 0,
      messages: 2,
      documents: 1,
      settings: 0,
    });
    expect(selectShowUnreadableNotice(store.getState())).toBe(true);

    store.getState().dismissUnreadableNotice();
    storage.unreadable.report("messages", ["m1"]);
    expect(selectShowUnreadableNotice(store.getState())).toBe(false);

    storage.unreadable.report("conversations", ["c9"]);
    expect(selectShowUnreadableNotice(store.getState())).toBe(true);
    expect(selectUnreadableRecords(store.getState()).conversations).toBe(1);
  });
});
