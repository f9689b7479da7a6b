import type { AppState } from "../../appState";

export const selectCustomModels = (state: AppState) => state.customModels;
export const selectCustomModelCards = (state: AppState) => state.customModelCards;
