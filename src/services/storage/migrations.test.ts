import { describe, expect, it, vi } from "vitest";
import { openStorage } from "./index";
import {
  createVersion1Database,
  createVersion2Database,
  getAllRaw,
  openRaw,
  requestResult,
  uniqueDbName,
} from "./rawIndexedDb.testing";
import { DB_VERSION } from "./schema";

interface IndexShape {
  keyPath: string | string[];
  unique: boolean;
}

/** The database's actual shape, read with the raw API so the test does not trust the code under test. */
async function describeDatabase(name: string) {
  const db = await openRaw(name);
  const stores = Array.from(db.objectStoreNames).sort();
  const tx = db.transaction(stores);
  const indexes: Record<string, Record<string, IndexShape>> = {};
  const keyPaths: Record<string, string | string[] | null> = {};
  for (const storeName of stores) {
    const store = tx.objectStore(storeName);
    keyPaths[storeName] = store.keyPath;
    indexes[storeName] = {};
    for (const indexName of Array.from(store.indexNames)) {
      const index = store.index(indexName);
      indexes[storeName][indexName] = { keyPath: index.keyPath, unique: index.unique };
    }
  }
  const version = db.version;
  db.close();
  return { version, stores, keyPaths, indexes };
}

const CURRENT_SHAPE = {
  version: 5,
  stores: [
    "conversations",
    "documentContents",
    "documentVectors",
    "documents",
    "messages",
    "repliesInFlight",
    "settings",
  ],
  keyPaths: {
    conversations: "id",
    documentContents: "id",
    documentVectors: "id",
    documents: "id",
    messages: "id",
    repliesInFlight: "id",
    settings: null,
  },
  indexes: {
    conversations: { byUpdatedAt: { keyPath: "updatedAt", unique: false } },
    documentContents: {},
    documentVectors: {},
    documents: {},
    messages: { byConversation: { keyPath: ["conversationId", "createdAt"], unique: false } },
    repliesInFlight: {},
    settings: {},
  },
};

describe("a fresh install", () => {
  it("creates the current schema", async () => {
    const name = uniqueDbName();
    const storage = await openStorage({ name });
    storage.close();

    expect(DB_VERSION).toBe(5);
    expect(await describeDatabase(name)).toEqual(CURRENT_SHAPE);
  });
});

describe("upgrading from version 1", () => {
  const v1Conversations = [
    { id: "c1", title: "Older", titled: true, createdAt: 1, updatedAt: 10 },
    { id: "c2", title: "Newer", titled: false, createdAt: 2, updatedAt: 20 },
  ];
  const v1Messages = [
    { id: "m2", conversationId: "c1", role: "assistant", content: "Hi there", createdAt: 200, modelId: "x" },
    { id: "m1", conversationId: "c1", role: "user", content: "Hello", createdAt: 100 },
    { id: "n1", conversationId: "c2", role: "user", content: "Other chat", createdAt: 150 },
    // Broken beyond a missing status: the migration must not fail on it, and reads skip it.
    { id: "broken", conversationId: "c1", role: "user", createdAt: 300 },
  ];

  async function upgradedDatabase() {
    const name = uniqueDbName();
    await createVersion1Database(name, { conversations: v1Conversations, messages: v1Messages });
    const onInvalidRecords = vi.fn();
    const storage = await openStorage({ name, onInvalidRecords });
    return { name, storage, onInvalidRecords };
  }

  it("ends in the same shape as a fresh install", async () => {
    const { name, storage } = await upgradedDatabase();
    storage.close();

    expect(await describeDatabase(name)).toEqual(CURRENT_SHAPE);
  });

  it("keeps every conversation and message, marking old messages complete and linking them in order", async () => {
    const { storage, onInvalidRecords } = await upgradedDatabase();

    expect(await storage.conversations.listConversations()).toEqual([v1Conversations[1], v1Conversations[0]]);
    expect(await storage.conversations.getMessages("c1")).toEqual([
      { ...v1Messages[1], status: "complete", parentId: null },
      { ...v1Messages[0], status: "complete", parentId: "m1" },
    ]);
    expect(await storage.conversations.getMessages("c2")).toEqual([
      { ...v1Messages[2], status: "complete", parentId: null },
    ]);
    expect(onInvalidRecords).toHaveBeenCalledWith("messages", expect.any(Array));
    storage.close();
  });

  it("leaves a record it cannot repair as it was", async () => {
    const { name, storage } = await upgradedDatabase();
    storage.close();

    const raw = await openRaw(name);
    const stored = await getAllRaw(raw, "messages");
    raw.close();
    expect(stored).toContainEqual(v1Messages[3]);
  });
});

describe("upgrading from version 2", () => {
  const v2Messages = [
    { id: "b", conversationId: "c1", role: "assistant", content: "Hi", createdAt: 20, status: "complete" },
    { id: "a", conversationId: "c1", role: "user", content: "Hello", createdAt: 10, status: "complete" },
    { id: "c", conversationId: "c1", role: "user", content: "More", createdAt: 30, status: "stopped" },
    { id: "z", conversationId: "c2", role: "user", content: "Other", createdAt: 5, status: "complete" },
    // Unreadable anyway (no status): left as it is, and not taken as anyone's parent.
    { id: "broken", conversationId: "c2", role: "user", content: "?", createdAt: 6 },
    { id: "y", conversationId: "c2", role: "assistant", content: "Yes", createdAt: 7, status: "error" },
  ];

  it("makes each message answer the one before it in its conversation, and ends in the current shape", async () => {
    const name = uniqueDbName();
    await createVersion2Database(name, { conversations: [], messages: v2Messages });
    const storage = await openStorage({ name, onInvalidRecords: vi.fn() });
    const links = async (id: string) =>
      (await storage.conversations.getMessages(id)).map((m) => [m.id, m.parentId]);
    expect(await links("c1")).toEqual([
      ["a", null],
      ["b", "a"],
      ["c", "b"],
    ]);
    expect(await links("c2")).toEqual([
      ["z", null],
      ["y", "z"],
    ]);
    storage.close();
    expect(await describeDatabase(name)).toEqual(CURRENT_SHAPE);
    const raw = await openRaw(name);
    expect(await getAllRaw(raw, "messages")).toContainEqual(v2Messages[4]);
    raw.close();
  });
});

describe("other tabs", () => {
  it("reports being blocked by an old connection, and opens once it closes", async () => {
    const name = uniqueDbName();
    await createVersion1Database(name, { conversations: [], messages: [] });
    // An old tab that does not close itself when asked to (as version 1 of the app never did).
    const oldTab = await openRaw(name, 1);

    let reportBlocked: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => (reportBlocked = resolve));
    const opening = openStorage({ name, onBlocked: reportBlocked });
    await blocked;

    oldTab.close();
    const storage = await opening;
    expect(await storage.conversations.listConversations()).toEqual([]);
    storage.close();
  });

  it("closes itself when a newer version opens in another tab", async () => {
    const name = uniqueDbName();
    const onClosed = vi.fn();
    const storage = await openStorage({ name, onClosed });

    const newerTab = await requestResult(indexedDB.open(name, DB_VERSION + 1));

    expect(newerTab.version).toBe(DB_VERSION + 1);
    expect(onClosed).toHaveBeenCalledWith("newer-version-opened");
    newerTab.close();
    await expect(storage.conversations.listConversations()).rejects.toThrow();
  });
});
