import { useSyncExternalStore } from "react";
import { isDictionaryLoaded, loadDictionary } from "./dictionaries";
import type { Language } from "./language";

/**
 * The language the interface is shown in. It changes only once the new language's dictionary is loaded, and
 * then everywhere at once: switching never shows a mix of languages or a flash of missing text.
 */
let shown: Language = "en";
let wanted: Language | undefined;
const listeners = new Set<() => void>();

/** Shows `language` once its dictionary is loaded; if another language is asked for meanwhile, that one wins. */
export async function showLanguage(language: Language): Promise<void> {
  wanted = language;
  await loadDictionary(language);
  if (wanted !== language || shown === language) return;
  shown = language;
  for (const listener of listeners) listener();
}

export function shownLanguage(): Language {
  return shown;
}

/** `language` if its dictionary is loaded, else the language shown now (whose dictionary always is). */
export function loadedLanguageOr(language: Language): Language {
  return isDictionaryLoaded(language) ? language : shown;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language shown now, re-rendering when it changes. */
export function useShownLanguage(): Language {
  return useSyncExternalStore(subscribe, shownLanguage);
}
