import { unwrap, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from "idb";
import type { SigiloDB } from "./schema";
import { isMessage, isRecord } from "./validate";

type UpgradeTransaction = IDBPTransaction<SigiloDB, StoreNames<SigiloDB>[], "versionchange">;
type MessagesStore = IDBPObjectStore<SigiloDB, StoreNames<SigiloDB>[], "messages", "versionchange">;

/** Version 1's message index. It is not part of the current schema type, so it is handled on the raw store. */
const V1_MESSAGE_INDEX = "conversationId";

/**
 * Brings a database from `oldVersion` to DB_VERSION, one numbered step at a time, so a fresh install and
 * an upgrade from any older version end in the same shape. Called from `upgrade()`, which must stay
 * synchronous; the returned promise covers record rewrites that continue inside the upgrade transaction.
 * Steps are never edited once shipped: a change to the schema is a new step.
 */
export function migrate(
  db: IDBPDatabase<SigiloDB>,
  oldVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  const pending: Promise<void>[] = [];

  if (oldVersion < 1) {
    db.createObjectStore("conversations", { keyPath: "id" });
    const messages = db.createObjectStore("messages", { keyPath: "id" });
    unwrap(messages).createIndex(V1_MESSAGE_INDEX, "conversationId");
  }

  if (oldVersion < 2) {
    tx.objectStore("conversations").createIndex("byUpdatedAt", "updatedAt");
    const messages = tx.objectStore("messages");
    // One compound index serves both "messages of a conversation" and "in creation order".
    const rawMessages = unwrap(messages);
    if (rawMessages.indexNames.contains(V1_MESSAGE_INDEX)) rawMessages.deleteIndex(V1_MESSAGE_INDEX);
    messages.createIndex("byConversation", ["conversationId", "createdAt"]);
    db.createObjectStore("settings");
    pending.push(backfillMessageStatus(messages));
  }

  return Promise.all(pending).then(() => undefined);
}

/** Version 1 messages had no status; every message that survived to an upgrade had finished. */
async function backfillMessageStatus(messages: MessagesStore): Promise<void> {
  // Only IndexedDB requests are awaited here: any other await would let the upgrade transaction commit.
  let cursor = await messages.openCursor();
  while (cursor) {
    const stored: unknown = cursor.value;
    if (isRecord(stored) && stored.status === undefined) {
      const upgraded = { ...stored, status: "complete" };
      // A record that is broken in other ways too is left as it is; reads skip it.
      if (isMessage(upgraded)) await cursor.update(upgraded);
    }
    cursor = await cursor.continue();
  }
}
