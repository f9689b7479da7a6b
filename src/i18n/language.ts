/** Languages the interface is translated into; English is the source of truth. */
export type Language = "en" | "pt-BR";

/** "auto" follows the browser's preferred languages. */
export type LanguageChoice = "auto" | Language;

export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ["auto", "en", "pt-BR"];

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === "string" && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

/**
 * The language to show: the manual choice, or else the first browser language we translate into
 * (any Portuguese is shown as Brazilian Portuguese); English when none matches.
 */
export function resolveLanguage(choice: LanguageChoice, browserLanguages: readonly string[]): Language {
  if (choice !== "auto") return choice;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "pt") return "pt-BR";
    if (primary === "en") return "en";
  }
  return "en";
}
