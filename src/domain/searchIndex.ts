import type { Conversation, Message } from "./conversation";
import { excerpt, foldForSearch, type SearchHit } from "./search";
import { mayContain, queryTrigrams, trigramFilterOf, type TrigramFilter } from "./trigramFilter";

/** What the index needs to know about a conversation: its title and where it sits in the list. */
export type ConversationSummary = Pick<Conversation, "id" | "title" | "updatedAt">;

/** What the index keeps of a message: enough to find it and to show an excerpt. */
type IndexedMessage = Pick<Message, "id" | "role" | "createdAt" | "content"> & { folded: string };

interface IndexedConversation extends ConversationSummary {
  foldedTitle: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** False when the search stopped at the limit. */
  complete: boolean;
}

export interface SearchIndex {
  /** Adds a conversation, or takes its new title and time. */
  putConversation(summary: ConversationSummary): void;
  /** Forgets a conversation and its messages. */
  deleteConversation(id: string): void;
  /** Adds or replaces these messages of one conversation. */
  putMessages(conversationId: string, messages: readonly Message[]): void;
  /** Makes these the conversation's messages, as read from storage. */
  replaceMessages(conversationId: string, messages: readonly Message[]): void;
  deleteMessages(conversationId: string, ids: readonly string[]): void;
  hasConversation(id: string): boolean;
  /** Every conversation's id, newest first. */
  conversationIds(): Iterable<string>;
  /**
   * `query` in titles and message text, case- and accent-insensitively: conversations newest first, each
   * one's title then its messages oldest first. Stops at `limit` hits: the first screenful is all anyone reads.
   */
  search(query: string, limit: number): SearchResult;
  /** How much is indexed: conversations known, and messages held. */
  size(): { conversations: number; messages: number };
  clear(): void;
}

/**
 * An in-memory index of every conversation's title and text, kept folded (lower case, no accents) so a search
 * is a scan of plain strings. It is updated piece by piece as messages are written, never rebuilt: a reply
 * being written replaces one message; a deleted conversation drops its entry.
 */
export function createSearchIndex(): SearchIndex {
  const conversations = new Map<string, IndexedConversation>();
  /** Oldest first, as shown. */
  const messagesOf = new Map<string, IndexedMessage[]>();
  /**
   * Per conversation, which three-character sequences its messages hold: a query one of whose sequences is
   * missing skips the conversation, so a rare word is looked for in a few conversations, not in 200,000 messages.
   */
  const filters = new Map<string, TrigramFilter>();
  let messageCount = 0;
  /** Newest first; recomputed only after a conversation is added, moved or removed. */
  let order: IndexedConversation[] | undefined;

  function indexed(message: Message): IndexedMessage {
    const { id, role, createdAt, content } = message;
    return { id, role, createdAt, content, folded: foldForSearch(content) };
  }

  function setMessages(conversationId: string, list: IndexedMessage[]): void {
    messageCount += list.length - (messagesOf.get(conversationId)?.length ?? 0);
    if (list.length === 0) {
      messagesOf.delete(conversationId);
      filters.delete(conversationId);
    } else {
      messagesOf.set(conversationId, list);
      filters.set(conversationId, trigramFilterOf(list.map((message) => message.folded)));
    }
  }

  function ordered(): IndexedConversation[] {
    order ??= [...conversations.values()].sort(newestFirst);
    return order;
  }

  return {
    putConversation(summary) {
      const known = conversations.get(summary.id);
      if (known && known.title === summary.title && known.updatedAt === summary.updatedAt) return;
      const { id, title, updatedAt } = summary;
      conversations.set(id, { id, title, updatedAt, foldedTitle: foldForSearch(title) });
      if (!known || known.updatedAt !== updatedAt) order = undefined;
      else if (order) order[order.indexOf(known)] = conversations.get(id)!;
    },

    deleteConversation(id) {
      if (conversations.delete(id)) order = undefined;
      setMessages(id, []);
    },

    putMessages(conversationId, messages) {
      const list = [...(messagesOf.get(conversationId) ?? [])];
      for (const message of messages) {
        const at = list.findIndex((known) => known.id === message.id);
        if (at === -1) list.push(indexed(message));
        else if (list[at]!.content !== message.content || list[at]!.createdAt !== message.createdAt)
          list[at] = indexed(message);
      }
      setMessages(conversationId, list.sort(oldestFirst));
    },

    replaceMessages(conversationId, messages) {
      const known = new Map(messagesOf.get(conversationId)?.map((message) => [message.id, message]));
      // Text already folded is reused: re-reading a conversation (another tab changed it) folds only what changed.
      const list = messages.map((message) => {
        const previous = known.get(message.id);
        return previous?.content === message.content && previous.createdAt === message.createdAt
          ? previous
          : indexed(message);
      });
      setMessages(conversationId, list.sort(oldestFirst));
    },

    deleteMessages(conversationId, ids) {
      const gone = new Set(ids);
      const list = messagesOf.get(conversationId);
      if (list)
        setMessages(
          conversationId,
          list.filter((message) => !gone.has(message.id)),
        );
    },

    hasConversation: (id) => conversations.has(id),

    *conversationIds() {
      for (const conversation of ordered()) yield conversation.id;
    },

    search(query, limit) {
      const needle = foldForSearch(query.trim());
      const hits: SearchHit[] = [];
      if (!needle) return { hits, complete: true };
      const trigrams = queryTrigrams(needle);
      for (const conversation of ordered()) {
        const base = { conversationId: conversation.id, conversationTitle: conversation.title };
        const titleAt = conversation.foldedTitle.indexOf(needle);
        if (titleAt !== -1) {
          hits.push({ ...base, ...excerpt(conversation.title, titleAt, needle.length) });
          if (hits.length >= limit) return { hits, complete: false };
        }
        const filter = filters.get(conversation.id);
        if (filter && !mayContain(filter, trigrams)) continue;
        for (const message of messagesOf.get(conversation.id) ?? []) {
          const at = message.folded.indexOf(needle);
          if (at === -1) continue;
          hits.push({
            ...base,
            messageId: message.id,
            role: message.role,
            ...excerpt(message.content, at, needle.length),
          });
          if (hits.length >= limit) return { hits, complete: false };
        }
      }
      return { hits, complete: true };
    },

    size: () => ({ conversations: conversations.size, messages: messageCount }),

    clear() {
      conversations.clear();
      messagesOf.clear();
      filters.clear();
      messageCount = 0;
      order = undefined;
    },
  };
}

/** The sidebar's order: newest first, ties as IndexedDB's byUpdatedAt index read backwards gives them. */
function newestFirst(a: ConversationSummary, b: ConversationSummary): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** A conversation's order in storage: by createdAt, ties by id. */
function oldestFirst(a: IndexedMessage, b: IndexedMessage): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
