import type { AppState } from "../../appState";

export const selectOnline = (state: AppState) => state.online;
export const selectInstallOffered = (state: AppState) => state.installOffered;
export const selectUpdateReady = (state: AppState) => state.updateReady;
export const selectUpdateLibraries = (state: AppState) => state.updateLibraries;
