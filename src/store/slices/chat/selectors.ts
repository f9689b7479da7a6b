import type { AppState } from "../../appState";

export const selectGeneration = (state: AppState) => state.generation;
export const selectIsStreaming = (state: AppState) => state.generation.status === "streaming";
