import { resolveLanguage, type Language, type LanguageChoice } from "./language";

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

/**
 * The language to show for a choice: the user's choice when it is known, else the browser's. Screens shown
 * outside the store (a start-up problem, a crash) use it too.
 */
export function languageForBrowser(choice: LanguageChoice = "auto"): Language {
  return resolveLanguage(choice, browserLanguages());
}
