import type { Language } from "./language";

/**
 * The form a word takes after `count` in `language`, by the language's own plural rules (CLDR, through
 * Intl.PluralRules): in English only 1 is singular, in Brazilian Portuguese 0 and 1 are.
 */
export function plural(language: Language, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(language).select(count) === "one" ? forms.one : forms.other;
}
