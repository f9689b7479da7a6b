import type { StoreApi } from "zustand";
import type { Message } from "../../../domain/conversation";
import type { ConversationSummary } from "../../../domain/searchIndex";
import type { AppState } from "../../appState";
import type { AppServices } from "../../services";

/** Changes in memory reach the index at most this often (a reply being written changes every frame). */
export const FOLLOW_INTERVAL_MS = 300;
/**
 * Conversations sent to the index in one message. The first send is the whole list: 10,000 conversations copied
 * to the worker in one message held the page for ~50 ms (the copy alone ~25 ms), so a long list goes a slice
 * per task, in order, and the page paints and answers input in between.
 */
export const CONVERSATIONS_PER_MESSAGE = 1000;

export interface IndexFollower {
  /** Starts the index and keeps it in step with the store from now on. Idempotent. */
  start(): void;
  /** Sends what changed since the last time, now (before a query, so it sees the newest text). */
  flush(): void;
  started(): boolean;
}

/**
 * Keeps the search index in step with the store, so it is updated as conversations and messages change rather
 * than rebuilt: the store holds every conversation's title and the messages of the conversations opened, so
 * each change is found by comparing what changed (by reference) with what was sent. Conversations never opened
 * are read from storage by the index itself; another tab's writes are announced on the tab channel and read
 * again there. Locking empties the index, since decrypted text must not outlive the key.
 */
export function followStoreWithIndex(store: StoreApi<AppState>, services: AppServices): IndexFollower {
  const { search, vault } = services;
  let running = false;
  let sentConversations = new Map<string, ConversationSummary>();
  let sentMessages = new Map<string, Map<string, Message>>();
  let conversationsChanged = false;
  const changedMessages = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Conversation changes not sent yet, oldest first: each goes in its own task (see CONVERSATIONS_PER_MESSAGE). */
  let unsent: { put: ConversationSummary[]; deleted: string[] }[] = [];
  let sendingLater: ReturnType<typeof setTimeout> | undefined;

  function cancelSendingLater(): void {
    clearTimeout(sendingLater);
    sendingLater = undefined;
  }

  function sendNextConversations(): void {
    sendingLater = undefined;
    const next = unsent.shift();
    if (next) search.conversationsChanged(next.put, next.deleted);
    if (unsent.length > 0) sendingLater = setTimeout(sendNextConversations, 0);
  }

  /** Sends every conversation change still waiting for its turn, now (a query must see every title). */
  function sendAllConversations(): void {
    cancelSendingLater();
    for (const { put, deleted } of unsent.splice(0)) search.conversationsChanged(put, deleted);
  }

  function forgetSent(): void {
    cancelSendingLater();
    unsent = [];
    sentConversations = new Map();
    sentMessages = new Map();
    conversationsChanged = true;
    changedMessages.clear();
  }

  function openIndex(): void {
    forgetSent();
    for (const id of Object.keys(store.getState().messagesByConversation)) changedMessages.add(id);
    search.open(vault.keyState().key);
  }

  function sendConversations(state: AppState): void {
    conversationsChanged = false;
    const put: ConversationSummary[] = [];
    const listed = new Map<string, ConversationSummary>();
    for (const { id, title, updatedAt } of state.conversations) {
      const sent = sentConversations.get(id);
      const summary =
        sent && sent.title === title && sent.updatedAt === updatedAt ? sent : { id, title, updatedAt };
      if (summary !== sent) put.push(summary);
      listed.set(id, summary);
    }
    const deleted = [...sentConversations.keys()].filter((id) => !listed.has(id));
    for (const id of deleted) sentMessages.delete(id);
    sentConversations = listed;
    if (put.length === 0 && deleted.length === 0) return;
    for (let start = 0; start === 0 || start < put.length; start += CONVERSATIONS_PER_MESSAGE)
      unsent.push({
        put: put.slice(start, start + CONVERSATIONS_PER_MESSAGE),
        deleted: start === 0 ? deleted : [],
      });
    // The first slice goes now; the rest follow, one per task, unless a query wants them all first.
    if (sendingLater === undefined) sendNextConversations();
  }

  function sendMessages(state: AppState, conversationId: string): void {
    const messages = state.messagesByConversation[conversationId];
    if (!messages || !sentConversations.has(conversationId)) return;
    const sent = sentMessages.get(conversationId) ?? new Map<string, Message>();
    const put = messages.filter((message) => sent.get(message.id) !== message);
    const kept = new Set(messages.map((message) => message.id));
    const deleted = [...sent.keys()].filter((id) => !kept.has(id));
    sentMessages.set(conversationId, new Map(messages.map((message) => [message.id, message])));
    if (put.length > 0 || deleted.length > 0) search.messagesChanged(conversationId, put, deleted);
  }

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    const state = store.getState();
    if (!running || state.vaultStatus === "locked") return;
    if (conversationsChanged) sendConversations(state);
    for (const id of changedMessages) sendMessages(state, id);
    changedMessages.clear();
  }

  /** Everything changed, sent now, before a query. */
  function flushAll(): void {
    flush();
    sendAllConversations();
  }

  function onStoreChange(state: AppState, previous: AppState): void {
    if (state.vaultStatus !== previous.vaultStatus) {
      if (state.vaultStatus === "locked") {
        search.close();
        forgetSent();
      } else {
        openIndex();
      }
    }
    if (state.conversations !== previous.conversations) conversationsChanged = true;
    if (state.messagesByConversation !== previous.messagesByConversation) {
      for (const id of Object.keys(state.messagesByConversation)) {
        if (state.messagesByConversation[id] !== previous.messagesByConversation[id]) changedMessages.add(id);
      }
    }
    if ((conversationsChanged || changedMessages.size > 0) && timer === undefined)
      timer = setTimeout(flush, FOLLOW_INTERVAL_MS);
  }

  return {
    start() {
      if (running) return;
      running = true;
      store.subscribe(onStoreChange);
      services.tabChannel?.subscribe((event) => {
        if (event.type === "conversations-changed")
          search.changedElsewhere(event.conversationId === undefined ? undefined : [event.conversationId]);
      });
      if (store.getState().vaultStatus !== "locked") openIndex();
      flush();
    },
    flush: flushAll,
    started: () => running,
  };
}
