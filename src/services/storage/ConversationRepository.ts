import type { IDBPDatabase } from "idb";
import type { Conversation, Message } from "../../domain/conversation";
import type { SigiloDB } from "./schema";
import { inTransaction } from "./transactions";
import { isConversation, isMessage, keepValid, type InvalidRecordReporter } from "./validate";
import type { RecordCodec } from "./vault/recordCodec";

export interface ConversationStore {
  /** Newest (by updatedAt) first. Unreadable records are skipped and reported. */
  listConversations(): Promise<Conversation[]>;
  /** Oldest (by createdAt) first. Unreadable records are skipped and reported. */
  getMessages(conversationId: string): Promise<Message[]>;
  saveConversation(conversation: Conversation): Promise<void>;
  /** Insert or replace; the streaming persister calls this every few hundred milliseconds. */
  saveMessage(message: Message): Promise<void>;
  /** Insert or replace several messages in one transaction: all are saved or none. */
  saveMessages(messages: readonly Message[]): Promise<void>;
  /** Removes the conversation and all its messages in one transaction. Unknown ids are not an error. */
  deleteConversation(id: string): Promise<void>;
  /** For start-up: a message still "streaming" lost its generator when the page went away. Returns how many. */
  markStreamingAsInterrupted(): Promise<number>;
}

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
  const store: ConversationStore = {
    async listConversations() {
      const stored = await db.getAllFromIndex("conversations", "byUpdatedAt");
      const decoded = await Promise.all(stored.map((record) => codec.decodeConversation(record)));
      const { valid, skipped } = keepValid(decoded, isConversation);
      if (skipped > 0) reportInvalid("conversations", skipped);
      return valid.reverse();
    },

    async getMessages(conversationId) {
      const stored = await db.getAllFromIndex(
        "messages",
        "byConversation",
        conversationRange(conversationId),
      );
      const decoded = await Promise.all(stored.map((record) => codec.decodeMessage(record)));
      const { valid, skipped } = keepValid(decoded, isMessage);
      if (skipped > 0) reportInvalid("messages", skipped);
      return valid;
    },

    async saveConversation(conversation) {
      await db.put("conversations", await codec.encodeConversation(conversation));
    },

    async saveMessage(message) {
      await db.put("messages", await codec.encodeMessage(message));
    },

    async saveMessages(messages) {
      const records = await Promise.all(messages.map((message) => codec.encodeMessage(message)));
      const tx = db.transaction("messages", "readwrite");
      await inTransaction(tx, () => Promise.all(records.map((record) => tx.store.put(record))));
    },

    async deleteConversation(id) {
      const tx = db.transaction(["conversations", "messages"], "readwrite");
      const messages = tx.objectStore("messages");
      await inTransaction(tx, async () => {
        const messageIds = await messages.index("byConversation").getAllKeys(conversationRange(id));
        await Promise.all([
          tx.objectStore("conversations").delete(id),
          ...messageIds.map((messageId) => messages.delete(messageId)),
        ]);
      });
    },

    async markStreamingAsInterrupted() {
      // No status index (the status is sealed when the lock is on): this runs once per start-up, so a full
      // scan keeps the schema small. Read, decode, then write back the few streaming ones in one transaction.
      const stored = await db.getAll("messages");
      const decoded = await Promise.all(stored.map((record) => codec.decodeMessage(record)));
      const streaming = keepValid(decoded, isMessage).valid.filter(
        (message) => message.status === "streaming",
      );
      if (streaming.length === 0) return 0;
      await store.saveMessages(streaming.map((message) => ({ ...message, status: "interrupted" as const })));
      return streaming.length;
    },
  };
  return store;
}
