import type { StateCreator } from "zustand";
import type { SearchHit } from "../../../domain/search";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { followStoreWithIndex, type IndexFollower } from "./indexFollower";

/** Most hits shown for one query. */
export const SEARCH_LIMIT = 50;

export type SearchStatus = "idle" | "searching" | "done" | "failed";

export interface SearchSlice {
  searchQuery: string;
  searchStatus: SearchStatus;
  searchHits: SearchHit[];
  /** False when the search stopped at SEARCH_LIMIT hits. */
  searchComplete: boolean;
  /**
   * Conversations whose stored messages the index has still to read (a long history takes a few seconds after
   * start-up): until it is 0, a search may miss matches in them. The shown search is run again when it is.
   */
  searchPending: number;
  /** A message the chat should scroll to and highlight, set when a hit is opened. */
  revealRequest: { conversationId: string; messageId: string; query: string } | undefined;
  /**
   * Starts the index now rather than when the app is idle (the search box got focus); the app calls it once
   * start-up is over too, so the first search rarely waits.
   */
  prepareSearch(): void;
  search(query: string): Promise<void>;
  clearSearch(): void;
  openSearchHit(hit: SearchHit): Promise<void>;
  messageRevealed(): void;
  /** Stored conversations changed behind the store's back (an import): the index reads them again. */
  invalidateSearchIndex(): void;
}

/**
 * Search asks an index that holds every conversation's text, kept up to date as messages are written (see
 * indexFollower.ts) and, in the app, living in a worker so a long history never blocks the page. Messages in
 * memory (open conversations, a reply being written) are sent to it before each query, so the newest text wins.
 */
export const createSearchSlice =
  (services: AppServices): StateCreator<AppState, [], [], SearchSlice> =>
  (set, get, api) => {
    let follower: IndexFollower | undefined;
    let latestQuery = 0;

    function startIndex(): IndexFollower {
      if (!follower) {
        follower = followStoreWithIndex(api, services);
        services.search.onProgress(({ pending }) => {
          const { searchPending, searchQuery, searchStatus } = get();
          set({ searchPending: pending });
          // Reading finished: the search on screen may have missed matches in what was still unread.
          if (pending === 0 && searchPending > 0 && searchQuery.trim() && searchStatus === "done")
            void get().search(searchQuery);
        });
      }
      follower.start();
      return follower;
    }

    return {
      searchQuery: "",
      searchStatus: "idle",
      searchHits: [],
      searchComplete: true,
      searchPending: 0,
      revealRequest: undefined,

      prepareSearch() {
        startIndex();
      },

      async search(query) {
        const queryNumber = ++latestQuery;
        if (!query.trim()) {
          set({ searchQuery: query, searchStatus: "idle", searchHits: [], searchComplete: true });
          return;
        }
        set({ searchQuery: query, searchStatus: "searching" });
        startIndex().flush();
        try {
          const { hits, complete, progress } = await services.search.search(query, SEARCH_LIMIT);
          if (queryNumber !== latestQuery) return;
          set({
            searchStatus: "done",
            searchHits: hits,
            searchComplete: complete,
            searchPending: progress.pending,
          });
        } catch {
          if (queryNumber === latestQuery) set({ searchStatus: "failed", searchHits: [] });
        }
      },

      clearSearch() {
        latestQuery += 1;
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
        if (follower?.started()) services.search.changedElsewhere(undefined);
      },
    };
  };
