/**
 * The search worker's work, apart from the worker itself (so tests run it in-thread): an index of every
 * conversation, fed by the page with what it holds in memory and, for the rest, by reading storage in the
 * background, newest conversations first, a batch at a time so queries are answered in between.
 */
import { createSearchIndex } from "../../domain/searchIndex";
import type { ConversationReader } from "../../services/storage";
import type { IndexProgress, SearchEvent, SearchRequest } from "../../services/search/protocol";

/** Conversations read from storage side by side: enough to keep IndexedDB busy, few enough to answer queries. */
const READ_BATCH = 40;
/** Progress is reported at most this often while reading. */
const PROGRESS_INTERVAL_MS = 250;

export interface SearchWorkerDependencies {
  openReader(databaseName: string, onClosed: () => void): Promise<ConversationReader>;
  emit(event: SearchEvent): void;
  now(): number;
}

export function createSearchWorkerCore({ openReader, emit, now }: SearchWorkerDependencies) {
  const index = createSearchIndex();
  /** Conversations whose messages the page sends: storage is never read for them (the page's copy is newer). */
  const fromPage = new Set<string>();
  /** Conversations whose messages are to be read from storage. */
  const toRead = new Set<string>();
  /** Conversations that could not be read (sealed, and no key yet): read again when a key comes. */
  const unreadable = new Set<string>();
  let reader: Promise<ConversationReader | undefined> | undefined;
  let key: CryptoKey | undefined;
  let reading = false;
  /** Conversations being read right now: still pending for a search. */
  let inFlight = 0;
  /** Bumped when everything is forgotten, so a read in flight does not put back what was cleared. */
  let epoch = 0;
  let lastProgressAt = -Infinity;

  const progress = (): IndexProgress => ({
    pending: toRead.size + inFlight,
    messages: index.size().messages,
  });

  function open(databaseName: string, nextKey: CryptoKey | undefined): void {
    key = nextKey;
    reader ??= openReader(databaseName, () => {
      // The database went away (erased, or taken by a newer version of the app): so does what was read from it.
      close();
      emit({ type: "unavailable" });
    }).catch(() => {
      reader = undefined;
      emit({ type: "unavailable" });
      return undefined;
    });
    for (const id of unreadable) toRead.add(id);
    unreadable.clear();
    void readStored();
  }

  function close(): void {
    epoch += 1;
    index.clear();
    fromPage.clear();
    toRead.clear();
    unreadable.clear();
    key = undefined;
    const closing = reader;
    reader = undefined;
    void closing?.then((opened) => opened?.close());
  }

  /** The conversations to read next: the newest first, so recent ones are searchable soonest. */
  function nextBatch(): string[] {
    const batch: string[] = [];
    for (const id of index.conversationIds()) {
      if (toRead.has(id)) batch.push(id);
      if (batch.length === READ_BATCH) break;
    }
    for (const id of batch) toRead.delete(id);
    return batch;
  }

  async function readStored(): Promise<void> {
    if (reading) return;
    reading = true;
    const startedIn = epoch;
    try {
      const opened = await reader;
      while (opened && toRead.size > 0 && startedIn === epoch) {
        opened.setKey(key);
        const batch = nextBatch();
        inFlight = batch.length;
        const read = await Promise.allSettled(batch.map((id) => opened.getMessages(id)));
        inFlight = 0;
        if (startedIn !== epoch) return;
        read.forEach((result, at) => {
          const id = batch[at]!;
          if (fromPage.has(id) || !index.hasConversation(id)) return;
          if (result.status === "fulfilled") index.replaceMessages(id, result.value);
          else unreadable.add(id);
        });
        reportProgress(toRead.size === 0);
      }
    } finally {
      reading = false;
      // Everything was forgotten and opened again meanwhile: the new reading starts now.
      if (startedIn !== epoch) void readStored();
    }
  }

  function reportProgress(force: boolean): void {
    if (!force && now() - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastProgressAt = now();
    emit({ type: "progress", progress: progress() });
  }

  function handle(request: SearchRequest): void {
    switch (request.type) {
      case "open":
        return open(request.databaseName, request.key);
      case "close":
        return close();
      case "conversations":
        for (const summary of request.put) {
          if (!index.hasConversation(summary.id) && !fromPage.has(summary.id)) toRead.add(summary.id);
          index.putConversation(summary);
        }
        for (const id of request.deleted) {
          index.deleteConversation(id);
          fromPage.delete(id);
          toRead.delete(id);
          unreadable.delete(id);
        }
        return void readStored();
      case "messages":
        fromPage.add(request.conversationId);
        toRead.delete(request.conversationId);
        index.putMessages(request.conversationId, request.put);
        index.deleteMessages(request.conversationId, request.deleted);
        return;
      case "changedElsewhere":
        for (const id of request.conversationIds ?? index.conversationIds()) {
          if (index.hasConversation(id) && !fromPage.has(id)) toRead.add(id);
        }
        return void readStored();
      case "search": {
        const { hits, complete } = index.search(request.query, request.limit);
        return emit({ type: "results", requestId: request.requestId, hits, complete, progress: progress() });
      }
    }
  }

  return { handle };
}
