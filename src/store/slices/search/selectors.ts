import type { AppState } from "../../appState";

export const selectSearchQuery = (state: AppState) => state.searchQuery;
export const selectSearchStatus = (state: AppState) => state.searchStatus;
export const selectSearchHits = (state: AppState) => state.searchHits;
export const selectSearchComplete = (state: AppState) => state.searchComplete;
export const selectSearchPending = (state: AppState) => state.searchPending;
export const selectRevealRequest = (state: AppState) => state.revealRequest;
