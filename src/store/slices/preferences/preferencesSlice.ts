import type { StateCreator } from "zustand";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { isLanguageChoice, type LanguageChoice } from "../../../i18n/language";

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** Settings key of the theme choice. */
export const THEME_SETTING = "theme";

/** Settings key of the interface language choice. */
export const LANGUAGE_SETTING = "language";

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === "string" && (THEME_CHOICES as readonly string[]).includes(value);
}

export interface PreferencesSlice {
  /** "system" follows the operating system's light or dark setting. */
  theme: ThemeChoice;
  /** "auto" follows the browser's languages. */
  language: LanguageChoice;
  shortcutsHelpOpen: boolean;
  loadPreferences(): Promise<void>;
  setTheme(theme: ThemeChoice): void;
  setLanguage(language: LanguageChoice): void;
  setShortcutsHelpOpen(open: boolean): void;
}

export const createPreferencesSlice =
  (services: AppServices): StateCreator<AppState, [], [], PreferencesSlice> =>
  (set, get) => ({
    theme: "system",
    language: "auto",
    shortcutsHelpOpen: false,

    async loadPreferences() {
      const [theme, language] = await Promise.all([
        services.settings.get(THEME_SETTING, isThemeChoice),
        services.settings.get(LANGUAGE_SETTING, isLanguageChoice),
      ]);
      if (theme) set({ theme });
      if (language) set({ language });
    },

    setTheme(theme) {
      set({ theme });
      services.settings.set(THEME_SETTING, theme).catch(get().reportStorageError);
    },

    setLanguage(language) {
      set({ language });
      services.settings.set(LANGUAGE_SETTING, language).catch(get().reportStorageError);
    },

    setShortcutsHelpOpen(open) {
      set({ shortcutsHelpOpen: open });
    },
  });
