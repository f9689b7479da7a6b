/**
 * Messages between the page and the search worker. The page tells the worker what changed (it sees every
 * write as it happens) and asks queries; the worker reads, from IndexedDB itself, the messages of conversations
 * the page has not opened. Each message kind carries its own payload type.
 */
import type { Message } from "../../domain/conversation";
import type { SearchHit } from "../../domain/search";
import type { ConversationSummary } from "../../domain/searchIndex";

export type SearchRequest =
  /** Start (or go on) with the lock's key; undefined when the lock is off. */
  | { type: "open"; databaseName: string; key: CryptoKey | undefined }
  /** Forget every text and the key (the lock closed). */
  | { type: "close" }
  | { type: "conversations"; put: ConversationSummary[]; deleted: string[] }
  /** A conversation's messages as the page holds them (the newest text, possibly not saved yet). */
  | { type: "messages"; conversationId: string; put: Message[]; deleted: string[] }
  /** Another tab changed these conversations in storage (undefined: any of them). */
  | { type: "changedElsewhere"; conversationIds: string[] | undefined }
  | { type: "search"; requestId: number; query: string; limit: number };

/** How far the worker is with reading stored messages. */
export interface IndexProgress {
  /** Conversations whose messages are still to be read; searches until then may miss matches in them. */
  pending: number;
  /** Messages indexed so far. */
  messages: number;
}

export type SearchEvent =
  | { type: "results"; requestId: number; hits: SearchHit[]; complete: boolean; progress: IndexProgress }
  | { type: "progress"; progress: IndexProgress }
  /** Storage could not be read (closed by another version of the app, or the lock's key is missing). */
  | { type: "unavailable" };
