import type { Language } from "./language";
import type { Messages } from "./messages/en";
import { messagesFor } from "./dictionaries";
import { useShownLanguage } from "./shownLanguage";

/**
 * The language the interface is shown in now: the user's choice (else the browser's) once its dictionary is
 * loaded; main.tsx follows the choice.
 */
export function useLanguage(): Language {
  return useShownLanguage();
}

/** The messages of the current language, e.g. `const t = useT(); t.composer.send`. */
export function useT(): Messages {
  return messagesFor(useLanguage());
}
