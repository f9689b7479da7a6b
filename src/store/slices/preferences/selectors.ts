import type { AppState } from "../../appState";

export const selectTheme = (state: AppState) => state.theme;
export const selectLanguageChoice = (state: AppState) => state.language;
export const selectShortcutsHelpOpen = (state: AppState) => state.shortcutsHelpOpen;
