import { useAppStore } from "../store/useAppStore";
import { selectLanguageChoice } from "../store/slices/preferences/selectors";
import type { Language } from "./language";
import type { Messages } from "./messages/en";
import { languageForBrowser, messagesFor } from "./browserMessages";

/** The language the interface is shown in now: the user's choice, else the browser's. */
export function useLanguage(): Language {
  return languageForBrowser(useAppStore(selectLanguageChoice));
}

/** The messages of the current language, e.g. `const t = useT(); t.composer.send`. */
export function useT(): Messages {
  return messagesFor(useLanguage());
}
