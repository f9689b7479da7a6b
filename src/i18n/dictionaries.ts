/**
 * Only the dictionary in use is downloaded: each language's texts are a chunk of their own, loaded before the
 * first render (main.tsx) and when the user switches language. Everything that shows text reads a dictionary
 * already loaded, synchronously.
 */
import type { Language } from "./language";
import type { Messages } from "./messages/en";

const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: () => import("./messages/en").then((module) => module.en),
  "pt-BR": () => import("./messages/pt-BR").then((module) => module.ptBR),
};

const loaded = new Map<Language, Messages>();
const loading = new Map<Language, Promise<void>>();

/** Loads a language's dictionary once (asking twice if the first request fails, e.g. a flaky connection). */
export function loadDictionary(language: Language): Promise<void> {
  if (loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]()
      .catch(() => LOADERS[language]())
      .then((messages) => void loaded.set(language, messages))
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

export function isDictionaryLoaded(language: Language): boolean {
  return loaded.has(language);
}

/**
 * The dictionary of `language`, which must have been loaded; if it has not (a switch still on its way), any
 * loaded one, so text is never missing. Throws only when none is loaded, which start-up prevents.
 */
export function messagesFor(language: Language): Messages {
  const messages = loaded.get(language) ?? loaded.values().next().value;
  if (!messages) throw new Error(`No dictionary is loaded (wanted ${language}).`);
  return messages;
}
