import { isLanguageChoice, type LanguageChoice } from "./language";
import { pageStorage, writeHint, type HintStorage } from "../lib/pageStorage";

/**
 * The user's language choice, copied into localStorage, which answers at once: start-up requests the dictionary
 * it names while storage opens, instead of after reading the saved preferences. The preferences stay the truth;
 * a missing, stale or damaged copy only means the right dictionary is requested a little later.
 */
const KEY = "sigilo.languageChoice";

export function languageChoiceHint(storage: HintStorage | undefined = pageStorage()): LanguageChoice {
  try {
    const value = storage?.getItem(KEY);
    return isLanguageChoice(value) ? value : "auto";
  } catch {
    return "auto";
  }
}

export function rememberLanguageChoice(
  choice: LanguageChoice,
  storage: HintStorage | undefined = pageStorage(),
): void {
  // Not written: the next start reads the preferences first, as without a copy.
  writeHint(KEY, choice, storage);
}
