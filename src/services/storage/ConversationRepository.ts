import type { IDBPDatabase } from "idb";
import type { Conversation, Message } from "../../domain/conversation";
import type { SigiloDB } from "./schema";
import { inTransaction } from "./transactions";
import { createWriteQueue } from "./writeQueue";
import { keepReadable, type InvalidRecordReporter } from "./validate";
import type { RecordCodec } from "./vault/recordCodec";
import type { SealedMessageRecord } from "./vault/sealedRecords";
import { forgetRepliesInFlight, noteRepliesInFlight } from "./repliesInFlight";
import { decodeInTurns } from "./decodeInTurns";

export interface ConversationStore {
  /** Newest (by updatedAt) first. Unreadable records are skipped and reported. */
  listConversations(): Promise<Conversation[]>;
  /**
   * The `limit` newest, newest first: what the first screen of the list shows. Only those records are read and
   * decoded, so it costs the same with 10 conversations as with 10,000 (unreadable ones are skipped, reported).
   */
  listNewestConversations(limit: number): Promise<Conversation[]>;
  /** Oldest (by createdAt) first. Unreadable records are skipped and reported. */
  getMessages(conversationId: string): Promise<Message[]>;
  saveConversation(conversation: Conversation): Promise<void>;
  /** Insert or replace; the streaming persister calls this every few hundred milliseconds. */
  saveMessage(message: Message): Promise<void>;
  /** Insert or replace several messages in one transaction: all are saved or none. */
  saveMessages(messages: readonly Message[]): Promise<void>;
  /** Deletes messages and saves others (those relinked to a new parent) in one transaction: all or nothing. */
  removeMessages(ids: readonly string[], relinked: readonly Message[]): Promise<void>;
  /** The conversation and some of its messages in one transaction (a reply's start and end: one write each). */
  saveConversationWithMessages(conversation: Conversation, messages: readonly Message[]): Promise<void>;
  /** Removes the conversation and all its messages in one transaction. Unknown ids are not an error. */
  deleteConversation(id: string): Promise<void>;
  /**
   * Adds imported conversations in one transaction (all or nothing). A conversation or message whose id is
   * already stored is left as it is, so importing a file twice adds nothing the second time.
   */
  importConversations(
    conversations: readonly Conversation[],
    messages: readonly Message[],
  ): Promise<ImportCounts>;
  /** Which of these conversations, and which messages, are stored already: what an import would skip. */
  findStored(conversationIds: readonly string[]): Promise<StoredKeys>;
  /** Every stored message, in one read (the search index reads a conversation at a time instead). */
  getAllMessages(): Promise<Message[]>;
  /** For start-up: a message still "streaming" lost its generator when the page went away. Returns how many. */
  markStreamingAsInterrupted(): Promise<number>;
}

export interface StoredKeys {
  conversations: ReadonlySet<string>;
  messages: ReadonlySet<string>;
  /** For each of the asked conversations that is stored, the ids of its messages. */
  messagesOf: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface ImportCounts {
  addedConversations: number;
  addedMessages: number;
}

/** Records an import adds per step (see importConversations). */
const WRITE_BATCH = 250;

/** Every key of one conversation in the byConversation index, whatever its createdAt. */
function conversationRange(conversationId: string): IDBKeyRange {
  return IDBKeyRange.bound([conversationId, -Infinity], [conversationId, Infinity]);
}

/**
 * Records go through `codec` on the way in and out, so they are sealed while the lock is on. Encryption is
 * asynchronous and an IndexedDB transaction cannot wait for it, so records are encoded before a write
 * transaction starts and decoded after a read finishes.
 */
export function createIdbConversationStore(
  db: IDBPDatabase<SigiloDB>,
  reportInvalid: InvalidRecordReporter,
  codec: RecordCodec,
): ConversationStore {
  // A reply's first partial save must never land before its placeholder and be overwritten by it.
  const inOrder = createWriteQueue();
  /**
   * Records are sealed when a write is asked for, with the key of that moment, not when its turn in the
   * queue comes: a save asked for just before the lock comes on (the end of a reply being stopped) is
   * still stored, sealed, however busy the queue was. Its failure is seen where the write awaits it.
   */
  function encodedNow<T>(encoding: Promise<T>): Promise<T> {
    encoding.catch(() => {});
    return encoding;
  }

  /** Puts message records, and their marks as replies in flight or not (repliesInFlight.ts), in one transaction. */
  function putMessages(
    messages: readonly Message[],
    records: readonly (Message | SealedMessageRecord)[],
  ): Promise<void> {
    const tx = db.transaction(["messages", "repliesInFlight"], "readwrite");
    const messageStore = tx.objectStore("messages");
    return inTransaction(tx, async () => {
      await Promise.all([
        ...records.map((record) => messageStore.put(record)),
        ...noteRepliesInFlight(tx.objectStore("repliesInFlight"), messages),
      ]);
    });
  }

  const store: ConversationStore = {
    async listConversations() {
      const stored = await db.getAllFromIndex("conversations", "byUpdatedAt");
      const decoded = await decodeInTurns(stored, (record) => codec.decodeConversation(record));
      return keepReadable("conversations", stored, decoded, reportInvalid).reverse();
    },

    async listNewestConversations(limit) {
      const stored: unknown[] = [];
      const index = db.transaction("conversations").store.index("byUpdatedAt");
      for (
        let cursor = await index.openCursor(null, "prev");
        cursor && stored.length < limit;
        cursor = await cursor.continue()
      ) {
        stored.push(cursor.value);
      }
      const decoded = await Promise.all(stored.map((record) => codec.decodeConversation(record)));
      return keepReadable("conversations", stored, decoded, reportInvalid);
    },

    async getMessages(conversationId) {
      const stored = await db.getAllFromIndex(
        "messages",
        "byConversation",
        conversationRange(conversationId),
      );
      const decoded = await Promise.all(stored.map((record) => codec.decodeMessage(record)));
      return keepReadable("messages", stored, decoded, reportInvalid);
    },

    saveConversation(conversation) {
      const record = encodedNow(codec.encodeConversation(conversation));
      return inOrder(async () => {
        await db.put("conversations", await record);
      });
    },

    saveMessage(message) {
      return store.saveMessages([message]);
    },

    saveMessages(messages) {
      const encoded = encodedNow(Promise.all(messages.map((message) => codec.encodeMessage(message))));
      return inOrder(async () => putMessages(messages, await encoded));
    },

    removeMessages(ids, relinked) {
      const encoded = encodedNow(Promise.all(relinked.map((message) => codec.encodeMessage(message))));
      return inOrder(async () => {
        const records = await encoded;
        const tx = db.transaction(["messages", "repliesInFlight"], "readwrite");
        const messageStore = tx.objectStore("messages");
        const inFlight = tx.objectStore("repliesInFlight");
        await inTransaction(tx, () =>
          Promise.all([
            ...ids.map((id) => messageStore.delete(id)),
            ...forgetRepliesInFlight(inFlight, ids),
            ...records.map((record) => messageStore.put(record)),
            ...noteRepliesInFlight(inFlight, relinked),
          ]),
        );
      });
    },

    saveConversationWithMessages(conversation, messages) {
      const encoded = encodedNow(
        Promise.all([
          codec.encodeConversation(conversation),
          ...messages.map((message) => codec.encodeMessage(message)),
        ]),
      );
      return inOrder(async () => {
        const [conversationRecord, ...messageRecords] = await encoded;
        const tx = db.transaction(["conversations", "messages", "repliesInFlight"], "readwrite");
        const messageStore = tx.objectStore("messages");
        await inTransaction(tx, () =>
          Promise.all([
            tx.objectStore("conversations").put(conversationRecord!),
            ...messageRecords.map((record) => messageStore.put(record)),
            ...noteRepliesInFlight(tx.objectStore("repliesInFlight"), messages),
          ]),
        );
      });
    },

    deleteConversation(id) {
      return inOrder(async () => {
        const tx = db.transaction(["conversations", "messages", "repliesInFlight"], "readwrite");
        const messages = tx.objectStore("messages");
        await inTransaction(tx, async () => {
          const messageIds = await messages.index("byConversation").getAllKeys(conversationRange(id));
          await Promise.all([
            tx.objectStore("conversations").delete(id),
            ...messageIds.map((messageId) => messages.delete(messageId)),
            ...forgetRepliesInFlight(tx.objectStore("repliesInFlight"), messageIds),
          ]);
        });
      });
    },

    importConversations(conversations, messages) {
      return inOrder(async () => {
        // Sealed (when the lock is on) before the transaction: it cannot wait for encryption.
        const [conversationRecords, messageRecords] = await Promise.all([
          Promise.all(conversations.map((conversation) => codec.encodeConversation(conversation))),
          Promise.all(messages.map((message) => codec.encodeMessage(message))),
        ]);
        const tx = db.transaction(["conversations", "messages", "repliesInFlight"], "readwrite");
        const conversationStore = tx.objectStore("conversations");
        const messageStore = tx.objectStore("messages");
        return inTransaction(tx, async () => {
          const [conversationKeys, messageKeys] = await Promise.all([
            conversationStore.getAllKeys(),
            messageStore.getAllKeys(),
          ]);
          const storedConversations = new Set(conversationKeys);
          const storedMessages = new Set(messageKeys);
          const newConversations = conversationRecords.filter((c) => !storedConversations.has(c.id));
          const newMessages = messageRecords.filter((m) => !storedMessages.has(m.id));
          // A reply that was being written where it was exported is cut off here: the next start marks it so.
          const inFlight = tx.objectStore("repliesInFlight");
          const streaming = messages.filter((m) => m.status === "streaming" && !storedMessages.has(m.id));
          const adds = [
            ...newConversations.map((c) => () => conversationStore.add(c)),
            ...newMessages.map((m) => () => messageStore.add(m)),
            ...streaming.map((m) => () => inFlight.put({ id: m.id })),
          ];
          // Each add copies its record on the spot: tens of thousands in one go froze the page for seconds. In
          // batches, the page gets its turn while a batch is written, and the transaction (still one, all or
          // nothing) stays active because the next batch starts as the last one succeeds.
          for (let start = 0; start < adds.length; start += WRITE_BATCH) {
            await Promise.all(adds.slice(start, start + WRITE_BATCH).map((add) => add()));
          }
          return { addedConversations: newConversations.length, addedMessages: newMessages.length };
        });
      });
    },

    async findStored(conversationIds) {
      // Keys only: nothing is decoded, so this is as fast with the lock on as without.
      const tx = db.transaction(["conversations", "messages"]);
      const byConversation = tx.objectStore("messages").index("byConversation");
      const [conversationKeys, messageKeys] = await Promise.all([
        tx.objectStore("conversations").getAllKeys(),
        tx.objectStore("messages").getAllKeys(),
      ]);
      const conversations = new Set(conversationKeys);
      const asked = conversationIds.filter((id) => conversations.has(id));
      const perConversation = await Promise.all(
        asked.map((id) => byConversation.getAllKeys(conversationRange(id))),
      );
      await tx.done;
      return {
        conversations,
        messages: new Set(messageKeys),
        messagesOf: new Map(asked.map((id, index) => [id, new Set(perConversation[index])])),
      };
    },

    async getAllMessages() {
      const stored = await db.getAll("messages");
      const decoded = await Promise.all(stored.map((record) => codec.decodeMessage(record)));
      return keepReadable("messages", stored, decoded, reportInvalid);
    },

    async markStreamingAsInterrupted() {
      // Only the messages marked as replies in flight are read (repliesInFlight.ts): usually none.
      const marked = await db.getAllKeys("repliesInFlight");
      if (marked.length === 0) return 0;
      const tx = db.transaction("messages");
      const stored = await Promise.all(marked.map((id) => tx.store.get(id)));
      const decoded = await Promise.all(
        stored.map((record) => (record === undefined ? undefined : codec.decodeMessage(record))),
      );
      const streaming = decoded.filter((message): message is Message => message?.status === "streaming");
      // Saved with their new status, they lose their marks; so do marks of messages gone or unreadable.
      if (streaming.length > 0) {
        await store.saveMessages(
          streaming.map((message) => ({ ...message, status: "interrupted" as const })),
        );
      }
      const stale = marked.filter((_, at) => decoded[at]?.status !== "streaming");
      if (stale.length > 0) {
        await inOrder(async () => {
          const cleanup = db.transaction("repliesInFlight", "readwrite");
          await inTransaction(cleanup, () => Promise.all(forgetRepliesInFlight(cleanup.store, stale)));
        });
      }
      return streaming.length;
    },
  };
  return store;
}
