import type { AppState } from "../../appState";

export const selectModelImport = (state: AppState) => state.modelImport;
