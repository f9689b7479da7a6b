import { unwrap, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from "idb";
import type { Message } from "../../domain/conversation";
import type { SigiloDB } from "./schema";
import { readMessage } from "../../domain/recordSchema";
import { isRecord } from "./validate";
import { isSealedRecord } from "./vault/sealedRecords";

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
  // Record rewrites run one after another, each seeing the records as the previous step left them.
  const rewrites: Array<() => Promise<void>> = [];

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
    rewrites.push(() => backfillMessageStatus(messages));
  }
  if (oldVersion < 3) {
    const messages = tx.objectStore("messages");
    rewrites.push(() => linkMessagesInOrder(messages));
  }
  if (oldVersion < 4) {
    // Attached documents: the library's list, the text and chunks, and the vectors, each read on its own.
    db.createObjectStore("documents", { keyPath: "id" });
    db.createObjectStore("documentContents", { keyPath: "id" });
    db.createObjectStore("documentVectors", { keyPath: "id" });
  }
  if (oldVersion < 5) {
    // Replies in flight are marked as they are written (repliesInFlight.ts); older stores had no marks.
    db.createObjectStore("repliesInFlight", { keyPath: "id" });
    if (oldVersion >= 2) rewrites.push(() => markRepliesInFlight(tx));
  }
  // The first one starts synchronously: the upgrade transaction is only sure to be active right now.
  const [first, ...rest] = rewrites;
  return rest.reduce((done, rewrite) => done.then(rewrite), first ? first() : Promise.resolve());
}

/** Version 1 messages had no status; every message that survived to an upgrade had finished. */
async function backfillMessageStatus(messages: MessagesStore): Promise<void> {
  // Only IndexedDB requests are awaited here: any other await would let the upgrade transaction commit.
  let cursor = await messages.openCursor();
  while (cursor) {
    const stored: unknown = cursor.value;
    if (isRecord(stored) && stored.status === undefined) {
      const upgraded = { ...stored, status: "complete" };
      // A record that is broken in other ways too is left as it is; reads skip it. It is judged with the
      // parentId step 3 adds, as the record schema checks the current shape; step 3 then writes the real one.
      if (readMessage({ parentId: null, ...upgraded })) await cursor.update(upgraded as Message);
    }
    cursor = await cursor.continue();
  }
}

/**
 * Version 3 turns each conversation into a tree (edits and regenerations become branches): a message
 * from before then answers the one created just before it in its conversation, the first one nothing.
 */
async function linkMessagesInOrder(messages: MessagesStore): Promise<void> {
  let previous: { conversationId: string; id: string } | undefined;
  // The index yields one conversation's messages after another, each in creation order.
  let cursor = await messages.index("byConversation").openCursor();
  while (cursor) {
    let current: unknown = cursor.value;
    if (isRecord(current) && current.parentId === undefined) {
      const parentId = previous && previous.conversationId === current.conversationId ? previous.id : null;
      const upgraded = { ...current, parentId };
      if (readMessage(upgraded)) {
        await cursor.update(upgraded as Message);
        current = upgraded;
      }
    }
    const read = readMessage(current);
    if (read) previous = { conversationId: read.conversationId, id: read.id };
    cursor = await cursor.continue();
  }
}

/**
 * Until version 5 start-up found replies cut off by a closed tab by reading the messages of conversations updated
 * since its last look (the `streamingCheckedFrom` setting; every message without one). Version 5 reads only the
 * messages marked as in flight, so the same messages are marked once here: those stored as "streaming", and the
 * sealed ones, whose status cannot be read without the key (the next start opens them and drops the marks of
 * those that finished). A version 1 database has no setting and no streaming reply (step 2 marks them complete).
 */
async function markRepliesInFlight(tx: UpgradeTransaction): Promise<void> {
  const settings = tx.objectStore("settings");
  const inFlight = tx.objectStore("repliesInFlight");
  const messages = tx.objectStore("messages");
  const checkedFrom: unknown = await settings.get(STREAMING_CHECKED_FROM);
  const mark = async (record: unknown) => {
    if (
      isRecord(record) &&
      typeof record.id === "string" &&
      (record.status === "streaming" || isSealedRecord(record))
    )
      await inFlight.put({ id: record.id });
  };
  if (typeof checkedFrom === "number" && !Number.isNaN(checkedFrom)) {
    const updated = await tx
      .objectStore("conversations")
      .index("byUpdatedAt")
      .getAllKeys(IDBKeyRange.lowerBound(checkedFrom));
    for (const conversationId of updated) {
      const range = IDBKeyRange.bound([conversationId, -Infinity], [conversationId, Infinity]);
      for (const record of await messages.index("byConversation").getAll(range)) await mark(record);
    }
  } else {
    for (let cursor = await messages.openCursor(); cursor; cursor = await cursor.continue())
      await mark(cursor.value);
  }
  await settings.delete(STREAMING_CHECKED_FROM);
}

/** Version 2 to 4's setting for markRepliesInFlight: the update time from which messages were read. */
const STREAMING_CHECKED_FROM = "streamingCheckedFrom";
