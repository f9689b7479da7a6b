/**
 * The page's side of search: tells the index what changed and asks it queries. The index lives in a worker in
 * the app (workerSearchService.ts) and in the same thread in tests (localSearchService.ts); both speak the
 * messages of protocol.ts.
 */
import type { Message } from "../../domain/conversation";
import type { ConversationSummary, SearchResult } from "../../domain/searchIndex";
import type { IndexProgress, SearchEvent, SearchRequest } from "./protocol";

export interface SearchAnswer extends SearchResult {
  progress: IndexProgress;
}

export interface SearchService {
  /** Starts the index (or gives it the lock's new key); the first call starts reading stored messages. */
  open(key: CryptoKey | undefined): void;
  /** Forgets every text (the lock closed). */
  close(): void;
  conversationsChanged(put: ConversationSummary[], deleted: string[]): void;
  messagesChanged(conversationId: string, put: Message[], deleted: string[]): void;
  /** Another tab (or an import) changed these conversations in storage; undefined: any of them. */
  changedElsewhere(conversationIds: string[] | undefined): void;
  /** Rejects when the index cannot read storage. */
  search(query: string, limit: number): Promise<SearchAnswer>;
  onProgress(listener: (progress: IndexProgress) => void): () => void;
}

/** Storage cannot be read by the index (another version of the app took the database, say). */
export class SearchUnavailable extends Error {
  constructor() {
    super("The search index cannot read the conversations.");
    this.name = "SearchUnavailable";
  }
}

/**
 * A SearchService over a channel to the index: `connect` receives the function events go to and returns the
 * one requests go to. It is called on first use, so nothing starts before search is wanted.
 */
export function createSearchService(
  databaseName: string,
  connect: (onEvent: (event: SearchEvent) => void) => (request: SearchRequest) => void,
): SearchService {
  let send: ((request: SearchRequest) => void) | undefined;
  let nextRequestId = 1;
  const waiting = new Map<number, { resolve(answer: SearchAnswer): void; reject(error: Error): void }>();
  const listeners = new Set<(progress: IndexProgress) => void>();
  let unavailable = false;

  function onEvent(event: SearchEvent): void {
    if (event.type === "results") {
      const { requestId, ...answer } = event;
      waiting.get(requestId)?.resolve(answer);
      waiting.delete(requestId);
    } else if (event.type === "progress") {
      for (const listener of listeners) listener(event.progress);
    } else {
      for (const { reject } of waiting.values()) reject(new SearchUnavailable());
      waiting.clear();
      unavailable = true;
    }
  }

  const request = (message: SearchRequest) => (send ??= connect(onEvent))(message);

  return {
    open(key) {
      unavailable = false;
      request({ type: "open", databaseName, key });
    },
    close: () => send?.({ type: "close" }),
    conversationsChanged: (put, deleted) => request({ type: "conversations", put, deleted }),
    messagesChanged: (conversationId, put, deleted) =>
      request({ type: "messages", conversationId, put, deleted }),
    changedElsewhere: (conversationIds) => request({ type: "changedElsewhere", conversationIds }),
    search(query, limit) {
      if (unavailable) return Promise.reject(new SearchUnavailable());
      const requestId = nextRequestId++;
      return new Promise((resolve, reject) => {
        waiting.set(requestId, { resolve, reject });
        request({ type: "search", requestId, query, limit });
      });
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
