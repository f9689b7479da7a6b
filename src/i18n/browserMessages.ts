import { resolveLanguage, type Language, type LanguageChoice } from "./language";
import { en, type Messages } from "./messages/en";
import { ptBR } from "./messages/pt-BR";

const DICTIONARIES: Record<Language, Messages> = { en, "pt-BR": ptBR };

export function messagesFor(language: Language): Messages {
  return DICTIONARIES[language];
}

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

/**
 * The language of screens shown outside the store (a start-up problem, a crash): the user's choice when
 * it is known, else the browser's. Inside the store, `useT()` is the way.
 */
export function languageForBrowser(choice: LanguageChoice = "auto"): Language {
  return resolveLanguage(choice, browserLanguages());
}

export function messagesForBrowser(choice: LanguageChoice = "auto"): Messages {
  return messagesFor(languageForBrowser(choice));
}
