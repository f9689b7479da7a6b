import type { AppState } from "../../appState";

export const selectNetworkRequests = (state: AppState) => state.networkRequests;
export const selectNetworkLogError = (state: AppState) => state.networkLogError;
export const selectErase = (state: AppState) => state.erase;
