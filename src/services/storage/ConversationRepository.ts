import type { IDBPDatabase } from "idb";
import type { Conversation, Message } from "../../domain/conversation";
import type { SigiloDB } from "./schema";
import { inTransaction } from "./transactions";
import { isConversation, isMessage, keepValid, type InvalidRecordReporter } from "./validate";

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
  /** Every conversation's messages, for the search index: one read, grouped by conversation. */
  getAllMessages(): Promise<Message[]>;
  /** For start-up: a message still "streaming" lost its generator when the page went away. Returns how many. */
  markStreamingAsInterrupted(): Promise<number>;
}

export interface ImportCounts {
  addedConversations: number;
  addedMessages: number;
}

/** Every key of one conversation in the byConversation index, whatever its createdAt. */
function conversationRange(conversationId: string): IDBKeyRange {
  return IDBKeyRange.bound([conversationId, -Infinity], [conversationId, Infinity]);
}

export function createIdbConversationStore(
  db: IDBPDatabase<SigiloDB>,
  reportInvalid: InvalidRecordReporter,
): ConversationStore {
  return {
    async listConversations() {
      const stored = await db.getAllFromIndex("conversations", "byUpdatedAt");
      const { valid, skipped } = keepValid(stored, isConversation);
      if (skipped > 0) reportInvalid("conversations", skipped);
      return valid.reverse();
    },

    async getMessages(conversationId) {
      const stored = await db.getAllFromIndex(
        "messages",
        "byConversation",
        conversationRange(conversationId),
      );
      const { valid, skipped } = keepValid(stored, isMessage);
      if (skipped > 0) reportInvalid("messages", skipped);
      return valid;
    },

    async saveConversation(conversation) {
      await db.put("conversations", conversation);
    },

    async saveMessage(message) {
      await db.put("messages", message);
    },

    async saveMessages(messages) {
      const tx = db.transaction("messages", "readwrite");
      await inTransaction(tx, () => Promise.all(messages.map((message) => tx.store.put(message))));
    },

    async removeMessages(ids, relinked) {
      const tx = db.transaction("messages", "readwrite");
      await inTransaction(tx, () =>
        Promise.all([
          ...ids.map((id) => tx.store.delete(id)),
          ...relinked.map((message) => tx.store.put(message)),
        ]),
      );
    },
    async saveConversationWithMessages(conversation, messages) {
      const tx = db.transaction(["conversations", "messages"], "readwrite");
      const store = tx.objectStore("messages");
      await inTransaction(tx, () =>
        Promise.all([
          tx.objectStore("conversations").put(conversation),
          ...messages.map((message) => store.put(message)),
        ]),
      );
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

    async importConversations(conversations, messages) {
      const tx = db.transaction(["conversations", "messages"], "readwrite");
      const conversationStore = tx.objectStore("conversations");
      const messageStore = tx.objectStore("messages");
      return inTransaction(tx, async () => {
        const [conversationKeys, messageKeys] = await Promise.all([
          conversationStore.getAllKeys(),
          messageStore.getAllKeys(),
        ]);
        const storedConversations = new Set(conversationKeys);
        const storedMessages = new Set(messageKeys);
        const newConversations = conversations.filter((c) => !storedConversations.has(c.id));
        const newMessages = messages.filter((m) => !storedMessages.has(m.id));
        await Promise.all([
          ...newConversations.map((c) => conversationStore.add(c)),
          ...newMessages.map((m) => messageStore.add(m)),
        ]);
        return { addedConversations: newConversations.length, addedMessages: newMessages.length };
      });
    },

    async getAllMessages() {
      const { valid, skipped } = keepValid(await db.getAll("messages"), isMessage);
      if (skipped > 0) reportInvalid("messages", skipped);
      return valid;
    },

    async markStreamingAsInterrupted() {
      // No status index: this runs once per start-up. One getAll is a single round trip; a cursor step per
      // message made this the slowest part of start-up with a few thousand messages (bench: list 1,000).
      const tx = db.transaction("messages", "readwrite");
      return inTransaction(tx, async () => {
        const stored: unknown[] = await tx.store.getAll();
        const streaming = stored.filter(
          (record): record is Message => isMessage(record) && record.status === "streaming",
        );
        await Promise.all(streaming.map((message) => tx.store.put({ ...message, status: "interrupted" })));
        return streaming.length;
      });
    },
  };
}
