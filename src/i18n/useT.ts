import { useAppStore } from "../store/useAppStore";
import { selectLanguageChoice } from "../store/slices/preferences/selectors";
import { resolveLanguage, type Language } from "./language";
import { en, type Messages } from "./messages/en";
import { ptBR } from "./messages/pt-BR";

const DICTIONARIES: Record<Language, Messages> = { en, "pt-BR": ptBR };

function browserLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

/** The language the interface is shown in now: the user's choice, else the browser's. */
export function useLanguage(): Language {
  const choice = useAppStore(selectLanguageChoice);
  return resolveLanguage(choice, browserLanguages());
}

/** The messages of the current language, e.g. `const t = useT(); t.composer.send`. */
export function useT(): Messages {
  return DICTIONARIES[useLanguage()];
}
