import type { StateCreator } from "zustand";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** Settings key of the theme choice. */
export const THEME_SETTING = "theme";

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === "string" && (THEME_CHOICES as readonly string[]).includes(value);
}

export interface PreferencesSlice {
  /** "system" follows the operating system's light or dark setting. */
  theme: ThemeChoice;
  shortcutsHelpOpen: boolean;
  loadPreferences(): Promise<void>;
  setTheme(theme: ThemeChoice): void;
  setShortcutsHelpOpen(open: boolean): void;
}

export const createPreferencesSlice =
  (services: AppServices): StateCreator<AppState, [], [], PreferencesSlice> =>
  (set, get) => ({
    theme: "system",
    shortcutsHelpOpen: false,

    async loadPreferences() {
      const theme = await services.settings.get(THEME_SETTING, isThemeChoice);
      if (theme) set({ theme });
    },

    setTheme(theme) {
      set({ theme });
      services.settings.set(THEME_SETTING, theme).catch(get().reportStorageError);
    },

    setShortcutsHelpOpen(open) {
      set({ shortcutsHelpOpen: open });
    },
  });
