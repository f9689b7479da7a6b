import type { AppState } from "../../appState";

export const selectTheme = (state: AppState) => state.theme;
export const selectShortcutsHelpOpen = (state: AppState) => state.shortcutsHelpOpen;
