import type { StateCreator } from "zustand";
import type { Message } from "../../../domain/conversation";
import { searchConversations, type SearchHit } from "../../../domain/search";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/** Most hits shown for one query. */
export const SEARCH_LIMIT = 50;

export type SearchStatus = "idle" | "searching" | "done" | "failed";

export interface SearchSlice {
  searchQuery: string;
  searchStatus: SearchStatus;
  searchHits: SearchHit[];
  /** False when the search stopped at SEARCH_LIMIT hits. */
  searchComplete: boolean;
  /** A message the chat should scroll to and highlight, set when a hit is opened. */
  revealRequest: { conversationId: string; messageId: string; query: string } | undefined;
  /** Starts reading the index before the first keystroke (the search box got focus). */
  prepareSearch(): void;
  search(query: string): Promise<void>;
  clearSearch(): void;
  openSearchHit(hit: SearchHit): Promise<void>;
  messageRevealed(): void;
  /** Stored conversations changed behind the store's back (an import): the next search re-reads them. */
  invalidateSearchIndex(): void;
}

/**
 * Search reads every stored message once, when a search starts, into an in-memory index that lives only while
 * the search box has a query. Messages already in memory (open conversations, a reply being written) are newer
 * than that copy and win; conversations deleted since are skipped because only listed ones are searched.
 */
export const createSearchSlice =
  (services: AppServices): StateCreator<AppState, [], [], SearchSlice> =>
  (set, get) => {
    let index: Promise<Map<string, Message[]>> | undefined;
    let latestQuery = 0;

    function readIndex(): Promise<Map<string, Message[]>> {
      index ??= services.conversations.getAllMessages().then((messages) => {
        const byConversation = new Map<string, Message[]>();
        for (const message of messages) {
          const list = byConversation.get(message.conversationId);
          if (list) list.push(message);
          else byConversation.set(message.conversationId, [message]);
        }
        for (const list of byConversation.values()) list.sort((a, b) => a.createdAt - b.createdAt);
        return byConversation;
      });
      return index;
    }

    return {
      searchQuery: "",
      searchStatus: "idle",
      searchHits: [],
      searchComplete: true,
      revealRequest: undefined,

      prepareSearch() {
        readIndex().catch(() => (index = undefined));
      },

      async search(query) {
        const queryNumber = ++latestQuery;
        if (!query.trim()) {
          set({ searchQuery: query, searchStatus: "idle", searchHits: [], searchComplete: true });
          return;
        }
        set({ searchQuery: query, searchStatus: "searching" });
        let stored;
        try {
          stored = await readIndex();
        } catch (error) {
          index = undefined;
          if (queryNumber === latestQuery) set({ searchStatus: "failed" });
          get().reportStorageError(error);
          return;
        }
        if (queryNumber !== latestQuery) return;
        const { conversations, messagesByConversation } = get();
        const { hits, complete } = searchConversations(
          conversations,
          (id) => messagesByConversation[id] ?? stored.get(id) ?? [],
          query,
          SEARCH_LIMIT,
        );
        set({ searchStatus: "done", searchHits: hits, searchComplete: complete });
      },

      clearSearch() {
        latestQuery += 1;
        index = undefined;
        set({ searchQuery: "", searchStatus: "idle", searchHits: [], searchComplete: true });
      },

      async openSearchHit(hit) {
        await get().openConversation(hit.conversationId);
        if (hit.messageId) {
          // A match in an older version (an edit or a regeneration replaced it) is revealed on its branch.
          get().showBranchOf(hit.messageId);
          set({
            revealRequest: {
              conversationId: hit.conversationId,
              messageId: hit.messageId,
              query: get().searchQuery,
            },
          });
        }
      },

      messageRevealed() {
        set({ revealRequest: undefined });
      },

      invalidateSearchIndex() {
        index = undefined;
      },
    };
  };
